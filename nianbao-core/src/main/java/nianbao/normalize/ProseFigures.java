package nianbao.normalize;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.schema.Template;
import nianbao.source.Line;

/**
 * Figures of table 二 that a report's own text quotes (pingtan_2022_page.txt: 集中公开现行有效行政规范性
 * 文件698件，动态更新本年度制发的规范性文件88件), which decide between the splits of fused cells where
 * table 二, having no identity, cannot. Only phrases that name one cell unmistakably are read, and
 * only outside the tables; a field quoted with two values is not read. They never make a figure:
 * they only choose among the readings the printed cells allow.
 *
 * <p>Tables 三 and 四 are not read from the text: reports quote their figures loosely (pingtan 2022
 * says 收到申请75件 where its table counts 74 new and 1 carried over), and their identities decide
 * far more safely.
 */
final class ProseFigures {

    private static final String COUNT = "(?:共计?|合计)?(\\d+)(?:件|个|份|部)";
    private static final String NORM = "(?:行政)?规范性文件";
    private static final String RULES = "(?:政府)?规章";

    private record Phrase(String field, Pattern pattern) {
    }

    private static final List<Phrase> T2021 = List.of(
            new Phrase("reg_norm_in_force", Pattern.compile("现行有效(?:的)?" + NORM + COUNT)),
            new Phrase("reg_norm_issued", Pattern.compile("(?:制发|印发|出台)(?:的|了)?" + NORM + COUNT)),
            new Phrase("reg_norm_repealed", Pattern.compile("废止(?:的|了)?" + NORM + COUNT)),
            new Phrase("reg_rules_in_force", Pattern.compile("现行有效(?:的)?" + RULES + COUNT)),
            new Phrase("reg_rules_issued", Pattern.compile("(?:制发|印发|出台)(?:的|了)?" + RULES + COUNT)),
            new Phrase("reg_rules_repealed", Pattern.compile("废止(?:的|了)?" + RULES + COUNT)));

    private ProseFigures() {
    }

    /**
     * @param lines the document's lines
     * @param start the first line of the tables' region
     * @param end   the line after it
     */
    static Map<String, BigDecimal> read(List<Line> lines, int start, int end, Template template) {
        if (template != Template.T2021) {
            return Map.of();
        }
        var found = new HashMap<String, BigDecimal>();
        var conflicting = new HashSet<String>();
        for (int i = 0; i < lines.size(); i++) {
            if (i >= start && i < end) {
                continue;
            }
            String text = MatchText.of(lines.get(i).text());
            for (var phrase : T2021) {
                Matcher m = phrase.pattern.matcher(text);
                while (m.find()) {
                    var value = new BigDecimal(m.group(1));
                    var before = found.putIfAbsent(phrase.field, value);
                    if (before != null && before.compareTo(value) != 0) {
                        conflicting.add(phrase.field);
                    }
                }
            }
        }
        found.keySet().removeAll(conflicting);
        return found;
    }
}
