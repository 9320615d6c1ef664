package nianbao.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nianbao.source.Recognition;
import nianbao.source.WrappedText;
import nianbao.source.page.Page.Glyph;

/**
 * Glyphs grouped into lines and words. Glyphs are never sorted with a tolerance comparator (it is
 * not transitive, and {@code List.sort} may throw on it): they are sorted by exact centre, grouped
 * into lines by a sweep, and each line sorted by exact left edge.
 */
final class GlyphLines {

    /** Glyphs on one line have centres closer than this share of their size. */
    private static final double SAME_LINE = 0.5;
    /** Within a line, glyphs further apart than this share of their size stand in separate segments. */
    private static final double SEGMENT_GAP = 0.8;
    /** A gap wider than this share of the size between Latin letters or digits is a space. */
    private static final double WORD_GAP = 0.15;
    /**
     * Between two digits, a gap wider than this share of the size ends a figure. The digits of one
     * number stand from −0.02 to +0.01 of the size apart in every corpus PDF (and in 24 unseen
     * LibreOffice ones); two cells of a tight unruled table (the layout unruled-label-touches-figure,
     * 4899 and 34 at 0.14) stood closer than the word gap and were read as one figure, 489934.
     */
    private static final double FIGURE_GAP = 0.1;

    private GlyphLines() {
    }

    /** The glyphs (spaces left out) in lines, top to bottom, each left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        var sorted = new ArrayList<Glyph>();
        for (var g : glyphs) {
            if (!g.isSpace()) {
                sorted.add(g);
            }
        }
        sorted.sort(Comparator.comparingDouble(Glyph::centreY));
        var lines = new ArrayList<List<Glyph>>();
        List<Glyph> line = null;
        Glyph anchor = null;
        for (var g : sorted) {
            if (anchor == null || g.centreY() - anchor.centreY() > SAME_LINE * Math.max(anchor.size(), g.size())) {
                line = new ArrayList<>();
                lines.add(line);
                anchor = g;
            }
            line.add(g);
        }
        for (var l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x0));
        }
        return lines;
    }

    /**
     * A line cut where its glyphs stand far apart: the cells of an unruled table. A number right
     * after a Chinese character is a cell of its own too: a borderless table set tight prints a long
     * label's last character a hair before the first figure (2.其他法律行政法规禁止公开0), and no label of
     * the template ends in a digit.
     */
    static List<List<Glyph>> segments(List<Glyph> line) {
        var segments = new ArrayList<List<Glyph>>();
        List<Glyph> current = null;
        Glyph previous = null;
        for (var g : line) {
            double gap = previous == null ? 0 : g.x0() - previous.x1();
            // Two figures set closer than a cell's gap are still two (178 37 in a tight table 四): a
            // figure holds no space, so a word gap between digits ends one.
            boolean figures = previous != null && isFigureGlyph(previous.text()) && isFigureGlyph(g.text())
                    && gap > FIGURE_GAP * Math.max(previous.size(), g.size());
            if (previous == null || figures || gap > SEGMENT_GAP * Math.max(previous.size(), g.size())) {
                current = new ArrayList<>();
                segments.add(current);
            }
            current.add(g);
            previous = g;
        }
        var out = new ArrayList<List<Glyph>>(segments.size());
        for (var segment : segments) {
            int figure = trailingFigure(segment);
            if (figure > 0) {
                out.add(segment.subList(0, figure));
                out.add(segment.subList(figure, segment.size()));
            } else {
                out.add(segment);
            }
        }
        return out;
    }

    /** Where a number printed right after a Chinese character begins in a segment, or -1. */
    private static int trailingFigure(List<Glyph> segment) {
        int k = segment.size();
        while (k > 0 && isFigureGlyph(segment.get(k - 1).text())) {
            k--;
        }
        if (k == 0 || k == segment.size() || !Character.isDigit(segment.get(k).text().charAt(0))) {
            return -1;
        }
        String before = segment.get(k - 1).text();
        boolean chinese = Character.UnicodeScript.of(before.codePointAt(before.length() - 1)) == Character.UnicodeScript.HAN;
        // Prose (a sentence with book-title marks or a full stop: …统计期限自1月1日起至12) is no label.
        for (int i = 0; i < k; i++) {
            if (PROSE_MARKS.indexOf(segment.get(i).text().charAt(0)) >= 0) {
                return -1;
            }
        }
        return chinese ? k : -1;
    }

    /** Marks no label of the template holds, and prose does. */
    private static final String PROSE_MARKS = "《》。；";

    private static boolean isFigureGlyph(String text) {
        return text.length() == 1 && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '.' || text.charAt(0) == ',');
    }

    /** The text of glyphs on one line, with a space between Latin words or figures set apart. */
    static String text(List<Glyph> line) {
        var out = new StringBuilder();
        Glyph previous = null;
        for (var g : line) {
            if (g.text().isEmpty()) {
                // An OCR reading without this glyph (a speck read as a character).
                continue;
            }
            if (previous != null && g.x0() - previous.x1() > WORD_GAP * g.size()
                    && WrappedText.isLatin(last(previous.text())) && WrappedText.isLatin(g.text().charAt(0))) {
                out.append(' ');
            }
            out.append(g.text());
            previous = g;
        }
        return out.toString();
    }

    /**
     * The text of a cell: its lines joined; a wrapped CJK label needs no space. A cell whose glyphs
     * read upwards (a label rotated a quarter turn, huaian-city-2024.rotated-label.pdf) is read
     * from the bottom up.
     */
    static String cellText(List<Glyph> glyphs) {
        if (!glyphs.isEmpty() && glyphs.stream().allMatch(g -> g.upward() || g.isSpace())) {
            var upward = new ArrayList<>(glyphs);
            upward.removeIf(Glyph::isSpace);
            upward.sort(Comparator.comparingDouble((Glyph g) -> -g.centreY()));
            var text = new StringBuilder();
            upward.forEach(g -> text.append(g.text()));
            return text.toString();
        }
        String out = "";
        for (var line : lines(glyphs)) {
            out = WrappedText.join(out, text(line));
        }
        return out;
    }

    /** At most this many other readings of one cell or segment: each is one glyph read otherwise. */
    private static final int MAX_CANDIDATES = 12;

    /**
     * How sure the reading of some glyphs joined (by {@code join}) is: certain when the page printed
     * them; for OCR, the least sure glyph's confidence, and as candidates the texts the glyphs make
     * with one of them read as one of its other readings.
     */
    static Recognition recognition(List<Glyph> glyphs, Function<List<Glyph>, String> join) {
        if (glyphs.stream().noneMatch(g -> g.recognition().ocr())) {
            return Recognition.PRINTED;
        }
        double confidence = glyphs.stream().filter(g -> !g.isSpace())
                .mapToDouble(g -> g.recognition().confidence()).min().orElse(1);
        String text = join.apply(glyphs);
        var candidates = new ArrayList<Recognition.Candidate>();
        for (int i = 0; i < glyphs.size(); i++) {
            for (var c : glyphs.get(i).recognition().candidates()) {
                var other = new ArrayList<>(glyphs);
                other.set(i, glyphs.get(i).readAs(c.text()));
                String reading = join.apply(other);
                if (!reading.equals(text) && candidates.stream().noneMatch(k -> k.text().equals(reading))) {
                    candidates.add(new Recognition.Candidate(reading, c.probability()));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Recognition.Candidate::probability).reversed());
        return new Recognition(true, confidence, candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size())));
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }
}
