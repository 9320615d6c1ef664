package nianbao.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text lines on a page with PP-OCRv4's detection model and the post-processing of DB
 * (Differentiable Binarization, Liao et al. 2020) as PaddleOCR publishes it: the image scaled so
 * that its sides are multiples of 32, normalised with ImageNet's mean and deviation; the model's
 * probability map thresholded at {@value #THRESHOLD}; each connected region kept when its mean
 * probability reaches {@value #BOX_THRESHOLD}, and grown by the "unclip" distance
 * {@code area × }{@value #UNCLIP_RATIO}{@code  / perimeter}. A scan is levelled first, so regions are
 * taken as upright rectangles rather than PaddleOCR's rotated ones.
 */
final class TextDetector {

    static final double THRESHOLD = 0.3;
    static final double BOX_THRESHOLD = 0.6;
    static final double UNCLIP_RATIO = 1.5;
    /** PaddleOCR's minimum box side, in map pixels, before and after growing. */
    private static final int MIN_SIDE = 3;
    /** ImageNet's channel means and deviations (PaddleOCR's NormalizeImage, applied to B, G, R). */
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    /** A text line's box in page pixels (end exclusive) and its mean probability. */
    record TextBox(int x0, int y0, int x1, int y1, double score) {

        int width() {
            return x1 - x0;
        }

        int height() {
            return y1 - y0;
        }
    }

    private TextDetector() {
    }

    /**
     * The text lines of a page.
     *
     * @param longSide the longer side the page is scaled to for the model, in pixels
     */
    static List<TextBox> detect(OcrModels models, GrayImage page, int longSide) {
        double ratio = Math.min(1.0, (double) longSide / Math.max(page.width(), page.height()));
        int w = Math.max(32, (int) Math.round(page.width() * ratio / 32) * 32);
        int h = Math.max(32, (int) Math.round(page.height() * ratio / 32) * 32);
        var scaled = page.scaled(w, h);
        float[] input = new float[3 * w * h];
        int plane = w * h;
        for (int i = 0; i < plane; i++) {
            float v = (scaled.pixels()[i] & 0xFF) / 255f;
            for (int c = 0; c < 3; c++) {
                input[c * plane + i] = (v - MEAN[c]) / STD[c];
            }
        }
        float[] map = models.detect(input, h, w);
        return boxes(map, w, h, (double) page.width() / w, (double) page.height() / h, page.width(), page.height());
    }

    /**
     * DB's boxes from a probability map, scaled to the page.
     *
     * @param scaleX page pixels per map pixel across
     * @param scaleY page pixels per map pixel down
     */
    static List<TextBox> boxes(float[] map, int w, int h, double scaleX, double scaleY, int pageWidth, int pageHeight) {
        boolean[] on = new boolean[w * h];
        for (int i = 0; i < on.length; i++) {
            on[i] = map[i] > THRESHOLD;
        }
        boolean[] seen = new boolean[w * h];
        int[] queue = new int[w * h];
        var out = new ArrayList<TextBox>();
        for (int start = 0; start < on.length; start++) {
            if (!on[start] || seen[start]) {
                continue;
            }
            // One region, 8-connected, by breadth-first search.
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            while (head < tail) {
                int p = queue[head++];
                int x = p % w;
                int y = p / w;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                            int q = ny * w + nx;
                            if (on[q] && !seen[q]) {
                                seen[q] = true;
                                queue[tail++] = q;
                            }
                        }
                    }
                }
            }
            int bw = x1 - x0 + 1;
            int bh = y1 - y0 + 1;
            if (Math.min(bw, bh) < MIN_SIDE) {
                continue;
            }
            // box_score_fast: the mean probability over the region's box.
            double sum = 0;
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    sum += map[y * w + x];
                }
            }
            double score = sum / (bw * bh);
            if (score < BOX_THRESHOLD) {
                continue;
            }
            double grow = (double) bw * bh * UNCLIP_RATIO / (2.0 * (bw + bh));
            double gx0 = x0 - grow;
            double gy0 = y0 - grow;
            double gx1 = x1 + 1 + grow;
            double gy1 = y1 + 1 + grow;
            if (Math.min(gx1 - gx0, gy1 - gy0) < MIN_SIDE + 2) {
                continue;
            }
            out.add(new TextBox(clamp((int) Math.floor(gx0 * scaleX), pageWidth), clamp((int) Math.floor(gy0 * scaleY), pageHeight),
                    clamp((int) Math.ceil(gx1 * scaleX), pageWidth), clamp((int) Math.ceil(gy1 * scaleY), pageHeight), score));
        }
        return out;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
