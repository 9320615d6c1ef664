package nianbao.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import nianbao.pipeline.Batch;
import nianbao.report.Outcome;
import nianbao.report.Status;

/**
 * Progress of a batch on standard error: on a terminal, one line rewritten in place (documents done
 * of total, rate, time left, failures); otherwise a plain line every ten seconds, for logs.
 */
final class Progress implements Batch.Listener {

    private static final long TERMINAL_EVERY = 250_000_000L;
    private static final long LOG_EVERY = 10_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile long total;
    private volatile long skipped;
    private long lastShown;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void planned(long total, long alreadyDone) {
        this.total = total;
        this.skipped = alreadyDone;
        if (alreadyDone > 0) {
            out.printf("resuming: %d of %d documents were done before%n", alreadyDone, total);
        }
    }

    @Override
    public void finished(Outcome outcome, long millis) {
        long n = done.incrementAndGet();
        if (outcome.status() == Status.FAILED) {
            failed.incrementAndGet();
        }
        long now = System.nanoTime();
        synchronized (this) {
            if (now - lastShown >= (terminal ? TERMINAL_EVERY : LOG_EVERY) || n + skipped == total) {
                lastShown = now;
                show(n, now);
            }
        }
    }

    private void show(long n, long now) {
        double seconds = (now - started) / 1e9;
        double rate = n / Math.max(seconds, 1e-9);
        long left = total - skipped - n;
        String line = String.format(Locale.ROOT, "%d/%d documents, %.1f/s, %s left, %d failed", n + skipped, total,
                rate, clock(left / Math.max(rate, 1e-9)), failed.get());
        if (terminal) {
            out.print("\r" + line + "   ");
            if (left == 0) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
