package nianbao.source.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.source.UnreadableDocumentException;
import java.awt.image.BufferedImage;
import nianbao.source.page.Page;
import nianbao.source.page.ScanReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with PDFBox into pages of glyphs and ruling lines. No PDFBox type leaves this package.
 * A PDF encrypted with an owner password only is read as any other; one that needs a user password,
 * or that is corrupt, is unreadable with the reason said.
 */
public final class PdfReader {

    /** How near the end %%EOF must be; some servers append a little after it. */
    private static final int TAIL = 4096;

    /** A page whose largest picture covers this share of it, under a few words of text, is a scan. */
    private static final double SCAN_SHARE = 0.8;
    /**
     * At most this many characters of text over a scan are a watermark or a site's stamp (门户网站 plus a
     * date), not the page's text: a page of a report prints hundreds.
     */
    private static final int WATERMARK_CHARACTERS = 40;
    /** A scan is rendered at its picture's own resolution, within these bounds (dots per inch). */
    private static final double MIN_DPI = 150;
    private static final double MAX_DPI = 300;
    /** Pages of pictures that are not one scan (several images, drawings) are rendered at this resolution. */
    private static final double DEFAULT_DPI = 200;

    private final int maxPages;
    private final ScanReader scans;

    /** A reader that leaves scanned pages without text (their text is not read). */
    public PdfReader(int maxPages) {
        this(maxPages, null);
    }

    /**
     * @param maxPages pages beyond this many are not read (a report has fewer than twenty)
     * @param scans    reads the pages that are pictures (OCR), or null to leave them without text
     */
    public PdfReader(int maxPages, ScanReader scans) {
        this.maxPages = maxPages;
        this.scans = scans;
    }

    /**
     * A PDF's pages as positioned text.
     *
     * @throws UnreadableDocumentException when it cannot be opened
     */
    public List<Page> read(byte[] bytes) throws UnreadableDocumentException {
        if (!endsWithEof(bytes)) {
            throw new UnreadableDocumentException("incomplete or damaged PDF: the file (" + bytes.length
                    + " bytes) does not end with the %%EOF marker of a complete PDF (cut short in download?)");
        }
        try (var document = Loader.loadPDF(bytes)) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new UnreadableDocumentException("PDF without pages");
            }
            if (count > maxPages) {
                throw new UnreadableDocumentException("PDF of " + count + " pages, more than the limit of "
                        + maxPages + " (not an annual report?)");
            }
            var pages = new ArrayList<Page>(count);
            int number = 1;
            // The page tree's count may lie (a /Count of 1 over thousands of pages): the pages are
            // counted as they are walked, and the limit holds for what the tree holds.
            for (var page : document.getPages()) {
                if (number > maxPages) {
                    throw new UnreadableDocumentException("PDF of more than " + maxPages + " pages (its page tree "
                            + "claims " + count + "), more than the limit (not an annual report?)");
                }
                var engine = new PageEngine(page);
                var read = engine.read(number);
                if (scans != null && isScan(read, engine)) {
                    double dpi = engine.pictureShare() >= SCAN_SHARE
                            ? Math.max(MIN_DPI, Math.min(MAX_DPI, engine.pictureDpi())) : DEFAULT_DPI;
                    read = scans.read(new PictureRenderer(document).render(number - 1, (float) dpi), number, 72.0 / dpi);
                }
                pages.add(read);
                number++;
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF encrypted with a user password: it cannot be opened without it");
        } catch (IOException e) {
            throw UnreadableDocumentException.of("not a readable PDF", e);
        }
    }

    /**
     * The pages, when some print text.
     *
     * @throws UnreadableDocumentException when none does: a scan, or a PDF of drawings only
     */
    public static List<Page> requireText(List<Page> pages) throws UnreadableDocumentException {
        if (pages.stream().noneMatch(Page::hasText)) {
            int images = pages.stream().mapToInt(Page::images).sum();
            throw new UnreadableDocumentException(images > 0
                    ? "no text: the PDF's " + pages.size() + " page(s) are pictures (a scan) and no text was read on them"
                    : "no text layer: the PDF prints no text");
        }
        return pages;
    }

    /**
     * Whether a page is a picture of text: no text but pictures, or one picture covering the page
     * under a watermark's few words.
     */
    private static boolean isScan(Page page, PageEngine engine) {
        if (page.images() == 0) {
            return false;
        }
        long characters = page.glyphs().stream().filter(g -> !g.isSpace()).count();
        return characters == 0 || engine.pictureShare() >= SCAN_SHARE && characters <= WATERMARK_CHARACTERS;
    }

    /** Renders a page's pictures and drawings, not its text: a watermark over a scan is not read as its text. */
    private static final class PictureRenderer extends PDFRenderer {

        PictureRenderer(PDDocument document) {
            super(document);
        }

        BufferedImage render(int index, float dpi) throws IOException {
            return renderImageWithDPI(index, dpi, ImageType.RGB);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
                    // Text is left out.
                }
            };
        }
    }

    /** Whether %%EOF is near the end: a download cut short lacks it (PDFBox would half-read the rest). */
    private static boolean endsWithEof(byte[] bytes) {
        byte[] eof = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (int i = bytes.length - eof.length; i >= Math.max(0, bytes.length - TAIL); i--) {
            if (Arrays.equals(bytes, i, i + eof.length, eof, 0, eof.length)) {
                return true;
            }
        }
        return false;
    }
}
