package nianbao.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import nianbao.output.ExtractorVersion;
import nianbao.output.ResultStore;

/**
 * {@code audit DATA... --out DIR}: reads the data folders (never changing them), compares, and writes
 * {@code panel.csv}, {@code findings.csv}, {@code codebook.csv} and {@code report.html}.
 */
public final class AuditRun {

    /** What was written: agency-years and findings in scope. */
    public record Summary(int agencyYears, int findings) {
    }

    private AuditRun() {
    }

    /**
     * @param jurisdiction a six-digit division code, or empty for all
     * @param year         a year, or null for all
     * @param deadlines    a {@code level,MM-DD} file, or null for the statutory deadlines
     * @throws nianbao.output.OutputException when a folder cannot be read
     */
    public static Summary run(List<Path> folders, Path out, String jurisdiction, Integer year, Path deadlines)
            throws IOException {
        var scope = new Scope(jurisdiction, year);
        var documents = new ArrayList<Audit.Document>();
        var shaByDoc = new HashMap<String, String>();
        var seen = new HashSet<String>();
        for (var folder : folders) {
            try (var store = ResultStore.readOnly(folder)) {
                store.inputs(i -> shaByDoc.putIfAbsent(i.docId(), i.sha256()));
                store.documentsByAgency((d, key) -> {
                    // The same document in two folders (a crawl and an extract of the same files) counts once.
                    if (seen.add(d.docId())) {
                        documents.add(new Audit.Document(d, key, store.text(d.docId())));
                    }
                });
            }
        }
        var audit = Audit.of(documents, deadlines == null ? new Deadlines() : Deadlines.read(deadlines));
        AuditFiles.write(audit, scope, out);
        AuditPage.write(audit, scope, new Evidence(folders, shaByDoc), out.resolve("report.html"),
                "nianbao " + ExtractorVersion.current());
        int rows = (int) audit.panel().stream().filter(a -> scope.covers(a.document().regionCode(), a.year())).count();
        int findings = (int) audit.findings().stream().filter(f -> scope.covers(AuditFiles.regionOf(f.key()), f.year()))
                .count();
        return new Summary(rows, findings);
    }
}
