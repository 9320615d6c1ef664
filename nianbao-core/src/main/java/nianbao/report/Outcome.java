package nianbao.report;

import java.util.List;

/**
 * What became of one input document: always produced, whatever the input.
 *
 * @param docId  the document's id: {@code d} and the first 16 hex digits of the SHA-256 of its bytes
 * @param source the path or URL as given
 * @param format the format it was read as, empty when it could not be told
 * @param status ok, partial or failed
 * @param report what was extracted; for a failed document, empty figures and the reason as a finding
 * @param pages  the pages read (a PDF's; a text's form feeds plus one), 0 when the format has none
 * @param text   the document's lines as read, cells separated by tabs, pages by form feeds: what later
 *               checks of the prose (figures it quotes, text copied from another report) read
 * @param sha256 the SHA-256 of the bytes read, in hex; empty when none were
 * @param size   how many bytes were read; -1 when none were
 */
public record Outcome(String docId, String source, String format, Status status, Report report, int pages,
                      String text, String sha256, long size) implements java.io.Serializable {

    public Outcome(String docId, String source, String format, Status status, Report report) {
        this(docId, source, format, status, report, 0, "", "", -1);
    }

    /** This outcome with the bytes it was read from: their full SHA-256 and size, for the run's manifest. */
    public Outcome withBytes(String sha256, long size) {
        return new Outcome(docId, source, format, status, report, pages, text, sha256, size);
    }

    public List<Finding> findings() {
        return report.findings();
    }
}
