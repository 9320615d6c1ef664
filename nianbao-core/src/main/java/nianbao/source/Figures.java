package nianbao.source;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The lexical form of a table figure: a number (with thousands separators, a sign, a decimal part
 * and an optional unit) or one of the marks reports print for "nothing" ({@code —}, {@code -},
 * {@code /}, {@code 无}).
 */
public final class Figures {

    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:万元|元|件|项|个|条)?");
    private static final Pattern NOTHING = Pattern.compile("(?:[—–\\-－/／_]+|无)");

    private Figures() {
    }

    /** Whether a token, as printed, is a figure or a mark for nothing. */
    public static boolean isFigure(String token) {
        String t = fold(token);
        return !t.isEmpty() && (NUMBER.matcher(t).matches() || NOTHING.matcher(t).matches());
    }

    /** Whether a token, as printed, is a number. */
    public static boolean isNumber(String token) {
        return NUMBER.matcher(fold(token)).matches();
    }

    /** Full-width digits and signs folded, spaces and Markdown emphasis removed. */
    public static String fold(String token) {
        String t = Normalizer.normalize(token, Normalizer.Form.NFKC);
        return t.replace("*", "").replace(" ", "").replace('−', '-').strip();
    }
}
