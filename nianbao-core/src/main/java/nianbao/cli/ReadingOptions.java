package nianbao.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import nianbao.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How documents are read, as {@code extract} takes it: the time limit, the page and size limits, OCR,
 * and where documents are read. One definition for every command that reads documents in batches
 * ({@code extract}, the Spark job), so that their limits and defaults cannot drift apart.
 */
public final class ReadingOptions {

    /** Where documents are read. */
    public enum Isolation { PROCESSES, THREADS }

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "time limit per document (default: ${DEFAULT-VALUE}; 0 for none)")
    private long timeout;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "" + Pipeline.MAX_PAGES,
            description = "PDFs with more pages are not read (default: ${DEFAULT-VALUE})")
    private int maxPages;

    @Option(names = "--max-mb", paramLabel = "MIB", defaultValue = "100",
            description = "files larger than this are not read (default: ${DEFAULT-VALUE})")
    private long maxMb;

    @Option(names = "--no-ocr", description = "leave pages that are pictures (scans) unread, and their documents "
            + "failed, instead of reading them by OCR (the slow path)")
    private boolean noOcr;

    @Option(names = "--isolation", paramLabel = "HOW", defaultValue = "processes",
            converter = IsolationConverter.class,
            description = "processes (default): documents are read in worker processes, one that will not stop or "
                    + "exhausts memory is ended with its process; threads: in this process (faster to start, but a "
                    + "document stuck where no check reaches keeps its thread)")
    private Isolation isolation;

    /** Refuses limits that read nothing. */
    public void check(CommandLine commandLine) {
        if (timeout < 0 || maxPages < 1 || maxMb < 1) {
            throw new CommandLine.ParameterException(commandLine,
                    "--max-pages and --max-mb must be at least 1, --timeout at least 0");
        }
    }

    public Pipeline.Settings settings() {
        return new Pipeline.Settings(maxPages, maxMb * 1024 * 1024, !noOcr);
    }

    /** The time limit per document; zero for none. */
    public Duration timeout() {
        return Duration.ofSeconds(timeout);
    }

    public Isolation isolation() {
        return isolation;
    }

    /** The options as a run's manifest records them. */
    public void record(Map<String, String> options) {
        options.put("timeout", Long.toString(timeout));
        options.put("max-pages", Integer.toString(maxPages));
        options.put("max-mb", Long.toString(maxMb));
        options.put("ocr", Boolean.toString(!noOcr));
        options.put("isolation", isolation.name().toLowerCase(Locale.ROOT));
    }

    /** processes or threads, in any case. */
    static final class IsolationConverter implements CommandLine.ITypeConverter<Isolation> {
        @Override
        public Isolation convert(String value) {
            return Isolation.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
