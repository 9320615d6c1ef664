package nianbao.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nianbao.render.Layout.Block;
import nianbao.render.Layout.Kind;
import nianbao.render.Layout.Table;
import nianbao.render.Layout.Text;

/**
 * The texts real crawls, stores, archives and converters make of a report (spec/real-layouts.md), each
 * made from a report's {@link Layout}. A rendering is deterministic for a given random source, so a
 * corpus file re-made from the same facts and seed is byte for byte the same.
 */
public enum Rendering {

    /** Tab-separated cells, a row per line, as a web page's text copied out (the seeds). */
    TABS("tabs"),
    /** Pipe tables, a row per line ({@code | 行政许可 | 2629 |  |  |}), as store renderings of pages keep them. */
    PIPE_ROWS("pipe-rows"),
    /** Pipe tables with a line per cell ({@code | 行政许可 |} ⏎ {@code | 2629 |}). */
    PIPE_CELL_LINES("pipe-cell-per-line"),
    /** A cell per line and nothing else, as {@code pdftotext} without {@code -layout} reads a table. */
    CELL_LINES("cell-per-line"),
    /**
     * A cell per line, and the labels of the rows whose labels wrap printed after the table, away
     * from their cells: what {@code pdftotext} without {@code -layout} makes of a WPS table
     * (corpus/text/pdftotext-raw/huaian-city-2024.txt).
     */
    LABELS_AFTER_TABLE("labels-after-table"),
    /** A cell per paragraph: blank lines between the cells. */
    CELL_PARAGRAPHS("cell-per-paragraph"),
    /** Each cell followed by a line holding only {@code |}. */
    CELL_BAR_LINES("cell-then-bar-line"),
    /** Markdown: each 第二十条 item a heading, its table after it; tables 三 and 四 under headings. */
    MARKDOWN_HEADINGS("markdown-after-headings"),
    /** A crawler's text dump: a header block, a line per paragraph, every table cell fused with the next. */
    FUSED("fused-cells"),
    /** A PDF-to-Markdown conversion: long labels wrapped onto loose lines away from their figures. */
    SHATTERED("labels-on-loose-lines"),
    /** Table 四 as three tables (复议, 未经复议直接起诉, 复议后起诉), each with its own header. */
    APPEALS_SPLIT("appeals-three-tables"),
    /** Table 四's header words written vertically, a character per line. */
    VERTICAL_HEADERS("appeals-vertical-header"),
    /** Pipe tables with a placeholder row of dashes under each header. */
    PLACEHOLDER_ROWS("placeholder-rows"),
    /** Row labels without their numbering (本年新收政府信息公开申请数量, 予以公开). */
    UNNUMBERED("labels-unnumbered"),
    /** A province's fill-in notes inside table 二's labels, and a row it added (湖北, 2020). */
    PROVINCE_NOTES("province-fill-in-notes");

    /** The name used in corpus file names: SOURCE.NAME.txt. */
    public final String fileName;

    Rendering(String fileName) {
        this.fileName = fileName;
    }

    /** The report's text in this rendering. */
    public String render(Facts facts, Random random) {
        var options = switch (this) {
            case APPEALS_SPLIT -> new Layout.Options(true, s -> s, false);
            case UNNUMBERED -> new Layout.Options(false, Layout::withoutNumbering, false);
            case PROVINCE_NOTES -> new Layout.Options(false, s -> s, true);
            default -> Layout.Options.PLAIN;
        };
        var blocks = Layout.of(facts, options);
        var out = new ArrayList<String>();
        switch (this) {
            case FUSED -> fused(facts, blocks, random, out);
            default -> {
                for (var block : blocks) {
                    if (block instanceof Text t) {
                        text(facts, t, out);
                    } else {
                        table((Table) block, random, out);
                    }
                }
            }
        }
        return String.join("\n", out) + "\n";
    }

    // ---- text lines -----------------------------------------------------------------------

    private void text(Facts facts, Text t, List<String> out) {
        switch (t.kind()) {
            case TITLE -> title(facts, out);
            case HEADING -> {
                out.add(this == MARKDOWN_HEADINGS || this == SHATTERED ? "## " + t.text() : t.text());
                out.add("");
            }
            case PARAGRAPH -> {
                out.add(t.text());
                out.add("");
            }
            case SIGNATURE -> out.add(signature(t.text()));
        }
    }

    /**
     * Titles as real renderings print them: over two lines (2024 年上海市科委政府信息公开工作 ⏎ 年度报告),
     * the year before the agency (2022年水利部…), with Kangxi radicals from a broken font map (⼈民政府).
     */
    private void title(Facts facts, List<String> out) {
        String agency = facts.agency();
        String rest = "政府信息公开工作年度报告";
        switch (this) {
            case CELL_LINES, SHATTERED -> {
                out.add(agency + facts.year() + "年政府信息公开工作");
                out.add("年度报告");
            }
            case CELL_PARAGRAPHS, PIPE_CELL_LINES -> out.add(facts.year() + "年" + agency + rest);
            case PIPE_ROWS, CELL_BAR_LINES -> out.add(kangxi(agency) + facts.year() + "年" + rest);
            case MARKDOWN_HEADINGS -> out.add("# " + facts.title());
            default -> out.add(facts.title());
        }
        out.add("");
    }

    /** A date signed with spaces ({@code 2025 年 1 月 28 日}) or padded ({@code 2025年01月08日}) in some renderings. */
    private String signature(String text) {
        if (!text.matches("\\d{4}年\\d{1,2}月\\d{1,2}日")) {
            return text;
        }
        return switch (this) {
            case PIPE_ROWS, CELL_LINES -> text.replace("年", " 年 ").replace("月", " 月 ").replace("日", " 日");
            case CELL_BAR_LINES -> kangxi(padded(text));
            default -> text;
        };
    }

    private static String padded(String date) {
        var m = java.util.regex.Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日").matcher(date);
        return m.matches() ? String.format("%s年%02d月%02d日", m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) : date;
    }

    /** Ideographs as a broken ToUnicode map gives them: Kangxi radicals (⼈ U+2F08, ⽇ U+2F47, ⽉ U+2F49). */
    static String kangxi(String text) {
        return text.replace('人', '⼈').replace('日', '⽇').replace('月', '⽉').replace('大', '⼤');
    }

    // ---- tables ---------------------------------------------------------------------------

    private void table(Table table, Random random, List<String> out) {
        var grid = Grid.of(table);
        switch (this) {
            case TABS, APPEALS_SPLIT, UNNUMBERED, PROVINCE_NOTES -> grid.rows().forEach(r -> out.add(String.join("\t", r.cells())));
            case VERTICAL_HEADERS -> verticalHeaders(table, grid, out);
            case PIPE_ROWS, PLACEHOLDER_ROWS -> pipeRows(grid, out, false);
            case MARKDOWN_HEADINGS -> pipeRows(grid, out, true);
            case PIPE_CELL_LINES -> grid.rows().forEach(r -> r.cells().forEach(c -> out.add("| " + c + " |")));
            case CELL_LINES -> grid.cells().forEach(out::add);
            case LABELS_AFTER_TABLE -> labelsAfterTable(grid, out);
            case CELL_PARAGRAPHS -> grid.cells().forEach(c -> {
                out.add(c);
                out.add("");
            });
            case CELL_BAR_LINES -> grid.rows().forEach(r -> r.cells().forEach(c -> {
                out.add(c);
                out.add("|");
            }));
            case SHATTERED -> shattered(grid, out);
            default -> throw new IllegalStateException(name());
        }
        out.add("");
    }

    /**
     * Pipe tables: a separator under the first row; with {@code headings}, the 第二十条 items of
     * table 二 printed as headings with a table of their own after each. Placeholder rows of dashes
     * stand under each header where the rendering has them.
     */
    private void pipeRows(Grid grid, List<String> out, boolean headings) {
        boolean first = true;
        boolean inHeader = true;
        for (var row : grid.rows()) {
            String only = row.cells().stream().filter(c -> !c.isEmpty()).reduce((a, b) -> a + b).orElse("");
            if (headings && only.startsWith("第二十条")) {
                out.add("");
                out.add("### " + only);
                first = true;
                continue;
            }
            if (this == PLACEHOLDER_ROWS && inHeader && !row.header()) {
                out.add("| " + String.join(" | ", row.cells().stream().map(c -> "-").toList()) + " |");
            }
            inHeader = row.header();
            out.add("| " + String.join(" | ", row.cells()) + " |");
            if (first) {
                out.add("|" + "---|".repeat(row.cells().size()));
                first = false;
            }
        }
    }

    /** Labels longer than this many characters are printed after the table (they wrap in their cell). */
    private static final int MOVED_LABEL = 12;

    private static void labelsAfterTable(Grid grid, List<String> out) {
        var moved = new ArrayList<String>();
        for (var row : grid.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cells().get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                if (!row.header() && !row.figure()[c] && cell.length() > MOVED_LABEL) {
                    moved.add(cell);
                } else {
                    out.add(cell);
                }
            }
        }
        out.addAll(moved);
    }

    /** Table 四's header rows with each label written down, a character per line, cells side by side. */
    private static void verticalHeaders(Table table, Grid grid, List<String> out) {
        for (var row : grid.rows()) {
            if (!table.id().equals("四") || !row.header()) {
                out.add(String.join("\t", row.cells()));
                continue;
            }
            int depth = row.cells().stream().mapToInt(String::length).max().orElse(0);
            for (int k = 0; k < depth; k++) {
                final int at = k;
                out.add(String.join("\t", row.cells().stream()
                        .map(c -> at < c.length() ? String.valueOf(c.charAt(at)) : "").toList()));
            }
        }
    }

    /** Labels of more than this many characters wrap in a narrow PDF column (kiro_shanghai_kewei_2024). */
    private static final int WRAP = 10;

    /**
     * A PDF-to-Markdown conversion as kiro_shanghai_kewei_2024_source.md shows it: header cells fused
     * on loose lines, rows whose labels wrap printed as a row of figures alone, their label's pieces on
     * loose lines above the row before them.
     */
    private static void shattered(Grid grid, List<String> out) {
        var rows = new ArrayList<String>();
        var looseBefore = new java.util.HashMap<Integer, List<String>>();
        for (var row : grid.rows()) {
            if (row.header()) {
                out.add(String.join("", row.cells()));
                continue;
            }
            var labels = new StringBuilder();
            var figures = new ArrayList<String>();
            for (int c = 0; c < row.cells().size(); c++) {
                if (row.figure()[c]) {
                    figures.add(row.cells().get(c));
                } else {
                    labels.append(row.cells().get(c));
                }
            }
            String label = labels.toString();
            if (label.length() > WRAP) {
                var pieces = looseBefore.computeIfAbsent(Math.max(0, rows.size() - 1), k -> new ArrayList<>());
                for (int k = 0; k < label.length(); k += WRAP) {
                    pieces.add(label.substring(k, Math.min(label.length(), k + WRAP)));
                }
                rows.add("| " + String.join(" | ", figures) + " |");
            } else {
                rows.add("| " + (label.isEmpty() ? "" : label + " | ") + String.join(" | ", figures) + " |");
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            var loose = looseBefore.get(r);
            if (loose != null) {
                out.add("");
                out.addAll(loose);
            }
            out.add(rows.get(r));
        }
    }

    // ---- the crawler's dump ---------------------------------------------------------------

    /**
     * A crawler's text dump (pingtan_2021_page.txt): the page's header block, then the body a line per
     * paragraph, the tables' section one line in which every cell follows the one before it with
     * nothing between them, now and then a space.
     */
    private static void fused(Facts facts, List<Block> blocks, Random random, List<String> out) {
        out.add("标题: " + facts.title());
        out.add("发布时间: " + (facts.published() == null ? "" : facts.published() + " 09:30"));
        out.add("文号: ");
        out.add("发布机构: ");
        out.add("栏目: 政府信息公开年报");
        out.add("原文链接: https://www.example.gov.cn/zwgk/zfxxgknb/t" + facts.year() + "0101_1.htm");
        out.add("==================== 正文 ====================");
        var line = new StringBuilder("当前位置： 首页政务公开政府信息公开年报 " + facts.title() + " ");
        boolean inTables = false;
        for (var block : blocks) {
            if (block instanceof Text t) {
                if (t.kind() == Kind.TITLE || t.kind() == Kind.SIGNATURE && t.text().matches("\\d.*日")) {
                    continue;
                }
                if (t.text().startsWith("二、")) {
                    inTables = true;
                } else if (t.text().startsWith("五、")) {
                    inTables = false;
                    out.add(line.toString().strip());
                    line.setLength(0);
                }
                line.append(t.text());
                if (!inTables) {
                    out.add(line.toString().strip());
                    line.setLength(0);
                } else {
                    line.append(' ');
                }
                continue;
            }
            for (var row : Grid.of((Table) block).rows()) {
                for (int c = 0; c < row.cells().size(); c++) {
                    line.append(row.cells().get(c));
                    double space = row.header() ? 0.3 : 0.04;
                    if (random.nextDouble() < space) {
                        line.append(' ');
                    }
                }
            }
            line.append(' ');
        }
        if (!line.isEmpty()) {
            out.add(line.toString().strip());
        }
    }
}
