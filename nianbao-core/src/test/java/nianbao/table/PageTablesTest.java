package nianbao.table;

import static nianbao.PdfFixtures.line;
import static nianbao.PdfFixtures.pdf;
import static nianbao.PdfFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import nianbao.PdfFixtures;
import nianbao.source.Format;
import nianbao.source.Line;
import nianbao.source.Segment;
import nianbao.source.pdf.PdfReader;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PageTablesTest {

    private static List<Line> lines(byte[] pdf) throws Exception {
        return PageTables.read(Format.PDF, new PdfReader(10).read(pdf)).lines();
    }

    private static List<String> cells(Line line) {
        return line.segments().stream().map(Segment::text).toList();
    }

    /** Horizontal lines at the given heights and vertical lines at the given x, spanning them. */
    private static void grid(PDPageContentStream c, float[] xs, float[] ys, float top, float bottom) throws IOException {
        for (float y : ys) {
            line(c, xs[0], y, xs[xs.length - 1], y);
        }
        for (float x : xs) {
            line(c, x, top, x, bottom);
        }
    }

    @Test
    void aRuledTableIsReadAsRowsOfCellsWithEmptyCellsKept() throws Exception {
        var lines = lines(pdf(0, c -> {
            grid(c, new float[] {100, 200, 250, 300}, new float[] {700, 680, 660}, 700, 660);
            text(c, 105, 686, "Licensing");
            text(c, 205, 686, "7092");
            text(c, 105, 666, "Penalty");
            text(c, 255, 666, "646");
        }));
        assertEquals(2, lines.size());
        assertEquals(List.of("Licensing", "7092", ""), cells(lines.get(0)));
        assertEquals(List.of("Penalty", "", "646"), cells(lines.get(1)));
        assertTrue(lines.get(0).explicitCells());
        var at = lines.get(0).segments().get(1).at();
        assertEquals(1, at.page());
        assertEquals(2, at.column());
        assertEquals(200, at.box().x0(), 0.5);
        assertEquals(PDRectangle.A4.getHeight() - 700, at.box().y0(), 0.01);
    }

    @Test
    void aMissingRulingSegmentMergesCells() throws Exception {
        var lines = lines(pdf(0, c -> {
            line(c, 100, 700, 300, 700);
            line(c, 100, 680, 300, 680);
            line(c, 100, 660, 300, 660);
            line(c, 100, 700, 100, 660);
            line(c, 300, 700, 300, 660);
            line(c, 200, 680, 200, 660); // no line between the columns in the first row
            text(c, 105, 686, "Spanning both columns");
            text(c, 105, 666, "A");
            text(c, 205, 666, "1");
        }));
        assertEquals(List.of("Spanning both columns"), cells(lines.get(0)));
        assertEquals(List.of("A", "1"), cells(lines.get(1)));
    }

    @Test
    void aRowOpenAtThePageEndIsReadAndJoinedToItsRestOverleaf() throws Exception {
        PdfFixtures.Drawing first = c -> {
            line(c, 100, 700, 300, 700);
            line(c, 100, 680, 300, 680);
            line(c, 100, 700, 100, 60); // verticals run to the page's end: no line closes the last row
            line(c, 200, 700, 200, 60);
            line(c, 300, 700, 300, 60);
            text(c, 105, 686, "Head");
            text(c, 105, 70, "5.Asks to confirm or");
            text(c, 205, 70, "0");
        };
        PdfFixtures.Drawing second = c -> {
            line(c, 100, 780, 300, 780);
            line(c, 100, 800, 100, 760); // the rest opens the page: no line above it
            line(c, 200, 800, 200, 760);
            line(c, 300, 800, 300, 760);
            line(c, 100, 760, 300, 760);
            text(c, 105, 790, " reissue");
            text(c, 105, 766, "Next");
            text(c, 205, 766, "1");
        };
        var lines = lines(pdf(0, first, second));
        assertEquals(List.of("Head", ""), cells(lines.get(0)));
        assertEquals(List.of("5.Asks to confirm or reissue", "0"), cells(lines.get(1)));
        assertEquals(List.of("Next", "1"), cells(lines.get(2)));
        assertEquals(3, lines.size());
    }

    @Test
    void textOutsideTablesIsCutWhereGlyphsStandFarApartAndPageNumbersAreLeftOut() throws Exception {
        var lines = lines(pdf(0, c -> {
            text(c, 72, 700, "New applications");
            text(c, 300, 700, "21");
            text(c, 360, 700, "0");
            text(c, 290, 40, "- 3 -");
        }));
        assertEquals(1, lines.size());
        assertEquals(List.of("New applications", "21", "0"), cells(lines.get(0)));
        assertTrue(!lines.get(0).explicitCells());
    }
}
