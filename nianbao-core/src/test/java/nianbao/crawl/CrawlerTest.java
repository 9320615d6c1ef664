package nianbao.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.Corpus;
import nianbao.Databases;
import nianbao.cli.Main;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly job against a real HTTP server on loopback, three nights running. */
class CrawlerTest {

    private static final String CONTACT = "nianbao-test@example.org";
    private static final long DELAY_MILLIS = 100;
    private static final List<String> DATA_SET = List.of("reports.csv", "values.csv", "checks.csv");

    @TempDir
    Path tmp;

    private int crawl(FixtureSite site, Path data) throws IOException {
        var sites = tmp.resolve("sites.csv");
        Files.writeString(sites, "agency,region,url\n示例县,,\"" + site.url("/nb/index.html") + "\"\n");
        return Main.execute("crawl", "--sites", sites.toString(), "--data", data.toString(), "--contact", CONTACT,
                "--delay", Long.toString(DELAY_MILLIS), "--timeout", "1", "--backoff", "100", "--attempts", "3");
    }

    private static Map<String, Integer> countByPath(List<FixtureSite.Request> requests) {
        var counts = new TreeMap<String, Integer>();
        requests.forEach(r -> counts.merge(r.path(), 1, Integer::sum));
        return counts;
    }

    private static List<CSVRecord> reports(Path data) throws IOException {
        String text = Files.readString(data.resolve("reports.csv")).substring(1);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private static Map<String, byte[]> dataSet(Path data) throws IOException {
        var out = new HashMap<String, byte[]>();
        for (var f : DATA_SET) {
            out.put(f, Files.readAllBytes(data.resolve(f)));
        }
        return out;
    }

    @Test
    void threeNightsCollectEverythingThenNothingThenOnlyTheReportThatChanged() throws Exception {
        try (var site = new FixtureSite()) {
            var data = tmp.resolve("data");

            // Night 1: everything there is to collect, politely.
            assertEquals(0, crawl(site, data));
            var first = site.requests();
            var counts = countByPath(first);
            assertEquals(Map.ofEntries(
                    Map.entry("/robots.txt", 1), Map.entry("/nb/index.html", 1), Map.entry("/nb/index_1.html", 1),
                    Map.entry("/nb/2024/report.html", 1), Map.entry("/mirror/2024-copy.html", 1),
                    Map.entry("/nb/2023/wrapper.html", 1), Map.entry("/files/2023.pdf", 1),
                    Map.entry("/nb/2022/report.docx", 1), Map.entry("/nb/2020/missing.html", 1),
                    Map.entry("/nb/2019/flaky.pdf", 2), Map.entry("/nb/2018/slow.html", 2),
                    Map.entry("/nb/2017/old.html", 1), Map.entry("/nb/2017/new.html", 1)), counts,
                    "notices, news and the disallowed path are not requested; the 500 and the slow response are tried again");
            assertTrue(first.stream().allMatch(r -> r.userAgent().contains(CONTACT)), "an honest User-Agent");
            for (int i = 1; i < first.size(); i++) {
                long gap = first.get(i).nanos() - first.get(i - 1).nanos();
                assertTrue(gap >= (DELAY_MILLIS - 5) * 1_000_000, "requests " + (i - 1) + " and " + i + " only "
                        + gap / 1_000_000 + " ms apart");
            }
            var rows = reports(data);
            assertEquals(7, rows.size(), "one row per report: the copy joins its original, the wrapper yields its PDF");
            var bySource = new HashMap<String, CSVRecord>();
            rows.forEach(r -> bySource.put(r.get("source"), r));
            var original = bySource.get(site.url("/nb/2024/report.html"));
            assertNotNull(original);
            assertEquals(site.url("/nb/2024/report.html") + " | " + site.url("/mirror/2024-copy.html"),
                    original.get("sources"));
            assertEquals("96171.6", original.get("fees_wan_yuan"));
            assertEquals("320800", original.get("region_code"));
            assertEquals("洪泽区人民政府", bySource.get(site.url("/files/2023.pdf")).get("agency"));
            assertEquals("pdf", bySource.get(site.url("/files/2023.pdf")).get("format"));
            assertFalse(bySource.containsKey(site.url("/nb/2023/wrapper.html")));
            assertEquals("docx", bySource.get(site.url("/nb/2022/report.docx")).get("format"));
            assertEquals("ok", bySource.get(site.url("/nb/2019/flaky.pdf")).get("status"));
            assertEquals("ok", bySource.get(site.url("/nb/2018/slow.html")).get("status"));
            assertEquals("legacy", bySource.get(site.url("/nb/2017/new.html")).get("template"));
            assertEquals("failed", bySource.get(site.url("/nb/2020/missing.html")).get("status"));
            assertTrue(Files.readString(data.resolve("checks.csv")).contains("HTTP 404"), Files.readString(data.resolve("checks.csv")));
            String night1 = Files.readString(data.resolve("last-run.txt"));
            assertTrue(night1.startsWith("reports: 7 new, 0 changed, 0 unchanged, 1 failed"), night1);
            assertTrue(night1.contains("disallowed by robots.txt"), night1);
            var afterNight1 = dataSet(data);

            // The auditors' comparison reads the crawl's folder as it reads extract's, and leaves it as it was.
            byte[] db = Files.readAllBytes(data.resolve(nianbao.output.ResultStore.FILE));
            var audit = tmp.resolve("audit");
            assertEquals(0, Main.execute("audit", data.toString(), "--out", audit.toString()));
            for (var file : List.of("panel.csv", "findings.csv", "codebook.csv", "report.html")) {
                assertTrue(Files.size(audit.resolve(file)) > 0, file);
            }
            String panel = Files.readString(audit.resolve("panel.csv"));
            assertTrue(panel.contains(site.url("/nb/2024/report.html")) && panel.contains(site.url("/mirror/2024-copy.html")),
                    "the copy is the same report, listed with it: " + panel);
            assertTrue(Files.readString(audit.resolve("report.html")).contains("\"image\": \"iVBOR"),
                    "a crawled PDF's evidence (洪泽区 2023's table 四) is cut from its bytes kept under files/");
            assertArrayEquals(db, Files.readAllBytes(data.resolve(nianbao.output.ResultStore.FILE)));

            // Night 2: nothing changed: only conditional requests (but to what never answered), nothing extracted.
            site.forgetRequests();
            assertEquals(0, crawl(site, data));
            for (var r : site.requests()) {
                assertTrue(r.ifNoneMatch() != null || r.path().equals("/nb/2020/missing.html")
                        || r.path().equals("/nb/2017/old.html"), "unconditional request for " + r.path());
            }
            String night2 = Files.readString(data.resolve("last-run.txt"));
            assertTrue(night2.startsWith("reports: 0 new, 0 changed, 7 unchanged, 1 failed"), night2);
            var afterNight2 = dataSet(data);
            for (var f : DATA_SET) {
                assertArrayEquals(afterNight1.get(f), afterNight2.get(f), f + " is byte for byte the same");
            }

            // Night 3: the 2023 attachment is replaced; only it is extracted again.
            site.put("/files/2023.pdf", Files.readAllBytes(Corpus.path("pdf/real/huaian-city-2024.pdf")),
                    "application/pdf");
            site.forgetRequests();
            assertEquals(0, crawl(site, data));
            String night3 = Files.readString(data.resolve("last-run.txt"));
            assertTrue(night3.startsWith("reports: 0 new, 1 changed, 6 unchanged, 1 failed"), night3);
            var changed = reports(data).stream().filter(r -> r.get("source").equals(site.url("/files/2023.pdf")))
                    .findFirst().orElseThrow();
            assertEquals("淮安市人民政府", changed.get("agency"));
            assertEquals(7, reports(data).size());
        }
    }

    @Test
    void aKilledRunResumesWhereItStopped() throws Exception {
        String whole;
        try (var site = new FixtureSite()) {
            var data = tmp.resolve("whole");
            assertEquals(0, crawl(site, data));
            whole = Files.readString(data.resolve("reports.csv")).replace(site.url(""), "SITE");
        }
        try (var site = new FixtureSite()) {
            var data = tmp.resolve("resumed");
            var sites = tmp.resolve("sites-killed.csv");
            Files.writeString(sites, "agency,region,url\n示例县,,\"" + site.url("/nb/index.html") + "\"\n");
            var child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "nianbao.cli.Main", "crawl", "--sites",
                    sites.toString(), "--data", data.toString(), "--contact", CONTACT, "--delay", "300",
                    "--timeout", "1", "--backoff", "100").redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("killed.log").toFile()).start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (child.isAlive() && extracted(data) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            child.destroyForcibly().waitFor();
            int before = extracted(data);
            assertTrue(before >= 2 && before < 7, "killed after " + before + " reports");
            assertFalse(Files.exists(data.resolve("last-run.txt")), "killed before the run ended");
            assertEquals(0, crawl(site, data));
            String night = Files.readString(data.resolve("last-run.txt"));
            assertTrue(night.contains((7 - before) + " new"), night);
            assertEquals(whole, Files.readString(data.resolve("reports.csv")).replace(site.url(""), "SITE"));
        }
    }

    @Test
    void aFileLostFromTheStoreIsFetchedWholeAgainAndTheDataSetStaysTheSame() throws Exception {
        try (var site = new FixtureSite()) {
            var data = tmp.resolve("data");
            assertEquals(0, crawl(site, data));
            var before = dataSet(data);
            try (var files = Files.walk(data.resolve("files"))) {
                for (var f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
            site.forgetRequests();
            assertEquals(0, crawl(site, data));
            var index = site.requests().stream().filter(r -> r.path().equals("/nb/index.html")).toList();
            assertEquals(2, index.size(), "asked conditionally, answered 304, then asked whole");
            assertNotNull(index.get(0).ifNoneMatch());
            assertEquals(null, index.get(1).ifNoneMatch());
            String night = Files.readString(data.resolve("last-run.txt"));
            assertTrue(night.startsWith("reports: 0 new, 0 changed, 7 unchanged, 1 failed"), night);
            for (var f : DATA_SET) {
                assertArrayEquals(before.get(f), dataSet(data).get(f), f + " is byte for byte the same");
            }
        }
    }

    @Test
    void reportsReadByAnotherVersionAreReadAgainFromTheirFilesAndANewerVersionsDataIsRefused() throws Exception {
        try (var site = new FixtureSite()) {
            var data = tmp.resolve("data");
            assertEquals(0, crawl(site, data));
            var before = dataSet(data);
            var db = data.resolve(nianbao.output.ResultStore.FILE);
            // As an older nianbao, of another schema, left it: one of its figures read wrong. Of its 7 reports
            // 6 are read again: the mirror's copy is the same document as its original.
            Databases.execute(db, "UPDATE documents SET extractor = '0.1.0+s00000000'",
                    "UPDATE meta SET value = '0.1.0+s00000000' WHERE key = 'extractor'",
                    "UPDATE figures SET value = '999999', raw = '999999' WHERE field = 'app_new_total'");
            site.forgetRequests();
            var said = new java.io.ByteArrayOutputStream();
            var err = System.err;
            System.setErr(new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                assertEquals(0, crawl(site, data));
            } finally {
                System.setErr(err);
            }
            for (var r : site.requests()) {
                assertTrue(r.ifNoneMatch() != null || r.path().equals("/nb/2020/missing.html")
                        || r.path().equals("/nb/2017/old.html"), "read again from files/, not fetched: " + r.path());
            }
            assertTrue(said.toString(java.nio.charset.StandardCharsets.UTF_8)
                    .contains("read again: 6 reports collected before"), said.toString());
            for (var f : DATA_SET) {
                assertArrayEquals(before.get(f), dataSet(data).get(f), f + " is that of the first night");
            }

            Databases.execute(db, "UPDATE meta SET value = '99.0.0' WHERE key = 'extractor'");
            byte[] kept = Files.readAllBytes(db);
            assertEquals(4, crawl(site, data), "a newer nianbao's data folder");
            assertArrayEquals(kept, Files.readAllBytes(db));
        }
    }

    /**
     * A township's report shown as pictures of its pages: the crawl fetches the pictures (within the
     * site; one on another host is refused and said so), reads them by OCR, keeps them under files/,
     * and a newer nianbao reads the report again from them without a request.
     */
    @Test
    void aReportShownAsPicturesIsFetchedReadByOcrAndReadAgainFromFiles() throws Exception {
        try (var site = new FixtureSite()) {
            var facts = nianbao.render.RandomFacts.next(new java.util.Random(2026120303L));
            org.junit.jupiter.api.Assumptions.assumeTrue(nianbao.scan.Printer.canPrintChinese(), "no CJK font (fonts-noto-cjk)");
            var pictures = nianbao.scan.PicturePage.pictures(facts);
            var srcs = new java.util.ArrayList<String>();
            for (int i = 0; i < pictures.size(); i++) {
                site.put("/uploads/nb-" + (i + 1) + ".png", pictures.get(i), "image/png");
                srcs.add("/uploads/nb-" + (i + 1) + ".png");
            }
            srcs.add("http://127.0.0.2:9/uploads/elsewhere.png");
            site.put("/nb/index.html", ("<html><head><meta charset=\"utf-8\"></head><body><a href=\"pictures.html\">"
                    + facts.title() + "</a></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "text/html; charset=utf-8");
            site.put("/nb/pictures.html", nianbao.scan.PicturePage.html(facts.title(), srcs)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html; charset=utf-8");
            var data = tmp.resolve("data");
            var sites = tmp.resolve("sites.csv");
            Files.writeString(sites, "agency,region,url\n示例县,,\"" + site.url("/nb/index.html") + "\"\n");
            String[] crawl = {"crawl", "--sites", sites.toString(), "--data", data.toString(), "--contact", CONTACT,
                    "--delay", "10", "--attempts", "1"};
            assertEquals(0, Main.execute(crawl));

            var paths = countByPath(site.requests()).keySet();
            assertTrue(paths.containsAll(List.of("/uploads/nb-1.png", "/uploads/nb-" + pictures.size() + ".png")),
                    "the pictures are fetched: " + paths);
            var rows = reports(data);
            assertEquals(1, rows.size());
            var row = rows.get(0);
            assertEquals(site.url("/nb/pictures.html"), row.get("source"));
            assertEquals(String.valueOf(facts.expected("app_new_total").longValue()), row.get("app_new_total"));
            String checks = Files.readString(data.resolve("checks.csv"));
            assertTrue(checks.contains("report_read_from_pictures"), checks);
            assertTrue(checks.contains("elsewhere.png"), "the picture on another host is refused and named: " + checks);
            var before = dataSet(data);

            // A newer nianbao reads it again from files/, pictures and all, without fetching them.
            var db = data.resolve(nianbao.output.ResultStore.FILE);
            Databases.execute(db, "UPDATE documents SET extractor = '0.1.0+s00000000'",
                    "UPDATE meta SET value = '0.1.0+s00000000' WHERE key = 'extractor'");
            site.forgetRequests();
            assertEquals(0, Main.execute(crawl));
            for (var r : site.requests()) {
                assertTrue(r.ifNoneMatch() != null || r.path().equals("/robots.txt"), "not fetched again: " + r.path());
            }
            var after = dataSet(data);
            assertArrayEquals(before.get("reports.csv"), after.get("reports.csv"));
            assertArrayEquals(before.get("values.csv"), after.get("values.csv"));
            // The crawl's own finding (the picture it refused to fetch) is made by the crawl, not read again.
            var night1 = new String(before.get("checks.csv"), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.contains("elsewhere.png")).toList();
            assertEquals(night1, new String(after.get("checks.csv"), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static int extracted(Path data) {
        return Databases.count(data.resolve(nianbao.output.ResultStore.FILE),
                "SELECT COUNT(*) FROM reports WHERE extracted IS NOT NULL");
    }

    @Test
    void theRunItselfFailingGivesItsOwnExitCode() throws Exception {
        var data = tmp.resolve("data");
        var missing = tmp.resolve("no-such-sites.csv");
        assertEquals(3, Main.execute("crawl", "--sites", missing.toString(), "--data", data.toString(),
                "--contact", CONTACT));
        var sites = tmp.resolve("sites.csv");
        Files.writeString(sites, "agency,region,url\n示例县,,http://127.0.0.1:9/nb/index.html\n");
        assertEquals(5, Main.execute("crawl", "--sites", sites.toString(), "--data", data.toString(),
                "--contact", CONTACT, "--timeout", "1", "--attempts", "1"), "no site could be reached");
        var file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        assertEquals(4, Main.execute("crawl", "--sites", sites.toString(), "--data", file.resolve("data").toString(),
                "--contact", CONTACT, "--attempts", "1"));
    }
}
