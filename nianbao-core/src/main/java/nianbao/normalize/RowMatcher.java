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
     * row's; all such rows together weigh less than one run of figures found by a label (seed 001:
     * 行政事业性收费 ⏎⏎ 8597.09), so they only fill what no run takes.
     */
    private static final double BLANK_ROW_SIMILARITY = 0.9;
    private static final double BLANK_ROW_WEIGHT = 0.4;

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
                // Cells printed one per line come in reading order, their label just before them.
                if (entry.label().isEmpty() && !appeals.get(run) && entry.line().positioned()) {
                    candidates.addAll(looseLabels(entries, runs, run));
                }
                for (int i = 0; i < n; i++) {
                    score[i][j] = score(rows.get(i), entry, figures, candidates, appeals.get(run));
                }
            } else {
                var own = List.of(LabelSimilarity.Grams.of(entry.label()));
                for (int i = 0; i < n; i++) {
                    double s = rows.get(i).row().labelled() ? score(rows.get(i), entry, figures, own, false) : 0;
                    score[i][j] = s >= BLANK_ROW_SIMILARITY ? s : 0;
                }
            }
        }
        // A row printed blank weighs less than any run of figures, whatever their number: labels a
        // conversion printed after the table (pdftotext-raw) must not outweigh the rows with figures.
        double blankWeight = BLANK_ROW_WEIGHT / Math.max(1, n);
        double[][] weight = new double[n][m];
        for (int j = 0; j < m; j++) {
            boolean run = runs.contains(order.get(j));
            for (int i = 0; i < n; i++) {
                weight[i][j] = run ? score[i][j] : score[i][j] * blankWeight;
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double b = Math.max(best[i - 1][j], best[i][j - 1]);
                if (score[i - 1][j - 1] >= THRESHOLD) {
                    b = Math.max(b, best[i - 1][j - 1] + weight[i - 1][j - 1]);
                }
                best[i][j] = b;
            }
        }
        var matches = new HashMap<Integer, TableRow>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            if (score[i - 1][j - 1] >= THRESHOLD && best[i][j] == best[i - 1][j - 1] + weight[i - 1][j - 1]) {
                matches.put(order.get(j - 1), rows.get(i - 1));
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        matchOutOfOrder(order, runs, rows, score, matches);
        return matches;
    }

    /** A label this alike names its row wherever it stands; the next best row must be further off. */
    private static final double OUT_OF_ORDER_SIMILARITY = 0.95;
    private static final double OUT_OF_ORDER_MARGIN = 0.2;

    /**
     * Table 二's items (第二十条第（一）项, （五）, （六）, （八）) have no order among them, and a conversion
     * may move one (kiro_shanghai_kewei_2024 prints 第（一）项's rows after （八）'s): a run left unmatched
     * whose own label names a table-二 row left unmatched, unmistakably, is that row.
     */
    private static void matchOutOfOrder(List<Integer> order, List<Integer> runs, List<TableRow> rows, double[][] score,
                                        Map<Integer, TableRow> matches) {
        var taken = new java.util.HashSet<>(matches.values());
        for (int j = 0; j < order.size(); j++) {
            int at = order.get(j);
            if (matches.containsKey(at) || !runs.contains(at)) {
                continue;
            }
            int best = -1;
            double bestScore = 0;
            double second = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (score[i][j] > bestScore) {
                    second = bestScore;
                    bestScore = score[i][j];
                    best = i;
                } else {
                    second = Math.max(second, score[i][j]);
                }
            }
            if (best >= 0 && bestScore >= OUT_OF_ORDER_SIMILARITY && bestScore - second >= OUT_OF_ORDER_MARGIN
                    && rows.get(best).table().id().equals("二") && !taken.contains(rows.get(best))) {
                matches.put(at, rows.get(best));
                taken.add(rows.get(best));
            }
        }
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

    /**
     * How many loose label lines above a run without a label are looked at, past any runs between,
     * and how many of them one label may take: kiro_shanghai_kewei_2024 prints 1.本机关不掌握相关政
     * ⏎ 府信息 four runs and seven label lines above its figures.
     */
    private static final int LOOSE_LINES = 12;
    private static final int LOOSE_LABEL_LINES = 4;

    /**
     * More label readings for a run of figures printed without a label: every stretch of label lines
     * above it, reaching back past the runs between. A PDF-to-Markdown conversion
     * (kiro_shanghai_kewei_2024_source.md) prints such rows' labels on loose lines, wrapped, a row or two
     * early; the alignment in template order then pairs labels and rows as they come.
     */
    private static List<LabelSimilarity.Grams> looseLabels(List<Entry> entries, List<Integer> runs, int j) {
        int at = runs.get(j);
        var lines = new ArrayList<String>();
        for (int k = at - 1; k >= 0 && lines.size() < LOOSE_LINES; k--) {
            var e = entries.get(k);
            if (e.boundary()) {
                break;
            }
            if (!e.label().isEmpty() && !e.hasFigures()) {
                lines.add(0, e.label());
            }
        }
        var out = new ArrayList<LabelSimilarity.Grams>();
        for (int a = 0; a < lines.size(); a++) {
            var text = new StringBuilder();
            for (int b = a; b < Math.min(lines.size(), a + LOOSE_LABEL_LINES); b++) {
                text.append(lines.get(b));
                out.add(LabelSimilarity.Grams.of(MatchText.of(text.toString())));
            }
        }
        return out;
    }

    /** A parenthesised note after a label's first characters (not its numbering, （一）). */
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("(?<=.)\\([^()]*\\)");

    /**
     * A label without the fill-in notes some provinces print inside it (湖北, 2020: 规章（设区的市、
     * 自治州人民政府应提供相关数据）): the note would drown the label's few characters.
     */
    static String withoutNotes(String folded) {
        String numbering = MatchText.numbering(folded);
        return numbering + NOTE.matcher(folded.substring(numbering.length())).replaceAll("");
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
        // Cells printed one per line come in reading order: a row's label before its cells, never after.
        int belowLimit = entries.get(at).line().positioned() ? LINES_BELOW : 0;
        for (int k = at + 1; k < to && below.size() < belowLimit; k++) {
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
        // OCR's other readings of the label, as they are.
        entries.get(at).readings().forEach(r -> out.add(LabelSimilarity.Grams.of(r)));
        for (int a = 0; a <= above.size(); a++) {
            for (int b = 0; b <= below.size(); b++) {
                var text = new StringBuilder();
                above.subList(above.size() - a, above.size()).forEach(text::append);
                text.append(own);
                below.subList(0, b).forEach(text::append);
                if (!text.isEmpty()) {
                    String folded = MatchText.of(text.toString());
                    out.add(LabelSimilarity.Grams.of(folded));
                    String bare = withoutNotes(folded);
                    if (!bare.equals(folded) && !bare.isEmpty()) {
                        out.add(LabelSimilarity.Grams.of(bare));
                    }
                }
            }
        }
        return out;
    }
}
