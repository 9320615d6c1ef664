package nianbao.source.markup;

import java.util.List;

/**
 * A document as blocks of markup, in reading order: paragraphs and tables with their spans, as an
 * HTML page or a Word file holds them; and what the page shows instead of text.
 *
 * @param blocks      paragraphs and tables
 * @param images      images shown in the report's body (a report published as pictures of its pages)
 * @param attachments links to attached files (.pdf, .doc, ...) in the report's body
 */
public record Markup(List<Block> blocks, List<String> images, List<String> attachments) {

    public Markup {
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
        attachments = List.copyOf(attachments);
    }

    /** A paragraph or a table. */
    public sealed interface Block permits Paragraph, Table {
    }

    /** A paragraph's text and the line (of the source, or the ordinal in a Word file) it starts on. */
    public record Paragraph(String text, int line) implements Block {
    }

    /** A table as its rows; spans as printed. */
    public record Table(List<Row> rows) implements Block {

        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** A row's cells, left to right, without the positions covered by spans from above. */
    public record Row(List<Cell> cells, int line) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell's text and spans, and the line it starts on. */
    public record Cell(String text, int rowspan, int colspan, int line) {
    }
}
