package nianbao.ocr;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page image as 8-bit grey levels (0 black, 255 white), row-major. Resizing and rotating go
 * through Java 2D; the pixel loops here are the ones no library offers.
 */
record GrayImage(int width, int height, byte[] pixels) {

    /**
     * A red pixel (seal ink) is one whose red channel exceeds the others by this many levels; black
     * blurred into a seal's red (60, 10, 15) is one too (hongze-district-2023.200dpi-blur-seal.pdf).
     */
    private static final int RED_MARGIN = 40;
    /** Redness beyond this (levels) is a seal's ink alone, with no black under it. */
    private static final int PURE_RED = 100;

    int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /**
     * The image in grey levels, red ink seen through a red filter: a township's red seal stamped over
     * its figures or signature vanishes, and the black strokes under it stay dark.
     */
    static GrayImage withoutRed(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        var out = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                // Seen through a red filter, red ink is as light as paper and black ink under it still
                // black. A seal's pure red (220, 30, 40) is lightened to white; black blurred into it
                // (110, 15, 20: hongze-district-2023.200dpi-blur-seal.pdf, a table rule) stays dark.
                int redness = r - Math.max(g, b);
                int grey = redness > RED_MARGIN ? Math.min(255, r + Math.max(0, redness - PURE_RED))
                        : (r * 299 + g * 587 + b * 114) / 1000;
                out[y * w + x] = (byte) grey;
            }
        }
        return new GrayImage(w, h, out);
    }

    /**
     * This image with its lighting evened out: each pixel divided by the paper's grey around it (the
     * {@value #PAPER_PERCENTILE}th percentile of its block of the page, blocks about
     * {@value #BLOCKS_ACROSS} to a page's width, interpolated between blocks). A photo taken under a
     * lamp is lighter on one side (hongze-district-2024.photo-of-table-3.jpg); a grey fill behind a
     * table's heading becomes paper. A scan's even paper is left as it was.
     */
    GrayImage evened() {
        int block = Math.max(MIN_BLOCK, width / BLOCKS_ACROSS);
        int bw = (width + block - 1) / block;
        int bh = (height + block - 1) / block;
        var paper = new float[bh][bw];
        var histogram = new int[256];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                java.util.Arrays.fill(histogram, 0);
                int count = 0;
                for (int y = by * block; y < Math.min(height, (by + 1) * block); y++) {
                    for (int x = bx * block; x < Math.min(width, (bx + 1) * block); x++) {
                        histogram[pixels[y * width + x] & 0xFF]++;
                        count++;
                    }
                }
                int seen = 0;
                int level = 255;
                for (int v = 0; v < 256; v++) {
                    seen += histogram[v];
                    if (seen >= count * PAPER_PERCENTILE / 100) {
                        level = v;
                        break;
                    }
                }
                paper[by][bx] = Math.max(level, MIN_PAPER);
            }
        }
        var out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            double fy = Math.max(0, Math.min(bh - 1, (y + 0.5) / block - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(bh - 1, y0 + 1);
            double ty = fy - y0;
            for (int x = 0; x < width; x++) {
                double fx = Math.max(0, Math.min(bw - 1, (x + 0.5) / block - 0.5));
                int x0 = (int) fx;
                int x1 = Math.min(bw - 1, x0 + 1);
                double tx = fx - x0;
                double background = (paper[y0][x0] * (1 - tx) + paper[y0][x1] * tx) * (1 - ty)
                        + (paper[y1][x0] * (1 - tx) + paper[y1][x1] * tx) * ty;
                int v = (int) Math.round((pixels[y * width + x] & 0xFF) * 255.0 / background);
                out[y * width + x] = (byte) Math.min(255, v);
            }
        }
        return new GrayImage(width, height, out);
    }

    /**
     * Blocks across a page's width for the paper's grey; at least this many pixels each. Large: light
     * changes slowly across a photo, and a block smaller than a table's grey-filled heading row
     * (huaian-city-2024.pdf, scanned) would take the fill for paper and halo its rules away.
     */
    private static final int BLOCKS_ACROSS = 8;
    private static final int MIN_BLOCK = 16;
    /** The percentile of a block's greys taken as its paper: a block is mostly paper, even in a table. */
    private static final int PAPER_PERCENTILE = 90;
    /** No paper is darker than this: a block of solid ink is not paper to be made white. */
    private static final int MIN_PAPER = 96;

    BufferedImage toBuffered() {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, data, 0, pixels.length);
        return image;
    }

    static GrayImage of(BufferedImage grey) {
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        return new GrayImage(grey.getWidth(), grey.getHeight(), data.clone());
    }

    /** This image turned by {@code degrees} (clockwise positive) about its centre, white where it uncovers. */
    GrayImage rotated(double degrees) {
        var out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var g = whiteCanvas(out);
        try {
            g.drawImage(toBuffered(), AffineTransform.getRotateInstance(Math.toRadians(degrees), width / 2.0,
                    height / 2.0), null);
        } finally {
            g.dispose();
        }
        return of(out);
    }

    /** Graphics drawing on a picture made white, with bilinear interpolation. */
    private static java.awt.Graphics2D whiteCanvas(BufferedImage out) {
        var g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return g;
    }

    /** A part of this image scaled to {@code w} × {@code h}, bilinear; white beyond the image's edges. */
    GrayImage region(int x0, int y0, int x1, int y1, int w, int h) {
        var out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        var g = whiteCanvas(out);
        try {
            // Only the part within the image is copied (a page is megabytes, a line of text kilobytes,
            // and a page has hundreds of lines); drawn where the whole image would have put it.
            int cx0 = Math.max(0, x0);
            int cy0 = Math.max(0, y0);
            int cx1 = Math.min(width, x1);
            int cy1 = Math.min(height, y1);
            if (cx1 > cx0 && cy1 > cy0) {
                var part = new BufferedImage(cx1 - cx0, cy1 - cy0, BufferedImage.TYPE_BYTE_GRAY);
                byte[] data = ((DataBufferByte) part.getRaster().getDataBuffer()).getData();
                for (int y = cy0; y < cy1; y++) {
                    System.arraycopy(pixels, y * width + cx0, data, (y - cy0) * (cx1 - cx0), cx1 - cx0);
                }
                double sx = (double) w / (x1 - x0);
                double sy = (double) h / (y1 - y0);
                g.drawImage(part, (int) Math.round((cx0 - x0) * sx), (int) Math.round((cy0 - y0) * sy),
                        (int) Math.round((cx1 - x0) * sx), (int) Math.round((cy1 - y0) * sy), 0, 0, cx1 - cx0,
                        cy1 - cy0, null);
            }
        } finally {
            g.dispose();
        }
        return of(out);
    }

    /** The whole image scaled to {@code w} × {@code h}. */
    GrayImage scaled(int w, int h) {
        return region(0, 0, width, height, w, h);
    }

    /** A copy with the given boxes' pixels (x0 y0 x1 y1, end exclusive) made white. */
    GrayImage whitened(Iterable<int[]> boxes) {
        var out = pixels.clone();
        for (int[] b : boxes) {
            for (int y = Math.max(0, b[1]); y < Math.min(height, b[3]); y++) {
                java.util.Arrays.fill(out, y * width + Math.max(0, b[0]), y * width + Math.min(width, b[2]), (byte) 255);
            }
        }
        return new GrayImage(width, height, out);
    }

    /** The grey of the page's paper: the level {@value #PAPER_SHARE} of its pixels are at most as light as. */
    int paper() {
        long[] histogram = new long[256];
        for (byte p : pixels) {
            histogram[p & 0xFF]++;
        }
        long darker = 0;
        for (int v = 0; v < 256; v++) {
            darker += histogram[v];
            if (darker >= PAPER_SHARE * pixels.length) {
                return v;
            }
        }
        return 255;
    }

    /** The share of a page's pixels at most as light as its paper: a page is mostly paper. */
    private static final double PAPER_SHARE = 0.5;

    /**
     * The grey level that best separates ink from paper (Otsu's method over the histogram): pixels
     * darker than it are ink.
     */
    int inkThreshold() {
        long[] histogram = new long[256];
        for (byte p : pixels) {
            histogram[p & 0xFF]++;
        }
        long total = pixels.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * histogram[i];
        }
        double sumBackground = 0;
        long weightBackground = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            weightBackground += histogram[t];
            if (weightBackground == 0) {
                continue;
            }
            long weightForeground = total - weightBackground;
            if (weightForeground == 0) {
                break;
            }
            sumBackground += (double) t * histogram[t];
            double meanBackground = sumBackground / weightBackground;
            double meanForeground = (sum - sumBackground) / weightForeground;
            double between = (double) weightBackground * weightForeground * (meanBackground - meanForeground)
                    * (meanBackground - meanForeground);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }
}
