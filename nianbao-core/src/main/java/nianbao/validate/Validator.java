package nianbao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nianbao.report.Figure;
import nianbao.report.Finding;
import nianbao.report.Report;
import nianbao.report.Status;
import nianbao.schema.Identities;
import nianbao.schema.Identity;
import nianbao.schema.Template;

/**
 * Checks a report against the template's accounting identities and decides its status. Printed
 * figures are never changed: a broken identity is a finding, which is what an auditor wants.
 */
public final class Validator {

    private Validator() {
    }

    /** A finding for every identity instance whose figures are all present and do not add up. */
    public static List<Finding> check(Report report) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Figure f : report.figures()) {
            if (f.value() != null) {
                values.put(f.field().id(), f.value());
            }
        }
        var findings = new ArrayList<Finding>();
        for (Identity identity : Identities.all(Identities.otherAsOneRow(values.keySet()))) {
            if (identity.isBrokenBy(values)) {
                findings.add(Finding.error(identity.check(), identity.fields(),
                        identity.description() + ": " + terms(identity.left(), values) + " = "
                                + plain(Identity.sum(identity.left(), values)) + ", but "
                                + terms(identity.right(), values) + " = " + plain(Identity.sum(identity.right(), values))));
            }
        }
        return findings;
    }

    /**
     * {@code ok} when every figure the template prints was read as a number, {@code partial} when
     * some are empty, {@code failed} when no figure could be read: a title alone is no data (the
     * hostile deeply nested page; a report shown as images). A legacy report, which has no tables
     * to find, is {@code partial}: metadata only.
     */
    public static Status status(Report report) {
        if (report.figures().isEmpty() && report.metadata().template() != Template.LEGACY) {
            return Status.FAILED;
        }
        if (report.expected().isEmpty()) {
            return Status.PARTIAL;
        }
        var read = new HashSet<String>();
        for (var f : report.figures()) {
            if (f.value() != null) {
                read.add(f.field().id());
            }
        }
        return read.containsAll(report.expected()) ? Status.OK : Status.PARTIAL;
    }

    private static String terms(List<String> fields, Map<String, BigDecimal> values) {
        return fields.stream().map(f -> f + " " + plain(values.get(f))).collect(Collectors.joining(" + "));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
