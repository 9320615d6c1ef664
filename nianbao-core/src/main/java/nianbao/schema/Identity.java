package nianbao.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One instance of an accounting identity the template states: the figures on the left add up to
 * the figures on the right.
 *
 * @param check       the identity family's stable code
 * @param description the instance in words, e.g. {@code column total}
 * @param left        field ids summed on the left
 * @param right       field ids summed on the right
 */
public record Identity(String check, String description, List<String> left, List<String> right) {

    public Identity {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** Every field the identity involves, left then right. */
    public List<String> fields() {
        var all = new java.util.ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    /** Whether these values break the identity: false when it holds or one of its figures is missing. */
    public boolean isBrokenBy(Map<String, BigDecimal> values) {
        var l = sum(left, values);
        var r = sum(right, values);
        return l != null && r != null && l.compareTo(r) != 0;
    }

    /** Whether these values satisfy the identity: every figure present, and the two sides equal. */
    public boolean holdsFor(Map<String, BigDecimal> values) {
        var l = sum(left, values);
        var r = sum(right, values);
        return l != null && r != null && l.compareTo(r) == 0;
    }

    /** The sum of the fields' values, or null when one of them has none. */
    public static BigDecimal sum(List<String> fields, Map<String, BigDecimal> values) {
        var total = BigDecimal.ZERO;
        for (var f : fields) {
            var v = values.get(f);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }
}
