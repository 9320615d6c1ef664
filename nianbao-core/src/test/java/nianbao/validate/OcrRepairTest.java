package nianbao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.report.Figure;
import nianbao.report.Finding;
import nianbao.report.Metadata;
import nianbao.report.Place;
import nianbao.report.Report;
import nianbao.schema.Schema;
import nianbao.source.Location;
import nianbao.source.Recognition;
import nianbao.source.Recognition.Candidate;
import org.junit.jupiter.api.Test;

/**
 * The identities decide between OCR's readings of a figure, and a doubtful reading no identity
 * confirms is left empty. Row 「一、本年新收」 of table 三: person + business + research + ngo + legal +
 * other = total.
 */
class OcrRepairTest {

    private static final List<String> ROW = List.of("person", "business", "research", "ngo", "legal", "other", "total");

    /** A figure OCR read as {@code raw}, with this confidence and these other readings. */
    private static Figure read(String field, String raw, double confidence, String... others) {
        var candidates = new ArrayList<Candidate>();
        for (var o : others) {
            candidates.add(new Candidate(o, 0.2));
        }
        BigDecimal value = raw.matches("\\d+") ? new BigDecimal(raw) : null;
        return new Figure(Schema.field(field), value, raw, new Location(4, 11, 3, null),
                new Recognition(true, confidence, candidates));
    }

    /** Row 一 as read: a value (or an unreadable reading) per column, confident unless told. */
    private static List<Figure> row(Map<String, Figure> overrides, int... values) {
        var out = new ArrayList<Figure>();
        for (int i = 0; i < ROW.size(); i++) {
            String field = "app_new_" + ROW.get(i);
            out.add(overrides.getOrDefault(field, read(field, Integer.toString(values[i]), 0.99)));
        }
        return out;
    }

    private static Report report(List<Figure> figures) {
        return new Report(new Metadata(null, 2024, "示例县", null, Place.NONE), figures, List.of(), List.of());
    }

    private static Figure figure(Report r, String field) {
        return r.figures().stream().filter(f -> f.field().id().equals(field)).findFirst().orElseThrow();
    }

    private static List<String> checks(Report r) {
        return r.findings().stream().map(Finding::check).toList();
    }

    @Test
    void theOnlyReadingUnderWhichTheRowAddsUpIsTakenAndSaid() {
        // 3 + 1 + 0 + 0 + 2 + 0 = 6, but the total read 8, nearly 6 (and nearly 3).
        var r = OcrRepair.apply(report(row(Map.of("app_new_total", read("app_new_total", "8", 0.7, "6", "3")),
                3, 1, 0, 0, 2, 0, 8)));
        assertEquals(new BigDecimal("6"), figure(r, "app_new_total").value());
        assertEquals("8", figure(r, "app_new_total").raw(), "the printed reading is kept as raw");
        assertEquals(List.of("ocr_corrected_by_identity"), checks(r));
        assertTrue(r.findings().get(0).message().contains("「8」") && r.findings().get(0).message().contains("taken as 6"));
    }

    @Test
    void aReadingThatIsNoNumberIsReadByTheIdentityToo() {
        var r = OcrRepair.apply(report(row(Map.of("app_new_legal", read("app_new_legal", "〇", 0.5, "0", "8")),
                3, 1, 0, 0, 0, 0, 4)));
        assertEquals(new BigDecimal("0"), figure(r, "app_new_legal").value());
        assertEquals(List.of("ocr_corrected_by_identity"), checks(r));
    }

    @Test
    void severalReadingsThatAddUpLeaveTheirFiguresEmpty() {
        // 3 + 7 + 0 + 0 + 2 + 0 = 12, total read 6: business as its other reading 1, or the total as
        // its other reading 12, each makes the row add up, and nothing tells which.
        var r = OcrRepair.apply(report(row(Map.of(
                "app_new_business", read("app_new_business", "7", 0.6, "1"),
                "app_new_total", read("app_new_total", "6", 0.6, "12")), 3, 7, 0, 0, 2, 0, 6)));
        assertNull(figure(r, "app_new_business").value());
        assertNull(figure(r, "app_new_total").value());
        assertEquals(List.of("ocr_ambiguous"), checks(r));
        assertTrue(r.findings().get(0).message().contains("app_new_business = 1")
                && r.findings().get(0).message().contains("app_new_total = 12"), r.findings().get(0).message());
    }

    @Test
    void aDoubtfulReadingStandsOnlyWhereAnIdentityConfirmsIt() {
        var figures = new ArrayList<>(row(Map.of("app_new_business", read("app_new_business", "1", 0.55)),
                3, 1, 0, 0, 2, 0, 6));
        figures.add(read("reg_rules_issued", "7", 0.55, "1"));
        var r = OcrRepair.apply(report(figures));
        assertEquals(new BigDecimal("1"), figure(r, "app_new_business").value(), "the row adds up: confirmed");
        assertNull(figure(r, "reg_rules_issued").value(), "no identity holds table 二's figures");
        assertEquals(List.of("ocr_uncertain"), checks(r));
        assertEquals(List.of("reg_rules_issued"), r.findings().get(0).fields());
    }

    @Test
    void aReportOfPrintedTextIsLeftAsItIs() {
        var printed = new ArrayList<Figure>();
        for (var f : row(Map.of(), 3, 1, 0, 0, 2, 0, 8)) {
            printed.add(new Figure(f.field(), f.value(), f.raw(), f.at()));
        }
        var report = report(printed);
        assertSame(report, OcrRepair.apply(report), "figures a document prints are what it prints");
    }
}
