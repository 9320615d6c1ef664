package nianbao;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.Loader;

/** PDFs made for tests with PDFBox: drawn lines and Latin text at known places, in PDF points. */
public final class PdfFixtures {

    public static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** Draws on one page. */
    public interface Drawing {
        void draw(PDPageContentStream page) throws IOException;
    }

    private PdfFixtures() {
    }

    /** A document with one A4 page per drawing; rotation applies to every page. */
    public static byte[] pdf(int rotation, Drawing... pages) throws IOException {
        try (var doc = new PDDocument()) {
            for (var drawing : pages) {
                var page = new PDPage(PDRectangle.A4);
                page.setRotation(rotation);
                doc.addPage(page);
                try (var content = new PDPageContentStream(doc, page)) {
                    drawing.draw(content);
                }
            }
            return save(doc);
        }
    }

    public static void text(PDPageContentStream c, float x, float y, String text) throws IOException {
        c.beginText();
        c.setFont(HELVETICA, 10);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    public static void line(PDPageContentStream c, float x0, float y0, float x1, float y1) throws IOException {
        c.moveTo(x0, y0);
        c.lineTo(x1, y1);
        c.stroke();
    }

    /** A page that is one image, as a scanner makes it. */
    public static byte[] scanned() throws IOException {
        try (var doc = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var image = LosslessFactory.createFromImage(doc, new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB));
            try (var content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, 595, 842);
            }
            return save(doc);
        }
    }

    /** A scanned page under a site's stamp of a few words in a text layer: www.gov.cn 2024-01-06. */
    public static byte[] scannedUnderWatermark() throws IOException {
        try (var doc = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var image = LosslessFactory.createFromImage(doc, new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB));
            try (var content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, 595, 842);
                text(content, 100, 800, "www.gov.cn 2024-01-06");
            }
            return save(doc);
        }
    }

    /** A PDF encrypted with an owner password and, if not empty, a user password. */
    public static byte[] encrypted(byte[] pdf, String userPassword) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            var permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            var policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        var out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
