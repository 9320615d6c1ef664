package nianbao.source.pdf;

import static nianbao.PdfFixtures.line;
import static nianbao.PdfFixtures.pdf;
import static nianbao.PdfFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nianbao.source.UnreadableDocumentException;
import nianbao.source.page.Page;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

    private static final double HEIGHT = PDRectangle.A4.getHeight();

    private static Page onlyPage(byte[] pdf) throws Exception {
        List<Page> pages = new PdfReader(10).read(pdf);
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    @Test
    void glyphsComeInPointsFromTheTopLeftWithTheirText() throws Exception {
        var page = onlyPage(pdf(0, c -> text(c, 100, 700, "7092")));
        assertEquals("7092", String.join("", page.glyphs().stream().map(Page.Glyph::text).toList()));
        var first = page.glyphs().get(0);
        assertEquals(100, first.x0(), 0.01);
        assertTrue(first.y0() < HEIGHT - 700 && first.y1() > HEIGHT - 700, "the baseline crosses the box");
        assertTrue(first.y1() - first.y0() < 12, "a box from ascent and descent, not the font's full height");
    }

    @Test
    void strokedLinesThinFilledRectanglesAndStrokedRectanglesAreRulingsButBackgroundsAreNot() throws Exception {
        var page = onlyPage(pdf(0, c -> {
            line(c, 100, 700, 300, 700);
            c.addRect(100, 600, 200, 0.5f);
            c.fill();
            c.addRect(100, 400, 200, 50);
            c.fill();
            c.addRect(50, 50, 100, 100);
            c.stroke();
        }));
        var rulings = page.rulings();
        assertEquals(6, rulings.size(), rulings.toString());
        assertEquals(new Page.Ruling(100, HEIGHT - 700, 300, HEIGHT - 700), rulings.get(0));
        var thin = rulings.get(1);
        assertTrue(thin.horizontal() && Math.abs(thin.y0() - (HEIGHT - 600.25)) < 0.01 && thin.length() == 200,
                thin.toString());
    }

    @Test
    void aRotatedPageIsReadAsDisplayed() throws Exception {
        // /Rotate 90: the page is shown turned clockwise; user-space (x, y) shows at (y, x).
        var page = onlyPage(pdf(90, c -> text(c, 100, 700, "1")));
        assertEquals(HEIGHT, page.width(), 0.01);
        assertEquals(595, page.height(), 0.5);
        var g = page.glyphs().get(0);
        assertTrue(Math.abs(g.centreX() - 700) < 8 && Math.abs(g.centreY() - 100) < 8, g.toString());
    }

    @Test
    void aScannedPdfHasNoTextLayer() {
        var e = assertThrows(UnreadableDocumentException.class, () -> PdfReader.requireText(new PdfReader(10).read(nianbao.PdfFixtures.scanned())));
        assertTrue(e.getMessage().startsWith("no text: "), e.getMessage());
        assertTrue(e.getMessage().contains("scan"), e.getMessage());
    }

    /** A reader of scans that records the pages it is given, and reads each as one glyph. */
    private static final class Recorder implements nianbao.source.page.ScanReader {
        final java.util.List<String> calls = new java.util.ArrayList<>();

        @Override
        public Page read(java.awt.image.BufferedImage image, int number, double pointsPerPixel) {
            calls.add(number + " " + image.getWidth() + "x" + image.getHeight() + " " + Math.round(72 / pointsPerPixel));
            return new Page(number, image.getWidth() * pointsPerPixel, image.getHeight() * pointsPerPixel,
                    java.util.List.of(new Page.Glyph("字", 10, 10, 20, 20, 10)), java.util.List.of(), 1);
        }
    }

    @Test
    void aPageThatIsAPictureGoesToTheScanReaderAtItsPicturesResolution() throws Exception {
        var recorder = new Recorder();
        // The fixture's picture is 60 × 80 pixels over an A4 page: under 150 dpi, rendered at 150.
        var pages = new PdfReader(10, recorder).read(nianbao.PdfFixtures.scanned());
        assertEquals(java.util.List.of("1 1240x1753 150"), recorder.calls);
        assertEquals("字", pages.get(0).glyphs().get(0).text());
    }

    @Test
    void aBornDigitalPdfNeverGoesToTheScanReader() throws Exception {
        var recorder = new Recorder();
        var pages = new PdfReader(10, recorder).read(java.nio.file.Files.readAllBytes(
                nianbao.Corpus.path("pdf/real/huaian-city-2024.pdf")));
        assertEquals(java.util.List.of(), recorder.calls);
        assertTrue(pages.stream().allMatch(p -> p.glyphs().stream().noneMatch(g -> g.recognition().ocr())));
    }

    @Test
    void aScanUnderAWatermarksFewWordsIsAScanAndTheWatermarkIsNotRead() throws Exception {
        var recorder = new Recorder();
        var pdf = nianbao.PdfFixtures.scannedUnderWatermark();
        new PdfReader(10, recorder).read(pdf);
        assertEquals(java.util.List.of("1 1240x1753 150"), recorder.calls);
    }
}
