package nianbao.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.schema.Schema;
import nianbao.schema.TableSpec;
import nianbao.schema.Template;
import nianbao.source.Line;
import nianbao.source.Location;
import nianbao.source.Segment;

/**
 * Cuts lines that hold a whole table flattened into one run of text back into its rows. A crawler's
 * text dump keeps a page's body as one line per paragraph, and a table as one line in which every
 * row's label is followed by its cells fused into one string (pingtan_2021_page.txt:
 * {@code …一、本年新收政府信息公开申请数量640020470二、上年结转…}). Such a line is cut before every
 * template label that stands in it as a row label does (followed by its figures, or by the next
 * label), before group labels, table headings and 第二十条 items; each piece becomes a line of its own:
 * the label, then the figures after it, which stay fused (split later, by form and identities).
 */
final class FlattenedLines {

    /** A line is a flattened table when it holds at least this many rows with their figures. */
    private static final int MIN_ROWS = 2;
    /** How alike a numbered heading must be to a table's (the share of bigrams, as TableReader's headings). */
    private static final double HEADING_SIMILARITY = 0.8;
    /** Labels this short are cut only before as many digits as the row has cells (规章000, not 规章制度). */
    private static final int SHORT_LABEL = 4;
    private static final Pattern ITEM = Pattern.compile("第二十条第\\([一二三四五六七八九十]+\\)项");
    private static final Pattern SECTION = Pattern.compile("[一二三四五六七八九十]、");
    /** Characters a run of figures is printed with, fused or spaced. */
    private static final Pattern RUN = Pattern.compile("[0-9０-９.,，\\-－—–/／ \\u00a0\\u3000]*[0-9０-９][0-9０-９.,，\\-－—–/／ \\u00a0\\u3000]*(?:万元|元)?[ \\u3000]*$");

    /** The document's lines with flattened tables cut into rows; {@code fused} marks the cut rows. */
    record Unfolded(List<Line> lines, BitSet fused) {
    }

    /** A label to cut before: its folded body, its numbering, and how many figures its row holds. */
    private record Anchor(String body, String numbering, int width, Kind kind) {
    }

    private enum Kind { ROW, GROUP, HEADING, END }

    /** A place to cut, in folded coordinates, and whether a row's figures follow it. */
    private record Cut(int at, int end, Kind kind) {
    }

    private final List<Anchor> anchors = new ArrayList<>();

    FlattenedLines() {
        var seen = new java.util.HashSet<String>();
        for (var template : List.of(Template.T2021, Template.T2019)) {
            for (TableSpec table : Schema.tables(template)) {
                for (var row : table.rows()) {
                    for (var label : row.labels()) {
                        add(label, row.width(), Kind.ROW, seen);
                    }
                }
                for (var group : table.groupLabels()) {
                    add(group, 0, Kind.GROUP, seen);
                }
                add(table.heading(), 0, Kind.HEADING, seen);
            }
        }
        for (var end : List.of("存在的主要问题及改进情况", "其他需要报告的事项")) {
            add(end, 0, Kind.END, seen);
        }
        // Longest first: 行政规范性文件 before 规范性文件, so that the longer label wins where both stand.
        // Among equal bodies a row before a group: （六）其他处理 holds figures in the 2019 layout.
        anchors.sort(Comparator.comparingInt((Anchor a) -> -a.body.length()).thenComparing(Anchor::kind));
    }

    private void add(String label, int width, Kind kind, java.util.Set<String> seen) {
        String folded = MatchText.of(label);
        String numbering = MatchText.numbering(folded);
        String body = folded.substring(numbering.length());
        if (!body.isEmpty() && seen.add(kind + body + numbering)) {
            anchors.add(new Anchor(body, numbering, width, kind));
        }
    }

    /** The lines, each flattened table among them cut into its rows. */
    Unfolded unfold(List<Line> lines) {
        List<Line> out = null;
        var fused = new BitSet();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var pieces = line.segments().size() == 0 ? null : cut(line);
            if (pieces == null) {
                if (out != null) {
                    out.add(line);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            for (var piece : pieces) {
                if (piece.fused) {
                    fused.set(out.size());
                }
                out.add(piece.line);
            }
        }
        return new Unfolded(out == null ? lines : out, fused);
    }

    private record Piece(Line line, boolean fused) {
    }

    /** The rows of a flattened line, or null when it is none. */
    private List<Piece> cut(Line line) {
        if (!mayBeFlattened(line)) {
            return null;
        }
        String printed = printed(line);
        var folding = Folding.of(printed);
        String folded = folding.text;
        if (folded.length() < 40) {
            return null;
        }
        var cuts = cuts(folded);
        long rows = cuts.stream().filter(c -> c.kind == Kind.ROW).count();
        if (rows < MIN_ROWS) {
            return null;
        }
        var pieces = new ArrayList<Piece>();
        int start = 0;
        for (int k = 0; k <= cuts.size(); k++) {
            int end = k < cuts.size() ? folding.origin(cuts.get(k).at) : printed.length();
            var previous = k > 0 ? cuts.get(k - 1) : null;
            if (end > start) {
                if (previous != null && previous.kind == Kind.ROW) {
                    row(line, printed, start, folding.origin(previous.end), end, pieces);
                } else {
                    piece(line, printed, start, end, pieces);
                }
            }
            start = end;
        }
        return pieces;
    }

    /** A cheap test first: the line names two rows' labels. */
    private boolean mayBeFlattened(Line line) {
        String text = line.text();
        if (text.length() < 40) {
            return false;
        }
        String folded = MatchText.of(text);
        int rows = 0;
        for (var a : anchors) {
            if (a.kind == Kind.ROW && a.body.length() > SHORT_LABEL && folded.contains(a.body) && ++rows >= MIN_ROWS) {
                return true;
            }
        }
        return false;
    }

    /** The cut places in a folded line, in order, where no longer label overlaps them. */
    private List<Cut> cuts(String folded) {
        var taken = new BitSet(folded.length());
        var cuts = new ArrayList<Cut>();
        for (var anchor : anchors) {
            for (int p = folded.indexOf(anchor.body); p >= 0; p = folded.indexOf(anchor.body, p + 1)) {
                int q = p + anchor.body.length();
                if (taken.get(p, q).isEmpty()) {
                    int at = numbered(folded, p, anchor);
                    if (at >= 0 && accepts(folded, at, q, anchor)) {
                        taken.set(at, q);
                        cuts.add(new Cut(at, q, anchor.kind));
                    }
                }
            }
        }
        // A numbered table heading, even printed with a typo (四、政府信息公开行政法复议…: pingtan 2022).
        Matcher section = SECTION.matcher(folded);
        while (section.find()) {
            int p = section.start();
            for (var anchor : anchors) {
                boolean heading = anchor.kind == Kind.HEADING || anchor.kind == Kind.END;
                if (!heading || !taken.get(p, section.end()).isEmpty()) {
                    continue;
                }
                int q = Math.min(folded.length(), section.end() + anchor.body.length() + 1);
                if (LabelSimilarity.score(folded.substring(section.end(), q), anchor.body) >= HEADING_SIMILARITY) {
                    int end = Math.min(folded.length(), section.end() + anchor.body.length());
                    taken.set(p, end);
                    cuts.add(new Cut(p, end, anchor.kind));
                }
            }
        }
        Matcher item = ITEM.matcher(folded);
        while (item.find()) {
            if (taken.get(item.start(), item.end()).isEmpty()) {
                taken.set(item.start(), item.end());
                cuts.add(new Cut(item.start(), item.end(), Kind.HEADING));
            }
        }
        cuts.sort(Comparator.comparingInt(Cut::at));
        // Only the tables are cut: from the first table heading to the section after them. The text
        // around them names rows too (现行有效行政规范性文件698件), and must stay whole.
        int first = -1;
        int last = cuts.size();
        for (int k = 0; k < cuts.size(); k++) {
            var kind = cuts.get(k).kind;
            if (first < 0 && kind == Kind.HEADING) {
                first = k;
            } else if (first >= 0 && kind == Kind.END) {
                last = k + 1;
                break;
            }
        }
        return first < 0 ? List.of() : cuts.subList(first, last);
    }

    /**
     * Where a label found at {@code p} starts with its numbering (2.其他法律…, (一)予以公开, 四、结转…),
     * or {@code p} when it is printed without; -1 when the label needs its numbering and lacks it.
     * A row's numbering digit follows the previous row's figures directly ({@code 00000002.其他}).
     */
    private static int numbered(String folded, int p, Anchor anchor) {
        String n = anchor.numbering;
        if (!n.isEmpty()) {
            String bare = n.substring(0, n.length() - 1);
            char mark = n.charAt(n.length() - 1);
            int from = p - n.length();
            if (from >= 0 && folded.startsWith(bare, from)
                    && (folded.charAt(p - 1) == mark || ((mark == '.' || mark == '、') && "、.".indexOf(folded.charAt(p - 1)) >= 0))) {
                return from;
            }
            if (n.startsWith("(") && from >= 0 && folded.startsWith(n, from)) {
                return from;
            }
        }
        if (anchor.kind == Kind.HEADING || anchor.kind == Kind.END) {
            return p >= 2 && SECTION.matcher(folded.substring(p - 2, p)).matches() ? p - 2 : -1;
        }
        // Short labels (3.其他) are no label without their numbering: 其他 is in many labels.
        return anchor.body.length() <= 2 && !n.isEmpty() ? -1 : p;
    }

    /** Whether a label found at {@code [at, end)} stands as the template prints it: before its figures. */
    private static boolean accepts(String folded, int at, int end, Anchor anchor) {
        if (anchor.kind == Kind.HEADING || anchor.kind == Kind.END) {
            // A heading only where it is numbered as a section (二、主动公开…), not where the
            // introduction lists the report's parts.
            return at < end - anchor.body.length();
        }
        if (anchor.kind != Kind.ROW) {
            return true;
        }
        int digits = 0;
        int k = end;
        while (k < folded.length() && isFigureChar(folded.charAt(k))) {
            if (Character.isDigit(folded.charAt(k))) {
                digits++;
            }
            k++;
        }
        if (digits == 0) {
            return false;
        }
        return anchor.body.length() > SHORT_LABEL || digits >= anchor.width;
    }

    private static boolean isFigureChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '—' || c == '–' || c == '/';
    }

    /**
     * Adds a row of a flattened line: its label, the figures right after it, and what follows them
     * before the next cut (a heading the cuts did not recognise) as a line of its own.
     */
    private static void row(Line line, String printed, int start, int labelEnd, int end, List<Piece> out) {
        int k = labelEnd;
        while (k < end && (isSpace(printed.charAt(k)) || isFigureChar(fold(printed.charAt(k))))) {
            k++;
        }
        int runEnd = k;
        // 元 and 万元 belong to the money figure before them.
        for (var unit : List.of("万元", "元")) {
            if (printed.startsWith(unit, runEnd) && runEnd + unit.length() <= end) {
                runEnd += unit.length();
                break;
            }
        }
        var segments = new ArrayList<Segment>();
        segments.add(segment(line, printed.substring(start, labelEnd).strip(), start + lead(printed, start)));
        segments.addAll(words(line, printed, labelEnd, runEnd));
        out.add(new Piece(new Line(line.page(), line.number(), segments, false), segments.size() > 1));
        if (!printed.substring(runEnd, end).isBlank()) {
            piece(line, printed, runEnd, end, out);
        }
    }

    /**
     * Adds a piece that is no row: a heading, a header, or text. Figures after a heading or header
     * (table 四's header, then its fifteen cells) are a row of their own, under it.
     */
    private static void piece(Line line, String printed, int start, int end, List<Piece> out) {
        String text = printed.substring(start, end);
        Matcher run = RUN.matcher(text);
        int runAt = run.find() ? run.start() : text.length();
        String label = text.substring(0, runAt).strip();
        if (!label.isEmpty()) {
            out.add(new Piece(new Line(line.page(), line.number(),
                    List.of(segment(line, label, start + lead(printed, start))), false), false));
        }
        var figures = words(line, printed, start + runAt, end);
        if (!figures.isEmpty()) {
            out.add(new Piece(new Line(line.page(), line.number(), figures, false), true));
        }
    }

    /** The words of a run of figures, split where spaces stand. */
    private static List<Segment> words(Line line, String printed, int from, int to) {
        var words = new ArrayList<Segment>();
        int k = from;
        while (k < to) {
            while (k < to && isSpace(printed.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < to && !isSpace(printed.charAt(k))) {
                k++;
            }
            if (k > start) {
                words.add(segment(line, printed.substring(start, k), start));
            }
        }
        return words;
    }

    private static int lead(String printed, int start) {
        int k = start;
        while (k < printed.length() && isSpace(printed.charAt(k))) {
            k++;
        }
        return k - start;
    }

    private static char fold(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        return switch (c) {
            case '－' -> '-';
            case '，' -> ',';
            case '／' -> '/';
            case '．' -> '.';
            default -> c;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '\t';
    }

    private static Segment segment(Line line, String text, int offset) {
        var first = line.segments().get(0).at();
        return new Segment(text, offset, offset + text.length(),
                new Location(first.page(), first.line(), offset + 1, null));
    }

    /**
     * The line as printed, each segment at its character column (text lines), or its segments joined
     * by spaces where columns are not characters.
     */
    private static String printed(Line line) {
        var out = new StringBuilder();
        for (var s : line.segments()) {
            int column = s.at().column() - 1;
            if (column < out.length() || s.at().box() != null) {
                return line.text();
            }
            while (out.length() < column) {
                out.append(' ');
            }
            out.append(s.text());
        }
        return out.toString();
    }

    /** A text folded for matching character by character, with where each folded character came from. */
    private record Folding(String text, int[] origins, int length) {

        static Folding of(String printed) {
            var out = new StringBuilder(printed.length());
            var origins = new int[printed.length() + 1];
            for (int i = 0; i < printed.length(); i++) {
                char c = printed.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    continue;
                }
                String f = MatchText.of(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
                for (int k = 0; k < f.length(); k++) {
                    origins[out.length()] = i;
                    out.append(f.charAt(k));
                    if (out.length() >= origins.length) {
                        origins = java.util.Arrays.copyOf(origins, origins.length * 2);
                    }
                }
            }
            origins[out.length()] = printed.length();
            return new Folding(out.toString(), origins, printed.length());
        }

        int origin(int folded) {
            return origins[folded];
        }
    }
}
