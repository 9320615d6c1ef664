package nianbao.audit;

/**
 * What the outputs show: a region and its subordinate agencies ({@code --jurisdiction 320800}: 淮安市
 * and everything under it), and a year; everything when empty. The comparison itself runs over all
 * the documents given, so that a region's agencies are still compared with their peers elsewhere.
 *
 * @param jurisdiction a six-digit division code, or empty
 * @param year         a year, or null
 */
record Scope(String jurisdiction, Integer year) {

    static final Scope ALL = new Scope("", null);

    Scope {
        if (!jurisdiction.isEmpty() && !jurisdiction.matches("\\d{6}")) {
            throw new IllegalArgumentException("--jurisdiction takes a six-digit division code (320800), not `"
                    + jurisdiction + "`");
        }
    }

    /** The code's significant digits: 320800 covers every code beginning 3208. */
    String prefix() {
        String p = jurisdiction;
        while (p.endsWith("00") && p.length() > 2) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    boolean covers(String regionCode, int year) {
        return (jurisdiction.isEmpty() || regionCode.startsWith(prefix())) && (this.year == null || this.year == year);
    }
}
