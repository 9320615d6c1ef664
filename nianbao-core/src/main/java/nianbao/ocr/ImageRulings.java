package nianbao.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * A levelled scan's table rules: long thin runs of ink, horizontal and vertical, found row by row
 * and column by column and joined across the few pixels a rule is thick. They become the same
 * ruling lines a born-digital PDF draws, so a scanned table goes through the same grid
 * reconstruction; and they are whitened before text is detected, so that no text box runs along a
 * rule or across from one cell into the next.
 */
final class ImageRulings {

    /** A rule is at least this long, in points: longer than any stroke of a character at 10.5 pt. */
    static final double MIN_HORIZONTAL_PT = 24;
    /** A vertical rule of one row of a table is about 20 pt; a character's strokes are under 10 pt. */
    static final double MIN_VERTICAL_PT = 13;
    /** A rule is at most this thick, in points (thicker is a filled area or a stamp). */
    static final double MAX_THICKNESS_PT = 3;
    /** Ink gaps up to this many pixels along a rule are bridged (a scan's speckled line). */
    private static final int BRIDGE = 1;
    /**
     * How far from a rule, in points, the page is looked at for clearance: a rule has paper on one
     * side at least; the horizontal strokes of a line of text (二、上年结转… blurred at 150 dpi) have
     * the rest of their characters' ink on both sides.
     */
    private static final double CLEARANCE_PT = 1.5;
    /** Above this share of ink on both sides a run is strokes of text, not a rule. */
    private static final double CROWDED = 0.2;

    /** A rule in pixels: its ink's extent, end exclusive. */
    record Rule(boolean horizontal, int x0, int y0, int x1, int y1) {

        int[] box() {
            return new int[] {x0, y0, x1, y1};
        }
    }

    private ImageRulings() {
    }

    /**
     * @param pointsPerPixel the scan's scale (0.36 at 200 dpi)
     */
    static List<Rule> find(GrayImage image, int inkThreshold, double pointsPerPixel) {
        // A thin rule may be drawn lighter than the text (LibreOffice's 0.5 pt grey borders) and spread
        // over three pixels by a blur (example-blanks-2024.150dpi-noise-blur.pdf): a pixel is on a
        // rule when the darkness of it and its two neighbours across the rule adds up to that of a
        // one-pixel line halfway between the ink threshold and the paper.
        int paper = image.paper();
        int darkness = Math.max(1, (paper - inkThreshold) / 2);
        int thickness = Math.max(2, (int) Math.round(MAX_THICKNESS_PT / pointsPerPixel)) + 2;
        int clearance = Math.max(2, (int) Math.round(CLEARANCE_PT / pointsPerPixel));
        int inkish = (paper + inkThreshold) / 2;
        var horizontals = new Finder(image, paper, darkness, inkish, clearance, thickness, true)
                .find((int) Math.ceil(MIN_HORIZONTAL_PT / pointsPerPixel));
        var verticals = new Finder(image, paper, darkness, inkish, clearance, thickness, false)
                .find((int) Math.ceil(MIN_VERTICAL_PT / pointsPerPixel));
        // A vertical rule meets a horizontal one: the long vertical stroke of a heading's 市 or 中
        // (huaian-city-2024.pdf's 22 pt title) meets none.
        int touch = (int) Math.ceil(TOUCH_PT / pointsPerPixel);
        var out = new ArrayList<Rule>(horizontals);
        for (var v : verticals) {
            if (horizontals.stream().anyMatch(h -> meet(h, v, touch))) {
                out.add(v);
            }
        }
        return out;
    }

    /** How near a rule's end must come to another to meet it, in points (a scan's broken corner). */
    private static final double TOUCH_PT = 3;

    private static boolean meet(Rule h, Rule v, int touch) {
        return v.x1() >= h.x0() - touch && v.x0() <= h.x1() + touch && h.y1() >= v.y0() - touch && h.y0() <= v.y1() + touch;
    }

    /** A run of ink along one row (or column): from, to (exclusive). */
    private record Run(int line, int from, int to) {
    }

    /** Rules of one direction, from a page's darkness. */
    private record Finder(GrayImage image, int paper, int darkness, int inkish, int clearance, int maxThickness,
                          boolean horizontal) {

        List<Rule> find(int minLength) {
            int lines = horizontal ? image.height() : image.width();
            int along = horizontal ? image.width() : image.height();
            // Rules under construction: runs of consecutive lines that overlap.
            var open = new ArrayList<List<Run>>();
            var out = new ArrayList<Rule>();
            for (int l = 0; l < lines; l++) {
                var runs = new ArrayList<Run>();
                int start = -1;
                int lastInk = -BRIDGE - 2;
                for (int a = 0; a < along; a++) {
                    int dark = 0;
                    for (int d = Math.max(0, l - 1); d <= Math.min(lines - 1, l + 1); d++) {
                        dark += Math.max(0, paper - (horizontal ? image.at(a, d) : image.at(d, a)));
                    }
                    if (dark >= darkness) {
                        if (start < 0 || a - lastInk > BRIDGE + 1) {
                            if (start >= 0 && lastInk + 1 - start >= minLength) {
                                runs.add(new Run(l, start, lastInk + 1));
                            }
                            start = a;
                        }
                        lastInk = a;
                    }
                }
                if (start >= 0 && lastInk + 1 - start >= minLength) {
                    runs.add(new Run(l, start, lastInk + 1));
                }
                var next = new ArrayList<List<Run>>();
                for (var rule : open) {
                    var last = rule.get(rule.size() - 1);
                    Run continued = null;
                    for (var r : runs) {
                        if (overlap(r, last) > 0.5 * Math.min(r.to - r.from, last.to - last.from)) {
                            continued = r;
                            break;
                        }
                    }
                    if (continued != null) {
                        runs.remove(continued);
                        rule.add(continued);
                        next.add(rule);
                    } else {
                        close(rule, out);
                    }
                }
                for (var r : runs) {
                    var rule = new ArrayList<Run>();
                    rule.add(r);
                    next.add(rule);
                }
                open = next;
            }
            for (var rule : open) {
                close(rule, out);
            }
            return out;
        }

        private void close(List<Run> rule, List<Rule> out) {
            if (rule.size() > maxThickness) {
                return;
            }
            int from = Integer.MAX_VALUE;
            int to = 0;
            for (var r : rule) {
                from = Math.min(from, r.from);
                to = Math.max(to, r.to);
            }
            int first = rule.get(0).line;
            int last = rule.get(rule.size() - 1).line + 1;
            if (crowded(first - 1 - clearance, from, to) && crowded(last + clearance, from, to)) {
                return;
            }
            out.add(horizontal ? new Rule(true, from, first, to, last) : new Rule(false, first, from, last, to));
        }

        /** Whether the line {@code at} (a row, or a column) holds ink over more than its crowded share from..to. */
        private boolean crowded(int at, int from, int to) {
            int lines = horizontal ? image.height() : image.width();
            if (at < 0 || at >= lines) {
                return false;
            }
            int ink = 0;
            for (int a = from; a < to; a++) {
                if ((horizontal ? image.at(a, at) : image.at(at, a)) <= inkish) {
                    ink++;
                }
            }
            return ink > CROWDED * (to - from);
        }
    }

    private static int overlap(Run a, Run b) {
        return Math.min(a.to, b.to) - Math.max(a.from, b.from);
    }
}
