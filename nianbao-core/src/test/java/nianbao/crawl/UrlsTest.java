package nianbao.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlsTest {

    private static final URI PAGE = URI.create("http://www.gov.example/nb/2024/t1.html");

    @Test
    void spacesAndChineseInALinkArePercentEncodedAndResolved() {
        var parsed = Urls.resolve(PAGE, "/附件 1.pdf");
        assertEquals("http://www.gov.example/%E9%99%84%E4%BB%B6%201.pdf", parsed.url().toASCIIString());
        assertEquals("http://www.gov.example/nb/2024/P020250120%20(1).pdf",
                Urls.resolve(PAGE, "P020250120 (1).pdf").url().toASCIIString());
        assertEquals("http://www.gov.example/a.pdf?id=1", Urls.resolve(PAGE, "http://www.gov.example/a.pdf?id=1#p2")
                .url().toString());
    }

    @Test
    void linksThatAreNoHttpAreRefusedWithTheReason() {
        for (var href : new String[] {"ftp://www.gov.example/a.pdf", "file:///etc/passwd", "javascript:void(0)",
                "mailto:a@gov.example"}) {
            var parsed = Urls.resolve(PAGE, href);
            assertNull(parsed.url(), href);
            assertTrue(parsed.refused().startsWith("not an http(s) link"), parsed.refused());
        }
        assertTrue(Urls.resolve(PAGE, "").refused().contains("empty"));
    }
}
