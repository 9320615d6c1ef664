package nianbao.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nianbao.pipeline.Inputs;
import nianbao.pipeline.Pipeline;
import nianbao.source.pdf.PlainTextBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench [INPUT...]}: extraction speed per format and, for PDFs, against PDFBox's plain text
 * extraction of the same files in the same run. Files are read into memory first, so that the
 * disk is not measured; each round times nianbao and then the baseline, after warm-up rounds.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction speed: documents/s and pages/s per format, and for PDFs the ratio to "
                + "PDFBox's PDFTextStripper on the same files in the same run.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files or folders (default: corpus)")
    private List<String> inputs = List.of("corpus");

    @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "rounds run first and not measured "
            + "(default: ${DEFAULT-VALUE})")
    private int warmup;

    private record Document(String format, byte[] bytes, int pages) {
    }

    @Override
    public Integer call() throws Exception {
        var pipeline = new Pipeline();
        var documents = new ArrayList<Document>();
        for (var input : Inputs.expand(inputs)) {
            byte[] bytes = Files.readAllBytes(input.path());
            var outcome = pipeline.process(bytes, input.source());
            int pages = outcome.format().equals("pdf") ? PlainTextBaseline.extract(bytes) : 1;
            documents.add(new Document(outcome.format(), bytes, pages));
        }
        Map<String, long[]> nianbao = new LinkedHashMap<>();
        long baseline = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            boolean measured = round >= warmup;
            for (var d : documents) {
                long start = System.nanoTime();
                pipeline.process(d.bytes(), "bench");
                long took = System.nanoTime() - start;
                if (measured) {
                    var total = nianbao.computeIfAbsent(d.format(), f -> new long[3]);
                    total[0] += took;
                    total[1] += 1;
                    total[2] += d.pages();
                }
            }
            for (var d : documents) {
                if (d.format().equals("pdf")) {
                    long start = System.nanoTime();
                    PlainTextBaseline.extract(d.bytes());
                    if (measured) {
                        baseline += System.nanoTime() - start;
                    }
                }
            }
        }
        var out = System.out;
        out.printf("%d documents, %d measured rounds after %d warm-up rounds, 1 thread%n", documents.size(), rounds,
                warmup);
        out.printf("%-8s %10s %12s %10s%n", "format", "documents", "documents/s", "pages/s");
        for (var e : nianbao.entrySet()) {
            long[] t = e.getValue();
            double seconds = t[0] / 1e9;
            out.printf(Locale.ROOT, "%-8s %10d %12.1f %10.1f%n", e.getKey(), t[1] / rounds, t[1] / seconds,
                    t[2] / seconds);
        }
        var pdf = nianbao.get("pdf");
        if (pdf != null && baseline > 0) {
            double ours = pdf[2] / (pdf[0] / 1e9);
            double theirs = pdf[2] / (baseline / 1e9);
            out.printf(Locale.ROOT, "PDFBox PDFTextStripper on the same PDFs: %.1f pages/s; nianbao/PDFTextStripper = %.2f%n",
                    theirs, ours / theirs);
        }
        return 0;
    }
}
