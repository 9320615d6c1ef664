package nianbao.report;

import java.util.Locale;

/** How much a finding matters to a user of the figures. */
public enum Severity {
    /** The figures are wrong or the document unreadable: an identity failed, a read failed. */
    ERROR,
    /** Figures are missing or uncertain: a row missing, a cell blank or unreadable. */
    WARNING,
    /** Worth knowing, the figures are fine: a dash printed for nothing, a unit converted. */
    INFO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
