package nianbao.table;

import java.util.ArrayList;
import java.util.List;
import nianbao.source.Deadline;
import nianbao.source.DocumentReader;
import nianbao.source.Format;
import nianbao.source.Line;
import nianbao.source.Location;
import nianbao.source.Segment;
import nianbao.source.SourceDocument;
import nianbao.source.UnreadableDocumentException;
import nianbao.source.markup.Markup;
import nianbao.source.markup.MarkupReader;

/**
 * Markup (an HTML page, a Word or Excel file) into lines: a paragraph is a line of one segment; a
 * table row is a line of its cells, each placed at its column in the table's full grid, rowspans and
 * colspans expanded (a merged cell appears once, in its first row, spanning its columns).
 */
public final class MarkupTables implements DocumentReader {

    /** HTML's limit on colspan: a wider span is a damaged or hostile file. */
    private static final int MAX_COLSPAN = 1000;
    /**
     * A table's grid is cut at this many columns (the template's widest table has 16): a hostile
     * file's spans cannot make it wider.
     */
    private static final int MAX_COLUMNS = 4096;

    private final MarkupReader reader;
    private final Format format;

    public MarkupTables(MarkupReader reader, Format format) {
        this.reader = reader;
        this.format = format;
    }

    @Override
    public SourceDocument read(byte[] bytes) throws UnreadableDocumentException {
        return lines(reader.read(bytes), format);
    }

    static SourceDocument lines(Markup markup, Format format) {
        var lines = new ArrayList<Line>();
        for (var block : markup.blocks()) {
            if (block instanceof Markup.Paragraph p) {
                var at = new Location(0, p.line(), 0, null);
                lines.add(new Line(0, p.line(), List.of(new Segment(p.text(), 0, 1, at)), false));
            } else if (block instanceof Markup.Table t) {
                lines.addAll(rows(t));
            }
        }
        return new SourceDocument(format, lines, markup.images(), markup.attachments());
    }

    /**
     * The standard table model: each cell at the first grid column its row leaves free. Which columns
     * rows above still cover is kept per column (the last row a rowspan reaches), so a hostile file's
     * spans (rowspan="100000" on every cell) cost no more than its cells, and the deadline is checked
     * at every cell.
     */
    private static List<Line> rows(Markup.Table table) {
        int[] coveredUntil = new int[16];
        java.util.Arrays.fill(coveredUntil, -1);
        var lines = new ArrayList<Line>();
        for (int r = 0; r < table.rows().size(); r++) {
            var row = table.rows().get(r);
            var segments = new ArrayList<Segment>();
            int column = 0;
            for (var cell : row.cells()) {
                Deadline.check();
                while (column < MAX_COLUMNS && column < coveredUntil.length && coveredUntil[column] >= r) {
                    column++;
                }
                if (column >= MAX_COLUMNS) {
                    break;
                }
                // Spans are bounded by the table and by HTML's own limit, whatever a file claims.
                int rowspan = Math.max(1, Math.min(cell.rowspan(), table.rows().size() - r));
                int colspan = Math.max(1, Math.min(Math.min(cell.colspan(), MAX_COLSPAN), MAX_COLUMNS - column));
                if (column + colspan > coveredUntil.length) {
                    int old = coveredUntil.length;
                    coveredUntil = java.util.Arrays.copyOf(coveredUntil, Math.max(column + colspan, old * 2));
                    java.util.Arrays.fill(coveredUntil, old, coveredUntil.length, -1);
                }
                for (int dc = 0; dc < colspan; dc++) {
                    coveredUntil[column + dc] = Math.max(coveredUntil[column + dc], r + rowspan - 1);
                }
                var at = new Location(0, cell.line(), column + 1, null);
                segments.add(new Segment(cell.text(), column, column + colspan, at));
                column += colspan;
            }
            if (!segments.isEmpty()) {
                lines.add(new Line(0, row.line(), segments, true));
            }
        }
        return lines;
    }

}
