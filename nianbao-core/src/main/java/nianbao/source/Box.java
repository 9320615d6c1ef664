package nianbao.source;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A rectangle on a PDF page, in points from the top-left corner. */
public record Box(double x0, double y0, double x1, double y1) implements java.io.Serializable {

    /**
     * {@code x0 y0 x1 y1}, one decimal each. Written as {@code String.format("%.1f")} writes it (from the
     * shortest decimal form of the double, half up), without its Formatter: formatting boxes was 9 % of
     * a PDF's time (issue 15's profile).
     */
    @Override
    public String toString() {
        return new StringBuilder(32).append(oneDecimal(x0)).append(' ').append(oneDecimal(y0)).append(' ')
                .append(oneDecimal(x1)).append(' ').append(oneDecimal(y1)).toString();
    }

    static String oneDecimal(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        String s = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
        // The Formatter keeps the sign of a negative value that rounds to zero (-0.04 is "-0.0").
        return v < 0 && !s.startsWith("-") || Double.doubleToRawLongBits(v) == Long.MIN_VALUE ? "-" + s : s;
    }
}
