package nianbao.normalize;

import com.hankcs.hanlp.HanLP;
import java.util.BitSet;

/**
 * Traditional characters to simplified (HanLP's {@code t2s}), for reports copied by sites that
 * print them: for matching only, never for stored text. Labels are folded thousands of times per
 * report, so HanLP is asked only for text holding a character it would change.
 */
final class Simplified {

    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final BitSet TRADITIONAL = traditional();

    private Simplified() {
    }

    static String of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && TRADITIONAL.get(c - FIRST)) {
                return HanLP.convertToSimplifiedChinese(text);
            }
        }
        return text;
    }

    private static BitSet traditional() {
        var set = new BitSet(LAST - FIRST + 1);
        var all = new StringBuilder(LAST - FIRST + 1);
        for (int c = FIRST; c <= LAST; c++) {
            all.append((char) c);
        }
        String simplified = HanLP.convertToSimplifiedChinese(all.toString());
        if (simplified.length() == all.length()) {
            for (int i = 0; i < all.length(); i++) {
                if (simplified.charAt(i) != all.charAt(i)) {
                    set.set(i);
                }
            }
        } else {
            for (int c = FIRST; c <= LAST; c++) {
                if (!HanLP.convertToSimplifiedChinese(Character.toString(c)).equals(Character.toString(c))) {
                    set.set(c - FIRST);
                }
            }
        }
        return set;
    }
}
