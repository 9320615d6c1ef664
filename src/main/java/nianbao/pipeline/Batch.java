package nianbao.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nianbao.output.ResultStore;
import nianbao.report.Outcome;

/**
 * Many documents through the pipeline with N workers, each result stored as it finishes. Inputs are
 * walked lazily and at most N documents are in flight, so memory does not grow with the corpus.
 * Inputs already in the store (a resumed run) are skipped. A document that runs past its time is
 * stopped by the readers' own checks ({@link nianbao.source.Deadline}); one stuck where no check
 * reaches is abandoned by a watchdog, recorded as failed, and its worker replaced.
 */
public final class Batch {

    /** Told how the batch goes: for progress display. */
    public interface Listener {

        /** The walk's size, and how many of its inputs are already done. */
        void planned(long total, long done);

        void finished(Outcome outcome, long millis);
    }

    /** Beyond its time limit, a document gets this long to stop itself before it is abandoned. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Pipeline pipeline;
    private final int jobs;
    private final Duration timeout;

    public Batch(Pipeline pipeline, int jobs, Duration timeout) {
        this.pipeline = pipeline;
        this.jobs = jobs;
        this.timeout = timeout;
    }

    /** A document being processed. */
    private record Task(Inputs.Input input, Thread thread, long started, AtomicBoolean ended) {
    }

    /**
     * Processes every input of the walk not yet in the store.
     *
     * @throws IllegalStateException when results cannot be stored (a full disk): the run stops, and a
     *                               resumed run goes on from what was stored
     */
    public void run(List<String> arguments, ResultStore store, Listener listener) throws InterruptedException {
        long total = Inputs.count(arguments);
        var done = store.done();
        listener.planned(total, done.cardinality());
        var permits = new Semaphore(jobs);
        var storeFailure = new AtomicReference<RuntimeException>();
        var inFlight = new ConcurrentHashMap<Long, Task>();
        var ids = new AtomicInteger();
        var workers = Executors.newCachedThreadPool(r -> {
            var t = new Thread(r, "nianbao-worker-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "nianbao-watchdog");
            t.setDaemon(true);
            return t;
        });
        long limit = timeout.plus(GRACE).toNanos();
        watchdog.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            for (var task : inFlight.values()) {
                if (!timeout.isZero() && now - task.started() > limit && task.ended().compareAndSet(false, true)) {
                    inFlight.remove(task.input().seq());
                    task.thread().interrupt();
                    var outcome = pipeline.failed(task.input().source(), "did not finish within the time limit of "
                            + timeout.toSeconds() + " s and could not be stopped; abandoned (--timeout)");
                    finish(store, listener, task.input(), outcome, (now - task.started()) / 1_000_000, permits,
                            storeFailure);
                }
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
        try {
            InterruptedException[] interrupted = {null};
            Inputs.walk(arguments, input -> {
                if (interrupted[0] != null || storeFailure.get() != null
                        || (input.seq() <= Integer.MAX_VALUE && done.get((int) input.seq()))) {
                    return;
                }
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    interrupted[0] = e;
                    return;
                }
                workers.execute(() -> {
                    var task = new Task(input, Thread.currentThread(), System.nanoTime(), new AtomicBoolean());
                    inFlight.put(input.seq(), task);
                    var outcome = pipeline.process(input.path(), input.source(), timeout);
                    if (task.ended().compareAndSet(false, true)) {
                        inFlight.remove(input.seq());
                        finish(store, listener, input, outcome, (System.nanoTime() - task.started()) / 1_000_000,
                                permits, storeFailure);
                    }
                    Thread.interrupted();
                });
            });
            if (interrupted[0] != null) {
                throw interrupted[0];
            }
            permits.acquire(jobs);
            permits.release(jobs);
            if (storeFailure.get() != null) {
                throw storeFailure.get();
            }
        } finally {
            watchdog.shutdownNow();
            workers.shutdownNow();
            store.commit();
        }
    }

    private static void finish(ResultStore store, Listener listener, Inputs.Input input, Outcome outcome, long millis,
                               Semaphore permits, AtomicReference<RuntimeException> storeFailure) {
        try {
            store.add(input.seq(), outcome, millis);
            listener.finished(outcome, millis);
        } catch (RuntimeException e) {
            storeFailure.compareAndSet(null, e);
        } finally {
            permits.release();
        }
    }
}
