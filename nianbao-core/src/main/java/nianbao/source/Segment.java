package nianbao.source;

/**
 * A run of text on a line that stands apart from its neighbours: a table cell, or a word group
 * separated by wide space. Empty segments are kept where a format marks empty cells explicitly.
 *
 * @param text the text as printed
 * @param x0   its left edge, in the document's own unit (characters, points or grid columns)
 * @param x1   its right edge
 * @param at   where it was found
 * @param recognition how sure its reading is (OCR's confidence and other readings, for a scan)
 */
public record Segment(String text, double x0, double x1, Location at, Recognition recognition) {

    public Segment(String text, double x0, double x1, Location at) {
        this(text, x0, x1, at, Recognition.PRINTED);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    public double centre() {
        return (x0 + x1) / 2;
    }
}
