package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nianbao.Corpus;
import nianbao.cli.Main;
import nianbao.output.ResultStore;
import nianbao.report.Outcome;
import nianbao.report.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document past its time limit fails with the reason and the batch goes on: its readers stop it;
 * one they cannot stop is ended with its worker process, as is one that exhausts its memory, and the
 * documents after it read as they would alone.
 */
class TimeLimitTest {

    @TempDir
    Path tmp;

    private static final byte[] GOOD = bytes("text/seeds/001_359eaca1bd706430.txt");

    private static byte[] bytes(String corpus) {
        try {
            return Files.readAllBytes(Corpus.path(corpus));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theReadersStopADocumentPastItsTime() {
        var o = new Pipeline().process(Corpus.path("pdf/real/huaian-city-2024.pdf"), "slow.pdf", Duration.ofNanos(1));
        assertEquals(Status.FAILED, o.status());
        assertTrue(o.findings().get(0).message().contains("time limit"), o.findings().toString());
    }

    @Test
    void aDocumentThatWillNotStopIsEndedWithItsWorkerProcessAndTheNextOneIsRead() {
        var alone = new Pipeline().process(GOOD, "good.txt");
        try (var pool = new WorkerPool(1, Pipeline.Settings.DEFAULT, Duration.ofSeconds(1),
                MisbehavingWorker.class, 256)) {
            long start = System.nanoTime();
            var stuck = pool.process(GOOD, "stall.txt", Pipeline.Hints.NONE);
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos());
            assertEquals(Status.FAILED, stuck.status());
            assertTrue(stuck.findings().get(0).message().contains("did not finish within the time limit of 1 s"),
                    stuck.findings().toString());
            assertEquals(Pipeline.docId(GOOD), stuck.docId());
            var next = pool.process(GOOD, "good.txt", Pipeline.Hints.NONE);
            assertEquals(alone, next, "the document after it reads as it does alone");
        }
    }

    @Test
    void aDocumentThatExhaustsMemoryEndsItsWorkerProcessAlone() {
        try (var pool = new WorkerPool(1, Pipeline.Settings.DEFAULT, Duration.ofSeconds(60),
                MisbehavingWorker.class, 256)) {
            var exhausted = pool.process(GOOD, "exhaust.txt", Pipeline.Hints.NONE);
            assertEquals(Status.FAILED, exhausted.status());
            assertTrue(exhausted.findings().get(0).message().contains("ran out of memory"), exhausted.findings().toString());
            assertEquals(Status.OK, pool.process(GOOD, "good.txt", Pipeline.Hints.NONE).status());
        }
    }

    @Test
    void aNamedPipeGivenOnTheCommandLineFailsAtOnceAsNotARegularFile() throws Exception {
        // Reading a named pipe nobody writes to would wait forever.
        var pipe = tmp.resolve("stuck.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        var good = tmp.resolve("good.txt");
        Files.write(good, GOOD);
        var out = tmp.resolve("out");
        long start = System.nanoTime();
        assertEquals(1, Main.execute("extract", pipe.toString(), good.toString(), "--out", out.toString(),
                "--timeout", "60", "--jobs", "1"));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
        var reports = Files.readString(out.resolve("reports.csv"));
        assertTrue(reports.contains("good.txt") && reports.contains(",ok,"), reports);
        var checks = Files.readString(out.resolve("checks.csv"));
        assertTrue(checks.contains("stuck.txt") && checks.contains("not a regular file"), checks);
    }

    @Test
    void inThreadsADocumentStuckWhereNoCheckReachesIsAbandonedAndTheRunGoesOn() throws Exception {
        var in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("a-stall.txt"), GOOD);
        Files.write(in.resolve("b-good.txt"), GOOD);
        var pipeline = new Pipeline();
        var stuck = reading(pipeline, source -> {
            if (source.contains("stall")) {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
            }
        });
        var out = tmp.resolve("out");
        long start = System.nanoTime();
        try (var store = ResultStore.open(out, true)) {
            new Batch(pipeline, stuck, 1, Duration.ofSeconds(1)).run(List.of(in.toString()), store, Batch.Listener.NONE);
            nianbao.output.Export.csv(store, out, false);
        }
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
        var checks = Files.readString(out.resolve("checks.csv"));
        assertTrue(checks.contains("a-stall.txt") && checks.contains("abandoned"), checks);
        assertTrue(Files.readString(out.resolve("reports.csv")).contains("b-good.txt"));
    }

    @Test
    void anErrorOutsideTheReadersFailsItsDocumentAndReleasesItsWorker() throws Exception {
        var in = tmp.resolve("in");
        Files.createDirectories(in);
        for (var name : List.of("a-oom.txt", "b-good.txt", "c-oom.txt", "d-good.txt")) {
            Files.write(in.resolve(name), GOOD);
        }
        var pipeline = new Pipeline();
        var failing = reading(pipeline, source -> {
            if (source.contains("oom")) {
                throw new OutOfMemoryError("Java heap space");
            }
        });
        var out = tmp.resolve("out");
        try (var store = ResultStore.open(out, true)) {
            // One worker: had the error kept its permit, the second document would wait forever.
            new Batch(pipeline, failing, 1, Duration.ofSeconds(30)).run(List.of(in.toString()), store,
                    Batch.Listener.NONE);
            nianbao.output.Export.csv(store, out, false);
        }
        var checks = Files.readString(out.resolve("checks.csv"));
        assertTrue(checks.contains("a-oom.txt") && checks.contains("ran out of memory"), checks);
        // b and d are the same bytes: one document of two paths.
        assertEquals(4, Files.readAllLines(out.resolve("reports.csv")).size(), "a header and three documents");
    }

    /** Files read in this thread by the pipeline, after {@code before} has had the source (to stall or throw). */
    private static Extractor reading(Pipeline pipeline, java.util.function.Consumer<String> before) {
        return new Extractor() {
            @Override
            public Outcome process(Path file, String source) {
                before.accept(source);
                return pipeline.process(file, source, Duration.ZERO);
            }

            @Override
            public Outcome process(byte[] bytes, String source, Pipeline.Hints hints) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
            }
        };
    }
}
