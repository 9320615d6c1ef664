package nianbao.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of a template table: the label it is found by and the fields it holds, left to right.
 *
 * @param key     the field-id part it contributes ({@code new}, {@code deny_secret}, ...)
 * @param label   the label as printed in the template, numbering included
 * @param aliases printed variants seen in real reports
 * @param cells   the fields of the row in template column order
 */
public record RowSpec(String key, String label, List<String> aliases, List<CellSpec> cells) {

    public RowSpec {
        aliases = List.copyOf(aliases);
        cells = List.copyOf(cells);
    }

    /** By its key alone (equal rows have equal keys), not by every alias and cell: rows key the readers' maps. */
    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** The label and its aliases. */
    public List<String> labels() {
        var all = new ArrayList<String>();
        all.add(label);
        all.addAll(aliases);
        return all;
    }

    /** How many figures the row holds. */
    public int width() {
        return cells.size();
    }

    /**
     * Whether the row is found by a printed label. Table 四's single row of fifteen figures has
     * none: it is found under the table's column headers.
     */
    public boolean labelled() {
        return !label.isEmpty();
    }
}
