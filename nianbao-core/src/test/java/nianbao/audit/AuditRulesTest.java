package nianbao.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit's rules on hand-made cases: rates, deadlines, the crosswalk, similarity, scope. */
class AuditRulesTest {

    @TempDir
    Path tmp;

    private static Map<String, BigDecimal> of(Object... pairs) {
        var out = new HashMap<String, BigDecimal>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return out;
    }

    @Test
    void ratesDivideTheirColumnsAndAreEmptyWithoutThem() {
        var h = of("granted", 60, "partly_granted", 10, "refused", 5, "unable", 20, "handled", 100,
                "review_upheld", 3, "review_corrected", 1, "review_other", 0);
        assertEquals(new BigDecimal("0.7000"), Rates.GRANTED.of(h));
        assertEquals(new BigDecimal("0.0500"), Rates.REFUSED.of(h));
        assertEquals(new BigDecimal("0.2000"), Rates.UNABLE.of(h));
        assertEquals(new BigDecimal("0.2500"), Rates.REVIEW_CORRECTED.of(h), "corrected over concluded (pending aside)");
        assertNull(Rates.SUIT_CORRECTED.of(h), "no suits printed: empty, not 0");
        assertNull(Rates.GRANTED.of(of("granted", 0, "partly_granted", 0, "handled", 0)), "nothing handled");
        assertEquals(new BigDecimal("-0.2500"), Rates.change(new BigDecimal(75), new BigDecimal(100)));
        assertNull(Rates.change(new BigDecimal(75), BigDecimal.ZERO));
        assertEquals("(granted + partly_granted) / (handled)", Rates.GRANTED.formula());
    }

    @Test
    void deadlinesFollowArticle49AndAFileOverridesALevel() throws Exception {
        var statutory = new Deadlines();
        assertEquals(LocalDate.of(2024, 1, 31), statutory.due("department", 2023));
        assertEquals(LocalDate.of(2024, 3, 31), statutory.due("county", 2023));
        assertEquals(LocalDate.of(2024, 3, 31), statutory.due("province", 2023));
        assertEquals(LocalDate.of(2024, 1, 31), statutory.due("township", 2023));
        assertEquals(LocalDate.of(2024, 1, 31), statutory.due("national", 2023), "a ministry is a department");
        assertNull(statutory.due("", 2023));
        var file = Files.writeString(tmp.resolve("deadlines.csv"), "level,due\ntownship,03-31\n");
        assertEquals(LocalDate.of(2024, 3, 31), Deadlines.read(file).due("township", 2023));
        var bad = Files.writeString(tmp.resolve("bad.csv"), "village,01-31\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Deadlines.read(bad));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("village"), e.getMessage());
    }

    private static BigDecimal column(String name, Map<String, BigDecimal> figures) {
        return Crosswalk.COLUMNS.stream().filter(c -> c.column().equals(name)).findFirst().orElseThrow().of(figures);
    }

    @Test
    void theCrosswalkAddsTheSameFiguresInBothTemplates() {
        // 2019: （六）其他处理 is one row; 2021: three sub-rows.
        assertEquals(new BigDecimal(7), column("other_handling", of("app_other_total", 7)));
        assertEquals(new BigDecimal(7), column("other_handling",
                of("app_other_overdue_fix_total", 4, "app_other_unpaid_fee_total", 0, "app_other_other_total", 3)));
        assertNull(column("other_handling", of("app_other_overdue_fix_total", 4)), "a sub-row missing: empty");
        var denied = new HashMap<String, BigDecimal>();
        for (var k : List.of("secret", "law", "safety", "third_party", "internal", "process", "enforcement", "query")) {
            denied.put("app_deny_" + k + "_total", BigDecimal.ONE);
        }
        assertEquals(new BigDecimal(8), column("refused", denied));
        denied.remove("app_deny_query_total");
        assertNull(column("refused", denied), "one of eight blank: the sum is unknown, not 7");
        assertEquals(new BigDecimal(5), column("suit_total", of("suit_direct_total", 2, "suit_after_total", 3)));
    }

    @Test
    void proseIsTheReportsOwnSectionsAndRepeatsAreCountedBySentence() {
        String text = "示例县2024年政府信息公开工作年度报告\n一、总体情况\n2024年，全县推进政务公开工作。完善依申请公开流程。\n"
                + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\n规章\t0\n这一句在表格一节，不算。\n"
                + "五、存在的主要问题及改进情况\n解读形式较为单一。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n示例县人民政府\n2025年1月20日\n";
        var prose = Prose.of(text);
        assertEquals(List.of("2024年，全县推进政务公开工作。", "完善依申请公开流程。", "解读形式较为单一。",
                "本年度未收取信息处理费。"), prose.sentences());
        var lastYear = Prose.of("一、总体情况\n2023年，全县推进政务公开工作。加强平台建设和信息管理。\n");
        var repeat = prose.repeatedFrom(lastYear);
        assertEquals(List.of("2024年，全县推进政务公开工作。"), repeat.sentences(), "the year updated is still a repeat");
        int all = prose.sentences().stream().mapToInt(s -> Prose.normalised(s).length()).sum();
        assertEquals((double) Prose.normalised("2024年，全县推进政务公开工作。").length() / all, repeat.share(), 1e-9);
    }

    @Test
    void minHashEstimatesJaccardSimilarity() {
        var random = new java.util.Random(7);
        var base = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            base.append((char) ('\u4e00' + random.nextInt(500)));
        }
        String a = base.toString();
        String b = a.substring(0, 450) + base.reverse().substring(0, 150);
        var sa = MinHash.shingles(a);
        var sb = MinHash.shingles(b);
        double exact = MinHash.jaccard(sa, sb);
        double estimate = MinHash.similarity(MinHash.signature(sa), MinHash.signature(sb));
        assertTrue(exact > 0.4 && exact < 0.8, "a case between the extremes: " + exact);
        assertEquals(exact, estimate, 0.1, "128 hashes estimate within 0.1");
        assertEquals(1.0, MinHash.similarity(MinHash.signature(sa), MinHash.signature(MinHash.shingles(a))));
        assertEquals(0.0, MinHash.similarity(MinHash.signature(sa), MinHash.signature(MinHash.shingles("完全不同的文字内容"))),
                0.02);
    }

    @Test
    void robustZScoresUseTheMedian() {
        assertEquals(3.0, Audit.median(new double[] {5, 1, 3}));
        assertEquals(2.5, Audit.median(new double[] {4, 1, 3, 2}));
    }

    @Test
    void aJurisdictionCoversItsSubordinateRegions() {
        var city = new Scope("320800", null);
        assertEquals("3208", city.prefix());
        assertTrue(city.covers("320830", 2024));
        assertTrue(!city.covers("320100", 2024));
        var county = new Scope("320830", 2024);
        assertTrue(county.covers("320830", 2024) && !county.covers("320830", 2023));
        assertThrows(IllegalArgumentException.class, () -> new Scope("3208", null));
    }
}
