package nianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nianbao.source.Location;
import nianbao.source.Segment;
import org.junit.jupiter.api.Test;

class ColumnPlacerTest {

    /** Tab cells as Entry.of makes them: every cell after the label, empty ones included. */
    private static List<Segment> cells(String... texts) {
        var out = new ArrayList<Segment>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Segment(texts[i], i, i + 1, Location.text(1, 1, i + 1)));
        }
        return out;
    }

    private static String columnOf(ColumnPlacer.Reading r, String text) {
        for (int c = 0; c < 7; c++) {
            var s = r.at(c);
            if (s != null && s.text().equals(text)) {
                return Integer.toString(c);
            }
        }
        return "-";
    }

    @Test
    void aPlaceholderAfterASpanningLabelAndATrailingEmptyCellLeaveOneReading() {
        // seed 001: 一、本年新收政府信息公开申请数量⇥⇥8⇥0⇥0⇥0⇥3⇥0⇥11⇥
        var run = cells("", "8", "0", "0", "0", "3", "0", "11", "");
        var readings = ColumnPlacer.cellReadings(run, 7);
        assertEquals(1, readings.size());
        assertEquals("0", columnOf(readings.get(0), "8"));
        assertEquals("6", columnOf(readings.get(0), "11"));
        assertTrue(ColumnPlacer.cellReadingIsCertain(run, 7));
    }

    @Test
    void anInteriorBlankStaysInItsColumn() {
        var readings = ColumnPlacer.cellReadings(cells("1", "", "0", "0", "0", "0", "1"), 7);
        assertEquals(1, readings.size());
        var reading = readings.get(0);
        assertTrue(reading.at(1).isEmpty());
        assertEquals("1", reading.at(0).text());
        assertEquals("0", reading.at(2).text());
        assertEquals("1", reading.at(6).text());
    }

    @Test
    void leadingOrTrailingBlanksGiveSeveralReadingsLeftmostWithinTheCellsFirst() {
        // 一、…⇥⇥⇥6⇥1⇥2⇥3⇥1⇥53⇥ : either the person or the total is blank.
        var run = cells("", "", "6", "1", "2", "3", "1", "53", "");
        var readings = ColumnPlacer.cellReadings(run, 7);
        assertEquals(2, readings.size());
        assertEquals("1", columnOf(readings.get(0), "6"), "first reading: person blank");
        assertEquals("0", columnOf(readings.get(1), "6"), "second reading: total blank");
        assertFalse(ColumnPlacer.cellReadingIsCertain(run, 7));
    }

    @Test
    void figuresInAlignedTextArePlacedUnderTheNearestColumnsOfAFullRow() {
        double[] reference = {10, 20, 30, 40, 50, 60, 70};
        var run = List.of(new Segment("6", 9, 11, Location.text(1, 1, 9)),
                new Segment("1", 19, 21, Location.text(1, 1, 19)),
                new Segment("1", 39, 41, Location.text(1, 1, 39)),
                new Segment("1", 49, 51, Location.text(1, 1, 49)),
                new Segment("1", 59, 61, Location.text(1, 1, 59)),
                new Segment("10", 68, 72, Location.text(1, 1, 68)));
        var best = ColumnPlacer.readings(run, false, 7, reference).get(0);
        assertArrayEquals(new int[] {0, 1, 3, 4, 5, 6}, best.columns());
        assertEquals(0.0, best.cost());
    }

    @Test
    void figuresBeyondTheRowsWidthAreDroppedAndReported() {
        var readings = ColumnPlacer.cellReadings(cells("9", "1", "2"), 2);
        assertEquals(List.of("9"), readings.get(0).dropped().stream().map(Segment::text).toList());
    }
}
