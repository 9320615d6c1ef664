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
import nianbao.report.DocumentRecord;
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
            List.of("doc_id", "source", "field", "value", "raw", "page", "line", "column", "box", "confidence");
    public static final List<String> CHECKS_HEADER =
            List.of("doc_id", "source", "check", "severity", "fields", "message");
    public static final List<String> CODEBOOK_HEADER = List.of("field", "table", "row_label", "column_label",
            "templates", "type", "unit", "meaning", "file", "label_zh");

    /** RFC 4180 with LF line ends: what every file of the data set is written in. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvOutput() {
    }

    /**
     * The {@code reports.csv} row of a document, in codebook order, without its last column
     * ({@code sources}).
     */
    public static List<String> reportRow(DocumentRecord d) {
        var row = new ArrayList<String>(Schema.fields().size() + 1);
        row.add(d.docId());
        row.add(d.source());
        row.add(d.format());
        row.add(d.status());
        row.add(d.template());
        row.add(d.year() == null ? "" : d.year().toString());
        row.add(d.agency());
        row.add(d.published() == null ? "" : d.published().toString());
        row.add(d.province());
        row.add(d.city());
        row.add(d.county());
        row.add(d.regionCode());
        row.add(d.township());
        row.add(d.townshipCode());
        row.add(d.level());
        Map<String, DocumentRecord.FigureRecord> byField = new HashMap<>();
        for (var f : d.figures()) {
            byField.put(f.field(), f);
        }
        for (var field : Schema.figureFields()) {
            var f = byField.get(field.id());
            row.add(f == null ? "" : f.formatted());
        }
        return row;
    }

    /** The whole {@code reports.csv} row of a document, its paths last. */
    public static List<String> reportRowWithSources(DocumentRecord d) {
        var row = new ArrayList<>(reportRow(d));
        row.add(String.join(ResultStore.SOURCES_SEPARATOR, d.sources()));
        return row;
    }

    /** The {@code values.csv} rows of a document. */
    public static List<List<String>> valueRows(DocumentRecord d) {
        var rows = new ArrayList<List<String>>();
        for (var f : d.figures()) {
            rows.add(List.of(d.docId(), d.source(), f.field(), f.formatted(), oneLine(f.raw()), number(f.page()),
                    number(f.line()), number(f.column()), f.box(), confidence(f.confidence())));
        }
        return rows;
    }

    /** A confidence to three decimals (OCR's, 0 to 1); empty for printed text. */
    static String confidence(Double c) {
        return c == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", c);
    }

    /** The {@code checks.csv} rows of a document. */
    public static List<List<String>> checkRows(DocumentRecord d) {
        var rows = new ArrayList<List<String>>();
        for (var f : d.findings()) {
            rows.add(List.of(d.docId(), d.source(), f.check(), f.severity(), String.join(" ", f.fields()),
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

    /**
     * The codebook's rows: every column of {@code reports.csv}, in order, then those of
     * {@code values.csv} and {@code checks.csv}, each with its file and a short Chinese label.
     */
    public static List<List<String>> codebookRows() {
        var rows = new ArrayList<List<String>>();
        for (var f : Schema.reportColumns()) {
            rows.add(List.of(f.id(), f.table(), f.rowLabel(), f.columnLabel(), f.templateCodes(), f.type().code(),
                    f.unit(), f.meaning(), "reports", Columns.labelZh(f)));
        }
        for (var table : List.of(Columns.VALUES, Columns.CHECKS)) {
            for (var c : table.columns()) {
                rows.add(List.of(c.name(), "", "", "", "", c.type().code(), c.unit(), c.description(), table.name(),
                        c.labelZh()));
            }
        }
        return rows;
    }

    /** Writes the codebook. */
    public static void writeCodebook(Path file, boolean bom) throws IOException {
        try (var p = printer(file, bom)) {
            p.printRecord(CODEBOOK_HEADER);
            for (var row : codebookRows()) {
                p.printRecord(row);
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
