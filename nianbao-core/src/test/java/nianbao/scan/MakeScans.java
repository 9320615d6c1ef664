package nianbao.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code corpus/scans/}: corpus PDFs scanned by {@link Scanner} at 150, 200 and 300 dpi, askew,
 * noisy, blurred, JPEG-compressed and stamped with a red seal, each damage on at least two reports,
 * as PDFs of pictures and as picture files (a multi-page TIFF, a PNG page, a phone's JPEG photo of a
 * page), and {@value #SOURCES}, which source each scan is of. Byte for byte reproducible. Run by {@code scripts/make-scans.sh}.
 */
public final class MakeScans {

    /** A scan to make: its source under corpus/, its settings, and the file it becomes. */
    record Job(String source, Scanner scanner, String name, String format, int page) {
    }

    static final List<Job> JOBS = List.of(
            new Job("pdf/real/huaian-city-2024.pdf", new Scanner(200, 0, 0, 0, 0, false, false),
                    "huaian-city-2024.200dpi.pdf", "pdf", 0),
            new Job("pdf/real/huaian-city-2024.pdf", new Scanner(150, 0, 0, 0, 0.5f, false, false),
                    "huaian-city-2024.150dpi-jpeg.pdf", "pdf", 0),
            new Job("pdf/real/hongze-district-2024.pdf", new Scanner(300, 1.2, 8, 0, 0.6f, false, false),
                    "hongze-district-2024.300dpi-askew-noise.pdf", "pdf", 0),
            new Job("pdf/real/hongze-district-2023.pdf", new Scanner(200, 0, 0, 1, 0.85f, true, false),
                    "hongze-district-2023.200dpi-blur-seal.pdf", "pdf", 0),
            new Job("pdf/generated/zigui-county-2020.ruled.pdf", new Scanner(200, -0.8, 0, 0, 0.6f, true, false),
                    "zigui-county-2020.200dpi-askew-jpeg-seal.pdf", "pdf", 0),
            new Job("pdf/generated/example-blanks-2024.ruled-blank-cells.pdf", new Scanner(150, 0, 10, 1, 0.7f, false, false),
                    "example-blanks-2024.150dpi-noise-blur.pdf", "pdf", 0),
            new Job("pdf/generated/example-county-2024.table3-break-inside-denied.pdf",
                    new Scanner(300, 0.6, 6, 1, 0.8f, true, false), "example-county-2024.300dpi-askew-seal.pdf", "pdf", 0),
            new Job("pdf/real/huaian-city-2024.pdf", new Scanner(200, 0.4, 0, 0, 0, false, false),
                    "huaian-city-2024.200dpi.tiff", "tiff", 0),
            new Job("pdf/generated/zigui-county-2020.ruled.pdf", new Scanner(150, 0, 0, 0, 0, false, false),
                    "zigui-county-2020.150dpi-page.png", "png", 0),
            new Job("pdf/real/hongze-district-2024.pdf", new Scanner(250, 2.0, 8, 1, 0.7f, false, true),
                    "hongze-district-2024.photo-of-table-3.jpg", "jpeg", 0));

    /** The list of scans and their sources, for {@code bench}. */
    static final String SOURCES = "scripts/scans.tsv";

    private MakeScans() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path out = root.resolve("corpus/scans");
        Files.createDirectories(out);
        for (var job : JOBS) {
            byte[] pdf = Files.readAllBytes(root.resolve("corpus").resolve(job.source()));
            var pages = job.scanner().scan(pdf, job.name().hashCode());
            byte[] bytes = switch (job.format()) {
                case "pdf" -> job.scanner().toPdf(pages);
                case "tiff" -> job.scanner().toImageFile(pages, "tiff");
                default -> job.scanner().toImageFile(List.of(pages.get(pageOf(job, pages.size()))), job.format());
            };
            Files.write(out.resolve(job.name()), bytes);
            System.out.println("corpus/scans/" + job.name() + " (" + bytes.length / 1024 + " KiB)");
        }
        // Which born-digital report each scan is of: `bench` compares their figures.
        var sources = new StringBuilder("scan\tsource\tscanner\n");
        for (var job : JOBS) {
            sources.append("corpus/scans/").append(job.name()).append('\t').append("corpus/").append(job.source())
                    .append('\t').append(job.scanner()).append('\n');
        }
        Files.writeString(root.resolve(SOURCES), sources);
    }

    /** The page a one-page picture shows: table 三's, the middle of the report. */
    private static int pageOf(Job job, int pages) {
        return job.page() > 0 ? job.page() - 1 : pages / 2;
    }
}
