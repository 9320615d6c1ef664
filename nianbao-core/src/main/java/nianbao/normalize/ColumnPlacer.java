package nianbao.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.source.Segment;

/**
 * The possible readings of a row whose figures are fewer than its columns: which columns the
 * printed figures stand in, and so which are blank. A full row has one reading.
 *
 * <p>Where empty cells are explicit (tab-separated text), the figures are contiguous and only
 * leading or trailing blanks are in doubt, because a converter may or may not emit a placeholder
 * for a merged label cell. Where only gaps mark blanks (aligned text), the figures are placed by
 * their horizontal position against a full row of the same table. Readings come best first; the
 * identities of the template may later prefer another.
 */
final class ColumnPlacer {

    /** Beyond this many readings a row is read only its best way. */
    private static final int MAX_READINGS = 5000;

    /**
     * A reading: the column of each token.
     *
     * @param columns  for each token, its column
     * @param tokens   the tokens placed (empty segments stand for explicit blank cells)
     * @param cost     how far the figures stand from the reference columns (0 without a reference)
     * @param dropped  figures beyond the row's width, not placed
     */
    record Reading(int[] columns, List<Segment> tokens, double cost, List<Segment> dropped) {

        /** The token in a column, or null when the column is blank. */
        Segment at(int column) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] == column) {
                    return tokens.get(i);
                }
            }
            return null;
        }
    }

    private ColumnPlacer() {
    }

    /**
     * The readings of a run, best first.
     *
     * @param run       the run of figures
     * @param explicit  whether empty cells are explicit segments
     * @param width     the number of columns
     * @param reference the centres of the columns in a full row nearby, or null
     */
    static List<Reading> readings(List<Segment> run, boolean explicit, int width, double[] reference) {
        return explicit ? cellReadings(run, width) : gapReadings(run, width, reference);
    }

    /**
     * Readings of explicit cells: every window of {@code width} consecutive cells holding all the
     * figures. Windows within the cells the line prints come first, leftmost first; windows
     * reaching past the line's last cell (a converter that dropped trailing empty cells) after.
     * Seed 001 prints a placeholder cell after a label spanning two columns and a trailing empty
     * cell ({@code 一、…⇥⇥8⇥0⇥0⇥0⇥3⇥0⇥11⇥}): only one window fits inside, the right one.
     */
    static List<Reading> cellReadings(List<Segment> run, int width) {
        var cells = new ArrayList<>(run);
        var dropped = new ArrayList<Segment>();
        int first = firstFigure(cells);
        int last = lastFigure(cells);
        if (first < 0) {
            return List.of(new Reading(new int[0], List.of(), 0, dropped));
        }
        while (last - first + 1 > width) {
            dropped.add(cells.get(first));
            cells.set(first, new Segment("", 0, 0, cells.get(first).at()));
            first = firstFigure(cells);
        }
        var inside = new ArrayList<Reading>();
        var beyond = new ArrayList<Reading>();
        for (int start = Math.max(0, last - width + 1); start <= first; start++) {
            var tokens = new ArrayList<Segment>();
            var columns = new ArrayList<Integer>();
            for (int i = start; i < Math.min(start + width, cells.size()); i++) {
                tokens.add(cells.get(i));
                columns.add(i - start);
            }
            var reading = new Reading(columns.stream().mapToInt(Integer::intValue).toArray(), tokens, 0, dropped);
            (start + width <= cells.size() ? inside : beyond).add(reading);
        }
        inside.addAll(beyond);
        return inside;
    }

    /** Whether the first reading of a run of explicit cells is the only one within its cells. */
    static boolean cellReadingIsCertain(List<Segment> run, int width) {
        int first = firstFigure(run);
        int last = lastFigure(run);
        if (first < 0 || last - first + 1 > width) {
            return first < 0;
        }
        int inside = 0;
        for (int start = Math.max(0, last - width + 1); start <= first; start++) {
            if (start + width <= run.size()) {
                inside++;
            }
        }
        return inside == 1;
    }

    private static int firstFigure(List<Segment> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastFigure(List<Segment> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Readings where only gaps mark blanks: figures placed against a reference row, if any. */
    private static List<Reading> gapReadings(List<Segment> run, int width, double[] reference) {
        var tokens = new ArrayList<>(run);
        tokens.removeIf(Segment::isEmpty);
        var dropped = new ArrayList<Segment>();
        while (tokens.size() > width) {
            dropped.add(tokens.remove(0));
        }
        var readings = new ArrayList<Reading>();
        combinations(tokens.size(), width, new int[tokens.size()], 0, 0, readings, tokens, reference, dropped);
        if (reference != null) {
            readings.sort(Comparator.comparingDouble(Reading::cost));
        }
        return readings;
    }

    /** Every order-preserving placement of n tokens into width columns, leftmost first. */
    private static void combinations(int n, int width, int[] current, int index, int from, List<Reading> out,
                                     List<Segment> tokens, double[] reference, List<Segment> dropped) {
        if (out.size() >= MAX_READINGS) {
            return;
        }
        if (index == n) {
            double cost = 0;
            if (reference != null) {
                for (int i = 0; i < n; i++) {
                    cost += Math.abs(tokens.get(i).centre() - reference[current[i]]);
                }
            }
            out.add(new Reading(current.clone(), tokens, cost, dropped));
            return;
        }
        for (int c = from; c <= width - (n - index); c++) {
            current[index] = c;
            combinations(n, width, current, index + 1, c + 1, out, tokens, reference, dropped);
        }
    }
}
