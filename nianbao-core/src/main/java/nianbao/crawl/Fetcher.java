package nianbao.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.tika.mime.MediaType;

/**
 * Polite HTTP: robots.txt obeyed (crawler-commons, as Apache Nutch reads it), one request at a time
 * per host with a delay between them (longer if robots.txt asks), an honest User-Agent, timeouts and
 * a size limit, retries with backoff on 5xx, 429 and network errors, and a budget of requests per
 * host per run. Every request is conditional when the URL was fetched before (If-None-Match,
 * If-Modified-Since): new content goes into the store with its validators, and a 304 is answered
 * from the store. Redirects are followed here, each hop a request of its own.
 */
final class Fetcher implements AutoCloseable {

    /** What a fetch gave. */
    sealed interface Result permits Fetched, Failed, Skipped {
        URI url();
    }

    /**
     * A URL's content, fetched or (unchanged on the server) read from the store.
     *
     * @param url     where it came from, after redirects
     * @param sha     the SHA-256 it is stored under
     * @param changed whether it differs from the URL's last content (true the first time)
     */
    record Fetched(URI url, byte[] body, String sha, String contentType, boolean changed) implements Result {

        /** The charset the Content-Type names, or null. */
        String charset() {
            var type = contentType == null ? null : MediaType.parse(contentType);
            return type == null ? null : type.getParameters().get("charset");
        }
    }

    /** A request that did not succeed, with the reason. */
    record Failed(URI url, int status, String reason) implements Result {
    }

    /** Not requested: robots.txt disallows it, or the host's budget is spent. */
    record Skipped(URI url, String reason) implements Result {
    }

    /** Told of every request made. */
    interface Log {
        void request(URI url, int status, String result, boolean conditional);
    }

    private static final int MAX_REDIRECTS = 5;
    private static final String ROBOT = "nianbao";

    private final HttpOptions options;
    private final Scope scope;
    private final CrawlState state;
    private final ContentStore store;
    private final Log log;
    private final HttpClient client;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "nianbao-http-timer");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** A host's turn, budget and rules. */
    private static final class Host {
        final ReentrantLock turn = new ReentrantLock();
        long nextAllowed;
        int requests;
        BaseRobotRules rules;
        long delayNanos;
    }

    Fetcher(HttpOptions options, CrawlState state, ContentStore store, Log log, Scope scope) {
        this.scope = scope;
        this.options = options;
        this.state = state;
        this.store = store;
        this.log = log;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout()).build();
    }

    /**
     * Fetches a URL, conditionally when it was fetched before, following redirects.
     *
     * @throws IOException when the store cannot be written or read
     */
    Result get(URI url) throws SQLException, InterruptedException, IOException {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            // Checked at every hop: a site may redirect anywhere (file:, another host, 169.254.169.254).
            String refused = scope.refusal(current);
            if (refused != null) {
                log.request(current, 0, "refused: " + refused, false);
                return new Skipped(current, refused);
            }
            var host = host(current);
            if (host.rules == null) {
                loadRobots(current, host);
            }
            if (!host.rules.isAllowed(current.toString())) {
                return new Skipped(current, "disallowed by robots.txt");
            }
            var result = request(current, host);
            if (result instanceof Redirect r) {
                current = r.to;
                continue;
            }
            return ((Answer) result).result;
        }
        return new Failed(current, 0, "more than " + MAX_REDIRECTS + " redirects");
    }

    /** What one request gave. */
    private sealed interface Outcome permits Redirect, Response, NotModified, Answer {
    }

    private record Redirect(URI to) implements Outcome {
    }

    /** A 200, with the validators for the next request. */
    private record Response(byte[] body, String contentType, String etag, String lastModified) implements Outcome {
    }

    private record NotModified() implements Outcome {
    }

    /** A failure or a skip, passed on as it is. */
    private record Answer(Result result) implements Outcome {
    }

    /** One URL on the host's turn: new content stored with its validators, a 304 answered from the store. */
    private Outcome request(URI url, Host host) throws SQLException, InterruptedException, IOException {
        var known = state.known(url.toString());
        var outcome = attempts(url, host, known);
        if (outcome instanceof NotModified) {
            byte[] stored = known == null ? null : store.get(known.sha256());
            if (stored != null) {
                return new Answer(new Fetched(url, stored, known.sha256(), known.contentType(), false));
            }
            // Unchanged on the server but gone from the store (files/ cleaned by hand): ask for it whole.
            outcome = known == null ? outcome : attempts(url, host, null);
            if (outcome instanceof NotModified) {
                return new Answer(new Failed(url, 304, "HTTP 304 to a request that was not conditional"));
            }
        }
        if (outcome instanceof Response r) {
            String sha = store.put(r.body());
            state.fetched(url.toString(), new CrawlState.Known(r.etag(), r.lastModified(), sha, r.contentType()));
            return new Answer(new Fetched(url, r.body(), sha, r.contentType(),
                    known == null || !sha.equals(known.sha256())));
        }
        return outcome;
    }

    /** One request, tried again with backoff while it fails in a way worth retrying. */
    private Outcome attempts(URI url, Host host, CrawlState.Known known) throws InterruptedException {
        Failed last = null;
        for (int attempt = 1; attempt <= options.attempts(); attempt++) {
            if (attempt > 1) {
                Thread.sleep(options.backoff().toMillis() << (attempt - 2));
            }
            var response = send(url, host, known);
            if (response instanceof Answer a && a.result instanceof Failed f && retryable(f.status())) {
                last = f;
                continue;
            }
            return response;
        }
        return new Answer(new Failed(url, last.status(), last.reason() + " (after " + options.attempts() + " tries)"));
    }

    private static boolean retryable(int status) {
        return status == 0 || status == 429 || status >= 500;
    }

    private Outcome send(URI url, Host host, CrawlState.Known known) throws InterruptedException {
        host.turn.lock();
        try {
            if (host.requests >= options.maxPerHost()) {
                return new Answer(new Skipped(url, "request budget of " + options.maxPerHost()
                        + " for this host spent in this run"));
            }
            long wait = host.nextAllowed - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            host.requests++;
            var builder = HttpRequest.newBuilder(url).timeout(options.timeout())
                    .header("User-Agent", options.userAgent()).header("Accept-Encoding", "gzip, deflate").GET();
            boolean conditional = known != null && (known.etag() != null || known.lastModified() != null);
            if (known != null && known.etag() != null) {
                builder.header("If-None-Match", known.etag());
            }
            if (known != null && known.lastModified() != null) {
                builder.header("If-Modified-Since", known.lastModified());
            }
            try {
                var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                var headers = response.headers();
                if (status >= 300 && status < 400 && status != 304) {
                    response.body().close();
                    var location = headers.firstValue("Location").orElse(null);
                    log.request(url, status, "redirect", conditional);
                    if (location == null) {
                        return new Answer(new Failed(url, status, "redirect without a Location"));
                    }
                    var to = Urls.resolve(url, location);
                    if (to.url() == null) {
                        return new Answer(new Skipped(url, "redirect to 「" + location + "」 refused: " + to.refused()));
                    }
                    return new Redirect(to.url());
                }
                if (status == 304) {
                    response.body().close();
                    log.request(url, status, "not modified", conditional);
                    return new NotModified();
                }
                if (status != 200) {
                    response.body().close();
                    log.request(url, status, "failed", conditional);
                    return new Answer(new Failed(url, status, "HTTP " + status));
                }
                long length = headers.firstValueAsLong("Content-Length").orElse(-1);
                if (length > options.maxBytes()) {
                    // Refused before a byte is read, and not tried again: it will not get smaller.
                    response.body().close();
                    String why = "response of " + length + " bytes, more than the limit of " + options.maxBytes()
                            + " bytes (--max-mb); not downloaded";
                    log.request(url, status, "refused: " + why, conditional);
                    return new Answer(new Failed(url, status, why));
                }
                var encoding = headers.firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
                if (!List.of("identity", "gzip", "x-gzip", "deflate").contains(encoding)) {
                    response.body().close();
                    log.request(url, status, "failed: unsupported Content-Encoding " + encoding, conditional);
                    return new Answer(new Failed(url, status, "unsupported Content-Encoding: " + encoding));
                }
                byte[] body = read(response.body(), encoding);
                log.request(url, status, "fetched " + body.length + " bytes", conditional);
                return new Response(body, headers.firstValue("Content-Type").orElse(""),
                        headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
            } catch (IOException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("larger than the limit")) {
                    // Not tried again: it will not get smaller.
                    log.request(url, 200, "refused: " + message, conditional);
                    return new Answer(new Failed(url, 200, message + " (--max-mb)"));
                }
                String reason = e instanceof java.net.http.HttpTimeoutException || e.getMessage() == null
                        || message.contains("timed out")
                        ? "timed out: no answer within " + options.timeout().toSeconds() + " s" : message;
                log.request(url, 0, "failed: " + reason, conditional);
                return new Answer(new Failed(url, 0, reason));
            }
        } finally {
            host.nextAllowed = System.nanoTime() + host.delayNanos;
            host.turn.unlock();
        }
    }

    /**
     * A response body, decoded (gzip, deflate) and cut off past the size limit, counted after
     * decoding (a small gzip can inflate to gigabytes), or past the time limit.
     */
    private byte[] read(InputStream raw, String encoding) throws IOException {
        var timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        var deadline = timer.schedule(() -> {
            timedOut.set(true);
            try {
                raw.close();
            } catch (IOException ignored) {
                // Closing is how a slow body is stopped; nothing more to do.
            }
        }, options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try (raw) {
            InputStream in = switch (encoding) {
                case "gzip", "x-gzip" -> new java.util.zip.GZIPInputStream(raw);
                case "deflate" -> new java.util.zip.InflaterInputStream(raw);
                default -> raw;
            };
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > options.maxBytes()) {
                    throw new IOException("response larger than the limit of " + options.maxBytes() + " bytes"
                            + (raw == in ? "" : " once decoded (" + encoding + ")"));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new IOException("timed out: the body was not received within " + options.timeout().toSeconds()
                        + " s", e);
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    private Host host(URI url) {
        return hosts.computeIfAbsent(Hosts.of(url), h -> {
            var host = new Host();
            host.delayNanos = options.delay().toNanos();
            return host;
        });
    }

    /** robots.txt, fetched once per host per run (conditionally), its Crawl-delay honoured if longer. */
    private void loadRobots(URI url, Host host) throws SQLException, InterruptedException, IOException {
        var robots = URI.create(Hosts.of(url) + "/robots.txt");
        var parser = new SimpleRobotRulesParser();
        var answer = request(robots, host);
        BaseRobotRules rules;
        if (answer instanceof Answer a && a.result instanceof Fetched f) {
            rules = parser.parseContent(robots.toString(), f.body(), f.contentType(), List.of(ROBOT));
        } else if (answer instanceof Answer a && a.result instanceof Failed f) {
            rules = parser.failedFetch(f.status() == 0 ? 503 : f.status());
        } else {
            rules = parser.failedFetch(404);
        }
        if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
            host.delayNanos = Math.max(host.delayNanos, TimeUnit.MILLISECONDS.toNanos(rules.getCrawlDelay()));
        }
        host.rules = rules;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
