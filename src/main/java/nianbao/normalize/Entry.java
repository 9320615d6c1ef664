package nianbao.normalize;

import java.util.ArrayList;
import java.util.List;
import nianbao.source.Figures;
import nianbao.source.Line;
import nianbao.source.Segment;

/**
 * A line of a report's table region, split into what labels it and the run of figures it holds.
 *
 * @param index    its position among the document's lines
 * @param line     the line as read
 * @param label    the folded label text, group labels and their fragments removed
 * @param run      the figures at the end of the line, left to right; where the format marks empty
 *                 cells, every cell after the label, empty ones included
 * @param boundary whether the line is a heading or a column header, which no row label crosses
 * @param fused    whether the run's cells are fused into digit strings (a flattened table's row)
 */
record Entry(int index, Line line, String label, List<Segment> run, boolean boundary, boolean fused) {

    /** A run of fused cells: figures with nothing between them (312-62845 is 312|-6|2845). */
    private static final java.util.regex.Pattern FUSED_FIGURES =
            java.util.regex.Pattern.compile("[0-9.,\\-—–/]+(?:万元|元)?");

    /** This entry with another run of figures. */
    Entry withRun(List<Segment> figures) {
        return new Entry(index, line, label, List.copyOf(figures), boundary, fused);
    }

    /** The number of figures (non-empty cells) in the run. */
    int figureCount() {
        int n = 0;
        for (var s : run) {
            if (!s.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    boolean hasFigures() {
        return figureCount() > 0;
    }

    /**
     * Splits a line into its label and its run of figures. In a line with explicit cells the run is
     * every cell after the last label cell; otherwise it is the figures after the last label segment.
     */
    static Entry of(int index, Line line, GroupLabels groups, boolean boundary, boolean fused) {
        var segments = line.segments();
        int lastLabel = -1;
        for (int i = 0; i < segments.size(); i++) {
            var s = segments.get(i);
            if (!s.isEmpty() && !(fused ? FUSED_FIGURES.matcher(s.text()).matches() : Figures.isFigure(s.text()))) {
                lastLabel = i;
            }
        }
        var run = new ArrayList<Segment>(segments.subList(lastLabel + 1, segments.size()));
        if (!line.explicitCells()) {
            run.removeIf(Segment::isEmpty);
        }
        if (run.stream().allMatch(Segment::isEmpty)) {
            run.clear();
        }
        var labels = new ArrayList<String>();
        for (int i = 0; i <= lastLabel; i++) {
            var s = segments.get(i);
            if (!s.isEmpty()) {
                labels.add(MatchText.of(s.text()));
            }
        }
        return new Entry(index, line, groups.strip(labels), List.copyOf(run), boundary, fused);
    }
}
