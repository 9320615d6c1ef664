package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nianbao.Corpus;
import nianbao.PdfFixtures;
import nianbao.cli.Main;
import nianbao.report.Outcome;
import nianbao.report.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs that cannot be read fail with their reason; one that only restricts its owner is read. */
class BadPdfTest {

    private final Pipeline pipeline = new Pipeline();

    @TempDir
    Path tmp;

    private static String reason(Outcome o) {
        assertEquals(Status.FAILED, o.status());
        var f = o.findings().get(0);
        assertEquals("read_failed", f.check());
        return f.message();
    }

    private static byte[] realPdf() throws Exception {
        return Files.readAllBytes(Corpus.path("pdf/real/hongze-district-2024.pdf"));
    }

    @Test
    void aPdfWithAnOwnerPasswordOnlyIsReadAsAnyOther() throws Exception {
        var plain = Corpus.extract("pdf/real/hongze-district-2024.pdf");
        var locked = pipeline.process(PdfFixtures.encrypted(realPdf(), ""), "locked.pdf");
        assertEquals(Status.OK, locked.status());
        assertEquals(plain.report().figures().stream().map(f -> f.field().id() + "=" + f.formatted()).toList(),
                locked.report().figures().stream().map(f -> f.field().id() + "=" + f.formatted()).toList());
    }

    @Test
    void aPdfNeedingAUserPasswordFails() throws Exception {
        var o = pipeline.process(PdfFixtures.encrypted(realPdf(), "user-secret"), "user.pdf");
        assertTrue(reason(o).contains("user password"), reason(o));
        assertEquals("pdf", o.format());
    }

    @Test
    void aScanOfNothingFailsSayingNoTextWasReadOnIt() throws Exception {
        // One black picture over the page: OCR reads it, and finds no text.
        var o = pipeline.process(PdfFixtures.scanned(), "scan.pdf");
        assertTrue(reason(o).startsWith("no text: the PDF's 1 page(s) are pictures (a scan) and no text was read"),
                reason(o));
    }

    @Test
    void withOcrOffAScanFailsSayingSo() throws Exception {
        var off = new Pipeline(new Pipeline.Settings(Pipeline.MAX_PAGES, Pipeline.MAX_BYTES, false));
        var o = off.process(Files.readAllBytes(Corpus.path("scans/huaian-city-2024.200dpi.pdf")), "scan.pdf");
        assertEquals("its pages are pictures (a scan) and OCR is off (--no-ocr)", reason(o));
    }

    @Test
    void aTruncatedPdfFails() throws Exception {
        var pdf = realPdf();
        var o = pipeline.process(Arrays.copyOf(pdf, pdf.length / 2), "cut.pdf");
        assertTrue(reason(o).contains("%%EOF"), reason(o));
    }

    @Test
    void aCorruptPdfFailsWithPdfBoxsReason() {
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        var o = pipeline.process(corrupt, "corrupt.pdf");
        assertTrue(reason(o).startsWith("not a readable PDF: "), reason(o));
    }

    @Test
    void badPdfsFailWithoutAffectingTheOtherDocumentsOfTheRun() throws Exception {
        var in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("a-scan.pdf"), PdfFixtures.scanned());
        var pdf = realPdf();
        Files.write(in.resolve("b-cut.pdf"), Arrays.copyOf(pdf, 5000));
        Files.copy(Corpus.path("pdf/real/hongze-district-2024.pdf"), in.resolve("c-good.pdf"));
        var out = tmp.resolve("out");
        assertEquals(1, Main.execute("extract", in.toString(), "--out", out.toString()));
        var reports = Files.readAllLines(out.resolve("reports.csv"));
        assertEquals(4, reports.size());
        assertTrue(reports.get(1).contains("a-scan.pdf,pdf,failed"), reports.get(1));
        assertTrue(reports.get(2).contains("b-cut.pdf,pdf,failed"), reports.get(2));
        assertTrue(reports.get(3).contains("c-good.pdf,pdf,ok"), reports.get(3));
        var checks = Files.readString(out.resolve("checks.csv"));
        assertTrue(checks.contains("no text was read") && checks.contains("%%EOF"), checks);
    }
}
