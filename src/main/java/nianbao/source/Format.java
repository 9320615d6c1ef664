package nianbao.source;

import java.util.Locale;

/** The document formats nianbao reads, as written in the {@code format} column. */
public enum Format {
    PDF, HTML, DOCX, DOC, XLSX, XLS, TEXT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
