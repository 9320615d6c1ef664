package nianbao.source.page;

import java.util.List;
import nianbao.source.Recognition;

/**
 * One page as positioned text and ruling lines, whatever read it (a PDF's text layer, OCR of a
 * scan), in points from the page's top-left corner as it is displayed (rotation applied). The table
 * stage alone turns pages into lines and grids.
 *
 * @param number  1-based
 * @param width   displayed width
 * @param height  displayed height
 * @param glyphs  every glyph with text, in content-stream order
 * @param rulings every horizontal or vertical line drawn: stroked paths and thin filled rectangles
 * @param images  how many images the page draws (a page of images and no text is a scan)
 */
public record Page(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings, int images) {

    public Page {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    /** Whether the page prints any text (a scan's page, not yet read, does not). */
    public boolean hasText() {
        return glyphs.stream().anyMatch(g -> !g.isSpace());
    }

    /**
     * A glyph and its box. The box is derived from the baseline with the font's ascent and descent
     * (a box from the glyph's full height is too tall for some embedded CJK fonts), and a glyph
     * belongs to whatever contains its centre.
     *
     * @param text     its Unicode text, with Kangxi radicals and compatibility ideographs folded
     *                 (some fonts map 一 to ⼀ U+2F00)
     * @param size     the font size in points
     * @param upward   whether the glyph is rotated to read from bottom to top (Word's text direction
     *                 btLr in a merged label cell, exported to PDF), so that a cell of such glyphs is
     *                 read upwards
     * @param recognition how sure its reading is: certain for a text layer; OCR's confidence and
     *                 next-best readings for a scan
     */
    public record Glyph(String text, double x0, double y0, double x1, double y1, double size, boolean upward,
                        Recognition recognition) {

        public Glyph(String text, double x0, double y0, double x1, double y1, double size, boolean upward) {
            this(text, x0, y0, x1, y1, size, upward, Recognition.PRINTED);
        }

        public Glyph(String text, double x0, double y0, double x1, double y1, double size) {
            this(text, x0, y0, x1, y1, size, false);
        }

        /** The same glyph read as other text (one of its OCR candidates). */
        public Glyph readAs(String other) {
            return new Glyph(other, x0, y0, x1, y1, size, upward, recognition);
        }

        public double centreX() {
            return (x0 + x1) / 2;
        }

        public double centreY() {
            return (y0 + y1) / 2;
        }

        public boolean isSpace() {
            return text.isBlank();
        }
    }

    /** A horizontal or vertical line, with {@code x0 <= x1} and {@code y0 <= y1}. */
    public record Ruling(double x0, double y0, double x1, double y1) {

        public boolean horizontal() {
            return y1 - y0 < x1 - x0;
        }

        public double length() {
            return Math.max(x1 - x0, y1 - y0);
        }
    }
}
