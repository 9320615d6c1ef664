package nianbao.schema;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * One column of {@code reports.csv}, as listed in the codebook.
 *
 * @param id          the stable field id of {@code schema.md}: researchers' scripts depend on it
 * @param table       the report table it comes from ({@code 二}, {@code 三}, {@code 四}), empty for metadata
 * @param rowLabel    the row as printed in the template
 * @param columnLabel the column as printed in the template
 * @param templates   the templates that print it
 * @param type        its value type
 * @param unit        its unit, empty when it has none
 * @param meaning     one line of English
 */
public record Field(String id, String table, String rowLabel, String columnLabel,
                    Set<Template> templates, ValueType type, String unit, String meaning)
        implements java.io.Serializable {

    /**
     * By its id alone (equal fields have equal ids): fields key the readers' maps, and the record's own
     * hash walked every label and set each time (2 % of a web page's time, issue 15's profile).
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** A field read back from another process is the schema's own instance. */
    @java.io.Serial
    private Object readResolve() {
        return Schema.field(id);
    }

    /** The templates as the codebook writes them, e.g. {@code 2019 2021}. */
    public String templateCodes() {
        return templates.stream().map(Template::code).sorted().collect(Collectors.joining(" "));
    }
}
