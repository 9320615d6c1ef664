package nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FontArtefactsTest {

    @Test
    void kangxiRadicalsAndCompatibilityIdeographsAreFoldedButPunctuationStays() {
        assertEquals("一、本年", FontArtefacts.fold("⼀、本年"));
        assertEquals("人民政府2025年1月6日", FontArtefacts.fold("⼈民政府2025年1⽉6⽇"));
        String punctuation = "（二）";
        assertSame(punctuation, FontArtefacts.fold(punctuation));
    }
}
