package nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.cli.Main;
import nianbao.output.Columns;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's local mode against {@code extract --format parquet} on the same inputs: the
 * same rows, column for column, the same types, the same descriptions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractJobTest {

    private SparkSession spark;

    @BeforeAll
    void start() {
        spark = LocalSpark.start();
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void theCorpusThroughTheJobGivesExactlyWhatExtractGives(@TempDir Path dir) throws Exception {
        var corpus = Path.of("corpus").toAbsolutePath();
        // The same bytes at a second path, outside the corpus: one document with both paths, in both.
        var copies = Files.createDirectories(dir.resolve("copies"));
        var original = corpus.resolve("pdf/real/hongze-district-2024.pdf");
        Files.copy(original, copies.resolve("hongze-again.pdf"));
        var manifest = Files.writeString(dir.resolve("inputs.txt"),
                "# the corpus, then a copy of one of its files\n" + corpus + "\n\n" + copies + "\n");

        var summary = sameAsExtract(dir, List.of(corpus.toString(), copies.toString()), manifest.toString());

        assertEquals(nianbao.pipeline.Inputs.count(List.of(corpus.toString()), null) + 1, summary.inputs());
        var reports = read(spark, dir.resolve("job"), Columns.REPORTS);
        assertEquals(original + " | " + copies.resolve("hongze-again.pdf"),
                reports.where(functions.col("source").equalTo(original.toString())).first().getAs("sources"));
        assertEquals(summary.documentsByStatus().values().stream().mapToLong(Long::longValue).sum(), reports.count());
    }

    @Test
    void theCheckAcrossYearsRunsPerAgencyAsExtractRunsIt(@TempDir Path dir) throws Exception {
        // 淮安市's report on 2024 (carried over 103 applications), and the same report made one on 2025:
        // it carries in 34, not 103, and the check across years says so on the later one.
        var in = Files.createDirectories(dir.resolve("in"));
        var report = Files.readString(Path.of("corpus/text/pdftotext/huaian-city-2024.txt"));
        Files.writeString(in.resolve("huaian-2024.txt"), report);
        Files.writeString(in.resolve("huaian-2025.txt"), report.replace("2024 年", "2025 年"));
        Files.copy(Path.of("corpus/text/seeds/001_359eaca1bd706430.txt"), in.resolve("yanbian-2024.txt"));

        sameAsExtract(dir, List.of(in.toString()), in.toString());

        var checks = read(spark, dir.resolve("job"), Columns.CHECKS).where("check = 'identity_cross_year'");
        assertTrue(checks.count() > 0, "no finding across years");
        assertEquals(List.of(in.resolve("huaian-2025.txt").toString()),
                checks.select("source").distinct().collectAsList().stream().map(r -> r.getString(0)).toList());
    }

    @Test
    void aHostileFileFailsAloneWithItsReasonAndTheJobGoesOn(@TempDir Path dir) throws Exception {
        var in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus/text/seeds/001_359eaca1bd706430.txt"), in.resolve("a-good.txt"));
        Files.copy(Path.of("corpus/pdf/real/hongze-district-2024.pdf"), in.resolve("b-good.pdf"));
        Files.write(in.resolve("empty.pdf"), new byte[0]);
        var pdf = Files.readAllBytes(Path.of("corpus/pdf/real/hongze-district-2024.pdf"));
        Files.write(in.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        var noise = new byte[300_000];
        new java.util.Random(11).nextBytes(noise);
        Files.write(in.resolve("noise.doc"), noise);
        Files.write(in.resolve("too-large.html"), new byte[2 * 1024 * 1024]);

        var summary = sameAsExtract(dir, List.of(in.toString()), in.toString(), "--max-mb", "1", "--isolation",
                "processes");

        assertEquals(6, summary.inputs());
        var reports = read(spark, dir.resolve("job"), Columns.REPORTS);
        assertEquals(List.of(in.resolve("a-good.txt").toString(), in.resolve("b-good.pdf").toString()),
                reports.where("status <> 'failed'").orderBy("source").select("source").collectAsList().stream()
                        .map(r -> r.getString(0)).toList());
        var reasons = read(spark, dir.resolve("job"), Columns.CHECKS).where("check = 'read_failed'").orderBy("source")
                .select("message").collectAsList().stream().map(r -> r.getString(0)).toList();
        assertEquals(4, reasons.size(), reasons.toString());
        assertEquals("empty file (0 bytes)", reasons.get(0));
        assertTrue(reasons.get(2).contains("more than the limit of 1 MiB"), reasons.get(2));
    }

    /**
     * Runs extract on the arguments and the job on the inputs (in threads unless told otherwise), and
     * checks that the three tables hold the same rows and the descriptions the same text.
     */
    private ExtractJob.Summary sameAsExtract(Path dir, List<String> extractArguments, String jobInputs,
                                             String... options) throws Exception {
        var both = new ArrayList<>(List.of(options));
        if (!both.contains("--isolation")) {
            both.addAll(List.of("--isolation", "threads"));
        }
        var extracted = dir.resolve("extract");
        var extract = new ArrayList<>(List.of("extract"));
        extract.addAll(extractArguments);
        extract.addAll(List.of("--out", extracted.toString(), "--format", "parquet", "--jobs", "2"));
        extract.addAll(both);
        int code = Main.execute(extract.toArray(String[]::new));
        assertTrue(code == 0 || code == 1, "extract ended with " + code);
        var job = dir.resolve("job");
        var arguments = new ArrayList<>(List.of("--inputs", jobInputs, "--out", job.toString(), "--wave", "40"));
        arguments.addAll(both);
        var summary = ExtractJob.run(spark, arguments.toArray(String[]::new));

        for (var table : List.of(Columns.REPORTS, Columns.VALUES, Columns.CHECKS)) {
            var expected = spark.read().parquet(extracted.resolve(table.name() + ".parquet").toString());
            // Each file as written, without the year its folder names: extract's types, column for column.
            var files = spark.read().parquet(partFiles(job.resolve(table.name())));
            assertEquals(types(expected, table), types(files, table), table.name() + ": column types");
            assertRowsEqual(rows(expected, table), rows(read(spark, job, table), table), table.name());
        }
        for (var name : List.of("codebook.csv", "datapackage.json", "labels.do", "read_nianbao.R")) {
            assertEquals(Files.readString(extracted.resolve(name)), Files.readString(job.resolve(name)), name);
        }
        return summary;
    }

    static void assertRowsEqual(List<String> want, List<String> got, String table) {
        assertTrue(want.size() > 0, table + ": no rows");
        assertEquals(want.size(), got.size(), table + ": rows");
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.get(i), got.get(i), table + ": row " + i);
        }
    }

    /** A table of the job's as a user reads it: its folder, with the year its partitions name typed as extract types it. */
    static Dataset<Row> read(SparkSession spark, Path job, Columns.Table table) {
        var schema = DataSetTables.schema(table);
        schema = new org.apache.spark.sql.types.StructType(java.util.Arrays.stream(schema.fields())
                .filter(f -> !f.name().startsWith("_")).toArray(org.apache.spark.sql.types.StructField[]::new));
        return spark.read().schema(schema).parquet(job.resolve(table.name()).toString());
    }

    /** A table's columns and their types, in the table's order, but for the year (the job's is its folders'). */
    private static List<String> types(Dataset<Row> table, Columns.Table columns) {
        var out = new ArrayList<String>();
        for (var c : columns.columns()) {
            if (!c.name().equals("year")) {
                out.add(c.name() + " " + table.schema().apply(c.name()).dataType().simpleString());
            }
        }
        return out;
    }

    /** The Parquet files of a table's folder, named one by one: read so, they have no partition columns. */
    static String[] partFiles(Path table) throws java.io.IOException {
        try (var walk = Files.walk(table)) {
            return walk.filter(p -> p.toString().endsWith(".parquet")).map(Path::toString).sorted().toArray(String[]::new);
        }
    }

    /** A table's rows as text, its columns in the table's order, sorted. */
    static List<String> rows(Dataset<Row> table, Columns.Table columns) {
        var names = columns.columns().stream().map(c -> functions.col(c.name())).toList();
        var out = new ArrayList<String>();
        for (var r : table.select(names.toArray(org.apache.spark.sql.Column[]::new)).collectAsList()) {
            out.add(r.mkString("\u001f"));
        }
        out.sort(null);
        return out;
    }
}
