package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.Corpus;
import nianbao.PdfFixtures;
import nianbao.cli.Main;
import nianbao.output.ResultStore;
import nianbao.report.Outcome;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile input ends as a failed row with its reason, and the rest of the run is unaffected. */
class HostileInputsTest {

    @TempDir
    Path tmp;

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] randomBytes(int n, long seed) {
        var bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] thousandsOfPages() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 3000; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX whose document part inflates to 300 MB of spaces from a few hundred KB. */
    private static byte[] zipBomb() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            var spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] deeplyNestedHtml() {
        var html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(100_000)).append("某县2024年政府信息公开工作年度报告").append("</div>".repeat(100_000));
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String NEWS = "<html><head><meta charset=utf-8><title>我县召开春季农业生产工作会议</title></head><body>"
            + "<h1>我县召开春季农业生产工作会议</h1><p>3月5日，我县召开春季农业生产工作会议，部署全年粮食生产任务。"
            + "会议要求各乡镇抓住农时，落实播种面积。</p></body></html>";

    @Test
    void hostileInputsFailWithTheirReasonsAndTheRunGoesOn() throws Exception {
        var in = tmp.resolve("in");
        write(in.resolve("empty.txt"), new byte[0]);
        write(in.resolve("random-bytes.pdf"), randomBytes(4096, 1));
        var pdf = Files.readAllBytes(Corpus.path("pdf/real/hongze-district-2024.pdf"));
        write(in.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        write(in.resolve("encrypted.pdf"), PdfFixtures.encrypted(pdf, "user-secret"));
        write(in.resolve("thousands-of-pages.pdf"), thousandsOfPages());
        write(in.resolve("zip-bomb.docx"), zipBomb());
        write(in.resolve("deeply-nested.html"), deeplyNestedHtml());
        write(in.resolve("binary.txt"), randomBytes(2048, 2));
        write(in.resolve("news-article.html"), NEWS.getBytes(StandardCharsets.UTF_8));
        write(in.resolve("年报 2024/盐边县 报告.txt"), Files.readAllBytes(Corpus.path("text/seeds/001_359eaca1bd706430.txt")));
        var out = tmp.resolve("out");
        assertEquals(1, Main.execute("extract", in.toString(), "--out", out.toString(), "--timeout", "60"));

        Map<String, String> status = new HashMap<>();
        try (var reader = Files.newBufferedReader(out.resolve("reports.csv"))) {
            reader.read();
            for (var r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                status.put(Path.of(r.get("sources")).getFileName().toString(), r.get("status"));
            }
        }
        assertEquals(10, status.size(), status.toString());
        assertEquals("ok", status.get("盐边县 报告.txt"));
        var checks = Files.readString(out.resolve("checks.csv"));
        Map<String, String> reasons = Map.of(
                "empty.txt", "empty file (0 bytes)",
                "random-bytes.pdf", "unsupported format: application/octet-stream",
                "truncated.pdf", "%%EOF",
                "encrypted.pdf", "user password",
                "thousands-of-pages.pdf", "PDF of 3000 pages, more than the limit of 200",
                "zip-bomb.docx", "a zip bomb?",
                "binary.txt", "unsupported format",
                "deeply-nested.html", "tables_not_found",
                "news-article.html", "not_a_report");
        for (var e : reasons.entrySet()) {
            assertEquals("failed", status.get(e.getKey()), e.getKey());
            assertTrue(checks.lines().anyMatch(l -> l.contains(e.getKey()) && l.contains(e.getValue())),
                    e.getKey() + " fails with: " + e.getValue() + "\n" + checks);
        }
    }

    @Test
    void aFileThatVanishesMidRunIsFailedAsNotFound() throws Exception {
        var in = tmp.resolve("in");
        var seed = Files.readAllBytes(Corpus.path("text/seeds/001_359eaca1bd706430.txt"));
        write(in.resolve("a.txt"), seed);
        write(in.resolve("b.txt"), "盐边县2024年 政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8));
        var out = tmp.resolve("out");
        try (var store = ResultStore.open(out, true)) {
            var pipeline = new Pipeline();
            new Batch(pipeline, Extractor.inProcess(pipeline, Duration.ZERO), 1, Duration.ZERO).run(
                    java.util.List.of(in.toString()), store, new Batch.Listener() {

                @Override
                public void finished(Outcome outcome, long millis) {
                    try {
                        Files.deleteIfExists(in.resolve("b.txt"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            nianbao.output.Export.csv(store, out, false);
        }
        var checks = Files.readString(out.resolve("checks.csv"));
        assertTrue(checks.contains("b.txt") && checks.contains("file not found"), checks);
    }
}
