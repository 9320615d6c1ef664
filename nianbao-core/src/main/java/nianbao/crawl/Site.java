package nianbao.crawl;

import java.net.URI;

/**
 * A 年报 column to watch: whose it is, its region code when known, and its list page.
 *
 * @param agency the site's agency or jurisdiction, as the operator wrote it
 * @param region its six-digit region code, or empty
 * @param url    the list page
 * @param allowedHosts other hosts its reports may be fetched from (an attachment server), from the site
 *               list's optional {@code allow} column
 */
public record Site(String agency, String region, URI url, java.util.List<String> allowedHosts) {

    public Site {
        allowedHosts = java.util.List.copyOf(allowedHosts);
    }

    public Site(String agency, String region, URI url) {
        this(agency, region, url, java.util.List.of());
    }

    /** {@code scheme://host:port}: requests to one host wait for each other. */
    public String host() {
        return Hosts.of(url);
    }
}
