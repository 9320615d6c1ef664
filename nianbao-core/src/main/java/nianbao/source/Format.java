package nianbao.source;

import java.util.Locale;

/** The document formats nianbao reads, as written in the {@code format} column. */
public enum Format {
    PDF, HTML, DOCX, DOC, XLSX, XLS, TEXT,
    /** A picture of a report: PNG, JPEG, TIFF (a page each, a TIFF may hold several), read by OCR. */
    IMAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
