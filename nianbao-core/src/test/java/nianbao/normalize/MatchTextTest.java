package nianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchTextTest {

    @Test
    void kangxiRadicalsAndFullWidthFormsFoldToPlainText() {
        // Some PDF fonts map 一 to the Kangxi radical ⼀ U+2F00.
        assertEquals("一、本年新收", MatchText.of("\u2F00、本年新收"));
        assertEquals("(二)部分公开", MatchText.of("（ 二 ） 部分公开"));
    }

    @Test
    void numberingTakesOneCanonicalForm() {
        assertEquals("1.属于国家秘密", MatchText.of("1．属于国家秘密"));
        assertEquals("2.重复申请", MatchText.of("２、重复申请"));
        assertEquals("3.其他", MatchText.of("3、其他"));
        assertEquals("三、本年度办理结果", MatchText.of("三 、本 年 度办 理 结果"));
        assertEquals("1.", MatchText.numbering(MatchText.of("1、本机关不掌握相关政府信息")));
        assertEquals("属于国家秘密", MatchText.withoutNumbering(MatchText.of("1. 属于国家秘密")));
    }

    @Test
    void decimalsAreNotNumbering() {
        assertEquals("", MatchText.numbering("8597.09"));
    }

    @Test
    void similarLabelsScoreAboveTheThresholdAndOtherRowsBelow() {
        double typo = LabelSimilarity.score(MatchText.of("本年度止件数"), MatchText.of("本年废止件数"));
        double typo2 = LabelSimilarity.score(MatchText.of("2.其他法律行政止公开"), MatchText.of("2.其他法律行政法规禁止公开"));
        double other = LabelSimilarity.score(MatchText.of("行政许可"), MatchText.of("行政处罚"));
        assertTrue(typo >= RowMatcher.THRESHOLD, "typo " + typo);
        assertTrue(typo2 >= RowMatcher.THRESHOLD, "typo " + typo2);
        assertTrue(other < RowMatcher.THRESHOLD, "other row " + other);
    }

    @Test
    void headerLabelsWrappedOverLinesAreStillContained() {
        assertEquals(1.0, LabelSimilarity.characterContainment(MatchText.of("社会 法律 商业 科研 公益 服务 企业 机构 组织"),
                MatchText.of("社会公益组织")));
        assertTrue(LabelSimilarity.characterContainment("自然人", "商业企业") < 1.0);
    }
}
