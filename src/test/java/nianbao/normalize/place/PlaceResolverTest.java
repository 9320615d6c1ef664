package nianbao.normalize.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nianbao.report.Place;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

    private final PlaceResolver resolver = new PlaceResolver(Divisions.get());

    private PlaceResolver.Resolution resolve(String agency, String document) {
        return resolver.resolve(agency, agency + "2024年政府信息公开工作年度报告", "", document, "");
    }

    private static String summary(Place p) {
        return String.join("|", p.province(), p.city(), p.county(), p.regionCode(), p.township(), p.townshipCode(),
                p.level());
    }

    @Test
    void aNameNestedInALongerOneIsNoPlace() {
        // 易县 (河北省保定市) is inside 米易县.
        assertEquals("四川省|攀枝花市|米易县|510421|||department",
                summary(resolve("米易县行政审批局", "").place()));
    }

    @Test
    void aTownshipGivesItsCountyCodeAndItsOwnCode() {
        assertEquals("四川省|攀枝花市|米易县|510421|得石镇|510421102|township",
                summary(resolve("攀枝花市米易县得石镇", "").place()));
    }

    @Test
    void governmentsTakeTheLevelOfTheirPlace() {
        assertEquals("county", resolve("盐边县", "").place().level());
        assertEquals("county", resolve("淮安市洪泽区人民政府", "").place().level());
        assertEquals("江苏省|淮安市||320800|||city", summary(resolve("淮安市人民政府", "").place()));
        assertEquals("province", resolve("江苏省人民政府", "").place().level());
    }

    @Test
    void namesakesAreDecidedByTheRestOfTheReportOrLeftEmpty() {
        var undecided = resolve("鼓楼区人民政府", "鼓楼区人民政府办公室");
        assertEquals(Place.NONE.regionCode(), undecided.place().regionCode());
        assertEquals("place_ambiguous", undecided.findings().get(0).check());
        assertTrue(undecided.findings().get(0).message().contains("福建省福州市鼓楼区 350102"));
        assertEquals("350102", resolve("鼓楼区人民政府", "贯彻福州市委部署").place().regionCode());
        var chengguan = resolve("城关镇人民政府", "");
        assertTrue(chengguan.findings().get(0).message().contains("is the name of 88 places"),
                chengguan.findings().toString());
    }

    @Test
    void aCrawledSitesJurisdictionDecidesBetweenNamesakes() {
        var r = resolver.resolve("鼓楼区人民政府", "鼓楼区人民政府2024年政府信息公开工作年度报告", "", "", "320106");
        assertEquals("江苏省|南京市|鼓楼区|320106|||county", summary(r.place()));
    }

    @Test
    void municipalitiesAndCitiesWithoutCountiesAreTheirOwnCity() {
        assertEquals("北京市||东城区|110101|||county", summary(resolve("东城区人民政府", "北京市").place()));
        assertEquals("广东省|东莞市||441900|||city", summary(resolve("东莞市人民政府", "").place()));
    }

    @Test
    void centralGovernmentAgenciesAreNational() {
        assertEquals("national", resolve("国家发展和改革委员会", "").place().level());
    }
}
