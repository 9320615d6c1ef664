package nianbao.report;

import java.util.List;

/**
 * What became of one input document: always produced, whatever the input.
 *
 * @param docId  the first 16 hex digits of the SHA-256 of its bytes
 * @param source the path or URL as given
 * @param format the format it was read as, empty when it could not be told
 * @param status ok, partial or failed
 * @param report what was extracted; for a failed document, empty figures and the reason as a finding
 */
public record Outcome(String docId, String source, String format, Status status, Report report)
        implements java.io.Serializable {

    public List<Finding> findings() {
        return report.findings();
    }
}
