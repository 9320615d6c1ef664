package nianbao.normalize;

import java.util.ArrayList;
import java.util.List;
import nianbao.source.Line;
import nianbao.source.Segment;

/**
 * Table 四's three groups of five columns (行政复议, 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉) as
 * the header above a run of figures names them. The template prints one row of fifteen under one
 * header; some sites print three tables of five, each under its own group's header, or a group's
 * header words one character per line. A figure goes under a group only when a header says so: a
 * run of fewer than fifteen figures whose header does not name groups enough for it is read as
 * nothing, never as the first columns (a 复议后起诉 table read as 行政复议 would be silently wrong).
 */
final class AppealGroups {

    /** Each group's five columns: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
    static final int PARTS = 5;
    static final int GROUPS = 3;
    /**
     * The words that name each group in a header, matched as words: their characters alone are in
     * every group's header (复议后起诉 holds 复议, 行政诉讼 holds 行政).
     */
    private static final List<List<String>> NAMES = List.of(
            List.of("行政复议"), List.of("直接起诉", "未经复议"), List.of("复议后起诉"));

    /** The folded header text above a run. */
    interface Context {
        String of(List<Entry> entries, List<Integer> runs, int p);
    }

    private AppealGroups() {
    }

    /** The groups a folded header names, as a bit set (bit g for group g). */
    static int named(String folded) {
        int groups = 0;
        for (int g = 0; g < GROUPS; g++) {
            for (var name : NAMES.get(g)) {
                if (folded.contains(name)) {
                    groups |= 1 << g;
                }
            }
        }
        return groups;
    }

    /**
     * Joins table 四 printed as tables of a group or two, each under its own header, into one row of
     * fifteen cells at the first of them, blank where a group is not printed; the others leave
     * {@code runs}. Runs whose headers do not name their groups are left as they are. Returns the
     * positions of the rows joined, whose columns their groups' headers named.
     *
     * @param runs    the positions of the entries holding figures
     * @param appeals for each run, whether it stands under table 四's headers
     */
    static java.util.Set<Integer> join(List<Entry> entries, List<Integer> runs, List<Boolean> appeals,
                                        Context context) {
        var joinedAt = new java.util.HashSet<Integer>();
        int all = (1 << GROUPS) - 1;
        // Each run's own header, read before any run is joined to another.
        var named = new java.util.HashMap<Integer, Integer>();
        for (int k = 0; k < runs.size(); k++) {
            if (appeals.get(k)) {
                named.put(runs.get(k), named(context.of(entries, runs, runs.get(k))));
            }
        }
        for (int k = 0; k < runs.size(); k++) {
            var entry = entries.get(runs.get(k));
            if (!appeals.get(k) || !entry.label().isEmpty() || entry.fused()) {
                continue;
            }
            int groups = named.get(runs.get(k));
            if (groups == 0 || groups == all || cells(entry) != PARTS * Integer.bitCount(groups)) {
                continue;
            }
            var parts = new ArrayList<Entry>(List.of(entry));
            var partGroups = new ArrayList<Integer>(List.of(groups));
            int taken = groups;
            while (k + 1 < runs.size() && taken != all) {
                int p = runs.get(k + 1);
                var next = entries.get(p);
                int more = named.get(p);
                if (!appeals.get(k + 1) || !next.label().isEmpty() || next.fused() || more == 0
                        || (more & taken) != 0 || cells(next) != PARTS * Integer.bitCount(more)) {
                    break;
                }
                parts.add(next);
                partGroups.add(more);
                taken |= more;
                runs.remove(k + 1);
                appeals.remove(k + 1);
            }
            entries.set(runs.get(k), joined(entry, parts, partGroups));
            joinedAt.add(runs.get(k));
        }
        return joinedAt;
    }

    /**
     * The columns of table 四's matched run {@code first}: null for the template's (a row of fifteen,
     * or one joined from its groups' tables, blank cells placed by the layout and the identities);
     * the columns of the groups its header names for a fused run; none (an empty list) for a run
     * whose header does not name groups for all its figures.
     */
    static List<Integer> columns(Entry entry, String context) {
        int groups = named(context);
        int all = (1 << GROUPS) - 1;
        if (entry.fused()) {
            return groups == 0 || groups == all ? null : columns(groups);
        }
        int cells = cells(entry);
        // The whole table's header, or none with more figures than two groups hold: one row of fifteen.
        if (cells == GROUPS * PARTS || groups == all || (groups == 0 && cells > (GROUPS - 1) * PARTS)) {
            return null;
        }
        return List.of();
    }

    /** How many cells a run holds: every cell where empty ones are printed, else its figures. */
    private static int cells(Entry e) {
        return e.line().explicitCells() ? e.run().size() : e.figureCount();
    }

    private static List<Integer> columns(int groups) {
        var out = new ArrayList<Integer>();
        for (int g = 0; g < GROUPS; g++) {
            if ((groups & 1 << g) != 0) {
                for (int k = 0; k < PARTS; k++) {
                    out.add(g * PARTS + k);
                }
            }
        }
        return out;
    }

    /** One row of fifteen cells from the groups' tables, a group not printed left blank. */
    private static Entry joined(Entry first, List<Entry> parts, List<Integer> partGroups) {
        var blank = new Segment("", 0, 0, first.run().get(0).at());
        var row = new ArrayList<Segment>();
        for (int c = 0; c < GROUPS * PARTS; c++) {
            row.add(blank);
        }
        for (int i = 0; i < parts.size(); i++) {
            var cells = parts.get(i).line().explicitCells() ? parts.get(i).run()
                    : parts.get(i).run().stream().filter(s -> !s.isEmpty()).toList();
            var columns = columns(partGroups.get(i));
            for (int k = 0; k < columns.size(); k++) {
                row.set(columns.get(k), cells.get(k));
            }
        }
        var line = first.line();
        return new Entry(first.index(), new Line(line.page(), line.number(), row, true, line.positioned()), "", row,
                first.boundary(), false);
    }
}
