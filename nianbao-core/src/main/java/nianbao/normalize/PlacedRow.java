package nianbao.normalize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nianbao.schema.CellSpec;

/**
 * A template row found in a report, with the ways its figures can be read into its columns.
 *
 * @param row        the template row
 * @param entry      the line holding its figures
 * @param cells      the row's cells, in the order its printed columns stand
 * @param readings   the possible readings, best first for placements of blank cells; for fused cells,
 *                   every split that fits (none when no split does)
 * @param positional whether the first reading rests on evidence (all cells filled, or figures
 *                   placed against a full row), rather than on a default placement of blanks
 * @param context    folded text printed around the row (its header), where units are stated
 * @param splits     for fused cells, how their splits were found; null otherwise
 */
record PlacedRow(RowMatcher.TableRow row, Entry entry, List<CellSpec> cells, List<ColumnPlacer.Reading> readings,
                 boolean positional, String context, FusedSplits.Splits splits) {

    /** The numeric values of one reading, by field id. */
    void values(int reading, Map<String, BigDecimal> into) {
        var r = readings.get(reading);
        for (int k = 0; k < cells.size(); k++) {
            var token = r.at(k);
            String id = cells.get(k).field().id();
            into.remove(id);
            if (token != null) {
                var v = CellValue.parse(token.text());
                if (v.kind() == CellValue.Kind.NUMBER) {
                    into.put(id, v.value());
                }
            }
        }
    }

    /** The field ids of the row's cells. */
    List<String> fieldIds() {
        return cells.stream().map(c -> c.field().id()).toList();
    }
}
