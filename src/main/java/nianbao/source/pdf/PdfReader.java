package nianbao.source.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.source.UnreadableDocumentException;
import nianbao.source.page.Page;
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

    private final int maxPages;

    /** @param maxPages pages beyond this many are not read (a report has fewer than twenty) */
    public PdfReader(int maxPages) {
        this.maxPages = maxPages;
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
                pages.add(new PageEngine(page).read(number++));
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
                    ? "no text layer: the PDF's " + pages.size() + " page(s) are images (a scan); OCR is not supported"
                    : "no text layer: the PDF prints no text");
        }
        return pages;
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
