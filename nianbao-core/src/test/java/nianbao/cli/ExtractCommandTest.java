package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path tmp;

    private static List<CSVRecord> read(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))
                .getRecords();
    }

    @Test
    void extractsAFolderIntoTheFourFilesWithAByteOrderMark() throws IOException {
        var out = tmp.resolve("out");
        int code = Main.execute("extract", "corpus/text/seeds", "--out", out.toString());
        assertEquals(0, code);
        for (var name : List.of("reports.csv", "values.csv", "checks.csv", "codebook.csv")) {
            byte[] head = Files.readAllBytes(out.resolve(name));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(head, 3),
                    name + " starts with a UTF-8 BOM");
        }
        var reports = read(out.resolve("reports.csv"));
        assertEquals(5, reports.size());
        assertEquals("corpus/text/seeds/000_ce53ede49b27b1e1.txt", reports.get(0).get("source"));
        assertEquals("盐边县", reports.get(1).get("agency"));
        assertEquals("8597.09", reports.get(1).get("fees_wan_yuan"));
        assertEquals("", reports.get(0).get("fees_wan_yuan"), "missing is empty, not 0");
        var values = read(out.resolve("values.csv"));
        var fee = values.stream().filter(r -> r.get("field").equals("fees_wan_yuan")
                && r.get("source").contains("001_")).findFirst().orElseThrow();
        assertEquals("41", fee.get("line"));
        var codebook = read(out.resolve("codebook.csv"));
        for (var file : List.of("reports", "values", "checks")) {
            var header = Files.readAllLines(out.resolve(file + ".csv")).get(0).substring(1).split(",");
            var described = codebook.stream().filter(r -> r.get("file").equals(file)).map(r -> r.get("field")).toList();
            assertEquals(List.of(header), described, "the codebook lists every column of " + file + ".csv, in order");
            assertTrue(codebook.stream().filter(r -> r.get("file").equals(file)).noneMatch(r -> r.get("label_zh").isEmpty()),
                    "every column has a Chinese label");
        }
    }

    @Test
    void noBomOmitsTheByteOrderMark() throws IOException {
        var out = tmp.resolve("out");
        assertEquals(0, Main.execute("extract", "corpus/text/seeds/001_359eaca1bd706430.txt", "--out", out.toString(),
                "--no-bom"));
        assertTrue(Files.readString(out.resolve("reports.csv")).startsWith("doc_id,"));
    }

    @Test
    void aFailedDocumentGivesExitCodeOneAndTheOthersAreStillExtracted() throws IOException {
        var binary = tmp.resolve("binary.txt");
        Files.write(binary, new byte[] {0x00, 0x01, 0x02, (byte) 0xFF});
        var missing = tmp.resolve("missing.txt");
        var out = tmp.resolve("out");
        int code = Main.execute("extract", binary.toString(), "corpus/text/seeds/001_359eaca1bd706430.txt",
                missing.toString(), "--out", out.toString());
        assertEquals(1, code);
        var reports = read(out.resolve("reports.csv"));
        assertEquals(List.of("failed", "ok", "failed"), reports.stream().map(r -> r.get("status")).toList());
        var checks = read(out.resolve("checks.csv"));
        assertTrue(checks.stream().anyMatch(c -> c.get("source").equals(binary.toString())
                && c.get("check").equals("read_failed")), "the failed document's reason is in checks.csv");
        assertTrue(checks.stream().anyMatch(c -> c.get("source").equals(missing.toString())
                && c.get("message").contains("not found")));
    }

    @Test
    void usageErrorsGiveExitCodeTwo() {
        assertEquals(2, Main.execute("extract", "corpus"));
        assertEquals(2, Main.execute("frobnicate"));
        assertEquals(2, Main.execute());
    }
}
