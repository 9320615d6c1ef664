package nianbao.schema;

import java.util.List;

/**
 * A column of a template table, matched by its printed label.
 *
 * @param key     the field-id part it contributes ({@code person}, {@code total}, ...)
 * @param label   the label as printed in the template
 * @param aliases other printed forms seen in real reports (typos, wrapped or shortened forms)
 */
public record ColumnSpec(String key, String label, List<String> aliases) {

    public ColumnSpec {
        aliases = List.copyOf(aliases);
    }

    /** The label and its aliases. */
    public List<String> labels() {
        var all = new java.util.ArrayList<String>();
        all.add(label);
        all.addAll(aliases);
        return all;
    }
}
