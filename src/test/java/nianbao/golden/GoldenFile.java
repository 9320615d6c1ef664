package nianbao.golden;

import java.util.List;
import nianbao.output.CsvOutput;
import nianbao.report.DocumentRecord;
import nianbao.report.Outcome;
import nianbao.schema.Schema;

/**
 * The expected output of one corpus document, as a tab-separated text a person can check against
 * the source: the document's {@code reports.csv} metadata, then its {@code values.csv} rows (every
 * figure with where it was printed), then its {@code checks.csv} rows. Sources are left out: they
 * depend on how the corpus is named on the command line.
 */
final class GoldenFile {

    static final String KNOWN_BAD = "# known-bad:";

    private GoldenFile() {
    }

    static String render(Outcome outcome) {
        var out = new StringBuilder();
        var record = DocumentRecord.of(outcome, List.of(outcome.source()), outcome.pages());
        var report = CsvOutput.reportRow(record);
        for (int i = 0; i < Schema.METADATA.size(); i++) {
            String id = Schema.METADATA.get(i).id();
            if (!id.equals("source")) {
                out.append(id).append('\t').append(report.get(i)).append('\n');
            }
        }
        out.append('\n').append(String.join("\t", CsvOutput.VALUES_HEADER.subList(2, CsvOutput.VALUES_HEADER.size())))
                .append('\n');
        for (var row : CsvOutput.valueRows(record)) {
            line(out, row.subList(2, row.size()));
        }
        out.append('\n').append(String.join("\t", CsvOutput.CHECKS_HEADER.subList(2, CsvOutput.CHECKS_HEADER.size())))
                .append('\n');
        for (var row : CsvOutput.checkRows(record)) {
            line(out, row.subList(2, row.size()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(String.join("\t", cells.stream().map(c -> c.replace('\t', ' ').replace('\n', ' ')).toList()))
                .append('\n');
    }
}
