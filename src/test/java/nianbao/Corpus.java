package nianbao;

import java.nio.file.Path;
import nianbao.pipeline.Pipeline;
import nianbao.report.Figure;
import nianbao.report.Outcome;

/** Test access to corpus documents by their path under {@code corpus/}. */
public final class Corpus {

    private static final Pipeline PIPELINE = new Pipeline();

    private Corpus() {
    }

    public static Path path(String relative) {
        return Path.of("corpus").resolve(relative);
    }

    public static Outcome extract(String relative) {
        var path = path(relative);
        return PIPELINE.process(path, path.toString());
    }

    /** A figure's value as written to CSV, or null when the report has no figure for the field. */
    public static String value(Outcome outcome, String field) {
        return outcome.report().figures().stream().filter(f -> f.field().id().equals(field)).findFirst()
                .map(Figure::formatted).orElse(null);
    }
}
