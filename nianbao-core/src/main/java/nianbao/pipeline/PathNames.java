package nianbao.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path as the CSV files print it, reversibly. A Unix file name is bytes; most are UTF-8, but one
 * copied from an old archive may not be, and Java shows its bad bytes as U+FFFD, which names no file.
 * Such a name is printed with each byte that is not UTF-8 as {@code %XX}, and each {@code %} as
 * {@code %25}, so that the CSV row maps back to its file. The bytes are those of {@link Path#toUri()},
 * which escapes them exactly.
 */
public final class PathNames {

    private PathNames() {
    }

    /** The path as printed: as Java shows it when it is UTF-8, escaped where it is not. */
    public static String printable(Path path, String shown) {
        if (shown.indexOf('\uFFFD') < 0) {
            return shown;
        }
        byte[] name = bytes(path.getFileName());
        String parent = path.getParent() == null ? "" : printable(path.getParent(), path.getParent().toString()) + "/";
        return parent + escaped(name);
    }

    /** The raw bytes of a relative or absolute path, from its URI's percent-escapes. */
    private static byte[] bytes(Path name) {
        String uri = name.toAbsolutePath().toUri().getRawPath();
        String last = uri.substring(uri.lastIndexOf('/', uri.length() - 2) + 1);
        if (last.endsWith("/")) {
            last = last.substring(0, last.length() - 1);
        }
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c == '%' && i + 2 < last.length()) {
                out.write(Integer.parseInt(last.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static String escaped(byte[] name) {
        var out = new StringBuilder();
        int i = 0;
        while (i < name.length) {
            int length = sequence(name, i);
            if (length > 0) {
                String s = new String(name, i, length, StandardCharsets.UTF_8);
                out.append(s.equals("%") ? "%25" : s);
                i += length;
            } else {
                out.append('%').append(String.format("%02X", name[i] & 0xFF));
                i++;
            }
        }
        return out.toString();
    }

    /** The length of the valid UTF-8 sequence at {@code i}, or 0. */
    private static int sequence(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > b.length) {
            return 0;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(b, i, length));
            return length;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }
}
