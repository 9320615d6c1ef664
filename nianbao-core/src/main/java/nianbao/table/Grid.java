package nianbao.table;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nianbao.source.page.Page.Ruling;

/**
 * A ruled table's grid: the x and y of its column and row lines, and its cells, merged where a
 * ruling segment is missing between elementary cells (a label spanning rows or columns).
 *
 * <p>An edge left open by the page (the table goes on overleaf, so no bottom line was drawn) still
 * closes the cells above it: the vertical lines' ends stand in for it. A "smallest closed
 * rectangle" search, as tabula does, loses that last row.
 */
final class Grid {

    /** A ruling covering this share of a cell's side is a border. */
    private static final double COVERED = 0.6;
    /** Vertical lines reaching this far past the last horizontal one leave the edge open. */
    private static final double OPEN_EDGE = 3.0;

    /** A merged cell: elementary rows r0..r1 and columns c0..c1, inclusive. */
    record Cell(int r0, int c0, int r1, int c1) {
    }

    final double[] xs;
    final double[] ys;
    final boolean openTop;
    final boolean openBottom;
    /** For each elementary cell (row-major), its merged cell. */
    private final Cell[] cellOf;
    private final List<Cell> cells;

    private Grid(double[] xs, double[] ys, boolean openTop, boolean openBottom, Cell[] cellOf, List<Cell> cells) {
        this.xs = xs;
        this.ys = ys;
        this.openTop = openTop;
        this.openBottom = openBottom;
        this.cellOf = cellOf;
        this.cells = cells;
    }

    static Grid of(List<Ruling> table) {
        var horizontals = table.stream().filter(Ruling::horizontal).toList();
        var verticals = table.stream().filter(r -> !r.horizontal()).toList();
        double[] xs = positions(verticals, false);
        var ys = new TreeSet<Double>();
        for (double y : positions(horizontals, true)) {
            ys.add(y);
        }
        double top = verticals.stream().mapToDouble(Ruling::y0).min().orElse(ys.first());
        double bottom = verticals.stream().mapToDouble(Ruling::y1).max().orElse(ys.last());
        boolean openTop = top < ys.first() - OPEN_EDGE;
        boolean openBottom = bottom > ys.last() + OPEN_EDGE;
        if (openTop) {
            ys.add(top);
        }
        if (openBottom) {
            ys.add(bottom);
        }
        double[] yArray = ys.stream().mapToDouble(Double::doubleValue).toArray();
        int rows = yArray.length - 1;
        int cols = xs.length - 1;
        int n = Math.max(0, rows * cols);
        var sets = new UnionFind(n);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(verticals, xs[c + 1], yArray[r], yArray[r + 1], false)) {
                    sets.union(r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(horizontals, yArray[r + 1], xs[c], xs[c + 1], true)) {
                    sets.union(r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        var bounds = new int[n][];
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            int r = i / cols;
            int c = i % cols;
            var b = bounds[root];
            bounds[root] = b == null ? new int[] {r, c, r, c}
                    : new int[] {Math.min(b[0], r), Math.min(b[1], c), Math.max(b[2], r), Math.max(b[3], c)};
        }
        var cellOf = new Cell[n];
        var cells = new ArrayList<Cell>();
        var byRoot = new Cell[n];
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (byRoot[root] == null) {
                var b = bounds[root];
                byRoot[root] = new Cell(b[0], b[1], b[2], b[3]);
                cells.add(byRoot[root]);
            }
            cellOf[i] = byRoot[root];
        }
        return new Grid(xs, yArray, openTop, openBottom, cellOf, List.copyOf(cells));
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    List<Cell> cells() {
        return cells;
    }

    /** The merged cell holding a point, or null when it is outside the grid. */
    Cell cellAt(double x, double y) {
        int c = index(xs, x);
        int r = index(ys, y);
        return c < 0 || r < 0 ? null : cellOf[r * columns() + c];
    }

    /** Whether another grid has the same column lines: a table continued on the next page. */
    boolean sameColumns(Grid other) {
        if (other.xs.length != xs.length) {
            return false;
        }
        for (int i = 0; i < xs.length; i++) {
            if (Math.abs(other.xs[i] - xs[i]) > Rulings.TOUCH) {
                return false;
            }
        }
        return true;
    }

    private static int index(double[] edges, double v) {
        if (v < edges[0] || v > edges[edges.length - 1]) {
            return -1;
        }
        for (int i = 0; i + 1 < edges.length; i++) {
            if (v <= edges[i + 1]) {
                return i;
            }
        }
        return edges.length - 2;
    }

    /** Distinct positions of the lines, close ones taken as one. */
    private static double[] positions(List<Ruling> lines, boolean horizontal) {
        var sorted = lines.stream().mapToDouble(r -> Rulings.position(r, horizontal)).sorted().toArray();
        var out = new ArrayList<Double>();
        for (double p : sorted) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > Rulings.TOUCH) {
                out.add(p);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether rulings at {@code at} cover most of the span {@code [from, to]}. */
    private static boolean covered(List<Ruling> lines, double at, double from, double to, boolean horizontal) {
        double covered = 0;
        for (var r : lines) {
            if (Math.abs(Rulings.position(r, horizontal) - at) <= Rulings.TOUCH) {
                double a = Math.max(from, Rulings.start(r, horizontal));
                double b = Math.min(to, Rulings.end(r, horizontal));
                covered += Math.max(0, b - a);
            }
        }
        return covered >= COVERED * (to - from);
    }

}
