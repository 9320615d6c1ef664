package nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import nianbao.crawl.Crawler;
import nianbao.crawl.HttpOptions;
import nianbao.crawl.SiteList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crawl --sites sites.csv --data DIR}: the nightly crawl-and-parse job. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Find new and changed reports on the sites listed, fetch them politely and incrementally, "
                + "extract them, and rewrite DIR/reports.csv, values.csv and checks.csv over everything collected.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed (some URLs may have failed: see the run report and checks.csv)",
                "2:usage error", "3:the site list cannot be read", "4:the data folder cannot be written or its state kept",
                "5:no site could be reached"})
final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--sites", required = true, paramLabel = "FILE", description = "sites.csv: agency,region,url")
    private Path sites;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data folder, kept across runs")
    private Path data;

    @Option(names = "--contact", required = true, paramLabel = "EMAIL-OR-URL",
            description = "how site operators can reach you; sent in the User-Agent")
    private String contact;

    @Option(names = "--delay", paramLabel = "MILLIS", defaultValue = "2000",
            description = "least time between two requests to one host (default: ${DEFAULT-VALUE}; robots.txt "
                    + "Crawl-delay wins when longer)")
    private long delay;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "time limit of one response (default: ${DEFAULT-VALUE})")
    private long timeout;

    @Option(names = "--max-mb", paramLabel = "MIB", defaultValue = "50",
            description = "larger responses are refused (default: ${DEFAULT-VALUE})")
    private long maxMb;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "1000",
            description = "requests to one host in one run, at most (default: ${DEFAULT-VALUE})")
    private int maxRequests;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "3",
            description = "tries of a request failing with 5xx, 429 or a network error (default: ${DEFAULT-VALUE})")
    private int attempts;

    @Option(names = "--backoff", paramLabel = "MILLIS", defaultValue = "5000",
            description = "wait before the second try, doubled for each further one (default: ${DEFAULT-VALUE})")
    private long backoff;

    @Option(names = "--max-list-pages", paramLabel = "N", defaultValue = "50",
            description = "list pages followed per site (default: ${DEFAULT-VALUE})")
    private int maxListPages;

    @Option(names = "--hosts-at-once", paramLabel = "N", defaultValue = "4",
            description = "hosts crawled side by side (default: ${DEFAULT-VALUE})")
    private int hostsAtOnce;

    @Option(names = "--no-bom", description = "write the CSV files without a byte-order mark")
    private boolean noBom;

    @Option(names = "--no-ocr", description = "leave reports that are pictures (scans) unread instead of reading "
            + "them by OCR")
    private boolean noOcr;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "csv",
            description = "the forms of the data set, separated by commas: csv, parquet, xlsx (default: csv)")
    private String format;

    @Override
    public Integer call() throws Exception {
        var err = System.err;
        java.util.List<nianbao.crawl.Site> list;
        try {
            list = SiteList.read(sites);
        } catch (SiteList.Unreadable e) {
            err.println("crawl: " + e.getMessage());
            return 3;
        }
        var http = new HttpOptions(contact, Duration.ofMillis(delay), Duration.ofSeconds(timeout),
                maxMb * 1024 * 1024, maxRequests, Math.max(1, attempts), Duration.ofMillis(backoff));
        java.util.Set<nianbao.output.Export.Format> formats;
        try {
            formats = nianbao.output.Export.Format.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("crawl: --format: csv, parquet or xlsx, not " + format);
            return 2;
        }
        var crawler = new Crawler(new Crawler.Options(http, maxListPages, hostsAtOnce, Duration.ofSeconds(120),
                !noBom, formats, !noOcr), data, err);
        try {
            var report = crawler.run(list);
            System.out.print(report.text());
            return report.everySiteUnreachable() ? 5 : 0;
        } catch (nianbao.output.OutputException e) {
            err.println("crawl: " + e.getMessage());
            return 4;
        } catch (IOException | SQLException e) {
            err.println("crawl: cannot keep the data in " + data + ": " + e.getMessage());
            return 4;
        }
    }
}
