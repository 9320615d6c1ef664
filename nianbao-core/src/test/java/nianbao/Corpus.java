package nianbao;

import java.nio.file.Path;
import nianbao.pipeline.Pipeline;
import nianbao.report.Figure;
import nianbao.report.Outcome;

/** Test access to corpus documents by their path under {@code corpus/}. */
public final class Corpus {

    private static final Pipeline PIPELINE = new Pipeline();
    /** Outcomes already read, by path: a scan takes seconds to read, and several tests read each. */
    private static final java.util.Map<String, Outcome> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private Corpus() {
    }

    /**
     * The corpus documents other documents render, by the name those carry: SOURCE.VARIANT.EXT under
     * pdf/generated, html/generated, word/generated, mislabelled, text/derived and text/rendered.
     */
    public static final java.util.Map<String, String> SOURCES = java.util.Map.of(
            "huaian-city-2024", "text/pdftotext/huaian-city-2024.txt",
            "example-county-2024", "text/damage/label-variants.txt",
            "zigui-county-2020", "text/template-2019/zigui-county-2020.txt",
            "yanbian-county-2024", "text/seeds/001_359eaca1bd706430.txt",
            "example-blanks-2024", "text/damage/blank-and-dash-cells.txt");

    private static final java.util.List<String> RENDERING_FOLDERS = java.util.List.of("pdf/generated/",
            "html/generated/", "word/generated/", "mislabelled/", "text/derived/", "text/rendered/", "scans/");

    /**
     * The hand-checked text report a corpus document is a rendering of, whose figures it must give:
     * a real PDF's and its reading-order text's is its {@code pdftotext -layout} rendering; a derived
     * document's is the report its name begins with; any other document is its own source.
     */
    public static String sourceOf(String relative) {
        String name = Path.of(relative).getFileName().toString();
        if (relative.startsWith("pdf/real/") || relative.startsWith("text/pdftotext-raw/")) {
            return "text/pdftotext/" + name.substring(0, name.lastIndexOf('.')) + ".txt";
        }
        for (var folder : RENDERING_FOLDERS) {
            if (relative.startsWith(folder)) {
                String report = name.substring(0, name.indexOf('.'));
                // A scan of a real PDF renders that PDF's report.
                if (folder.equals("scans/") && java.nio.file.Files.exists(path("pdf/real/" + report + ".pdf"))) {
                    return "text/pdftotext/" + report + ".txt";
                }
                var source = SOURCES.get(report);
                if (source == null) {
                    throw new IllegalArgumentException("no source report for " + relative);
                }
                return source;
            }
        }
        return relative;
    }

    /**
     * The documents under a corpus folder, sorted; hidden files are left out, as {@code extract} leaves
     * them out.
     */
    public static java.util.List<Path> documents(Path folder) {
        try (var files = java.nio.file.Files.walk(folder)) {
            return files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path path(String relative) {
        return Path.of("corpus").resolve(relative);
    }

    public static Outcome extract(String relative) {
        return READ.computeIfAbsent(relative, r -> {
            var path = path(r);
            return PIPELINE.process(path, path.toString());
        });
    }

    /** A figure's value as written to CSV, or null when the report has no figure for the field. */
    public static String value(Outcome outcome, String field) {
        return outcome.report().figures().stream().filter(f -> f.field().id().equals(field)).findFirst()
                .map(Figure::formatted).orElse(null);
    }
}
