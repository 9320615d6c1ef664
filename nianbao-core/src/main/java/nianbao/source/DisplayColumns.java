package nianbao.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal positions in aligned text. Some renderings align columns by display width (a CJK
 * character two columns wide), {@code pdftotext -layout} aligns them by character count; which one
 * a document uses is measured from how well its rows of figures line up under each.
 */
final class DisplayColumns {

    private DisplayColumns() {
    }

    /** The display width of {@code s[from, to)}: 2 for East Asian wide and full-width characters. */
    static int width(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3040 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /**
     * Whether the document's figures line up better by display width than by character count:
     * consecutive lines on a page holding the same number (three or more) of figures are taken as
     * rows of one table, and the spread of each figure's right edge across them is summed.
     */
    static boolean prefersDisplayWidth(List<TextReader.RawLine> lines) {
        long byChars = 0;
        long byDisplay = 0;
        List<List<TextReader.RawSegment>> block = new ArrayList<>();
        int blockPage = -1;
        for (var line : lines) {
            if (line.tabular()) {
                continue;
            }
            var figures = line.segments().stream().filter(s -> Figures.isNumber(s.text())).toList();
            if (figures.size() < 3) {
                continue;
            }
            if (!block.isEmpty() && (line.page() != blockPage || block.get(0).size() != figures.size())) {
                byChars += spread(block, false);
                byDisplay += spread(block, true);
                block.clear();
            }
            block.add(figures);
            blockPage = line.page();
        }
        byChars += spread(block, false);
        byDisplay += spread(block, true);
        return byDisplay < byChars;
    }

    private static long spread(List<List<TextReader.RawSegment>> block, boolean display) {
        if (block.size() < 2) {
            return 0;
        }
        long total = 0;
        for (int i = 0; i < block.get(0).size(); i++) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (var row : block) {
                int edge = display ? row.get(i).display1() : row.get(i).char1();
                min = Math.min(min, edge);
                max = Math.max(max, edge);
            }
            total += max - min;
        }
        return total;
    }
}
