package nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nianbao.pipeline.Pipeline;
import nianbao.report.Status;
import nianbao.source.pdf.PlainTextBaseline;

/**
 * The PDFs a speed comparison may count: those both sides read. A PDF nianbao refuses (3,000 pages
 * over its limit, a password) or cannot read, a scan (PDFTextStripper reads nothing on it), and one
 * PDFTextStripper fails on are each reported apart and not counted: a side is never credited with
 * pages it did not read (issue 15: the 3,000-page hostile PDF made nianbao look 3.8 times faster).
 */
final class PdfComparison {

    /**
     * @param pdfs            the PDFs both read, with their bytes
     * @param pages           their pages, as both count them
     * @param refused         PDFs nianbao did not read, with its reason
     * @param baselineFailed  PDFs PDFTextStripper could not read, with its reason
     */
    record Selection(List<byte[]> pdfs, long pages, List<String> refused, List<String> baselineFailed) {
    }

    /** Minimum, median and maximum of a measure over rounds. */
    record Spread(double min, double median, double max) {

        static Spread of(double[] values) {
            var sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(sorted[0], median, sorted[n - 1]);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", median, min, max);
        }
    }

    private PdfComparison() {
    }

    /**
     * The PDFs among {@code files} (by their bytes, whatever their names) that both nianbao, with OCR
     * off, and PDFTextStripper read; at most {@code max}.
     */
    static Selection select(List<Path> files, Pipeline withoutOcr, int max) throws IOException {
        var pdfs = new ArrayList<byte[]>();
        var refused = new ArrayList<String>();
        var baselineFailed = new ArrayList<String>();
        long pages = 0;
        for (var file : files) {
            if (pdfs.size() >= max) {
                break;
            }
            byte[] bytes = Files.readAllBytes(file);
            var read = withoutOcr.process(bytes, file.toString());
            if (!read.format().equals("pdf")) {
                continue;
            }
            if (read.status() == Status.FAILED) {
                refused.add(file + ": " + read.findings().get(0).message());
                continue;
            }
            try {
                int baselinePages = PlainTextBaseline.extract(bytes);
                pages += baselinePages;
                pdfs.add(bytes);
            } catch (IOException | RuntimeException e) {
                baselineFailed.add(file + ": " + e.getMessage());
            }
        }
        return new Selection(pdfs, pages, refused, baselineFailed);
    }
}
