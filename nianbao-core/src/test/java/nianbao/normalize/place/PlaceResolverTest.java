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

    @Test
    void zonesReportAsTheGovernmentOfTheDivisionTheySitIn() {
        // pingtan_2019_page.txt: 平潭综合实验区 is 福建省福州市平潭县, in the shipped table of zones.
        assertEquals("福建省|福州市|平潭县|350128|||county", summary(resolve("平潭综合实验区", "").place()));
        assertEquals("department", resolve("平潭综合实验区教育与体育局", "").place().level());
        assertEquals("陕西省|||610000|||city", summary(resolve("西咸新区管委会", "").place()));
        // Development zones are named after their host, with or without its suffix.
        assertEquals("江苏省|淮安市||320800|||county", summary(resolve("淮安工业园区管委会", "").place()));
        // The statistics bureau lists some zones itself, as counties or townships: then they are those units.
        assertEquals("淮安高新技术产业开发区", resolve("淮安高新技术产业开发区管委会", "").place().township());
        // Zones the statistics bureau lists as county-level units are those units, their 管委会 their government.
        assertEquals("江苏省|淮安市|淮安经济技术开发区|320871|||county",
                summary(resolve("淮安经济技术开发区管委会", "").place()));
        assertEquals("江苏省|宿迁市||321300|||county", summary(resolve("宿迁市高新技术产业开发区管理委员会", "").place()));
        assertEquals("department", resolve("淮安经济技术开发区财政局", "").place().level());
        // A zone that is a division of the list is that division, not a zone of a namesake (滨海县).
        assertEquals("120116", resolve("天津市滨海新区人民政府", "").place().regionCode());
    }

    @Test
    void aMisspeltCountyIsResolvedOnlyWithItsCityNamedAndIsFlagged() {
        // 沐阳县 for 沭阳县 (江苏省宿迁市): taken only where the report names 宿迁市, and said so.
        var supported = resolve("沐阳县人民政府", "宿迁市沐阳县人民政府办公室 沭阳县教育局");
        assertEquals("江苏省|宿迁市|沭阳县|321322|||county", summary(supported.place()));
        assertEquals("place_misspelt", supported.findings().get(0).check());
        // 泗阳县 is one character from 沐阳县 too, and in 宿迁市 as well: the city alone does not decide.
        var cityOnly = resolve("沐阳县人民政府", "宿迁市沐阳县人民政府办公室");
        assertEquals("", cityOnly.place().regionCode());
        assertEquals("place_ambiguous", cityOnly.findings().get(0).check());
        assertTrue(cityOnly.findings().get(0).message().contains("泗阳县"), cityOnly.findings().toString());
        var alone = resolve("沐阳县人民政府", "");
        assertEquals("", alone.place().regionCode());
    }

    @Test
    void parentPlacesPrefixedToAnAgencyAreItsPlaces() {
        assertEquals("湖南省|长沙市||430100|||city", summary(resolve("湖南省长沙市人民政府", "").place()));
        assertEquals("上海市|||310000|||department", summary(resolve("上海市科委", "").place()));
    }
}
