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
 *
 * <p>A scan's golden file holds what OCR must give, not how it found it: each figure's field, value,
 * reading and page, and each finding's check, severity and fields. Its boxes, lines, confidences and
 * the messages quoting them come from pixels and a model's arithmetic, and are not fixed points.
 */
final class GoldenFile {

    static final String KNOWN_BAD = "# known-bad:";

    private GoldenFile() {
    }

    static String render(Outcome outcome) {
        return render(outcome, false);
    }

    /** @param scanned whether the document is a scan, read by OCR */
    static String render(Outcome outcome, boolean scanned) {
        var out = new StringBuilder();
        var record = DocumentRecord.of(outcome, List.of(outcome.source()), outcome.pages());
        var report = CsvOutput.reportRow(record);
        for (int i = 0; i < Schema.METADATA.size(); i++) {
            String id = Schema.METADATA.get(i).id();
            if (!id.equals("source")) {
                out.append(id).append('\t').append(report.get(i)).append('\n');
            }
        }
        int values = scanned ? 6 : CsvOutput.VALUES_HEADER.size();
        out.append('\n').append(String.join("\t", CsvOutput.VALUES_HEADER.subList(2, values))).append('\n');
        for (var row : CsvOutput.valueRows(record)) {
            line(out, row.subList(2, values));
        }
        int checks = scanned ? 5 : CsvOutput.CHECKS_HEADER.size();
        out.append('\n').append(String.join("\t", CsvOutput.CHECKS_HEADER.subList(2, checks))).append('\n');
        for (var row : CsvOutput.checkRows(record)) {
            line(out, row.subList(2, checks));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(String.join("\t", cells.stream().map(c -> c.replace('\t', ' ').replace('\n', ' ')).toList()))
                .append('\n');
    }
}
