package nianbao.audit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nianbao.output.Json;

/**
 * {@code report.html}: one self-contained page (ECharts inline, the data as JSON in the page, the
 * evidence's cut-outs as data URLs) that opens offline: coverage, the distribution of each rate,
 * rankings among peers, an agency's years, and the findings with their evidence.
 */
final class AuditPage {

    /** The harmonised figures drawn year by year for the chosen agency. */
    private static final List<String> TREND = List.of("applications_new", "handled", "granted", "refused", "unable");

    private AuditPage() {
    }

    static void write(Audit audit, Scope scope, Evidence evidence, Path file, String generator) throws IOException {
        String page = resource("report.html").replace("/*ECHARTS*/", resource("echarts.min.js").replace("</script", "<\\/script"))
                .replace("/*DATA*/", data(audit, scope, evidence, generator).replace("</", "<\\/"));
        var partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, page, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AuditPage.class.getResourceAsStream("/nianbao/audit/" + name)) {
            if (in == null) {
                throw new IOException("the jar lacks nianbao/audit/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String data(Audit audit, Scope scope, Evidence evidence, String generator) {
        var years = new TreeSet<Integer>();
        var byKey = new LinkedHashMap<String, List<AgencyYear>>();
        for (var a : audit.panel()) {
            if (scope.year() == null || scope.year() == a.year()) {
                years.add(a.year());
            }
            byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a);
        }
        var missing = new LinkedHashMap<String, List<Integer>>();
        for (var f : audit.findings()) {
            if (f.kind().equals("missing")) {
                missing.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f.year());
                years.add(f.year());
            }
        }
        var agencies = new ArrayList<String>();
        for (var e : byKey.entrySet()) {
            var rows = e.getValue();
            var latest = rows.get(rows.size() - 1);
            boolean inScope = rows.stream().anyMatch(a -> scope.covers(a.document().regionCode(), a.year()));
            var perYear = new ArrayList<String>();
            for (var a : rows) {
                perYear.add("\"" + a.year() + "\": {\"status\": " + Json.quote(a.document().status()) + ", \"onTime\": "
                        + (a.onTime() == null ? "null" : a.onTime()) + ", \"rates\": " + numbers(a.rates())
                        + ", \"figures\": " + numbers(a.harmonised()) + "}");
            }
            agencies.add("{\"key\": " + Json.quote(e.getKey()) + ", \"agency\": " + Json.quote(latest.agency())
                    + ", \"peers\": " + Json.quote(latest.peers()) + ", \"inScope\": " + inScope + ", \"missing\": "
                    + missing.getOrDefault(e.getKey(), List.of()) + ", \"years\": {" + String.join(", ", perYear) + "}}");
        }
        var findings = new ArrayList<String>();
        var documents = new LinkedHashMap<String, nianbao.report.DocumentRecord>();
        audit.panel().forEach(a -> documents.put(a.document().docId(), a.document()));
        for (var f : audit.findings()) {
            if (!scope.covers(AuditFiles.regionOf(f.key()), f.year())) {
                continue;
            }
            var document = documents.get(f.docId());
            var items = document == null || f.fields().isEmpty() ? List.<Evidence.Item>of() : evidence.of(document, f.fields());
            findings.add("{\"key\": " + Json.quote(f.key()) + ", \"agency\": " + Json.quote(f.agency()) + ", \"year\": "
                    + f.year() + ", \"kind\": " + Json.quote(f.kind()) + ", \"severity\": " + Json.quote(f.severity())
                    + ", \"detail\": " + Json.quote(f.detail()) + ", \"source\": " + Json.quote(f.source())
                    + ", \"passages\": " + strings(f.passages()) + ", \"evidence\": ["
                    + items.stream().map(AuditPage::item).collect(Collectors.joining(", ")) + "]}");
        }
        var rates = Rates.ALL.stream().map(r -> "{\"column\": " + Json.quote(r.column()) + ", \"label\": "
                + Json.quote(r.label()) + "}").collect(Collectors.joining(", "));
        var trend = TREND.stream().map(c -> "{\"column\": " + Json.quote(c) + ", \"label\": " + Json.quote(Crosswalk.COLUMNS
                .stream().filter(x -> x.column().equals(c)).findFirst().orElseThrow().label()) + "}")
                .collect(Collectors.joining(", "));
        return "{\"generator\": " + Json.quote(generator) + ", \"scope\": {\"jurisdiction\": " + Json.quote(scope.jurisdiction())
                + ", \"year\": " + scope.year() + "}, \"years\": " + years + ", \"rates\": [" + rates + "], \"trend\": ["
                + trend + "], \"agencies\": [" + String.join(",\n", agencies) + "], \"findings\": ["
                + String.join(",\n", findings) + "]}";
    }

    private static String item(Evidence.Item e) {
        return "{\"field\": " + Json.quote(e.field()) + ", \"value\": " + Json.quote(e.value()) + ", \"raw\": "
                + Json.quote(e.raw()) + ", \"where\": " + Json.quote(e.where()) + ", \"image\": " + Json.quote(e.image())
                + ", \"lines\": " + strings(e.lines()) + "}";
    }

    private static String numbers(Map<String, BigDecimal> values) {
        return values.entrySet().stream().map(e -> Json.quote(e.getKey()) + ": " + e.getValue().toPlainString())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String strings(List<String> values) {
        return values.stream().map(Json::quote).collect(Collectors.joining(", ", "[", "]"));
    }
}
