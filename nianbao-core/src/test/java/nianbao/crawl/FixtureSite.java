package nianbao.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.Corpus;

/**
 * A government site on loopback, served by the JDK's HttpServer: a 年报 column of two list pages
 * (the first in GBK, the second found both by a 下一页 link and by TRS's page script), reports as an
 * HTML page, as a page that only wraps its PDF attachment, as a DOCX, and misbehaving: a 404, a 500
 * that succeeds when tried again, a response slower than the crawler waits (the first time), a
 * redirect, a path robots.txt disallows, the same file at two URLs, and links that are no reports.
 * ETag and Last-Modified are honoured. Every request is recorded.
 */
final class FixtureSite implements AutoCloseable {

    /** A request as the server saw it. */
    record Request(String path, String ifNoneMatch, String userAgent, long nanos) {
    }

    private static final Charset GBK = Charset.forName("GBK");
    private static final String LAST_MODIFIED = "Mon, 20 Jan 2025 08:00:00 GMT";

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();
    private final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> served = new ConcurrentHashMap<>();

    FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        put("/robots.txt", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8), "text/plain");
        put("/nb/index.html", ("""
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
                <title>政府信息公开年报</title></head><body>
                <ul>
                <li><a href="2024/report.html" title="示例县2024年政府信息公开工作年度报告">示例县2024年政府信息公开工作年度报告</a></li>
                <li><a href="2023/wrapper.html">示例县2023年政府信息公开工作年度报告</a></li>
                <li><a href="notice.html">关于做好2024年政府信息公开工作年度报告编制发布工作的通知</a></li>
                <li><a href="news.html">县政府召开常务会议</a></li>
                </ul>
                <script>createPageHTML(2, 0, "index", "html");</script>
                <a href="index_1.html">下一页</a>
                </body></html>""").getBytes(GBK), "text/html");
        put("/nb/index_1.html", ("""
                <html><head><meta charset="utf-8"></head><body>
                <a href="2022/report.docx">示例县2022年政府信息公开工作年度报告</a>
                <a href="/private/2021.html">示例县2021年政府信息公开工作年度报告</a>
                <a href="2020/missing.html">示例县2020年政府信息公开工作年度报告</a>
                <a href="2019/flaky.pdf">示例县2019年政府信息公开工作年度报告</a>
                <a href="2018/slow.html">示例县2018年政府信息公开工作年度报告</a>
                <a href="2017/old.html">示例县2017年政府信息公开工作年度报告</a>
                <a href="/mirror/2024-copy.html">示例县2024年政府信息公开工作年度报告（转载）</a>
                <a href="index.html">上一页</a>
                </body></html>""").getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        byte[] report2024 = corpus("html/generated/huaian-city-2024.cms-gbk-declared.html");
        put("/nb/2024/report.html", report2024, "text/html");
        put("/mirror/2024-copy.html", report2024, "text/html");
        put("/nb/2023/wrapper.html", ("<html><head><meta charset=utf-8><title>洪泽区人民政府2023年政府信息公开工作年度报告</title>"
                + "</head><body><div><h1>洪泽区人民政府2023年政府信息公开工作年度报告</h1><p>全文见附件。</p>"
                + "<p>附件：<a href=\"/files/2023.pdf\">洪泽区人民政府2023年政府信息公开工作年度报告.pdf</a></p></div>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        put("/files/2023.pdf", corpus("pdf/real/hongze-district-2023.pdf"), "application/pdf");
        put("/nb/2022/report.docx", corpus("word/generated/example-county-2024.docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        put("/nb/2019/flaky.pdf", corpus("pdf/real/hongze-district-2024.pdf"), "application/pdf");
        put("/nb/2018/slow.html", corpus("html/generated/example-county-2024.word-exported.html"),
                "text/html; charset=utf-8");
        put("/nb/2017/new.html", corpus("html/legacy/miyi-county-2016.html"), "text/html; charset=utf-8");
        put("/private/2021.html", corpus("html/generated/huaian-city-2024.cms-utf8.html"), "text/html");
        put("/nb/notice.html", "<html><body>通知</body></html>".getBytes(StandardCharsets.UTF_8), "text/html");
        put("/nb/news.html", "<html><body>新闻</body></html>".getBytes(StandardCharsets.UTF_8), "text/html");
        server.start();
    }

    private static byte[] corpus(String relative) throws IOException {
        return Files.readAllBytes(Corpus.path(relative));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(String path, byte[] bytes, String type) {
        files.put(path, bytes);
        types.put(path, type);
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void forgetRequests() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        var headers = exchange.getRequestHeaders();
        requests.add(new Request(path, headers.getFirst("If-None-Match"), headers.getFirst("User-Agent"),
                System.nanoTime()));
        int times = served.merge(path, 1, Integer::sum);
        try (exchange) {
            if (path.equals("/nb/2017/old.html")) {
                exchange.getResponseHeaders().add("Location", "/nb/2017/new.html");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (path.equals("/nb/2019/flaky.pdf") && times == 1) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            if (path.equals("/nb/2018/slow.html") && times == 1) {
                sleep(2500);
            }
            byte[] body = files.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + nianbao.pipeline.Pipeline.sha256(body).substring(0, 16) + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            if (etag.equals(headers.getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", types.get(path));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException clientGaveUp) {
            // The slow response: the crawler stopped waiting.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
