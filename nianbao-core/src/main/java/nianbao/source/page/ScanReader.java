package nianbao.source.page;

import java.awt.image.BufferedImage;
import nianbao.source.UnreadableDocumentException;

/**
 * Reads a page that is a picture (a scan, a photo, an image on a web page) into positioned text: OCR.
 * Readers of PDFs and images hand it the pages that have no text of their own.
 */
public interface ScanReader {

    /**
     * @param image          the page as pixels
     * @param number         its number in the document (1-based)
     * @param pointsPerPixel its scale: 72 over its resolution in dots per inch
     * @throws UnreadableDocumentException when pictures cannot be read here, with the reason
     */
    Page read(BufferedImage image, int number, double pointsPerPixel) throws UnreadableDocumentException;

    /** A reader of none: OCR is off, or not available here, for the reason given. */
    static ScanReader refusing(String reason) {
        return (image, number, pointsPerPixel) -> {
            throw new UnreadableDocumentException(reason);
        };
    }
}
