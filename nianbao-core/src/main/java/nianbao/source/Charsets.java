package nianbao.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decoding Chinese documents: a byte-order mark wins; otherwise UTF-8 when the bytes are valid
 * UTF-8, and GB18030 when not. GB18030 also decodes GBK and GB2312 text, and does so without losing
 * the characters Java's GB2312 decoder corrupts (堃, 镕).
 */
public final class Charsets {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private Charsets() {
    }

    /** The text behind a byte-order mark, or null when there is none. */
    public static String withByteOrderMark(byte[] bytes) throws CharacterCodingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictly(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16LE);
        }
        return null;
    }

    /** UTF-8 when valid, else GB18030. */
    public static String detected(byte[] bytes) throws CharacterCodingException {
        try {
            return strictly(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return strictly(bytes, 0, GB18030);
        }
    }

    /** Decodes, refusing malformed or unmappable input rather than replacing it. */
    public static String strictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
