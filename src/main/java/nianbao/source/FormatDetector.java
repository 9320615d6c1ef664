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
 * from its name: a PDF saved as {@code .html} is a PDF.
 */
public final class FormatDetector {

    /** A detected type, and the format nianbao reads it as (null when unsupported). */
    public record Detected(MediaType type, Format format) {
    }

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    public Detected detect(byte[] bytes) {
        MediaType type;
        try (var in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            type = detector.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Detected(type, formatOf(type));
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
