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
 * column by column. A mismatch is a finding on the later report. Only a few numbers per report are
 * kept until the batch ends.
 */
public final class CrossYearCheck {

    public static final String CHECK = "identity_cross_year";

    /** A finding for a document of the batch. */
    public record DocumentFinding(String docId, String source, Finding finding) {
    }

    private record Year(String docId, String source, long[] carriedIn, long[] carriedOver) {
    }

    private static final long MISSING = Long.MIN_VALUE;
    private static final List<String> COLUMNS = Schema.APPLICATION_COLUMNS.stream().map(c -> c.key()).toList();

    private final Map<String, TreeMap<Integer, Year>> byAgency = new HashMap<>();

    /** Notes a document's carried-in and carried-over figures. */
    public synchronized void add(Outcome outcome) {
        var m = outcome.report().metadata();
        if (m.year() == null || m.template() == null) {
            return;
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
        byAgency.computeIfAbsent(agencyKey(outcome), k -> new TreeMap<>())
                .putIfAbsent(m.year(), new Year(outcome.docId(), outcome.source(), in, over));
    }

    /** The mismatches between consecutive years, ordered by agency and year. */
    public synchronized List<DocumentFinding> findings() {
        var out = new ArrayList<DocumentFinding>();
        for (var key : new TreeMap<>(byAgency).keySet()) {
            var years = byAgency.get(key);
            for (var e : years.entrySet()) {
                var previous = years.get(e.getKey() - 1);
                if (previous == null) {
                    continue;
                }
                var later = e.getValue();
                for (int c = 0; c < COLUMNS.size(); c++) {
                    long over = previous.carriedOver[c];
                    long in = later.carriedIn[c];
                    if (over != MISSING && in != MISSING && over != in) {
                        String col = COLUMNS.get(c);
                        out.add(new DocumentFinding(later.docId, later.source, Finding.error(CHECK,
                                List.of("app_carried_in_" + col),
                                "column " + col + ": carried in " + in + " this year, but the report on " + (e.getKey() - 1)
                                        + " (" + previous.source + ") carried over " + over)));
                    }
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
