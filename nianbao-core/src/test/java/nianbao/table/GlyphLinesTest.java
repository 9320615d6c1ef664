package nianbao.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nianbao.source.page.Page.Glyph;
import org.junit.jupiter.api.Test;

/** Where a line of glyphs is cut into cells. */
class GlyphLinesTest {

    /** Glyphs of {@code text} from {@code x}, each {@code advance} wide, size 10.5, on one baseline. */
    private static List<Glyph> run(String text, double x, double advance) {
        var out = new ArrayList<Glyph>();
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(text.substring(i, i + 1), x + i * advance, 100, x + (i + 1) * advance, 110, 10.5));
        }
        return out;
    }

    private static List<String> cells(List<Glyph> line) {
        return GlyphLines.segments(line).stream()
                .map(s -> String.join("", s.stream().map(Glyph::text).toList())).toList();
    }

    @Test
    void twoFiguresOfATightUnruledTableAreTwoCells() {
        // Positions from a LibreOffice PDF of an unseen report (layout unruled-label-touches-figure):
        // 4899 ends at 112.79 and 34 begins at 114.3, a gap of 0.14 of the size.
        var line = new ArrayList<Glyph>();
        line.addAll(run("范性文", 56.8, 10.5));
        line.addAll(run("4899", 89.3, 5.872));
        line.addAll(run("34", 114.3, 5.812));
        line.addAll(run("0", 136.3, 5.849));
        assertEquals(List.of("范性文", "4899", "34", "0"), cells(line));
    }

    @Test
    void theDigitsOfOneNumberStayTogether() {
        // Kerning in the corpus PDFs moves digits by -0.02 to +0.01 of the size: one figure.
        var line = new ArrayList<Glyph>(run("8", 100, 5.9));
        line.add(new Glyph("5", 105.8, 100, 111.7, 110, 10.5));
        line.add(new Glyph("9", 111.8, 100, 117.7, 110, 10.5));
        line.add(new Glyph("7", 117.6, 100, 123.5, 110, 10.5));
        assertEquals(List.of("8597"), cells(line));
    }
}
