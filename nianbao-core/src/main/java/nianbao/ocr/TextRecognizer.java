package nianbao.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.source.Deadline;
import nianbao.source.Recognition.Candidate;

/**
 * Reads text boxes with PP-OCRv4's recognition model, prepared as PaddleOCR's TextRecognizer does:
 * each box scaled to {@value #HEIGHT} pixels high keeping its proportions, normalised to [-1, 1], and
 * decoded by CTC ({@link CtcDecoder}). Each character's place along its box comes from the frames it
 * was read in (a frame is {@value #FRAME} pixels of the scaled line), so that characters have boxes
 * as a PDF's glyphs do.
 *
 * <p>The boxes of one text row (a table row's cells, a label and its figures) are read together, side
 * by side with white between them, as one line. The model was trained on lines: a lone figure cropped
 * from its cell reads {@code 0} as {@code o} or as nothing (huaian-city-2024.pdf page 4 scanned: 18 of
 * 53 lone zeros), and read with its row's other cells it reads as {@code 0}.
 */
final class TextRecognizer {

    static final int HEIGHT = 48;
    /** Pixels of the scaled line per output frame (the model's horizontal stride). */
    static final int FRAME = 8;
    /** White between two boxes read as one line, in pixels of the scaled line: two frames and more. */
    private static final int GAP = 24;
    /** Boxes whose middles are closer than this share of their height stand on one text row. */
    private static final double SAME_ROW = 0.35;
    /** ... and whose heights differ by less than this factor. */
    private static final double SAME_HEIGHT = 1.6;

    /** A character and its place, in page pixels. */
    record Char(String text, double x0, double x1, int y0, int y1, double probability, List<Candidate> candidates) {
    }

    private TextRecognizer() {
    }

    /**
     * The characters of each box, in the boxes' order.
     *
     * @param ink            the grey level under which a pixel is ink
     * @param pointsPerPixel the page's scale
     */
    static List<List<Char>> recognize(OcrModels models, GrayImage page, List<TextDetector.TextBox> boxes, int ink,
                                      double pointsPerPixel) {
        var out = new ArrayList<List<Char>>(boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (var row : rows(boxes)) {
            Deadline.check();
            read(models, page, boxes, row, out);
        }
        int minInk = (int) Math.ceil(MIN_UNREAD_INK_PT2 / pointsPerPixel / pointsPerPixel);
        for (int i = 0; i < boxes.size(); i++) {
            var chars = out.get(i);
            if (isFigure(chars) && hasUnreadInk(page, boxes.get(i), chars, ink, minInk)) {
                // A figure whose ink was not all read (a minus sign the model passed over: -6 read as 6,
                // zigui-county-2020 scanned askew) is doubtful, whatever the model's confidence.
                chars.replaceAll(c -> new Char(c.text(), c.x0(), c.x1(), c.y0(), c.y1(),
                        Math.min(c.probability(), UNREAD_INK_CONFIDENCE), c.candidates()));
            }
        }
        return out;
    }

    /** Ink of at least this area, in square points, that no character was read at makes a figure doubtful. */
    private static final double MIN_UNREAD_INK_PT2 = 0.8;
    /** The confidence a figure keeps when some of its ink was not read. */
    static final double UNREAD_INK_CONFIDENCE = 0.5;
    /** A character accounts for ink up to this share of its line's height beyond its centre. */
    private static final double CHARACTER_REACH = 0.15;

    private static boolean isFigure(List<Char> chars) {
        return !chars.isEmpty() && chars.stream().allMatch(c -> c.text().matches("[0-9.,+\\-%]"));
    }

    /** Whether a run of ink columns in the box has no character's centre within reach. */
    private static boolean hasUnreadInk(GrayImage page, TextDetector.TextBox box, List<Char> chars, int ink, int minInk) {
        double reach = CHARACTER_REACH * box.height();
        int from = -1;
        int count = 0;
        for (int x = Math.max(0, box.x0()); x <= Math.min(page.width(), box.x1()); x++) {
            int column = 0;
            if (x < Math.min(page.width(), box.x1())) {
                for (int y = Math.max(0, box.y0()); y < Math.min(page.height(), box.y1()); y++) {
                    if (page.at(x, y) <= ink) {
                        column++;
                    }
                }
            }
            if (column > 0) {
                if (from < 0) {
                    from = x;
                    count = 0;
                }
                count += column;
            } else if (from >= 0) {
                int start = from;
                int end = x;
                boolean read = chars.stream().anyMatch(c -> (c.x0() + c.x1()) / 2 >= start - reach
                        && (c.x0() + c.x1()) / 2 <= end + reach);
                if (!read && count >= minInk) {
                    return true;
                }
                from = -1;
            }
        }
        return false;
    }

    /** The boxes (their indices) gathered into text rows, each left to right. */
    static List<List<Integer>> rows(List<TextDetector.TextBox> boxes) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < boxes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> boxes.get(i).y0() + boxes.get(i).y1()));
        var rows = new ArrayList<List<Integer>>();
        List<Integer> row = null;
        TextDetector.TextBox first = null;
        for (int i : order) {
            var b = boxes.get(i);
            if (first == null || !sameRow(first, b)) {
                row = new ArrayList<>();
                rows.add(row);
                first = b;
            }
            row.add(i);
        }
        for (var r : rows) {
            r.sort(Comparator.comparingInt(i -> boxes.get(i).x0()));
        }
        return rows;
    }

    private static boolean sameRow(TextDetector.TextBox a, TextDetector.TextBox b) {
        double middleA = (a.y0() + a.y1()) / 2.0;
        double middleB = (b.y0() + b.y1()) / 2.0;
        double ratio = (double) Math.max(a.height(), b.height()) / Math.max(1, Math.min(a.height(), b.height()));
        return Math.abs(middleA - middleB) <= SAME_ROW * Math.min(a.height(), b.height()) && ratio < SAME_HEIGHT;
    }

    /** One row's boxes read as one line; each character given to the box it was read in. */
    private static void read(OcrModels models, GrayImage page, List<TextDetector.TextBox> boxes, List<Integer> row,
                             List<List<Char>> out) {
        int count = row.size();
        int[] from = new int[count];
        int[] widths = new int[count];
        int width = 0;
        for (int k = 0; k < count; k++) {
            var box = boxes.get(row.get(k));
            widths[k] = Math.max(1, (int) Math.ceil(HEIGHT * (double) box.width() / Math.max(1, box.height())));
            from[k] = width;
            width += widths[k] + (k + 1 < count ? GAP : 0);
        }
        width = Math.max(FRAME * 4, (width + FRAME - 1) / FRAME * FRAME);
        // White is 1 after normalisation; the model's own padding (PaddleOCR's) is 0, used only past the end.
        float[] input = new float[3 * HEIGHT * width];
        int plane = HEIGHT * width;
        int end = from[count - 1] + widths[count - 1];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < end; x++) {
                for (int c = 0; c < 3; c++) {
                    input[c * plane + y * width + x] = 1f;
                }
            }
        }
        for (int k = 0; k < count; k++) {
            var box = boxes.get(row.get(k));
            var line = page.region(box.x0(), box.y0(), box.x1(), box.y1(), widths[k], HEIGHT);
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < widths[k]; x++) {
                    float v = ((line.pixels()[y * widths[k] + x] & 0xFF) / 255f - 0.5f) / 0.5f;
                    for (int c = 0; c < 3; c++) {
                        input[c * plane + y * width + from[k] + x] = v;
                    }
                }
            }
        }
        float[][] frames = models.recognize(input, 1, width)[0];
        double scaledPerFrame = (double) width / frames.length;
        for (var c : CtcDecoder.decode(frames, models::character, models.sameAs())) {
            if (c.text().isBlank()) {
                continue;
            }
            double x0 = c.frame0() * scaledPerFrame;
            double x1 = (c.frame1() + 1) * scaledPerFrame;
            int k = nearest(from, widths, (x0 + x1) / 2);
            var box = boxes.get(row.get(k));
            double scale = (double) box.width() / widths[k];
            out.get(row.get(k)).add(new Char(c.text(), box.x0() + (x0 - from[k]) * scale, box.x0() + (x1 - from[k]) * scale,
                    box.y0(), box.y1(), c.probability(), c.candidates()));
        }
    }

    /** The box a position of the joined line falls in, or the nearest. */
    private static int nearest(int[] from, int[] widths, double x) {
        int best = 0;
        double distance = Double.MAX_VALUE;
        for (int k = 0; k < from.length; k++) {
            double d = x < from[k] ? from[k] - x : x > from[k] + widths[k] ? x - from[k] - widths[k] : 0;
            if (d < distance) {
                distance = d;
                best = k;
            }
        }
        return best;
    }
}
