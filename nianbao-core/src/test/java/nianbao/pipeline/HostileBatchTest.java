package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nianbao.Corpus;
import nianbao.cli.Main;
import nianbao.output.ResultStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch under hostile inputs and faults, each case made here: inputs that are no files or
 * vanish, links to nothing and loops of links, names that are not UTF-8 or hold a line break, a run
 * without a locale, tables whose spans would fill memory, a PDF whose page tree lies, a changed input
 * tree on resume, the output folder inside an input folder, unusable output folders, two runs into one
 * folder, a kill during export. Every input ends as a row, good documents as in a clean run, and the
 * run ends by itself.
 */
class HostileBatchTest {

    @TempDir
    Path tmp;

    private static final byte[] SEED = bytes("text/seeds/001_359eaca1bd706430.txt");
    private static final byte[] SEED2 = bytes("text/seeds/000_ce53ede49b27b1e1.txt");

    private static byte[] bytes(String corpus) {
        try {
            return Files.readAllBytes(Corpus.path(corpus));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sh(String... command) throws Exception {
        var p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + said);
    }

    /** The reports.csv rows: source → status, and checks.csv's messages by source. */
    private static Map<String, String> statuses(Path out) throws IOException {
        var status = new HashMap<String, String>();
        try (var reader = Files.newBufferedReader(out.resolve("reports.csv"))) {
            reader.read();
            for (var r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                for (var source : r.get("sources").split(" \\| ")) {
                    status.put(source, r.get("status"));
                }
            }
        }
        return status;
    }

    private static String messages(Path out, String source) throws IOException {
        var text = new StringBuilder();
        try (var reader = Files.newBufferedReader(out.resolve("checks.csv"))) {
            reader.read();
            for (var r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (r.get("source").equals(source)) {
                    text.append(r.get("message")).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** A table of 2,000 rows whose every cell claims 100,000 rows and columns. */
    private static byte[] hostileSpans() {
        var html = new StringBuilder("<html><body><h1>某县2024年政府信息公开工作年度报告</h1><table>");
        for (int r = 0; r < 2000; r++) {
            html.append("<tr>");
            for (int c = 0; c < 20; c++) {
                html.append("<td rowspan=\"100000\" colspan=\"100000\">").append(r).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF of 260 pages whose page tree claims one. */
    private static byte[] lyingPageTree() throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 260; i++) {
                doc.addPage(new PDPage());
            }
            doc.getPages().getCOSObject().setInt(COSName.COUNT, 1);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX whose document part declares a DOCTYPE with an external entity. */
    private static byte[] doctypeDocx() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
                bytes("word/generated/example-county-2024.docx")));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("?>") + 2;
                    data = (xml.substring(0, at) + "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                            + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(data);
            }
        }
        return out.toByteArray();
    }

    /** Every hostile input of the suite, in a folder. */
    private static void hostile(Path in) throws Exception {
        Files.createDirectories(in);
        sh("ln", "-s", "nowhere.txt", in.resolve("dangling.txt").toString());
        sh("ln", "-s", "self.txt", in.resolve("self.txt").toString());
        // Two links to the folder itself: walked naively, the tree doubles at each level.
        sh("ln", "-s", ".", in.resolve("loop-a").toString());
        sh("ln", "-s", ".", in.resolve("loop-b").toString());
        sh("mkfifo", in.resolve("pipe.txt").toString());
        Files.write(in.resolve("spans.html"), hostileSpans());
        Files.write(in.resolve("lying-page-tree.pdf"), lyingPageTree());
        Files.write(in.resolve("doctype.docx"), doctypeDocx());
    }

    @Test
    void everyHostileInputEndsAsARowWithItsReasonAndGoodDocumentsAsInACleanRun() throws Exception {
        var in = tmp.resolve("in");
        hostile(in);
        Files.createDirectories(in.resolve("sub"));
        Files.write(in.resolve("a-good.txt"), SEED);
        Files.write(in.resolve("sub/b-good.txt"), SEED2);
        Files.write(in.resolve("line\nbreak.txt"), SEED);
        sh("bash", "-c", "cp '" + in.resolve("a-good.txt") + "' \"" + in + "/bad$(printf '\\xff\\xfe')name.txt\"");
        var out = tmp.resolve("out");
        long start = System.nanoTime();
        assertEquals(1, Main.execute("extract", in.toString(), "--out", out.toString(), "--timeout", "20",
                "--jobs", "2"));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(120).toNanos(), "the run ends by itself");

        var status = statuses(out);
        String base = in.toString();
        assertEquals("ok", status.get(base + "/a-good.txt"));
        assertEquals("partial", status.get(base + "/sub/b-good.txt"));
        assertEquals("ok", status.get(base + "/line\nbreak.txt"), "a line break in a name is kept in one source");
        assertEquals("ok", status.get(base + "/bad%FF%FEname.txt"), status.keySet().toString());
        assertTrue(messages(out, base + "/dangling.txt").contains("a symbolic link to nothing"));
        assertTrue(messages(out, base + "/self.txt").contains("leads back to itself"));
        assertTrue(messages(out, base + "/pipe.txt").contains("not a regular file"));
        assertTrue(messages(out, base + "/lying-page-tree.pdf").contains("more than 200 pages"),
                messages(out, base + "/lying-page-tree.pdf"));
        assertTrue(messages(out, base + "/doctype.docx").contains("declares a DOCTYPE, which is refused"));
        assertTrue(status.containsKey(base + "/spans.html"), "the hostile spans end in time");
        // The loops are walked once: each good file is one input, at its own path.
        assertFalse(status.keySet().stream().anyMatch(s -> s.contains("loop-")), status.keySet().toString());
        assertEquals(10, status.size(), status.keySet().toString());

        // Good documents as a clean run of them alone gives them.
        var alone = tmp.resolve("alone");
        assertEquals(0, Main.execute("extract", in.resolve("a-good.txt").toString(), "--out", alone.toString()));
        var values = Files.readAllLines(out.resolve("values.csv"));
        for (var line : Files.readAllLines(alone.resolve("values.csv")).subList(1, 10)) {
            assertTrue(values.contains(line.replace(in.resolve("a-good.txt").toString(), base + "/a-good.txt")), line);
        }
    }

    @Test
    void theWholeCorpusMixedWithEveryHostileCaseGivesWhatItGivesAlone() throws Exception {
        var hostile = tmp.resolve("hostile");
        hostile(hostile);
        var clean = tmp.resolve("clean");
        var mixed = tmp.resolve("mixed");
        assertEquals(1, Main.execute("extract", "corpus", "--out", clean.toString(), "--timeout", "30"));
        long start = System.nanoTime();
        assertEquals(1, Main.execute("extract", hostile.toString(), "corpus", "--out", mixed.toString(), "--timeout",
                "30"));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(300).toNanos(), "the run ends by itself");
        for (var f : List.of("reports.csv", "values.csv", "checks.csv")) {
            var alone = Files.readAllLines(clean.resolve(f)).stream().skip(1).toList();
            var together = Files.readAllLines(mixed.resolve(f)).stream().filter(l -> l.contains(",corpus/")).toList();
            assertEquals(alone, together, f + ": the corpus's rows as in a run of it alone");
        }
        assertEquals(6, statuses(mixed).entrySet().stream().filter(e -> e.getKey().startsWith(hostile.toString())
                && e.getValue().equals("failed")).count(), "every hostile input failed");
    }

    @Test
    void aFileReplacedByAFolderDuringTheRunFailsWithThatReason() throws Exception {
        var in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("a.txt"), SEED);
        Files.write(in.resolve("b.txt"), SEED2);
        var out = tmp.resolve("out");
        var pipeline = new Pipeline();
        try (var store = ResultStore.open(out, true)) {
            new Batch(pipeline, Extractor.inProcess(pipeline, Duration.ZERO), 1, Duration.ZERO).run(
                    List.of(in.toString()), store, new Batch.Listener() {

                        @Override
                        public void finished(nianbao.report.Outcome outcome, long millis) {
                            try {
                                if (Files.isRegularFile(in.resolve("b.txt"))) {
                                    Files.delete(in.resolve("b.txt"));
                                    Files.createDirectory(in.resolve("b.txt"));
                                }
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    });
            nianbao.output.Export.csv(store, out, false);
        }
        assertTrue(messages(out, in.resolve("b.txt").toString()).contains("not a regular file: a folder"));
    }

    @Test
    void aResumedRunMatchesFinishedInputsByPathAndBytesWhenFilesWereAdded() throws Exception {
        var in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("b.txt"), SEED);
        Files.write(in.resolve("d.txt"), SEED2);
        var out = tmp.resolve("out");
        assertEquals(0, Main.execute("extract", in.toString(), "--out", out.toString(), "--isolation", "threads"));
        // A file added before the others, and one changed: places shift, bytes differ.
        Files.write(in.resolve("a.txt"), SEED2);
        Files.write(in.resolve("d.txt"), (new String(SEED2, StandardCharsets.UTF_8) + "\n附记。\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(0, Main.execute("extract", in.toString(), "--out", out.toString(), "--resume",
                "--isolation", "threads"));
        var fresh = tmp.resolve("fresh");
        assertEquals(0, Main.execute("extract", in.toString(), "--out", fresh.toString(), "--isolation", "threads"));
        for (var f : List.of("reports.csv", "values.csv", "checks.csv")) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }

    @Test
    void anOutputFolderInsideAnInputFolderIsLeftOutOfTheWalk() throws Exception {
        var in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("a.txt"), SEED);
        var out = in.resolve("out");
        assertEquals(0, Main.execute("extract", in.toString(), "--out", out.toString(), "--isolation", "threads"));
        assertEquals(0, Main.execute("extract", in.toString(), "--out", out.toString(), "--isolation", "threads"));
        assertEquals(2, Files.readAllLines(out.resolve("reports.csv")).size(), "a header and a.txt, nothing of out/");
    }

    /** Runs extract, its standard error captured. */
    private static Result extract(String... args) {
        var err = new ByteArrayOutputStream();
        var before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            var all = new ArrayList<>(List.of("extract"));
            all.addAll(List.of(args));
            int code = Main.execute(all.toArray(String[]::new));
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
    }

    private record Result(int code, String err) {

        /** The one line saying why the run could not go on. */
        String reason() {
            var lines = err.lines().filter(l -> l.startsWith("nianbao: ")).toList();
            assertEquals(1, lines.size(), err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
            return lines.get(0);
        }
    }

    @Test
    void anUnusableOutputFolderIsOneClearLineAndExitCodeThree() throws Exception {
        var input = tmp.resolve("a.txt");
        Files.write(input, SEED);
        var file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        var r = extract(input.toString(), "--out", file.toString());
        assertEquals(3, r.code());
        assertTrue(r.reason().contains("it is a file, not a folder"), r.err());

        var r2 = extract(input.toString(), "--out", "/proc/nianbao-out");
        assertEquals(3, r2.code(), r2.err());
        assertTrue(r2.reason().contains("/proc/nianbao-out"), r2.err());

        var damaged = tmp.resolve("damaged");
        Files.createDirectories(damaged);
        Files.write(damaged.resolve(ResultStore.FILE), "not a database at all, just some bytes written over it"
                .repeat(100).getBytes(StandardCharsets.UTF_8));
        var r3 = extract(input.toString(), "--out", damaged.toString(), "--resume");
        assertEquals(3, r3.code(), r3.err());
        assertTrue(r3.reason().contains("damaged"), r3.err());
    }

    /** A tmpfs of that size (as mount takes it: 600k, 4m) at a new folder; the test skipped where none can be. */
    private Path smallDisk(String name, String size) throws Exception {
        var disk = tmp.resolve(name);
        Files.createDirectories(disk);
        var mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(mount.waitFor() == 0, "a small tmpfs cannot be mounted here");
        return disk;
    }

    private static void unmount(Path disk) throws Exception {
        assertEquals(0, new ProcessBuilder("umount", disk.toString()).start().waitFor(),
                "nothing of the run is left open on the full disk");
    }

    /** Forty distinct copies of a report (9 kB each; 584 kB of values.csv). */
    private Path fortyReports() throws IOException {
        var in = tmp.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < 40; i++) {
            Files.write(in.resolve("r" + i + ".txt"), (new String(SEED, StandardCharsets.UTF_8) + "\n".repeat(i))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return in;
    }

    @Test
    void aFullDiskDuringARunIsOneClearLineAndLeavesNoTruncatedFile() throws Exception {
        var disk = smallDisk("small-disk", "600k");
        try {
            var in = fortyReports();
            var r = extract(in.toString(), "--out", disk.resolve("out").toString(), "--isolation", "threads");
            assertEquals(3, r.code(), r.err());
            assertTrue(r.reason().contains("the disk is full"), r.err());
            for (var f : List.of("reports.csv", "values.csv", "checks.csv")) {
                assertFalse(Files.exists(disk.resolve("out").resolve(f)) && Files.size(disk.resolve("out").resolve(f)) == 0,
                        f + " is no truncated file");
            }
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aFullDiskDuringExportLeavesThePreviousFilesOfEveryFormat() throws Exception {
        var disk = smallDisk("export-disk", "4m");
        try {
            var in = fortyReports();
            var out = disk.resolve("out");
            String[] run = {in.toString(), "--out", out.toString(), "--isolation", "threads", "--format",
                "csv,parquet,xlsx", "--resume"};
            assertEquals(0, extract(run).code());
            var previous = new java.util.TreeMap<String, byte[]>();
            try (var files = Files.list(out)) {
                for (var f : files.filter(f -> f.toString().matches(".*\\.(csv|parquet|xlsx|json|do|R)")).toList()) {
                    previous.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
            assertEquals(13, previous.size(), previous.keySet().toString());
            // Room left for the store's few pages and reports.csv (29 kB), not for values.csv (584 kB).
            long room = 300 * 1024;
            Files.write(disk.resolve("filler"), new byte[(int) (Files.getFileStore(disk).getUsableSpace() - room)]);
            var r = extract(run);
            assertEquals(3, r.code(), r.err());
            assertTrue(r.reason().contains("cannot write the data set in") && r.reason().contains("the disk is full"),
                    r.err());
            try (var files = Files.list(out)) {
                assertEquals(List.of(), files.filter(f -> f.toString().endsWith(ResultStore.PARTIAL)).toList());
            }
            for (var e : previous.entrySet()) {
                assertArrayEquals(e.getValue(), Files.readAllBytes(out.resolve(e.getKey())), e.getKey() + " as it was");
            }
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstRuns() throws Exception {
        var input = tmp.resolve("a.txt");
        Files.write(input, SEED);
        var out = tmp.resolve("out");
        try (var lock = nianbao.output.OutputLock.acquire(out)) {
            var r = extract(input.toString(), "--out", out.toString());
            assertEquals(3, r.code());
            assertTrue(r.reason().contains("another run is writing into it"), r.err());
        }
        assertEquals(0, extract(input.toString(), "--out", out.toString()).code(), "free again once it ends");
    }

    @Test
    void aKillDuringExportLeavesThePreviousFilesNeverATruncatedOne() throws Exception {
        var in = tmp.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < 300; i++) {
            Files.write(in.resolve(String.format("r%03d.txt", i)), (new String(SEED, StandardCharsets.UTF_8)
                    + "\n".repeat(i)).getBytes(StandardCharsets.UTF_8));
        }
        var out = tmp.resolve("out");
        var files = List.of("values.csv", "reports.csv", "values.parquet", "reports.parquet");
        assertEquals(0, Main.execute("extract", in.resolve("r000.txt").toString(), "--out", out.toString(),
                "--isolation", "threads", "--format", "csv,parquet"));
        var previous = new java.util.HashMap<String, byte[]>();
        for (var f : files) {
            previous.put(f, Files.readAllBytes(out.resolve(f)));
        }
        // Again over all of them, killed as soon as the Parquet files are begun: the CSV files are then
        // written whole under their unfinished names, the Parquet ones half.
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nianbao.cli.Main", "extract", in.toString(),
                "--out", out.toString(), "--isolation", "threads", "--jobs", "2", "--format", "csv,parquet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        var partial = out.resolve("reports.parquet" + ResultStore.PARTIAL);
        while (process.isAlive() && !Files.exists(partial) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(process.isAlive(), "killed during its export, not after it");
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        var whole = tmp.resolve("whole");
        assertEquals(0, Main.execute("extract", in.toString(), "--out", whole.toString(), "--isolation", "threads",
                "--format", "csv,parquet"));
        for (var f : files) {
            byte[] after = Files.readAllBytes(out.resolve(f));
            byte[] complete = Files.readAllBytes(whole.resolve(f));
            // Either the previous file or the new one whole (the kill came after its rename): never a part.
            assertTrue(java.util.Arrays.equals(after, previous.get(f)) || java.util.Arrays.equals(after, complete),
                    f + " is " + after.length + " bytes: neither the previous " + previous.get(f).length
                            + " nor the whole " + complete.length);
        }
    }

    @Test
    void aRunWithoutALocaleReadsAndWritesChineseNames() throws Exception {
        var in = tmp.resolve("年报");
        Files.createDirectories(in);
        Files.write(in.resolve("盐边县.txt"), SEED);
        var out = tmp.resolve("输出");
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nianbao.cli.Main", "extract", in.toString(),
                "--out", out.toString(), "--isolation", "threads").redirectErrorStream(true);
        // As under cron: no LANG, no LC_*.
        builder.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        var process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), said);
        assertTrue(Files.readString(out.resolve("reports.csv")).contains("年报/盐边县.txt,text,ok"), said);
    }

    @Test
    void linesOnAFileThatCannotBeReadIsOneClearLine() throws Exception {
        var err = new ByteArrayOutputStream();
        var before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(3, Main.execute("lines", tmp.resolve("missing.txt").toString()));
            assertEquals(3, Main.execute("lines", tmp.toString()));
        } finally {
            System.setErr(before);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("file not found"), err.toString());
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("\tat "), err.toString());
    }
}
