package nianbao.normalize;

import java.util.ArrayList;
import java.util.List;
import nianbao.source.Figures;
import nianbao.source.Line;
import nianbao.source.Segment;

/**
 * Gathers a row's figures printed one cell per line back into one line. Text that keeps a table
 * without its layout prints every cell on a line of its own: {@code pdftotext} without
 * {@code -layout}, store renderings with a line or a paragraph per cell, or each cell followed by a
 * line holding only {@code |}: 一、本年新收… ⏎ 64 ⏎ 0 ⏎ … ⏎ 70. Consecutive lines holding one
 * figure each (blank lines between them allowed) become one line of figures, placed where the first
 * was printed; each figure keeps its own line. Their order alone is known, not their columns: the
 * gathered line is not {@link Line#positioned()}, so blank cells are placed only by the identities.
 * A label line stays where it is, above its figures, where row matching looks for labels.
 */
final class StackedCells {

    /** Fewer single-figure lines in a row are left alone: one is a row of one cell, or a page number. */
    private static final int MIN_CELLS = 2;

    private StackedCells() {
    }

    static List<Line> gather(List<Line> lines) {
        List<Line> out = null;
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            int cells = 0;
            int last = i;
            while (end < lines.size() && (lines.get(end).isBlank() || single(lines.get(end)) != null)) {
                if (!lines.get(end).isBlank()) {
                    cells++;
                    last = end;
                }
                end++;
            }
            if (cells < MIN_CELLS) {
                if (out != null) {
                    out.add(lines.get(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            var figures = new ArrayList<Segment>(cells);
            Line first = null;
            for (int k = i; k <= last; k++) {
                var figure = single(lines.get(k));
                if (figure != null) {
                    first = first == null ? lines.get(k) : first;
                    // Positions are the order the cells came in: one apart, so no gap reads as a blank.
                    int at = figures.size();
                    figures.add(new Segment(figure.text(), at, at + 0.5, figure.at(), figure.recognition()));
                }
            }
            out.add(new Line(first.page(), first.number(), figures, false, false));
            i = last + 1;
        }
        return out == null ? lines : out;
    }

    /** The one figure a line holds, or null. */
    private static Segment single(Line line) {
        Segment only = null;
        for (var s : line.segments()) {
            if (s.isEmpty()) {
                continue;
            }
            if (only != null || !Figures.isFigure(s.text())) {
                return null;
            }
            only = s;
        }
        return only;
    }
}
