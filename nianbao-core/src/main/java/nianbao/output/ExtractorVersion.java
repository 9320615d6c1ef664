package nianbao.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nianbao.schema.Schema;

/**
 * Which extractor read a document: nianbao's version and a hash of the schema it wrote (its fields,
 * their types and units), e.g. {@code 0.2.0+s1a2b3c4d}. A data folder records it with every document;
 * one written by another extractor is read again, one written by a newer nianbao is refused.
 */
public final class ExtractorVersion {

    private static final String VERSION = load();
    private static final String CURRENT = VERSION + "+s" + schemaHash();

    private ExtractorVersion() {
    }

    /** nianbao's version, as the build stamped it. */
    public static String version() {
        return VERSION;
    }

    /** This extractor: version and schema. */
    public static String current() {
        return CURRENT;
    }

    /** Whether {@code other} (an extractor string) is of a newer nianbao than this one. */
    public static boolean isNewer(String other) {
        String version = other.contains("+") ? other.substring(0, other.indexOf('+')) : other;
        return compare(version, VERSION) > 0;
    }

    /** Numeric comparison of dotted versions; a suffix (-SNAPSHOT) sorts before the release. */
    static int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "";
            String q = i < y.length ? y[i] : "";
            boolean pn = p.matches("\\d+");
            boolean qn = q.matches("\\d+");
            int c;
            if (pn && qn) {
                c = Long.compare(Long.parseLong(p), Long.parseLong(q));
            } else if (p.isEmpty() || q.isEmpty()) {
                // 0.2.0 is newer than 0.2.0-SNAPSHOT: the one without the suffix wins.
                c = p.isEmpty() ? (q.isEmpty() ? 0 : 1) : -1;
            } else {
                c = pn ? 1 : qn ? -1 : p.compareTo(q);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String schemaHash() {
        var text = new StringBuilder();
        for (var f : Schema.reportColumns()) {
            text.append(f.id()).append(':').append(f.type()).append(':').append(f.unit()).append('\n');
        }
        text.append(String.join(",", CsvOutput.VALUES_HEADER)).append('\n').append(String.join(",", CsvOutput.CHECKS_HEADER));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String load() {
        var properties = new Properties();
        try (var in = ExtractorVersion.class.getResourceAsStream("/nianbao/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // A build without its stamp: an unknown version, older than any.
        }
        String v = properties.getProperty("version", "0");
        return v.startsWith("${") ? "0" : v;
    }
}
