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
import nianbao.output.Export;
import nianbao.output.OutputException;
import nianbao.output.OutputLock;
import nianbao.output.ResultStore;
import nianbao.output.RunRecord;
import nianbao.pipeline.Extractor;
import nianbao.pipeline.Pipeline;
import nianbao.pipeline.WorkerPool;
import nianbao.report.Finding;
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
                          boolean bom, java.util.Set<Export.Format> formats, boolean ocr) {
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
        var scope = new Scope(sites);
        try (var lock = OutputLock.acquire(data); var results = ResultStore.open(data, false);
             var state = CrawlState.open(data.resolve(ResultStore.FILE));
             var extractor = new WorkerPool(Math.max(1, Math.min(options.hostsAtOnce(), sites.size())),
                     new Pipeline.Settings(Pipeline.MAX_PAGES, options.http().maxBytes(), options.ocr()),
                     options.extractTimeout())) {
            var started = Instant.now();
            int run = state.startRun(started.toString());
            var store = new ContentStore(data.resolve("files"));
            readAgain(sites, state, store, results, extractor);
            Fetcher.Log requests = (url, status, result, conditional) -> {
                try {
                    state.logFetch(run, url.toString(), status, result, conditional, System.currentTimeMillis());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                log.printf("%s %s %d %s%s%n", Instant.now(), url, status, result, conditional ? " (conditional)" : "");
            };
            try (var fetcher = new Fetcher(options.http(), state, store, requests, scope)) {
                Map<String, List<Site>> byHost = new LinkedHashMap<>();
                sites.forEach(s -> byHost.computeIfAbsent(s.host(), h -> new ArrayList<>()).add(s));
                var pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.hostsAtOnce(), byHost.size())));
                try {
                    var futures = new ArrayList<Future<?>>();
                    for (var hostSites : byHost.values()) {
                        futures.add(pool.submit(() -> {
                            for (var site : hostSites) {
                                try {
                                    new SiteCrawl(site, fetcher, state, store, results, report, extractor).crawl();
                                } catch (RuntimeException e) {
                                    if (e instanceof OutputException) {
                                        throw e;
                                    }
                                    // A bug met on one site is that site's; the others, and the export, go on.
                                    report.failure(site, "internal error (a bug; please report it): " + e);
                                    log.printf("%s %s: internal error: %s%n", Instant.now(), site.url(), e);
                                }
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
                    if (cause instanceof OutputException o) {
                        throw o;
                    }
                    throw new IllegalStateException(cause);
                } finally {
                    pool.shutdownNow();
                }
            }
            var record = new RunRecord(List.of("crawl"), started, java.util.Map.of("sites", Integer.toString(sites.size()),
                    "bom", Boolean.toString(options.bom())));
            Export.write(results, data, new Export.Options(options.formats(), options.bom(), record));
            state.finishRun(run, Instant.now().toString(), report.text());
            Files.writeString(data.resolve("last-run.txt"), report.text());
        }
        return report;
    }

    /**
     * Reports collected before and read by another extractor (an earlier version of nianbao, or of its
     * schema) are read again from the files kept under {@code files/}: the data set never mixes two
     * readings, and a fix reaches every report collected, not only the new ones.
     */
    private void readAgain(List<Site> sites, CrawlState state, ContentStore store, ResultStore results,
                           Extractor extractor) throws SQLException, IOException {
        int again = 0;
        for (var known : state.extractedReports()) {
            if (results.hasCurrent(known.seq())) {
                continue;
            }
            byte[] bytes = store.get(known.extracted());
            if (bytes == null) {
                // Its file was lost from files/: the crawl below fetches it whole again and reads it then.
                log.printf("%s cannot read again %s: its file is no longer in files/%n", Instant.now(), known.document());
                continue;
            }
            var kept = state.known(known.document());
            String region = sites.stream().filter(s -> s.url().toString().equals(known.site())).map(Site::region)
                    .findFirst().orElse("");
            var hints = new Pipeline.Hints(kept == null ? null : charset(kept.contentType()), known.document(), region);
            results.add(known.seq(), extractor.process(bytes, known.document(), hints.withPictures(
                    keptPictures(bytes, hints, state, store))), 0);
            again++;
        }
        results.commit();
        if (again > 0) {
            log.printf("%s read again: %d reports collected before, read by another version of nianbao%n",
                    Instant.now(), again);
        }
    }

    /**
     * The pictures a page shows that the crawl fetched before and kept under files/ (a report that is
     * pictures of its pages), so that it is read again as it was first read, without a request.
     */
    private static Map<String, byte[]> keptPictures(byte[] page, Pipeline.Hints hints, CrawlState state,
                                                    ContentStore store) throws SQLException, IOException {
        var pictures = new LinkedHashMap<String, byte[]>();
        if (new FormatDetector().detect(page).format() != Format.HTML) {
            return pictures;
        }
        for (var src : new HtmlReader(hints.httpCharset(), hints.baseUri()).read(page).images()) {
            var url = Urls.resolve(URI.create(hints.baseUri()), src).url();
            var kept = url == null ? null : state.known(url.toString());
            byte[] bytes = kept == null || kept.sha256() == null ? null : store.get(kept.sha256());
            if (bytes != null) {
                pictures.put(src, bytes);
            }
        }
        return pictures;
    }

    private static String charset(String contentType) {
        var type = contentType == null ? null : org.apache.tika.mime.MediaType.parse(contentType);
        return type == null ? null : type.getParameters().get("charset");
    }

    /** One site's crawl. */
    private final class SiteCrawl {

        private final Site site;
        private final Fetcher fetcher;
        private final CrawlState state;
        private final ContentStore store;
        private final ResultStore results;
        private final RunReport report;
        private final Extractor extractor;
        /** Why the last URL could not be had, for the data set; null when it was skipped, not failed. */
        private String lastFailure;
        /** Why the last URL was not requested (robots.txt, the budget, off-site), or null. */
        private String lastSkip;

        SiteCrawl(Site site, Fetcher fetcher, CrawlState state, ContentStore store, ResultStore results,
                  RunReport report, Extractor extractor) {
            this.extractor = extractor;
            this.site = site;
            this.fetcher = fetcher;
            this.state = state;
            this.store = store;
            this.results = results;
            this.report = report;
        }

        void crawl() throws SQLException, InterruptedException, IOException {
            var links = new LinkedHashMap<URI, Links.ReportLink>();
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
                    links.putIfAbsent(link.url(), link);
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
            // New reports first, then the ones checked longest ago: with a budget smaller than the list,
            // every report is fetched once and then re-validated in turn, over the runs.
            var known = new ArrayList<>(state.reports(site.url().toString(), new ArrayList<>(links.values())));
            known.sort(java.util.Comparator.comparing((CrawlState.Report r) -> r.checked() != null)
                    .thenComparing(r -> r.checked() == null ? 0L : r.checked()));
            for (var r : known) {
                crawlReport(r);
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
            state.checked(known.url(), System.currentTimeMillis());
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
                if (attachment == null && lastFailure == null) {
                    return;
                }
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
                    var refused = new ArrayList<Finding>();
                    for (var href : attachments(page)) {
                        var attachment = linked(page, href, refused);
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
                    if (outcome.report().metadata().template() == null) {
                        outcome = withPictures(page, outcome, refused);
                    }
                    if (!refused.isEmpty()) {
                        outcome = withFindings(outcome, refused);
                    }
                }
            }
            if (document.sha().equals(known.extracted()) && document.url().toString().equals(known.document())
                    && results.hasCurrent(known.seq())) {
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

        /** In a worker process, as {@code extract} reads documents: one that will not stop is ended with it. */
        private Outcome extract(Fetcher.Fetched c) {
            return extractor.process(c.body(), c.url().toString(), new Pipeline.Hints(c.charset(), c.url().toString(),
                    site.region()));
        }

        /**
         * A page whose report is pictures of its pages: the pictures are fetched (by the same rules and
         * budget as any request, and kept under files/) and the page read again with them, by OCR.
         */
        private Outcome withPictures(Fetcher.Fetched page, Outcome outcome, List<Finding> refused)
                throws SQLException, InterruptedException, IOException {
            // With OCR off the pictures could not be read: they are not fetched either.
            if (!options.ocr() || outcome.report().findings().stream().noneMatch(f -> f.check().equals("report_is_image"))) {
                return outcome;
            }
            var pictures = new LinkedHashMap<String, byte[]>();
            for (var src : pictures(page)) {
                var picture = linked(page, src, refused);
                if (picture == null) {
                    continue;
                }
                pictures.put(src, picture.body());
            }
            if (pictures.isEmpty()) {
                return outcome;
            }
            return extractor.process(page.body(), page.url().toString(), new Pipeline.Hints(page.charset(),
                    page.url().toString(), site.region()).withPictures(pictures));
        }

        /**
         * What a link on a page leads to (an attachment, a picture), fetched by the rules of any
         * request; null when it cannot be had, with a {@code link_refused} finding when it was refused.
         */
        private Fetcher.Fetched linked(Fetcher.Fetched page, String href, List<Finding> refused)
                throws SQLException, InterruptedException, IOException {
            var parsed = Urls.resolve(page.url(), href);
            if (parsed.url() == null) {
                refused.add(linkRefused(href, parsed.refused()));
                report.skipped(site, href + " (on " + page.url() + "): " + parsed.refused());
                return null;
            }
            var fetched = content(parsed.url());
            if (fetched == null && lastSkip != null) {
                refused.add(linkRefused(href, lastSkip));
            }
            return fetched;
        }

        /** The pictures a page shows, as its reader names them (absolute URLs). */
        private List<String> pictures(Fetcher.Fetched page) {
            return new HtmlReader(page.charset(), page.url().toString()).read(page.body()).images();
        }

        /** A page's attachment links as printed. */
        private List<String> attachments(Fetcher.Fetched page) {
            return new HtmlReader(page.charset(), page.url().toString()).read(page.body()).attachments();
        }

        private static Finding linkRefused(String href, String why) {
            return Finding.warning("link_refused", List.of(), "the link 「" + href + "」 was not followed: " + why);
        }

        private static Outcome withFindings(Outcome o, List<Finding> more) {
            return new Outcome(o.docId(), o.source(), o.format(), o.status(), o.report().with(more), o.pages(), o.text(),
                    o.sha256(), o.size());
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
                lastSkip = s.reason();
                return null;
            }
            var failed = (Fetcher.Failed) result;
            report.failure(site, failed.url() + ": " + failed.reason());
            lastFailure = "could not be fetched from " + failed.url() + ": " + failed.reason();
            lastSkip = null;
            return null;
        }
    }
}
