package nianbao.schema;

import java.util.ArrayList;
import java.util.List;

/** The four identity families of {@code schema.md}, one instance per row or column. */
public final class Identities {

    /** 1. For every column: new + carried in = handled + carried over (printed on the template). */
    public static final String BALANCE = "identity_balance";
    /** 2. For every row of table 三: the total = the six applicant columns. */
    public static final String APPLICANT_TOTAL = "identity_applicant_total";
    /** 3. For every column: the handled total = the sum of the result rows. */
    public static final String RESULTS_TOTAL = "identity_results_total";
    /** 4. Each total of table 四 = its four parts. */
    public static final String APPEAL_TOTAL = "identity_appeal_total";

    private static final List<String> RESULT_ROWS = List.of(
            "granted", "partial",
            "deny_secret", "deny_law", "deny_safety", "deny_third_party", "deny_internal", "deny_process",
            "deny_enforcement", "deny_query",
            "unable_not_held", "unable_create", "unable_unclear",
            "reject_petition", "reject_repeat", "reject_publication", "reject_mass", "reject_confirm");
    private static final List<String> OTHER_SUB_ROWS = List.of("other_overdue_fix", "other_unpaid_fee", "other_other");

    private static final List<Identity> WITH_SUB_ROWS = build(false);
    private static final List<Identity> WITH_OTHER_ROW = build(true);

    private Identities() {
    }

    /**
     * Every identity instance of tables 三 and 四.
     *
     * @param otherAsOneRow whether （六）其他处理 is printed as one row (the 2019 layout) rather than
     *                      its three sub-rows; the results total sums whichever is printed
     */
    public static List<Identity> all(boolean otherAsOneRow) {
        return otherAsOneRow ? WITH_OTHER_ROW : WITH_SUB_ROWS;
    }

    /**
     * Whether a report prints （六）其他处理 as one row: its figures are read and none of its
     * three sub-rows' are.
     */
    public static boolean otherAsOneRow(java.util.Collection<String> fieldsRead) {
        boolean oneRow = false;
        for (var id : fieldsRead) {
            if (OTHER_SUB_ROWS.stream().anyMatch(r -> id.startsWith("app_" + r + "_"))) {
                return false;
            }
            oneRow |= Schema.APPLICATION_COLUMNS.stream().anyMatch(c -> id.equals("app_other_" + c.key()));
        }
        return oneRow;
    }

    private static List<Identity> build(boolean otherAsOneRow) {
        var all = new ArrayList<Identity>();
        for (var c : Schema.APPLICATION_COLUMNS) {
            String col = c.key();
            all.add(new Identity(BALANCE, "column " + col + ": new + carried in = handled + carried over",
                    List.of(app("new", col), app("carried_in", col)),
                    List.of(app("handled_total", col), app("carried_over", col))));
        }
        var rows = new ArrayList<String>(List.of("new", "carried_in"));
        rows.addAll(RESULT_ROWS);
        rows.addAll(otherAsOneRow ? List.of("other") : OTHER_SUB_ROWS);
        rows.addAll(List.of("handled_total", "carried_over"));
        for (var row : rows) {
            var parts = Schema.APPLICANT_COLUMNS.stream().map(c -> app(row, c.key())).toList();
            all.add(new Identity(APPLICANT_TOTAL, "row " + row + ": total = the six applicant columns",
                    List.of(app(row, "total")), parts));
        }
        var results = new ArrayList<>(RESULT_ROWS);
        results.addAll(otherAsOneRow ? List.of("other") : OTHER_SUB_ROWS);
        for (var c : Schema.APPLICATION_COLUMNS) {
            String col = c.key();
            all.add(new Identity(RESULTS_TOTAL, "column " + col + ": handled total = the sum of the results",
                    List.of(app("handled_total", col)), results.stream().map(r -> app(r, col)).toList()));
        }
        for (var group : List.of("review", "suit_direct", "suit_after")) {
            all.add(new Identity(APPEAL_TOTAL, group + ": total = upheld + corrected + other + pending",
                    List.of(group + "_total"),
                    List.of(group + "_upheld", group + "_corrected", group + "_other", group + "_pending")));
        }
        return List.copyOf(all);
    }

    private static String app(String row, String column) {
        return "app_" + row + "_" + column;
    }
}
