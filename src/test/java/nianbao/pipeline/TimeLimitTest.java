package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nianbao.Corpus;
import nianbao.cli.Main;
import nianbao.report.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document past its time limit fails with the reason; one that cannot be stopped is abandoned. */
class TimeLimitTest {

    @TempDir
    Path tmp;

    @Test
    void theReadersStopADocumentPastItsTime() {
        var o = new Pipeline().process(Corpus.path("pdf/real/huaian-city-2024.pdf"), "slow.pdf", Duration.ofNanos(1));
        assertEquals(Status.FAILED, o.status());
        assertTrue(o.findings().get(0).message().contains("time limit"), o.findings().toString());
    }

    @Test
    void aDocumentStuckWhereNoCheckReachesIsAbandonedAndTheRunGoesOn() throws Exception {
        // Reading a named pipe nobody writes to blocks, outside any reader's checks.
        var pipe = tmp.resolve("stuck.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        var good = tmp.resolve("good.txt");
        Files.copy(Corpus.path("text/seeds/001_359eaca1bd706430.txt"), good);
        var out = tmp.resolve("out");
        long start = System.nanoTime();
        assertEquals(1, Main.execute("extract", pipe.toString(), good.toString(), "--out", out.toString(),
                "--timeout", "1", "--jobs", "1"));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
        var reports = Files.readString(out.resolve("reports.csv"));
        assertTrue(reports.contains("good.txt") && reports.contains(",ok,"), reports);
        var checks = Files.readString(out.resolve("checks.csv"));
        assertTrue(checks.contains("stuck.txt") && checks.contains("abandoned"), checks);
    }
}
