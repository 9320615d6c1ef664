package nianbao.source;

import java.io.Serializable;
import java.util.List;

/**
 * How sure a reading of printed text is, and what else it may read: for text a document prints
 * (a PDF's text layer, HTML, Word), certain and alone; for text OCR read from a scan, the
 * recogniser's confidence and the next-best readings it saw (a {@code 6} that may be an {@code 8}, a
 * {@code 1} it may have dropped), each a whole alternative to the text it stands for.
 *
 * @param ocr        whether OCR read it
 * @param confidence the probability of the reading as read, 0 to 1 (for several characters, that of
 *                   the least sure)
 * @param candidates other readings of the same text, most probable first
 */
public record Recognition(boolean ocr, double confidence, List<Candidate> candidates) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Text the document prints: no doubt about it. */
    public static final Recognition PRINTED = new Recognition(false, 1, List.of());

    public Recognition {
        candidates = List.copyOf(candidates);
    }

    /** The same confidence without candidates: for a part of the text, whose alternatives are not known. */
    public Recognition withoutCandidates() {
        return candidates.isEmpty() ? this : new Recognition(ocr, confidence, List.of());
    }

    /** Another reading of the text and its probability. */
    public record Candidate(String text, double probability) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
