package nianbao.crawl;

import java.net.URI;
import java.util.Locale;

/** The host part of a URL, as politeness and robots.txt count it. */
final class Hosts {

    private Hosts() {
    }

    static String of(URI url) {
        int port = url.getPort();
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }
}
