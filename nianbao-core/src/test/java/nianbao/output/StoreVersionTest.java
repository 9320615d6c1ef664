package nianbao.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.Corpus;
import nianbao.Databases;
import nianbao.cli.Main;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder outlives the nianbao that wrote it. Reopened by another extractor (another version, or
 * the same version with another schema), its documents are read again and the output is that of a fresh
 * run, aligned column for column; a folder of the first layout (rendered CSV rows) is read again whole;
 * a folder a newer nianbao wrote is refused, whether resumed or started over, and left as it was.
 */
class StoreVersionTest {

    private static final List<String> DATA = List.of("reports.csv", "values.csv", "checks.csv");
    private static final String OLDER = "0.1.0+s00000000";
    private static final String NEWER = "99.0.0+s00000000";

    @TempDir
    static Path tmp;

    private static Path fresh;

    private static final List<String> INPUTS = List.of("text/seeds/001_359eaca1bd706430.txt",
            "text/template-2019/zigui-county-2020.txt", "pdf/real/hongze-district-2024.pdf",
            "html/generated/huaian-city-2024.cms-utf8.html");

    private static int extract(Path out, String... more) {
        var args = new ArrayList<>(List.of("extract"));
        INPUTS.forEach(i -> args.add(Corpus.path(i).toString()));
        args.addAll(List.of("--out", out.toString(), "--isolation", "threads"));
        args.addAll(List.of(more));
        return Main.execute(args.toArray(String[]::new));
    }

    @BeforeAll
    static void extractOnce() {
        fresh = tmp.resolve("fresh");
        assertEquals(0, extract(fresh));
    }

    private static Path db(Path out) {
        return out.resolve(ResultStore.FILE);
    }

    private static void assertSameDataSet(Path expected, Path actual) throws IOException {
        for (var file : DATA) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
            String text = Files.readString(actual.resolve(file), StandardCharsets.UTF_8).substring(1);
            var records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
            int columns = records.get(0).size();
            for (var r : records) {
                assertEquals(columns, r.size(), file + " line " + r.getRecordNumber() + ": as many cells as the header");
            }
        }
    }

    /** Runs with standard error captured. */
    private static String said(Runnable run) {
        var bytes = new ByteArrayOutputStream();
        var err = System.err;
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(err);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachDocumentsReadTextIsStoredForTheChecksThatComeLater() throws Exception {
        try (var store = ResultStore.open(fresh, false)) {
            String pdf = store.text(nianbao.pipeline.Pipeline.docId(Files.readAllBytes(Corpus.path(INPUTS.get(2)))));
            assertTrue(pdf.contains("洪泽区") && pdf.contains("\f"), "its lines, its pages apart: " + pdf.substring(0, 200));
            String text = store.text(nianbao.pipeline.Pipeline.docId(Files.readAllBytes(Corpus.path(INPUTS.get(0)))));
            assertTrue(text.contains("2024年通过县政府门户网站主动公开3498条"), text.substring(0, 200));
            assertEquals("", store.text("d0000000000000000"), "no such document");
        }
    }

    @Test
    void documentsOfAnotherExtractorAreReadAgainOnResume() throws IOException {
        var out = tmp.resolve("older");
        assertEquals(0, extract(out));
        // As another extractor left it: its schema's hash differs, and one of its figures was read wrong.
        Databases.execute(db(out), "UPDATE documents SET extractor = '" + OLDER + "'",
                "UPDATE meta SET value = '" + OLDER + "' WHERE key = 'extractor'",
                "UPDATE figures SET value = '999999', raw = '999999' WHERE field = 'app_new_total'");
        assertTrue(Databases.count(db(out), "SELECT COUNT(*) FROM figures WHERE value = '999999'") > 0);
        String log = said(() -> assertEquals(0, extract(out, "--resume")));
        assertTrue(log.contains(INPUTS.size() + " documents were read by another version of nianbao"), log);
        assertFalse(log.contains("resuming:"), "nothing of the other extractor is kept: " + log);
        assertSameDataSet(fresh, out);
        assertEquals(INPUTS.size(), Databases.count(db(out), "SELECT COUNT(*) FROM documents WHERE extractor = '"
                + ExtractorVersion.current() + "'"));
        // The run after that keeps everything.
        String again = said(() -> assertEquals(0, extract(out, "--resume")));
        assertTrue(again.contains("resuming: " + INPUTS.size() + " of " + INPUTS.size()), again);
    }

    @Test
    void aFolderOfTheFirstLayoutIsReadAgainWhole() throws IOException {
        var out = tmp.resolve("first-layout");
        Files.createDirectories(out);
        // The first layout: CSV rows kept as text, no format recorded, rows one column short of today's.
        Databases.execute(db(out),
                "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                "CREATE TABLE inputs(seq INTEGER PRIMARY KEY, source TEXT NOT NULL, doc_key TEXT NOT NULL,"
                        + " status TEXT NOT NULL, format TEXT NOT NULL, millis INTEGER NOT NULL)",
                "CREATE TABLE documents(doc_key TEXT PRIMARY KEY, doc_id TEXT NOT NULL, report_row TEXT NOT NULL,"
                        + " value_rows TEXT NOT NULL, check_rows TEXT NOT NULL, agency_key TEXT, year INTEGER, carried TEXT)",
                "INSERT INTO inputs VALUES (1, '" + Corpus.path(INPUTS.get(0)) + "', '0123456789012345', 'ok', 'text', 5)",
                "INSERT INTO documents VALUES ('0123456789012345', '0123456789012345', '0123456789012345,ok,text',"
                        + " '', '', NULL, 2024, NULL)");
        assertEquals(0, extract(out, "--resume"));
        assertSameDataSet(fresh, out);
        assertEquals(0, Databases.count(db(out), "SELECT COUNT(*) FROM documents WHERE doc_id = '0123456789012345'"));
    }

    @Test
    void aFolderOfANewerNianbaoIsRefusedAndLeftAsItWas() throws IOException {
        for (var resume : List.of(true, false)) {
            var out = tmp.resolve("newer-" + resume);
            assertEquals(0, extract(out));
            Databases.execute(db(out), "UPDATE documents SET extractor = '" + NEWER + "'",
                    "UPDATE meta SET value = '" + NEWER + "' WHERE key = 'extractor'");
            byte[] before = Files.readAllBytes(db(out));
            byte[] reports = Files.readAllBytes(out.resolve("reports.csv"));
            String log = said(() -> assertEquals(3, resume ? extract(out, "--resume") : extract(out)));
            assertTrue(log.contains("written by a newer nianbao (" + NEWER + ", results layout " + ResultStore.FORMAT
                    + "; this is " + ExtractorVersion.current() + ", layout " + ResultStore.FORMAT
                    + "); use that version or a newer one, or another folder"), log);
            assertArrayEquals(before, Files.readAllBytes(db(out)), "the newer results are untouched");
            assertArrayEquals(reports, Files.readAllBytes(out.resolve("reports.csv")));
        }
        // A newer layout, whatever the version says.
        var out = tmp.resolve("newer-format");
        assertEquals(0, extract(out));
        Databases.execute(db(out), "UPDATE meta SET value = '" + (ResultStore.FORMAT + 1) + "' WHERE key = 'format'");
        String log = said(() -> assertEquals(3, extract(out, "--resume")));
        assertTrue(log.contains("results layout " + (ResultStore.FORMAT + 1)), log);
    }
}
