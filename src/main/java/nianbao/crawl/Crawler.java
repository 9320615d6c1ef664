package nianbao.crawl;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nianbao.output.ResultStore;
import nianbao.pipeline.Pipeline;
import nianbao.report.Outcome;
import nianbao.source.FormatDetector;
import nianbao.source.Format;
import nianbao.source.markup.HtmlReader;

/**
 * The nightly job: walks each site's 年报 list through its pages, picks the report links, fetches each
 * report (following a page that only wraps its attachment to the attachment), and extracts what is
 * new or changed into the data set, which it then rewrites whole, in a stable order. Sites on
 * different hosts are crawled side by side, one request at a time per host.
 */
public final class Crawler {

    /** Limits of a run. */
    public record Options(HttpOptions http, int maxListPages, int hostsAtOnce, Duration extractTimeout,
                          boolean bom) {
    }

    private final Options options;
    private final Path data;
    private final PrintStream log;
    private final Pipeline pipeline = new Pipeline();
    private final FormatDetector detector = new FormatDetector();

    public Crawler(Options options, Path data, PrintStream log) {
        this.options = options;
        this.data = data;
        this.log = log;
    }

    /**
     * Crawls the sites once.
     *
     * @return the run's report
     * @throws IOException  when the data folder cannot be written
     * @throws SQLException when the state cannot be kept
     */
    public RunReport run(List<Site> sites) throws IOException, SQLException, InterruptedException {
        Files.createDirectories(data);
        if (!Files.isWritable(data)) {
            throw new IOException(data + " is not writable");
        }
        var report = new RunReport(sites);
        try (var results = ResultStore.open(data, false); var state = CrawlState.open(data.resolve(ResultStore.FILE))) {
            int run = state.startRun(Instant.now().toString());
            var store = new ContentStore(data.resolve("files"));
            Fetcher.Log requests = (url, status, result, conditional) -> {
                try {
                    state.logFetch(run, url.toString(), status, result, conditional, System.currentTimeMillis());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                log.printf("%s %s %d %s%s%n", Instant.now(), url, status, result, conditional ? " (conditional)" : "");
            };
            try (var fetcher = new Fetcher(options.http(), state, store, requests)) {
                Map<String, List<Site>> byHost = new LinkedHashMap<>();
                sites.forEach(s -> byHost.computeIfAbsent(s.host(), h -> new ArrayList<>()).add(s));
                var pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.hostsAtOnce(), byHost.size())));
                try {
                    var futures = new ArrayList<Future<?>>();
                    for (var hostSites : byHost.values()) {
                        futures.add(pool.submit(() -> {
                            for (var site : hostSites) {
                                new SiteCrawl(site, fetcher, state, store, results, report).crawl();
                            }
                            return null;
                        }));
                    }
                    for (var f : futures) {
                        f.get();
                    }
                } catch (ExecutionException e) {
                    var cause = e.getCause();
                    if (cause instanceof SQLException s) {
                        throw s;
                    }
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(cause);
                } finally {
                    pool.shutdownNow();
                }
            }
            results.export(data, options.bom());
            state.finishRun(run, Instant.now().toString(), report.text());
            Files.writeString(data.resolve("last-run.txt"), report.text());
        }
        return report;
    }

    /** One site's crawl. */
    private final class SiteCrawl {

        private final Site site;
        private final Fetcher fetcher;
        private final CrawlState state;
        private final ContentStore store;
        private final ResultStore results;
        private final RunReport report;
        /** Why the last URL could not be had, for the data set; null when it was skipped, not failed. */
        private String lastFailure;

        SiteCrawl(Site site, Fetcher fetcher, CrawlState state, ContentStore store, ResultStore results,
                  RunReport report) {
            this.site = site;
            this.fetcher = fetcher;
            this.state = state;
            this.store = store;
            this.results = results;
            this.report = report;
        }

        void crawl() throws SQLException, InterruptedException, IOException {
            var links = new ArrayList<Links.ReportLink>();
            var seen = new HashSet<URI>();
            var queue = new ArrayDeque<URI>(List.of(site.url()));
            boolean anyList = false;
            while (!queue.isEmpty() && seen.size() < options.maxListPages()) {
                var list = queue.poll();
                if (!seen.add(list)) {
                    continue;
                }
                var page = content(list);
                if (page == null) {
                    continue;
                }
                anyList = true;
                var doc = Links.parse(page.body(), page.charset(), page.url());
                for (var link : Links.reports(doc)) {
                    if (links.stream().noneMatch(l -> l.url().equals(link.url()))) {
                        links.add(link);
                    }
                }
                for (var next : Links.pages(doc, list)) {
                    if (!seen.contains(next)) {
                        queue.add(next);
                    }
                }
            }
            if (!anyList) {
                report.unreachable(site);
                return;
            }
            for (var link : links) {
                var known = state.report(link.url().toString(), site.url().toString(), link.title());
                crawlReport(known);
            }
        }

        /**
         * A report: the page itself when it holds the report, else the attachment that does (one report,
         * one row). Nothing is extracted again unless its bytes changed.
         */
        private void crawlReport(CrawlState.Report known) throws SQLException, InterruptedException, IOException {
            var page = content(URI.create(known.url()));
            if (page == null && lastFailure == null) {
                return;
            }
            if (page == null) {
                report.count(site, RunReport.Kind.FAILED);
                if (known.extracted() == null) {
                    // Never collected: the report is in the data set as failed, with the reason.
                    results.add(known.seq(), pipeline.failed(known.url(), lastFailure), 0);
                    results.commit();
                }
                return;
            }
            if (known.extracted() != null && !page.changed()) {
                if (page.url().toString().equals(known.document())) {
                    report.count(site, RunReport.Kind.UNCHANGED);
                    return;
                }
                var attachment = content(URI.create(known.document()));
                if (attachment == null) {
                    report.count(site, RunReport.Kind.FAILED);
                } else if (attachment.sha().equals(known.extracted())) {
                    report.count(site, RunReport.Kind.UNCHANGED);
                } else {
                    store(known, attachment, extract(attachment));
                }
                return;
            }
            Fetcher.Fetched document = page;
            Outcome outcome = null;
            if (detector.detect(page.body()).format() == Format.HTML) {
                outcome = extract(page);
                if (outcome.report().metadata().template() == null) {
                    Fetcher.Fetched firstAttachment = null;
                    Outcome firstOutcome = null;
                    for (var href : new HtmlReader(page.charset(), page.url().toString()).read(page.body()).attachments()) {
                        var attachment = content(URI.create(href));
                        if (attachment == null) {
                            continue;
                        }
                        var attached = extract(attachment);
                        if (firstAttachment == null || attached.report().metadata().template() != null) {
                            firstAttachment = attachment;
                            firstOutcome = attached;
                        }
                        if (attached.report().metadata().template() != null) {
                            break;
                        }
                    }
                    if (firstAttachment != null) {
                        document = firstAttachment;
                        outcome = firstOutcome;
                    }
                }
            }
            if (document.sha().equals(known.extracted()) && document.url().toString().equals(known.document())) {
                report.count(site, RunReport.Kind.UNCHANGED);
                return;
            }
            store(known, document, outcome == null ? extract(document) : outcome);
        }

        /** A new or changed report into the data set, then marked extracted: a kill between redoes it. */
        private void store(CrawlState.Report known, Fetcher.Fetched document, Outcome outcome) throws SQLException {
            results.add(known.seq(), outcome, 0);
            results.commit();
            state.extracted(known.url(), document.url().toString(), document.sha());
            report.count(site, known.extracted() == null ? RunReport.Kind.NEW : RunReport.Kind.CHANGED);
            log.printf("%s extracted %s: %s%n", Instant.now(), document.url(), outcome.status().code());
        }

        private Outcome extract(Fetcher.Fetched c) {
            return pipeline.process(c.body(), c.url().toString(), new Pipeline.Hints(c.charset(), c.url().toString(),
                    site.region()), options.extractTimeout());
        }

        /** A URL's content: fetched, or as stored when unchanged; null when it could not be had. */
        private Fetcher.Fetched content(URI url) throws SQLException, InterruptedException, IOException {
            var result = fetcher.get(url);
            if (result instanceof Fetcher.Fetched f) {
                return f;
            }
            if (result instanceof Fetcher.Skipped s) {
                report.skipped(site, s.url() + ": " + s.reason());
                lastFailure = null;
                return null;
            }
            var failed = (Fetcher.Failed) result;
            report.failure(site, failed.url() + ": " + failed.reason());
            lastFailure = "could not be fetched from " + failed.url() + ": " + failed.reason();
            return null;
        }
    }
}
