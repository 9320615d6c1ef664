package nianbao.report;

import java.math.BigDecimal;
import nianbao.schema.Field;
import nianbao.source.Location;

/**
 * One figure read from a report.
 *
 * @param field the schema field it fills
 * @param value its value, null when what was printed is not a number ({@code —}, {@code 无})
 * @param raw   the text as printed
 * @param at    where it was printed
 */
public record Figure(Field field, BigDecimal value, String raw, Location at) implements java.io.Serializable {

    /** The value as written to CSV: plain notation, no trailing zeros; empty when there is none. */
    public String formatted() {
        if (value == null) {
            return "";
        }
        var plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
