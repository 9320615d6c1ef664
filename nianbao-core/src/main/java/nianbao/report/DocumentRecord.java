package nianbao.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of the data set as the store keeps it and every writer reads it: its id, the paths (or
 * URLs) its bytes were found at, its metadata, its figures with where each was printed, and its
 * findings, the batch's own (across years) after the document's. Plain values, no schema objects: a
 * store written by another build reads back into the same records, and a Spark job ships them
 * between machines.
 *
 * @param sources  every path the same bytes were found at, in input order (the first is {@code source})
 * @param template {@code 2021}, {@code 2019}, {@code legacy} or empty
 * @param pages    the pages read (a PDF's, a text's form feeds plus one), 0 when the format has none
 */
public record DocumentRecord(String docId, List<String> sources, String format, String status, String template,
                             Integer year, String agency, LocalDate published, String province, String city,
                             String county, String regionCode, String township, String townshipCode, String level,
                             int pages, List<FigureRecord> figures, List<FindingRecord> findings)
        implements java.io.Serializable {

    public DocumentRecord {
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
    }

    /**
     * A figure and where it was printed.
     *
     * @param value the value in the field's unit, null when what was printed is no number
     * @param box   the cell's box on a PDF page ({@code x0 y0 x1 y1}), empty elsewhere
     * @param confidence OCR's confidence in the reading of {@code raw}, 0 to 1; null for printed text
     */
    public record FigureRecord(String field, BigDecimal value, String raw, int page, int line, int column, String box,
                               Double confidence) implements java.io.Serializable {

        /** The value as written to CSV: plain notation, no trailing zeros; empty when there is none. */
        public String formatted() {
            if (value == null) {
                return "";
            }
            var plain = value.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        }
    }

    /** A finding about the document. */
    public record FindingRecord(String check, String severity, List<String> fields, String message)
            implements java.io.Serializable {

        public FindingRecord {
            fields = List.copyOf(fields);
        }
    }

    public String source() {
        return sources.get(0);
    }

    /** A document's record as read, found at these paths. */
    public static DocumentRecord of(Outcome o, List<String> sources, int pages) {
        var m = o.report().metadata();
        var p = m.place();
        var figures = new ArrayList<FigureRecord>();
        for (var f : o.report().figures()) {
            var at = f.at();
            figures.add(new FigureRecord(f.field().id(), f.value(), f.raw(), at.page(), at.line(), at.column(),
                    at.box() == null ? "" : at.box().toString(),
                    f.recognition().ocr() ? f.recognition().confidence() : null));
        }
        var findings = new ArrayList<FindingRecord>();
        for (var f : o.findings()) {
            findings.add(new FindingRecord(f.check(), f.severity().code(), f.fields(), f.message()));
        }
        return new DocumentRecord(o.docId(), sources, o.format(), o.status().code(),
                m.template() == null ? "" : m.template().code(), m.year(), m.agency(), m.published(), p.province(),
                p.city(), p.county(), p.regionCode(), p.township(), p.townshipCode(), p.level(), pages, figures, findings);
    }

    /** This record with more findings after its own (the batch's, across years). */
    public DocumentRecord withFindings(List<FindingRecord> more) {
        var all = new ArrayList<>(findings);
        all.addAll(more);
        return new DocumentRecord(docId, sources, format, status, template, year, agency, published, province, city,
                county, regionCode, township, townshipCode, level, pages, figures, all);
    }
}
