package nianbao.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nianbao.output.Export;
import nianbao.output.ExtractorVersion;
import nianbao.cli.ReadingOptions;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * {@code extract} on Apache Spark: {@code spark-submit --class nianbao.spark.ExtractJob
 * nianbao-spark.jar --inputs MANIFEST_OR_GLOB --out DIR}. The documents are listed on the driver,
 * spread over partitions by size, and read by the executors with {@code extract}'s pipeline; what
 * they read is committed in waves under {@code DIR/_documents/} (a killed job loses at most the wave
 * in flight, and {@code --resume} reads only what no committed wave holds); then the data set is
 * made from it by Spark aggregations (the same bytes at several paths, the check across years) and
 * written as Parquet tables partitioned by year, with the codebook and {@code datapackage.json}.
 */
@Command(name = "nianbao-spark", mixinStandardHelpOptions = true, versionProvider = ExtractJob.Version.class,
        description = "Extracts government information-disclosure annual reports on Apache Spark.")
public final class ExtractJob implements Callable<Integer> {

    /** Where the rows of the documents read are kept, one folder per committed wave. */
    static final String DOCUMENTS = "_documents";
    static final String COMMITTED = "_SUCCESS";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--inputs", required = true, paramLabel = "MANIFEST_OR_GLOB",
            description = "a manifest (one path, folder or glob per line), a glob or a folder; any file system Hadoop reads")
    String inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (any file system Hadoop writes)")
    String out;

    @Option(names = "--resume", description = "go on with a job that was stopped: inputs a committed wave read (same path,"
            + " size and time, same extractor) are not read again")
    boolean resume;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "tasks per wave (default: 4 per core of the cluster)")
    int partitions;

    @Option(names = "--wave", paramLabel = "N", defaultValue = "50000",
            description = "documents per committed wave (default: ${DEFAULT-VALUE})")
    int wave;

    /** The time limit, page and size limits, OCR and isolation: extract's own options. */
    @CommandLine.Mixin
    ReadingOptions reading;

    @Option(names = "--worker-heap-mb", paramLabel = "MIB", defaultValue = "1024",
            description = "heap of each worker process (default: ${DEFAULT-VALUE}); count it in spark.executor.memoryOverhead")
    long workerHeapMb;

    @Option(names = "--no-bom", description = "write the codebook without a byte-order mark")
    boolean noBom;

    /** What a job did. */
    public record Summary(long inputs, long read, long reused, Map<String, Long> documentsByStatus) {
    }

    private Summary summary;

    public static void main(String[] args) {
        var spark = SparkSession.builder().appName("nianbao").getOrCreate();
        int code;
        try {
            code = new CommandLine(new ExtractJob(spark)).execute(args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    private final SparkSession spark;

    ExtractJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs the job in a session (tests run it in local mode). */
    public static Summary run(SparkSession spark, String... args) {
        var job = new ExtractJob(spark);
        var line = new CommandLine(job);
        int code = line.execute(args);
        if (code != 0) {
            throw new IllegalArgumentException("nianbao-spark ended with exit code " + code);
        }
        return job.summary;
    }

    @Override
    public Integer call() throws IOException {
        reading.check(spec.commandLine());
        if (wave < 1 || partitions < 0 || workerHeapMb < 128) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--wave must be at least 1, --partitions at least 0, --worker-heap-mb at least 128");
        }
        // Dates as java.time, as the records hold them.
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        // The documents are cached between the three tables: let adaptive execution size their
        // partitions (else 200, spark.sql.shuffle.partitions, and 200 files per table on 2,000
        // documents: 86 s against 69 s on the bench corpus in local[2]).
        spark.conf().set("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
        var conf = spark.sparkContext().hadoopConfiguration();
        var outPath = new Path(out);
        var fs = outPath.getFileSystem(conf);
        var documents = new Path(outPath, DOCUMENTS);
        if (!resume) {
            for (var name : List.of(DOCUMENTS, "reports", "values", "checks")) {
                fs.delete(new Path(outPath, name), true);
            }
        }
        fs.mkdirs(documents);
        var committed = committedWaves(fs, documents);

        var listing = InputListing.list(inputs, conf, outPath);
        var done = new HashSet<String>();
        if (!committed.isEmpty()) {
            for (var r : read(committed).select(DataSetTables.inputKey()).distinct().collectAsList()) {
                done.add(r.getString(0));
            }
        }
        var todo = listing.stream().filter(i -> !done.contains(i.key())).toList();
        var pipeline = reading.settings();
        var settings = new DocumentReader.Settings(pipeline.maxPages(), pipeline.maxBytes(), pipeline.ocr(),
                reading.timeout().toSeconds(), reading.isolation() == ReadingOptions.Isolation.PROCESSES, workerHeapMb);
        var hadoop = new HadoopConf(conf);
        String run = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
        var jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int tasks = partitions > 0 ? partitions : 4 * jsc.defaultParallelism();
        for (int from = 0, n = 0; from < todo.size(); from += wave, n++) {
            var inputsOfWave = todo.subList(from, Math.min(todo.size(), from + wave));
            String name = run + "-" + String.format("%05d", n);
            readWave(jsc, inputsOfWave, Math.min(tasks, inputsOfWave.size()), name, settings, hadoop)
                    .write().parquet(new Path(documents, name).toString());
            committed.add(new Path(documents, name).toString());
        }

        var places = new ArrayList<Row>(listing.size());
        for (var i : listing) {
            places.add(RowFactory.create(i.key(), i.seq()));
        }
        var listed = spark.createDataFrame(places, DataTypes.createStructType(List.of(
                DataTypes.createStructField("input_key", DataTypes.StringType, false),
                DataTypes.createStructField("seq", DataTypes.LongType, false))));
        var byStatus = committed.isEmpty() ? Map.<String, Long>of()
                : DataSetTables.write(spark, read(committed), listed, outPath.toString());
        writeDescriptions(fs, outPath);
        summary = new Summary(listing.size(), todo.size(), listing.size() - todo.size(), byStatus);
        System.out.println(listing.size() + " inputs: " + todo.size() + " read, " + (listing.size() - todo.size())
                + " already read; documents by status: " + byStatus + "; written to " + out);
        return 0;
    }

    /** One wave's inputs read by the executors, spread over tasks by size. */
    private Dataset<Row> readWave(JavaSparkContext jsc, List<InputFile> inputs, int tasks, String wave,
                                  DocumentReader.Settings settings, HadoopConf hadoop) {
        int[] partition = SizePartitions.assign(inputs, tasks);
        var keyed = new ArrayList<Tuple2<Integer, InputFile>>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            keyed.add(new Tuple2<>(partition[i], inputs.get(i)));
        }
        // An Integer key k goes to partition k of a HashPartitioner of `tasks`: each task its share.
        var rows = jsc.parallelizePairs(keyed, tasks).partitionBy(new HashPartitioner(tasks)).values()
                .mapPartitions(it -> DocumentReader.read(it, wave, settings, hadoop));
        return spark.createDataFrame(rows, DocumentRows.SCHEMA);
    }

    /** What the committed waves read with this extractor (another's readings are read again). */
    private Dataset<Row> read(List<String> waves) {
        return spark.read().schema(DocumentRows.SCHEMA).parquet(waves.toArray(String[]::new))
                .where(functions.col("extractor").equalTo(ExtractorVersion.current()));
    }

    /** The waves a job committed; a wave a killed job left unfinished is deleted (its inputs are read again). */
    static List<String> committedWaves(FileSystem fs, Path documents) throws IOException {
        var out = new ArrayList<String>();
        if (!fs.exists(documents)) {
            return out;
        }
        for (var status : fs.listStatus(documents)) {
            if (!status.isDirectory()) {
                continue;
            }
            if (fs.exists(new Path(status.getPath(), COMMITTED))) {
                out.add(status.getPath().toString());
            } else {
                fs.delete(status.getPath(), true);
            }
        }
        out.sort(null);
        return out;
    }

    /** The codebook and the other descriptions, written here and copied beside the tables. */
    private void writeDescriptions(FileSystem fs, Path outPath) throws IOException {
        var local = java.nio.file.Files.createTempDirectory("nianbao-descriptions");
        try {
            for (var name : Export.descriptions(local, !noBom)) {
                fs.copyFromLocalFile(true, true, new Path(local.resolve(name).toUri()), new Path(outPath, name));
            }
        } finally {
            try (var left = java.nio.file.Files.list(local)) {
                for (var p : left.toList()) {
                    java.nio.file.Files.deleteIfExists(p);
                }
            } catch (UncheckedIOException ignored) {
                // A temporary folder: the system's to clean.
            }
            java.nio.file.Files.deleteIfExists(local);
        }
    }

    /** The version line: nianbao's extractor, as every document records it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"nianbao-spark (extractor " + ExtractorVersion.current() + ")"};
        }
    }
}
