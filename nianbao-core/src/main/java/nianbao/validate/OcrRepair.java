package nianbao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.normalize.CellValue;
import nianbao.report.Figure;
import nianbao.report.Finding;
import nianbao.report.Report;
import nianbao.schema.Identities;
import nianbao.schema.Identity;

/**
 * What the template's identities say of figures read by OCR. Where an identity that adds up
 * figures OCR read does not hold, the other readings the recogniser saw for them are tried: when
 * exactly one change (of one figure, or failing that of two) makes every identity those figures
 * stand in hold, it is taken and said ({@code ocr_corrected_by_identity}, with the printed and the
 * chosen reading); when several do, the figures they touch are left empty ({@code ocr_ambiguous},
 * with the candidates). Then a figure read with less than {@value #CONFIDENT} confidence that no
 * identity confirms is left empty ({@code ocr_uncertain}): never guessed. A report printed as text
 * (not OCR) is returned as it is: its figures are what it prints.
 */
public final class OcrRepair {

    /**
     * Below this confidence an OCR figure needs an identity to confirm it. Tuned on corpus/scans:
     * every wrong reading seen there had a least-sure character under 0.9, and most right ones
     * were above 0.97.
     */
    static final double CONFIDENT = 0.9;

    private OcrRepair() {
    }

    /** A figure's possible values: as read first, then its other readings, most probable first. */
    private record Options(Figure figure, BigDecimal read, Map<BigDecimal, Double> others) {
    }

    /** One figure set to another value. */
    private record Change(String field, BigDecimal value) {
    }

    public static Report apply(Report report) {
        if (report.figures().stream().noneMatch(f -> f.recognition().ocr())) {
            return report;
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (var f : report.figures()) {
            figures.put(f.field().id(), f);
        }
        Map<String, BigDecimal> values = values(figures.values());
        var options = new HashMap<String, Options>();
        for (var f : figures.values()) {
            if (f.recognition().ocr()) {
                options.put(f.field().id(), options(f));
            }
        }
        var identities = Identities.all(Identities.otherAsOneRow(figures.keySet()));
        var findings = new ArrayList<>(report.findings());
        var settled = new HashSet<String>();
        for (var broken : identities) {
            if (!broken.isBrokenBy(values) && !(incomplete(broken, values) && hasUnread(broken, options, values))) {
                continue;
            }
            var variables = broken.fields().stream().filter(id -> options.containsKey(id) && !settled.contains(id)
                    && !options.get(id).others().isEmpty()).toList();
            var repairs = repairs(variables, options, identities, values, 1);
            if (repairs.isEmpty()) {
                repairs = repairs(variables, options, identities, values, 2);
            }
            if (repairs.size() == 1) {
                for (var change : repairs.get(0)) {
                    var before = figures.get(change.field());
                    figures.put(change.field(), before.withValue(change.value()));
                    values.put(change.field(), change.value());
                    settled.add(change.field());
                    findings.removeIf(x -> x.fields().equals(List.of(change.field()))
                            && (x.check().equals("cell_unreadable") || x.check().equals("cell_not_numeric")));
                    findings.add(Finding.warning("ocr_corrected_by_identity", List.of(change.field()),
                            change.field() + " (" + before.at().describe() + ") was read by OCR as 「" + before.raw()
                                    + "」 (confidence " + confidence(before) + "); taken as " + plain(change.value())
                                    + ", the only reading of the figures OCR read under which " + broken.check() + " ("
                                    + broken.description() + ") and every other identity they stand in hold"));
                }
            } else if (repairs.size() > 1) {
                var touched = new java.util.TreeSet<String>();
                repairs.forEach(r -> r.forEach(c -> touched.add(c.field())));
                for (var id : touched) {
                    figures.put(id, figures.get(id).withValue(null));
                    values.remove(id);
                    settled.add(id);
                }
                findings.add(Finding.warning("ocr_ambiguous", List.copyOf(touched), broken.check() + " ("
                        + broken.description() + ") does not hold for the figures OCR read, and " + repairs.size()
                        + " readings of them would make it hold: " + repairs.stream().limit(6).map(OcrRepair::describe)
                        .collect(Collectors.joining("; ")) + "; the figures are left empty"));
            }
        }
        // A doubtful reading stands only where an identity confirms it.
        for (var f : List.copyOf(figures.values())) {
            String id = f.field().id();
            if (!f.recognition().ocr() || settled.contains(id) || f.value() == null
                    || f.recognition().confidence() >= CONFIDENT) {
                continue;
            }
            boolean confirmed = identities.stream().anyMatch(i -> i.fields().contains(id) && i.holdsFor(values));
            if (!confirmed) {
                figures.put(id, f.withValue(null));
                values.remove(id);
                findings.add(Finding.warning("ocr_uncertain", List.of(id), id + " (" + f.at().describe()
                        + ") was read by OCR as 「" + f.raw() + "」 with confidence " + confidence(f)
                        + " and no identity confirms it" + others(options.get(id)) + "; left empty"));
            }
        }
        return new Report(report.metadata(), List.copyOf(figures.values()), findings, report.expected());
    }

    /** The figures' values by field id. */
    private static Map<String, BigDecimal> values(Iterable<Figure> figures) {
        var out = new HashMap<String, BigDecimal>();
        for (var f : figures) {
            if (f.value() != null) {
                out.put(f.field().id(), f.value());
            }
        }
        return out;
    }

    private static Options options(Figure f) {
        var others = new LinkedHashMap<BigDecimal, Double>();
        for (var c : f.recognition().candidates()) {
            var read = CellValue.parse(c.text());
            if (read.kind() == CellValue.Kind.NUMBER && read.unit().isEmpty()
                    && (f.value() == null || read.value().compareTo(f.value()) != 0)) {
                others.merge(read.value().stripTrailingZeros(), c.probability(), Math::max);
            }
        }
        return new Options(f, f.value(), others);
    }

    /** Whether an identity misses a figure only because OCR read something that is not a number. */
    private static boolean incomplete(Identity identity, Map<String, BigDecimal> values) {
        return identity.fields().stream().anyMatch(f -> !values.containsKey(f));
    }

    private static boolean hasUnread(Identity identity, Map<String, Options> options, Map<String, BigDecimal> values) {
        for (var f : identity.fields()) {
            if (!values.containsKey(f) && (!options.containsKey(f) || options.get(f).others().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every set of {@code size} changes to the variables under which no identity a changed figure
     * stands in is broken, and one at least holds with all its figures.
     */
    private static List<List<Change>> repairs(List<String> variables, Map<String, Options> options,
                                              List<Identity> identities, Map<String, BigDecimal> values, int size) {
        var out = new ArrayList<List<Change>>();
        var choices = new ArrayList<Change>();
        for (var id : variables) {
            options.get(id).others().keySet().forEach(v -> choices.add(new Change(id, v)));
        }
        if (size == 1) {
            for (var c : choices) {
                if (holds(List.of(c), identities, values)) {
                    out.add(List.of(c));
                }
            }
        } else {
            for (int i = 0; i < choices.size(); i++) {
                for (int j = i + 1; j < choices.size(); j++) {
                    if (!choices.get(i).field().equals(choices.get(j).field())
                            && holds(List.of(choices.get(i), choices.get(j)), identities, values)) {
                        out.add(List.of(choices.get(i), choices.get(j)));
                    }
                }
            }
        }
        return out;
    }

    private static boolean holds(List<Change> changes, List<Identity> identities, Map<String, BigDecimal> values) {
        var trial = new HashMap<>(values);
        Set<String> changed = new HashSet<>();
        for (var c : changes) {
            trial.put(c.field(), c.value());
            changed.add(c.field());
        }
        boolean any = false;
        for (var identity : identities) {
            if (identity.fields().stream().anyMatch(changed::contains)) {
                if (identity.isBrokenBy(trial)) {
                    return false;
                }
                any |= identity.holdsFor(trial);
            }
        }
        return any;
    }

    private static String describe(List<Change> changes) {
        return changes.stream().map(c -> c.field() + " = " + plain(c.value())).collect(Collectors.joining(", "));
    }

    private static String others(Options options) {
        if (options == null || options.others().isEmpty()) {
            return "";
        }
        return " (other readings: " + options.others().keySet().stream().map(OcrRepair::plain)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String confidence(Figure f) {
        return String.format(java.util.Locale.ROOT, "%.2f", f.recognition().confidence());
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
