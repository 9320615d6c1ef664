package nianbao.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import nianbao.render.Facts;
import nianbao.render.Layout;

/**
 * Prints a report's layout ({@link Layout}) on A4 pages as pictures, as a county's office prints it
 * before signing and scanning: its title, paragraphs, the template's tables ruled with their merged
 * cells, the signature and date; a table cut by the page's end goes on overleaf. The font is the
 * system's serif or sans-serif (Noto CJK where fonts-noto-cjk is installed), in the size given.
 */
public final class Printer {

    private static final double A4_WIDTH_PT = 595;
    private static final double A4_HEIGHT_PT = 842;
    private static final double MARGIN_PT = 72;
    /** A figure column's width, in points. */
    private static final double FIGURE_COLUMN_PT = 42;
    /** A cell's padding, in points. */
    private static final double PAD_PT = 3;

    private final int dpi;
    private final Font font;
    private final double scale;

    /**
     * @param dpi      the pictures' resolution
     * @param serif    a serif face (宋体) or a sans-serif one (黑体)
     * @param sizePt   the body's size in points (10.5 is 五号)
     */
    public Printer(int dpi, boolean serif, double sizePt) {
        this.dpi = dpi;
        this.scale = dpi / 72.0;
        this.font = new Font(serif ? Font.SERIF : Font.SANS_SERIF, Font.PLAIN, (int) Math.round(sizePt * scale));
    }

    /**
     * Whether this machine has a font that prints Chinese (Debian's fonts-noto-cjk, which .ci/run
     * installs): without one, Java2D prints boxes, and a test of reading printed reports tests nothing.
     */
    public static boolean canPrintChinese() {
        return new Font(Font.SERIF, Font.PLAIN, 12).canDisplayUpTo("政府信息公开工作年度报告") < 0;
    }

    /** The report's pages. */
    public List<BufferedImage> print(Facts facts, Layout.Options options) {
        var pages = new ArrayList<BufferedImage>();
        var page = new Page();
        pages.add(page.image);
        for (var block : Layout.of(facts, options)) {
            if (block instanceof Layout.Text text) {
                page = text(page, pages, text);
            } else {
                page = table(page, pages, (Layout.Table) block);
            }
        }
        pages.forEach(p -> p.getGraphics().dispose());
        return pages;
    }

    /** A page being printed: its picture and where the next line goes. */
    private final class Page {
        final BufferedImage image = new BufferedImage(px(A4_WIDTH_PT), px(A4_HEIGHT_PT), BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();
        double y = MARGIN_PT;

        Page() {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setFont(font);
        }

        boolean fits(double height) {
            return y + height <= A4_HEIGHT_PT - MARGIN_PT;
        }
    }

    private int px(double pt) {
        return (int) Math.round(pt * scale);
    }

    private double lineHeight(Font f) {
        return f.getSize2D() / scale * 1.6;
    }

    private Page next(Page page, List<BufferedImage> pages) {
        if (page.fits(lineHeight(font) * 2)) {
            return page;
        }
        var fresh = new Page();
        pages.add(fresh.image);
        return fresh;
    }

    private Page text(Page page, List<BufferedImage> pages, Layout.Text text) {
        var f = switch (text.kind()) {
            case TITLE -> font.deriveFont(Font.BOLD, font.getSize2D() * 1.6f);
            case HEADING -> font.deriveFont(Font.BOLD, font.getSize2D() * 1.15f);
            default -> font;
        };
        double width = A4_WIDTH_PT - 2 * MARGIN_PT;
        for (var line : wrap(text.text(), page.g.getFontMetrics(f), px(width))) {
            page = next(page, pages);
            page.g.setFont(f);
            var metrics = page.g.getFontMetrics();
            double x = switch (text.kind()) {
                case TITLE -> MARGIN_PT + (width - metrics.stringWidth(line) / scale) / 2;
                case SIGNATURE -> A4_WIDTH_PT - MARGIN_PT - metrics.stringWidth(line) / scale;
                default -> MARGIN_PT;
            };
            page.y += lineHeight(f);
            page.g.drawString(line, px(x), px(page.y - lineHeight(f) * 0.3));
        }
        page.g.setFont(font);
        return page;
    }

    /** Lines of text no wider than {@code width} pixels, cut between characters. */
    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        var out = new ArrayList<String>();
        var line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (metrics.stringWidth(line.toString()) > width && line.length() > 1) {
                line.setLength(line.length() - 1);
                out.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /**
     * A table: its grid worked out from the spans (figure columns narrow, label columns sharing the
     * rest), each row as tall as its tallest wrapped cell, rules around every cell.
     */
    private Page table(Page page, List<BufferedImage> pages, Layout.Table table) {
        int columns = 0;
        for (var cell : table.rows().get(0).cells()) {
            columns += cell.colspan();
        }
        // The grid: which cell covers each position, from the spans.
        var rows = table.rows();
        var at = new Layout.Cell[rows.size()][columns];
        var origin = new int[rows.size()][columns];
        boolean[] figureColumn = new boolean[columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (var cell : rows.get(r).cells()) {
                while (c < columns && at[r][c] != null) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowspan() && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < cell.colspan() && c + dc < columns; dc++) {
                        at[r + dr][c + dc] = cell;
                        origin[r + dr][c + dc] = (dr == 0 && dc == 0) ? 1 : 0;
                    }
                }
                if (cell.figure() && cell.colspan() == 1) {
                    figureColumn[Math.min(c, columns - 1)] = true;
                }
                c += cell.colspan();
            }
        }
        int labels = 0;
        for (boolean f : figureColumn) {
            labels += f ? 0 : 1;
        }
        double width = A4_WIDTH_PT - 2 * MARGIN_PT;
        double labelWidth = (width - FIGURE_COLUMN_PT * (columns - labels)) / Math.max(1, labels);
        double[] xs = new double[columns + 1];
        xs[0] = MARGIN_PT;
        for (int c = 0; c < columns; c++) {
            xs[c + 1] = xs[c] + (figureColumn[c] ? FIGURE_COLUMN_PT : labelWidth);
        }
        var metrics = page.g.getFontMetrics(font);
        double line = lineHeight(font);
        page.g.setStroke(new BasicStroke((float) (0.75 * scale)));
        // Where each merged cell's part on the current page begins, and whether its text is printed yet:
        // a cell taller than the page's rest goes on overleaf, as Word breaks a merged cell.
        var partTop = new java.util.IdentityHashMap<Layout.Cell, Double>();
        var printedText = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Layout.Cell, Boolean>());
        for (int r = 0; r < rows.size(); r++) {
            double height = line + 2 * PAD_PT;
            for (int c = 0; c < columns; c++) {
                var cell = at[r][c];
                if (cell != null && origin[r][c] == 1 && cell.rowspan() == 1) {
                    double w = xs[Math.min(columns, c + cell.colspan())] - xs[c] - 2 * PAD_PT;
                    height = Math.max(height, wrap(cell.text(), metrics, px(w)).size() * line + 2 * PAD_PT);
                }
            }
            if (!page.fits(height)) {
                for (var open : partTop.entrySet()) {
                    close(page, open.getKey(), open.getValue(), page.y, xs, at, r - 1, columns, printedText, metrics);
                }
                page = new Page();
                pages.add(page.image);
                page.g.setStroke(new BasicStroke((float) (0.75 * scale)));
                for (var open : partTop.keySet()) {
                    partTop.put(open, page.y);
                }
            }
            for (int c = 0; c < columns; c++) {
                if (at[r][c] != null && origin[r][c] == 1) {
                    partTop.put(at[r][c], page.y);
                }
            }
            page.y += height;
            // Cells whose last row this is are printed now.
            for (var it = partTop.entrySet().iterator(); it.hasNext(); ) {
                var open = it.next();
                if (r == rows.size() - 1 || !covers(at, r + 1, open.getKey(), columns)) {
                    close(page, open.getKey(), open.getValue(), page.y, xs, at, r, columns, printedText, metrics);
                    it.remove();
                }
            }
        }
        page.y += line;
        return page;
    }

    private static boolean covers(Layout.Cell[][] at, int row, Layout.Cell cell, int columns) {
        for (int c = 0; c < columns; c++) {
            if (at[row][c] == cell) {
                return true;
            }
        }
        return false;
    }

    /** Draws a cell's part from {@code y0} to {@code y1} on a page, and its text in its first part. */
    private void close(Page page, Layout.Cell cell, double y0, double y1, double[] xs, Layout.Cell[][] at, int row,
            int columns, java.util.Set<Layout.Cell> printedText, FontMetrics metrics) {
        int c = 0;
        while (at[row][c] != cell) {
            c++;
        }
        double x0 = xs[c];
        double x1 = xs[Math.min(columns, c + cell.colspan())];
        page.g.drawRect(px(x0), px(y0), px(x1) - px(x0), px(y1) - px(y0));
        if (!printedText.add(cell)) {
            return;
        }
        double line = lineHeight(font);
        var lines = wrap(cell.text(), metrics, px(x1 - x0 - 2 * PAD_PT));
        double textTop = Math.max(y0 + PAD_PT, (y0 + y1) / 2 - lines.size() * line / 2);
        for (int l = 0; l < lines.size(); l++) {
            double tw = metrics.stringWidth(lines.get(l)) / scale;
            double tx = cell.figure() ? (x0 + x1) / 2 - tw / 2 : x0 + PAD_PT;
            page.g.drawString(lines.get(l), px(tx), px(textTop + (l + 0.75) * line));
        }
    }
}
