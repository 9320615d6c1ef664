package nianbao.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.report.Figure;
import nianbao.report.Outcome;
import nianbao.schema.Schema;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of the data set: {@code reports.csv} (one row per document), {@code values.csv} (one row
 * per figure, with where it was printed), {@code checks.csv} (one row per finding), and the
 * {@code codebook.csv}. UTF-8, by default with a byte-order mark so that Excel on Chinese Windows
 * does not read it as GBK.
 */
public final class CsvOutput {

    public static final List<String> VALUES_HEADER =
            List.of("doc_id", "source", "field", "value", "raw", "page", "line", "column", "box");
    public static final List<String> CHECKS_HEADER =
            List.of("doc_id", "source", "check", "severity", "fields", "message");
    public static final List<String> CODEBOOK_HEADER =
            List.of("field", "table", "row_label", "column_label", "templates", "type", "unit", "meaning");

    /** RFC 4180 with LF line ends: what every file of the data set is written in. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvOutput() {
    }

    /** The {@code reports.csv} row of a document, in codebook order. */
    public static List<String> reportRow(Outcome o) {
        var m = o.report().metadata();
        var row = new ArrayList<String>(Schema.fields().size());
        row.add(o.docId());
        row.add(o.source());
        row.add(o.format());
        row.add(o.status().code());
        row.add(m.template() == null ? "" : m.template().code());
        row.add(m.year() == null ? "" : m.year().toString());
        row.add(m.agency());
        row.add(m.published() == null ? "" : m.published().toString());
        row.add(m.place().province());
        row.add(m.place().city());
        row.add(m.place().county());
        row.add(m.place().regionCode());
        row.add(m.place().township());
        row.add(m.place().townshipCode());
        row.add(m.place().level());
        Map<String, Figure> byField = new HashMap<>();
        for (var f : o.report().figures()) {
            byField.put(f.field().id(), f);
        }
        for (var field : Schema.figureFields()) {
            var f = byField.get(field.id());
            row.add(f == null ? "" : f.formatted());
        }
        return row;
    }

    /** The {@code values.csv} rows of a document. */
    public static List<List<String>> valueRows(Outcome o) {
        var rows = new ArrayList<List<String>>();
        for (var f : o.report().figures()) {
            var at = f.at();
            rows.add(List.of(o.docId(), o.source(), f.field().id(), f.formatted(), oneLine(f.raw()),
                    number(at.page()), number(at.line()), number(at.column()), at.box() == null ? "" : at.box().toString()));
        }
        return rows;
    }

    /** The {@code checks.csv} rows of a document. */
    public static List<List<String>> checkRows(Outcome o) {
        var rows = new ArrayList<List<String>>();
        for (var f : o.findings()) {
            rows.add(List.of(o.docId(), o.source(), f.check(), f.severity().code(), String.join(" ", f.fields()),
                    oneLine(f.message())));
        }
        return rows;
    }

    /** Text on one line: a record of the data set is one line of its file. */
    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }

    private static String number(int n) {
        return n > 0 ? Integer.toString(n) : "";
    }

    /** Writes the codebook: every column of {@code reports.csv}, in order. */
    public static void writeCodebook(Path file, boolean bom) throws IOException {
        try (var p = printer(file, bom)) {
            p.printRecord(CODEBOOK_HEADER);
            for (var f : Schema.reportColumns()) {
                p.printRecord(f.id(), f.table(), f.rowLabel(), f.columnLabel(), f.templateCodes(), f.type().code(),
                        f.unit(), f.meaning());
            }
        }
    }

    private static CSVPrinter printer(Path file, boolean bom) throws IOException {
        return new CSVPrinter(writer(file, bom), FORMAT);
    }

    /** A UTF-8 file, with a byte-order mark unless told otherwise. */
    static BufferedWriter writer(Path file, boolean bom) throws IOException {
        var stream = Files.newOutputStream(file);
        // Closed whatever its last flush does: on a full disk the encoder's flush throws before it
        // closes the file, which would stay open (and its disk busy).
        BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    stream.close();
                }
            }
        };
        if (bom) {
            w.write('\uFEFF');
        }
        return w;
    }
}
