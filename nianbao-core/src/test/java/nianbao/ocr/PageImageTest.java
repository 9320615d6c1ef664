package nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is done to a page's pixels before any model sees them, on pictures drawn here: a table's rules
 * found, whatever their grey, and not a heading's strokes; a page fed askew levelled; a red seal's ink
 * gone and the black under it kept.
 */
class PageImageTest {

    /** 200 dpi. */
    private static final double PPP = 72.0 / 200;

    /** A page with a 3 × 4 table of rules in this grey, a heading of large characters above it. */
    private static BufferedImage table(Color rule, float width) {
        var image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 900);
        g.setColor(Color.BLACK);
        // A heading's strokes: 三 and 十, 22 pt (61 px), long strokes close together.
        g.setStroke(new BasicStroke(6));
        for (int k = 0; k < 6; k++) {
            int x = 100 + k * 70;
            g.drawLine(x, 100, x + 55, 100);
            g.drawLine(x, 125, x + 50, 125);
            g.drawLine(x + 27, 90, x + 27, 150);
        }
        g.setColor(rule);
        g.setStroke(new BasicStroke(width));
        for (int r = 0; r <= 3; r++) {
            g.drawLine(100, 300 + r * 150, 1100, 300 + r * 150);
        }
        for (int c = 0; c <= 4; c++) {
            g.drawLine(100 + c * 250, 300, 100 + c * 250, 750);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
        g.drawString("12", 200, 390);
        g.dispose();
        return image;
    }

    private static List<ImageRulings.Rule> rules(BufferedImage image) {
        var grey = GrayImage.withoutRed(image).evened();
        return ImageRulings.find(grey, grey.inkThreshold(), PPP);
    }

    @Test
    void aTablesRulesAreFoundAndAHeadingsStrokesAreNot() {
        for (var rule : List.of(Color.BLACK, new Color(170, 170, 170))) {
            var found = rules(table(rule, 2));
            var horizontal = found.stream().filter(ImageRulings.Rule::horizontal).toList();
            var vertical = found.stream().filter(r -> !r.horizontal()).toList();
            assertEquals(4, horizontal.size(), rule + ": " + horizontal);
            assertEquals(5, vertical.size(), rule + ": " + vertical);
            for (var h : horizontal) {
                assertTrue(h.y0() >= 297 && h.y1() <= 754 && h.x0() <= 101 && h.x1() >= 1099, h.toString());
            }
            assertEquals(12, TableCells.cells(found).size(), "twelve cells ruled on four sides");
        }
    }

    @Test
    void aPageFedAskewIsLevelled() {
        for (double skew : new double[] {-1.5, 0.7, 2.5}) {
            var grey = GrayImage.withoutRed(table(Color.BLACK, 2)).rotated(skew);
            double angle = Deskew.angle(grey, grey.inkThreshold());
            assertEquals(-skew, angle, 0.1, "turned by " + skew);
        }
        var level = GrayImage.withoutRed(table(Color.BLACK, 2));
        assertEquals(0, Deskew.angle(level, level.inkThreshold()), "a level page is left as it is");
    }

    @Test
    void aRedSealsInkIsPaperAndTheBlackUnderItStaysInk() {
        var image = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xDC1E28);            // seal red on paper
        image.setRGB(1, 0, 0x000000);            // black
        image.setRGB(2, 0, 0x6E0F14);            // black blurred into red
        image.setRGB(3, 0, 0xFFFFFF);            // paper
        var grey = GrayImage.withoutRed(image);
        assertEquals(255, grey.at(0, 0));
        assertEquals(0, grey.at(1, 0));
        assertTrue(grey.at(2, 0) < 128, "still ink: " + grey.at(2, 0));
        assertEquals(255, grey.at(3, 0));
    }
}
