package nianbao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.report.Finding;
import nianbao.report.Outcome;
import nianbao.schema.Schema;

/**
 * Across the reports of a batch: what an agency carried over to the next year
 * ({@code app_carried_over_*}) is what its next year's report carried in ({@code app_carried_in_*}),
 * column by column. A mismatch is a finding on the later report. A report is kept as a few numbers.
 */
public final class CrossYearCheck {

    public static final String CHECK = "identity_cross_year";

    /** A finding for a document of the batch. */
    public record DocumentFinding(String docId, String source, Finding finding) {
    }

    /** What the check keeps of a report. */
    public record Entry(String docId, String source, String agencyKey, int year, long[] carriedIn, long[] carriedOver)
            implements java.io.Serializable {

        /** The entry of an outcome, or null when it has no year or no tables. */
        public static Entry of(Outcome outcome) {
            var m = outcome.report().metadata();
            if (m.year() == null || m.template() == null) {
                return null;
            }
            var values = new HashMap<String, BigDecimal>();
            outcome.report().figures().forEach(f -> {
                if (f.value() != null) {
                    values.put(f.field().id(), f.value());
                }
            });
            long[] in = new long[COLUMNS.size()];
            long[] over = new long[COLUMNS.size()];
            for (int c = 0; c < COLUMNS.size(); c++) {
                in[c] = number(values.get("app_carried_in_" + COLUMNS.get(c)));
                over[c] = number(values.get("app_carried_over_" + COLUMNS.get(c)));
            }
            return new Entry(outcome.docId(), outcome.source(), CrossYearCheck.agencyKey(outcome), m.year(), in, over);
        }

        /** The entry of a stored document, or null when it has no year or no tables. */
        public static Entry of(nianbao.report.DocumentRecord d, String agencyKey) {
            if (d.year() == null || d.template().isEmpty() || agencyKey == null) {
                return null;
            }
            var values = new HashMap<String, BigDecimal>();
            d.figures().forEach(f -> {
                if (f.value() != null) {
                    values.put(f.field(), f.value());
                }
            });
            long[] in = new long[COLUMNS.size()];
            long[] over = new long[COLUMNS.size()];
            for (int c = 0; c < COLUMNS.size(); c++) {
                in[c] = number(values.get("app_carried_in_" + COLUMNS.get(c)));
                over[c] = number(values.get("app_carried_over_" + COLUMNS.get(c)));
            }
            return new Entry(d.docId(), d.source(), agencyKey, d.year(), in, over);
        }
    }

    private static final long MISSING = Long.MIN_VALUE;
    private static final List<String> COLUMNS = Schema.APPLICATION_COLUMNS.stream().map(c -> c.key()).toList();

    private final Map<String, TreeMap<Integer, Entry>> byAgency = new HashMap<>();

    /** Notes a report; the first of an agency's reports on a year counts. */
    public synchronized void add(Entry entry) {
        if (entry != null) {
            byAgency.computeIfAbsent(entry.agencyKey(), k -> new TreeMap<>()).putIfAbsent(entry.year(), entry);
        }
    }

    /** The mismatches between consecutive years, ordered by agency and year. */
    public synchronized List<DocumentFinding> findings() {
        var out = new ArrayList<DocumentFinding>();
        for (var key : new TreeMap<>(byAgency).keySet()) {
            out.addAll(compare(byAgency.get(key)));
        }
        return out;
    }

    /**
     * The mismatches between consecutive years of one agency's reports, given in input order (the
     * first report on a year counts), ordered by year: what a batch spread over machines runs per
     * agency.
     */
    public static List<DocumentFinding> findings(List<Entry> oneAgencyInInputOrder) {
        var years = new TreeMap<Integer, Entry>();
        for (var e : oneAgencyInInputOrder) {
            years.putIfAbsent(e.year(), e);
        }
        return compare(years);
    }

    private static List<DocumentFinding> compare(TreeMap<Integer, Entry> years) {
        var out = new ArrayList<DocumentFinding>();
        for (var later : years.values()) {
            var previous = years.get(later.year() - 1);
            if (previous == null) {
                continue;
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                long over = previous.carriedOver()[c];
                long in = later.carriedIn()[c];
                if (over != MISSING && in != MISSING && over != in) {
                    String col = COLUMNS.get(c);
                    out.add(new DocumentFinding(later.docId(), later.source(), Finding.error(CHECK,
                            List.of("app_carried_in_" + col),
                            "column " + col + ": carried in " + in + " this year, but the report on "
                                    + previous.year() + " (" + previous.source() + ") carried over " + over)));
                }
            }
        }
        return out;
    }

    /**
     * The same agency across years: its place and level (its name is printed differently from year to
     * year: 洪泽区人民政府, 淮安市洪泽区人民政府), a department also by its name without its place;
     * failing a place, its name.
     */
    static String agencyKey(Outcome outcome) {
        var m = outcome.report().metadata();
        var p = m.place();
        String name = m.agency().replaceAll("\\s", "");
        if (p.regionCode().isEmpty() && !p.level().equals("national")) {
            return "name:" + name;
        }
        String own = "";
        if (p.level().equals("department") || p.level().equals("national")) {
            own = name;
            for (var place : new String[] {p.township(), p.county(), p.city(), p.province()}) {
                if (!place.isEmpty()) {
                    own = own.replace(place, "");
                }
            }
        }
        return p.regionCode() + "/" + p.townshipCode() + "/" + p.level() + "/" + own;
    }

    private static long number(BigDecimal v) {
        if (v == null) {
            return MISSING;
        }
        try {
            return v.longValueExact();
        } catch (ArithmeticException notWhole) {
            return MISSING;
        }
    }
}
