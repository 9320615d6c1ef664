package nianbao.audit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nianbao.crawl.ContentStore;
import nianbao.report.DocumentRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What a flagged figure rests on, shown beside the value read: for a PDF (or a scan of one) the
 * rendered page cut out around the cell's row, the cell outlined; for text and web pages the lines
 * of the source around the figure's line. The document's bytes come from its path (extract) or from
 * the crawl's {@code files/} (a URL).
 */
final class Evidence {

    /** Rendering resolution of the cut-outs, dots per inch: legible on a laptop, small in the page. */
    private static final float DPI = 110;
    /** Points shown above and below the cell's row. */
    private static final float CONTEXT_PT = 36;
    /** Source lines shown before and after the figure's. */
    private static final int CONTEXT_LINES = 2;
    /** Figures shown per finding, at most. */
    static final int MAX_FIGURES = 6;

    /**
     * One figure's evidence.
     *
     * @param image a PNG as base64, or empty
     * @param lines source lines (number and text), or empty
     */
    record Item(String field, String value, String raw, String where, String image, List<String> lines) {
    }

    private final List<Path> folders;
    private final Map<String, String> shaByDoc;
    private final Map<String, byte[]> bytes = new HashMap<>();

    Evidence(List<Path> folders, Map<String, String> shaByDoc) {
        this.folders = List.copyOf(folders);
        this.shaByDoc = Map.copyOf(shaByDoc);
    }

    /** The evidence of these fields of a document; a figure whose source cannot be had gets its location only. */
    List<Item> of(DocumentRecord document, List<String> fields) {
        var out = new ArrayList<Item>();
        for (var f : document.figures()) {
            if (!fields.contains(f.field()) || out.size() >= MAX_FIGURES) {
                continue;
            }
            String where = (f.page() > 0 ? "page " + f.page() + ", " : "") + "line " + f.line() + ", column " + f.column()
                    + (f.box().isEmpty() ? "" : ", box " + f.box());
            String image = "";
            List<String> lines = List.of();
            try {
                byte[] source = source(document);
                if (source != null && !f.box().isEmpty() && f.page() > 0 && document.format().equals("pdf")) {
                    image = cutOut(source, f.page(), f.box());
                } else if (source != null && (document.format().equals("text") || document.format().equals("html"))) {
                    lines = lines(source, f.line());
                }
            } catch (IOException | RuntimeException unreadable) {
                // The source changed or went since it was read: the location is all there is.
            }
            out.add(new Item(f.field(), f.formatted(), f.raw(), where, image, lines));
        }
        return out;
    }

    private byte[] source(DocumentRecord d) throws IOException {
        if (bytes.containsKey(d.docId())) {
            return bytes.get(d.docId());
        }
        byte[] read = null;
        for (var s : d.sources()) {
            if (!s.contains("://")) {
                var path = Path.of(s);
                if (Files.isRegularFile(path)) {
                    read = Files.readAllBytes(path);
                    break;
                }
            }
        }
        String sha = shaByDoc.get(d.docId());
        for (var folder : folders) {
            if (read == null && sha != null) {
                read = new ContentStore(folder.resolve("files")).get(sha);
            }
        }
        // Only the bytes that were read: a file changed since is no evidence of them.
        if (read != null && sha != null && !nianbao.pipeline.Pipeline.sha256(read).equals(sha)) {
            read = null;
        }
        bytes.clear();
        bytes.put(d.docId(), read);
        return read;
    }

    /** The cell's row on its page, rendered, the cell outlined in red. */
    static String cutOut(byte[] pdf, int page, String box) throws IOException {
        var b = box.trim().split("\\s+");
        float x0 = Float.parseFloat(b[0]);
        float y0 = Float.parseFloat(b[1]);
        float x1 = Float.parseFloat(b[2]);
        float y1 = Float.parseFloat(b[3]);
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
            float scale = DPI / 72f;
            int top = Math.max(0, (int) ((y0 - CONTEXT_PT) * scale));
            int bottom = Math.min(image.getHeight(), (int) ((y1 + CONTEXT_PT) * scale));
            var g = image.createGraphics();
            g.setColor(new Color(220, 30, 40));
            g.setStroke(new BasicStroke(2));
            g.drawRect((int) (x0 * scale) - 2, (int) (y0 * scale) - 2, (int) ((x1 - x0) * scale) + 4,
                    (int) ((y1 - y0) * scale) + 4);
            g.dispose();
            var cut = image.getSubimage(0, top, image.getWidth(), Math.max(1, bottom - top));
            var out = new ByteArrayOutputStream();
            ImageIO.write(cut, "png", out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        }
    }

    /** Lines {@code line} ± {@value #CONTEXT_LINES} of a text or web page, numbered. */
    static List<String> lines(byte[] source, int line) {
        var all = decode(source).split("\r?\n", -1);
        var out = new ArrayList<String>();
        for (int i = Math.max(1, line - CONTEXT_LINES); i <= Math.min(all.length, line + CONTEXT_LINES); i++) {
            out.add(i + ": " + all[i - 1]);
        }
        return out;
    }

    /** UTF-8 when the bytes are, else GB18030 (which reads GBK and GB2312): the encodings of the corpus. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
