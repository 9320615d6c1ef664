package nianbao.normalize;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import nianbao.source.Figures;

/**
 * A table cell's printed text, read.
 *
 * @param kind  what was printed
 * @param value the number, for {@link Kind#NUMBER}
 * @param unit  a unit printed with the number ({@code 元}, {@code 万元}), or empty
 */
public record CellValue(Kind kind, BigDecimal value, String unit) {

    /** What a cell holds. */
    public enum Kind {
        /** A number. */
        NUMBER,
        /** A mark printed for nothing: {@code —}, {@code -}, {@code /}, {@code 无}. Not a zero. */
        NOTHING,
        /** Nothing printed at all. Not a zero. */
        BLANK,
        /** Something that is not a figure. */
        UNREADABLE
    }

    private static final Pattern UNIT = Pattern.compile("(万元|元|件|项|个|条)$");

    /** Reads a cell's printed text. */
    public static CellValue parse(String printed) {
        String t = Figures.fold(printed);
        if (t.isEmpty()) {
            return new CellValue(Kind.BLANK, null, "");
        }
        if (!Figures.isFigure(t)) {
            return new CellValue(Kind.UNREADABLE, null, "");
        }
        if (!Figures.isNumber(t)) {
            return new CellValue(Kind.NOTHING, null, "");
        }
        var m = UNIT.matcher(t);
        String unit = "";
        if (m.find()) {
            unit = m.group(1);
            t = t.substring(0, m.start());
        }
        return new CellValue(Kind.NUMBER, new BigDecimal(t.replace(",", "").replace("+", "")), unit);
    }
}
