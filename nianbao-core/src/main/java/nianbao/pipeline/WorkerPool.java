package nianbao.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nianbao.report.Outcome;

/**
 * Documents read in worker processes ({@link Worker}), one at a time each: a document that runs past
 * its time limit and does not stop itself is ended with its process, as is one that exhausts the
 * process's memory, and the process is replaced. The documents beside it, in other processes, are
 * unaffected: no thread is left behind holding a core or memory (a thread cannot be killed; a process
 * can).
 */
public final class WorkerPool implements Extractor {

    /** Past its time limit, a document gets this long to stop itself before its process is killed. */
    static final Duration GRACE = Duration.ofSeconds(5);
    /** The exit code of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY = 3;
    /** Memory for each worker process, at least. */
    private static final long MIN_HEAP_MIB = 512;

    private final Class<?> workerMain;
    private final Pipeline.Settings settings;
    private final Duration timeout;
    private final long heapMib;
    private final String classPath;
    private final LinkedBlockingDeque<Process> idle = new LinkedBlockingDeque<>();
    private final List<Process> all = new ArrayList<>();
    private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "nianbao-worker-killer");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param workers  how many documents may be read at once (each borrows a process)
     * @param settings what the pipeline of each worker may do
     * @param timeout  the time limit per document, zero for none
     */
    public WorkerPool(int workers, Pipeline.Settings settings, Duration timeout) {
        // The memory this JVM may use, shared among its workers.
        this(workers, settings, timeout, Worker.class,
                Math.max(MIN_HEAP_MIB, Runtime.getRuntime().maxMemory() / (1024 * 1024) / Math.max(1, workers)));
    }

    /**
     * With another worker main class and heap: tests give one that stalls or exhausts its memory on
     * request, in a small heap.
     */
    WorkerPool(int workers, Pipeline.Settings settings, Duration timeout, Class<?> worker, long heapMib) {
        this(settings, timeout, worker, heapMib, System.getProperty("java.class.path"));
    }

    /**
     * Worker processes of a given heap started from a given class path: a Spark executor's own class
     * path does not hold the job's jar, which it loads itself.
     */
    public WorkerPool(Pipeline.Settings settings, Duration timeout, long heapMib, String classPath) {
        this(settings, timeout, Worker.class, heapMib, classPath);
    }

    private WorkerPool(Pipeline.Settings settings, Duration timeout, Class<?> worker, long heapMib, String classPath) {
        this.workerMain = worker;
        this.settings = settings;
        this.timeout = timeout;
        this.heapMib = heapMib;
        this.classPath = classPath;
    }

    @Override
    public Outcome process(Path file, String source) {
        var read = Pipeline.readFile(file, settings.maxBytes());
        if (read.bytes() == null) {
            return new Pipeline(settings).failed(source, read.reason());
        }
        return process(read.bytes(), source, Pipeline.Hints.ofFile(file));
    }

    @Override
    public Outcome process(byte[] bytes, String source, Pipeline.Hints hints) {
        Process process = idle.pollFirst();
        try {
            if (process == null || !process.isAlive()) {
                process = start();
            }
        } catch (IOException e) {
            return failed(bytes, source, "no worker process could be started: " + e.getMessage());
        }
        var killed = new AtomicBoolean();
        final Process worker = process;
        var kill = timeout.isZero() ? null : killer.schedule(() -> {
            killed.set(true);
            worker.destroyForcibly();
        }, timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        try {
            var out = new DataOutputStream(new BufferedOutputStream(worker.getOutputStream()));
            out.writeInt(bytes.length);
            out.write(bytes);
            write(out, source);
            write(out, hints.httpCharset() == null ? "" : hints.httpCharset());
            write(out, hints.baseUri());
            write(out, hints.jurisdiction());
            write(out, hints.folder());
            out.writeInt(hints.pictures().size());
            for (var picture : hints.pictures().entrySet()) {
                write(out, picture.getKey());
                out.writeInt(picture.getValue().length);
                out.write(picture.getValue());
            }
            out.writeLong(timeout.toMillis());
            out.flush();
            var outcome = (Outcome) answers(worker).readObject();
            if (kill != null) {
                kill.cancel(false);
            }
            if (!killed.get()) {
                idle.addFirst(worker);
                return outcome;
            }
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // The process ended: killed past its time, out of memory, or crashed.
        } finally {
            if (kill != null) {
                kill.cancel(false);
            }
        }
        // Its own end first (an exit on running out of memory takes a moment), then it is made sure of.
        int exit = exitCode(worker);
        worker.destroyForcibly();
        answers.remove(worker);
        synchronized (all) {
            all.remove(worker);
        }
        String reason = killed.get()
                ? "did not finish within the time limit of " + timeout.toSeconds() + " s and did not stop; its worker "
                + "process was ended (--timeout)"
                : exit == OUT_OF_MEMORY
                ? "ran out of memory reading this document of " + bytes.length / 1024 + " KiB (" + heapMib
                + " MiB per worker process)"
                : "its worker process ended while reading it (exit code " + exit + ")";
        return failed(bytes, source, reason);
    }

    private static Outcome failed(byte[] bytes, String source, String reason) {
        var outcome = new Pipeline().failed(source, reason);
        return new Outcome(Pipeline.docId(bytes), outcome.source(), outcome.format(), outcome.status(),
                outcome.report()).withBytes(Pipeline.sha256(bytes), bytes.length);
    }

    private static int exitCode(Process process) {
        try {
            return process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void write(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Each process's stream of answers, opened once. */
    private final java.util.Map<Process, ObjectInputStream> answers = new java.util.concurrent.ConcurrentHashMap<>();

    private ObjectInputStream answers(Process process) throws IOException {
        var in = answers.get(process);
        if (in == null) {
            in = new ObjectInputStream(new BufferedInputStream(process.getInputStream()));
            answers.put(process, in);
        }
        return in;
    }

    private Process start() throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx" + heapMib + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"));
        var archive = classDataArchive(classPath);
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-cp", classPath, workerMain.getName(), String.valueOf(settings.maxPages()),
                String.valueOf(settings.maxBytes()), String.valueOf(settings.ocr())));
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        synchronized (all) {
            all.add(process);
        }
        return process;
    }

    /**
     * The class-data-sharing archive the build made beside the jar ({@code nianbao.jar} →
     * {@code nianbao.jsa}), or null: a worker then starts in 0.25 s less (its classes mapped, not
     * loaded and verified). An archive that does not match the jar (rebuilt since) is ignored by the
     * JVM with a warning on standard error, which workers discard.
     */
    static Path classDataArchive(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        var archive = Path.of(classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa");
        return java.nio.file.Files.isRegularFile(archive) ? archive : null;
    }

    @Override
    public void close() {
        killer.shutdownNow();
        synchronized (all) {
            for (var p : all) {
                try {
                    p.getOutputStream().close();
                } catch (IOException ignored) {
                    // Closing its input ends a worker; one that does not is killed below.
                }
            }
            for (var p : all) {
                try {
                    if (!p.waitFor(2, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
                answers.remove(p);
            }
            all.clear();
        }
    }
}
