package nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.output.Columns;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job killed (as a lost driver is: {@code kill -9}) between its waves, then run again with
 * {@code --resume}: what the committed waves read is not read again, what was in flight is, and the
 * data set is the one a job never killed writes, with no row twice.
 */
class KilledJobTest {

    @Test
    void aKilledJobRunAgainWithResumeLosesAndDuplicatesNothing(@TempDir Path dir) throws Exception {
        String inputs = "corpus/text";
        long total = nianbao.pipeline.Inputs.count(List.of(inputs), null);
        var job = dir.resolve("job");
        var documents = new org.apache.hadoop.fs.Path(job.resolve(ExtractJob.DOCUMENTS).toUri());
        var fs = documents.getFileSystem(new Configuration());

        var first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1", ExtractJob.class.getName(),
                "--inputs", inputs, "--out", job.toString(), "--isolation", "threads", "--wave", "5")
                .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile());
        first.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        var process = first.start();
        long deadline = System.nanoTime() + 180_000_000_000L;
        int committed = 0;
        while (System.nanoTime() < deadline && process.isAlive()) {
            committed = fs.exists(documents) ? countCommitted(fs, documents) : 0;
            if (committed >= 2) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(process.isAlive(), "the first job ended before it could be killed: " + Files.readString(dir.resolve("first.log")));
        process.destroyForcibly().waitFor();
        assertTrue(committed >= 2, "no wave committed in time: " + Files.readString(dir.resolve("first.log")));
        assertFalse(Files.exists(job.resolve("reports")), "the killed job got as far as its tables");

        var spark = LocalSpark.start();
        try {
            var resumed = ExtractJob.run(spark, "--inputs", inputs, "--out", job.toString(), "--resume", "--isolation",
                    "threads", "--wave", "40");
            assertEquals(total, resumed.inputs());
            assertEquals(total, resumed.read() + resumed.reused());
            assertTrue(resumed.reused() >= 5L * committed, "reused " + resumed.reused() + " of " + committed + " waves");
            // Each input read once in all: the wave in flight at the kill left nothing behind.
            var waves = spark.read().parquet(ExtractJob.committedWaves(fs, documents).toArray(String[]::new));
            assertEquals(total, waves.count());
            assertEquals(total, waves.select("source").distinct().count());

            var again = ExtractJob.run(spark, "--inputs", inputs, "--out", job.toString(), "--resume", "--isolation",
                    "threads");
            assertEquals(0, again.read(), "a finished job resumed reads nothing");

            var never = dir.resolve("never-killed");
            ExtractJob.run(spark, "--inputs", inputs, "--out", never.toString(), "--isolation", "threads");
            for (var table : List.of(Columns.REPORTS, Columns.VALUES, Columns.CHECKS)) {
                ExtractJobTest.assertRowsEqual(ExtractJobTest.rows(ExtractJobTest.read(spark, never, table), table),
                        ExtractJobTest.rows(ExtractJobTest.read(spark, job, table), table), table.name());
            }
        } finally {
            spark.stop();
        }
    }

    private static int countCommitted(org.apache.hadoop.fs.FileSystem fs, org.apache.hadoop.fs.Path documents)
            throws java.io.IOException {
        int n = 0;
        for (var wave : fs.listStatus(documents)) {
            if (fs.exists(new org.apache.hadoop.fs.Path(wave.getPath(), ExtractJob.COMMITTED))) {
                n++;
            }
        }
        return n;
    }
}
