package nianbao.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links as sites print them, made into URLs a request can be sent to, or refused with the reason: a
 * space or Chinese in a path ({@code /附件 1.pdf}, common on government sites) is percent-encoded; a
 * link that is not http or https ({@code ftp:}, {@code file:}, {@code javascript:}) is refused, never
 * thrown.
 */
final class Urls {

    /** A link resolved: its URL, or why there is none. */
    record Parsed(URI url, String refused) {
    }

    private Urls() {
    }

    /** A link against the page it is on. */
    static Parsed resolve(URI base, String href) {
        String link = href == null ? "" : href.strip();
        if (link.isEmpty()) {
            return new Parsed(null, "an empty link");
        }
        try {
            URI uri = encoded(link);
            URI absolute = base == null ? uri : base.resolve(uri);
            String scheme = absolute.getScheme() == null ? "" : absolute.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new Parsed(null, "not an http(s) link (" + (scheme.isEmpty() ? "no scheme" : scheme + ":") + ")");
            }
            if (absolute.getHost() == null) {
                return new Parsed(null, "a link without a host");
            }
            // No fragment: it names a place in a page, not another document.
            return new Parsed(new URI(absolute.getScheme(), absolute.getRawAuthority() == null ? null
                    : absolute.getAuthority(), absolute.getPath(), absolute.getQuery(), null), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Parsed(null, "a malformed link (" + e.getMessage() + ")");
        }
    }

    /** A URL as given, with what a URI may not hold (spaces, Chinese, stray characters) percent-encoded. */
    static URI encoded(String link) throws URISyntaxException {
        try {
            return new URI(link);
        } catch (URISyntaxException e) {
            // The multi-argument constructors quote what is illegal in each component.
            int hash = link.indexOf('#');
            String rest = hash < 0 ? link : link.substring(0, hash);
            String fragment = hash < 0 ? null : link.substring(hash + 1);
            int colon = rest.indexOf(':');
            boolean absolute = colon > 0 && rest.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
            if (absolute && rest.startsWith("//", colon + 1)) {
                String scheme = rest.substring(0, colon);
                String afterScheme = rest.substring(colon + 3);
                int slash = afterScheme.indexOf('/');
                int query = afterScheme.indexOf('?');
                int end = slash >= 0 ? slash : query >= 0 ? query : afterScheme.length();
                String authority = afterScheme.substring(0, end);
                String pathAndQuery = afterScheme.substring(end);
                int q = pathAndQuery.indexOf('?');
                return new URI(scheme, authority, q < 0 ? pathAndQuery : pathAndQuery.substring(0, q),
                        q < 0 ? null : pathAndQuery.substring(q + 1), fragment);
            }
            if (absolute) {
                return new URI(rest.substring(0, colon), rest.substring(colon + 1), fragment);
            }
            int q = rest.indexOf('?');
            return new URI(null, null, q < 0 ? rest : rest.substring(0, q), q < 0 ? null : rest.substring(q + 1),
                    fragment);
        }
    }
}
