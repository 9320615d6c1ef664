package nianbao.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.source.FontArtefacts;
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
    private static final String DISCLOSURE = "(?:政府信息公开|政务公开|信息公开)";
    /** 盐边县2024年政府信息公开工作年度报告: the agency before the year. */
    private static final Pattern AGENCY_THEN_YEAR = Pattern.compile(
            "^(.*?)(?:关于)?" + YEAR + "年度?(?:的)?" + DISCLOSURE);
    /** 2022年水利部政府信息公开工作年度报告: the year before the agency. */
    private static final Pattern YEAR_THEN_AGENCY = Pattern.compile(
            "^" + YEAR + "年度?(?:的)?(.+?)(?:政府信息公开|政务公开|(?<!政府)信息公开)");
    private static final Pattern AGENCY_WITHOUT_YEAR = Pattern.compile("^(.*?)(?:关于)?" + DISCLOSURE);
    /** What names an annual report: 年度报告, or 年报 in a title about disclosure. */
    private static final Pattern NAMES_REPORT = Pattern.compile("年度报告|信息公开工作报告|公开.*年报$");
    /** A listed report's title, for telling a list of reports from a report. */
    private static final Pattern LISTED_REPORT = Pattern.compile(YEAR + "年度?" + DISCLOSURE + "工作年度报告");
    private static final Pattern PERIOD = Pattern.compile("(?:统计期限|统计时限|统计时间|统计周期|期限)[^0-9]{0,6}(\\d{4})年");
    private static final Pattern[] DATES = {
            Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"),
            Pattern.compile("([〇○零O０一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"),
            Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})"),
    };
    private static final int MAX_TITLE = 80;
    /** A title is printed over at most this many lines (2024 年上海市科委政府信息公开工作 ⏎ 年度报告). */
    private static final int TITLE_LINES = 3;
    private static final Pattern SENTENCE = Pattern.compile("[，。；,;]");
    /** Decoration around a title: Markdown, quotation and book-title marks. */
    private static final Pattern DECORATION = Pattern.compile("[#*《》“”\"]");

    /**
     * What the reader found; {@code title} and {@code signature} as printed, for finding places in.
     *
     * @param titled        whether a title naming an annual report was found
     * @param listedReports how many years of reports the text lists by their titles (a list page lists many)
     */
    record Found(String agency, Integer year, LocalDate published, String title, String signature, boolean titled,
                 int listedReports) {
    }

    private MetadataReader() {
    }

    static Found read(List<Line> lines) {
        var header = HeaderBlock.of(lines);
        var body = lines.subList(header.bodyFrom(), lines.size());
        String agency = "";
        Integer year = null;
        String title = header.get("标题", "题目");
        if (!namesReport(Simplified.of(compact(title)))) {
            title = title(body);
        }
        if (title != null) {
            title = FontArtefacts.fold(compact(title));
            var named = agencyAndYear(title);
            agency = named.agency;
            year = named.year;
        }
        if (agency.isEmpty() && title != null) {
            agency = clean(FontArtefacts.fold(compact(header.get("发布机构", "发文机关"))));
        }
        if (year == null) {
            year = periodYear(body);
        }
        var published = published(body);
        if (published == null) {
            published = date(header.get("发布时间", "发布日期", "成文日期", "发文日期"));
        }
        return new Found(agency, year, published, title == null ? "" : title, signature(body), title != null,
                listedReports(body));
    }

    /** The agency and year a title names. */
    private record Named(String agency, Integer year) {
    }

    private static Named agencyAndYear(String title) {
        // Matched on a simplified copy; the agency is taken as printed, at the same place.
        String simplified = Simplified.of(title);
        String printed = simplified.length() == title.length() ? title : simplified;
        Matcher m = AGENCY_THEN_YEAR.matcher(simplified);
        boolean agencyFirst = m.find();
        if (agencyFirst && !clean(m.group(1)).isEmpty()) {
            return new Named(clean(printed.substring(m.start(1), m.end(1))), year(m.group(2)));
        }
        Matcher y = YEAR_THEN_AGENCY.matcher(simplified);
        if (y.find()) {
            String agency = clean(printed.substring(y.start(2), y.end(2)));
            // 2023年某市人民政府信息公开…: the government's 政府 is not the report's.
            if (agency.endsWith("人民") && simplified.startsWith("政府", y.end(2))) {
                agency += printed.substring(y.end(2), y.end(2) + 2);
            }
            return new Named(agency, year(y.group(1)));
        }
        if (agencyFirst) {
            return new Named("", year(m.group(2)));
        }
        Matcher n = AGENCY_WITHOUT_YEAR.matcher(simplified);
        return new Named(n.find() ? clean(printed.substring(n.start(1), n.end(1))) : "", null);
    }

    private static Integer year(String printed) {
        int y = ChineseNumerals.parse(printed);
        return y > 0 ? y : null;
    }

    private static boolean namesReport(String simplifiedCompact) {
        return NAMES_REPORT.matcher(simplifiedCompact).find();
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
     * The title: the first line naming an annual report, joined to the lines above it when the
     * agency is printed on a line of its own (seed 000: 米易县行政审批局 ⏎ 2024 年政府信息公开工作年度报告)
     * or the title breaks over lines (kiro_shanghai_kewei_2024: 2024 年上海市科委政府信息公开工作 ⏎ 年度报告).
     */
    private static String title(List<Line> lines) {
        var seen = new ArrayList<String>();
        for (int i = 0; i < Math.min(lines.size(), TITLE_SEARCH_LINES); i++) {
            String text = compact(lines.get(i).text());
            if (text.isEmpty()) {
                continue;
            }
            // Titles copied in traditional characters (年度報告) are recognised on a simplified copy.
            if (isTitleLine(text) && namesReport(Simplified.of(text))) {
                String title = text;
                for (int up = seen.size() - 1; up >= Math.max(0, seen.size() - (TITLE_LINES - 1)); up--) {
                    if (complete(title) || !isTitleLine(seen.get(up))) {
                        break;
                    }
                    title = seen.get(up) + title;
                }
                return title;
            }
            seen.add(text);
        }
        return null;
    }

    /** A line a title may be printed on: short, and no sentence. */
    private static boolean isTitleLine(String compact) {
        // A sentence that mentions the report (本年度报告根据……编制，……) is no title.
        return compact.length() <= MAX_TITLE && !SENTENCE.matcher(compact).find();
    }

    /** Whether a title names its agency and what it reports on. */
    private static boolean complete(String title) {
        String simplified = Simplified.of(title);
        return !agencyAndYear(title).agency.isEmpty() && Pattern.compile(DISCLOSURE).matcher(simplified).find();
    }

    /** How many years of reports the text lists by their full titles. */
    private static int listedReports(List<Line> lines) {
        var years = new java.util.HashSet<Integer>();
        for (var line : lines) {
            Matcher m = LISTED_REPORT.matcher(Simplified.of(compact(line.text())));
            while (m.find()) {
                years.add(ChineseNumerals.parse(m.group(1)));
            }
        }
        return years.size();
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
            String text = FontArtefacts.fold(compact(lines.get(i).text()));
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

    /** The first date in a text (a header's 发布时间 2022-02-08 16:34), or null. */
    private static LocalDate date(String printed) {
        String text = FontArtefacts.fold(compact(printed));
        for (var p : DATES) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return date(m);
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

    /** Spaces of any width, compiled once (String.replaceAll compiles its pattern at each call). */
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

    /** Text without spaces of any width. */
    private static String compact(String s) {
        return SPACES.matcher(s).replaceAll("");
    }

    private static String clean(String agency) {
        return DECORATION.matcher(agency).replaceAll("").strip();
    }
}
