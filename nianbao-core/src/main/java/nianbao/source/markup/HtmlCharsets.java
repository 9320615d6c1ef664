package nianbao.source.markup;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Pattern;
import nianbao.source.Charsets;

/**
 * The charset of an HTML page: from its byte-order mark, else the HTTP header (when crawled), else
 * its {@code <meta>} declaration, else detected ({@link Charsets#detected}). GB2312 and GBK are
 * decoded as GB18030, their superset. A declaration the bytes contradict is ignored: bytes that are
 * valid UTF-8 with non-ASCII text in them are UTF-8.
 */
public final class HtmlCharsets {

    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 8192;

    private HtmlCharsets() {
    }

    /** The page's text. */
    public static String decode(byte[] bytes, String httpCharset) {
        try {
            String text = Charsets.withByteOrderMark(bytes);
            if (text != null) {
                return text;
            }
        } catch (CharacterCodingException badMark) {
            // A mark followed by bytes that do not match it: treat as unmarked.
        }
        // Valid UTF-8 with Chinese in it is UTF-8 whatever a page declares: GBK text is valid UTF-8
        // by chance for a few characters at most, and GB18030 decodes UTF-8 bytes without error.
        if (hasNonAscii(bytes)) {
            try {
                return Charsets.strictly(bytes, 0, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                // A legacy encoding: what the page declares, or detection, tells which.
            }
        }
        for (String declared : new String[] {httpCharset, metaCharset(bytes)}) {
            Charset charset = resolve(declared);
            if (charset != null) {
                try {
                    return Charsets.strictly(bytes, 0, charset);
                } catch (CharacterCodingException contradicted) {
                    break;
                }
            }
        }
        try {
            return Charsets.detected(bytes);
        } catch (CharacterCodingException neither) {
            return new String(bytes, Charsets.GB18030);
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The charset a {@code <meta>} tag declares, if any. */
    static String metaCharset(byte[] bytes) {
        var head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        var m = META.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** A charset by name, GB2312 and GBK read as GB18030; null when unknown. */
    public static Charset resolve(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("gb18030") || n.equals("x-gbk") || n.equals("cp936")
                || n.equals("euc-cn")) {
            return Charsets.GB18030;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
