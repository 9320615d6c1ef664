package nianbao.audit;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nianbao.report.DocumentRecord;

/**
 * The comparison: documents grouped into agency-years ({@link AgencyYear}), then the findings across
 * them. Everything is computed over all the documents given; {@link Scope} only chooses what is shown.
 */
final class Audit {

    /** A rate further than this many robust standard deviations from its peers' median is an outlier. */
    static final double OUTLIER_Z = 3.5;
    /** Peers needed (with the rate) before anyone is called an outlier among them. */
    static final int MIN_PEERS = 5;
    /** Applications handled below which an agency's shares say too little to stand out (a share of 3). */
    static final int MIN_HANDLED = 20;
    /**
     * The share of a report's prose repeating last year's report from which it is flagged as copied.
     * Reports reuse their stock sentences (依据《条例》编制…, the usual problems and measures): on the
     * audit corpus, independently written years share up to 60 % of their sentences; four fifths is a
     * report written again from last year's.
     */
    static final double COPIED_SHARE = 0.8;
    /** Estimated similarity (Jaccard of 5-character shingles) from which another agency's report is named. */
    static final double SIMILAR = 0.8;
    /** Prose shorter than this (characters) is not compared: a report of tables only. */
    static final int MIN_PROSE = 60;

    /** A document, the key of its agency, and its kept text. */
    record Document(DocumentRecord record, String key, String text) {
    }

    private final List<AgencyYear> panel;
    private final List<AuditFinding> findings = new ArrayList<>();

    private Audit(List<AgencyYear> panel) {
        this.panel = panel;
    }

    List<AgencyYear> panel() {
        return panel;
    }

    List<AuditFinding> findings() {
        return findings;
    }

    /** The audit of these documents; those without an agency, a year or a template are left out. */
    static Audit of(List<Document> documents, Deadlines deadlines) {
        var groups = new TreeMap<String, List<Document>>();
        for (var d : documents) {
            var r = d.record();
            if (d.key() == null || r.year() == null || r.template().isEmpty() || r.template().equals("legacy")) {
                continue;
            }
            groups.computeIfAbsent(d.key() + "\u0000" + r.year(), k -> new ArrayList<>()).add(d);
        }
        var panel = new ArrayList<AgencyYear>();
        for (var group : groups.values()) {
            group.sort(Comparator.comparingInt((Document d) -> rank(d.record().status()))
                    .thenComparing(d -> -d.record().figures().size()));
            var chosen = group.get(0);
            var r = chosen.record();
            var figures = new HashMap<String, BigDecimal>();
            for (var f : r.figures()) {
                if (f.value() != null) {
                    figures.put(f.field(), f.value());
                }
            }
            var harmonised = new LinkedHashMap<String, BigDecimal>();
            for (var c : Crosswalk.COLUMNS) {
                var v = c.of(figures);
                if (v != null) {
                    harmonised.put(c.column(), v);
                }
            }
            var rates = new LinkedHashMap<String, BigDecimal>();
            for (var rate : Rates.ALL) {
                var v = rate.of(harmonised);
                if (v != null) {
                    rates.put(rate.column(), v);
                }
            }
            panel.add(new AgencyYear(chosen.key(), peers(r), r.year(), r,
                    group.subList(1, group.size()).stream().map(Document::record).toList(), harmonised, rates,
                    deadlines.due(r.level(), r.year()), Prose.of(chosen.text())));
        }
        panel.sort(Comparator.comparing((AgencyYear a) -> a.document().regionCode()).thenComparing(AgencyYear::key)
                .thenComparingInt(AgencyYear::year));
        var audit = new Audit(panel);
        audit.find();
        return audit;
    }

    private static int rank(String status) {
        return switch (status) {
            case "ok" -> 0;
            case "partial" -> 1;
            default -> 2;
        };
    }

    /**
     * An agency's peers: the same level under the same parent — a county's departments and townships
     * under their county, counties under their city, cities under their province.
     */
    static String peers(DocumentRecord r) {
        String code = r.regionCode();
        if (code.length() != 6) {
            return r.level() + "/" + (r.level().equals("national") ? "national" : "unplaced");
        }
        String parent = switch (r.level()) {
            case "county" -> code.substring(0, 4) + "00";
            case "city" -> code.substring(0, 2) + "0000";
            case "province" -> "000000";
            default -> code;
        };
        return r.level() + "/" + parent;
    }

    /** The previous year's row of each row's agency, when the data holds it. */
    private Map<AgencyYear, AgencyYear> previous() {
        var byKey = new HashMap<String, TreeMap<Integer, AgencyYear>>();
        for (var a : panel) {
            byKey.computeIfAbsent(a.key(), k -> new TreeMap<>()).put(a.year(), a);
        }
        var out = new java.util.IdentityHashMap<AgencyYear, AgencyYear>();
        for (var a : panel) {
            var before = byKey.get(a.key()).get(a.year() - 1);
            if (before != null) {
                out.put(a, before);
            }
        }
        return out;
    }

    /** This year's new applications over last year's, less one; null without last year. */
    BigDecimal change(AgencyYear a) {
        var before = previous.get(a);
        return before == null ? null : Rates.change(a.harmonised().get("applications_new"),
                before.harmonised().get("applications_new"));
    }

    private Map<AgencyYear, AgencyYear> previous = Map.of();

    private void find() {
        previous = previous();
        for (var a : panel) {
            late(a);
            wrongTemplate(a);
            identities(a);
            copied(a);
        }
        missing();
        outliers();
        similar();
        findings.sort(Comparator.comparing(AuditFinding::key).thenComparingInt(AuditFinding::year)
                .thenComparing(AuditFinding::kind));
    }

    private void add(AgencyYear a, String kind, String severity, String detail, List<String> fields,
                     List<String> passages) {
        findings.add(new AuditFinding(a.key(), a.agency(), a.year(), kind, severity, detail, fields, passages,
                a.document().docId(), a.document().source()));
    }

    private void late(AgencyYear a) {
        var onTime = a.onTime();
        if (onTime != null && !onTime) {
            long days = ChronoUnit.DAYS.between(a.due(), a.document().published());
            add(a, "late", "warning", "published " + a.document().published() + ", " + days + " days after its deadline "
                    + a.due() + " (条例 art. 49: " + (a.due().getMonthValue() == 3 ? "governments by 31 March"
                    : "departments and townships by 31 January") + ")", List.of(), List.of());
        }
    }

    private void wrongTemplate(AgencyYear a) {
        String template = a.document().template();
        String expected = a.year() >= 2021 ? "2021" : a.year() >= 2019 ? "2019" : null;
        if (expected != null && !template.equals(expected)) {
            add(a, "wrong_template", "warning", "a report on " + a.year() + " in the " + template
                    + " template; reports on " + (expected.equals("2021") ? "2021 and later follow the 2021 template"
                    + " (国办公开办函〔2021〕30号)" : "2019 and 2020 follow the 2019 trial template"), List.of(), List.of());
        }
    }

    private void identities(AgencyYear a) {
        for (var f : a.document().findings()) {
            if (f.check().equals("identity_cross_year")) {
                add(a, "cross_year_broken", "error", f.message(), f.fields(), List.of());
            } else if (f.check().startsWith("identity_") && f.severity().equals("error")) {
                add(a, "identities_failed", "error", f.check() + ": " + f.message(), f.fields(), List.of());
            }
        }
    }

    /** How much of a report's prose repeats its agency's report of the year before; null without either. */
    Prose.Repeat repeated(AgencyYear a) {
        var before = previous.get(a);
        if (before == null || a.prose().length() < MIN_PROSE || before.prose().length() < MIN_PROSE) {
            return null;
        }
        return a.prose().repeatedFrom(before.prose());
    }

    private void copied(AgencyYear a) {
        var repeat = repeated(a);
        if (repeat == null) {
            return;
        }
        var before = previous.get(a);
        if (repeat.share() >= COPIED_SHARE) {
            add(a, "copied_from_last_year", "warning", String.format(Locale.ROOT,
                    "%.0f %% of its prose (sections 一, 五, 六) repeats its report on %d word for word (figures aside):"
                            + " %d of %d sentences", 100 * repeat.share(), before.year(), repeat.sentences().size(),
                    a.prose().sentences().size()), List.of(), repeat.sentences());
        }
    }

    /**
     * A year with no report from an agency that reported before it, when it reported after it too or
     * its peers reported on that year: within the years the data holds.
     */
    private void missing() {
        var years = new TreeMap<String, TreeSet<Integer>>();
        var last = new HashMap<String, AgencyYear>();
        var peerYears = new HashMap<String, TreeSet<Integer>>();
        for (var a : panel) {
            years.computeIfAbsent(a.key(), k -> new TreeSet<>()).add(a.year());
            last.merge(a.key(), a, (x, y) -> x.year() >= y.year() ? x : y);
            peerYears.computeIfAbsent(a.peers(), k -> new TreeSet<>()).add(a.year());
        }
        for (var e : years.entrySet()) {
            var own = e.getValue();
            var latest = last.get(e.getKey());
            var theirs = peerYears.get(latest.peers());
            for (int y = own.first() + 1; y <= Math.max(own.last(), theirs.last()); y++) {
                if (own.contains(y)) {
                    continue;
                }
                boolean after = own.last() > y;
                if (after || theirs.contains(y)) {
                    findings.add(new AuditFinding(e.getKey(), latest.agency(), y, "missing", "warning",
                            "no report on " + y + " in the data; the agency reported on "
                                    + own.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                                    + (after ? "" : ", and its peers (" + latest.peers() + ") on " + y),
                            List.of(), List.of(), "", ""));
                }
            }
        }
    }

    /**
     * Rates far from the peers': the robust z-score (x − median) / spread of each rate within the same
     * level under the same parent and the same year. The spread is 1.4826 × MAD, but never less than
     * the rate's own sampling noise at the peers' median, √(m(1 − m)/n) for its n applications: peers
     * that all refuse 4–6 % have a tiny MAD, and a 4.4 % among them is no outlier (audit corpus).
     */
    private void outliers() {
        var groups = new TreeMap<String, List<AgencyYear>>();
        for (var a : panel) {
            groups.computeIfAbsent(a.peers() + "\u0000" + a.year(), k -> new ArrayList<>()).add(a);
        }
        for (var group : groups.values()) {
            for (var rate : Rates.ALL) {
                var members = group.stream().filter(a -> a.rates().containsKey(rate.column())
                        && enough(a, rate)).toList();
                if (members.size() < MIN_PEERS) {
                    continue;
                }
                double[] values = members.stream().mapToDouble(a -> a.rates().get(rate.column()).doubleValue()).toArray();
                double median = median(values);
                double[] deviations = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    deviations[i] = Math.abs(values[i] - median);
                }
                double mad = 1.4826 * median(deviations);
                for (int i = 0; i < values.length; i++) {
                    double n = denominator(members.get(i), rate);
                    double spread = Math.max(mad, Math.sqrt(median * (1 - median) / n));
                    if (spread == 0) {
                        continue;
                    }
                    double z = (values[i] - median) / spread;
                    if (Math.abs(z) > OUTLIER_Z) {
                        var a = members.get(i);
                        add(a, "outlier", "info", String.format(Locale.ROOT, "%s %.4f against its %d peers' median"
                                        + " %.4f (%s, %d): robust z %.1f", rate.column(), values[i], members.size() - 1,
                                median, a.peers(), a.year(), z), fieldsOf(rate), List.of());
                    }
                }
            }
        }
    }

    /** The count a rate divides by, for an agency-year. */
    private static double denominator(AgencyYear a, Rates.Rate rate) {
        double n = 0;
        for (var column : rate.denominator()) {
            n += a.harmonised().get(column).doubleValue();
        }
        return n;
    }

    /** Whether an agency handled enough for its shares to mean something. */
    private static boolean enough(AgencyYear a, Rates.Rate rate) {
        if (!rate.denominator().contains("handled")) {
            return true;
        }
        var handled = a.harmonised().get("handled");
        return handled != null && handled.intValue() >= MIN_HANDLED;
    }

    /** The template fields a rate is made of, for the evidence. */
    static List<String> fieldsOf(Rates.Rate rate) {
        var out = new ArrayList<String>();
        for (var column : rate.numerator()) {
            Crosswalk.COLUMNS.stream().filter(c -> c.column().equals(column)).forEach(c -> out.addAll(c.fields()));
        }
        for (var column : rate.denominator()) {
            Crosswalk.COLUMNS.stream().filter(c -> c.column().equals(column)).forEach(c -> out.addAll(c.fields()));
        }
        return out;
    }

    static double median(double[] values) {
        var sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The most similar report of another agency the same year, named when its prose is nearly the same. */
    private void similar() {
        var byYear = new TreeMap<Integer, List<AgencyYear>>();
        for (var a : panel) {
            if (a.prose().length() >= MIN_PROSE) {
                byYear.computeIfAbsent(a.year(), k -> new ArrayList<>()).add(a);
            }
        }
        for (var reports : byYear.values()) {
            var signatures = new java.util.IdentityHashMap<AgencyYear, long[]>();
            var buckets = new HashMap<Long, List<AgencyYear>>();
            for (var a : reports) {
                var signature = MinHash.signature(MinHash.shingles(a.prose().normalisedText()));
                signatures.put(a, signature);
                for (int band = 0; band < MinHash.HASHES / MinHash.ROWS; band++) {
                    buckets.computeIfAbsent(MinHash.band(signature, band), k -> new ArrayList<>()).add(a);
                }
            }
            for (var a : reports) {
                AgencyYear best = null;
                double bestSimilarity = 0;
                var candidates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<AgencyYear, Boolean>());
                for (int band = 0; band < MinHash.HASHES / MinHash.ROWS; band++) {
                    candidates.addAll(buckets.get(MinHash.band(signatures.get(a), band)));
                }
                for (var b : candidates) {
                    if (b.key().equals(a.key())) {
                        continue;
                    }
                    double s = MinHash.similarity(signatures.get(a), signatures.get(b));
                    if (s > bestSimilarity) {
                        best = b;
                        bestSimilarity = s;
                    }
                }
                if (best != null && bestSimilarity >= SIMILAR) {
                    var repeat = a.prose().repeatedFrom(best.prose());
                    add(a, "similar_to_other_agency", "warning", String.format(Locale.ROOT,
                            "its prose is %.0f %% the same as %s's report on %d (%s; MinHash estimate of 5-character"
                                    + " shingles' Jaccard similarity); %d sentences word for word",
                            100 * bestSimilarity, best.agency(), best.year(), best.document().source(),
                            repeat.sentences().size()), List.of(), repeat.sentences());
                }
            }
        }
    }
}
