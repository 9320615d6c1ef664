package nianbao.pipeline;

import static nianbao.Corpus.extract;
import static nianbao.Corpus.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nianbao.report.Status;
import nianbao.schema.Schema;
import nianbao.schema.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The acceptance criteria for agencies, places, years, dates and templates. */
class WhoWhereWhenAcceptanceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000_ce53ede49b27b1e1 | 米易县行政审批局           | 四川省 | 攀枝花市 | 米易县 | 510421 | -         | department | 2024 | 2025-01-06
            001_359eaca1bd706430 | 盐边县                     | 四川省 | 攀枝花市 | 盐边县 | 510422 | -         | county     | 2024 | 2025-01-23
            002_8d93650bfc1767cd | 息县行政审批和政务信息管理局 | 河南省 | 信阳市   | 息县   | 411528 | -         | department | 2024 | -
            003_b64ac9785685f2b0 | 米易县白坡彝族乡           | 四川省 | 攀枝花市 | 米易县 | 510421 | 510421202 | township   | 2024 | 2025-01-13
            004_d028c3917ff344aa | 攀枝花市米易县得石镇       | 四川省 | 攀枝花市 | 米易县 | 510421 | 510421102 | township   | 2023 | 2024-01-16
            """)
    void everySeedSaysWhoPublishedItWhereForWhichYearAndWhen(String seed, String agency, String province, String city,
                                                            String county, String code, String township, String level,
                                                            int year, String published) {
        var m = extract("text/seeds/" + seed + ".txt").report().metadata();
        assertEquals(agency, m.agency());
        var p = m.place();
        assertEquals(province, p.province());
        assertEquals(city, p.city());
        assertEquals(county, p.county());
        assertEquals(code, p.regionCode());
        assertEquals(township == null ? "" : township, p.townshipCode());
        assertEquals(level, p.level());
        assertEquals(year, m.year());
        assertEquals(published == null ? null : LocalDate.parse(published), m.published());
    }

    @Test
    void aReportOnTheTrialTemplateGivesEveryTableTwoFieldOfItAndItsOtherHandlingAsOneRow() {
        var o = extract("text/template-2019/zigui-county-2020.txt");
        assertEquals(Template.T2019, o.report().metadata().template());
        assertEquals(Status.OK, o.status());
        for (var field : Schema.figureFields()) {
            if (field.table().equals("二") && field.templates().contains(Template.T2019)) {
                assertNotNull(value(o, field.id()), field.id());
            }
        }
        assertEquals("-6", value(o, "licensing_items_change"), "a negative change keeps its sign");
        assertEquals("251", value(o, "procurement_amount_wan_yuan"), "2510000元 in 万元");
        assertEquals("0", value(o, "app_other_total"));
        assertNull(value(o, "app_other_overdue_fix_total"));
        assertNull(value(o, "reg_norm_issued"), "a 2021 field is not read from a 2019 table");
        assertTrue(o.findings().stream().anyMatch(f -> f.check().equals("row_unknown")
                && f.message().contains("其他主动公开文件") && f.message().contains("120 118 560")),
                "湖北's added row is reported with its figures");
    }

    @Test
    void aReportWhosePlaceIsAmbiguousGetsEmptyPlacesAndAFindingNotAWrongCode() {
        var o = extract("text/places/gulou-district-undecided.txt");
        var p = o.report().metadata().place();
        assertEquals("", p.regionCode());
        assertEquals("", p.province());
        assertTrue(o.findings().stream().anyMatch(f -> f.check().equals("place_ambiguous")));
        assertEquals("350102", extract("text/places/gulou-district-decided-by-body.txt").report().metadata().place()
                .regionCode());
    }

    @Test
    void aReportBeforeTheNationalTablesIsLegacyWithItsMetadataOnly() {
        var o = extract("text/legacy/miyi-county-2017.txt");
        assertEquals(Template.LEGACY, o.report().metadata().template());
        assertEquals(Status.PARTIAL, o.status());
        assertEquals(2017, o.report().metadata().year());
        assertEquals(LocalDate.of(2018, 3, 30), o.report().metadata().published());
        assertEquals("510421", o.report().metadata().place().regionCode());
        assertTrue(o.report().figures().isEmpty());
    }
}
