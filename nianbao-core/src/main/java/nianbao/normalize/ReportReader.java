package nianbao.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.normalize.place.Divisions;
import nianbao.normalize.place.PlaceResolver;
import nianbao.report.Finding;
import nianbao.report.Metadata;
import nianbao.report.Place;
import nianbao.report.Report;
import nianbao.schema.Schema;
import nianbao.schema.Template;
import nianbao.source.Line;
import nianbao.source.SourceDocument;

/** Turns a document's lines into the canonical report: template, metadata, places, figures, findings. */
public final class ReportReader {

    /** The last year reports followed no national table. */
    private static final int LAST_LEGACY_YEAR = 2018;
    /** A page listing reports of this many years by their titles is a list, not a report. */
    private static final int LIST_PAGE_YEARS = 3;
    private static final Map<String, Integer> FIELD_ORDER = new HashMap<>();

    static {
        var fields = Schema.fields();
        for (int i = 0; i < fields.size(); i++) {
            FIELD_ORDER.put(fields.get(i).id(), i);
        }
    }

    private static final FlattenedLines FLATTENED = new FlattenedLines();

    /** A table reader per template: they hold the templates' prepared labels. */
    private final Map<Template, TableReader> readers = new EnumMap<>(Template.class);

    public ReportReader() {
        for (var t : List.of(Template.T2021, Template.T2019)) {
            readers.put(t, new TableReader(t));
        }
    }

    public Report read(SourceDocument document) {
        return read(document, "");
    }

    /**
     * @param jurisdiction the region code of the site a crawled report came from, or empty: evidence
     *                     between places of the same name
     */
    /**
     * The document's lines as rows are looked for in them: cells printed one per line gathered into
     * rows, flattened tables cut back into rows (their fused cells marked {@code fused}).
     */
    public record Rows(List<Line> lines, java.util.BitSet fused) {
    }

    public Rows rows(SourceDocument document) {
        var unfolded = FLATTENED.unfold(StackedCells.gather(document.lines()));
        return new Rows(unfolded.lines(), unfolded.fused());
    }

    public Report read(SourceDocument document, String jurisdiction) {
        var lines = StackedCells.gather(document.lines());
        var unfolded = FLATTENED.unfold(lines);
        var folded = unfolded.lines().stream().map(l -> MatchText.of(l.text())).toList();
        Template recognized = TemplateRecognizer.recognize(folded);
        var tables = readers.get(TemplateRecognizer.forReading(recognized)).read(unfolded.lines(), folded,
                unfolded.fused());
        var found = MetadataReader.read(lines);
        var findings = new ArrayList<Finding>();
        boolean tablesFound = tables.rowsFound() > 0;
        String notReport = tablesFound ? null : notAReport(found);
        if (notReport != null) {
            // No metadata, and no places guessed from the names a letter or a list mentions.
            findings.add(Finding.error("tables_not_found", List.of(),
                    "none of the template's tables was found; no figures read"));
            findings.add(Finding.error("not_a_report", List.of(), notReport));
            return new Report(new Metadata(null, null, "", null, Place.NONE), List.of(), findings, List.of());
        }
        boolean legacy = !tablesFound && found.year() != null && found.year() <= LAST_LEGACY_YEAR;
        if (!tablesFound && !legacy) {
            findings.add(Finding.error("tables_not_found", List.of(),
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
        } else if (legacy) {
            findings.add(Finding.info("legacy_report", List.of("template"), "a report on " + found.year()
                    + ", before the national tables of 2019: metadata only"));
        } else {
            findings.addAll(tables.findings());
        }
        if (found.agency().isEmpty()) {
            findings.add(Finding.warning("agency_not_found", List.of("agency"), "no agency named in a title"));
        }
        if (found.year() == null) {
            findings.add(Finding.warning("year_not_found", List.of("year"), "the year reported on was not found"));
        }
        Place place = Place.NONE;
        if (!found.agency().isEmpty() || !found.signature().isEmpty()) {
            var resolution = new PlaceResolver(Divisions.get()).resolve(Simplified.of(found.agency()),
                    Simplified.of(found.title()), Simplified.of(found.signature()), Simplified.of(text(lines)),
                    jurisdiction);
            place = resolution.place();
            findings.addAll(resolution.findings());
        }
        var figures = new ArrayList<>(tables.figures());
        figures.sort(Comparator.comparingInt(f -> FIELD_ORDER.get(f.field().id())));
        var template = legacy ? Template.LEGACY : tablesFound ? recognized : null;
        var metadata = new Metadata(template, found.year(), found.agency(), found.published(), place);
        return new Report(metadata, figures, findings, tables.rowsFound() == 0 ? List.of() : tables.expected());
    }

    /**
     * Why a document without tables is no report, or null when it is one: no title naming an annual
     * report (a letter or notice filed in the 年报 column, a news article), or titles of reports of
     * several years (the column's list page).
     */
    private static String notAReport(MetadataReader.Found found) {
        if (found.listedReports() >= LIST_PAGE_YEARS) {
            return "a list of annual reports of " + found.listedReports() + " years, not a report";
        }
        if (!found.titled()) {
            return "neither an annual report's title nor any of its tables was found: not a report?";
        }
        return null;
    }

    private static String text(List<Line> lines) {
        var out = new StringBuilder();
        for (var line : lines) {
            out.append(line.text().replace(" ", "")).append('\n');
        }
        return out.toString();
    }
}
