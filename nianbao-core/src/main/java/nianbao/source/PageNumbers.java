package nianbao.source;

import java.util.regex.Pattern;

/** Page numbers as footers print them: {@code -3-}, {@code - 4 -}, {@code 第3页 共5页}, {@code 3/5}, {@code 4}. */
public final class PageNumbers {

    private static final Pattern DECORATED = Pattern.compile(
            "\\s*(?:[-－—–]\\s*\\d{1,4}\\s*[-－—–]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*");
    private static final Pattern BARE = Pattern.compile("\\s*\\d{1,3}\\s*");

    private PageNumbers() {
    }

    /** A page number that cannot be mistaken for a figure. */
    public static boolean isDecorated(String line) {
        return DECORATED.matcher(line).matches();
    }

    /** A number alone, which is a page number only where a footer stands. */
    public static boolean isBare(String line) {
        return BARE.matcher(line).matches();
    }
}
