package nianbao.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.schema.CellSpec;
import nianbao.schema.Identity;
import nianbao.schema.Schema;
import nianbao.schema.ValueType;
import nianbao.source.Location;
import nianbao.source.Segment;

/**
 * The ways a run of fused cells can be split into a row's figures. A crawler's dump prints a row's
 * cells with nothing between them ({@code 801000081} is 80|1|0|0|0|0|81): every split into as many
 * figures as the row has cells is a candidate, where each figure is well formed for its cell (no
 * leading zero, a sign only in 本年增/减, a decimal point only in money) and spaces, which a dump
 * keeps now and then ({@code 230 000023}), always separate figures. A total the row prints after its
 * parts (table 三's 总计, table 四's three 总计) must be their sum, which prunes the splits to a few.
 * Where the figures' form allows one split only, and it adds up to the totals the row prints, the
 * split is decided by form; one that does not add up is no split at all (a blank cell, which a dump
 * does not show, shifts every figure after it: pingtan-like 00900 14 with 法律服务机构 blank).
 */
final class FusedSplits {

    /** Beyond this many splits a run is not split at all: nothing could decide between them. */
    static final int MAX_SPLITS = 200;
    private static final Pattern INTEGER = Pattern.compile("0|[1-9]\\d*");
    private static final Pattern SIGNED = Pattern.compile("-?(?:0|[1-9]\\d*)");
    private static final Pattern MONEY = Pattern.compile("(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:万元|元)?");
    private static final Pattern NOTHING = Pattern.compile("[—–/]");

    /**
     * The splits found.
     *
     * @param readings every split found, each placing one figure in every cell
     * @param byForm   whether the split is the only one the figures' form allows
     * @param complete whether every split was found (false: more than {@link #MAX_SPLITS})
     */
    record Splits(List<ColumnPlacer.Reading> readings, boolean byForm, boolean complete) {
    }

    private FusedSplits() {
    }

    /**
     * @param words      the run's words (a fused run, or several where spaces stand)
     * @param cells      the row's cells, in the order printed
     * @param identities the identities of the template: those within the row prune the splits
     */
    static Splits of(List<Segment> words, List<CellSpec> cells, List<Identity> identities) {
        var totals = totals(cells, identities);
        var summed = new Search(words, cells, totals, MAX_SPLITS + 1);
        summed.run();
        var any = new Search(words, cells, null, 2);
        any.run();
        if (any.found.size() == 1 && summed.found.size() == 1) {
            return new Splits(List.of(summed.reading(0)), true, true);
        }
        var readings = new ArrayList<ColumnPlacer.Reading>();
        for (int i = 0; i < Math.min(summed.found.size(), MAX_SPLITS); i++) {
            readings.add(summed.reading(i));
        }
        return new Splits(readings, false, summed.found.size() <= MAX_SPLITS);
    }

    /**
     * For each cell, the cells whose sum it is when an identity within the row says so (table 三's
     * 总计 after its six columns), or null.
     */
    private static int[][] totals(List<CellSpec> cells, List<Identity> identities) {
        var ids = cells.stream().map(c -> c.field().id()).toList();
        int[][] totals = new int[cells.size()][];
        for (var identity : identities) {
            if (identity.left().size() != 1 || !ids.containsAll(identity.fields())) {
                continue;
            }
            int total = ids.indexOf(identity.left().get(0));
            int[] parts = identity.right().stream().mapToInt(ids::indexOf).toArray();
            boolean before = true;
            for (int p : parts) {
                before &= p < total;
            }
            if (before) {
                totals[total] = parts;
            }
        }
        return totals;
    }

    /** A depth-first search over the places to cut, cell by cell. */
    private static final class Search {

        private final List<Segment> words;
        private final List<CellSpec> cells;
        private final int[][] totals;
        private final int limit;
        /** For each split: the words and offsets of its figures, as (word, from, to). */
        private final List<int[][]> found = new ArrayList<>();
        private final int[][] current;
        private final BigDecimal[] values;

        Search(List<Segment> words, List<CellSpec> cells, int[][] totals, int limit) {
            this.words = words;
            this.cells = cells;
            this.totals = totals;
            this.limit = limit;
            this.current = new int[cells.size()][];
            this.values = new BigDecimal[cells.size()];
        }

        void run() {
            if (!words.isEmpty()) {
                step(0, 0, 0);
            }
        }

        private void step(int cell, int word, int offset) {
            if (found.size() >= limit) {
                return;
            }
            if (word == words.size()) {
                if (cell == cells.size()) {
                    var copy = new int[cells.size()][];
                    for (int c = 0; c < copy.length; c++) {
                        copy[c] = current[c].clone();
                    }
                    found.add(copy);
                }
                return;
            }
            if (cell == cells.size()) {
                return;
            }
            String text = words.get(word).text();
            int characters = text.length() - offset;
            for (int w = word + 1; w < words.size(); w++) {
                characters += words.get(w).text().length();
            }
            // Each remaining cell needs a character, and each remaining word a cell.
            if (characters < cells.size() - cell || cells.size() - cell < words.size() - word) {
                return;
            }
            String forced = forced(cell);
            for (int end = offset + 1; end <= text.length(); end++) {
                String token = text.substring(offset, end);
                if (forced != null && !token.equals(forced)) {
                    if (token.length() >= forced.length()) {
                        break;
                    }
                    continue;
                }
                var value = value(token, cells.get(cell));
                if (value == null) {
                    continue;
                }
                current[cell] = new int[] {word, offset, end};
                values[cell] = NOTHING.matcher(token).matches() ? null : value;
                if (end == text.length()) {
                    step(cell + 1, word + 1, 0);
                } else {
                    step(cell + 1, word, end);
                }
            }
        }

        /** The token a total must be: the sum of its parts, when they are all numbers. */
        private String forced(int cell) {
            if (totals == null || totals[cell] == null) {
                return null;
            }
            var sum = BigDecimal.ZERO;
            for (int p : totals[cell]) {
                if (values[p] == null) {
                    return null;
                }
                sum = sum.add(values[p]);
            }
            return sum.stripTrailingZeros().toPlainString();
        }

        /** A token's value when it is well formed for its cell, zero for a mark printed for nothing, or null. */
        private static BigDecimal value(String token, CellSpec cell) {
            if (NOTHING.matcher(token).matches()) {
                return BigDecimal.ZERO;
            }
            var field = cell.field();
            if (field.type() == ValueType.DECIMAL) {
                if (!MONEY.matcher(token).matches()) {
                    return null;
                }
                return new BigDecimal(token.replace("万元", "").replace("元", ""));
            }
            var form = Schema.mayBeNegative(field) ? SIGNED : INTEGER;
            return form.matcher(token).matches() ? new BigDecimal(token) : null;
        }

        ColumnPlacer.Reading reading(int index) {
            var split = found.get(index);
            var tokens = new ArrayList<Segment>(split.length);
            int[] columns = new int[split.length];
            for (int c = 0; c < split.length; c++) {
                var word = words.get(split[c][0]);
                tokens.add(piece(word, split[c][1], split[c][2]));
                columns[c] = c;
            }
            return new ColumnPlacer.Reading(columns, tokens, 0, List.of());
        }

        /** A figure cut out of a fused word, where it was printed. */
        private static Segment piece(Segment word, int from, int to) {
            var at = word.at();
            var located = at.box() != null ? at : new Location(at.page(), at.line(), at.column() + from, null);
            return new Segment(word.text().substring(from, to), word.x0() + from, word.x0() + to, located,
                    word.recognition().withoutCandidates());
        }
    }
}
