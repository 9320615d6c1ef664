package nianbao.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The text lines of a scanned table's cells, found from the cells themselves: within each cell
 * ruled on four sides, the rows of ink between blank rows are its lines, each as wide as its ink.
 * A cell is the unit a figure stands in; the detector's boxes are not: it misses a lone small figure
 * now and then (a single {@code 7} or {@code 0}: huaian-city-2024.pdf page 4, scanned), and leaves a
 * small minus sign out of its figure's box ({@code -6} read as {@code 6}: zigui-county-2020, scanned
 * askew), which the cell's ink does not.
 */
final class TableCells {

    /** Rules this close (pixels) are one grid line. */
    private static final int SAME_LINE = 4;
    /** Less ink than this, in square points, is a speck: the smallest figure's strokes at 10.5 pt cover more. */
    private static final double MIN_INK_PT2 = 2.5;
    /** Margin kept inside a cell's rules, in points: the rules' own blurred edge is no ink. */
    private static final double INSET_PT = 1.5;
    /** Room left around the ink of a line, in points, as the detector leaves around text. */
    private static final double PAD_PT = 2.5;
    /** Rows of ink closer than this, in points, are one line (a character's parts: 三, 二). */
    private static final double LINE_GAP_PT = 2.0;

    /** A cell's box in pixels, end exclusive. */
    record Cell(int x0, int y0, int x1, int y1) {

        boolean contains(double x, double y) {
            return x >= x0 && x < x1 && y >= y0 && y < y1;
        }
    }

    private TableCells() {
    }

    /** The cells ruled on their four sides. */
    static List<Cell> cells(List<ImageRulings.Rule> rules) {
        var horizontals = rules.stream().filter(ImageRulings.Rule::horizontal).toList();
        var verticals = rules.stream().filter(r -> !r.horizontal()).toList();
        var ys = lines(horizontals.stream().mapToInt(r -> (r.y0() + r.y1()) / 2).toArray());
        var out = new ArrayList<Cell>();
        for (int j = 0; j + 1 < ys.size(); j++) {
            int top = ys.get(j);
            int bottom = ys.get(j + 1);
            int middleY = (top + bottom) / 2;
            // The vertical rules that cross this band of rows: the other rows' do not bound its cells.
            var xs = lines(verticals.stream().filter(r -> r.y0() <= middleY && r.y1() >= middleY)
                    .mapToInt(r -> (r.x0() + r.x1()) / 2).toArray());
            for (int i = 0; i + 1 < xs.size(); i++) {
                int left = xs.get(i);
                int right = xs.get(i + 1);
                int middleX = (left + right) / 2;
                if (covers(horizontals, middleX, top) && covers(horizontals, middleX, bottom)) {
                    out.add(new Cell(left, top, right, bottom));
                }
            }
        }
        return out;
    }

    /** The text lines of each cell, by its ink. */
    static List<TextDetector.TextBox> lines(GrayImage image, int ink, List<Cell> cells, double pointsPerPixel) {
        int inset = (int) Math.ceil(INSET_PT / pointsPerPixel);
        int pad = (int) Math.ceil(PAD_PT / pointsPerPixel);
        int gap = Math.max(1, (int) Math.round(LINE_GAP_PT / pointsPerPixel));
        int minInk = (int) Math.ceil(MIN_INK_PT2 / pointsPerPixel / pointsPerPixel);
        var out = new ArrayList<TextDetector.TextBox>();
        for (var cell : cells) {
            int x0 = cell.x0() + inset;
            int x1 = cell.x1() - inset;
            int y0 = cell.y0() + inset;
            int y1 = cell.y1() - inset;
            if (x1 <= x0 || y1 <= y0) {
                continue;
            }
            int[] perRow = new int[y1 - y0];
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    if (image.at(x, y) <= ink) {
                        perRow[y - y0]++;
                    }
                }
            }
            int y = 0;
            while (y < perRow.length) {
                if (perRow[y] == 0) {
                    y++;
                    continue;
                }
                // A line: rows of ink with gaps shorter than a character's.
                int from = y;
                int last = y;
                int count = 0;
                while (y < perRow.length && y - last <= gap) {
                    if (perRow[y] > 0) {
                        last = y;
                        count += perRow[y];
                    }
                    y++;
                }
                if (count < minInk) {
                    continue;
                }
                int left = x1;
                int right = x0;
                for (int row = y0 + from; row <= y0 + last; row++) {
                    for (int x = x0; x < x1; x++) {
                        if (image.at(x, row) <= ink) {
                            left = Math.min(left, x);
                            right = Math.max(right, x + 1);
                        }
                    }
                }
                out.add(new TextDetector.TextBox(Math.max(cell.x0(), left - pad), Math.max(cell.y0(), y0 + from - pad),
                        Math.min(cell.x1(), right + pad), Math.min(cell.y1(), y0 + last + 1 + pad), 1));
            }
        }
        return out;
    }

    /** Positions clustered into grid lines. */
    private static List<Integer> lines(int[] positions) {
        var sorted = new TreeSet<Integer>();
        for (int p : positions) {
            sorted.add(p);
        }
        var out = new ArrayList<Integer>();
        for (int p : sorted) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > SAME_LINE) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean covers(List<ImageRulings.Rule> horizontals, int x, int y) {
        for (var r : horizontals) {
            if (Math.abs((r.y0() + r.y1()) / 2 - y) <= SAME_LINE && r.x0() <= x && r.x1() >= x) {
                return true;
            }
        }
        return false;
    }
}
