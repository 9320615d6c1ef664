package nianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nianbao.source.TextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataReaderTest {

    private static MetadataReader.Found read(String text) throws Exception {
        return MetadataReader.read(new TextReader().read(text.getBytes(StandardCharsets.UTF_8)).lines());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            盐边县2024年 政府信息公开工作年度报告                         | 盐边县          | 2024
            # 息县行政审批和政务信息管理局 2024 年政府信息公开工作年度报告 | 息县行政审批和政务信息管理局 | 2024
            攀枝花市米易县得石镇 2023 年政府信息公开工作年度报告            | 攀枝花市米易县得石镇 | 2023
            某某市人民政府关于二〇二〇年政府信息公开工作年度报告            | 某某市人民政府    | 2020
            """)
    void agencyAndYearFromATitleOnOneLine(String title, String agency, int year) throws Exception {
        var found = read("\n\n" + title + "\n\n正文。\n");
        assertEquals(agency, found.agency());
        assertEquals(year, found.year());
    }

    @Test
    void agencyOnTheLineAboveTheTitle() throws Exception {
        var found = read("\n米易县行政审批局\n\n2024 年政府信息公开工作年度报告\n\n正文\n");
        assertEquals("米易县行政审批局", found.agency());
        assertEquals(2024, found.year());
    }

    @Test
    void yearFromTheStatisticalPeriodWhenTheTitleHasNone() throws Exception {
        var found = read("某某局政府信息公开工作年度报告\n报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。\n");
        assertEquals("某某局", found.agency());
        assertEquals(2023, found.year());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025年1月23日    | 2025-01-23
            二〇二五年一月六日 | 2025-01-06
            二〇二四年十二月三十一日 | 2024-12-31
            2025-01-06       | 2025-01-06
            2025.1.6         | 2025-01-06
            盐边县人民政府办公室 2025年1月23日 | 2025-01-23
            """)
    void publishedDateUnderTheSignatureInItsPrintedForms(String printed, String iso) throws Exception {
        var found = read("某县2024年政府信息公开工作年度报告\n\n正文。\n\n某县人民政府办公室\n\n" + printed + "\n");
        assertEquals(LocalDate.parse(iso), found.published());
    }

    @Test
    void aDateInsideASentenceIsNoSignature() throws Exception {
        var found = read("某县2024年政府信息公开工作年度报告\n\n统计期限自2024年1月1日起至2024年12月31日止。\n");
        assertNull(found.published());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2022年水利部政府信息公开工作年度报告                  | 水利部          | 2022
            2023年某市人民政府信息公开工作年度报告                | 某市人民政府     | 2023
            湖南省长沙市2024年政府信息公开工作年度报告             | 湖南省长沙市     | 2024
            淮安市⼈民政府2024年政府信息公开工作年度报告            | 淮安市人民政府   | 2024
            鹽邊縣2024年政府信息公開工作年度報告                   | 鹽邊縣          | 2024
            """)
    void titlesInTheirRealForms(String title, String agency, int year) throws Exception {
        // The year before the agency, parent places prefixed, Kangxi radicals from a broken font map
        // (folded), traditional characters (kept as printed).
        var found = read("\n" + title + "\n\n正文。\n");
        assertEquals(agency, found.agency());
        assertEquals(year, found.year());
    }

    @Test
    void aTitleOverTwoLines() throws Exception {
        // kiro_shanghai_kewei_2024_source.md
        var found = read("正文\n2024 年上海市科委政府信息公开工作\n年度报告\n根据《条例》，编制本报告。\n");
        assertEquals("上海市科委", found.agency());
        assertEquals(2024, found.year());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024 年 1 月 28 日 | 2024-01-28
            2024年01月26日     | 2024-01-26
            2025年1⽉6⽇       | 2025-01-06
            """)
    void signedDatesSpacedPaddedOrWithKangxiRadicals(String printed, String iso) throws Exception {
        var found = read("某县2024年政府信息公开工作年度报告\n\n正文。\n\n某县人民政府办公室\n" + printed + "\n");
        assertEquals(LocalDate.parse(iso), found.published());
    }

    @Test
    void aCrawlersHeaderBlockGivesTitleAndDateWhenTheBodySignsNone() throws Exception {
        // pingtan_2021_page.txt
        var found = read("标题: 平潭综合实验区2021年度政府信息公开工作年度报告\n发布时间: 2022-02-08 16:34\n文号: \n"
                + "发布机构: \n栏目: 政府信息公开年报\n==================== 正文 ====================\n"
                + "当前位置： 首页 根据《条例》编制本报告。\n六、其他需要报告的事项 无。\n");
        assertEquals("平潭综合实验区", found.agency());
        assertEquals(2021, found.year());
        assertEquals(LocalDate.parse("2022-02-08"), found.published());
    }

    @Test
    void aLetterOrAListOfReportsIsNoReportsTitle() throws Exception {
        var letter = read("标题: 关于2014年政府信息公开工作要点落实情况的函\n发布时间: 2014-12-10 00:00\n栏目: 年报\n"
                + "各单位：现将有关事项函告如下。\n");
        org.junit.jupiter.api.Assertions.assertFalse(letter.titled());
        var list = read("平潭综合实验区2022年度政府信息公开工作年度报告\n平潭综合实验区2021年度政府信息公开工作年度报告\n"
                + "平潭综合实验区2020年度政府信息公开工作年度报告\n");
        assertEquals(3, list.listedReports());
    }
}
