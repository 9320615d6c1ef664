package nianbao.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import nianbao.Corpus;
import nianbao.Databases;
import nianbao.cli.Main;
import nianbao.output.ResultStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawl against a hostile site on loopback: links with spaces and Chinese, ftp: and file: links,
 * redirects to file: and to the cloud's metadata address, a link to another host (a second server on
 * 127.0.0.2, which must see no request), gzip responses and a gzip bomb, a response larger than the
 * limit, a body that never ends, a list of ten thousand reports under a budget of thirty requests,
 * and two crawls into one folder. Every bad URL is a finding or a note; the run always ends, with its
 * run report and its CSV files. No request leaves 127.0.0.0/8.
 */
class HostileSiteTest {

    private static final long MAX_BYTES = 2 * 1024 * 1024;

    @TempDir
    Path tmp;

    private HttpServer site;
    private HttpServer other;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> served = new ConcurrentHashMap<>();
    private final List<String> otherRequests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", this::handle);
        site.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        site.start();
        other = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        other.createContext("/", exchange -> {
            otherRequests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        other.start();
    }

    @AfterEach
    void stop() {
        site.stop(0);
        other.stop(0);
        ((java.util.concurrent.ExecutorService) site.getExecutor()).shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        served.merge(path, 1, Integer::sum);
        try (exchange) {
            switch (path) {
                case "/robots.txt" -> send(exchange, 200, "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
                case "/to-file" -> redirect(exchange, "file:///etc/passwd");
                case "/to-metadata" -> redirect(exchange, "http://169.254.169.254/latest/meta-data/");
                case "/to-other-host" -> redirect(exchange, "http://127.0.0.2:" + other.getAddress().getPort() + "/x.pdf");
                case "/gzip.html" -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    send(exchange, 200, gzip(corpus("html/generated/huaian-city-2024.cms-utf8.html")));
                }
                case "/bomb.html" -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    send(exchange, 200, gzip(new byte[(int) (MAX_BYTES * 4)]));
                }
                case "/huge.pdf" -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/pdf");
                    exchange.sendResponseHeaders(200, MAX_BYTES * 10);
                    // The crawler must hang up without reading it; write a little and stop.
                    exchange.getResponseBody().write(new byte[1024]);
                }
                case "/endless.html" -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0);
                    var out = exchange.getResponseBody();
                    for (int i = 0; i < 100 && !Thread.currentThread().isInterrupted(); i++) {
                        out.write("<p>".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        Thread.sleep(100);
                    }
                }
                default -> {
                    byte[] body = files.get(path);
                    if (body == null) {
                        send(exchange, 404, new byte[0]);
                    } else {
                        exchange.getResponseHeaders().add("Content-Type", path.endsWith(".pdf") ? "application/pdf"
                                : "text/html; charset=utf-8");
                        send(exchange, 200, body);
                    }
                }
            }
        } catch (IOException | InterruptedException clientGaveUp) {
            // The crawler hung up: as it should on the huge and endless responses.
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] corpus(String relative) throws IOException {
        return Files.readAllBytes(Corpus.path(relative));
    }

    private static byte[] page(String title, String body) {
        return ("<html><head><meta charset=utf-8><title>" + title + "</title></head><body><h1>" + title + "</h1>"
                + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private int crawl(Path data, String... more) throws IOException {
        var sites = tmp.resolve("sites.csv");
        Files.writeString(sites, "agency,region,url\n示例县,,\"" + url("/nb/index.html") + "\"\n");
        var args = new java.util.ArrayList<>(List.of("crawl", "--sites", sites.toString(), "--data", data.toString(),
                "--contact", "nianbao-test@example.org", "--delay", "0", "--timeout", "2", "--backoff", "50",
                "--attempts", "2", "--max-mb", "2"));
        args.addAll(List.of(more));
        return Main.execute(args.toArray(String[]::new));
    }

    @Test
    void badLinksAndRedirectsAreFindingsAndTheRunEndsWithItsDataSet() throws Exception {
        String[] links = {"/nb/spaces.html", "/nb/schemes.html", "/to-file", "/to-metadata", "/to-other-host",
                "/gzip.html", "/bomb.html", "/huge.pdf", "/endless.html"};
        var list = new StringBuilder("<html><head><meta charset=utf-8></head><body>");
        int year = 2024;
        for (var link : links) {
            list.append("<a href=\"").append(link).append("\">示例县").append(year--).append("年政府信息公开工作年度报告</a>");
        }
        files.put("/nb/index.html", list.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
        // An attachment with a space and Chinese in its name, as government sites name them.
        files.put("/nb/spaces.html", page("示例县2024年政府信息公开工作年度报告",
                "<p>附件：<a href=\"/附件 1.pdf\">示例县2024年政府信息公开工作年度报告.pdf</a></p>"));
        files.put("/附件 1.pdf", corpus("pdf/real/hongze-district-2023.pdf"));
        files.put("/nb/schemes.html", page("示例县2023年政府信息公开工作年度报告",
                "<p>附件：<a href=\"ftp://127.0.0.1/report.pdf\">报告.pdf</a> <a href=\"file:///srv/报告.doc\">报告.doc</a></p>"));
        var data = tmp.resolve("data");
        long start = System.nanoTime();
        assertEquals(0, crawl(data));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(120).toNanos());

        var runReport = Files.readString(data.resolve("last-run.txt"));
        var checks = Files.readString(data.resolve("checks.csv"));
        var reports = Files.readString(data.resolve("reports.csv"));
        if (Boolean.getBoolean("debug.hostile")) {
            System.out.println("RUN REPORT\n" + runReport + "\nCHECKS\n" + checks + "\nREPORTS\n" + reports);
        }
        // The attachment with a space and Chinese is fetched, percent-encoded, and read.
        assertEquals(1, served.getOrDefault("/附件 1.pdf", 0), served.toString());
        assertTrue(reports.contains("/附件%201.pdf,pdf,ok,"), reports);
        // ftp: and file: links are findings on their page.
        assertTrue(checks.contains("link_refused") && checks.contains("ftp:") && checks.contains("file:"), checks);
        // Redirects to file: and to link-local addresses, and links off the site, are refused, never requested.
        assertTrue(runReport.contains("/to-file") && runReport.contains("refused"), runReport);
        assertTrue(runReport.contains("169.254.169.254") && runReport.contains("off-site"), runReport);
        assertEquals(List.of(), otherRequests, "no request reached the other host");
        // gzip is decoded; a gzip bomb is cut at the limit once decoded.
        assertTrue(reports.contains("/gzip.html") && !checks.matches("(?s).*gzip\\.html,read_failed.*"), checks);
        assertTrue(runReport.contains("/bomb.html") && runReport.contains("once decoded (gzip)"), runReport);
        // A response over the limit is refused from its Content-Length, once: it will not get smaller.
        assertTrue(runReport.contains("/huge.pdf") && runReport.contains("not downloaded"), runReport);
        assertEquals(1, served.get("/huge.pdf"));
        // A body that never ends times out, and says so.
        assertTrue(runReport.contains("/endless.html") && runReport.contains("timed out"), runReport);
    }

    @Test
    void aListLongerThanTheBudgetIsFetchedOverRunsNewReportsFirst() throws Exception {
        int reports = 10_000;
        var list = new StringBuilder("<html><head><meta charset=utf-8></head><body>");
        for (int i = 0; i < reports; i++) {
            list.append("<a href=\"/r/").append(i).append(".html\">示例县").append(1000 + i)
                    .append("年政府信息公开工作年度报告</a>\n");
        }
        files.put("/nb/index.html", list.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 60; i++) {
            files.put("/r/" + i + ".html", page("示例县" + (1000 + i) + "年政府信息公开工作年度报告", "<p>正文。</p>"));
        }
        var data = tmp.resolve("data");
        long start = System.nanoTime();
        assertEquals(0, crawl(data, "--max-requests", "30"));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(60).toNanos(), "ten thousand links are no work");
        var first = fetchedReports();
        // robots.txt and the list take two requests of the thirty: 28 reports, all new.
        assertEquals(28, first.size(), first.toString());
        assertEquals(0, crawl(data, "--max-requests", "30"));
        var second = fetchedReports();
        assertEquals(56, second.size(), "the second run fetches 28 reports it never had, none twice: " + second);
    }

    private java.util.Set<String> fetchedReports() {
        var out = new java.util.TreeSet<String>();
        served.forEach((path, n) -> {
            if (path.startsWith("/r/")) {
                out.add(path);
                assertEquals(1, n, path + " fetched once");
            }
        });
        return out;
    }

    @Test
    void twoCrawlsIntoOneFolderAtOnce_theSecondIsRefused() throws Exception {
        files.put("/nb/index.html", page("年报", "<a href=\"/endless.html\">示例县2024年政府信息公开工作年度报告</a>"));
        var data = tmp.resolve("data");
        var first = new Thread(() -> {
            try {
                crawl(data);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        first.start();
        // The first crawl holds the folder while it waits on the endless page.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (served.getOrDefault("/endless.html", 0) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        var err = new ByteArrayOutputStream();
        var before = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = crawl(data);
        } finally {
            System.setErr(before);
        }
        first.join();
        assertEquals(4, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("another run is writing into it"), err.toString());
        assertTrue(Databases.count(data.resolve(ResultStore.FILE), "SELECT COUNT(*) FROM reports") >= 1,
                "the first crawl's state is intact");
    }
}
