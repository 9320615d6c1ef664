package nianbao.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import nianbao.source.Deadline;
import nianbao.source.Recognition;
import nianbao.source.UnreadableDocumentException;
import nianbao.source.page.Page;
import nianbao.source.page.Page.Glyph;
import nianbao.source.page.Page.Ruling;
import nianbao.source.page.ScanReader;

/**
 * A scanned page read into a positioned page, as a PDF's text layer would give it: red seal ink
 * removed, the page levelled, its table rules found and whitened, its text lines detected and read
 * character by character, each character with its box in points and its recognition. The table
 * stage then treats it as any other page.
 */
public final class PageOcr implements ScanReader {

    /** The detection model sees the page at up to this many pixels on its long side (about 170 dpi on A4). */
    static final int DETECTION_SIDE = 1280;
    /** A character's width as a share of its line's height: a Chinese character is square, others narrower. */
    private static final double HAN_WIDTH = 0.9;
    private static final double OTHER_WIDTH = 0.5;

    /** Reads scans with the models shared by this JVM, loaded when the first scan is met. */
    public PageOcr() {
    }

    /**
     * Reads a page image.
     *
     * @param number         the page's number in its document
     * @param pointsPerPixel the image's scale: 72 / its resolution in dpi
     */
    @Override
    public Page read(BufferedImage image, int number, double pointsPerPixel) throws UnreadableDocumentException {
        OcrModels models;
        try {
            models = OcrModels.shared();
        } catch (OcrModels.Unavailable e) {
            throw new UnreadableDocumentException("page " + number + " is a picture (a scan) and " + e.getMessage());
        }
        var grey = GrayImage.withoutRed(image).evened();
        int ink = grey.inkThreshold();
        double skew = Deskew.angle(grey, ink);
        if (skew != 0) {
            grey = grey.rotated(skew);
        }
        Deadline.check();
        var rules = ImageRulings.find(grey, ink, pointsPerPixel);
        var clean = grey.whitened(rules.stream().map(ImageRulings.Rule::box).toList());
        Deadline.check();
        // Text in a table's cells is found by the cells' ink; the detector finds the rest.
        var cells = TableCells.cells(rules);
        var boxes = new ArrayList<TextDetector.TextBox>();
        for (var box : TextDetector.detect(models, clean, DETECTION_SIDE)) {
            double x = (box.x0() + box.x1()) / 2.0;
            double y = (box.y0() + box.y1()) / 2.0;
            if (cells.stream().noneMatch(c -> c.contains(x, y))) {
                boxes.add(box);
            }
        }
        boxes.addAll(TableCells.lines(clean, ink, cells, pointsPerPixel));
        var lines = splitAtRules(boxes, rules);
        var read = TextRecognizer.recognize(models, clean, lines, ink, pointsPerPixel);
        var glyphs = new ArrayList<Glyph>();
        for (var chars : read) {
            glyphs.addAll(glyphs(chars, pointsPerPixel));
        }
        var rulings = new ArrayList<Ruling>();
        for (var r : rules) {
            double x = (r.x0() + r.x1()) / 2.0 * pointsPerPixel;
            double y = (r.y0() + r.y1()) / 2.0 * pointsPerPixel;
            rulings.add(r.horizontal()
                    ? new Ruling(r.x0() * pointsPerPixel, y, r.x1() * pointsPerPixel, y)
                    : new Ruling(x, r.y0() * pointsPerPixel, x, r.y1() * pointsPerPixel));
        }
        return new Page(number, image.getWidth() * pointsPerPixel, image.getHeight() * pointsPerPixel, glyphs, rulings, 1);
    }

    /**
     * Text boxes cut where a vertical rule crosses them: two cells' text detected as one line (the
     * gap between two figures narrower than the detector's reach) are two.
     */
    static List<TextDetector.TextBox> splitAtRules(List<TextDetector.TextBox> boxes, List<ImageRulings.Rule> rules) {
        var out = new ArrayList<TextDetector.TextBox>();
        for (var box : boxes) {
            var cuts = new ArrayList<Integer>();
            int middle = (box.y0() + box.y1()) / 2;
            for (var r : rules) {
                int x = (r.x0() + r.x1()) / 2;
                if (!r.horizontal() && x > box.x0() + 2 && x < box.x1() - 2 && r.y0() <= middle && r.y1() >= middle) {
                    cuts.add(x);
                }
            }
            cuts.sort(null);
            int from = box.x0();
            for (int cut : cuts) {
                if (cut - from > 2) {
                    out.add(new TextDetector.TextBox(from, box.y0(), cut, box.y1(), box.score()));
                }
                from = cut + 1;
            }
            if (box.x1() - from > 2) {
                out.add(new TextDetector.TextBox(from, box.y0(), box.x1(), box.y1(), box.score()));
            }
        }
        return out;
    }

    /**
     * A line's characters as glyphs in points. The frames a character was read in give its centre; its
     * width is that of a character of its kind at the line's height, narrowed where a neighbour is nearer.
     */
    private static List<Glyph> glyphs(List<TextRecognizer.Char> chars, double pointsPerPixel) {
        var out = new ArrayList<Glyph>(chars.size());
        for (int i = 0; i < chars.size(); i++) {
            var c = chars.get(i);
            double height = c.y1() - c.y0();
            double centre = (c.x0() + c.x1()) / 2;
            boolean han = !c.text().isEmpty()
                    && Character.UnicodeScript.of(c.text().codePointAt(0)) == Character.UnicodeScript.HAN;
            double half = (han ? HAN_WIDTH : OTHER_WIDTH) * height / 2;
            double left = i == 0 ? half : Math.min(half, (centre - centreOf(chars.get(i - 1))) / 2);
            double right = i == chars.size() - 1 ? half : Math.min(half, (centreOf(chars.get(i + 1)) - centre) / 2);
            var recognition = new Recognition(true, c.probability(), c.candidates());
            out.add(new Glyph(c.text(), (centre - left) * pointsPerPixel, c.y0() * pointsPerPixel,
                    (centre + right) * pointsPerPixel, c.y1() * pointsPerPixel, height * pointsPerPixel, false,
                    recognition));
        }
        return out;
    }

    private static double centreOf(TextRecognizer.Char c) {
        return (c.x0() + c.x1()) / 2;
    }
}
