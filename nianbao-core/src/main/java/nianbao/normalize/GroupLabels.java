package nianbao.normalize;

import java.util.ArrayList;
import java.util.List;
import nianbao.schema.RowSpec;
import nianbao.schema.TableSpec;

/**
 * Recognises the template's group labels (三、本年度办理结果, （三）不予公开, ...) and the pieces a
 * rendering breaks them into, so that they do not pollute the row labels beside them: a vertical
 * label printed one character per line (huaian-city-2024: 本, 年, 度 beside the rows), a merged
 * cell cut by a page break (（四）无 | 法提供), or a group label fused with its first row
 * (seed 003: 三、（一）予以公开).
 */
final class GroupLabels {

    /** A folded group label, and whether it also labels a row of figures (（六）其他处理). */
    private record Group(String folded, boolean isRow) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final List<LabelSimilarity.Grams> rowLabels = new ArrayList<>();

    GroupLabels(List<TableSpec> tables) {
        var rowFolded = new ArrayList<String>();
        for (var t : tables) {
            for (RowSpec r : t.rows()) {
                for (var l : r.labels()) {
                    String f = MatchText.of(l);
                    rowFolded.add(f);
                    rowLabels.add(LabelSimilarity.Grams.of(f));
                }
            }
        }
        for (var t : tables) {
            for (var g : t.groupLabels()) {
                String f = MatchText.of(g);
                groups.add(new Group(f, rowFolded.contains(f)));
            }
        }
    }

    /** The label text of a line, from its folded label segments, with group labels set aside. */
    String strip(List<String> segments) {
        var kept = new ArrayList<String>();
        String rowGroup = null;
        for (var s : segments) {
            String rest = withoutFusedPrefix(s);
            Group whole = wholeGroup(rest);
            if (whole != null) {
                if (whole.isRow) {
                    rowGroup = rest;
                }
                continue;
            }
            if (isFragment(rest)) {
                continue;
            }
            kept.add(rest);
        }
        // （六）其他处理 holds figures itself only when no sub-row label stands beside it.
        if (kept.isEmpty() && rowGroup != null) {
            return rowGroup;
        }
        return String.join("", kept);
    }

    /** Whether a folded label is a group label as a whole (（六）其他处理 on a line of its own). */
    boolean isGroup(String folded) {
        return wholeGroup(folded) != null;
    }

    private Group wholeGroup(String folded) {
        for (var g : groups) {
            if (g.folded.equals(folded)) {
                return g;
            }
        }
        return null;
    }

    /** A strict piece of a group label that is not itself (nearly) a row label. */
    private boolean isFragment(String folded) {
        if (folded.isEmpty()) {
            return true;
        }
        boolean inGroup = false;
        for (var g : groups) {
            if (g.folded.length() > folded.length() && g.folded.contains(folded)) {
                inGroup = true;
                break;
            }
        }
        if (!inGroup) {
            return false;
        }
        var grams = LabelSimilarity.Grams.of(folded);
        for (var row : rowLabels) {
            if (LabelSimilarity.score(grams, row) >= 0.9) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes a leading group label, or a leading piece of one, fused to a row label that follows
     * with its own numbering: 三、(一)予以公开 → (一)予以公开.
     */
    private String withoutFusedPrefix(String folded) {
        for (var g : groups) {
            if (g.isRow) {
                continue;
            }
            for (int len = Math.min(g.folded.length(), folded.length() - 1); len >= 2; len--) {
                if (folded.startsWith(g.folded.substring(0, len))) {
                    String rest = folded.substring(len);
                    char first = rest.charAt(0);
                    if (first == '(' || Character.isDigit(first)) {
                        return MatchText.of(rest);
                    }
                    break;
                }
            }
        }
        return folded;
    }
}
