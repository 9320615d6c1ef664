package nianbao.audit;

import java.util.List;

/**
 * What the audit finds about an agency's report, or its absence.
 *
 * @param kind     {@code late}, {@code missing}, {@code wrong_template}, {@code identities_failed},
 *                 {@code cross_year_broken}, {@code outlier}, {@code copied_from_last_year},
 *                 {@code similar_to_other_agency}
 * @param fields   the figures' fields it concerns, for the evidence; empty when none
 * @param passages the sentences that repeat, for copied text; empty otherwise
 * @param docId    the report's document, empty for a missing report
 */
record AuditFinding(String key, String agency, int year, String kind, String severity, String detail, List<String> fields,
               List<String> passages, String docId, String source) {

    AuditFinding {
        fields = List.copyOf(fields);
        passages = List.copyOf(passages);
    }
}
