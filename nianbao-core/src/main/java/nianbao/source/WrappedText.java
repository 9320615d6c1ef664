package nianbao.source;

/**
 * Joins the pieces of a text broken over lines (a wrapped cell, Word's paragraph fragments): Chinese
 * needs no space between them, Latin words and figures do.
 */
public final class WrappedText {

    private WrappedText() {
    }

    public static String join(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first + second;
        }
        boolean space = isLatin(first.charAt(first.length() - 1)) && isLatin(second.charAt(0));
        return first + (space ? " " : "") + second;
    }

    /** A letter or digit of a script written with spaces between words. */
    public static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
