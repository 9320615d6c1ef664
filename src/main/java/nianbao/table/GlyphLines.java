package nianbao.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.source.WrappedText;
import nianbao.source.pdf.PdfPage.Glyph;

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

    /** A line cut where its glyphs stand far apart: the cells of an unruled table. */
    static List<List<Glyph>> segments(List<Glyph> line) {
        var segments = new ArrayList<List<Glyph>>();
        List<Glyph> current = null;
        Glyph previous = null;
        for (var g : line) {
            if (previous == null || g.x0() - previous.x1() > SEGMENT_GAP * Math.max(previous.size(), g.size())) {
                current = new ArrayList<>();
                segments.add(current);
            }
            current.add(g);
            previous = g;
        }
        return segments;
    }

    /** The text of glyphs on one line, with a space between Latin words or figures set apart. */
    static String text(List<Glyph> line) {
        var out = new StringBuilder();
        Glyph previous = null;
        for (var g : line) {
            if (previous != null && g.x0() - previous.x1() > WORD_GAP * g.size()
                    && WrappedText.isLatin(last(previous.text())) && WrappedText.isLatin(g.text().charAt(0))) {
                out.append(' ');
            }
            out.append(g.text());
            previous = g;
        }
        return out.toString();
    }

    /** The text of a cell: its lines joined; a wrapped CJK label needs no space. */
    static String cellText(List<Glyph> glyphs) {
        String out = "";
        for (var line : lines(glyphs)) {
            out = WrappedText.join(out, text(line));
        }
        return out;
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }
}
