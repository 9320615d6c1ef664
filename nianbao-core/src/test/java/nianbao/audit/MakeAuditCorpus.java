package nianbao.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.render.Facts;
import nianbao.render.Layout;
import nianbao.render.Rendering;

/**
 * A multi-year corpus for the audit: the agencies of one county (盱眙县: its government, seven
 * departments, two towns) reporting on 2022, 2023 and 2024 in the 2021 template, as tab-separated
 * text reports (the corpus's `tabs` rendering), each with its own prose, figures that keep every
 * identity and carry over from year to year, and published on time — except four planted cases:
 * <ul>
 * <li>{@link #LATE}: the 财政局's report on 2023 published on 20 March 2024 (due 31 January);</li>
 * <li>{@link #MISSING}: the 公安局 has no report on 2023;</li>
 * <li>{@link #COPIED}: the 教育局's report on 2024 repeats its 2023 prose (years updated);</li>
 * <li>{@link #OUTLIER}: the 住房和城乡建设局 granted 5 % of its applications in 2024 (its peers 55–65 %).</li>
 * </ul>
 * Deterministic. Run by {@code scripts/make-audit-corpus.sh OUT}.
 */
public final class MakeAuditCorpus {

    static final String COUNTY = "盱眙县";
    static final List<String> DEPARTMENTS = List.of("教育局", "财政局", "公安局", "自然资源和规划局", "住房和城乡建设局",
            "卫生健康委员会", "市场监督管理局");
    static final List<String> TOWNS = List.of("马坝镇人民政府", "官滩镇人民政府");
    static final List<Integer> YEARS = List.of(2022, 2023, 2024);

    static final String LATE = COUNTY + "财政局";
    static final int LATE_YEAR = 2023;
    static final String MISSING = COUNTY + "公安局";
    static final int MISSING_YEAR = 2023;
    static final String COPIED = COUNTY + "教育局";
    static final int COPIED_YEAR = 2024;
    static final String OUTLIER = COUNTY + "住房和城乡建设局";
    static final int OUTLIER_YEAR = 2024;

    /** Sentences of the kind reports print in sections 一 and 五, each agency drawing its own. */
    private static final String[] DONE = {
            "围绕年度重点工作，及时公开政策文件和工作动态，全年主动公开信息%d条。",
            "完善依申请公开受理、审查、答复流程，做到依法依规按时答复。",
            "加强政府网站信息公开专栏建设，优化栏目设置，方便公众查阅。",
            "落实政策解读与文件同步起草、同步审签、同步发布制度，解读材料%d篇。",
            "组织开展政务公开业务培训%d场次，提升工作人员业务能力。",
            "围绕群众关切开展回应，通过新闻发布会、政务新媒体等渠道发布信息。",
            "规范公文公开属性源头认定，严格落实保密审查制度。",
            "推进基层政务公开标准化规范化建设，更新公开事项目录。",
            "加强政务新媒体管理，全年发布政务信息%d条。",
            "健全信息发布协调机制，确保发布内容准确一致。",
            "做好重大建设项目、公共资源配置等重点领域信息公开。",
            "畅通公众参与渠道，就涉及群众切身利益的事项公开征求意见%d次。"};
    private static final String[] PROBLEMS = {
            "存在的问题：政策解读形式较为单一，图解、视频等多样化解读不足。",
            "存在的问题：部分栏目信息更新不够及时，内容的系统性有待加强。",
            "存在的问题：依申请公开答复的规范性还需提高。",
            "存在的问题：基层工作人员业务能力参差不齐，培训覆盖面不够。",
            "存在的问题：政民互动的深度和实效有待提升。",
            "改进措施：下一步将丰富解读形式，提高解读质量。",
            "改进措施：建立栏目更新台账，定期开展自查。",
            "改进措施：加强答复文书审核，统一答复口径。",
            "改进措施：常态化开展业务培训，强化考核督导。",
            "改进措施：拓展互动渠道，及时回应社会关切。"};

    /** A report written: its agency, year and file. */
    record Report(String agency, int year, Path file) {
    }

    private MakeAuditCorpus() {
    }

    public static void main(String[] args) throws IOException {
        var written = write(Path.of(args.length > 0 ? args[0] : "target/audit-corpus"));
        System.out.println(written.size() + " reports written");
    }

    static List<Report> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        var agencies = new ArrayList<String>();
        agencies.add(COUNTY + "人民政府");
        DEPARTMENTS.forEach(d -> agencies.add(COUNTY + d));
        TOWNS.forEach(t -> agencies.add(COUNTY + t));
        var out = new ArrayList<Report>();
        for (int a = 0; a < agencies.size(); a++) {
            String agency = agencies.get(a);
            var random = new Random(20261203L + 1000L * a);
            long[] carried = new long[1];
            carried[0] = random.nextInt(4);
            String[] lastProse = null;
            for (int year : YEARS) {
                var prose = prose(random, year);
                if (agency.equals(COPIED) && year == COPIED_YEAR) {
                    prose = new String[] {lastProse[0].replace(String.valueOf(year - 1), String.valueOf(year)),
                            lastProse[1].replace(String.valueOf(year - 1), String.valueOf(year)), lastProse[2]};
                }
                lastProse = prose;
                var figures = figures(random, carried, agency.equals(OUTLIER) && year == OUTLIER_YEAR);
                if (agency.equals(MISSING) && year == MISSING_YEAR) {
                    continue;
                }
                boolean government = agency.equals(COUNTY + "人民政府");
                var published = agency.equals(LATE) && year == LATE_YEAR ? LocalDate.of(year + 1, 3, 20)
                        : LocalDate.of(year + 1, government ? 3 : 1, 10 + random.nextInt(15));
                var facts = new Facts("2021", agency, year, published, figures);
                String text = Rendering.TABS.render(facts, random);
                // The template's one body paragraph, printed three times, becomes this report's own prose.
                for (var paragraph : prose) {
                    text = text.replaceFirst(java.util.regex.Pattern.quote(Layout.BODY),
                            java.util.regex.Matcher.quoteReplacement(paragraph));
                }
                var file = dir.resolve(agency + "-" + year + ".txt");
                Files.writeString(file, text, StandardCharsets.UTF_8);
                out.add(new Report(agency, year, file));
            }
        }
        return out;
    }

    /** The preamble, section 一 and section 五: sentences drawn from the banks, figures in them varied. */
    private static String[] prose(Random random, int year) {
        String preamble = "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自" + year + "年1月1日起至" + year
                + "年12月31日止。";
        var done = new StringBuilder(year + "年，");
        for (int i : pick(random, DONE.length, 6)) {
            done.append(String.format(DONE[i], 10 + random.nextInt(900)));
        }
        var problems = new StringBuilder();
        for (int i : pick(random, PROBLEMS.length, 4)) {
            problems.append(PROBLEMS[i]);
        }
        return new String[] {preamble, done.toString(), problems.toString()};
    }

    private static int[] pick(Random random, int of, int count) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < of; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        return order.subList(0, count).stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Table 二 modest; table 三 with every application from natural persons (so each row's total is its
     * first figure), results in shares near those of real county departments; table 四 a few reviews
     * upheld. Last year's carried-over applications are this year's carried in.
     */
    private static Map<String, String> figures(Random random, long[] carried, boolean outlier) {
        var v = new LinkedHashMap<String, String>();
        for (var f : List.of("reg_rules_issued", "reg_rules_repealed", "reg_rules_in_force", "reg_norm_issued",
                "reg_norm_repealed", "reg_norm_in_force", "licensing_decisions", "penalty_decisions",
                "coercion_decisions")) {
            v.put(f, String.valueOf(random.nextInt(40)));
        }
        v.put("fees_wan_yuan", "0");
        long handled = 150 + random.nextInt(150);
        double granted = outlier ? 0.05 : 0.55 + random.nextDouble() * 0.10;
        double partial = 0.08 + random.nextDouble() * 0.02;
        double refused = 0.04 + random.nextDouble() * 0.02;
        double unable = outlier ? 0.75 : 0.14 + random.nextDouble() * 0.04;
        long g = Math.round(handled * granted);
        long p = Math.round(handled * partial);
        long r = Math.round(handled * refused);
        long u = Math.round(handled * unable);
        long rest = handled - g - p - r - u;
        long reject = rest / 2;
        long other = rest - reject;
        var rows = new LinkedHashMap<String, Long>();
        rows.put("granted", g);
        rows.put("partial", p);
        for (var k : List.of("deny_secret", "deny_law", "deny_safety", "deny_third_party", "deny_internal",
                "deny_process", "deny_enforcement", "deny_query")) {
            rows.put(k, 0L);
        }
        rows.put("deny_third_party", r / 2);
        rows.put("deny_process", r - r / 2);
        rows.put("unable_not_held", u - u / 3);
        rows.put("unable_create", 0L);
        rows.put("unable_unclear", u / 3);
        for (var k : List.of("reject_petition", "reject_repeat", "reject_publication", "reject_mass", "reject_confirm")) {
            rows.put(k, 0L);
        }
        rows.put("reject_petition", reject);
        rows.put("other_overdue_fix", other);
        rows.put("other_unpaid_fee", 0L);
        rows.put("other_other", 0L);
        rows.forEach((k, n) -> put(v, k, n));
        long carriedIn = carried[0];
        long carriedOver = random.nextInt(5);
        put(v, "new", handled + carriedOver - carriedIn);
        put(v, "carried_in", carriedIn);
        put(v, "handled_total", handled);
        put(v, "carried_over", carriedOver);
        carried[0] = carriedOver;
        for (var group : Layout.APPEAL_GROUPS) {
            long upheld = group.equals("review") ? 1 + random.nextInt(3) : 0;
            v.put(group + "_upheld", String.valueOf(upheld));
            v.put(group + "_corrected", "0");
            v.put(group + "_other", "0");
            v.put(group + "_pending", "0");
            v.put(group + "_total", String.valueOf(upheld));
        }
        return v;
    }

    /** A row of table 三 with all its applications from natural persons. */
    private static void put(Map<String, String> v, String row, long n) {
        for (var column : Layout.COLUMNS) {
            v.put("app_" + row + "_" + column, column.equals("person") || column.equals("total") ? String.valueOf(n) : "0");
        }
    }
}
