package nianbao.schema;

import static nianbao.schema.Template.T2019;
import static nianbao.schema.Template.T2021;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical schema of {@code spec/schema.md} and {@code spec/template-2019.md} as code: every
 * field of {@code reports.csv} in codebook order, and the template tables the figures are read
 * from. Fields and tables are built together here so that the two cannot drift apart.
 */
public final class Schema {

    private static final Set<Template> BOTH = EnumSet.of(T2019, T2021);
    private static final Set<Template> ONLY_2021 = EnumSet.of(T2021);
    private static final Set<Template> ONLY_2019 = EnumSet.of(T2019);
    private static final Set<Template> ALL = EnumSet.allOf(Template.class);

    /** Metadata columns of {@code reports.csv}, before the figures. */
    public static final List<Field> METADATA = List.of(
            meta("doc_id", "d and the first 16 hex digits of the SHA-256 of the input's bytes: never a number"),
            meta("source", "the input path (or URL for crawled documents) as given"),
            meta("format", "pdf, html, docx, doc, xlsx, xls, text or image (a picture file, read by OCR), as told from the bytes; empty when it could not be told"),
            meta("status", "ok, partial (some figures empty or tables incomplete) or failed (no figure could be read; see checks.csv)"),
            meta("template", "2021, 2019 or legacy, recognised from the tables' labels; empty when unknown"),
            new Field("year", "", "", "", ALL, ValueType.INTEGER, "",
                    "the year the report covers (not the year it was published)"),
            meta("agency", "the reporting body as named in the title"),
            new Field("published", "", "", "", ALL, ValueType.DATE, "",
                    "the date printed at the end of the report, YYYY-MM-DD"),
            meta("province", "province the agency belongs to, full name"),
            meta("city", "prefecture-level city the agency belongs to, full name"),
            meta("county", "county-level division the agency belongs to, full name"),
            meta("region_code", "six-digit administrative division code of the most specific of province, city, county"),
            meta("township", "township-level division (乡, 镇, 街道) the agency belongs to, full name"),
            meta("township_code", "nine-digit division code of the township"),
            meta("level", "national, province, city, county, township, or department (of the places given)"));

    /** The last column of {@code reports.csv}: a batch's bookkeeping, not the report's. */
    public static final Field SOURCES = meta("sources",
            "every path or URL the same bytes were found at, in input order, separated by ' | '");

    private static final ColumnSpec PERSON = column("person", "自然人");
    private static final ColumnSpec BUSINESS = column("business", "商业企业");
    private static final ColumnSpec RESEARCH = column("research", "科研机构");
    private static final ColumnSpec NGO = column("ngo", "社会公益组织");
    private static final ColumnSpec LEGAL = column("legal", "法律服务机构");
    private static final ColumnSpec OTHER = column("other", "其他", "其它");
    private static final ColumnSpec TOTAL = column("total", "总计", "合计");
    /** Table 三's applicant columns, without the total. */
    public static final List<ColumnSpec> APPLICANT_COLUMNS = List.of(PERSON, BUSINESS, RESEARCH, NGO, LEGAL, OTHER);
    /** Table 三's columns, left to right. */
    public static final List<ColumnSpec> APPLICATION_COLUMNS = List.of(PERSON, BUSINESS, RESEARCH, NGO, LEGAL, OTHER, TOTAL);

    private static final String CHANGE_LABEL = "本年增/减";
    private static final String RESULTS = "三、本年度办理结果";
    private static final String DENIED = "（三）不予公开";
    private static final String UNABLE = "（四）无法提供";
    private static final String REJECTED = "（五）不予处理";
    private static final String OTHER_HANDLING = "（六）其他处理";

    /** Table 四's column groups and the parts of each. */
    private static final List<String[]> APPEAL_GROUPS = List.of(
            new String[] {"review", "行政复议", ""},
            new String[] {"suit_direct", "行政诉讼 未经复议直接起诉", "未经复议直接起诉"},
            new String[] {"suit_after", "行政诉讼 复议后起诉", "复议后起诉"});
    private static final List<ColumnSpec> APPEAL_PARTS = List.of(
            column("upheld", "结果维持"),
            column("corrected", "结果纠正"),
            column("other", "其他结果"),
            column("pending", "尚未审结"),
            column("total", "总计", "合计"));

    private static final List<Field> FIELDS;
    private static final Map<String, Field> BY_ID;
    private static final Map<Template, List<TableSpec>> TABLES;

    static {
        var fields = new ArrayList<Field>(METADATA);
        var table2For2021 = disclosureTable2021(fields);
        var table2For2019 = disclosureTable2019(fields);
        var table3 = applicationTable(fields);
        var table4 = appealTable(fields);
        FIELDS = List.copyOf(fields);
        var byId = new LinkedHashMap<String, Field>();
        for (var f : FIELDS) {
            if (byId.put(f.id(), f) != null) {
                throw new IllegalStateException("duplicate field id " + f.id());
            }
            if (f.id().length() > 32 || !f.id().matches("[a-z][a-z0-9_]*")) {
                throw new IllegalStateException("field id is not Stata-safe: " + f.id());
            }
        }
        BY_ID = Collections.unmodifiableMap(byId);
        TABLES = Map.of(
                T2021, List.of(table2For2021, table3, table4),
                T2019, List.of(table2For2019, table3, table4));
    }

    private Schema() {
    }

    /** Every column of {@code reports.csv}, metadata first, in codebook order. */
    public static List<Field> fields() {
        return FIELDS;
    }

    /** Every column of {@code reports.csv}: the fields, then {@link #SOURCES}. */
    public static List<Field> reportColumns() {
        var all = new ArrayList<>(FIELDS);
        all.add(SOURCES);
        return all;
    }

    /** The figure fields only (no metadata), in codebook order. */
    public static List<Field> figureFields() {
        return FIELDS.subList(METADATA.size(), FIELDS.size());
    }

    /** Whether a field's figures may be negative: only 2019's 本年增/减, a change in a count of items. */
    public static boolean mayBeNegative(Field field) {
        return field.columnLabel().equals(CHANGE_LABEL);
    }

    public static Field field(String id) {
        var f = BY_ID.get(id);
        if (f == null) {
            throw new IllegalArgumentException("no such field: " + id);
        }
        return f;
    }

    /** The tables of a template, in the order a report prints them; empty for {@code legacy}. */
    public static List<TableSpec> tables(Template template) {
        return TABLES.getOrDefault(template, List.of());
    }

    // ---- table 二: 主动公开政府信息情况 -------------------------------------------------------

    private static TableSpec disclosureTable2021(List<Field> fields) {
        var issued = column("issued", "本年制发件数", "本年新制发件数");
        // 本年度止件数: the seeds 002 and 004 print this typo for 本年废止件数.
        var repealed = column("repealed", "本年废止件数", "本年度止件数");
        var inForce = column("in_force", "现行有效件数");
        var decisions = column("decisions", "本年处理决定数量", "处理决定数量");
        var amount = column("amount", "本年收费金额（单位：万元）", "本年收费金额");
        String item1 = "第二十条第（一）项 ";
        var rows = List.of(
                row(fields, "reg_rules", "规章", List.of(), ONLY_2021, item1, ValueType.INTEGER, "件",
                        new Def(issued, "reg_rules_issued", "rules (规章) issued this year"),
                        new Def(repealed, "reg_rules_repealed", "rules repealed this year"),
                        new Def(inForce, "reg_rules_in_force", "rules currently in force")),
                row(fields, "reg_norm", "行政规范性文件", List.of("规范性文件"), ONLY_2021, item1,
                        ValueType.INTEGER, "件",
                        new Def(issued, "reg_norm_issued", "administrative normative documents issued this year"),
                        new Def(repealed, "reg_norm_repealed", "normative documents repealed this year"),
                        new Def(inForce, "reg_norm_in_force", "normative documents currently in force")),
                row(fields, "licensing", "行政许可", List.of(), BOTH, "第二十条第（五）项 ", ValueType.INTEGER, "件",
                        new Def(decisions, "licensing_decisions", "administrative licensing decisions this year")),
                row(fields, "penalty", "行政处罚", List.of(), BOTH, "第二十条第（六）项 ", ValueType.INTEGER, "件",
                        new Def(decisions, "penalty_decisions", "administrative penalty decisions this year")),
                row(fields, "coercion", "行政强制", List.of(), BOTH, "第二十条第（六）项 ", ValueType.INTEGER, "件",
                        new Def(decisions, "coercion_decisions", "administrative coercion decisions this year")),
                row(fields, "fees", "行政事业性收费", List.of(), ONLY_2021, "第二十条第（八）项 ", ValueType.DECIMAL, "万元",
                        new Def(amount, "fees_wan_yuan", "administrative fees collected this year, 10,000 yuan")));
        return new TableSpec("二", "主动公开政府信息情况", rows, List.of(),
                List.of(issued, repealed, inForce, decisions, amount));
    }

    private static TableSpec disclosureTable2019(List<Field> fields) {
        var made = column("made", "本年新制作数量");
        var published = column("published", "本年新公开数量");
        var publicTotal = column("public_total", "对外公开总数量");
        var previous = column("items_prev", "上一年项目数量");
        var change = column("items_change", CHANGE_LABEL, "本年增减");
        var decisions = column("decisions", "处理决定数量", "本年处理决定数量");
        var procured = column("items", "采购项目数量");
        var procuredAmount = column("amount", "采购总金额");
        String item1 = "第二十条第（一）项 ";
        var rows = List.of(
                row(fields, "reg_rules", "规章", List.of(), ONLY_2019, item1, ValueType.INTEGER, "件",
                        new Def(made, "reg_rules_made", "rules newly made this year"),
                        new Def(published, "reg_rules_published", "rules newly published this year"),
                        new Def(publicTotal, "reg_rules_public_total", "rules published in total")),
                row(fields, "reg_norm", "规范性文件", List.of("行政规范性文件"), ONLY_2019, item1, ValueType.INTEGER, "件",
                        new Def(made, "reg_norm_made", "normative documents newly made this year"),
                        new Def(published, "reg_norm_published", "normative documents newly published this year"),
                        new Def(publicTotal, "reg_norm_public_total", "normative documents published in total")),
                row(fields, "licensing", "行政许可", List.of(), ONLY_2019, "第二十条第（五）项 ", ValueType.INTEGER, "项",
                        new Def(previous, "licensing_items_prev", "licensing items last year"),
                        new Def(change, "licensing_items_change", "change in licensing items this year (may be negative)"),
                        new Def(decisions, "licensing_decisions", null)),
                row(fields, "services", "其他对外管理服务事项", List.of(), ONLY_2019, "第二十条第（五）项 ",
                        ValueType.INTEGER, "项",
                        new Def(previous, "services_items_prev", "other public management and service items last year"),
                        new Def(change, "services_items_change", "change in those items this year (may be negative)"),
                        new Def(decisions, "services_decisions", "decisions on other management and service items this year")),
                row(fields, "penalty", "行政处罚", List.of(), ONLY_2019, "第二十条第（六）项 ", ValueType.INTEGER, "项",
                        new Def(previous, "penalty_items_prev", "penalty items last year"),
                        new Def(change, "penalty_items_change", "change in penalty items this year (may be negative)"),
                        new Def(decisions, "penalty_decisions", null)),
                row(fields, "coercion", "行政强制", List.of(), ONLY_2019, "第二十条第（六）项 ", ValueType.INTEGER, "项",
                        new Def(previous, "coercion_items_prev", "coercion items last year"),
                        new Def(change, "coercion_items_change", "change in coercion items this year (may be negative)"),
                        new Def(decisions, "coercion_decisions", null)),
                row(fields, "fees", "行政事业性收费", List.of(), ONLY_2019, "第二十条第（八）项 ", ValueType.INTEGER, "项",
                        new Def(previous, "fees_items_prev", "fee items last year (a count of items, not money)"),
                        new Def(change, "fees_items_change", "change in fee items this year (may be negative)")),
                row(fields, "procurement", "政府集中采购", List.of(), ONLY_2019, "第二十条第（九）项 ",
                        ValueType.INTEGER, "项",
                        new Def(procured, "procurement_items", "centralised government procurement items"),
                        new Def(procuredAmount, "procurement_amount_wan_yuan",
                                "centralised procurement amount, 10,000 yuan (converted when another unit is printed)")));
        return new TableSpec("二", "主动公开政府信息情况", rows, List.of(),
                List.of(made, published, publicTotal, previous, change, decisions, procured, procuredAmount));
    }

    // ---- table 三: 收到和处理政府信息公开申请情况 ------------------------------------------------

    private static TableSpec applicationTable(List<Field> fields) {
        String[][] rows = {
                {"new", "一、本年新收政府信息公开申请数量", "", "new applications received this year"},
                {"carried_in", "二、上年结转政府信息公开申请数量", "", "applications carried over from last year"},
                {"granted", "（一）予以公开", RESULTS, "result: disclosed"},
                {"partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RESULTS, "result: partly disclosed"},
                {"deny_secret", "1.属于国家秘密", RESULTS + " " + DENIED, "refused: state secret"},
                {"deny_law", "2.其他法律行政法规禁止公开", RESULTS + " " + DENIED,
                        "refused: disclosure prohibited by other laws and regulations"},
                {"deny_safety", "3.危及“三安全一稳定”", RESULTS + " " + DENIED,
                        "refused: would endanger the 'three securities and one stability'"},
                {"deny_third_party", "4.保护第三方合法权益", RESULTS + " " + DENIED,
                        "refused: protects a third party's lawful rights"},
                {"deny_internal", "5.属于三类内部事务信息", RESULTS + " " + DENIED, "refused: internal affairs information"},
                {"deny_process", "6.属于四类过程性信息", RESULTS + " " + DENIED, "refused: process information"},
                {"deny_enforcement", "7.属于行政执法案卷", RESULTS + " " + DENIED, "refused: administrative enforcement files"},
                {"deny_query", "8.属于行政查询事项", RESULTS + " " + DENIED, "refused: administrative query matters"},
                {"unable_not_held", "1.本机关不掌握相关政府信息", RESULTS + " " + UNABLE,
                        "unable: the agency does not hold the information"},
                {"unable_create", "2.没有现成信息需要另行制作", RESULTS + " " + UNABLE,
                        "unable: the information would have to be created"},
                {"unable_unclear", "3.补正后申请内容仍不明确", RESULTS + " " + UNABLE,
                        "unable: the request is still unclear after correction"},
                {"reject_petition", "1.信访举报投诉类申请", RESULTS + " " + REJECTED,
                        "not handled: petitions, reports and complaints"},
                {"reject_repeat", "2.重复申请", RESULTS + " " + REJECTED, "not handled: repeated application"},
                {"reject_publication", "3.要求提供公开出版物", RESULTS + " " + REJECTED,
                        "not handled: asks for public publications"},
                {"reject_mass", "4.无正当理由大量反复申请", RESULTS + " " + REJECTED,
                        "not handled: many repeated applications without good reason"},
                {"reject_confirm", "5.要求行政机关确认或重新出具已获取信息", RESULTS + " " + REJECTED,
                        "not handled: asks to confirm or reissue information already obtained"},
                {"other_overdue_fix", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                        RESULTS + " " + OTHER_HANDLING, "other: applicant did not correct the request in time"},
                {"other_unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                        RESULTS + " " + OTHER_HANDLING, "other: applicant did not pay the fee in time"},
                {"other_other", "3.其他", RESULTS + " " + OTHER_HANDLING, "other: other handling"},
                {"handled_total", "（七）总计", RESULTS, "all results this year"},
                {"carried_over", "四、结转下年度继续办理", "", "applications carried over to next year"},
                {"other", OTHER_HANDLING, RESULTS,
                        "other handling printed as one row (2019 layout); empty when its three sub-rows are printed"},
        };
        // Aliases for printed variants the bigram match alone scores too low.
        Map<String, List<String>> aliases = Map.of(
                "deny_law", List.of("2.其他法律法规禁止公开"),
                "other_other", List.of("3.其它"),
                "partial", List.of("（二）部分公开"),
                "handled_total", List.of("（七）合计"));
        var specs = new ArrayList<RowSpec>();
        for (var r : rows) {
            String key = r[0];
            var cells = new ArrayList<CellSpec>();
            for (var c : APPLICATION_COLUMNS) {
                Set<Template> templates = key.startsWith("other_") ? ONLY_2021 : BOTH;
                String meaning = r[3] + ", " + applicantMeaning(c.key());
                var field = new Field("app_" + key + "_" + c.key(), "三", (r[2] + " " + r[1]).trim(),
                        applicantLabel(c), templates, ValueType.INTEGER, "件", meaning);
                fields.add(field);
                cells.add(new CellSpec(c, field));
            }
            specs.add(new RowSpec(key, r[1], aliases.getOrDefault(key, List.of()), cells));
        }
        // The figures-holding row `other` is printed in the place of the three sub-rows.
        var other = specs.remove(specs.size() - 1);
        specs.add(specs.indexOf(specs.stream().filter(s -> s.key().equals("other_overdue_fix")).findFirst().orElseThrow()),
                other);
        return new TableSpec("三", "收到和处理政府信息公开申请情况", specs,
                List.of(RESULTS, DENIED, UNABLE, REJECTED, OTHER_HANDLING, "申请人情况", "法人或其他组织"),
                APPLICATION_COLUMNS);
    }

    private static String applicantLabel(ColumnSpec c) {
        return switch (c.key()) {
            case "person", "total" -> "申请人情况 " + c.label();
            default -> "申请人情况 法人或其他组织 " + c.label();
        };
    }

    private static String applicantMeaning(String column) {
        return switch (column) {
            case "person" -> "natural persons";
            case "business" -> "commercial enterprises";
            case "research" -> "research institutions";
            case "ngo" -> "public-interest organisations";
            case "legal" -> "legal service institutions";
            case "other" -> "other legal persons or organisations";
            case "total" -> "all applicants";
            default -> throw new IllegalArgumentException(column);
        };
    }

    // ---- table 四: 政府信息公开行政复议、行政诉讼情况 ---------------------------------------------

    private static TableSpec appealTable(List<Field> fields) {
        var cells = new ArrayList<CellSpec>();
        var columns = new ArrayList<ColumnSpec>();
        for (var g : APPEAL_GROUPS) {
            for (var part : APPEAL_PARTS) {
                String id = g[0] + "_" + part.key();
                String what = switch (g[0]) {
                    case "review" -> "administrative reconsiderations";
                    case "suit_direct" -> "lawsuits filed without prior reconsideration";
                    default -> "lawsuits filed after reconsideration";
                };
                String outcome = switch (part.key()) {
                    case "upheld" -> "decision upheld";
                    case "corrected" -> "decision corrected";
                    case "other" -> "other outcome";
                    case "pending" -> "not yet concluded";
                    default -> "total";
                };
                var field = new Field(id, "四", g[1], part.label(), BOTH, ValueType.INTEGER, "件",
                        what + " on information disclosure: " + outcome);
                fields.add(field);
                var column = new ColumnSpec(id, (g[2] + part.label()).trim(), List.of());
                columns.add(column);
                cells.add(new CellSpec(column, field));
            }
        }
        var row = new RowSpec("appeals", "", List.of(), cells);
        return new TableSpec("四", "政府信息公开行政复议、行政诉讼情况", List.of(row),
                List.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"), columns);
    }

    // ---- helpers --------------------------------------------------------------------------

    private static Field meta(String id, String meaning) {
        return new Field(id, "", "", "", ALL, ValueType.TEXT, "", meaning);
    }

    private static ColumnSpec column(String key, String label, String... aliases) {
        return new ColumnSpec(key, label, List.of(aliases));
    }

    /** A cell of a table-二 row: its column, field id and meaning (null: a field the other template defines). */
    private record Def(ColumnSpec column, String id, String meaning) {
    }

    /**
     * Builds a table-二 row. A cell without a meaning reuses the field the other template already
     * defined (the same figure under another column label).
     */
    private static RowSpec row(List<Field> fields, String key, String label, List<String> aliases,
                               Set<Template> templates, String item, ValueType type, String unit, Def... cells) {
        var specs = new ArrayList<CellSpec>();
        for (var c : cells) {
            var column = c.column();
            var id = c.id();
            var meaning = c.meaning();
            Field field;
            if (meaning == null) {
                field = fields.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
            } else {
                boolean money = id.endsWith("_wan_yuan");
                boolean decisions = id.endsWith("_decisions");
                String columnLabel = templates.equals(BOTH) && decisions
                        ? column.label() + "（2019: 处理决定数量）" : column.label();
                field = new Field(id, "二", item + label, columnLabel, templates,
                        money ? ValueType.DECIMAL : type, money ? "万元" : decisions ? "件" : unit, meaning);
                fields.add(field);
            }
            specs.add(new CellSpec(column, field));
        }
        return new RowSpec(key, label, aliases, specs);
    }
}
