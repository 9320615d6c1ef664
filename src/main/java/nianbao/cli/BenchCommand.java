package nianbao.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nianbao.output.ResultStore;
import nianbao.pipeline.Batch;
import nianbao.pipeline.Inputs;
import nianbao.pipeline.Pipeline;
import nianbao.report.Outcome;
import nianbao.source.pdf.PlainTextBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench [INPUT...]}: the batch's speed and memory, and PDF reading against PDFBox's plain
 * text extraction, measured side by side in one run. First the inputs are extracted as
 * {@code extract} does (from disk, results stored, CSV written) once per worker count, with
 * documents/s per format per core (each document's own time), the wall-clock speed-up and the peak
 * heap in use; then the PDFs among them, read into memory, go through nianbao's PDF extraction and
 * {@code PDFTextStripper} in alternating rounds on one thread.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory: documents/s per format, the speed-up from more workers, peak heap, "
                + "and PDF pages/s against PDFBox's PDFTextStripper on the same files in the same run.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files or folders (default: corpus)")
    private List<String> inputs = List.of("corpus");

    @Option(names = "--jobs", split = ",", paramLabel = "N", description = "worker counts to compare (default: 1,2)")
    private List<Integer> jobs = List.of(1, 2);

    @Option(names = "--rounds", defaultValue = "3", description = "measured rounds of the PDF comparison "
            + "(default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "1", description = "unmeasured rounds before everything "
            + "(default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--max-pdfs", defaultValue = "300", description = "PDFs in the comparison with PDFTextStripper, "
            + "at most (default: ${DEFAULT-VALUE})")
    private int maxPdfs;

    /** Per format: documents and the sum of their own times. */
    private static final class Timing implements Batch.Listener {
        final Map<String, long[]> byFormat = new TreeMap<>();

        @Override
        public void planned(long total, long done) {
        }

        @Override
        public synchronized void finished(Outcome outcome, long millis) {
            var t = byFormat.computeIfAbsent(outcome.format().isEmpty() ? "unreadable" : outcome.format(),
                    f -> new long[2]);
            t[0]++;
            t[1] += millis;
        }
    }

    @Override
    public Integer call() throws Exception {
        var out = System.out;
        var pipeline = new Pipeline();
        var scratch = Files.createTempDirectory("nianbao-bench");
        out.printf("nianbao bench: %s; %d cores; max heap %d MiB%n", String.join(" ", inputs),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (int i = 0; i < warmup; i++) {
            batch(pipeline, Math.max(1, jobs.get(jobs.size() - 1)), scratch, new Timing());
        }
        double firstWall = 0;
        for (int n : jobs) {
            var timing = new Timing();
            var peak = new AtomicLong();
            var sampler = Executors.newSingleThreadScheduledExecutor();
            var memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 20, TimeUnit.MILLISECONDS);
            double wall = batch(pipeline, n, scratch, timing);
            sampler.shutdownNow();
            long documents = timing.byFormat.values().stream().mapToLong(t -> t[0]).sum();
            if (firstWall == 0) {
                firstWall = wall;
            }
            out.printf(Locale.ROOT, "%n%d worker(s): %d documents in %.1f s, %.1f documents/s, speed-up %.2f, "
                    + "peak heap in use %d MiB%n", n, documents, wall, documents / wall, firstWall / wall,
                    peak.get() / (1024 * 1024));
            out.printf("  %-10s %10s %22s%n", "format", "documents", "documents/s per core");
            for (var e : timing.byFormat.entrySet()) {
                out.printf(Locale.ROOT, "  %-10s %10d %22.1f%n", e.getKey(), e.getValue()[0],
                        e.getValue()[0] / Math.max(e.getValue()[1] / 1000.0, 1e-9));
            }
        }
        comparePdf(pipeline);
        return 0;
    }

    private double batch(Pipeline pipeline, int workers, Path scratch, Timing timing) throws Exception {
        long start = System.nanoTime();
        try (var store = ResultStore.open(scratch, true)) {
            // In this process, as the documents' own time is measured: the bench measures reading, not processes.
            var limit = Duration.ofSeconds(120);
            new Batch(pipeline, nianbao.pipeline.Extractor.inProcess(pipeline, limit), workers, limit)
                    .run(inputs, store, timing);
            nianbao.output.Export.csv(store, scratch, true);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** nianbao's PDF extraction and PDFTextStripper, alternately, on the same bytes, one thread. */
    private void comparePdf(Pipeline pipeline) throws IOException {
        var pdfs = new ArrayList<byte[]>();
        long pages = 0;
        for (var input : Inputs.list(inputs)) {
            if (pdfs.size() >= maxPdfs || !input.path().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(input.path());
            if (!pipeline.process(bytes, "bench").format().equals("pdf")) {
                continue;
            }
            try {
                pages += PlainTextBaseline.extract(bytes);
                pdfs.add(bytes);
            } catch (IOException unreadable) {
                // A damaged PDF has no plain text either: it is left out of the comparison.
            }
        }
        if (pdfs.isEmpty()) {
            return;
        }
        long ours = 0;
        long theirs = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            long a = System.nanoTime();
            for (var pdf : pdfs) {
                pipeline.process(pdf, "bench");
            }
            long b = System.nanoTime();
            for (var pdf : pdfs) {
                PlainTextBaseline.extract(pdf);
            }
            long c = System.nanoTime();
            if (round >= warmup) {
                ours += b - a;
                theirs += c - b;
            }
        }
        double oursRate = pages * rounds / (ours / 1e9);
        double theirsRate = pages * rounds / (theirs / 1e9);
        System.out.printf(Locale.ROOT, "%nPDF, one thread, %d files, %d pages, %d rounds: nianbao %.1f pages/s, "
                        + "PDFBox PDFTextStripper %.1f pages/s, ratio %.2f%n", pdfs.size(), pages, rounds, oursRate,
                theirsRate, oursRate / theirsRate);
    }
}
