package nianbao.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.source.Box;
import nianbao.source.Format;
import nianbao.source.Line;
import nianbao.source.Location;
import nianbao.source.PageNumbers;
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
        for (var pageRows : rows) {
            int number = 1;
            for (var row : pageRows) {
                lines.add(row.toLine(number++));
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

        Line toLine(int number) {
            var segments = new ArrayList<Segment>(cells.size());
            for (var c : cells) {
                segments.add(new Segment(c.text, c.box.x0(), c.box.x1(),
                        new Location(c.page, number, c.column, c.box)));
            }
            return new Line(page, number, segments, isTable());
        }
    }

    /** A cell's text with its box; {@code column} is 1-based in a table, 0 in free text. */
    private record Cell(String text, Box box, int column, int page) {
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
                cells.add(new Cell(GlyphLines.text(segment), boxOf(segment), 0, page.number()));
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

    /** The rows of a table, each with the cells that start in it, empty ones included. */
    private static List<Row> tableRows(int page, Grid grid, Map<Grid.Cell, List<Glyph>> glyphs) {
        var byRow = new ArrayList<List<Grid.Cell>>();
        for (int r = 0; r < grid.rows(); r++) {
            byRow.add(new ArrayList<>());
        }
        for (var cell : grid.cells()) {
            byRow.get(cell.r0()).add(cell);
        }
        var rows = new ArrayList<Row>();
        for (int r = 0; r < grid.rows(); r++) {
            var starting = byRow.get(r);
            if (starting.isEmpty()) {
                continue;
            }
            starting.sort(Comparator.comparingInt(Grid.Cell::c0));
            var cells = new ArrayList<Cell>();
            for (var c : starting) {
                var box = new Box(grid.xs[c.c0()], grid.ys[c.r0()], grid.xs[c.c1() + 1], grid.ys[c.r1() + 1]);
                var text = glyphs.containsKey(c) ? GlyphLines.cellText(glyphs.get(c)) : "";
                cells.add(new Cell(text, box, c.c0() + 1, page));
            }
            rows.add(new Row(page, grid.ys[r], grid.ys[r + 1], cells, grid, r));
        }
        return rows;
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
        String text = cells.get(0).text;
        return PageNumbers.isDecorated(text) || (margin && PageNumbers.isBare(text));
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
                    cells.add(new Cell(WrappedText.join(c.text, tail.text), c.box, c.column, c.page));
                }
            }
            cells.addAll(rest.values());
            cells.sort(Comparator.comparingInt(Cell::column));
            here.set(here.indexOf(last), new Row(last.page(), last.top(), last.bottom(), cells, last.grid(),
                    last.gridRow()));
            next.remove(first);
        }
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
