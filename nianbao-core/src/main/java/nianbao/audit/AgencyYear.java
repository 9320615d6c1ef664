package nianbao.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nianbao.report.DocumentRecord;

/**
 * One agency's report on one year, as the panel shows it: the document chosen among those that are
 * the same report (published in several formats or at several URLs: the most complete reading, then
 * the first found), the others listed; its harmonised figures and rates.
 *
 * @param key        the agency's key (region, township, level and a department's own name)
 * @param peers      the agency's peer group: the same level under the same parent ({@code county/3208})
 * @param others     the other documents of the same report
 * @param harmonised the crosswalk's figures by column, empty ones absent
 * @param rates      the derived rates by column, empty ones absent
 * @param due        the statutory deadline, or null for an unknown level
 * @param prose      the report's own sentences (sections 一, 五, 六)
 */
record AgencyYear(String key, String peers, int year, DocumentRecord document, List<DocumentRecord> others,
                  Map<String, BigDecimal> harmonised, Map<String, BigDecimal> rates, LocalDate due, Prose prose) {

    AgencyYear {
        others = List.copyOf(others);
        harmonised = Map.copyOf(harmonised);
        rates = Map.copyOf(rates);
    }

    /** Whether it was published by its deadline; null when its date or deadline is unknown. */
    Boolean onTime() {
        var published = document.published();
        return published == null || due == null ? null : !published.isAfter(due);
    }

    /** The identity checks the report fails (its own tables'; the cross-year check apart). */
    int identitiesFailed() {
        return (int) document.findings().stream()
                .filter(f -> f.check().startsWith("identity_") && !f.check().equals("identity_cross_year")).count();
    }

    String agency() {
        return document.agency();
    }
}
