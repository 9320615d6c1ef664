package nianbao.audit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * MinHash signatures of character shingles (Broder 1997): the share of equal positions of two
 * signatures estimates the Jaccard similarity of their shingle sets, so that each report's prose is
 * compared with every other report of its year through buckets of signature bands (locality-sensitive
 * hashing) rather than pair by pair. Deterministic: the hash functions come from a fixed seed.
 */
final class MinHash {

    /** Characters per shingle: 5 Chinese characters are about two words. */
    static final int SHINGLE = 5;
    /** Hash functions; 128 give an estimate within about ±0.09 (two standard errors at 0.5). */
    static final int HASHES = 128;
    /** Bands of {@link #ROWS} hashes: pairs above about 0.5 similarity share a band with high probability. */
    static final int ROWS = 4;
    /** Each hash function is SplitMix64's finaliser of the shingle's hash plus its own seed. */
    private static final long[] SEEDS = new long[HASHES];

    static {
        var random = new java.util.Random(20261203L);
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = random.nextLong();
        }
    }

    private MinHash() {
    }

    /** The shingles of a text, hashed. */
    static Set<Long> shingles(String text) {
        var out = new HashSet<Long>();
        for (int i = 0; i + SHINGLE <= text.length(); i++) {
            out.add(hash(text.substring(i, i + SHINGLE)));
        }
        return out;
    }

    /** The signature of a set of shingles; all maximal for an empty set. */
    static long[] signature(Set<Long> shingles) {
        var signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s + SEEDS[i]) >>> 1;
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of two signatures. */
    static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /** The key of band {@code band} of a signature. */
    static long band(long[] signature, int band) {
        long h = band;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            h = h * 0x9E3779B97F4A7C15L + signature[i];
        }
        return h;
    }

    /** The exact Jaccard similarity of two shingle sets (for tests and small sets). */
    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        var union = new HashSet<>(a);
        union.addAll(b);
        int common = 0;
        for (long x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / union.size();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long hash(String s) {
        // FNV-1a over the characters, 64 bits.
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
