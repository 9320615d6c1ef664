package nianbao.source;

import java.util.Locale;

/** A rectangle on a PDF page, in points from the top-left corner. */
public record Box(double x0, double y0, double x1, double y1) implements java.io.Serializable {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", x0, y0, x1, y1);
    }
}
