package nianbao.normalize;

/**
 * Chinese numerals as printed in dates ({@code 二〇二五年一月六日}): digit by digit for years,
 * with 十 for days and months. HanLP has no converter for these.
 */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of a numeral such as 二〇二五, 十二, 二十三 or 三十一; -1 when it is not one. */
    static int parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        String t = s.replace('○', '〇').replace('零', '〇').replace('O', '〇').replace('０', '〇');
        int ten = t.indexOf('十');
        if (ten < 0) {
            int v = 0;
            for (int i = 0; i < t.length(); i++) {
                int d = digit(t.charAt(i));
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        if (t.indexOf('十', ten + 1) >= 0 || t.length() > 3) {
            return -1;
        }
        int tens = ten == 0 ? 1 : digit(t.charAt(0));
        int units = ten == t.length() - 1 ? 0 : digit(t.charAt(ten + 1));
        if (tens < 0 || units < 0 || (ten > 1)) {
            return -1;
        }
        return tens * 10 + units;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return DIGITS.indexOf(c);
    }
}
