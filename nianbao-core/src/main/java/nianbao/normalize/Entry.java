package nianbao.normalize;

import java.util.ArrayList;
import java.util.List;
import nianbao.source.Figures;
import nianbao.source.Line;
import nianbao.source.Segment;

/**
 * A line of a report's table region, split into what labels it and the run of figures it holds.
 *
 * @param index    its position among the document's lines
 * @param line     the line as read
 * @param label    the folded label text, group labels and their fragments removed
 * @param run      the figures at the end of the line, left to right; where the format marks empty
 *                 cells, every cell after the label, empty ones included
 * @param boundary whether the line is a heading or a column header, which no row label crosses
 * @param fused    whether the run's cells are fused into digit strings (a flattened table's row)
 * @param readings the label as OCR's other readings of it give it (2.重复申请 for 2.重复中请), folded;
 *                 none for printed text
 */
record Entry(int index, Line line, String label, List<Segment> run, boolean boundary, boolean fused,
             List<String> readings) {

    Entry(int index, Line line, String label, List<Segment> run, boolean boundary, boolean fused) {
        this(index, line, label, run, boundary, fused, List.of());
    }

    /** At most this many other readings of a label. */
    private static final int MAX_READINGS = 8;

    /** A run of fused cells: figures with nothing between them (312-62845 is 312|-6|2845). */
    private static final java.util.regex.Pattern FUSED_FIGURES =
            java.util.regex.Pattern.compile("[0-9.,\\-—–/]+(?:万元|元)?");

    /**
     * Whether a cell holds a figure: as printed, or, read by OCR, as one of its other readings (a
     * {@code 1} read as {@code +} in a total column, huaian-city-2024.200dpi.pdf), or a short mark that
     * is no Chinese — a figure the identities may then read, or leave empty, rather than a label that
     * cuts the row's figures off.
     */
    static boolean isFigure(Segment s) {
        return Figures.isFigure(s.text()) || s.recognition().ocr() && (isMark(s.text())
                || s.recognition().candidates().stream().anyMatch(c -> Figures.isNumber(c.text())));
    }

    /** At most this many characters, none of them Chinese, read by OCR in a figure's place: a figure misread. */
    private static final int MARK_LENGTH = 3;

    private static boolean isMark(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MARK_LENGTH
                && t.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** This entry with another run of figures. */
    Entry withRun(List<Segment> figures) {
        return new Entry(index, line, label, List.copyOf(figures), boundary, fused, readings);
    }

    /** The number of figures (non-empty cells) in the run. */
    int figureCount() {
        int n = 0;
        for (var s : run) {
            if (!s.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    boolean hasFigures() {
        return figureCount() > 0;
    }

    /**
     * Splits a line into its label and its run of figures. In a line with explicit cells the run is
     * every cell after the last label cell; otherwise it is the figures after the last label segment.
     */
    static Entry of(int index, Line line, GroupLabels groups, boolean boundary, boolean fused) {
        var segments = line.segments();
        int lastLabel = -1;
        for (int i = 0; i < segments.size(); i++) {
            var s = segments.get(i);
            if (!s.isEmpty() && !(fused ? FUSED_FIGURES.matcher(s.text()).matches() : isFigure(s))) {
                lastLabel = i;
            }
        }
        var run = new ArrayList<Segment>(segments.subList(lastLabel + 1, segments.size()));
        if (!line.explicitCells()) {
            run.removeIf(Segment::isEmpty);
        }
        if (run.stream().allMatch(Segment::isEmpty)) {
            run.clear();
        }
        var labels = new ArrayList<String>();
        for (int i = 0; i <= lastLabel; i++) {
            var s = segments.get(i);
            if (!s.isEmpty()) {
                labels.add(MatchText.of(s.text()));
            }
        }
        String label = groups.strip(labels);
        var readings = new ArrayList<String>();
        int at = 0;
        for (int i = 0; i <= lastLabel && readings.size() < MAX_READINGS; i++) {
            var s = segments.get(i);
            if (s.isEmpty()) {
                continue;
            }
            for (var c : s.recognition().candidates()) {
                var other = new ArrayList<>(labels);
                other.set(at, MatchText.of(c.text()));
                String reading = groups.strip(other);
                if (!reading.equals(label) && !reading.isEmpty() && !readings.contains(reading)
                        && readings.size() < MAX_READINGS) {
                    readings.add(reading);
                }
            }
            at++;
        }
        return new Entry(index, line, label, List.copyOf(run), boundary, fused, List.copyOf(readings));
    }
}
