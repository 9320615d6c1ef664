package nianbao.source.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nianbao.source.Deadline;
import nianbao.source.WrappedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page with jsoup: finds the report inside the site's chrome (menus, breadcrumbs,
 * related links, footers), and walks it into paragraphs and tables. A table holding tables is a
 * layout table: its cells are walked as blocks. Cell text is normalised (line breaks, Word's
 * {@code <p>}/{@code <span>} fragments, {@code &nbsp;}, full-width spaces).
 */
public final class HtmlReader implements MarkupReader {

    /** The body is where the report is: the descent stops where no child holds this share of the text. */
    private static final double DOMINANT = 0.6;
    /** Deeper than this, markup is not walked but taken as text: real pages nest far less. */
    private static final int MAX_DEPTH = 200;
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "select", "option", "button", "input", "textarea", "svg", "object", "embed");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "main", "header", "footer", "nav", "aside", "blockquote",
            "pre", "address", "center", "form", "fieldset", "figure", "figcaption", "caption", "hr", "tr", "td", "th",
            "thead", "tbody", "tfoot", "body", "html", "o:p");
    /** Elements that hold a page's parts; the search for the report's body only goes into these. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "th", "center",
            "font", "span", "form", "table", "tbody", "tr");
    /** Words that mark a table as one of the report's. */
    private static final List<String> REPORT_TABLE = List.of("第二十条", "信息内容", "本年新收", "申请人情况",
            "行政复议", "行政诉讼");
    private static final Pattern ATTACHMENT = Pattern.compile(
            ".*\\.(pdf|doc|docx|wps|xls|xlsx|et|ofd|zip|rar)([?#].*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB = Pattern.compile("[>»＞→]");

    private final String httpCharset;
    private final String baseUri;

    /** A reader for files: no HTTP header, relative links kept as they are. */
    public HtmlReader() {
        this(null, "");
    }

    /**
     * @param httpCharset the charset of the HTTP response's Content-Type, or null
     * @param baseUri     the page's URL, to make links absolute
     */
    public HtmlReader(String httpCharset, String baseUri) {
        this.httpCharset = httpCharset;
        this.baseUri = baseUri;
    }

    @Override
    public Markup read(byte[] bytes) {
        String html = HtmlCharsets.decode(bytes, httpCharset);
        var parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, baseUri, parser);
        String title = outerTitle(doc);
        Element root = contentRoot(doc.body());
        var blocks = new ArrayList<Markup.Block>();
        if (title != null && !root.text().replace(" ", "").contains(title.replace(" ", ""))) {
            blocks.add(new Markup.Paragraph(title, 1));
        }
        new Walk(blocks).walk(root);
        return new Markup(blocks, images(root), attachments(root));
    }

    /**
     * The document Tika makes of a Word or Excel file, as XHTML: its body walked as is, lines
     * numbered in reading order (the XHTML's own lines mean nothing to a reader of the file).
     */
    static Markup fromXhtml(String xhtml) {
        Document doc = Jsoup.parse(xhtml, "", Parser.htmlParser());
        var walked = new ArrayList<Markup.Block>();
        new Walk(walked).walk(doc.body());
        var blocks = new ArrayList<Markup.Block>(walked.size());
        int line = 0;
        for (var block : walked) {
            if (block instanceof Markup.Paragraph p) {
                blocks.add(new Markup.Paragraph(p.text(), ++line));
            } else if (block instanceof Markup.Table t) {
                var rows = new ArrayList<Markup.Row>();
                for (var row : t.rows()) {
                    int at = ++line;
                    rows.add(new Markup.Row(row.cells().stream()
                            .map(c -> new Markup.Cell(c.text(), c.rowspan(), c.colspan(), at)).toList(), at));
                }
                blocks.add(new Markup.Table(rows));
            }
        }
        return new Markup(blocks, List.of(), List.of());
    }

    // ---- where the report is --------------------------------------------------------------

    /**
     * Descends from the body into the child holding most of the text that is not link text, while
     * one does (menus and related links are links; footers are short), never into a child holding
     * fewer of the report's tables than its parent.
     */
    static Element contentRoot(Element body) {
        // The report's tables are found once, and each level's text length is its chosen child's, so
        // that no subtree's text is read again at each level (14.5 % of a web page's time, issue 15).
        var tables = body.select("table").stream()
                .filter(t -> isDataTable(t) && REPORT_TABLE.stream().anyMatch(w -> t.text().contains(w))).toList();
        Element current = body;
        int total = plainTextLength(current);
        int inCurrent = tables.size();
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Deadline.check();
            Element best = null;
            int bestLength = 0;
            for (Element child : current.children()) {
                if (!CONTAINERS.contains(child.normalName()) || isDataTable(child) || isRowOfDataTable(child)) {
                    continue;
                }
                int length = plainTextLength(child);
                if (length > bestLength) {
                    best = child;
                    bestLength = length;
                }
            }
            if (best == null || bestLength < DOMINANT * total) {
                return current;
            }
            int inBest = within(best, tables);
            if (inBest < inCurrent) {
                return current;
            }
            current = best;
            total = bestLength;
            inCurrent = inBest;
        }
        return current;
    }

    /** The length of an element's text outside links. */
    private static int plainTextLength(Element e) {
        int all = e.text().length();
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return all - links;
    }

    /** How many of the tables are {@code e} or inside it. */
    private static int within(Element e, List<Element> tables) {
        int n = 0;
        for (var t : tables) {
            for (Element x = t; x != null; x = x.parent()) {
                if (x == e) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** A row or row group of a table without nested tables: part of a data table. */
    private static boolean isRowOfDataTable(Element e) {
        String tag = e.normalName();
        return (tag.equals("tr") || tag.equals("tbody") || tag.equals("thead")) && e.select("table").isEmpty();
    }

    private static boolean isDataTable(Element e) {
        return e.normalName().equals("table") && e.select("table").size() == 1;
    }

    /**
     * The report's title when the body found leaves it out (an article header above the body): the
     * first heading, or element classed as a title, naming an annual report; else the page's title.
     */
    private static String outerTitle(Document doc) {
        for (Element e : doc.select("h1, h2, h3, h4, [class*=title], [id*=title]")) {
            String t = clean(e.text());
            if (t.contains("年度报告") && t.length() <= 80 && !BREADCRUMB.matcher(t).find()) {
                return t;
            }
        }
        for (String part : doc.title().split("[_|｜\\-－—]")) {
            String t = clean(part);
            if (t.contains("年度报告")) {
                return t;
            }
        }
        return null;
    }

    private List<String> images(Element root) {
        var out = new ArrayList<String>();
        for (Element img : root.select("img[src]")) {
            out.add(link(img, "src"));
        }
        return out;
    }

    /** Links to attached files, and framed pages: where a report that is not on the page is. */
    private List<String> attachments(Element root) {
        var out = new ArrayList<String>();
        for (Element a : root.select("a[href]")) {
            if (ATTACHMENT.matcher(a.attr("href")).matches()) {
                out.add(link(a, "href"));
            }
        }
        for (Element frame : root.select("iframe[src], frame[src]")) {
            out.add(link(frame, "src"));
        }
        return out;
    }

    private String link(Element e, String attribute) {
        return baseUri.isEmpty() ? e.attr(attribute) : e.absUrl(attribute);
    }

    /** Runs of white space, compiled once: {@code String.replaceAll} compiled it for every cell (issue 15). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Text with no-break and full-width spaces made spaces, runs of space collapsed. */
    static String clean(String s) {
        return SPACES.matcher(s.replace('\u00a0', ' ').replace('\u3000', ' ')).replaceAll(" ").strip();
    }

    // ---- blocks ---------------------------------------------------------------------------

    /** Walks elements in document order, gathering inline text into paragraphs. */
    private static final class Walk {

        private final List<Markup.Block> blocks;
        private final StringBuilder text = new StringBuilder();
        private int line;

        Walk(List<Markup.Block> blocks) {
            this.blocks = blocks;
        }

        void walk(Element root) {
            children(root, 0);
            flush();
        }

        private void children(Element e, int depth) {
            for (Node node : e.childNodes()) {
                if (node instanceof TextNode t) {
                    if (text.isEmpty() && !t.isBlank()) {
                        line = lineOf(e);
                    }
                    text.append(t.getWholeText());
                } else if (node instanceof Element child) {
                    element(child, depth + 1);
                }
            }
        }

        private void element(Element e, int depth) {
            Deadline.check();
            if (depth > MAX_DEPTH) {
                text.append(e.text());
                return;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                flush();
            } else if (tag.equals("table") && isDataTable(e)) {
                flush();
                blocks.add(table(e));
            } else if (BLOCKS.contains(tag) || tag.equals("table")) {
                flush();
                children(e, depth);
                flush();
            } else {
                children(e, depth);
            }
        }

        private void flush() {
            String t = clean(text.toString());
            if (!t.isEmpty()) {
                blocks.add(new Markup.Paragraph(t, line));
            }
            text.setLength(0);
        }

        private static Markup.Table table(Element table) {
            var rows = new ArrayList<Markup.Row>();
            for (Element tr : table.select("tr")) {
                var cells = new ArrayList<Markup.Cell>();
                for (Element cell : tr.children()) {
                    String tag = cell.normalName();
                    if (tag.equals("td") || tag.equals("th")) {
                        cells.add(new Markup.Cell(cellText(cell), span(cell, "rowspan"), span(cell, "colspan"),
                                lineOf(cell)));
                    }
                }
                rows.add(new Markup.Row(cells, lineOf(tr)));
            }
            return new Markup.Table(rows);
        }

        /** A cell's text: its lines and Word's paragraph fragments joined without a space between CJK. */
        private static String cellText(Element cell) {
            var pieces = new ArrayList<String>();
            var piece = new StringBuilder();
            cell.traverse((node, depth) -> {
                if (node instanceof TextNode t) {
                    piece.append(t.getWholeText());
                } else if (node instanceof Element e && depth > 0
                        && (e.normalName().equals("br") || e.normalName().equals("p") || e.normalName().equals("div"))) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
            });
            pieces.add(piece.toString());
            String out = "";
            for (String p : pieces) {
                out = WrappedText.join(out, clean(p));
            }
            return out;
        }

        /**
         * A cell's rowspan or colspan: 1 unless it is a number (most cells have neither attribute, and
         * parsing "" threw and caught twice per cell: 8 % of a web page's time, issue 15's profile).
         */
        private static int span(Element cell, String attribute) {
            String value = cell.attr(attribute).trim();
            if (value.startsWith("+")) {
                value = value.substring(1);
            }
            if (value.isEmpty() || value.length() > 9) {
                return 1;
            }
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                    return 1;
                }
            }
            return Math.max(Integer.parseInt(value), 1);
        }

        private static int lineOf(Element e) {
            var range = e.sourceRange();
            return range.isTracked() ? range.start().lineNumber() : 0;
        }
    }
}
