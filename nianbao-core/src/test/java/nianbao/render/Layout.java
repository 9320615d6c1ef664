package nianbao.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A report laid out as the State Council template prints it: the title, paragraphs, headings, and
 * the three tables with their merged cells, before any rendering flattens them. Renderings
 * ({@link Rendering}) turn this one layout into the many texts crawls, stores and converters leave.
 */
public final class Layout {

    /** A block of the report: a line of text, or a table. */
    public sealed interface Block permits Text, Table {
    }

    /** A kind of text line. */
    public enum Kind { TITLE, HEADING, PARAGRAPH, SIGNATURE }

    public record Text(Kind kind, String text) implements Block {
    }

    /**
     * A table as printed: rows of cells, merged cells spanning columns or rows.
     *
     * @param id the template's table: {@code 二}, {@code 三}, {@code 四}
     */
    public record Table(String id, List<Row> rows) implements Block {
    }

    /** A row, and whether it is a header row (column labels) rather than a row of figures. */
    public record Row(List<Cell> cells, boolean header) {
    }

    /** A cell: its text, its spans, and whether it holds a figure (possibly blank). */
    public record Cell(String text, int colspan, int rowspan, boolean figure) {

        static Cell label(String text) {
            return new Cell(text, 1, 1, false);
        }

        static Cell figure(String text) {
            return new Cell(text, 1, 1, true);
        }

        Cell span(int columns, int rows) {
            return new Cell(text, columns, rows, figure);
        }
    }

    public static final String[] COLUMNS = {"person", "business", "research", "ngo", "legal", "other", "total"};
    static final String[] APPLICANTS = {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
    static final String[] APPEAL_PARTS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
    public static final String[] APPEAL_KEYS = {"upheld", "corrected", "other", "pending", "total"};
    public static final String[] APPEAL_GROUPS = {"review", "suit_direct", "suit_after"};
    public static final String BODY = "本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自1月1日起至12月31日止。"
            + "全年围绕中心工作推进政务公开，规范依申请公开办理流程，加强政府信息管理和平台建设。";

    /** The result rows of table 三 in their groups; a group of one row has no group label. */
    private static final String[][][] RESULT_GROUPS = {
            {{"", "granted", "（一）予以公开"},
                    {"", "partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"}},
            {{"（三）不予公开", "deny_secret", "1.属于国家秘密"}, {"", "deny_law", "2.其他法律行政法规禁止公开"},
                    {"", "deny_safety", "3.危及“三安全一稳定”"}, {"", "deny_third_party", "4.保护第三方合法权益"},
                    {"", "deny_internal", "5.属于三类内部事务信息"}, {"", "deny_process", "6.属于四类过程性信息"},
                    {"", "deny_enforcement", "7.属于行政执法案卷"}, {"", "deny_query", "8.属于行政查询事项"}},
            {{"（四）无法提供", "unable_not_held", "1.本机关不掌握相关政府信息"},
                    {"", "unable_create", "2.没有现成信息需要另行制作"}, {"", "unable_unclear", "3.补正后申请内容仍不明确"}},
            {{"（五）不予处理", "reject_petition", "1.信访举报投诉类申请"}, {"", "reject_repeat", "2.重复申请"},
                    {"", "reject_publication", "3.要求提供公开出版物"}, {"", "reject_mass", "4.无正当理由大量反复申请"},
                    {"", "reject_confirm", "5.要求行政机关确认或重新出具已获取信息"}},
            {{"（六）其他处理", "other_overdue_fix", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
                    {"", "other_unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
                    {"", "other_other", "3.其他"}},
    };

    /** How the template's tables are varied in a layout: each a damage seen in real reports. */
    public record Options(boolean appealsAsThreeTables, UnaryOperator<String> rowLabel, boolean provinceNotes) {

        public static final Options PLAIN = new Options(false, UnaryOperator.identity(), false);
    }

    /**
     * Fill-in notes a province prints inside the template's labels (湖北, 2020), and a row it adds
     * to table 二 (其他主动公开文件), which is no row of the template and must be reported, not read.
     */
    private static final java.util.Map<String, String> NOTES = java.util.Map.of(
            "规章", "规章（设区的市、自治州人民政府应提供相关数据）",
            "行政规范性文件", "行政规范性文件（县级以上人民政府应提供相关数据）",
            "规范性文件", "规范性文件（各级政府及部门均应填报）",
            "上一年项目数量", "上一年项目数量(指上一年度事项数)",
            "行政事业性收费", "行政事业性收费（有收费职能的部门填报）");

    private Layout() {
    }

    /** The report's blocks in print order. */
    public static List<Block> of(Facts facts, Options options) {
        var v = facts.printed();
        var out = new ArrayList<Block>();
        out.add(new Text(Kind.TITLE, facts.title()));
        out.add(new Text(Kind.PARAGRAPH, BODY));
        out.add(new Text(Kind.HEADING, "一、总体情况"));
        out.add(new Text(Kind.PARAGRAPH, BODY));
        out.add(new Text(Kind.HEADING, "二、主动公开政府信息情况"));
        var disclosure = facts.template().equals("2019") ? disclosure2019(v) : disclosure2021(v);
        out.add(options.provinceNotes() ? withNotes(disclosure) : disclosure);
        out.add(new Text(Kind.HEADING, "三、收到和处理政府信息公开申请情况"));
        out.add(applications(v, options.rowLabel()));
        out.add(new Text(Kind.HEADING, "四、政府信息公开行政复议、行政诉讼情况"));
        if (options.appealsAsThreeTables()) {
            out.addAll(appealsAsThreeTables(v));
        } else {
            out.add(appeals(v));
        }
        out.add(new Text(Kind.HEADING, "五、存在的主要问题及改进情况"));
        out.add(new Text(Kind.PARAGRAPH, BODY));
        out.add(new Text(Kind.HEADING, "六、其他需要报告的事项"));
        out.add(new Text(Kind.PARAGRAPH, "本年度未收取信息处理费。"));
        out.add(new Text(Kind.SIGNATURE, facts.agency()));
        if (facts.published() != null) {
            var d = facts.published();
            out.add(new Text(Kind.SIGNATURE, d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"));
        }
        return out;
    }

    private static Table withNotes(Table table) {
        var rows = new ArrayList<Row>();
        for (var row : table.rows()) {
            var cells = row.cells().stream()
                    .map(c -> c.figure() ? c : new Cell(NOTES.getOrDefault(c.text(), c.text()), c.colspan(), c.rowspan(),
                            false))
                    .toList();
            rows.add(new Row(cells, row.header()));
            if (!row.header() && row.cells().get(0).text().equals("规范性文件")
                    || row.cells().get(0).text().equals("行政规范性文件")) {
                rows.add(row(Cell.label("其他主动公开文件"), Cell.figure("120"), Cell.figure("118"), Cell.figure("560")));
            }
        }
        return new Table(table.id(), rows);
    }

    private static Row header(Cell... cells) {
        return new Row(List.of(cells), true);
    }

    private static Row row(Cell... cells) {
        return new Row(List.of(cells), false);
    }

    private static Cell value(java.util.Map<String, String> v, String field) {
        return Cell.figure(v.getOrDefault(field, ""));
    }

    private static Table disclosure2021(java.util.Map<String, String> v) {
        var rows = new ArrayList<Row>();
        rows.add(header(Cell.label("第二十条第（一）项").span(4, 1)));
        rows.add(header(Cell.label("信息内容"), Cell.label("本年制发件数"), Cell.label("本年废止件数"), Cell.label("现行有效件数")));
        for (var r : new String[][] {{"规章", "reg_rules"}, {"行政规范性文件", "reg_norm"}}) {
            rows.add(row(Cell.label(r[0]), value(v, r[1] + "_issued"), value(v, r[1] + "_repealed"),
                    value(v, r[1] + "_in_force")));
        }
        for (var r : new String[][] {{"（五）", "行政许可", "licensing_decisions"}, {"（六）", "行政处罚", "penalty_decisions"},
                {"", "行政强制", "coercion_decisions"}}) {
            if (!r[0].isEmpty()) {
                rows.add(header(Cell.label("第二十条第" + r[0] + "项").span(4, 1)));
                rows.add(header(Cell.label("信息内容"), Cell.label("本年处理决定数量").span(3, 1)));
            }
            rows.add(row(Cell.label(r[1]), value(v, r[2]).span(3, 1)));
        }
        rows.add(header(Cell.label("第二十条第（八）项").span(4, 1)));
        rows.add(header(Cell.label("信息内容"), Cell.label("本年收费金额（单位：万元）").span(3, 1)));
        rows.add(row(Cell.label("行政事业性收费"), value(v, "fees_wan_yuan").span(3, 1)));
        return new Table("二", rows);
    }

    private static Table disclosure2019(java.util.Map<String, String> v) {
        var rows = new ArrayList<Row>();
        rows.add(header(Cell.label("第二十条第（一）项").span(4, 1)));
        rows.add(header(Cell.label("信息内容"), Cell.label("本年新制作数量"), Cell.label("本年新公开数量"),
                Cell.label("对外公开总数量")));
        for (var r : new String[][] {{"规章", "reg_rules"}, {"规范性文件", "reg_norm"}}) {
            rows.add(row(Cell.label(r[0]), value(v, r[1] + "_made"), value(v, r[1] + "_published"),
                    value(v, r[1] + "_public_total")));
        }
        var items = new Cell[] {Cell.label("信息内容"), Cell.label("上一年项目数量"), Cell.label("本年增/减"),
                Cell.label("处理决定数量")};
        for (var r : new String[][] {{"（五）", "行政许可", "licensing"}, {"", "其他对外管理服务事项", "services"},
                {"（六）", "行政处罚", "penalty"}, {"", "行政强制", "coercion"}}) {
            if (!r[0].isEmpty()) {
                rows.add(header(Cell.label("第二十条第" + r[0] + "项").span(4, 1)));
                rows.add(header(items));
            }
            rows.add(row(Cell.label(r[1]), value(v, r[2] + "_items_prev"), value(v, r[2] + "_items_change"),
                    value(v, r[2] + "_decisions")));
        }
        rows.add(header(Cell.label("第二十条第（八）项").span(4, 1)));
        rows.add(header(Cell.label("信息内容"), Cell.label("上一年项目数量"), Cell.label("本年增/减").span(2, 1)));
        rows.add(row(Cell.label("行政事业性收费"), value(v, "fees_items_prev"), value(v, "fees_items_change").span(2, 1)));
        rows.add(header(Cell.label("第二十条第（九）项").span(4, 1)));
        rows.add(header(Cell.label("信息内容"), Cell.label("采购项目数量"), Cell.label("采购总金额").span(2, 1)));
        rows.add(row(Cell.label("政府集中采购"), value(v, "procurement_items"),
                value(v, "procurement_amount_wan_yuan").span(2, 1)));
        return new Table("二", rows);
    }

    private static Table applications(java.util.Map<String, String> v, UnaryOperator<String> label) {
        var rows = new ArrayList<Row>();
        rows.add(header(Cell.label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").span(3, 3),
                Cell.label("申请人情况").span(7, 1)));
        rows.add(header(Cell.label("自然人").span(1, 2), Cell.label("法人或其他组织").span(5, 1), Cell.label("总计").span(1, 2)));
        rows.add(header(java.util.Arrays.stream(APPLICANTS).map(Cell::label).toArray(Cell[]::new)));
        rows.add(applicationRow(v, "new", Cell.label(label.apply("一、本年新收政府信息公开申请数量")).span(3, 1)));
        rows.add(applicationRow(v, "carried_in", Cell.label(label.apply("二、上年结转政府信息公开申请数量")).span(3, 1)));
        boolean otherAsOneRow = v.containsKey("app_other_total");
        int resultRows = 1;
        for (int g = 0; g < RESULT_GROUPS.length; g++) {
            resultRows += otherAsOneRow && g == RESULT_GROUPS.length - 1 ? 1 : RESULT_GROUPS[g].length;
        }
        boolean first = true;
        for (int g = 0; g < RESULT_GROUPS.length; g++) {
            var group = RESULT_GROUPS[g];
            if (otherAsOneRow && g == RESULT_GROUPS.length - 1) {
                rows.add(applicationRow(v, "other", Cell.label(label.apply("（六）其他处理")).span(2, 1)));
                continue;
            }
            for (int r = 0; r < group.length; r++) {
                var cells = new ArrayList<Cell>();
                if (first) {
                    cells.add(Cell.label("三、本年度办理结果").span(1, resultRows));
                    first = false;
                }
                if (!group[0][0].isEmpty() && r == 0) {
                    cells.add(Cell.label(group[0][0]).span(1, group.length));
                }
                cells.add(Cell.label(label.apply(group[r][2])).span(group[0][0].isEmpty() ? 2 : 1, 1));
                rows.add(applicationRow(v, group[r][1], cells.toArray(Cell[]::new)));
            }
        }
        rows.add(applicationRow(v, "handled_total", Cell.label(label.apply("（七）总计")).span(2, 1)));
        rows.add(applicationRow(v, "carried_over", Cell.label(label.apply("四、结转下年度继续办理")).span(3, 1)));
        return new Table("三", rows);
    }

    private static Row applicationRow(java.util.Map<String, String> v, String key, Cell... labels) {
        var cells = new ArrayList<>(List.of(labels));
        for (var c : COLUMNS) {
            cells.add(value(v, "app_" + key + "_" + c));
        }
        return new Row(cells, false);
    }

    private static Table appeals(java.util.Map<String, String> v) {
        var rows = new ArrayList<Row>();
        rows.add(header(Cell.label("行政复议").span(5, 1), Cell.label("行政诉讼").span(10, 1)));
        var second = new ArrayList<Cell>();
        for (var p : APPEAL_PARTS) {
            second.add(Cell.label(p).span(1, 2));
        }
        second.add(Cell.label("未经复议直接起诉").span(5, 1));
        second.add(Cell.label("复议后起诉").span(5, 1));
        rows.add(new Row(second, true));
        var third = new ArrayList<Cell>();
        for (int k = 0; k < 2; k++) {
            for (var p : APPEAL_PARTS) {
                third.add(Cell.label(p));
            }
        }
        rows.add(new Row(third, true));
        var figures = new ArrayList<Cell>();
        for (var g : APPEAL_GROUPS) {
            for (var k : APPEAL_KEYS) {
                figures.add(value(v, g + "_" + k));
            }
        }
        rows.add(new Row(figures, false));
        return new Table("四", rows);
    }

    /** Table 四 as three tables, one per group, each with its own header: seen on sites that rebuild tables. */
    private static List<Table> appealsAsThreeTables(java.util.Map<String, String> v) {
        var out = new ArrayList<Table>();
        String[] headings = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
        for (int g = 0; g < APPEAL_GROUPS.length; g++) {
            var parts = new ArrayList<Cell>();
            var figures = new ArrayList<Cell>();
            for (int k = 0; k < APPEAL_PARTS.length; k++) {
                parts.add(Cell.label(APPEAL_PARTS[k]));
                figures.add(value(v, APPEAL_GROUPS[g] + "_" + APPEAL_KEYS[k]));
            }
            out.add(new Table("四", List.of(header(Cell.label(headings[g]).span(5, 1)), new Row(parts, true),
                    new Row(figures, false))));
        }
        return out;
    }

    /** A label without its numbering (一、, （一）, 1.): seen in store renderings that drop list marks. */
    public static String withoutNumbering(String label) {
        return label.replaceFirst("^(?:[一二三四五六七八九十]、|（[一二三四五六七八九十]）|\\d\\.)", "");
    }
}
