package nianbao.normalize;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folded form of printed text used to compare labels, never stored: NFKC (full-width to
 * half-width, Kangxi radicals such as ⼀ U+2F00 to their ideographs), traditional characters to
 * simplified, whitespace and Markdown emphasis removed, quotes unified, and a leading list numbering
 * put in one canonical form ({@code 1．} {@code 1、} → {@code 1.}; {@code （一）} → {@code (一)}).
 */
public final class MatchText {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\(([一二三四五六七八九十]{1,3})\\)|([一二三四五六七八九十]{1,3})[、.]|(\\d{1,2})[.、](?!\\d))");

    private MatchText() {
    }

    /** The folded form of a printed text. */
    public static String of(String printed) {
        String s = Simplified.of(Normalizer.normalize(printed, Normalizer.Form.NFKC));
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '#' || c == '|') {
                continue;
            }
            switch (c) {
                case '“', '”', '„', '‟', '「', '」', '『', '』' -> out.append('"');
                case '‘', '’' -> out.append('\'');
                case '〔', '【', '[' -> out.append('(');
                case '〕', '】', ']' -> out.append(')');
                case '，' -> out.append(',');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return canonicalNumbering(out.toString());
    }

    private static String canonicalNumbering(String s) {
        if (!mayBeNumbered(s)) {
            return s;
        }
        Matcher m = NUMBERING.matcher(s);
        if (!m.find()) {
            return s;
        }
        String rest = s.substring(m.end());
        if (m.group(1) != null) {
            return "(" + m.group(1) + ")" + rest;
        }
        if (m.group(2) != null) {
            return m.group(2) + "、" + rest;
        }
        return m.group(3) + "." + rest;
    }

    /** Whether a text starts as numbering does: the regular expression is only run then. */
    private static boolean mayBeNumbered(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '(' || (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** The leading numbering of a folded text ({@code 1.}, {@code (一)}, {@code 一、}), or empty. */
    public static String numbering(String folded) {
        if (!mayBeNumbered(folded)) {
            return "";
        }
        Matcher m = NUMBERING.matcher(folded);
        return m.find() ? folded.substring(0, m.end()) : "";
    }

    /** A folded text without its leading numbering. */
    public static String withoutNumbering(String folded) {
        return folded.substring(numbering(folded).length());
    }
}
