package nianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void readsYearsDigitByDigitAndDaysWithTen() {
        assertEquals(2025, ChineseNumerals.parse("二〇二五"));
        assertEquals(2024, ChineseNumerals.parse("二○二四"));
        assertEquals(2020, ChineseNumerals.parse("二零二零"));
        assertEquals(1, ChineseNumerals.parse("一"));
        assertEquals(10, ChineseNumerals.parse("十"));
        assertEquals(12, ChineseNumerals.parse("十二"));
        assertEquals(20, ChineseNumerals.parse("二十"));
        assertEquals(31, ChineseNumerals.parse("三十一"));
        assertEquals(2024, ChineseNumerals.parse("2024"));
    }

    @Test
    void rejectsWhatIsNotANumeral() {
        assertEquals(-1, ChineseNumerals.parse(""));
        assertEquals(-1, ChineseNumerals.parse("年"));
        assertEquals(-1, ChineseNumerals.parse("十十"));
        assertEquals(-1, ChineseNumerals.parse("一二十"));
    }
}
