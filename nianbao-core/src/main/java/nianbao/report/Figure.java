package nianbao.report;

import java.math.BigDecimal;
import nianbao.schema.Field;
import nianbao.source.Location;
import nianbao.source.Recognition;

/**
 * One figure read from a report.
 *
 * @param field the schema field it fills
 * @param value its value, null when what was printed is not a number ({@code —}, {@code 无})
 * @param raw   the text as printed
 * @param at    where it was printed
 * @param recognition how sure the reading of {@code raw} is: certain for printed text; OCR's confidence
 *              and next-best readings for a scan
 */
public record Figure(Field field, BigDecimal value, String raw, Location at, Recognition recognition)
        implements java.io.Serializable {

    public Figure(Field field, BigDecimal value, String raw, Location at) {
        this(field, value, raw, at, Recognition.PRINTED);
    }

    /** The same figure with another value (null: left empty), read as it was. */
    public Figure withValue(BigDecimal other) {
        return new Figure(field, other, raw, at, recognition);
    }

    /** The value as written to CSV: plain notation, no trailing zeros; empty when there is none. */
    public String formatted() {
        if (value == null) {
            return "";
        }
        var plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
