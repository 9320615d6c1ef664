package nianbao.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.schema.RowSpec;
import nianbao.source.Deadline;
import nianbao.schema.TableSpec;

/**
 * Finds which template row each run of figures belongs to, by label, never by position.
 *
 * <p>A row's label may sit on the line of its figures, above them, below them, or around them
 * (huaian-city-2024: 5.要求行政机关确认或重新出 ⏎ figures ⏎ 具已获取信息), so each run is scored
 * against each row with the best of several label readings: its own line's label extended by up to
 * three label lines above and two below, never across a heading or column header. The runs are
 * then aligned with the template's rows in order by dynamic programming, which allows rows to be
 * missing (a lost page) and runs to be unknown (a province's extra row), and settles ambiguous
 * labels (3.其他) by their place in the table.
 */
final class RowMatcher {

    /** The least label similarity that counts as a match. */
    static final double THRESHOLD = 0.5;
    private static final int LINES_ABOVE = 3;
    private static final int LINES_BELOW = 2;
    /**
     * A label line without figures is a row printed blank only when its own label is nearly the
     * row's; it counts for less than a run of figures found by the same label nearby (seed 001:
     * 行政事业性收费 ⏎⏎ 8597.09).
     */
    private static final double BLANK_ROW_SIMILARITY = 0.9;
    private static final double BLANK_ROW_DISCOUNT = 0.9;

    /** A template row and the table it belongs to. */
    record TableRow(TableSpec table, RowSpec row, List<LabelSimilarity.Grams> labels) {

        static TableRow of(TableSpec table, RowSpec row) {
            return new TableRow(table, row, row.labels().stream().map(MatchText::of).map(LabelSimilarity.Grams::of)
                    .toList());
        }
    }

    private RowMatcher() {
    }

    /**
     * Aligns the runs of figures with the template rows.
     *
     * @param entries the region's entries in order
     * @param runs    the positions (in {@code entries}) of the entries holding figures
     * @param blanks  the positions of label lines that may be rows printed with every cell blank
     * @param rows    the template rows in order
     * @param appeals for each run, whether it stands under table 四's headers (its one row has no label)
     * @return for each matched position, its row
     */
    static Map<Integer, TableRow> match(List<Entry> entries, List<Integer> runs, List<Integer> blanks,
                                        List<TableRow> rows, List<Boolean> appeals) {
        var order = new ArrayList<Integer>(runs);
        order.addAll(blanks);
        order.sort(null);
        int n = rows.size();
        int m = order.size();
        double[][] score = new double[n][m];
        for (int j = 0; j < m; j++) {
            Deadline.check();
            int at = order.get(j);
            int run = runs.indexOf(at);
            var entry = entries.get(at);
            int figures = entry.figureCount();
            if (run >= 0) {
                var candidates = candidates(entries, runs, run);
                for (int i = 0; i < n; i++) {
                    score[i][j] = score(rows.get(i), entry, figures, candidates, appeals.get(run));
                }
            } else {
                var own = List.of(LabelSimilarity.Grams.of(entry.label()));
                for (int i = 0; i < n; i++) {
                    double s = rows.get(i).row().labelled() ? score(rows.get(i), entry, figures, own, false) : 0;
                    score[i][j] = s >= BLANK_ROW_SIMILARITY ? s * BLANK_ROW_DISCOUNT : 0;
                }
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double b = Math.max(best[i - 1][j], best[i][j - 1]);
                if (score[i - 1][j - 1] >= THRESHOLD) {
                    b = Math.max(b, best[i - 1][j - 1] + score[i - 1][j - 1]);
                }
                best[i][j] = b;
            }
        }
        var matches = new HashMap<Integer, TableRow>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            if (score[i - 1][j - 1] >= THRESHOLD && best[i][j] == best[i - 1][j - 1] + score[i - 1][j - 1]) {
                matches.put(order.get(j - 1), rows.get(i - 1));
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return matches;
    }

    private static double score(TableRow row, Entry entry, int figures, List<LabelSimilarity.Grams> candidates,
                                boolean appeals) {
        if (figures > row.row().width()) {
            return 0;
        }
        if (!row.row().labelled()) {
            return appeals && entry.label().isEmpty() ? 1 : 0;
        }
        double best = 0;
        for (var c : candidates) {
            for (var l : row.labels()) {
                best = Math.max(best, LabelSimilarity.score(c, l));
            }
        }
        return best;
    }

    /** The label readings of run {@code j}: its own label widened by lines above and below. */
    private static List<LabelSimilarity.Grams> candidates(List<Entry> entries, List<Integer> runs, int j) {
        int at = runs.get(j);
        int from = j == 0 ? -1 : runs.get(j - 1);
        int to = j + 1 < runs.size() ? runs.get(j + 1) : entries.size();
        var above = new ArrayList<String>();
        for (int k = at - 1; k > from && above.size() < LINES_ABOVE; k--) {
            var e = entries.get(k);
            if (e.boundary()) {
                break;
            }
            if (!e.label().isEmpty()) {
                above.add(0, e.label());
            }
        }
        var below = new ArrayList<String>();
        for (int k = at + 1; k < to && below.size() < LINES_BELOW; k++) {
            var e = entries.get(k);
            if (e.boundary()) {
                break;
            }
            if (!e.label().isEmpty()) {
                below.add(e.label());
            }
        }
        String own = entries.get(at).label();
        var out = new ArrayList<LabelSimilarity.Grams>();
        for (int a = 0; a <= above.size(); a++) {
            for (int b = 0; b <= below.size(); b++) {
                var text = new StringBuilder();
                above.subList(above.size() - a, above.size()).forEach(text::append);
                text.append(own);
                below.subList(0, b).forEach(text::append);
                if (!text.isEmpty()) {
                    out.add(LabelSimilarity.Grams.of(MatchText.of(text.toString())));
                }
            }
        }
        return out;
    }
}
