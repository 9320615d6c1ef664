package nianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import nianbao.report.Figure;
import nianbao.source.TextReader;
import org.junit.jupiter.api.Test;

/** The identities decide between readings that layout alone leaves open. */
class ReadingChooserTest {

    private static final String TABLE = """
            三、收到和处理政府信息公开申请情况
            (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t
            \t\t自然人\t法人或其他组织\t\t\t\t\t\t
            \t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t
            一、本年新收政府信息公开申请数量\t\t%s\t
            二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t
            三、本年度办理结果\t(一) 予以公开\t%2$s\t
            \t(七) 总计\t%2$s\t
            四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\t
            """;

    private static final String HANDLED = "5\t1\t2\t3\t1\t0\t12";

    private static String figure(String cells, String field) throws Exception {
        return figure(cells, HANDLED, field);
    }

    private static String figure(String cells, String handled, String field) throws Exception {
        var doc = new TextReader().read(String.format(TABLE, cells, handled).getBytes(StandardCharsets.UTF_8));
        var folded = doc.lines().stream().map(l -> MatchText.of(l.text())).toList();
        var result = new TableReader(nianbao.schema.Template.T2021).read(doc.lines(), folded, new java.util.BitSet());
        return result.figures().stream().filter(f -> f.field().id().equals(field)).findFirst()
                .map(Figure::formatted).orElse("(none)")
                + result.findings().stream().filter(f -> f.check().equals("blank_position_uncertain"))
                .map(f -> " uncertain").findFirst().orElse("");
    }

    @Test
    void aBlankTotalIsPreferredWhenAShiftedReadingWouldBreakTheBalance() throws Exception {
        // ⇥⇥5⇥1⇥2⇥3⇥1⇥0⇥⇥ : layout says the person column is blank, the identities say the total.
        String cells = "5\t1\t2\t3\t1\t0\t";
        assertEquals("5", figure(cells, "app_new_person"));
        assertEquals("(none)", figure(cells, "app_new_total"));
    }

    @Test
    void aBlankPersonIsPreferredWhenTheTotalMatchesTheOtherColumns() throws Exception {
        String cells = "\t1\t2\t3\t1\t0\t12";
        assertEquals("(none)", figure(cells, "app_new_person"));
        assertEquals("12", figure(cells, "app_new_total"));
    }

    @Test
    void aTieIsReportedAsUncertain() throws Exception {
        // All zeros: whichever column is blank, every identity holds.
        String zeros = "0\t0\t0\t0\t0\t0\t0";
        assertEquals("(none) uncertain", figure("0\t0\t0\t0\t0\t0\t", zeros, "app_new_person"));
        assertFalse(figure("5\t1\t2\t3\t1\t0\t12", "app_new_total").contains("uncertain"));
    }
}
