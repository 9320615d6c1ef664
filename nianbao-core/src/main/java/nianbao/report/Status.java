package nianbao.report;

import java.util.Locale;

/** The state of a document's extraction, as written in the {@code status} column. */
public enum Status {
    /** Every figure of the recognised template was read. */
    OK,
    /** Some figures are empty: rows or tables missing, cells blank or unreadable, or a legacy report. */
    PARTIAL,
    /** Nothing was extracted; {@code checks.csv} says why. */
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
