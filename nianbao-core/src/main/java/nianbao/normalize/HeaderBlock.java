package nianbao.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nianbao.source.Line;

/**
 * The block of {@code key: value} lines a crawler or an archive writes before a page's text
 * (pingtan_2021_page.txt: 标题, 发布时间, 文号, 发布机构, 栏目, 原文链接, then a line of {@code =}): the
 * page's title, date of publication and publisher, which the body may not print again. Its lines
 * are no part of the report: no title is looked for in them, and no signature.
 *
 * @param fields   the values by key, as printed (trimmed)
 * @param bodyFrom the index of the first line after the block (0 when there is none)
 */
record HeaderBlock(Map<String, String> fields, int bodyFrom) {

    static final HeaderBlock NONE = new HeaderBlock(Map.of(), 0);

    /** The keys archives and crawlers write; a block needs two of them to be one. */
    private static final Pattern KEY_LINE = Pattern.compile(
            "^(标题|题目|发布时间|发布日期|成文日期|发文日期|发布机构|发文机关|来源|文号|发文字号|索引号|栏目|所属栏目|"
                    + "原文链接|链接|本地目录|列表页|抓取时间|主题分类)\\s*[:：]\\s*(.*)$");
    /** A separator line: {@code ==== 正文 ====}, {@code ----}. */
    private static final Pattern SEPARATOR = Pattern.compile("^[=\\-_*#]{3,}\\s*\\S{0,8}\\s*[=\\-_*#]{0,}$");
    /** Notes archives add about files kept beside the page. */
    private static final Pattern NOTE = Pattern.compile("^页面链接.*|^附件[:：].*");
    private static final int MIN_KEYS = 2;

    static HeaderBlock of(List<Line> lines) {
        var fields = new HashMap<String, String>();
        int end = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            var m = KEY_LINE.matcher(text);
            if (m.matches()) {
                fields.putIfAbsent(m.group(1), m.group(2).strip());
            } else if (!SEPARATOR.matcher(text).matches() && !NOTE.matcher(text).matches()) {
                break;
            }
            end = i + 1;
        }
        return fields.size() >= MIN_KEYS ? new HeaderBlock(Map.copyOf(fields), end) : NONE;
    }

    /** The value of the first of these keys the block has, or empty. */
    String get(String... keys) {
        for (var k : keys) {
            String v = fields.get(k);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
