package nianbao.render;

import java.util.ArrayList;
import java.util.List;
import nianbao.render.Layout.Table;

/**
 * A table flattened as a page's text keeps it: a merged cell printed once, in the first row and
 * column it covers, the other columns it spans as empty cells after it; the rows it spans below
 * do not repeat it.
 *
 * @param rows the rows, each with its cells
 */
record Grid(List<GridRow> rows) {

    /** A row's cells as printed, whether each holds a figure, and whether the row is a header. */
    record GridRow(List<String> cells, boolean[] figure, boolean header) {
    }

    static Grid of(Table table) {
        var rows = new ArrayList<GridRow>();
        for (var row : table.rows()) {
            var cells = new ArrayList<String>();
            var figures = new ArrayList<Boolean>();
            for (var cell : row.cells()) {
                cells.add(cell.text());
                figures.add(cell.figure());
                for (int k = 1; k < cell.colspan(); k++) {
                    cells.add("");
                    figures.add(false);
                }
            }
            boolean[] figure = new boolean[figures.size()];
            for (int k = 0; k < figure.length; k++) {
                figure[k] = figures.get(k);
            }
            rows.add(new GridRow(cells, figure, row.header()));
        }
        return new Grid(rows);
    }

    /** The cells with text, in reading order: what a conversion without layout keeps of a table. */
    List<String> cells() {
        var out = new ArrayList<String>();
        for (var row : rows) {
            for (var c : row.cells()) {
                if (!c.isEmpty()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
