package nianbao.audit;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code panel.csv}, {@code findings.csv} and their {@code codebook.csv}: UTF-8 with a byte-order mark
 * (as the data set's files), each written beside its name and moved into place once whole.
 */
final class AuditFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    /** The panel's columns before the harmonised figures and rates, and what each is. */
    private static final String[][] PANEL_COLUMNS = {
            {"agency_key", "text", "the agency: region code / township code / level / a department's own name (洪泽区人民政府 and 淮安市洪泽区人民政府 are one)", "机关标识"},
            {"agency", "text", "the agency as its chosen report names it", "机关"},
            {"level", "text", "national, province, city, county, township or department", "层级"},
            {"peers", "text", "its peer group for outliers: the level and the parent's division code (department/320830)", "同级比较组"},
            {"province", "text", "province", "省"},
            {"city", "text", "city", "市"},
            {"county", "text", "county", "县"},
            {"region_code", "text", "six-digit division code", "区划代码"},
            {"township", "text", "township", "乡镇街道"},
            {"township_code", "text", "nine-digit township code", "乡镇代码"},
            {"year", "integer", "the year reported on", "报告年度"},
            {"template", "text", "2021 or 2019", "模板"},
            {"status", "text", "ok or partial (failed documents have no figures and no panel row)", "状态"},
            {"doc_id", "text", "the chosen document: the most complete reading of the report, then the first found", "文档编号"},
            {"source", "text", "its path or URL", "来源"},
            {"other_sources", "text", "where else the same report was found (the same bytes at other paths or URLs, other formats of it), separated by ` | `", "其他来源"},
            {"published", "date", "the date printed under the signature", "发布日期"},
            {"due", "date", "the statutory deadline (条例 art. 49: departments and townships 31 January, governments 31 March of the next year; --deadlines)", "法定期限"},
            {"on_time", "boolean", "published <= due; empty when either is unknown", "按时发布"},
            {"identities_failed", "integer", "identity checks of its own tables that fail (identity_* findings, the cross-year check apart)", "恒等式不成立数"}};

    private AuditFiles() {
    }

    static List<String> panelHeader() {
        var header = new ArrayList<String>();
        for (var c : PANEL_COLUMNS) {
            header.add(c[0]);
        }
        Crosswalk.COLUMNS.forEach(c -> header.add(c.column()));
        Rates.ALL.forEach(r -> header.add(r.column()));
        header.add(Rates.CHANGE_COLUMN);
        header.add(PROSE_REPEATED);
        return header;
    }

    /** The share of a report's prose repeating its agency's previous report. */
    static final String PROSE_REPEATED = "prose_repeated";

    static final List<String> FINDINGS_HEADER = List.of("agency_key", "agency", "year", "kind", "severity", "detail",
            "fields", "passages", "doc_id", "source");

    static void write(Audit audit, Scope scope, Path dir) throws IOException {
        Files.createDirectories(dir);
        var panel = new ArrayList<List<String>>();
        for (var a : audit.panel()) {
            if (scope.covers(a.document().regionCode(), a.year())) {
                var repeat = audit.repeated(a);
                panel.add(row(a, audit.change(a), repeat == null ? null
                        : BigDecimal.valueOf(repeat.share()).setScale(Rates.SCALE, java.math.RoundingMode.HALF_EVEN)));
            }
        }
        write(dir.resolve("panel.csv"), panelHeader(), panel);
        var findings = new ArrayList<List<String>>();
        for (var f : audit.findings()) {
            if (scope.covers(regionOf(f.key()), f.year())) {
                findings.add(List.of(f.key(), f.agency(), Integer.toString(f.year()), f.kind(), f.severity(), f.detail(),
                        String.join(" ", f.fields()), String.join(" | ", f.passages()), f.docId(), f.source()));
            }
        }
        write(dir.resolve("findings.csv"), FINDINGS_HEADER, findings);
        write(dir.resolve("codebook.csv"), List.of("file", "column", "type", "meaning", "formula", "label_zh"), codebook());
    }

    /** The region code an agency key begins with (empty for an agency of no known place). */
    static String regionOf(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }

    private static List<String> row(AgencyYear a, BigDecimal change, BigDecimal repeated) {
        var d = a.document();
        var row = new ArrayList<String>(List.of(a.key(), d.agency(), d.level(), a.peers(), d.province(), d.city(),
                d.county(), d.regionCode(), d.township(), d.townshipCode(), Integer.toString(a.year()), d.template(),
                d.status(), d.docId(), d.source(),
                String.join(" | ", otherSources(a)),
                d.published() == null ? "" : d.published().toString(), a.due() == null ? "" : a.due().toString(),
                a.onTime() == null ? "" : a.onTime().toString(), Integer.toString(a.identitiesFailed())));
        Crosswalk.COLUMNS.forEach(c -> row.add(plain(a.harmonised().get(c.column()))));
        Rates.ALL.forEach(r -> row.add(plain(a.rates().get(r.column()))));
        row.add(plain(change));
        row.add(plain(repeated));
        return row;
    }

    /** Where else the same report was found: the chosen document's other paths, then the other documents'. */
    static List<String> otherSources(AgencyYear a) {
        var out = new ArrayList<>(a.document().sources().subList(1, a.document().sources().size()));
        a.others().forEach(o -> out.addAll(o.sources()));
        return out;
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static List<List<String>> codebook() {
        var rows = new ArrayList<List<String>>();
        for (var c : PANEL_COLUMNS) {
            rows.add(List.of("panel.csv", c[0], c[1], c[2], "", c[3]));
        }
        for (var c : Crosswalk.COLUMNS) {
            rows.add(List.of("panel.csv", c.column(), "integer", "harmonised figure, the same in both templates; empty"
                    + " when a field it adds is empty", c.formula(), c.label()));
        }
        for (var r : Rates.ALL) {
            rows.add(List.of("panel.csv", r.column(), "number", "a rate from the harmonised figures, 4 decimals; empty when"
                    + " a part is empty or the denominator is 0", r.formula(), r.label()));
        }
        rows.add(List.of("panel.csv", Rates.CHANGE_COLUMN, "number", "applications year on year, 4 decimals; empty"
                + " without the previous year's report", Rates.CHANGE_FORMULA, "申请量同比变化"));
        rows.add(List.of("panel.csv", PROSE_REPEATED, "number", "the share of the report's prose (sections 一, 五, 六;"
                + " by characters, spaces, punctuation and digits aside) in sentences its agency's report of the year"
                + " before also prints; 4 decimals; empty without that report or without prose",
                "characters of repeated sentences / characters of all sentences", "与上年内容重复比例"));
        String[][] findings = {
                {"agency_key", "text", "the agency (as in panel.csv)"},
                {"agency", "text", "the agency as named"},
                {"year", "integer", "the year reported on (for `missing`, the year with no report)"},
                {"kind", "text", "late, missing, wrong_template, identities_failed, cross_year_broken, outlier, copied_from_last_year, similar_to_other_agency"},
                {"severity", "text", "error (figures that do not add up), warning, info (an outlier is a question, not a fault)"},
                {"detail", "text", "what was found, with the figures, dates, peer group or share it rests on"},
                {"fields", "text", "the template fields concerned, separated by spaces (the evidence in report.html)"},
                {"passages", "text", "for copied text: the sentences that repeat, separated by ` | `"},
                {"doc_id", "text", "the report's document (empty for a missing report)"},
                {"source", "text", "its path or URL"}};
        for (var f : findings) {
            rows.add(List.of("findings.csv", f[0], f[1], f[2], "", ""));
        }
        return rows;
    }

    private static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        var partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             var csv = new CSVPrinter(out, FORMAT)) {
            out.write('\ufeff');
            csv.printRecord(header);
            for (var row : rows) {
                csv.printRecord(row);
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
