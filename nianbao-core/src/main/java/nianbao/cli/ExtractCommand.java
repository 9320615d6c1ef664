package nianbao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nianbao.output.Export;
import nianbao.output.OutputException;
import nianbao.output.OutputLock;
import nianbao.output.ResultStore;
import nianbao.output.RunRecord;
import nianbao.pipeline.Batch;
import nianbao.pipeline.Extractor;
import nianbao.pipeline.Pipeline;
import nianbao.pipeline.WorkerPool;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract INPUT... --out DIR}: reports to CSV, in parallel, resumably. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract reports (files or folders, walked recursively) into reports.csv, values.csv, "
                + "checks.csv and codebook.csv. Results are stored in DIR/nianbao.db as documents finish; the "
                + "CSV files are written from it at the end, in input order.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document ok or partial", "1:some documents failed (see checks.csv)",
                "2:usage error", "3:the output folder cannot be used (a file, unwritable, full, damaged, or in use "
                + "by another run): one line says why"})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "report files or folders")
    private List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    private Path out;

    @Option(names = "--no-bom", description = "write UTF-8 without a byte-order mark (Excel then misreads Chinese)")
    private boolean noBom;

    @Option(names = "--jobs", paramLabel = "N", description = "parallel workers (default: the number of cores)")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "go on with a run that was stopped, over the same inputs, without "
            + "redoing the documents it finished")
    private boolean resume;

    @CommandLine.Mixin
    private ReadingOptions reading;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "csv",
            description = "the forms of the data set, separated by commas: csv, parquet, xlsx (default: csv); "
                    + "codebook.csv, datapackage.json, labels.do, read_nianbao.R, manifest.json and summary.csv "
                    + "are always written")
    private String format;

    /** Exit code: the output folder cannot be used. */
    static final int OUTPUT_UNUSABLE = 3;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        reading.check(spec.commandLine());
        java.util.Set<Export.Format> formats;
        try {
            formats = Export.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: csv, parquet or xlsx, not " + format);
        }
        var err = System.err;
        long start = System.nanoTime();
        var started = java.time.Instant.now();
        var settings = reading.settings();
        var pipeline = new Pipeline(settings);
        var limit = reading.timeout();
        try (var lock = OutputLock.acquire(out); var store = ResultStore.open(out, !resume);
             var extractor = reading.isolation() == ReadingOptions.Isolation.PROCESSES
                     ? new WorkerPool(jobs, settings, limit) : Extractor.inProcess(pipeline, limit)) {
            var progress = new Progress(err, System.console() != null);
            int stale = resume ? store.stale().size() : 0;
            if (stale > 0) {
                err.printf("%d documents were read by another version of nianbao: their inputs are read again%n", stale);
            }
            new Batch(pipeline, extractor, jobs, limit).run(inputs, out, resume, store, progress);
            var options = new java.util.LinkedHashMap<String, String>();
            options.put("jobs", Integer.toString(jobs));
            reading.record(options);
            options.put("resume", Boolean.toString(resume));
            options.put("format", format);
            options.put("bom", Boolean.toString(!noBom));
            var command = spec.commandLine().getParseResult().originalArgs();
            Export.write(store, out, new Export.Options(formats, !noBom, new RunRecord(command, started, options)));
            summarise(store, (System.nanoTime() - start) / 1e9);
            return store.anyFailed() ? 1 : 0;
        } catch (OutputException e) {
            err.println("nianbao: " + e.getMessage());
            return OUTPUT_UNUSABLE;
        }
    }

    private void summarise(ResultStore store, double seconds) {
        var counts = store.counts();
        long[] size = store.size();
        var err = System.err;
        err.printf(Locale.ROOT, "%d documents from %d inputs in %s (%.1f inputs/s): %s; by format: %s; written to %s%n",
                size[1], size[0], Progress.clock(seconds), size[0] / Math.max(seconds, 1e-9),
                describe(counts.get("status")), describe(counts.get("format")), out);
        var slowest = store.slowest(5);
        if (!slowest.isEmpty()) {
            err.println("slowest: " + slowest.stream().map(e -> e.getKey() + " (" + String.format(Locale.ROOT, "%.1f s",
                    e.getValue() / 1000.0) + ")").collect(Collectors.joining(", ")));
        }
    }

    private static String describe(java.util.Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + (e.getKey().isEmpty() ? "unknown" : e.getKey()))
                .collect(Collectors.joining(", "));
    }
}
