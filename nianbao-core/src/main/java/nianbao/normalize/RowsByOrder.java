package nianbao.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows whose figures a conversion printed far from their labels, placed by the template's order.
 * {@code pdftotext} without {@code -layout} prints some rows' cells with no label near them and the
 * labels together further down (huaian-city-2024: 上年结转's cells, then 予以公开's and 部分公开's, their
 * labels after the whole table). Between two rows found by their labels (or a table's heading and its
 * first row found), runs left unmatched are the template's rows between those two, in order, when there are exactly as many of them, each full, and
 * every one of those rows' labels is printed somewhere in the tables: nothing else could they be.
 */
final class RowsByOrder {

    /** How alike a printed line must be to a row's label for the label to count as printed. */
    private static final double PRINTED = 0.8;
    private static final int WRAPPED_LINES = 3;

    private RowsByOrder() {
    }

    /**
     * Adds to {@code matches} the runs placed by order, and returns their positions.
     *
     * @param labels      the folded label lines of the tables' region that hold no figures
     * @param tableStarts for each table, the position of its heading in the entries
     */
    static Set<Integer> fill(List<Entry> entries, List<Integer> runs, List<RowMatcher.TableRow> rows,
                             Map<Integer, RowMatcher.TableRow> matches, List<String> labels,
                             Map<String, Integer> tableStarts) {
        var placed = new HashSet<Integer>();
        // Rows found by their labels, and each table's heading standing before its first row.
        var anchors = new ArrayList<Anchor>();
        for (var start : tableStarts.entrySet()) {
            int first = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).table().id().equals(start.getKey())) {
                    first = i;
                    break;
                }
            }
            if (first >= 0) {
                anchors.add(new Anchor(start.getValue(), first - 1, start.getKey()));
            }
        }
        for (int p : runs) {
            if (matches.containsKey(p)) {
                anchors.add(new Anchor(p, rows.indexOf(matches.get(p)), matches.get(p).table().id()));
            }
        }
        anchors.sort(java.util.Comparator.comparingInt(Anchor::at));
        // A label wraps over lines (（二）部分公开（区分处理的，只计这一情 ⏎ 形，不计其他情形）): up to three joined.
        var printed = new ArrayList<LabelSimilarity.Grams>();
        for (int i = 0; i < labels.size(); i++) {
            var joined = new StringBuilder();
            for (int k = i; k < Math.min(labels.size(), i + WRAPPED_LINES); k++) {
                joined.append(labels.get(k));
                printed.add(LabelSimilarity.Grams.of(MatchText.withoutNumbering(joined.toString())));
            }
        }
        for (int k = 0; k + 1 < anchors.size(); k++) {
            int from = anchors.get(k).at();
            int to = anchors.get(k + 1).at();
            int ia = anchors.get(k).row();
            int ib = anchors.get(k + 1).row();
            if (!anchors.get(k).table().equals(anchors.get(k + 1).table()) || ib - ia < 2) {
                continue;
            }
            var gap = new ArrayList<Integer>();
            for (int p : runs) {
                if (p > from && p < to && !matches.containsKey(p)) {
                    gap.add(p);
                }
            }
            if (gap.isEmpty()) {
                continue;
            }
            var between = new ArrayList<RowMatcher.TableRow>();
            for (int i = ia + 1; i < ib; i++) {
                var row = rows.get(i);
                if (!matches.containsValue(row) && row.row().labelled() && isPrinted(row, printed)) {
                    between.add(row);
                }
            }
            var candidates = alternatives(between);
            for (var rowsBetween : candidates) {
                if (rowsBetween.size() != gap.size() || !full(entries, gap, rowsBetween)) {
                    continue;
                }
                for (int g = 0; g < gap.size(); g++) {
                    matches.put(gap.get(g), rowsBetween.get(g));
                    placed.add(gap.get(g));
                }
                break;
            }
        }
        return placed;
    }

    /** A place in the entries, and the template row (index into the rows) known to stand there. */
    private record Anchor(int at, int row, String table) {
    }

    private static boolean isPrinted(RowMatcher.TableRow row, List<LabelSimilarity.Grams> printed) {
        for (var label : row.row().labels()) {
            var grams = LabelSimilarity.Grams.of(MatchText.withoutNumbering(MatchText.of(label)));
            for (var p : printed) {
                if (LabelSimilarity.score(p, grams) >= PRINTED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The rows between, as the report may print them: （六）其他处理 is either one row (the 2019 layout)
     * or its three sub-rows, never both.
     */
    private static List<List<RowMatcher.TableRow>> alternatives(List<RowMatcher.TableRow> between) {
        boolean one = between.stream().anyMatch(r -> r.row().key().equals("other"));
        boolean three = between.stream().anyMatch(r -> r.row().key().startsWith("other_"));
        if (!one || !three) {
            return List.of(between);
        }
        return List.of(between.stream().filter(r -> !r.row().key().equals("other")).toList(),
                between.stream().filter(r -> !r.row().key().startsWith("other_")).toList());
    }

    private static boolean full(List<Entry> entries, List<Integer> gap, List<RowMatcher.TableRow> rowsBetween) {
        for (int g = 0; g < gap.size(); g++) {
            if (entries.get(gap.get(g)).figureCount() != rowsBetween.get(g).row().width()) {
                return false;
            }
        }
        return true;
    }
}
