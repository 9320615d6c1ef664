package nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A box is written exactly as String.format("%.1f") wrote it: golden files and stores keep these strings. */
class BoxTest {

    @Test
    void oneDecimalIsTheFormattersOwn() {
        var random = new Random(15);
        double[] edges = {0, -0.0, -0.04, -0.05, 0.05, 0.15, 0.25, 0.35, 1.05, 2.45, 77.25, 445.55, 595.275, 841.89,
                1e-9, -1e-9, 12345.65};
        for (double v : edges) {
            assertEquals(String.format(Locale.ROOT, "%.1f", v), Box.oneDecimal(v), "value " + v);
        }
        for (int i = 0; i < 200_000; i++) {
            // Positions as PDFs give them: points with a few decimals, now and then a half.
            double v = random.nextInt(4) == 0 ? random.nextInt(20000) / 20.0 + 0.05 : random.nextDouble() * 900 - 20;
            assertEquals(String.format(Locale.ROOT, "%.1f", v), Box.oneDecimal(v), "value " + v);
        }
        assertEquals("77.2 445.6 109.1 472.4", new Box(77.2, 445.6, 109.1, 472.4).toString());
    }
}
