package nianbao.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.ValueType;

/**
 * The tables of the data set and their columns, typed: what every writer (CSV, Parquet, xlsx) and
 * every description of the data (the codebook, {@code datapackage.json}, Stata's and R's loaders)
 * is made from, so that they cannot disagree. Ids and codes are text, whatever they look like.
 */
public final class Columns {

    /**
     * A column.
     *
     * @param labelZh a short Chinese label, for Stata's variable labels and the codebook
     */
    public record Column(String name, ValueType type, String unit, String labelZh, String description) {
    }

    /** A table: its file stem and its columns in order. */
    public record Table(String name, List<Column> columns) {

        /**
         * A row's values typed as its columns are (text {@link String}, integer {@link Long}, decimal
         * {@link BigDecimal} at {@value Columns#SCALE} places, date {@link LocalDate}), from the text of its CSV
         * row; null where the CSV cell is empty, and for a decimal Parquet cannot keep exactly (more
         * than {@value Columns#SCALE} places, or more than {@value Columns#PRECISION} digits: never printed in a
         * report) rather than a rounded one. What every typed writer (Parquet, Spark) writes.
         */
        public List<Object> typed(List<String> row) {
            var out = new ArrayList<Object>(row.size());
            for (int i = 0; i < columns.size(); i++) {
                String text = row.get(i);
                var c = columns.get(i);
                if (text.isEmpty() && !c.name().equals("doc_id")) {
                    out.add(null);
                    continue;
                }
                out.add(switch (c.type()) {
                    case INTEGER -> Long.parseLong(text);
                    case DECIMAL -> decimal(new BigDecimal(text));
                    case DATE -> LocalDate.parse(text);
                    default -> text;
                });
            }
            return out;
        }

        public int index(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Short Chinese labels of the metadata columns. */
    private static final Map<String, String> METADATA_ZH = Map.ofEntries(
            Map.entry("doc_id", "文档编号"), Map.entry("source", "来源"), Map.entry("format", "格式"),
            Map.entry("status", "状态"), Map.entry("template", "模板"), Map.entry("year", "报告年度"),
            Map.entry("agency", "机关"), Map.entry("published", "发布日期"), Map.entry("province", "省"),
            Map.entry("city", "市"), Map.entry("county", "县"), Map.entry("region_code", "区划代码"),
            Map.entry("township", "乡镇街道"), Map.entry("township_code", "乡镇代码"), Map.entry("level", "层级"),
            Map.entry("sources", "全部来源"));

    public static final Table REPORTS = new Table("reports", reportColumns());

    public static final Table VALUES = new Table("values", List.of(
            new Column("doc_id", ValueType.TEXT, "", "文档编号", "the document's id (reports.doc_id)"),
            new Column("source", ValueType.TEXT, "", "来源", "the document's first path or URL"),
            new Column("field", ValueType.TEXT, "", "字段", "the figure's field (codebook.field)"),
            new Column("value", ValueType.DECIMAL, "", "数值",
                    "the figure in its field's unit; empty when what was printed is no number"),
            new Column("raw", ValueType.TEXT, "", "原文", "the figure as printed (8,597.09, —), always text"),
            new Column("page", ValueType.INTEGER, "", "页", "the page it was printed on (PDF; text: form feeds counted)"),
            new Column("line", ValueType.INTEGER, "", "行", "the line or table row it was printed on"),
            new Column("column", ValueType.INTEGER, "", "列", "the table column (PDF, markup) or character column (text)"),
            new Column("box", ValueType.TEXT, "", "位置框", "the cell's box on a PDF page: x0 y0 x1 y1 in points"),
            new Column("confidence", ValueType.DECIMAL, "", "识别置信度",
                    "OCR's confidence in the reading, 0 to 1, for a figure read from a scan; empty for printed text")));

    public static final Table CHECKS = new Table("checks", List.of(
            new Column("doc_id", ValueType.TEXT, "", "文档编号", "the document's id (reports.doc_id)"),
            new Column("source", ValueType.TEXT, "", "来源", "the document's first path or URL"),
            new Column("check", ValueType.TEXT, "", "检查", "the finding's stable code (identity_balance, row_missing, …)"),
            new Column("severity", ValueType.TEXT, "", "严重程度", "error, warning or info"),
            new Column("fields", ValueType.TEXT, "", "涉及字段", "the fields involved, separated by spaces"),
            new Column("message", ValueType.TEXT, "", "说明", "what happened, with the figures and where")));

    /** Decimals as the typed tables keep them: 38 digits, 10 after the point (万元 with more is not printed). */
    public static final int PRECISION = 38;
    public static final int SCALE = 10;

    private Columns() {
    }

    /** A decimal at {@link #SCALE} places, or null when it does not fit exactly. */
    static BigDecimal decimal(BigDecimal value) {
        BigDecimal scaled;
        try {
            scaled = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException inexact) {
            return null;
        }
        return scaled.precision() > PRECISION ? null : scaled;
    }

    private static List<Column> reportColumns() {
        var out = new ArrayList<Column>();
        for (Field f : Schema.reportColumns()) {
            out.add(new Column(f.id(), f.type(), f.unit(), labelZh(f), f.meaning()));
        }
        return out;
    }

    /** A field's short Chinese label: its row and column as the template prints them. */
    static String labelZh(Field f) {
        String meta = METADATA_ZH.get(f.id());
        if (meta != null) {
            return meta;
        }
        String row = f.rowLabel().replaceFirst("^第二十条第（[一二三四五六七八九十]+）项\\s*", "");
        // The row's own label, without the groups above it (三、本年度办理结果 （三）不予公开 1.属于国家秘密).
        String[] parts = row.split("\\s+");
        String own = parts[parts.length - 1];
        String column = f.columnLabel().replaceFirst("（2019:.*）$", "");
        if (f.table().equals("四")) {
            return (f.rowLabel() + " " + column).strip();
        }
        return (own + " " + column.replaceFirst("^申请人情况\\s*", "")).strip();
    }
}
