package nianbao.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.source.Line;

/**
 * Reads who reported and when: the agency as named in the title, the year reported on, and the
 * date printed under the signature.
 */
final class MetadataReader {

    /** How far into a document its title may start (the seeds open with blank lines). */
    private static final int TITLE_SEARCH_LINES = 40;
    /** How many non-blank lines at the end may hold the signature's date. */
    private static final int SIGNATURE_LINES = 8;

    private static final String YEAR = "(\\d{4}|[〇○零O０一二三四五六七八九]{4})";
    private static final Pattern TITLE_WITH_YEAR = Pattern.compile(
            "^(.*?)(?:关于)?" + YEAR + "年度?(?:的)?(?:政府信息公开|政务公开|信息公开)");
    private static final Pattern TITLE_WITHOUT_YEAR = Pattern.compile("^(.*?)(?:关于)?(?:政府信息公开|政务公开|信息公开)");
    private static final Pattern PERIOD = Pattern.compile("(?:统计期限|统计时限|统计时间|期限)[^0-9]{0,6}(\\d{4})年");
    private static final Pattern[] DATES = {
            Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"),
            Pattern.compile("([〇○零O０一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"),
            Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})"),
    };
    private static final int MAX_TITLE = 80;
    private static final Pattern SENTENCE = Pattern.compile("[，。；,;]");
    /** Decoration around a title: Markdown, quotation and book-title marks. */
    private static final Pattern DECORATION = Pattern.compile("[#*《》“”\"]");

    /** What the reader found; {@code title} and {@code signature} as printed, for finding places in. */
    record Found(String agency, Integer year, LocalDate published, String title, String signature) {
    }

    private MetadataReader() {
    }

    static Found read(List<Line> lines) {
        String agency = "";
        Integer year = null;
        var title = title(lines);
        if (title != null) {
            // Matched on a simplified copy; the agency is taken as printed, at the same place.
            String simplified = Simplified.of(title);
            String printed = simplified.length() == title.length() ? title : simplified;
            Matcher m = TITLE_WITH_YEAR.matcher(simplified);
            if (m.find()) {
                agency = clean(printed.substring(m.start(1), m.end(1)));
                int y = ChineseNumerals.parse(m.group(2));
                year = y > 0 ? y : null;
            } else {
                Matcher n = TITLE_WITHOUT_YEAR.matcher(simplified);
                if (n.find()) {
                    agency = clean(printed.substring(n.start(1), n.end(1)));
                }
            }
        }
        if (year == null) {
            year = periodYear(lines);
        }
        return new Found(agency, year, published(lines), title == null ? "" : title, signature(lines));
    }

    /** The last lines, where the issuing body signs. */
    private static String signature(List<Line> lines) {
        var out = new ArrayList<String>();
        for (int i = lines.size() - 1; i >= 0 && out.size() < SIGNATURE_LINES; i--) {
            String text = compact(lines.get(i).text());
            if (!text.isEmpty()) {
                out.add(0, text);
            }
        }
        return String.join("\n", out);
    }

    /**
     * The title: the first line naming an annual report, joined to the line above when the agency
     * is printed on a line of its own (seed 000: 米易县行政审批局 ⏎ 2024 年政府信息公开工作年度报告).
     */
    private static String title(List<Line> lines) {
        var seen = new ArrayList<String>();
        for (int i = 0; i < Math.min(lines.size(), TITLE_SEARCH_LINES); i++) {
            String text = compact(lines.get(i).text());
            if (text.isEmpty()) {
                continue;
            }
            // Titles copied in traditional characters (年度報告) are recognised on a simplified copy.
            String simplified = Simplified.of(text);
            boolean names = simplified.contains("年度报告") || (simplified.endsWith("年报") && simplified.contains("公开"));
            // A sentence that mentions the report (本年度报告根据……编制，……) is no title.
            if (names && text.length() <= MAX_TITLE && !SENTENCE.matcher(text).find()) {
                Matcher m = TITLE_WITH_YEAR.matcher(simplified);
                boolean agencyAbove = m.find() ? clean(m.group(1)).isEmpty() : text.startsWith("政府信息公开");
                if (agencyAbove && !seen.isEmpty()) {
                    return seen.get(seen.size() - 1) + text;
                }
                return text;
            }
            seen.add(text);
        }
        return null;
    }

    private static Integer periodYear(List<Line> lines) {
        for (var line : lines) {
            Matcher m = PERIOD.matcher(compact(line.text()));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    /**
     * The date under the signature: the last date standing alone (or after the signing body) on one
     * of the last lines. Dates inside sentences are not signatures.
     */
    private static LocalDate published(List<Line> lines) {
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < SIGNATURE_LINES; i--) {
            String text = compact(lines.get(i).text());
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            if (text.length() > 40 || text.contains("，") || text.contains("。")) {
                continue;
            }
            for (var p : DATES) {
                Matcher m = p.matcher(text);
                if (m.find() && m.end() == text.length()) {
                    var date = date(m);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static LocalDate date(Matcher m) {
        int y = ChineseNumerals.parse(m.group(1));
        int mo = ChineseNumerals.parse(m.group(2));
        int d = ChineseNumerals.parse(m.group(3));
        try {
            return y >= 1990 && y <= 2100 ? LocalDate.of(y, mo, d) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Text without spaces of any width. */
    private static String compact(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }

    private static String clean(String agency) {
        return DECORATION.matcher(agency).replaceAll("").strip();
    }
}
