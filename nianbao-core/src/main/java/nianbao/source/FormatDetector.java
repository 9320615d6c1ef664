package nianbao.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tells a document's format from its bytes (magic numbers and text heuristics, with Tika), never
 * from its name: a PDF saved as {@code .html} is a PDF. The leading bytes decide the plain cases
 * (a PDF's or a picture's signature, a page that opens as HTML) without Tika, whose detector was a
 * quarter of a text document's time (issue 15's profile); Tika decides the rest (Office's
 * containers, text, anything unclear). {@code FormatDetectorTest} checks that both agree on the corpus.
 */
public final class FormatDetector {

    /** A detected type, and the format nianbao reads it as (null when unsupported). */
    public record Detected(MediaType type, Format format) {
    }

    /**
     * Tika's detector, made when first needed: loading Tika's configuration (every parser it knows)
     * is a noticeable part of a short run's start, and the leading bytes decide most documents.
     */
    private static final class Tika {
        static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    }

    public Detected detect(byte[] bytes) {
        var known = byLeadingBytes(bytes);
        if (known != null) {
            return new Detected(known, formatOf(known));
        }
        return byTika(bytes);
    }

    /** Tika's detection alone. */
    Detected byTika(byte[] bytes) {
        MediaType type;
        try (var in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            type = Tika.DETECTOR.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Detected(type, formatOf(type));
    }

    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType HTML = MediaType.text("html");

    /**
     * The type the first bytes make certain, or null: {@code %PDF-} at the start; PNG, JPEG, GIF and
     * TIFF signatures (BMP's {@code BM} also begins text); a document opening (after a byte-order mark and white space) with
     * {@code <!DOCTYPE html} or {@code <html}; Chinese text in UTF-8.
     */
    static MediaType byLeadingBytes(byte[] b) {
        if (startsWith(b, 0, "%PDF-")) {
            return PDF;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && startsWith(b, 1, "PNG\r\n")) {
            return MediaType.image("png");
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return MediaType.image("jpeg");
        }
        if (startsWith(b, 0, "GIF87a") || startsWith(b, 0, "GIF89a")) {
            return MediaType.image("gif");
        }
        if (startsWith(b, 0, "II*\0") || startsWith(b, 0, "MM\0*")) {
            return MediaType.image("tiff");
        }
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        if (startsWithIgnoringCase(b, i, "<!doctype html") || startsWithIgnoringCase(b, i, "<html")) {
            return HTML;
        }
        return isChineseText(b, i) ? MediaType.TEXT_PLAIN : null;
    }

    /** Bytes of text looked at to call a document Chinese text. */
    private static final int TEXT_SAMPLE = 8192;

    /**
     * Whether the bytes are plainly Chinese text in UTF-8: the first {@value #TEXT_SAMPLE} bytes decode,
     * hold no control character but tab, line breaks and form feed, no {@code <} (markup is Tika's
     * to judge), and a Chinese character within the first line; and the text starts with no sign of
     * another format ({@code {\rtf}, {@code %!}, {@code @}, {@code From:} are ASCII, not Chinese).
     */
    private static boolean isChineseText(byte[] b, int start) {
        int end = Math.min(b.length, start + TEXT_SAMPLE);
        if (end - start < 3 || b[start] == '{' || b[start] == '%' || b[start] == '@') {
            return false;
        }
        boolean chinese = false;
        boolean firstLine = true;
        int i = start;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c == '<' || c == 0x7F || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return false;
                }
                if (c == '\n') {
                    if (!chinese) {
                        return false;
                    }
                    firstLine = false;
                }
                i++;
                continue;
            }
            int n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
            if (n == 0) {
                return false;
            }
            if (i + n > end) {
                // A character cut by the sample's end: the text so far decides.
                break;
            }
            int code = c & (0xFF >> (n + 1));
            for (int k = 1; k < n; k++) {
                int next = b[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return false;
                }
                code = code << 6 | next & 0x3F;
            }
            if (firstLine && code >= 0x4E00 && code <= 0x9FFF) {
                chinese = true;
            }
            i += n;
        }
        return chinese;
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (b.length < at + ascii.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoringCase(byte[] b, int at, String lowerAscii) {
        if (b.length < at + lowerAscii.length()) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length(); k++) {
            if (Character.toLowerCase((char) b[at + k]) != lowerAscii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static Format formatOf(MediaType type) {
        String t = type.getBaseType().toString();
        return switch (t) {
            case "application/pdf" -> Format.PDF;
            case "text/html", "application/xhtml+xml" -> Format.HTML;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> Format.DOCX;
            case "application/msword" -> Format.DOC;
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> Format.XLSX;
            case "application/vnd.ms-excel" -> Format.XLS;
            case "image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif" -> Format.IMAGE;
            default -> t.startsWith("text/") ? Format.TEXT : null;
        };
    }
}
