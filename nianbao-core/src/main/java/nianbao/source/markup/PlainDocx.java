package nianbao.source.markup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.source.WrappedText;

/**
 * A DOCX read by streaming its {@code word/document.xml}, without POI's object model: paragraphs,
 * tables with {@code gridSpan} and {@code vMerge}, and the text of runs, exactly as {@link DocxReader}
 * reads them through XWPF. Only what it reads as XWPF does is read here: a document holding anything
 * else (fields, tracked changes, content controls in the text, footnote references, symbols, a part
 * not where it is expected, one that inflates too far) is left to XWPF, whole. Issue 15: XWPF's model
 * (XmlBeans over a DOM, and every part of the package parsed) was about half of a DOCX's time.
 */
final class PlainDocx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String PART = "word/document.xml";
    /** A part inflated past 100 times the file's size is left to XWPF, which refuses zip bombs by its own rule. */
    private static final int MAX_INFLATION = 100;
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /** Something this reader does not read as XWPF does: the document is XWPF's to read. */
    private static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    private final XMLStreamReader xml;
    private int line;

    private PlainDocx(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The document's markup, or null when XWPF must read it. */
    static Markup read(byte[] bytes) {
        byte[] part = part(bytes);
        if (part == null) {
            return null;
        }
        try {
            var reader = XML.createXMLStreamReader(new ByteArrayInputStream(part));
            try {
                return new PlainDocx(reader).document();
            } finally {
                reader.close();
            }
        } catch (NotPlain | XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    /** The main document part, or null when it is not there or inflates too far. */
    private static byte[] part(byte[] bytes) {
        long limit = (long) bytes.length * MAX_INFLATION;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(PART)) {
                    byte[] part = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                    return part.length > limit ? null : part;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private Markup document() throws XMLStreamException, NotPlain {
        if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !isW("document")) {
            throw new NotPlain();
        }
        var blocks = new ArrayList<Markup.Block>();
        while (next()) {
            if (isW("body")) {
                body(blocks);
            } else {
                skip();
            }
        }
        return new Markup(blocks, List.of(), List.of());
    }

    /** The body's paragraphs and tables; anything else at this level XWPF does not read either. */
    private void body(List<Markup.Block> blocks) throws XMLStreamException, NotPlain {
        while (next()) {
            if (isW("p")) {
                line++;
                String text = HtmlReader.clean(paragraph());
                if (!text.isEmpty()) {
                    blocks.add(new Markup.Paragraph(text, line));
                }
            } else if (isW("tbl")) {
                blocks.add(table());
            } else {
                skip();
            }
        }
    }

    private Markup.Table table() throws XMLStreamException, NotPlain {
        var rows = new ArrayList<List<WordTables.Cell>>();
        while (next()) {
            if (isW("tr")) {
                rows.add(row());
            } else if (isW("tblPr") || isW("tblGrid") || isBookmark()) {
                skip();
            } else {
                throw new NotPlain();
            }
        }
        var table = WordTables.table(rows, line + 1);
        line += rows.size();
        return table;
    }

    private List<WordTables.Cell> row() throws XMLStreamException, NotPlain {
        var cells = new ArrayList<WordTables.Cell>();
        int column = 0;
        while (next()) {
            if (isW("tc")) {
                var cell = cell(column);
                cells.add(cell);
                column += cell.span();
            } else if (isW("trPr") || isW("tblPrEx") || isBookmark()) {
                skip();
            } else {
                throw new NotPlain();
            }
        }
        return cells;
    }

    /** A cell: its span and merge from its properties, its text from its own paragraphs (not nested tables'). */
    private WordTables.Cell cell(int column) throws XMLStreamException, NotPlain {
        int span = 1;
        boolean continuesAbove = false;
        boolean properties = false;
        String text = "";
        while (next()) {
            if (isW("tcPr") && !properties) {
                // The first only, as XWPF's getTcPr reads it.
                properties = true;
                while (next()) {
                    if (isW("gridSpan")) {
                        String val = xml.getAttributeValue(W, "val");
                        span = val == null ? 1 : Math.max(1, Integer.parseInt(val.strip()));
                        skip();
                    } else if (isW("vMerge")) {
                        String val = xml.getAttributeValue(W, "val");
                        continuesAbove = val == null || val.equals("continue");
                        skip();
                    } else {
                        skip();
                    }
                }
            } else if (isW("p")) {
                text = WrappedText.join(text, HtmlReader.clean(paragraph()));
            } else if (isW("tbl") || isW("tcPr") || isBookmark()) {
                skip();
            } else {
                throw new NotPlain();
            }
        }
        return new WordTables.Cell(column, span, continuesAbove, text);
    }

    /** A paragraph's text: its runs, also those of hyperlinks and smart tags, as XWPFParagraph.getText gives them. */
    private String paragraph() throws XMLStreamException, NotPlain {
        var text = new StringBuilder();
        runs(text);
        return text.toString();
    }

    private void runs(StringBuilder text) throws XMLStreamException, NotPlain {
        while (next()) {
            if (isW("r")) {
                if (xml.getAttributeValue(W, "rsidDel") != null) {
                    throw new NotPlain();
                }
                run(text);
            } else if (isW("hyperlink") || isW("smartTag")) {
                runs(text);
            } else if (isW("pPr") || isBookmark() || isW("proofErr") || isW("permStart") || isW("permEnd")) {
                skip();
            } else {
                throw new NotPlain();
            }
        }
    }

    private void run(StringBuilder text) throws XMLStreamException, NotPlain {
        while (next()) {
            if (isW("t")) {
                text.append(xml.getElementText());
            } else if (isW("tab")) {
                text.append('\t');
                skip();
            } else if (isW("br") || isW("cr")) {
                text.append('\n');
                skip();
            } else if (isW("rPr") || isW("lastRenderedPageBreak")) {
                skip();
            } else {
                throw new NotPlain();
            }
        }
    }

    private boolean isBookmark() {
        return isW("bookmarkStart") || isW("bookmarkEnd");
    }

    /** Whether the current start tag is {@code w:name}. */
    private boolean isW(String name) {
        return W.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }

    /** Moves to the next child element of the current one: true at its start, false at the parent's end. */
    private boolean next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Skips the current element, whatever it holds. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
