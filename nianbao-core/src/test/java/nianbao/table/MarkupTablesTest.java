package nianbao.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nianbao.source.Format;
import nianbao.source.Segment;
import nianbao.source.markup.Markup;
import org.junit.jupiter.api.Test;

class MarkupTablesTest {

    private static Markup.Cell cell(String text, int rowspan, int colspan) {
        return new Markup.Cell(text, rowspan, colspan, 7);
    }

    @Test
    void rowspansAndColspansPlaceEveryCellAtItsGridColumn() {
        var table = new Markup.Table(List.of(
                new Markup.Row(List.of(cell("三、本年度办理结果", 3, 1), cell("（一）予以公开", 1, 2), cell("1288", 1, 1)), 1),
                new Markup.Row(List.of(cell("（三）不予公开", 2, 1), cell("1.属于国家秘密", 1, 1), cell("2", 1, 1)), 2),
                new Markup.Row(List.of(cell("2.其他法律行政法规禁止公开", 1, 1), cell("", 1, 1)), 3)));
        var lines = MarkupTables.lines(new Markup(List.of(table), List.of(), List.of()), Format.HTML).lines();
        assertEquals(List.of(0.0, 1.0, 3.0), lines.get(0).segments().stream().map(Segment::x0).toList());
        assertEquals(List.of(1.0, 2.0, 3.0), lines.get(1).segments().stream().map(Segment::x0).toList());
        assertEquals(List.of(2.0, 3.0), lines.get(2).segments().stream().map(Segment::x0).toList());
        assertEquals(4, lines.get(2).segments().get(1).at().column());
        assertEquals(7, lines.get(2).segments().get(1).at().line());
        assertEquals(true, lines.get(2).explicitCells());
    }

    @Test
    void spansAreBoundedByTheTableWhateverAFileClaims() {
        // A hostile file: every cell spans two billion rows and columns.
        var rows = new java.util.ArrayList<Markup.Row>();
        for (int r = 0; r < 3; r++) {
            rows.add(new Markup.Row(List.of(cell("标签" + r, Integer.MAX_VALUE, Integer.MAX_VALUE),
                    cell(Integer.toString(r), 1, 1)), r + 1));
        }
        var lines = MarkupTables.lines(new Markup(List.of(new Markup.Table(rows)), List.of(), List.of()),
                Format.DOCX).lines();
        assertEquals(List.of(0.0, 1000.0), lines.get(0).segments().stream().map(Segment::x0).toList());
        assertEquals(1000.0, lines.get(0).segments().get(0).x1());
        assertEquals(List.of(1000.0, 2000.0), lines.get(1).segments().stream().map(Segment::x0).toList(),
                "the row below starts after the span from above");
    }
}
