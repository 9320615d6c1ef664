package nianbao.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as extracted: its metadata, its figures in codebook order, and the findings about them.
 *
 * @param metadata who, when, which template
 * @param figures  the figures read, in codebook order
 * @param findings what a user should know, in the order found
 * @param expected the ids of the fields the recognised template prints, to tell missing from absent
 */
public record Report(Metadata metadata, List<Figure> figures, List<Finding> findings, List<String> expected)
        implements java.io.Serializable {

    public Report {
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
        expected = List.copyOf(expected);
    }

    /** This report with more findings appended. */
    public Report with(List<Finding> more) {
        var all = new ArrayList<>(findings);
        all.addAll(more);
        return new Report(metadata, figures, all, expected);
    }
}
