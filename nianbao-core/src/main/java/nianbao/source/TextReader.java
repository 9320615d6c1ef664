package nianbao.source;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain and Markdown-ish text reports: tab-separated cells (the seeds), cells aligned by
 * spaces ({@code pdftotext -layout}), and Markdown pipe tables. Each line becomes segments with
 * their horizontal position; page-number debris and Markdown decoration are dropped here, before
 * any table logic sees them.
 */
public final class TextReader implements DocumentReader {

    private static final Pattern WIDE_GAP = Pattern.compile("(?: {2,}|\u3000+| ?\u3000 ?)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-{3,}:?\\s*");
    private static final Pattern RULE = Pattern.compile("\\s*(?:[-=_*]\\s*){3,}");

    /** Reads a text document from its bytes. */
    @Override
    public SourceDocument read(byte[] bytes) throws UnreadableDocumentException {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new UnreadableDocumentException("empty document: no text");
        }
        List<RawLine> raw = splitLines(text);
        dropPageNumbers(raw);
        boolean displayWidth = DisplayColumns.prefersDisplayWidth(raw);
        var lines = new ArrayList<Line>(raw.size());
        for (var r : raw) {
            lines.add(r.toLine(displayWidth));
        }
        return new SourceDocument(Format.TEXT, lines);
    }

    /** Decodes with {@link Charsets}: a BOM, else UTF-8 when valid, else GB18030. */
    static String decode(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("empty file (0 bytes)");
        }
        try {
            String text = Charsets.withByteOrderMark(bytes);
            if (text != null) {
                return text;
            }
            for (byte b : bytes) {
                if (b == 0) {
                    throw new UnreadableDocumentException("binary content (NUL bytes), not text");
                }
            }
            return Charsets.detected(bytes);
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("not text: neither UTF-8 nor GB18030");
        }
    }

    private static List<RawLine> splitLines(String text) {
        String[] physical = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        var lines = new ArrayList<RawLine>(physical.length);
        int page = 1;
        for (int i = 0; i < physical.length; i++) {
            Deadline.check();
            String s = physical[i];
            int feeds = 0;
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) == '\f') {
                    feeds++;
                }
            }
            boolean pageStart = feeds > 0 && s.indexOf('\f') == 0;
            page += feeds;
            // Trailing tabs are kept: they are the empty cells at the end of a row.
            s = stripTrailingSpaces(s.replace('\f', ' '));
            lines.add(new RawLine(page, i + 1, segmentsOf(s, page, i + 1), isTabular(s), pageStart, s));
        }
        return lines;
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) != '\t' && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isTabular(String s) {
        return s.indexOf('\t') >= 0 || s.stripLeading().startsWith("|");
    }

    private static List<RawSegment> segmentsOf(String s, int page, int lineNo) {
        var heading = HEADING.matcher(s);
        // A Markdown heading's marks are blanked, not removed, so that columns stay where they are.
        String body = heading.lookingAt() ? " ".repeat(heading.end()) + s.substring(heading.end()) : s;
        if (body.isBlank() || RULE.matcher(body).matches()) {
            return List.of();
        }
        if (isTabular(body)) {
            return cells(body, page, lineNo);
        }
        return gaps(body, page, lineNo);
    }

    /** Tab-separated or Markdown pipe cells; empty cells are kept as empty segments. */
    private static List<RawSegment> cells(String s, int page, int lineNo) {
        boolean pipes = s.indexOf('\t') < 0;
        String body = s;
        int offset = 0;
        if (pipes) {
            offset = s.indexOf('|') + 1;
            body = s.substring(offset);
            if (body.endsWith("|")) {
                body = body.substring(0, body.length() - 1);
            }
        }
        String[] parts = body.split(pipes ? "\\|" : "\t", -1);
        boolean separatorRow = true;
        for (var p : parts) {
            if (!p.isBlank() && !SEPARATOR_CELL.matcher(p).matches()) {
                separatorRow = false;
            }
        }
        if (separatorRow) {
            return List.of();
        }
        var segments = new ArrayList<RawSegment>(parts.length);
        int start = offset;
        for (int index = 0; index < parts.length; index++) {
            String cell = parts[index];
            String printed = unmark(cell.strip());
            int lead = Math.max(cell.length() - cell.stripLeading().length(), cell.indexOf(printed));
            var at = Location.text(page, lineNo, start + lead + 1);
            segments.add(new RawSegment(printed, index, index + 1, index, index + 1, at));
            start += cell.length() + 1;
        }
        return segments;
    }

    /** Segments separated by runs of two or more spaces, as a layout-preserving rendering aligns them. */
    private static List<RawSegment> gaps(String s, int page, int lineNo) {
        var segments = new ArrayList<RawSegment>();
        var m = WIDE_GAP.matcher(s);
        int start = 0;
        while (start < s.length()) {
            int end = m.find(start) ? m.start() : s.length();
            if (end > start) {
                split(s, start, end, page, lineNo, segments);
            }
            start = end == s.length() ? end : m.end();
        }
        return segments;
    }

    /**
     * Adds one gap-delimited run, splitting off figures separated only by single spaces
     * ({@code 0 0 0}, or {@code 行政许可 550} in a cramped rendering).
     */
    private static void split(String s, int start, int end, int page, int lineNo, List<RawSegment> out) {
        String run = s.substring(start, end);
        int lead = run.length() - run.stripLeading().length();
        start += lead;
        run = run.strip();
        if (run.isEmpty()) {
            return;
        }
        String[] words = run.split(" ");
        int firstFigure = words.length;
        while (firstFigure > 0 && Figures.isFigure(words[firstFigure - 1])) {
            firstFigure--;
        }
        if (firstFigure == words.length || (firstFigure > 0 && !hasLetter(words, firstFigure))) {
            String printed = unmark(run);
            int at = Math.max(start, s.indexOf(printed, start));
            out.add(RawSegment.of(s, at, at + printed.length(), printed, page, lineNo));
            return;
        }
        int pos = start;
        if (firstFigure > 0) {
            int labelEnd = start;
            for (int w = 0; w < firstFigure; w++) {
                labelEnd = s.indexOf(words[w], labelEnd) + words[w].length();
            }
            out.add(RawSegment.of(s, start, labelEnd, unmark(s.substring(start, labelEnd)), page, lineNo));
            pos = labelEnd;
        }
        for (int w = firstFigure; w < words.length; w++) {
            String printed = unmark(words[w]);
            if (printed.isEmpty()) {
                continue;
            }
            int at = Math.max(pos, s.indexOf(printed, pos));
            out.add(RawSegment.of(s, at, at + printed.length(), printed, page, lineNo));
            pos = at + printed.length();
        }
    }

    private static boolean hasLetter(String[] words, int upTo) {
        for (int w = 0; w < upTo; w++) {
            if (words[w].codePoints().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** Markdown emphasis around a cell or label: {@code **8597.09**}. */
    private static String unmark(String s) {
        return s.replace("**", "").replace("__", "").strip();
    }

    /**
     * Blanks out footer page numbers ({@code -3-}, {@code 第3页}) anywhere, and bare numbers next to
     * a form feed (the last line of a page in {@code pdftotext} output). A bare number elsewhere may
     * be a figure alone on its line, so the table stage decides about it.
     */
    private static void dropPageNumbers(List<RawLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.segments.isEmpty()) {
                continue;
            }
            String s = line.printed;
            if (PageNumbers.isDecorated(s) || (PageNumbers.isBare(s) && nextToPageBreak(lines, i))) {
                lines.set(i, line.blanked());
            }
        }
    }

    private static boolean nextToPageBreak(List<RawLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j).pageStart) {
                return true;
            }
            if (!lines.get(j).segments.isEmpty()) {
                break;
            }
        }
        for (int j = i; j >= 0; j--) {
            if (lines.get(j).pageStart) {
                return true;
            }
            if (j < i && !lines.get(j).segments.isEmpty()) {
                break;
            }
        }
        return false;
    }

    /** A line before the horizontal unit is chosen. */
    record RawLine(int page, int number, List<RawSegment> segments, boolean tabular, boolean pageStart,
                   String printed) {

        RawLine blanked() {
            return new RawLine(page, number, List.of(), tabular, pageStart, "");
        }

        Line toLine(boolean displayWidth) {
            var out = new ArrayList<Segment>(segments.size());
            for (var s : segments) {
                out.add(displayWidth
                        ? new Segment(s.text, s.display0, s.display1, s.at)
                        : new Segment(s.text, s.char0, s.char1, s.at));
            }
            return new Line(page, number, out, tabular);
        }
    }

    /** A segment with its position both in characters and in display columns. */
    record RawSegment(String text, int char0, int char1, int display0, int display1, Location at) {

        static RawSegment of(String line, int start, int end, String text, int page, int lineNo) {
            int d0 = DisplayColumns.width(line, 0, start);
            int d1 = d0 + DisplayColumns.width(line, start, end);
            return new RawSegment(text, start, end, d0, d1, Location.text(page, lineNo, start + 1));
        }
    }
}
