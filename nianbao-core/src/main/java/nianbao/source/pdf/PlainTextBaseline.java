package nianbao.source.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's plain text extraction, {@link PDFTextStripper} with its defaults: the yardstick the
 * benchmark measures nianbao's PDF reading against, on the same files in the same run.
 */
public final class PlainTextBaseline {

    private PlainTextBaseline() {
    }

    /** Extracts a PDF's text; returns its page count. */
    public static int extract(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            if (text == null) {
                throw new IOException("no text");
            }
            return document.getNumberOfPages();
        }
    }
}
