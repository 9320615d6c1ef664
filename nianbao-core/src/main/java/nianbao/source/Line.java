package nianbao.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a document, or one row of a table, as a list of segments from left to right.
 *
 * @param page          the page it is on (1-based; 0 when the format has no pages)
 * @param number        its line number in the source (1-based)
 * @param segments      its segments, left to right
 * @param explicitCells whether empty cells are present as empty segments (tab-separated text,
 *                      markup tables, ruled PDF grids); otherwise a blank cell is only a gap
 * @param positioned    whether the segments' horizontal positions say which column each stands in;
 *                      false for a row gathered from cells printed one per line, whose order alone is known
 */
public record Line(int page, int number, List<Segment> segments, boolean explicitCells, boolean positioned) {

    public Line {
        segments = List.copyOf(segments);
    }

    public Line(int page, int number, List<Segment> segments, boolean explicitCells) {
        this(page, number, segments, explicitCells, true);
    }

    /** The segments' text joined by single spaces. */
    public String text() {
        return segments.stream().map(Segment::text).filter(t -> !t.isBlank()).collect(Collectors.joining(" "));
    }

    public boolean isBlank() {
        return segments.stream().allMatch(Segment::isEmpty);
    }
}
