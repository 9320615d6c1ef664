package nianbao.normalize;

import java.util.Arrays;

/**
 * How alike two folded labels are: the Dice coefficient of their character bigrams, numbering set
 * aside (characters for labels shorter than two). Typos and wrapped fragments keep most bigrams
 * (本年度止件数 / 本年废止件数), different rows share few. Labels are prepared once as sorted gram
 * arrays because every row label is compared with every candidate text of a document.
 */
public final class LabelSimilarity {

    /** A small preference for candidates whose numbering agrees, to break ties only. */
    static final double SAME_NUMBERING_BONUS = 0.02;

    private LabelSimilarity() {
    }

    /** A folded label prepared for comparison. */
    public record Grams(String numbering, long[] bigrams, long[] chars) {

        public static Grams of(String folded) {
            String numbering = MatchText.numbering(folded);
            String body = folded.substring(numbering.length());
            return new Grams(numbering, LabelSimilarity.bigrams(body), LabelSimilarity.chars(body));
        }

        boolean isEmpty() {
            return chars.length == 0;
        }
    }

    /** Similarity in [0, 1 + bonus] of two folded labels. */
    public static double score(Grams candidate, Grams label) {
        if (candidate.isEmpty() || label.isEmpty()) {
            return 0;
        }
        boolean short_ = candidate.chars.length < 2 || label.chars.length < 2;
        double dice = short_ ? dice(candidate.chars, label.chars) : dice(candidate.bigrams, label.bigrams);
        if (dice > 0 && !candidate.numbering.isEmpty() && candidate.numbering.equals(label.numbering)) {
            dice += SAME_NUMBERING_BONUS;
        }
        return dice;
    }

    public static double score(String foldedCandidate, String foldedLabel) {
        return score(Grams.of(foldedCandidate), Grams.of(foldedLabel));
    }

    /**
     * How much of a label's characters occur in a text, as a multiset: whether a header label is
     * printed somewhere in a header whose cells wrap over several lines (商业 ⏎ 企业).
     */
    public static double characterContainment(String foldedText, String foldedLabel) {
        long[] label = chars(foldedLabel);
        if (label.length == 0) {
            return 0;
        }
        return (double) shared(chars(foldedText), label) / label.length;
    }

    private static double dice(long[] a, long[] b) {
        return 2.0 * shared(a, b) / (a.length + b.length);
    }

    /** The size of the multiset intersection of two sorted arrays. */
    private static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** Each bigram as one long: a code point needs 21 bits. */
    private static long[] bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        if (cps.length < 2) {
            return new long[0];
        }
        long[] grams = new long[cps.length - 1];
        for (int i = 0; i + 1 < cps.length; i++) {
            grams[i] = ((long) cps[i] << 21) | cps[i + 1];
        }
        Arrays.sort(grams);
        return grams;
    }

    private static long[] chars(String s) {
        long[] cps = s.codePoints().asLongStream().toArray();
        Arrays.sort(cps);
        return cps;
    }
}
