package nianbao.schema;

import java.util.List;

/**
 * One of the template's tables.
 *
 * @param id          {@code 二}, {@code 三} or {@code 四}
 * @param heading     the heading printed above it, without its numbering
 * @param rows        its rows in template order
 * @param groupLabels labels that group rows without holding figures themselves
 *                    (三、本年度办理结果, （三）不予公开, ...); when a text rendering breaks them
 *                    into pieces, the pieces are recognised as such and set aside
 * @param columns     the columns whose printed labels identify the table's header
 */
public record TableSpec(String id, String heading, List<RowSpec> rows, List<String> groupLabels,
                        List<ColumnSpec> columns) {

    public TableSpec {
        rows = List.copyOf(rows);
        groupLabels = List.copyOf(groupLabels);
        columns = List.copyOf(columns);
    }
}
