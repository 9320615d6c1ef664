package nianbao.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nianbao.Corpus;
import nianbao.cli.Main;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit} end to end: a county's agencies over three years ({@link MakeAuditCorpus}) extracted,
 * then audited: each planted case (late, missing, copied, outlier) is found and nothing else; the page
 * opens in headless Chromium, draws its charts and logs no error; the evidence of a broken identity
 * in a real PDF is its cell cut out of the rendered page.
 */
class AuditTest {

    @TempDir
    static Path tmp;
    private static Path data;
    private static Path audit;

    @BeforeAll
    static void extractAndAudit() throws IOException {
        var corpus = tmp.resolve("corpus");
        MakeAuditCorpus.write(corpus);
        data = tmp.resolve("data");
        assertEquals(0, Main.execute("extract", corpus.toString(), "--out", data.toString(), "--isolation", "threads"));
        audit = tmp.resolve("audit");
        assertEquals(0, Main.execute("audit", data.toString(), "--out", audit.toString()));
    }

    static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void thePlantedCasesAreFoundAndNothingElse() throws IOException {
        var found = new TreeSet<String>();
        for (var f : read(audit.resolve("findings.csv"))) {
            found.add(f.get("agency") + " " + f.get("year") + " " + f.get("kind"));
        }
        assertEquals(new TreeSet<>(Set.of(
                MakeAuditCorpus.LATE + " " + MakeAuditCorpus.LATE_YEAR + " late",
                MakeAuditCorpus.MISSING + " " + MakeAuditCorpus.MISSING_YEAR + " missing",
                MakeAuditCorpus.COPIED + " " + MakeAuditCorpus.COPIED_YEAR + " copied_from_last_year",
                // Granting little, it could not provide much: both shares stand out.
                MakeAuditCorpus.OUTLIER + " " + MakeAuditCorpus.OUTLIER_YEAR + " outlier")), found);
        var copied = read(audit.resolve("findings.csv")).stream().filter(f -> f.get("kind").equals("copied_from_last_year"))
                .findFirst().orElseThrow();
        assertTrue(copied.get("detail").startsWith("100 %"), copied.get("detail"));
        assertFalse(copied.get("passages").isEmpty(), "the repeated sentences are given");
    }

    @Test
    void thePanelHasARowPerAgencyAndYearWithItsDeadlineAndRates() throws IOException {
        var panel = read(audit.resolve("panel.csv"));
        assertEquals(10 * 3 - 1, panel.size(), "ten agencies, three years, one report missing");
        var late = panel.stream().filter(r -> r.get("agency").equals(MakeAuditCorpus.LATE)
                && r.get("year").equals(String.valueOf(MakeAuditCorpus.LATE_YEAR))).findFirst().orElseThrow();
        assertEquals("2024-03-20", late.get("published"));
        assertEquals("2024-01-31", late.get("due"));
        assertEquals("false", late.get("on_time"));
        var government = panel.stream().filter(r -> r.get("level").equals("county")).findFirst().orElseThrow();
        assertEquals(government.get("year") + "", String.valueOf(Integer.parseInt(government.get("due").substring(0, 4)) - 1));
        assertTrue(government.get("due").endsWith("-03-31"), "a government's own report is due on 31 March");
        for (var row : panel) {
            long handled = Long.parseLong(row.get("handled"));
            long granted = Long.parseLong(row.get("granted")) + Long.parseLong(row.get("partly_granted"));
            assertEquals(new java.math.BigDecimal(granted).divide(new java.math.BigDecimal(handled), 4,
                    java.math.RoundingMode.HALF_EVEN).toPlainString(), row.get("share_granted"));
            assertEquals("0", row.get("identities_failed"));
            assertTrue(row.get("agency_key").startsWith("320830/"), row.get("agency_key"));
        }
        var codebook = read(audit.resolve("codebook.csv"));
        var described = new TreeSet<String>();
        codebook.forEach(r -> described.add(r.get("file") + ":" + r.get("column")));
        for (var column : AuditFiles.panelHeader()) {
            assertTrue(described.contains("panel.csv:" + column), "codebook lacks " + column);
        }
        for (var rate : Rates.ALL) {
            assertTrue(codebook.stream().anyMatch(r -> r.get("column").equals(rate.column())
                    && r.get("formula").equals(rate.formula())), "formula of " + rate.column());
        }
    }

    @Test
    void aJurisdictionAndAYearNarrowWhatIsShown() throws IOException {
        var county = tmp.resolve("county-2024");
        assertEquals(0, Main.execute("audit", data.toString(), "--out", county.toString(), "--jurisdiction", "320830",
                "--year", "2024"));
        var panel = read(county.resolve("panel.csv"));
        assertEquals(10, panel.size());
        assertTrue(panel.stream().allMatch(r -> r.get("year").equals("2024")));
        var findings = read(county.resolve("findings.csv"));
        assertEquals(Set.of("copied_from_last_year", "outlier"),
                new TreeSet<>(findings.stream().map(f -> f.get("kind")).toList()));
        var elsewhere = tmp.resolve("elsewhere");
        assertEquals(0, Main.execute("audit", data.toString(), "--out", elsewhere.toString(), "--jurisdiction", "110000"));
        assertEquals(0, read(elsewhere.resolve("panel.csv")).size());
        assertEquals(2, Main.execute("audit", data.toString(), "--out", elsewhere.toString(), "--jurisdiction", "11"));
        assertEquals(3, Main.execute("audit", tmp.resolve("no-such-folder").toString(), "--out", elsewhere.toString()));
    }

    @Test
    void theEvidenceOfABrokenIdentityIsItsCellOnTheRenderedPage() throws IOException {
        var pdfData = tmp.resolve("pdf-data");
        Main.execute("extract", Corpus.path("pdf/real/hongze-district-2023.pdf").toString(), "--out", pdfData.toString(),
                "--isolation", "threads");
        var out = tmp.resolve("pdf-audit");
        assertEquals(0, Main.execute("audit", pdfData.toString(), "--out", out.toString()));
        var findings = read(out.resolve("findings.csv"));
        assertTrue(findings.stream().anyMatch(f -> f.get("kind").equals("identities_failed")
                && f.get("fields").contains("review_total")), "洪泽区 2023 prints a table 四 that does not add up");
        String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        var image = java.util.regex.Pattern.compile("\"field\": \"review_total\", \"value\": \"0\", \"raw\": \"0\", "
                + "\"where\": \"page 4[^\"]*\", \"image\": \"([A-Za-z0-9+/=]{1000,})\"").matcher(page);
        assertTrue(image.find(), "review_total's cell cut out of page 4");
        var png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(image.group(1))));
        assertTrue(png.getWidth() > png.getHeight(), "a band of the page around the row");
    }

    /**
     * The page in headless Chromium (Debian's chromium; .ci/run installs it): it draws its four charts
     * and logs no error, and a screenshot is taken (target/audit-report.png, the README's picture).
     */
    @Test
    void thePageOpensOfflineAndDrawsItsCharts() throws Exception {
        var chromium = Stream.of("chromium", "chromium-browser").map(Path::of)
                .flatMap(name -> Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir).resolve(name)))
                .filter(Files::isExecutable).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(chromium.isPresent(), "no chromium on PATH");
        String url = audit.resolve("report.html").toUri().toString();
        var flags = List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1400,2200", "--user-data-dir=" + tmp.resolve("chromium-profile"));
        var dom = run(concat(flags, "--dump-dom", url));
        assertTrue(dom.contains("data-charts=\"4\""), "four charts drawn");
        assertTrue(dom.contains("<div id=\"errors\"></div>"), "no error on the page: "
                + dom.substring(Math.max(0, dom.indexOf("<div id=\"errors\">")), Math.min(dom.length(),
                dom.indexOf("<div id=\"errors\">") + 300)));
        assertTrue(dom.contains(MakeAuditCorpus.OUTLIER), "the findings table lists the agencies");
        var shot = Path.of("target", "audit-report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        run(concat(flags, "--screenshot=" + shot, url));
        var image = javax.imageio.ImageIO.read(shot.toFile());
        assertEquals(1400, image.getWidth());
        // The coverage chart's cells are green (on time) at its top left, under the header.
        int green = 0;
        for (int y = 0; y < 600; y += 2) {
            for (int x = 0; x < 1400; x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 8) & 0xFF) > 140 && ((rgb >> 16) & 0xFF) < 90 && (rgb & 0xFF) < 120) {
                    green++;
                }
            }
        }
        assertTrue(green > 1000, "the coverage chart is drawn: " + green + " green pixels");
    }

    private static List<String> concat(List<String> flags, String... more) {
        var out = new java.util.ArrayList<>(flags);
        out.addAll(List.of(more));
        return out;
    }

    /** A command's standard output; it must end within a minute. */
    private static String run(List<String> command) throws Exception {
        var out = Files.createTempFile(tmp, "chromium", ".out");
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, "chromium ends within a minute");
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
