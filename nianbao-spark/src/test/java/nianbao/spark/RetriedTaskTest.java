package nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that fails part way through its documents, after the rows of the first were handed to the
 * writer, and is retried by Spark: every input is in the committed wave once, and every document in
 * the tables once.
 */
class RetriedTaskTest {

    @Test
    void aTaskRetriedByItsSparkGivesNoRowTwice(@TempDir Path dir) throws Exception {
        var in = Files.createDirectories(dir.resolve("in"));
        try (var reports = Files.list(Path.of("corpus/text/rendered"))) {
            for (var report : reports.sorted().limit(8).toList()) {
                Files.copy(report, in.resolve(report.getFileName()));
            }
        }
        // Last in the listing, so that the task has read the other seven when it fails.
        Files.copy(Path.of("corpus/text/seeds/001_359eaca1bd706430.txt"), in.resolve("z-fail-once.txt"));
        var job = dir.resolve("job");

        // local[2,3]: two threads, a task tried up to three times.
        var spark = LocalSpark.start("local[2,3]", Map.of("spark.hadoop.fs.flaky.impl", FlakyFileSystem.class.getName()));
        try {
            var summary = ExtractJob.run(spark, "--inputs", "flaky://" + in, "--out", job.toString(), "--isolation",
                    "threads", "--partitions", "1");
            assertTrue(FlakyFileSystem.FAILED.stream().anyMatch(f -> f.endsWith("z-fail-once.txt")), "no task failed");
            assertEquals(9, summary.inputs());
            var documents = new org.apache.hadoop.fs.Path(job.resolve(ExtractJob.DOCUMENTS).toUri());
            var waves = spark.read().parquet(ExtractJob.committedWaves(documents.getFileSystem(new Configuration()),
                    documents).toArray(String[]::new));
            assertEquals(9, waves.count(), "rows in the committed wave");
            assertEquals(9, waves.select("source").distinct().count());
            var reports = ExtractJobTest.read(spark, job, nianbao.output.Columns.REPORTS);
            assertEquals(reports.select("doc_id").distinct().count(), reports.count());
            assertEquals(0, reports.where("status = 'failed'").count(), "the failed read was the task's, not a document's");
        } finally {
            spark.stop();
        }
    }
}
