package nianbao.spark;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nianbao.output.ExtractorVersion;
import nianbao.pipeline.Extractor;
import nianbao.pipeline.Pipeline;
import nianbao.pipeline.WorkerPool;
import nianbao.report.DocumentRecord;
import nianbao.report.Outcome;
import nianbao.validate.CrossYearCheck;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * The executor's side of the job: each input of a partition read by the same per-document pipeline
 * as {@code extract}, into its row. One pipeline (and, isolating documents in processes, one pool of
 * worker processes) per executor JVM, made on its first task and kept for the next: a pipeline's
 * readers and models take seconds to load. A document that cannot be read is a {@code failed} row
 * with its reason, never a failed task.
 */
final class DocumentReader {

    /** How documents are read: what {@code extract}'s options say, shipped to the executors. */
    record Settings(int maxPages, long maxBytes, boolean ocr, long timeoutSeconds, boolean processes,
                    long workerHeapMib) implements java.io.Serializable {

        Pipeline.Settings pipeline() {
            return new Pipeline.Settings(maxPages, maxBytes, ocr);
        }

        Duration timeout() {
            return Duration.ofSeconds(timeoutSeconds);
        }
    }

    /**
     * Past its time limit, a document read in this JVM's threads gets this long to stop itself before
     * it is abandoned, as in {@code extract --isolation threads}.
     */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private static Settings current;
    private static Pipeline pipeline;
    private static Extractor extractor;
    private static ExecutorService threads;

    private DocumentReader() {
    }

    /**
     * The rows of a partition's inputs, each read as the writer asks for it: a partition's documents
     * are never all in memory at once, and a task that fails part way (a lost executor) leaves rows
     * its retry writes again, which Spark's commit protocol keeps once.
     */
    static Iterator<Row> read(Iterator<InputFile> inputs, String wave, Settings settings, HadoopConf conf) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Row next() {
                var input = inputs.next();
                long started = System.nanoTime();
                var outcome = read(input, settings, conf);
                long millis = (System.nanoTime() - started) / 1_000_000;
                var entry = CrossYearCheck.Entry.of(outcome);
                return DocumentRows.of(wave, input, ExtractorVersion.current(), millis,
                        DocumentRecord.of(outcome, List.of(outcome.source()), outcome.pages()),
                        entry == null ? null : entry.agencyKey());
            }
        };
    }

    private static Outcome read(InputFile input, Settings settings, HadoopConf conf) {
        var pipeline = pipeline(settings);
        if (input.problem() != null) {
            return pipeline.failed(input.source(), input.problem());
        }
        if (input.size() > settings.maxBytes()) {
            return pipeline.failed(input.source(), Pipeline.tooLarge(input.size(), settings.maxBytes()));
        }
        byte[] bytes;
        try {
            bytes = bytes(input, settings.maxBytes(), conf);
        } catch (IOException | RuntimeException e) {
            return pipeline.failed(input.source(), "cannot read the file: " + e.getMessage());
        }
        if (bytes == null) {
            return pipeline.failed(input.source(), Pipeline.grewPast(settings.maxBytes()));
        }
        var hints = input.uri().startsWith("file:")
                ? Pipeline.Hints.ofFile(java.nio.file.Path.of(new Path(input.uri()).toUri().getPath()))
                : Pipeline.Hints.NONE;
        try {
            return settings.processes() ? extractor(settings).process(bytes, input.source(), hints)
                    : inThread(bytes, input.source(), hints, settings);
        } catch (Throwable e) {
            // Whatever happens to one document is that document's: the task, and the job, go on.
            return pipeline.failed(input.source(), e);
        }
    }

    /** A file's bytes, or null when it holds more than the limit. */
    private static byte[] bytes(InputFile input, long maxBytes, HadoopConf conf) throws IOException {
        var path = new Path(input.uri());
        try (var in = path.getFileSystem(conf.get()).open(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    /**
     * A document read by a thread of this JVM: stopped by the readers' own checks past its time
     * limit, abandoned when it does not stop.
     */
    private static Outcome inThread(byte[] bytes, String source, Pipeline.Hints hints, Settings settings)
            throws InterruptedException {
        var pipeline = pipeline(settings);
        var task = threads().submit(() -> pipeline.process(bytes, source, hints, settings.timeout()));
        try {
            return settings.timeoutSeconds() == 0 ? task.get()
                    : task.get(settings.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return pipeline.abandoned(source, settings.timeout());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static synchronized Pipeline pipeline(Settings settings) {
        if (!settings.equals(current)) {
            // Another job in this JVM (local mode, tests) with other settings: its own pipeline.
            if (extractor != null) {
                extractor.close();
                extractor = null;
            }
            pipeline = new Pipeline(settings.pipeline());
            current = settings;
        }
        return pipeline;
    }

    private static synchronized Extractor extractor(Settings settings) {
        pipeline(settings);
        if (extractor == null) {
            extractor = new WorkerPool(settings.pipeline(), settings.timeout(), settings.workerHeapMib(), classPath());
        }
        return extractor;
    }

    private static synchronized ExecutorService threads() {
        if (threads == null) {
            threads = Executors.newCachedThreadPool(r -> {
                var t = new Thread(r, "nianbao-document");
                t.setDaemon(true);
                return t;
            });
        }
        return threads;
    }

    /**
     * The class path of worker processes: the job's jar where the executor loaded it from one (on a
     * cluster the executor's own class path does not hold it), else this JVM's (local mode, tests).
     */
    static String classPath() {
        try {
            var location = DocumentReader.class.getProtectionDomain().getCodeSource().getLocation();
            var file = java.nio.file.Path.of(location.toURI());
            if (file.toString().endsWith(".jar") && java.nio.file.Files.isRegularFile(file)) {
                return file.toString();
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // No local jar to name: this JVM's class path.
        }
        return System.getProperty("java.class.path");
    }
}
