package nianbao.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.source.page.Page.Ruling;

/**
 * Ruling lines cleaned up and grouped into tables: collinear pieces joined (a border drawn cell by
 * cell is one line), and lines that cross or touch gathered into one table each.
 */
final class Rulings {

    /** Lines this close are the same line. */
    static final double SAME_LINE = 1.5;
    /** Pieces of one line separated by less than this are joined. */
    private static final double JOIN_GAP = 2.5;
    /** A line ending this close to another still meets it. */
    static final double TOUCH = 2.5;

    private Rulings() {
    }

    /** The horizontal (or vertical) rulings, collinear pieces joined. */
    static List<Ruling> merged(List<Ruling> rulings, boolean horizontal) {
        var lines = new ArrayList<Ruling>();
        for (var r : rulings) {
            if (r.horizontal() == horizontal) {
                lines.add(r);
            }
        }
        // Exact keys only: group by position, then join along it.
        lines.sort(Comparator.comparingDouble((Ruling r) -> position(r, horizontal))
                .thenComparingDouble(r -> start(r, horizontal)));
        var out = new ArrayList<Ruling>();
        int i = 0;
        while (i < lines.size()) {
            int j = i + 1;
            while (j < lines.size() && position(lines.get(j), horizontal) - position(lines.get(j - 1), horizontal)
                    <= SAME_LINE / 2) {
                j++;
            }
            out.addAll(join(lines.subList(i, j), horizontal));
            i = j;
        }
        return out;
    }

    private static List<Ruling> join(List<Ruling> group, boolean horizontal) {
        var sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingDouble(r -> start(r, horizontal)));
        double at = sorted.stream().mapToDouble(r -> position(r, horizontal)).average().orElse(0);
        var out = new ArrayList<Ruling>();
        double from = start(sorted.get(0), horizontal);
        double to = end(sorted.get(0), horizontal);
        for (var r : sorted.subList(1, sorted.size())) {
            if (start(r, horizontal) <= to + JOIN_GAP) {
                to = Math.max(to, end(r, horizontal));
            } else {
                out.add(line(at, from, to, horizontal));
                from = start(r, horizontal);
                to = end(r, horizontal);
            }
        }
        out.add(line(at, from, to, horizontal));
        return out;
    }

    /** The rulings grouped into tables: each group is connected through crossings. */
    static List<List<Ruling>> tables(List<Ruling> horizontals, List<Ruling> verticals) {
        var all = new ArrayList<Ruling>(horizontals);
        all.addAll(verticals);
        var sets = new UnionFind(all.size());
        for (int h = 0; h < horizontals.size(); h++) {
            for (int v = 0; v < verticals.size(); v++) {
                if (meet(horizontals.get(h), verticals.get(v))) {
                    sets.union(h, horizontals.size() + v);
                }
            }
        }
        var groups = new java.util.LinkedHashMap<Integer, List<Ruling>>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(all.get(i));
        }
        var tables = new ArrayList<List<Ruling>>();
        for (var g : groups.values()) {
            long h = g.stream().filter(Ruling::horizontal).count();
            if (h >= 1 && g.size() - h >= 2 && h + (g.size() - h) >= 4) {
                tables.add(g);
            }
        }
        return tables;
    }

    static boolean meet(Ruling h, Ruling v) {
        return v.x0() >= h.x0() - TOUCH && v.x0() <= h.x1() + TOUCH
                && h.y0() >= v.y0() - TOUCH && h.y0() <= v.y1() + TOUCH;
    }

    static double position(Ruling r, boolean horizontal) {
        return horizontal ? r.y0() : r.x0();
    }

    static double start(Ruling r, boolean horizontal) {
        return horizontal ? r.x0() : r.y0();
    }

    static double end(Ruling r, boolean horizontal) {
        return horizontal ? r.x1() : r.y1();
    }

    private static Ruling line(double at, double from, double to, boolean horizontal) {
        return horizontal ? new Ruling(from, at, to, at) : new Ruling(at, from, at, to);
    }
}
