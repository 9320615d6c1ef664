package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nianbao.Corpus;
import nianbao.Databases;
import nianbao.cli.Main;
import nianbao.output.ResultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed half way and resumed gives the output of an uninterrupted run, byte for byte. */
class ResumeTest {

    private static final List<String> FILES = List.of("reports.csv", "values.csv", "checks.csv", "codebook.csv");

    @TempDir
    Path tmp;

    @Test
    void killedHalfWayAndResumedItGivesTheSameOutputAsAnUninterruptedRun() throws Exception {
        var in = tmp.resolve("in");
        // Six copies of the text corpus, over a hundred reports: the run is killed after a few.
        var seeds = new ArrayList<Path>();
        try (var files = Files.walk(Corpus.path("text"))) {
            files.filter(Files::isRegularFile).sorted().forEach(seeds::add);
        }
        for (int copy = 0; copy < 6; copy++) {
            for (var seed : seeds) {
                var target = in.resolve("copy" + copy).resolve(seed.getFileName());
                Files.createDirectories(target.getParent());
                // Distinct bytes for each copy, so that they are distinct documents.
                Files.writeString(target, Files.readString(seed) + "\n" + "　".repeat(copy));
            }
        }
        var whole = tmp.resolve("whole");
        // 1: the text corpus holds pages that are no report (a letter, a list of reports), failed on purpose.
        assertEquals(1, Main.execute("extract", in.toString(), "--out", whole.toString(), "--jobs", "1"));

        var resumed = tmp.resolve("resumed");
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nianbao.cli.Main", "extract", in.toString(),
                "--out", resumed.toString(), "--jobs", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        var db = resumed.resolve(ResultStore.FILE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && doneSoFar(db) < 5 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        process.destroyForcibly().waitFor();
        int killedAt = doneSoFar(db);
        assertTrue(killedAt > 0 && killedAt < seeds.size() * 6, "killed after " + killedAt + " documents");
        assertTrue(!Files.exists(resumed.resolve("reports.csv")), "killed before it wrote its CSV files");

        var log = tmp.resolve("resume.log");
        var resume = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nianbao.cli.Main", "extract", in.toString(),
                "--out", resumed.toString(), "--jobs", "2", "--resume")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(1, resume.waitFor());
        String said = Files.readString(log);
        assertTrue(said.contains("resuming: ") && !said.contains("resuming: 0 of"), said);
        for (var file : FILES) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(resumed.resolve(file)), file);
        }
    }

    @Test
    void twoRunsOverTheSameInputsGiveTheSameBytesAndTheSameBytesAtTwoPathsAreOneDocument() throws Exception {
        var in = tmp.resolve("in");
        var seed = Files.readAllBytes(Corpus.path("text/seeds/001_359eaca1bd706430.txt"));
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        Files.write(in.resolve("a/盐边县.txt"), seed);
        Files.write(in.resolve("b/yanbian copy.txt"), seed);
        Files.copy(Corpus.path("text/seeds/000_ce53ede49b27b1e1.txt"), in.resolve("c.txt"));
        var first = tmp.resolve("first");
        var second = tmp.resolve("second");
        assertEquals(0, Main.execute("extract", in.toString(), "--out", first.toString(), "--jobs", "2"));
        assertEquals(0, Main.execute("extract", in.toString(), "--out", second.toString(), "--jobs", "1"));
        for (var file : FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        var reports = Files.readAllLines(first.resolve("reports.csv"));
        assertEquals(3, reports.size(), "a header and two documents");
        assertTrue(reports.get(1).endsWith(in.resolve("a/盐边县.txt") + ResultStore.SOURCES_SEPARATOR
                + in.resolve("b/yanbian copy.txt")), reports.get(1));
        long figures = Files.readAllLines(first.resolve("values.csv")).stream().filter(l -> l.contains("app_new_person"))
                .count();
        assertEquals(1, figures, "the same document's figures once");
    }

    private static int doneSoFar(Path db) {
        return Databases.count(db, "SELECT COUNT(*) FROM inputs");
    }
}
