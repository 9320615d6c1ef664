package nianbao.crawl;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the crawl may go, decided on resolved addresses: the resolver here answers from a table, so
 * no query and no packet leaves the machine.
 */
class ScopeTest {

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    private final Map<String, String> dns = new java.util.HashMap<>(Map.of(
            "www.gov.example", "203.0.113.10",
            "files.gov.example", "203.0.113.20",
            "rebound.gov.example", "203.0.113.30",
            "metadata.gov.example", "169.254.169.254",
            "127.0.0.1", "127.0.0.1",
            "intranet.gov.example", "192.168.1.10"));

    private Scope scope(Site... sites) {
        return new Scope(List.of(sites), host -> {
            var a = dns.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {ip(a)};
        });
    }

    private static Site site(String url, String... allowed) {
        return new Site("示例县", "", URI.create(url), List.of(allowed));
    }

    @Test
    void onlyHttpToTheListedHostsAndTheHostsTheyAllow() {
        var scope = scope(site("http://www.gov.example/nb/", "files.gov.example"));
        assertNull(scope.refusal(URI.create("http://www.gov.example/nb/2024.html")));
        assertNull(scope.refusal(URI.create("https://files.gov.example/a.pdf")));
        assertTrue(scope.refusal(URI.create("http://elsewhere.example/a.pdf")).startsWith("off-site"));
        assertTrue(scope.refusal(URI.create("ftp://www.gov.example/a.pdf")).contains("not an http(s) URL"));
        assertTrue(scope.refusal(URI.create("file:///etc/passwd")).contains("not an http(s) URL"));
    }

    @Test
    void privateLinkLocalAndMetadataAddressesAreRefusedWhereverAListedNameResolves() throws Exception {
        var scope = scope(site("http://www.gov.example/nb/", "rebound.gov.example", "metadata.gov.example"));
        assertNull(scope.refusal(URI.create("http://rebound.gov.example/")));
        // A listed host name that resolves inside the network once the crawl is under way (DNS rebinding).
        dns.put("rebound.gov.example", "10.0.0.5");
        assertTrue(scope.refusal(URI.create("http://rebound.gov.example/")).contains("10.0.0.5 is private"));
        assertTrue(scope.refusal(URI.create("http://metadata.gov.example/")).contains("cloud metadata"));
        assertTrue(scope.refusal("x", new InetAddress[] {ip("169.254.10.1")}).contains("link-local"));
        assertTrue(scope.refusal("x", new InetAddress[] {ip("fe80::1")}).contains("link-local"));
        assertTrue(scope.refusal("x", new InetAddress[] {ip("fd00::1")}).contains("private"));
        assertTrue(scope.refusal("x", new InetAddress[] {ip("100.64.0.1")}).contains("private"));
        assertTrue(scope.refusal("x", new InetAddress[] {ip("224.0.0.1")}).contains("not a host address"));
        assertTrue(scope.refusal("x", new InetAddress[] {ip("127.0.0.2")}).contains("loopback"));
        assertNull(scope.refusal("x", new InetAddress[] {ip("203.0.113.99")}));
    }

    @Test
    void aSiteListedOnLoopbackOrAnIntranetIsReachedThereAndNowhereElseInside() throws Exception {
        var scope = scope(site("http://127.0.0.1:8080/nb/"), site("http://intranet.gov.example/nb/"));
        assertNull(scope.refusal(URI.create("http://127.0.0.1:8080/nb/2024.html")));
        assertNull(scope.refusal(URI.create("http://intranet.gov.example/a.pdf")));
        assertTrue(scope.refusal("x", new InetAddress[] {ip("127.0.0.2")}).contains("loopback"));
        assertTrue(scope.refusal("x", new InetAddress[] {ip("192.168.1.11")}).contains("private"));
    }
}
