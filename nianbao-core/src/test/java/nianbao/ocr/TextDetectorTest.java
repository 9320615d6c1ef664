package nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DB's post-processing on probability maps set by hand, with boxes worked out from PaddleOCR's
 * published rules: threshold 0.3, a region kept when its mean probability reaches 0.6 and both
 * its sides reach 3, grown by area × 1.5 / perimeter, scaled to the page.
 */
class TextDetectorTest {

    private static void fill(float[] map, int w, int x0, int y0, int x1, int y1, float p) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                map[y * w + x] = p;
            }
        }
    }

    @Test
    void regionsBecomeGrownBoxesAndWeakOrThinOnesAreDropped() {
        int w = 100;
        int h = 60;
        var map = new float[w * h];
        // A text line 40 × 10: area 400, perimeter 100, grown by 6 on every side.
        fill(map, w, 20, 30, 60, 40, 0.9f);
        // Above the threshold but weak on average (0.35 < 0.6): no text.
        fill(map, w, 70, 5, 90, 15, 0.35f);
        // Strong but 2 pixels high: under the minimum side.
        fill(map, w, 5, 50, 30, 52, 0.95f);
        var boxes = TextDetector.boxes(map, w, h, 1, 1, w, h);
        assertEquals(List.of(new TextDetector.TextBox(14, 24, 66, 46, 0.9f)), boxes.stream()
                .map(b -> new TextDetector.TextBox(b.x0(), b.y0(), b.x1(), b.y1(), (float) b.score())).toList());
    }

    @Test
    void boxesAreScaledToThePageAndKeptWithinIt() {
        int w = 32;
        int h = 32;
        var map = new float[w * h];
        // 8 × 4 at the page's corner: grown by 8 × 4 × 1.5 / 24 = 2, scaled by 3 and 2.
        fill(map, w, 0, 0, 8, 4, 0.8f);
        var boxes = TextDetector.boxes(map, w, h, 3, 2, 90, 60);
        assertEquals(1, boxes.size());
        var b = boxes.get(0);
        assertEquals(List.of(0, 0, 30, 12), List.of(b.x0(), b.y0(), b.x1(), b.y1()));
    }
}
