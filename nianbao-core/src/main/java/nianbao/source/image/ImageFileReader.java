package nianbao.source.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import nianbao.source.Deadline;
import nianbao.source.UnreadableDocumentException;
import nianbao.source.page.Page;
import nianbao.source.page.ScanReader;

/**
 * Reads a picture file (PNG, JPEG, TIFF with one page per image, BMP, GIF) with Java's ImageIO, each
 * image a page handed to OCR. A page's scale comes from the file's resolution when it records one;
 * otherwise the picture is taken to show an A4 page across its shorter side (a photo of a report).
 */
public final class ImageFileReader {

    /** A4's shorter side, in points. */
    private static final double A4_SHORT_SIDE = 595;
    /** Resolutions outside these bounds (dots per inch) are a file's placeholder, not its scan's. */
    private static final double MIN_DPI = 70;
    private static final double MAX_DPI = 1200;
    private static final double MM_PER_INCH = 25.4;

    private final int maxPages;
    private final ScanReader scans;

    public ImageFileReader(int maxPages, ScanReader scans) {
        this.maxPages = maxPages;
        this.scans = scans;
    }

    public List<Page> read(byte[] bytes) throws UnreadableDocumentException {
        return read(bytes, 1);
    }

    /** Reads a picture file whose first image is page {@code firstPage} of a document (a web page's pictures). */
    public List<Page> read(byte[] bytes, int firstPage) throws UnreadableDocumentException {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableDocumentException("a picture in a format Java cannot decode");
            }
            var reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int count = reader.getNumImages(true);
                if (count > maxPages) {
                    throw new UnreadableDocumentException("picture file of " + count + " pages, more than the limit of "
                            + maxPages + " (not an annual report?)");
                }
                var pages = new ArrayList<Page>(count);
                for (int i = 0; i < count; i++) {
                    Deadline.check();
                    BufferedImage image = reader.read(i);
                    double dpi = dpi(reader.getImageMetadata(i));
                    double pointsPerPixel = dpi > 0 ? 72 / dpi
                            : A4_SHORT_SIDE / Math.min(image.getWidth(), image.getHeight());
                    pages.add(scans.read(image, firstPage + i, pointsPerPixel));
                }
                return pages;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Deadline.Exceeded exceeded) {
                throw exceeded;
            }
            throw UnreadableDocumentException.of("not a readable picture", e);
        }
    }

    /** The resolution an image's metadata records (standard format: millimetres per pixel), or 0. */
    private static double dpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        var root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
        var sizes = root.getElementsByTagName("HorizontalPixelSize");
        if (sizes.getLength() == 0) {
            return 0;
        }
        try {
            double mm = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            double dpi = MM_PER_INCH / mm;
            return dpi >= MIN_DPI && dpi <= MAX_DPI ? dpi : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
