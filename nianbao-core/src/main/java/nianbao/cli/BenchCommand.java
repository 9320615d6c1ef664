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

    @Option(names = "--scans", defaultValue = "scripts/scans.tsv", paramLabel = "FILE",
            description = "scans and the born-digital PDFs they are of (scan<TAB>source a line, after a header line): "
                    + "OCR pages/s per core, and how many of each source's figures its scan gives "
                    + "(default: ${DEFAULT-VALUE}, written by scripts/make-scans.sh; skipped when absent)")
    private Path scans;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "only documents of these formats (pdf, html, docx, doc, xlsx, xls, text, image), told from "
                    + "their bytes (default: all)")
    private List<String> formats = List.of();

    /** The inputs the batch reads: all, or those of the --format formats. */
    private List<String> batchInputs;

    /** Per format: documents and the sum of their own times. */
    private static final class Timing implements Batch.Listener {
        final Map<String, long[]> byFormat = new TreeMap<>();

        @Override
        public synchronized void finished(Outcome outcome, long millis) {
            String format = outcome.format().isEmpty() ? "unreadable" : outcome.format();
            // Scans apart: OCR costs a thousand times what a text layer does.
            boolean ocr = outcome.report().figures().stream().anyMatch(f -> f.recognition() != null && f.recognition().ocr());
            var t = byFormat.computeIfAbsent(ocr ? format + "+ocr" : format, f -> new long[2]);
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
        batchInputs = inputs;
        if (!formats.isEmpty()) {
            var detector = new nianbao.source.FormatDetector();
            var chosen = new ArrayList<String>();
            for (var input : Inputs.list(inputs)) {
                if (input.problem() == null) {
                    var format = detector.detect(Files.readAllBytes(input.path())).format();
                    if (format != null && formats.contains(format.code())) {
                        chosen.add(input.path().toString());
                    }
                }
            }
            batchInputs = chosen;
            out.printf("  %d inputs of format %s%n", chosen.size(), String.join(", ", formats));
        }
        var jit = ManagementFactory.getCompilationMXBean();
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
            long compiledBefore = jit.getTotalCompilationTime();
            double wall = batch(pipeline, n, scratch, timing);
            long compiled = jit.getTotalCompilationTime() - compiledBefore;
            sampler.shutdownNow();
            long documents = timing.byFormat.values().stream().mapToLong(t -> t[0]).sum();
            if (firstWall == 0) {
                firstWall = wall;
            }
            out.printf(Locale.ROOT, "%n%d worker(s): %d documents in %.1f s, %.1f documents/s, speed-up %.2f, "
                    + "peak heap in use %d MiB, JIT compiling %.1f s (on other threads)%n", n, documents, wall,
                    documents / wall, firstWall / wall, peak.get() / (1024 * 1024), compiled / 1000.0);
            out.printf("  %-10s %10s %22s%n", "format", "documents", "documents/s per core");
            for (var e : timing.byFormat.entrySet()) {
                out.printf(Locale.ROOT, "  %-10s %10d %22.1f%n", e.getKey(), e.getValue()[0],
                        e.getValue()[0] / Math.max(e.getValue()[1] / 1000.0, 1e-9));
            }
        }
        if (formats.isEmpty() || formats.contains("pdf")) {
            comparePdf(pipeline);
        }
        if (Files.isRegularFile(scans) && (formats.isEmpty() || formats.contains("image") || formats.contains("pdf"))) {
            ocr(pipeline);
        }
        out.printf(Locale.ROOT, "%nJIT compilation in this run: %.1f s in all%n", jit.getTotalCompilationTime() / 1000.0);
        return 0;
    }

    private double batch(Pipeline pipeline, int workers, Path scratch, Timing timing) throws Exception {
        long start = System.nanoTime();
        try (var store = ResultStore.open(scratch, true)) {
            // In this process, as the documents' own time is measured: the bench measures reading, not processes.
            var limit = Duration.ofSeconds(120);
            new Batch(pipeline, nianbao.pipeline.Extractor.inProcess(pipeline, limit), workers, limit)
                    .run(batchInputs, store, timing);
            nianbao.output.Export.csv(store, scratch, true);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * nianbao's PDF extraction and PDFTextStripper, alternately, on the same bytes, one thread; and
     * nianbao with OCR off, to show that a PDF with text takes the same path either way. Scans are left
     * out: PDFTextStripper reads nothing on them.
     */
    private void comparePdf(Pipeline pipeline) throws IOException {
        var withoutOcr = new Pipeline(new Pipeline.Settings(Pipeline.MAX_PAGES, Pipeline.MAX_BYTES, false));
        var files = Inputs.list(inputs).stream().filter(i -> i.problem() == null).map(Inputs.Input::path).toList();
        var selection = PdfComparison.select(files, withoutOcr, maxPdfs);
        var pdfs = selection.pdfs();
        long pages = selection.pages();
        if (pdfs.isEmpty()) {
            return;
        }
        // The three sides in turn, each round starting with the next, so that none always follows
        // another's garbage: each side's pages/s in each measured round.
        List<java.util.function.Consumer<byte[]>> sides = List.of(pdf -> pipeline.process(pdf, "bench"), pdf -> {
            try {
                PlainTextBaseline.extract(pdf);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, pdf -> withoutOcr.process(pdf, "bench"));
        double[][] rates = new double[sides.size()][rounds];
        for (int round = 0; round < warmup + rounds; round++) {
            for (int k = 0; k < sides.size(); k++) {
                int side = (round + k) % sides.size();
                long start = System.nanoTime();
                for (var pdf : pdfs) {
                    sides.get(side).accept(pdf);
                }
                if (round >= warmup) {
                    rates[side][round - warmup] = pages / ((System.nanoTime() - start) / 1e9);
                }
            }
        }
        double[] ratio = new double[rounds];
        double[] onOff = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = rates[0][r] / rates[1][r];
            onOff[r] = rates[0][r] / rates[2][r];
        }
        var out = System.out;
        out.printf(Locale.ROOT, "%nPDF with text, one thread, %d files both read, %d pages, %d rounds, pages/s as median "
                + "(min–max):%n  nianbao %s; PDFBox PDFTextStripper %s; ratio %s%n  nianbao with --no-ocr %s; OCR on/off "
                + "ratio %s%n", pdfs.size(), pages, rounds, PdfComparison.Spread.of(rates[0]),
                PdfComparison.Spread.of(rates[1]), spread2(ratio), PdfComparison.Spread.of(rates[2]), spread2(onOff));
        report(out, "refused or failed by nianbao, not counted", selection.refused());
        report(out, "failed by PDFTextStripper, not counted", selection.baselineFailed());
    }

    private static String spread2(double[] values) {
        var s = PdfComparison.Spread.of(values);
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", s.median(), s.min(), s.max());
    }

    private static void report(java.io.PrintStream out, String what, List<String> files) {
        if (!files.isEmpty()) {
            out.printf("  %d %s: %s%s%n", files.size(), what, String.join("; ", files.subList(0, Math.min(3, files.size()))),
                    files.size() > 3 ? "; …" : "");
        }
    }

    /**
     * OCR on one thread: each scan of the list read as {@code extract} reads it, pages per second of its
     * own time (after {@code --warmup} unmeasured readings of the first, which load the models); and
     * each scan's figures against its born-digital source's, read from the text layer: right, left
     * empty, or wrong.
     */
    private void ocr(Pipeline pipeline) throws IOException {
        var withoutOcr = new Pipeline(new Pipeline.Settings(Pipeline.MAX_PAGES, Pipeline.MAX_BYTES, false));
        var pairs = new ArrayList<Path[]>();
        var resolutions = new ArrayList<String>();
        for (var line : Files.readAllLines(scans).stream().skip(1).toList()) {
            var cells = line.split("\t");
            if (cells.length >= 2 && Files.isRegularFile(Path.of(cells[0])) && Files.isRegularFile(Path.of(cells[1]))) {
                pairs.add(new Path[] {Path.of(cells[0]), Path.of(cells[1])});
                // The scanner's settings, when the list gives them (scripts/make-scans.sh does): "dpi=200, …".
                var dpi = cells.length > 2 ? java.util.regex.Pattern.compile("dpi=(\\d+)").matcher(cells[2]) : null;
                resolutions.add(dpi != null && dpi.find() ? dpi.group(1) + " dpi" : "resolution not given");
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        for (int i = 0; i < warmup; i++) {
            pipeline.process(pairs.get(0)[0], "bench");
        }
        long nanos = 0;
        long pages = 0;
        var byResolution = new TreeMap<String, double[]>();
        int right = 0;
        int empty = 0;
        int wrong = 0;
        for (int i = 0; i < pairs.size(); i++) {
            var pair = pairs.get(i);
            long start = System.nanoTime();
            var scan = pipeline.process(pair[0], pair[0].toString());
            long took = System.nanoTime() - start;
            nanos += took;
            pages += scan.pages();
            var rate = byResolution.computeIfAbsent(resolutions.get(i), k -> new double[2]);
            rate[0] += scan.pages();
            rate[1] += took / 1e9;
            var read = new java.util.HashMap<String, java.math.BigDecimal>();
            for (var figure : scan.report().figures()) {
                if (figure.value() != null) {
                    read.put(figure.field().id(), figure.value());
                }
            }
            for (var figure : withoutOcr.process(pair[1], pair[1].toString()).report().figures()) {
                if (figure.value() == null) {
                    continue;
                }
                var got = read.remove(figure.field().id());
                if (got == null) {
                    empty++;
                } else if (got.compareTo(figure.value()) == 0) {
                    right++;
                } else {
                    wrong++;
                }
            }
            // A figure the scan gives and its source does not is wrong too.
            wrong += read.size();
        }
        double seconds = nanos / 1e9;
        int total = right + empty + wrong;
        System.out.printf(Locale.ROOT, "%nOCR, one thread, %d scans (%s), %d pages in %.1f s: %.2f pages/s per core; "
                        + "their sources' %d figures: %d right (%.1f %%), %d empty, %d wrong%n", pairs.size(), scans,
                pages, seconds, pages / seconds, total, right, 100.0 * right / Math.max(1, total), empty, wrong);
        for (var e : byResolution.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-22s %4.0f pages %6.2f pages/s per core%n", e.getKey(), e.getValue()[0],
                    e.getValue()[0] / e.getValue()[1]);
        }
    }
}
