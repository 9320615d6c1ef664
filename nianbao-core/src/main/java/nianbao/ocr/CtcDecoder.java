package nianbao.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nianbao.source.Recognition.Candidate;

/**
 * CTC greedy decoding as PaddleOCR's CTCLabelDecode does it (each frame's most probable class;
 * repeats collapsed; blanks dropped), keeping what it throws away: for each character, the other
 * classes its frames nearly chose, and the characters a blank frame nearly was. Those are the
 * readings the template's identities choose between when a figure does not add up: a {@code 6}
 * whose frames were nearly {@code 8}, a {@code 1} between two digits that lost to the blank.
 */
final class CtcDecoder {

    /** Class 0 is CTC's blank. */
    static final int BLANK = 0;
    /** A next-best reading below this probability is not kept: noise. */
    static final double MIN_CANDIDATE = 0.03;
    /** How many classes after the best each frame keeps: a 1 read as + had it third, after *. */
    static final int NEXT = 3;
    /** At most this many other readings per character. */
    private static final int MAX_CANDIDATES = 3;

    /**
     * One character read.
     *
     * @param text        the character
     * @param frame0      its first frame
     * @param frame1      its last frame (inclusive)
     * @param probability the highest probability its frames gave it
     * @param candidates  what else the character may be, as whole replacements: another character,
     *                    nothing (a speck read as a character), or itself and a character it may
     *                    have swallowed after it
     */
    record DecodedChar(String text, int frame0, int frame1, double probability, List<Candidate> candidates) {
    }

    private CtcDecoder() {
    }

    /**
     * Decodes one line's frames.
     *
     * @param frames     per frame, the probability of each class (softmax output)
     * @param characters the character of each class
     */
    static List<DecodedChar> decode(float[][] frames, IntFunction<String> characters) {
        return decode(frames, characters, null);
    }

    /**
     * Decodes one line's frames, classes that are one character counted as one.
     *
     * @param sameAs for each class, the class it is the same character as (a full-width digit as its
     *               ASCII digit: a {@code 4} read 0.74 {@code 4} and 0.25 {@code ４} is a 4); null for none
     */
    static List<DecodedChar> decode(float[][] frames, IntFunction<String> characters, int[] sameAs) {
        if (sameAs != null) {
            for (float[] p : frames) {
                for (int c = 0; c < p.length; c++) {
                    if (sameAs[c] != c) {
                        p[sameAs[c]] += p[c];
                        p[c] = 0;
                    }
                }
            }
        }
        int t = frames.length;
        int[] best = new int[t];
        float[] bestP = new float[t];
        // The classes each frame nearly chose, after its best: the blank among them, or characters.
        int[][] next = new int[t][NEXT];
        float[][] nextP = new float[t][NEXT];
        for (int f = 0; f < t; f++) {
            float[] p = frames[f];
            int[] top = new int[NEXT + 1];
            float[] topP = new float[NEXT + 1];
            java.util.Arrays.fill(top, -1);
            java.util.Arrays.fill(topP, -1);
            for (int c = 0; c < p.length; c++) {
                float v = p[c];
                if (v <= topP[NEXT]) {
                    continue;
                }
                int k = NEXT;
                while (k > 0 && v > topP[k - 1]) {
                    top[k] = top[k - 1];
                    topP[k] = topP[k - 1];
                    k--;
                }
                top[k] = c;
                topP[k] = v;
            }
            best[f] = top[0];
            bestP[f] = topP[0];
            System.arraycopy(top, 1, next[f], 0, NEXT);
            System.arraycopy(topP, 1, nextP[f], 0, NEXT);
        }
        var out = new ArrayList<DecodedChar>();
        // Insertions seen in a run of blanks, waiting for the character they follow or precede.
        Map<String, Double> pendingInsert = new LinkedHashMap<>();
        int f = 0;
        while (f < t) {
            int cls = best[f];
            int end = f;
            while (end + 1 < t && best[end + 1] == cls) {
                end++;
            }
            if (cls == BLANK) {
                for (int k = f; k <= end; k++) {
                    for (int n = 0; n < NEXT; n++) {
                        int c = next[k][n];
                        if (c > BLANK && nextP[k][n] >= MIN_CANDIDATE && !characters.apply(c).isBlank()) {
                            pendingInsert.merge(characters.apply(c), (double) nextP[k][n], Math::max);
                        }
                    }
                }
                if (!pendingInsert.isEmpty() && !out.isEmpty()) {
                    // A character nearly read in the gap after the last one: it may have been dropped.
                    var last = out.remove(out.size() - 1);
                    var candidates = new ArrayList<>(last.candidates());
                    pendingInsert.forEach((c, p) -> candidates.add(new Candidate(last.text() + c, p)));
                    out.add(withCandidates(last, candidates));
                    pendingInsert.clear();
                }
            } else {
                String text = characters.apply(cls);
                double probability = 0;
                Map<String, Double> others = new LinkedHashMap<>();
                double blankInside = 0;
                for (int k = f; k <= end; k++) {
                    probability = Math.max(probability, bestP[k]);
                    for (int n = 0; n < NEXT; n++) {
                        int c = next[k][n];
                        if (c == BLANK) {
                            blankInside = Math.max(blankInside, nextP[k][n]);
                        } else if (c > BLANK && nextP[k][n] >= MIN_CANDIDATE && !characters.apply(c).isBlank()) {
                            others.merge(characters.apply(c), (double) nextP[k][n], Math::max);
                        }
                    }
                }
                var candidates = new ArrayList<Candidate>();
                others.forEach((c, p) -> candidates.add(new Candidate(c, p)));
                if (blankInside >= MIN_CANDIDATE) {
                    // Its frames nearly blank: a speck, or (in a long run) two of it with the blank between lost.
                    candidates.add(new Candidate("", blankInside));
                    if (end - f >= 2) {
                        candidates.add(new Candidate(text + text, blankInside));
                    }
                }
                pendingInsert.forEach((c, p) -> candidates.add(new Candidate(c + text, p)));
                pendingInsert.clear();
                out.add(withCandidates(new DecodedChar(text, f, end, probability, List.of()), candidates));
            }
            f = end + 1;
        }
        return out;
    }

    private static DecodedChar withCandidates(DecodedChar c, List<Candidate> candidates) {
        var kept = new ArrayList<Candidate>();
        candidates.stream().filter(x -> !x.text().equals(c.text()))
                .sorted(Comparator.comparingDouble(Candidate::probability).reversed())
                .forEach(x -> {
                    if (kept.size() < MAX_CANDIDATES && kept.stream().noneMatch(k -> k.text().equals(x.text()))) {
                        kept.add(x);
                    }
                });
        return new DecodedChar(c.text(), c.frame0(), c.frame1(), c.probability(), List.copyOf(kept));
    }
}
