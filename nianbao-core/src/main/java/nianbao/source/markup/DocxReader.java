package nianbao.source.markup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import nianbao.source.UnreadableDocumentException;
import nianbao.source.WrappedText;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a DOCX with Apache POI's XWPF model, which keeps merged cells: {@code gridSpan} is a column
 * span, {@code vMerge} a row span (Tika's XHTML of a DOCX table drops both). Lines are numbered in
 * reading order, paragraphs and table rows alike: Word has no fixed pages. A plain document (text,
 * tables, links) is read the same way by streaming its XML ({@link PlainDocx}), without the model.
 */
public final class DocxReader implements MarkupReader {

    @Override
    public Markup read(byte[] bytes) throws UnreadableDocumentException {
        var plain = PlainDocx.read(bytes);
        return plain != null ? plain : xwpf(bytes);
    }

    /** The document as XWPF's model reads it. */
    static Markup xwpf(byte[] bytes) throws UnreadableDocumentException {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var blocks = new ArrayList<Markup.Block>();
            int[] line = {0};
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    line[0]++;
                    String text = HtmlReader.clean(p.getText());
                    if (!text.isEmpty()) {
                        blocks.add(new Markup.Paragraph(text, line[0]));
                    }
                } else if (element instanceof XWPFTable t) {
                    blocks.add(table(t, line));
                }
            }
            return new Markup(blocks, List.of(), List.of());
        } catch (IOException | RuntimeException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("maximum length") || reason.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                throw new UnreadableDocumentException("DOCX refused: a part inflates past the reading limits "
                        + "(a zip bomb?): " + reason, e);
            }
            throw UnreadableDocumentException.of("not a readable DOCX", e);
        }
    }

    private static Markup.Table table(XWPFTable table, int[] line) {
        var rows = new ArrayList<List<WordTables.Cell>>();
        for (var row : table.getRows()) {
            var cells = new ArrayList<WordTables.Cell>();
            int column = 0;
            for (var cell : row.getTableCells()) {
                int span = gridSpan(cell);
                cells.add(new WordTables.Cell(column, span, continuesAbove(cell), text(cell)));
                column += span;
            }
            rows.add(cells);
        }
        var out = WordTables.table(rows, line[0] + 1);
        line[0] += rows.size();
        return out;
    }

    private static String text(XWPFTableCell cell) {
        String out = "";
        for (var p : cell.getParagraphs()) {
            out = WrappedText.join(out, HtmlReader.clean(p.getText()));
        }
        return out;
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null) {
            return 1;
        }
        BigInteger span = pr.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, span.intValue());
    }

    private static boolean continuesAbove(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getVMerge() == null) {
            return false;
        }
        var val = pr.getVMerge().getVal();
        return val == null || val == STMerge.CONTINUE;
    }
}
