package nianbao.crawl;

import java.net.URI;

/**
 * A 年报 column to watch: whose it is, its region code when known, and its list page.
 *
 * @param agency the site's agency or jurisdiction, as the operator wrote it
 * @param region its six-digit region code, or empty
 * @param url    the list page
 */
public record Site(String agency, String region, URI url) {

    /** {@code scheme://host:port}: requests to one host wait for each other. */
    public String host() {
        return Hosts.of(url);
    }
}
