package nianbao.scan;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A scanner, in software: prints a born-digital PDF's pages as pictures with what real scanning does
 * to them — its resolution, a page fed askew, sensor noise, a soft focus, JPEG's blocks, a township's
 * red seal stamped over figures and signature, and for a phone's photo uneven light — and binds them
 * into a PDF of pictures only, or a picture file. Deterministic: the same settings and seed give the
 * same bytes.
 *
 * @param dpi      resolution of the scan
 * @param skew     degrees the page is turned (clockwise positive)
 * @param noise    standard deviation of the grey noise added, in levels (0 to 255)
 * @param blur     radius of the box blur, in pixels (0 for none)
 * @param jpeg     JPEG quality 0 to 1, or 0 for lossless pictures
 * @param seal     whether a red seal is stamped over the first table's figures and over the last page's end
 * @param photo    whether the light falls unevenly across the page, as on a phone's photo
 */
public record Scanner(int dpi, double skew, double noise, int blur, float jpeg, boolean seal, boolean photo) {

    /** Scans each page of a PDF. */
    public List<BufferedImage> scan(byte[] pdf, long seed) throws IOException {
        var pages = new ArrayList<BufferedImage>();
        try (var document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
        }
        return damage(pages, seed);
    }

    /** Scans printed pages (pictures at this scanner's resolution): stamps, light, skew, blur and noise. */
    public List<BufferedImage> damage(List<BufferedImage> printed, long seed) {
        var pages = new ArrayList<BufferedImage>();
        int count = printed.size();
        for (int i = 0; i < count; i++) {
            var random = new Random(seed * 1000 + i);
            var image = printed.get(i);
            if (seal) {
                // A seal over figures on the page with the most ruling (the tables) and over the signature.
                stamp(image, random, i == count - 1 ? 0.70 : 0.45, i == count - 1 ? 0.80 : 0.5);
            }
            if (photo) {
                light(image, random);
            }
            if (skew != 0) {
                image = turn(image, skew + (random.nextDouble() - 0.5) * 0.2);
            }
            if (blur > 0) {
                image = blur(image, blur);
            }
            if (noise > 0) {
                noise(image, random, noise);
            }
            pages.add(image);
        }
        return pages;
    }

    /** A PDF of the pictures only, each page the size of its source page. */
    public byte[] toPdf(List<BufferedImage> pages) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (var image : pages) {
                float width = image.getWidth() * 72f / dpi;
                float height = image.getHeight() * 72f / dpi;
                var page = new PDPage(new PDRectangle(width, height));
                document.addPage(page);
                var picture = jpeg > 0 ? JPEGFactory.createFromImage(document, image, jpeg, dpi)
                        : LosslessFactory.createFromImage(document, image);
                try (var content = new PDPageContentStream(document, page)) {
                    content.drawImage(picture, 0, 0, width, height);
                }
            }
            // The file's /ID from its pictures, not from the clock (as PDFBox would), so that the bytes repeat.
            var digest = java.security.MessageDigest.getInstance("MD5");
            for (var image : pages) {
                for (int y = 0; y < image.getHeight(); y += 7) {
                    digest.update(java.nio.ByteBuffer.allocate(4).putInt(image.getRGB(y % image.getWidth(), y)).array());
                }
            }
            var id = new org.apache.pdfbox.cos.COSString(digest.digest());
            var ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            document.save(out);
            return out.toByteArray();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pictures as one file: a multi-page TIFF, or one page as PNG or JPEG ({@code format}). */
    public byte[] toImageFile(List<BufferedImage> pages, String format) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName(format).next();
        try (var bytes = new ByteArrayOutputStream(); var out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            var param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(jpeg > 0 ? jpeg : 0.9f);
            }
            if (format.equals("tiff")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Deflate");
                writer.prepareWriteSequence(null);
                for (var page : pages) {
                    writer.writeToSequence(new IIOImage(page, null, null), param);
                }
                writer.endWriteSequence();
            } else {
                writer.write(null, new IIOImage(pages.get(0), null, null), param);
            }
            out.flush();
            writer.dispose();
            return bytes.toByteArray();
        }
    }

    /** A round red seal of a government office, its ink over what lies beneath (multiplied). */
    private static void stamp(BufferedImage image, Random random, double atX, double atY) {
        int diameter = (int) (image.getWidth() * 0.25);
        int cx = (int) (image.getWidth() * atX + (random.nextDouble() - 0.5) * diameter * 0.3);
        int cy = (int) (image.getHeight() * atY + (random.nextDouble() - 0.5) * diameter * 0.3);
        var seal = new BufferedImage(diameter, diameter, BufferedImage.TYPE_INT_ARGB);
        var g = seal.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        var red = new Color(220, 30, 40);
        g.setColor(red);
        g.setStroke(new BasicStroke(diameter * 0.035f));
        g.drawOval((int) (diameter * 0.03), (int) (diameter * 0.03), (int) (diameter * 0.94), (int) (diameter * 0.94));
        // A five-pointed star in the middle.
        var star = new Path2D.Double();
        double r = diameter * 0.14;
        for (int k = 0; k < 10; k++) {
            double angle = Math.PI / 2 + k * Math.PI / 5;
            double radius = k % 2 == 0 ? r : r * 0.4;
            double x = diameter / 2.0 + radius * Math.cos(angle);
            double y = diameter / 2.0 - radius * Math.sin(angle);
            if (k == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
        // The office's name around the top, as seals print it.
        String name = "示例县人民政府办公室";
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (diameter * 0.1)));
        for (int k = 0; k < name.length(); k++) {
            // From the left of the top round to its right, each character upright to the rim.
            double angle = Math.toRadians(-120 + k * 240.0 / (name.length() - 1));
            var t = new AffineTransform();
            t.translate(diameter / 2.0 + diameter * 0.36 * Math.sin(angle), diameter / 2.0 - diameter * 0.36 * Math.cos(angle));
            t.rotate(angle);
            g.setTransform(t);
            g.drawString(name.substring(k, k + 1), -diameter * 0.05f, diameter * 0.05f);
        }
        g.dispose();
        // Multiply: red ink darkens what it covers, black stays black.
        for (int y = 0; y < diameter; y++) {
            for (int x = 0; x < diameter; x++) {
                int px = cx - diameter / 2 + x;
                int py = cy - diameter / 2 + y;
                int s = seal.getRGB(x, y);
                int alpha = (s >>> 24) & 0xFF;
                if (alpha == 0 || px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) {
                    continue;
                }
                double a = alpha / 255.0 * 0.85;
                int base = image.getRGB(px, py);
                int[] under = {(base >> 16) & 0xFF, (base >> 8) & 0xFF, base & 0xFF};
                int[] ink = {(s >> 16) & 0xFF, (s >> 8) & 0xFF, s & 0xFF};
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    int v = (int) Math.round(under[c] * (1 - a + a * ink[c] / 255.0));
                    rgb = (rgb << 8) | v;
                }
                image.setRGB(px, py, rgb);
            }
        }
    }

    /** Light falling from one side, darker towards the other: a photo taken under a desk lamp. */
    private static void light(BufferedImage image, Random random) {
        var g = image.createGraphics();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
        boolean fromLeft = random.nextBoolean();
        g.setPaint(new GradientPaint(fromLeft ? 0 : image.getWidth(), 0, new Color(255, 255, 255, 0),
                fromLeft ? image.getWidth() : 0, image.getHeight(), new Color(90, 80, 60)));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
    }

    private static BufferedImage turn(BufferedImage image, double degrees) {
        var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
                image.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    private static BufferedImage blur(BufferedImage image, int radius) {
        int size = 2 * radius + 1;
        float[] kernel = new float[size * size];
        java.util.Arrays.fill(kernel, 1f / kernel.length);
        var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        return new ConvolveOp(new Kernel(size, size, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, out);
    }

    private static void noise(BufferedImage image, Random random, double sigma) {
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int n = (int) Math.round(random.nextGaussian() * sigma);
                int p = row[x];
                int r = clamp(((p >> 16) & 0xFF) + n);
                int g = clamp(((p >> 8) & 0xFF) + n);
                int b = clamp((p & 0xFF) + n);
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
