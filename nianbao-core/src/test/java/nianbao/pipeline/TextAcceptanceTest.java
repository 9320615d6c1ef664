package nianbao.pipeline;

import static nianbao.Corpus.extract;
import static nianbao.Corpus.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nianbao.report.Status;
import nianbao.schema.Schema;
import org.junit.jupiter.api.Test;

/** The acceptance criteria for text reports, stated as assertions on the real seeds. */
class TextAcceptanceTest {

    @Test
    void yanbianCounty2024GivesEveryPrintedFigureAndPassesEveryIdentity() {
        var o = extract("text/seeds/001_359eaca1bd706430.txt");
        assertEquals(Status.OK, o.status());
        var expected = Map.ofEntries(
                Map.entry("reg_norm_issued", "2"), Map.entry("reg_norm_repealed", "33"),
                Map.entry("reg_norm_in_force", "11"), Map.entry("licensing_decisions", "7092"),
                Map.entry("penalty_decisions", "646"), Map.entry("coercion_decisions", "60"),
                Map.entry("fees_wan_yuan", "8597.09"),
                Map.entry("app_new_person", "8"), Map.entry("app_new_legal", "3"), Map.entry("app_new_total", "11"),
                Map.entry("app_granted_person", "7"), Map.entry("app_granted_legal", "3"),
                Map.entry("app_granted_total", "10"),
                Map.entry("app_handled_total_person", "7"), Map.entry("app_handled_total_legal", "3"),
                Map.entry("app_handled_total_total", "10"),
                Map.entry("app_carried_over_person", "1"), Map.entry("app_carried_over_total", "1"),
                Map.entry("review_corrected", "2"), Map.entry("review_total", "2"),
                // The seed prints 0 2 0 0 2 under 未经复议直接起诉 too.
                Map.entry("suit_direct_corrected", "2"), Map.entry("suit_direct_total", "2"));
        int zeros = 0;
        for (var field : Schema.figureFields()) {
            String id = field.id();
            if (!o.report().expected().contains(id)) {
                assertNull(value(o, id), id + " is not printed in this report");
                continue;
            }
            assertEquals(expected.getOrDefault(id, "0"), value(o, id), id);
            zeros += expected.containsKey(id) ? 0 : 1;
        }
        assertEquals(10 + 25 * 7 + 15 - expected.size(), zeros, "every other figure is 0");
        assertTrue(o.findings().stream().noneMatch(f -> f.check().startsWith("identity_")), o.findings().toString());
    }

    @Test
    void miyiApprovalBureauLacksRowsThatAreEmptyAndReportedMissing() {
        var o = extract("text/seeds/000_ce53ede49b27b1e1.txt");
        assertEquals(Status.PARTIAL, o.status());
        for (var id : new String[] {"fees_wan_yuan", "app_new_person", "app_new_total", "app_granted_total",
                "app_unable_create_total"}) {
            assertNull(value(o, id), id + " is not in the text: empty, not 0");
            assertTrue(o.findings().stream().anyMatch(f -> f.check().equals("row_missing") && f.fields().contains(id)),
                    id + " reported missing");
        }
        assertEquals("0", value(o, "app_unable_unclear_total"), "the rows the text has are read");
    }

    @Test
    void hongze2023KeepsItsPrintedAppealFiguresAndReportsTheBrokenIdentity() {
        var o = extract("text/pdftotext/hongze-district-2023.txt");
        assertEquals("10", value(o, "review_upheld"));
        assertEquals("1", value(o, "review_corrected"));
        assertEquals("0", value(o, "review_total"), "the printed 总计 is kept although it is wrong");
        assertEquals("5", value(o, "suit_after_upheld"));
        var failures = o.findings().stream().filter(f -> f.check().equals("identity_appeal_total")).toList();
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(0).fields().contains("review_total"));
        assertTrue(failures.get(1).fields().contains("suit_after_total"));
    }

    @Test
    void hongze2023ReadsWrappedLabelsVerticalLabelsAndTheSingleRowOtherHandling() {
        var o = extract("text/pdftotext/hongze-district-2023.txt");
        assertEquals("4", value(o, "app_partial_person"), "（二）部分公开 wraps over two lines above its figures");
        assertEquals("0", value(o, "app_reject_confirm_total"), "5.要求行政机关确认或重 新出具 ⏎ 已获取信息 ⏎ figures");
        assertEquals("0", value(o, "app_other_total"), "（六）其他处理 as one row");
        assertNull(value(o, "app_other_other_total"));
        assertEquals("1", value(o, "app_deny_secret_person"), "beside the vertical 三 、本 年 度办 理 结果");
    }

    @Test
    void huaianCity2024ReadsLabelsAroundTheirFiguresAndBrokenGroupLabels() {
        var o = extract("text/pdftotext/huaian-city-2024.txt");
        assertEquals(Status.OK, o.status());
        assertEquals("454", value(o, "app_partial_total"), "figures between the two lines of the label");
        assertEquals("11", value(o, "app_unable_create_total"), "after （四）无 ⏎ page break ⏎ 法提供");
        assertEquals("71", value(o, "app_other_overdue_fix_total"), "label over three lines");
        assertEquals("20", value(o, "suit_after_total"));
        assertEquals("96171.6", value(o, "fees_wan_yuan"));
        assertFalse(o.findings().stream().anyMatch(f -> f.check().startsWith("identity_")), o.findings().toString());
    }

    @Test
    void aBlankCellStaysEmptyAndNoOtherFigureMoves() {
        var o = extract("text/damage/blank-and-dash-cells.txt");
        // ⇥⇥2. 其他法律行政法规禁止公开⇥1⇥⇥0⇥0⇥0⇥0⇥1
        assertEquals("1", value(o, "app_deny_law_person"));
        assertNull(value(o, "app_deny_law_business"));
        assertEquals("0", value(o, "app_deny_law_research"));
        assertEquals("1", value(o, "app_deny_law_total"));
        // 一、本年新收…⇥⇥⇥6⇥1⇥2⇥3⇥1⇥53⇥ : the person column is blank.
        assertNull(value(o, "app_new_person"));
        assertEquals("6", value(o, "app_new_business"));
        assertEquals("53", value(o, "app_new_total"));
        // A dash is not a zero either.
        assertEquals("", value(o, "app_deny_query_person"));
        assertEquals("2", value(o, "app_deny_query_total"));
        assertEquals(Status.PARTIAL, o.status());
    }

    @Test
    void feesPrintedInYuanAreConvertedExactlyWhateverTheirDecimals() throws Exception {
        var seed = java.nio.file.Files.readString(nianbao.Corpus.path("text/seeds/001_359eaca1bd706430.txt"));
        assertTrue(seed.contains("\n8597.09\n"));
        var bytes = seed.replace("\n8597.09\n", "\n85970900.005元\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var o = new Pipeline().process(bytes, "fees-in-yuan.txt");
        assertEquals("8597.0900005", value(o, "fees_wan_yuan"));
        assertTrue(o.findings().stream().anyMatch(f -> f.check().equals("unit_converted")), o.findings().toString());
    }
}
