package nianbao.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nianbao.report.Finding;
import nianbao.report.Report;
import nianbao.source.Format;
import nianbao.source.Line;
import nianbao.source.SourceDocument;
import nianbao.source.UnreadableDocumentException;
import nianbao.source.image.ImageFileReader;
import nianbao.table.PageTables;

/**
 * A web page whose report is pictures of its pages (a township scans the signed report and puts the
 * scans on the page: {@code corpus/html/hand-made/report-only-as-page-images.html}): its pictures are
 * read by OCR, in the page's order, each a page, after the page's own lines (its title). The pictures
 * come from the crawl, which fetched them ({@link Pipeline.Hints#pictures()}), or for a page saved to
 * disk from beside it, by the relative path the page names them with ({@code 年报_files/1.jpg}).
 */
final class PagePictures {

    /** Pictures smaller than this on their shorter side (pixels) are icons, not pages. */
    private static final int MIN_PAGE_SIDE = 300;

    /** What the pictures gave: the page's lines followed by theirs (null when none was read), and findings. */
    record Read(SourceDocument document, List<Finding> findings) {
    }

    private final ImageFileReader reader;
    private final int maxPages;
    private final long maxBytes;

    PagePictures(ImageFileReader reader, int maxPages, long maxBytes) {
        this.reader = reader;
        this.maxPages = maxPages;
        this.maxBytes = maxBytes;
    }

    /** Whether a page read found no table but shows pictures, where its report would be. */
    static boolean showsReport(SourceDocument document, Report report) {
        return document.format() == Format.HTML && !document.images().isEmpty()
                && report.metadata().template() == null
                && report.findings().stream().anyMatch(f -> f.check().equals("tables_not_found"));
    }

    Read read(SourceDocument page, Pipeline.Hints hints) {
        var lines = new ArrayList<>(page.lines());
        int nextPage = 1;
        for (var line : lines) {
            nextPage = Math.max(nextPage, line.page() + 1);
        }
        int firstPage = nextPage;
        var unread = new ArrayList<String>();
        int read = 0;
        for (String src : page.images()) {
            if (nextPage - firstPage >= maxPages) {
                unread.add(src + " (more pictures than the page limit of " + maxPages + ")");
                break;
            }
            byte[] bytes = hints.pictures().get(src);
            String why = null;
            if (bytes == null) {
                var local = local(src, hints.folder());
                why = local.reason();
                bytes = local.bytes();
            }
            if (bytes == null) {
                if (why != null) {
                    unread.add(src + " (" + why + ")");
                }
                continue;
            }
            if (smallerSide(bytes) < MIN_PAGE_SIDE) {
                continue;
            }
            try {
                var pages = reader.read(bytes, nextPage);
                var document = PageTables.read(Format.IMAGE, pages);
                lines.addAll(document.lines());
                nextPage += pages.size();
                read++;
            } catch (UnreadableDocumentException e) {
                unread.add(src + " (" + e.getMessage() + ")");
            }
        }
        var findings = new ArrayList<Finding>();
        if (!unread.isEmpty()) {
            findings.add(Finding.warning("pictures_not_read", List.of(), "pictures the page shows that were not read: "
                    + String.join("; ", unread)));
        }
        if (read == 0) {
            return new Read(null, findings);
        }
        findings.add(Finding.info("report_read_from_pictures", List.of(), "the report was read by OCR from the "
                + read + " picture(s) the page shows, pages " + firstPage + " to " + (nextPage - 1)));
        renumber(lines);
        return new Read(new SourceDocument(Format.HTML, lines, page.images(), page.attachments()), findings);
    }

    /** A picture's shorter side in pixels, from its header; unbounded when it cannot be decoded (said when it is read). */
    private static int smallerSide(byte[] bytes) {
        try (var in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Integer.MAX_VALUE;
            }
            var decoder = readers.next();
            try {
                decoder.setInput(in, true, true);
                return Math.min(decoder.getWidth(0), decoder.getHeight(0));
            } finally {
                decoder.dispose();
            }
        } catch (java.io.IOException | RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * The bytes of a picture a page on disk names by a relative path, or why there are none; neither
     * for a web address (a crawled page's picture the crawl did not fetch says why in its own finding,
     * and the {@code report_is_image} warning names them all).
     */
    private Pipeline.FileBytes local(String src, String folder) {
        if (folder.isEmpty() || src.isEmpty() || src.startsWith("/") || src.contains(":")) {
            return new Pipeline.FileBytes(null, null);
        }
        String path = java.net.URLDecoder.decode(src.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        int query = path.indexOf('?');
        return Pipeline.readFile(Path.of(folder).resolve(query < 0 ? path : path.substring(0, query)), maxBytes);
    }

    /** Line numbers in order again, after the pictures' lines were appended. */
    private static void renumber(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            var l = lines.get(i);
            lines.set(i, new Line(l.page(), i + 1, l.segments(), l.explicitCells(), l.positioned()));
        }
    }
}
