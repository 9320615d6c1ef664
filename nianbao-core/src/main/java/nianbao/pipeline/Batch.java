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

        /** A listener that hears nothing. */
        Listener NONE = new Listener() {
        };

        /** The walk's size, and how many of its inputs are already done. */
        default void planned(long total, long done) {
        }

        default void finished(Outcome outcome, long millis) {
        }
    }

    /**
     * Beyond its time limit, a document gets this long to stop itself before it is abandoned; twice
     * as long in worker processes, which end it themselves first, with a more precise reason.
     */
    private static final Duration GRACE = WorkerPool.GRACE;

    private final Pipeline pipeline;
    private final Extractor extractor;
    private final int jobs;
    private final Duration timeout;

    /**
     * @param pipeline  for the outcomes of documents that could not be read
     * @param extractor where documents are read: this process's threads, or worker processes
     */
    public Batch(Pipeline pipeline, Extractor extractor, int jobs, Duration timeout) {
        this.pipeline = pipeline;
        this.extractor = extractor;
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
        run(arguments, null, false, store, listener);
    }

    /**
     * Processes every input of the walk, leaving out the folder {@code excluded} (the output folder,
     * when it lies inside an input folder).
     *
     * @param resume whether to keep what an earlier run into the store finished: an input whose path
     *               and bytes are those it finished is not read again, whatever its place in this walk
     */
    public void run(List<String> arguments, java.nio.file.Path excluded, boolean resume, ResultStore store,
                    Listener listener) throws InterruptedException {
        long total = Inputs.count(arguments, excluded);
        var finished = resume ? store.resume() : java.util.Map.<String, ResultStore.Finished>of();
        listener.planned(total, finished.size());
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
        long limit = timeout.plus(extractor instanceof WorkerPool ? GRACE.multipliedBy(2) : GRACE).toNanos();
        watchdog.scheduleAtFixedRate(() -> {
            // Nothing may end the watchdog: an error here is one document's, never the run's.
            try {
                long now = System.nanoTime();
                for (var task : inFlight.values()) {
                    if (!timeout.isZero() && now - task.started() > limit && task.ended().compareAndSet(false, true)) {
                        inFlight.remove(task.input().seq());
                        task.thread().interrupt();
                        var outcome = pipeline.abandoned(task.input().source(), timeout);
                        finish(store, listener, task.input(), outcome, (now - task.started()) / 1_000_000, permits,
                                storeFailure);
                    }
                }
            } catch (Throwable e) {
                storeFailure.compareAndSet(null, new IllegalStateException("the watchdog failed: " + e, e));
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
        try {
            InterruptedException[] interrupted = {null};
            Inputs.walk(arguments, excluded, input -> {
                if (interrupted[0] != null || storeFailure.get() != null || alreadyDone(input, finished, store)) {
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
                    Outcome outcome;
                    try {
                        outcome = input.problem() != null ? pipeline.failed(input.source(), input.problem())
                                : extractor.process(input.path(), input.source());
                    } catch (Throwable e) {
                        // Out of memory or a bug outside the readers: this document fails, the run goes on.
                        outcome = pipeline.failed(input.source(), e);
                    }
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

    /** Whether an earlier run finished this input, the same bytes at the same path: then it keeps its result. */
    private static boolean alreadyDone(Inputs.Input input, java.util.Map<String, ResultStore.Finished> finished,
                                       ResultStore store) {
        var before = finished.get(input.source());
        if (before == null || input.problem() != null) {
            return false;
        }
        var read = Pipeline.readFile(input.path(), Long.MAX_VALUE);
        if (read.bytes() == null || !Pipeline.docId(read.bytes()).equals(before.docKey())) {
            return false;
        }
        store.reuse(input.seq(), input.source(), before);
        return true;
    }

    private static void finish(ResultStore store, Listener listener, Inputs.Input input, Outcome outcome, long millis,
                               Semaphore permits, AtomicReference<RuntimeException> storeFailure) {
        try {
            store.add(input.seq(), ResultStore.prepare(outcome), millis);
            listener.finished(outcome, millis);
        } catch (RuntimeException e) {
            storeFailure.compareAndSet(null, e);
        } catch (Throwable e) {
            storeFailure.compareAndSet(null, new IllegalStateException(e.toString(), e));
        } finally {
            permits.release();
        }
    }
}
