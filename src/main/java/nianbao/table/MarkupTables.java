package nianbao.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The standard table model: each cell at the first grid column its row leaves free. */
    private static List<Line> rows(Markup.Table table) {
        Set<Long> taken = new HashSet<>();
        var lines = new ArrayList<Line>();
        for (int r = 0; r < table.rows().size(); r++) {
            Deadline.check();
            var row = table.rows().get(r);
            var segments = new ArrayList<Segment>();
            int column = 0;
            for (var cell : row.cells()) {
                while (taken.contains(key(r, column))) {
                    column++;
                }
                // Spans are bounded by the table and by HTML's own limit, whatever a file claims: a
                // hostile gridSpan or rowspan must not fill memory.
                int rowspan = Math.min(cell.rowspan(), table.rows().size() - r);
                int colspan = Math.min(cell.colspan(), MAX_COLSPAN);
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        taken.add(key(r + dr, column + dc));
                    }
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

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
