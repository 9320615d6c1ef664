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
}
