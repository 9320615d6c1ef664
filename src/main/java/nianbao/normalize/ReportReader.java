package nianbao.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.report.Finding;
import nianbao.report.Metadata;
import nianbao.report.Place;
import nianbao.report.Report;
import nianbao.schema.Schema;
import nianbao.schema.Template;
import nianbao.source.SourceDocument;

/** Turns a document's lines into the canonical report: template, metadata, figures, findings. */
public final class ReportReader {

    private static final List<String> FIELD_ORDER = Schema.fields().stream().map(f -> f.id()).toList();

    public Report read(SourceDocument document) {
        var lines = document.lines();
        Template recognized = TemplateRecognizer.recognize(lines);
        var tables = new TableReader(TemplateRecognizer.forReading(recognized)).read(lines);
        var found = MetadataReader.read(lines);
        var findings = new ArrayList<Finding>();
        if (tables.rowsFound() == 0) {
            findings.add(Finding.warning("tables_not_found", List.of(),
                    "none of the template's tables was found; no figures read"));
            if (!document.attachments().isEmpty()) {
                findings.add(Finding.warning("report_in_attachment", List.of(),
                        "the page links to the report instead of printing it: " + String.join(" ", document.attachments())));
            }
            if (!document.images().isEmpty()) {
                findings.add(Finding.warning("report_is_image", List.of(),
                        "the page shows images where the report would be (pictures of its pages?): "
                                + String.join(" ", document.images())));
            }
        } else {
            findings.addAll(tables.findings());
        }
        if (found.agency().isEmpty()) {
            findings.add(Finding.warning("agency_not_found", List.of("agency"), "no agency named in a title"));
        }
        if (found.year() == null) {
            findings.add(Finding.warning("year_not_found", List.of("year"), "the year reported on was not found"));
        }
        var figures = new ArrayList<>(tables.figures());
        figures.sort(Comparator.comparingInt(f -> FIELD_ORDER.indexOf(f.field().id())));
        var template = tables.rowsFound() == 0 ? null : recognized;
        var metadata = new Metadata(template, found.year(), found.agency(), found.published(), Place.NONE);
        return new Report(metadata, figures, findings, tables.rowsFound() == 0 ? List.of() : tables.expected());
    }
}
