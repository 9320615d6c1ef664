package nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nianbao.source.Recognition.Candidate;
import org.junit.jupiter.api.Test;

/**
 * CTC greedy decoding as PaddleOCR's CTCLabelDecode does it, on frames whose every probability is
 * set by hand, so that the decoding is known: each frame's best class, repeats collapsed, blanks
 * dropped; and the readings it would have thrown away, kept as candidates.
 */
class CtcDecoderTest {

    /** Class 0 is the blank; then these characters. */
    private static final String CLASSES = "_0123456789-８";

    private static String character(int c) {
        return c == 0 ? "" : String.valueOf(CLASSES.charAt(c));
    }

    /** A frame: the class given the rest of the probability first, then the others named. */
    private static float[] frame(char best, Object... others) {
        float[] p = new float[CLASSES.length()];
        float rest = 1;
        for (int i = 0; i < others.length; i += 2) {
            float v = ((Number) others[i + 1]).floatValue();
            p[CLASSES.indexOf((Character) others[i])] = v;
            rest -= v;
        }
        p[CLASSES.indexOf(best)] += rest;
        return p;
    }

    private static String text(List<CtcDecoder.DecodedChar> chars) {
        return chars.stream().map(CtcDecoder.DecodedChar::text).collect(Collectors.joining());
    }

    private static Map<String, Double> candidates(CtcDecoder.DecodedChar c) {
        return c.candidates().stream().collect(Collectors.toMap(Candidate::text, x -> Math.round(x.probability() * 100) / 100.0));
    }

    @Test
    void repeatsCollapseBlanksSeparateAndTheFramesAreKept() {
        var chars = CtcDecoder.decode(new float[][] {frame('_'), frame('1'), frame('1'), frame('_'), frame('1'),
            frame('6'), frame('6'), frame('_'), frame('0')}, CtcDecoderTest::character);
        assertEquals("1160", text(chars));
        assertEquals(List.of(1, 4, 5, 8), chars.stream().map(CtcDecoder.DecodedChar::frame0).toList());
        assertEquals(List.of(2, 4, 6, 8), chars.stream().map(CtcDecoder.DecodedChar::frame1).toList());
    }

    @Test
    void aCharacterNearlyReadOtherwiseHasThatReadingAsACandidate() {
        var chars = CtcDecoder.decode(new float[][] {frame('6', '8', 0.3), frame('6', '8', 0.2), frame('_')},
                CtcDecoderTest::character);
        assertEquals("6", text(chars));
        assertEquals(0.8, chars.get(0).probability(), 1e-6, "its frames' best");
        assertEquals(Map.of("8", 0.3), candidates(chars.get(0)));
    }

    @Test
    void aCharacterABlankNearlyWasMayHaveBeenDropped() {
        // 2 _ 3 with the blank frame nearly a 1: 213 is a reading; and a minus nearly read first.
        var chars = CtcDecoder.decode(new float[][] {frame('_', '-', 0.2), frame('2'), frame('_', '1', 0.4), frame('3')},
                CtcDecoderTest::character);
        assertEquals("23", text(chars));
        assertEquals(Map.of("-2", 0.2, "21", 0.4), candidates(chars.get(0)));
        assertEquals(Map.of(), candidates(chars.get(1)));
    }

    @Test
    void aCharacterWhoseFramesWereNearlyBlankMayBeASpeckOrTwoOfItself() {
        var chars = CtcDecoder.decode(new float[][] {frame('1', '_', 0.45), frame('1'), frame('1'), frame('_')},
                CtcDecoderTest::character);
        assertEquals("1", text(chars));
        assertEquals(Map.of("", 0.45, "11", 0.45), candidates(chars.get(0)));
    }

    @Test
    void readingsBelowTheFloorAreNoise() {
        var chars = CtcDecoder.decode(new float[][] {frame('5', '6', 0.02), frame('_', '7', 0.01)},
                CtcDecoderTest::character);
        assertEquals("5", text(chars));
        assertEquals(Map.of(), candidates(chars.get(0)));
    }

    @Test
    void classesOfOneCharacterCountAsOne() {
        // 8 read 0.3 as the ASCII digit and 0.3 as its full-width form, against 0.4 for 3: an 8.
        int[] sameAs = new int[CLASSES.length()];
        for (int c = 0; c < sameAs.length; c++) {
            sameAs[c] = c;
        }
        sameAs[CLASSES.indexOf('８')] = CLASSES.indexOf('8');
        var frames = new float[][] {frame('3', '8', 0.3, '８', 0.3)};
        assertEquals("3", text(CtcDecoder.decode(new float[][] {frames[0].clone()}, CtcDecoderTest::character)));
        assertEquals("8", text(CtcDecoder.decode(frames, CtcDecoderTest::character, sameAs)));
    }
}
