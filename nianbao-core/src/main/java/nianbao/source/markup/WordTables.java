package nianbao.source.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * A Word table's rows as its XML holds them made into markup, for both DOCX readers (XWPF's model
 * and the streaming one): each cell at its grid column with its {@code gridSpan}, and a
 * {@code vMerge} continuation adding to the row span of the cell above instead of being a cell.
 */
final class WordTables {

    private WordTables() {
    }

    /** A cell: its grid column, its span, whether it continues the cell above, its text. */
    record Cell(int column, int span, boolean continuesAbove, String text) {
    }

    /** The table of these rows, numbered from {@code firstLine}, one line a row. */
    static Markup.Table table(List<List<Cell>> rows, int firstLine) {
        var out = new ArrayList<Markup.Row>();
        for (int r = 0; r < rows.size(); r++) {
            int line = firstLine + r;
            var cells = new ArrayList<Markup.Cell>();
            for (var cell : rows.get(r)) {
                if (cell.continuesAbove()) {
                    continue;
                }
                int rowspan = 1;
                while (r + rowspan < rows.size() && continues(rows.get(r + rowspan), cell.column())) {
                    rowspan++;
                }
                cells.add(new Markup.Cell(cell.text(), rowspan, cell.span(), line));
            }
            out.add(new Markup.Row(cells, line));
        }
        return new Markup.Table(out);
    }

    private static boolean continues(List<Cell> row, int column) {
        for (var cell : row) {
            if (cell.column() == column) {
                return cell.continuesAbove();
            }
        }
        return false;
    }
}
