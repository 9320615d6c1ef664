package nianbao.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.source.Box;
import nianbao.source.Figures;
import nianbao.source.Format;
import nianbao.source.Line;
import nianbao.source.Location;
import nianbao.source.PageNumbers;
import nianbao.source.Recognition;
import nianbao.source.Segment;
import nianbao.source.SourceDocument;
import nianbao.source.WrappedText;
import nianbao.source.page.Page;
import nianbao.source.page.Page.Glyph;

/**
 * Turns positioned pages (a PDF's text layer, or OCR of a scan) into lines: each ruled table as rows
 * of cells (merged cells once, in their first row; empty cells kept), the text around and between
 * tables as lines cut where glyphs stand far apart (an unruled table's columns), all down each page
 * in reading order. A table row cut by the page's end is joined to its rest overleaf; page numbers
 * and running heads are left out.
 */
public final class PageTables {

    /** Footers and running heads sit in these shares of the page height. */
    private static final double HEADER_ZONE = 0.08;
    private static final double FOOTER_ZONE = 0.9;

    private PageTables() {
    }

    /** A document's pages as lines, in reading order. */
    public static SourceDocument read(Format format, List<Page> pages) {
        var rows = new ArrayList<List<Row>>();
        for (var page : pages) {
            rows.add(rowsOf(page));
        }
        dropRunningHeads(rows, pages);
        stitch(rows);
        var lines = new ArrayList<Line>();
        for (int p = 0; p < rows.size(); p++) {
            // A scan's grid is rebuilt from rules found in pixels, some lost, some a stroke taken for
            // one (example-blanks-2024.150dpi-noise-blur.pdf): its rows' cells are placed by where
            // they stand, as an unruled table's, not counted as cells.
            boolean drawn = pages.get(p).glyphs().stream().noneMatch(g -> g.recognition().ocr());
            int number = 1;
            for (var row : rows.get(p)) {
                lines.add(row.toLine(number++, drawn));
            }
        }
        return new SourceDocument(format, lines);
    }

    // ---- one page ------------------------------------------------------------------------

    /** A row of a page before lines are numbered: table cells or a line of free text. */
    private record Row(int page, double top, double bottom, List<Cell> cells, Grid grid, int gridRow) {

        boolean isTable() {
            return grid != null;
        }

        String text() {
            var s = new StringBuilder();
            for (var c : cells) {
                s.append(c.text);
            }
            return s.toString();
        }

        /** @param drawn whether the page's grid was drawn (a PDF's), not found in a scan's pixels */
        Line toLine(int number, boolean drawn) {
            var segments = new ArrayList<Segment>(cells.size());
            for (var c : cells) {
                segments.add(new Segment(c.text, c.box.x0(), c.box.x1(),
                        new Location(c.page, number, c.column, c.box), c.recognition));
            }
            return new Line(page, number, segments, isTable() && drawn);
        }
    }

    /** A cell's text with its box; {@code column} is 1-based in a table, 0 in free text. */
    private record Cell(String text, Box box, int column, int page, Recognition recognition) {

        Cell(String text, Box box, int column, int page) {
            this(text, box, column, page, Recognition.PRINTED);
        }
    }

    private static List<Row> rowsOf(Page page) {
        var grids = new ArrayList<Grid>();
        var horizontals = Rulings.merged(page.rulings(), true);
        var verticals = Rulings.merged(page.rulings(), false);
        for (var table : Rulings.tables(horizontals, verticals)) {
            var grid = Grid.of(table);
            if (grid.rows() > 0 && grid.columns() > 0) {
                grids.add(grid);
            }
        }
        Map<Grid, Map<Grid.Cell, List<Glyph>>> inCells = new HashMap<>();
        var free = new ArrayList<Glyph>();
        for (var g : page.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            Grid.Cell cell = null;
            Grid in = null;
            for (var grid : grids) {
                cell = grid.cellAt(g.centreX(), g.centreY());
                if (cell != null) {
                    in = grid;
                    break;
                }
            }
            if (cell == null) {
                free.add(g);
            } else {
                inCells.computeIfAbsent(in, k -> new HashMap<>()).computeIfAbsent(cell, k -> new ArrayList<>()).add(g);
            }
        }
        var rows = new ArrayList<Row>();
        for (var grid : grids) {
            rows.addAll(tableRows(page.number(), grid, inCells.getOrDefault(grid, Map.of())));
        }
        for (var line : GlyphLines.lines(free)) {
            var cells = new ArrayList<Cell>();
            for (var segment : GlyphLines.segments(line)) {
                cells.add(new Cell(GlyphLines.text(segment), boxOf(segment), 0, page.number(),
                        GlyphLines.recognition(segment, GlyphLines::text)));
            }
            double top = line.stream().mapToDouble(Glyph::y0).min().orElse(0);
            double bottom = line.stream().mapToDouble(Glyph::y1).max().orElse(0);
            if (!isFooter(page, top, bottom, cells)) {
                rows.add(new Row(page.number(), top, bottom, cells, null, -1));
            }
        }
        rows.sort(Comparator.comparingDouble(Row::top));
        return rows;
    }

    /**
     * The rows of a table, each with the cells that start in it, empty ones included. A merged cell
     * holding figures in two or more of the elementary cells it covers is no merged cell but a rule
     * the page lost (a scan whose seal or blur broke a rule: zigui-county-2020.200dpi-askew-jpeg-seal.pdf,
     * 商业企业 of rows 3 and 4 of table 三 in one cell): it is read as its elementary cells.
     */
    private static List<Row> tableRows(int page, Grid grid, Map<Grid.Cell, List<Glyph>> glyphs) {
        var byRow = new ArrayList<List<Cell>>();
        for (int r = 0; r < grid.rows(); r++) {
            byRow.add(new ArrayList<>());
        }
        for (var c : grid.cells()) {
            var in = glyphs.getOrDefault(c, List.of());
            var pieces = pieces(grid, c, in);
            if (pieces != null) {
                for (int r = c.r0(); r <= c.r1(); r++) {
                    for (int k = c.c0(); k <= c.c1(); k++) {
                        var piece = pieces.getOrDefault(r * grid.columns() + k, List.of());
                        byRow.get(r).add(cell(page, grid, new Grid.Cell(r, k, r, k), piece));
                    }
                }
            } else {
                byRow.get(c.r0()).add(cell(page, grid, c, in));
            }
        }
        var starts = new boolean[grid.rows()];
        for (int r = 0; r < grid.rows(); r++) {
            starts[r] = !byRow.get(r).isEmpty();
        }
        // A column covered by a cell of a row above is an empty cell of this row: each row of a grid
        // has a cell in every column, so that a figure is never taken for its neighbour's.
        for (var c : grid.cells()) {
            for (int r = c.r0() + 1; r <= c.r1(); r++) {
                int row = r;
                if (byRow.get(r).stream().noneMatch(x -> x.column() == c.c0() + 1)) {
                    var box = new Box(grid.xs[c.c0()], grid.ys[row], grid.xs[c.c1() + 1], grid.ys[row + 1]);
                    byRow.get(r).add(new Cell("", box, c.c0() + 1, page));
                }
            }
        }
        var rows = new ArrayList<Row>();
        for (int r = 0; r < grid.rows(); r++) {
            var cells = byRow.get(r);
            if (!starts[r]) {
                continue;
            }
            cells.sort(Comparator.comparingInt(Cell::column));
            rows.add(new Row(page, grid.ys[r], grid.ys[r + 1], cells, grid, r));
        }
        return rows;
    }

    private static Cell cell(int page, Grid grid, Grid.Cell c, List<Glyph> in) {
        var box = new Box(grid.xs[c.c0()], grid.ys[c.r0()], grid.xs[c.c1() + 1], grid.ys[c.r1() + 1]);
        return new Cell(GlyphLines.cellText(in), box, c.c0() + 1, page, GlyphLines.recognition(in, GlyphLines::cellText));
    }

    /**
     * A merged cell's glyphs by the elementary cell (row × columns + column) each stands in, when two
     * or more of those hold a figure; null when the cell is one.
     */
    private static Map<Integer, List<Glyph>> pieces(Grid grid, Grid.Cell c, List<Glyph> in) {
        if (c.r0() == c.r1() && c.c0() == c.c1() || in.isEmpty()) {
            return null;
        }
        var pieces = new HashMap<Integer, List<Glyph>>();
        for (var g : in) {
            int r = c.r0();
            while (r < c.r1() && g.centreY() >= grid.ys[r + 1]) {
                r++;
            }
            int k = c.c0();
            while (k < c.c1() && g.centreX() >= grid.xs[k + 1]) {
                k++;
            }
            pieces.computeIfAbsent(r * grid.columns() + k, x -> new ArrayList<>()).add(g);
        }
        long figures = pieces.values().stream().filter(p -> Figures.isNumber(GlyphLines.cellText(p))).count();
        return figures >= 2 ? pieces : null;
    }

    private static Box boxOf(List<Glyph> glyphs) {
        return new Box(glyphs.stream().mapToDouble(Glyph::x0).min().orElse(0),
                glyphs.stream().mapToDouble(Glyph::y0).min().orElse(0),
                glyphs.stream().mapToDouble(Glyph::x1).max().orElse(0),
                glyphs.stream().mapToDouble(Glyph::y1).max().orElse(0));
    }

    /** A page number printed in the footer or header zone. */
    private static boolean isFooter(Page page, double top, double bottom, List<Cell> cells) {
        boolean margin = top > FOOTER_ZONE * page.height() || bottom < HEADER_ZONE * page.height();
        if (cells.size() != 1) {
            return false;
        }
        var readings = new ArrayList<String>();
        readings.add(cells.get(0).text);
        // Read by OCR, a footer's - 4 - may come out as 4: with 4 among its other readings.
        cells.get(0).recognition.candidates().forEach(c -> readings.add(c.text()));
        return readings.stream().anyMatch(text -> PageNumbers.isDecorated(text) || (margin && PageNumbers.isBare(text)));
    }

    // ---- across pages ---------------------------------------------------------------------

    /** Lines in the header zone printed the same on several pages: the report's running head. */
    private static void dropRunningHeads(List<List<Row>> rows, List<Page> pages) {
        var counts = new HashMap<String, Integer>();
        for (int p = 0; p < rows.size(); p++) {
            for (var row : rows.get(p)) {
                if (!row.isTable() && row.bottom() < HEADER_ZONE * pages.get(p).height()) {
                    counts.merge(row.text(), 1, Integer::sum);
                }
            }
        }
        for (int p = 0; p < rows.size(); p++) {
            double zone = HEADER_ZONE * pages.get(p).height();
            rows.get(p).removeIf(r -> !r.isTable() && r.bottom() < zone && counts.get(r.text()) > 1);
        }
    }

    /**
     * A table whose last row is cut by the page's end (no line under it) and whose rest opens the
     * next page (no line over it), with the same columns, is one table: the two halves of the cut
     * row become one row, cell by cell.
     */
    private static void stitch(List<List<Row>> rows) {
        for (int p = 0; p + 1 < rows.size(); p++) {
            var here = rows.get(p);
            var next = rows.get(p + 1);
            Row last = lastTableRow(here);
            Row first = next.stream().filter(Row::isTable).findFirst().orElse(null);
            if (last == null || first == null || !last.grid().openBottom || !first.grid().openTop
                    || first.gridRow() != 0 || last.gridRow() != last.grid().rows() - 1
                    || !last.grid().sameColumns(first.grid())) {
                continue;
            }
            var cells = new ArrayList<Cell>();
            var rest = new HashMap<Integer, Cell>();
            for (var c : first.cells()) {
                rest.put(c.column, c);
            }
            for (var c : last.cells()) {
                var tail = rest.remove(c.column);
                if (tail == null || tail.text.isEmpty()) {
                    cells.add(c);
                } else if (c.text.isEmpty()) {
                    cells.add(tail);
                } else {
                    cells.add(new Cell(WrappedText.join(c.text, tail.text), c.box, c.column, c.page,
                            joined(c.recognition, tail.recognition)));
                }
            }
            cells.addAll(rest.values());
            cells.sort(Comparator.comparingInt(Cell::column));
            here.set(here.indexOf(last), new Row(last.page(), last.top(), last.bottom(), cells, last.grid(),
                    last.gridRow()));
            next.remove(first);
        }
    }

    /** The recognition of two halves of a cell joined: the less sure, without other readings. */
    private static Recognition joined(Recognition a, Recognition b) {
        if (!a.ocr() && !b.ocr()) {
            return Recognition.PRINTED;
        }
        return new Recognition(true, Math.min(a.confidence(), b.confidence()), List.of());
    }

    private static Row lastTableRow(List<Row> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).isTable()) {
                return rows.get(i);
            }
            if (!rows.get(i).text().isBlank()) {
                return null;
            }
        }
        return null;
    }
}
