package nianbao.source;

import java.text.Normalizer;

/**
 * Kangxi radicals (⼀ U+2F00), CJK radical supplements and compatibility ideographs, which broken
 * font maps produce for ordinary ideographs (a PDF's ToUnicode map, or text copied out of such a
 * PDF: 「⼈民政府」), folded to the ideographs they stand for. Everything else, full-width
 * punctuation included, stays as printed: these are encoding defects, not printed differences.
 */
public final class FontArtefacts {

    private FontArtefacts() {
    }

    /** The text with its font artefacts folded; the same instance when it has none. */
    public static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isArtefact(text.charAt(i))) {
                var out = new StringBuilder(text.length());
                text.codePoints().forEach(cp -> out.append(isArtefact(cp)
                        ? Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC)
                        : Character.toString(cp)));
                return out.toString();
            }
        }
        return text;
    }

    private static boolean isArtefact(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF);
    }
}
