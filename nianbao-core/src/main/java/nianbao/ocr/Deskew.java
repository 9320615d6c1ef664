package nianbao.ocr;

import java.util.ArrayList;

/**
 * The skew of a scanned page: the angle at which its ink, projected onto the vertical, falls into
 * the sharpest rows (text lines and table rules line up only when level). A page fed askew into a
 * scanner is a degree or two off; the search covers ±{@value #RANGE} degrees.
 */
final class Deskew {

    /** Degrees searched either side of level. */
    static final double RANGE = 5.0;
    /** The coarse step, then the fine one, in degrees. */
    private static final double COARSE = 0.5;
    private static final double FINE = 0.05;
    /** The page is measured at about this width in pixels: enough for a tenth of a degree. */
    private static final int SAMPLE_WIDTH = 1000;
    /** Below this angle the page is left as it is (a tenth of a pixel per hundred). */
    static final double LEVEL = 0.05;

    private Deskew() {
    }

    /** The angle (degrees, clockwise positive) that levels the page when it is turned by it. */
    static double angle(GrayImage image, int inkThreshold) {
        double scale = Math.min(1.0, (double) SAMPLE_WIDTH / image.width());
        int step = Math.max(1, (int) Math.round(1 / scale));
        var xs = new ArrayList<int[]>();
        for (int y = 0; y < image.height(); y += step) {
            for (int x = 0; x < image.width(); x += step) {
                if (image.at(x, y) <= inkThreshold) {
                    xs.add(new int[] {x / step, y / step});
                }
            }
        }
        if (xs.isEmpty()) {
            return 0;
        }
        int[][] ink = xs.toArray(new int[0][]);
        int rows = image.height() / step + image.width() / step + 2;
        double best = 0;
        double bestScore = score(ink, 0, rows);
        for (double a = -RANGE; a <= RANGE + 1e-9; a += COARSE) {
            double s = score(ink, a, rows);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double centre = best;
        for (double a = centre - COARSE; a <= centre + COARSE + 1e-9; a += FINE) {
            double s = score(ink, a, rows);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.abs(best) < LEVEL ? 0 : best;
    }

    /** The sum of squared row counts of the ink turned by {@code degrees}: high when rows are sharp. */
    private static double score(int[][] ink, double degrees, int rows) {
        double radians = Math.toRadians(degrees);
        double sin = Math.sin(radians);
        double cos = Math.cos(radians);
        long[] counts = new long[rows * 2];
        int offset = rows;
        for (int[] p : ink) {
            int row = (int) Math.round(p[0] * sin + p[1] * cos) + offset;
            if (row >= 0 && row < counts.length) {
                counts[row]++;
            }
        }
        double sum = 0;
        for (long c : counts) {
            sum += (double) c * c;
        }
        return sum;
    }
}
