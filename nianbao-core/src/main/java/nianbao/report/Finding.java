package nianbao.report;

import java.util.List;

/**
 * Something a user should know about a document's figures: a failed identity, a missing row, an
 * unreadable cell, an unknown row with its values.
 *
 * @param check    a stable code, e.g. {@code identity_balance}, {@code row_missing}
 * @param severity how much it matters
 * @param fields   the schema fields involved, possibly none
 * @param message  what happened, with the figures and where they were printed
 */
public record Finding(String check, Severity severity, List<String> fields, String message)
        implements java.io.Serializable {

    public Finding {
        fields = List.copyOf(fields);
    }

    public static Finding error(String check, List<String> fields, String message) {
        return new Finding(check, Severity.ERROR, fields, message);
    }

    public static Finding warning(String check, List<String> fields, String message) {
        return new Finding(check, Severity.WARNING, fields, message);
    }

    public static Finding info(String check, List<String> fields, String message) {
        return new Finding(check, Severity.INFO, fields, message);
    }
}
