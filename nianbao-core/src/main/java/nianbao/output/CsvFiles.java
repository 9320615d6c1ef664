package nianbao.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** {@code reports.csv}, {@code values.csv} and {@code checks.csv}: the data set as text, in input order. */
final class CsvFiles {

    private CsvFiles() {
    }

    /** Writes the three files beside their names; returns the names. */
    static List<String> write(ResultStore store, Path dir, boolean bom) throws IOException {
        try (var reports = CsvOutput.writer(dir.resolve("reports.csv" + ResultStore.PARTIAL), bom);
             var values = CsvOutput.writer(dir.resolve("values.csv" + ResultStore.PARTIAL), bom);
             var checks = CsvOutput.writer(dir.resolve("checks.csv" + ResultStore.PARTIAL), bom)) {
            line(reports, Columns.REPORTS.columns().stream().map(Columns.Column::name).toList());
            line(values, CsvOutput.VALUES_HEADER);
            line(checks, CsvOutput.CHECKS_HEADER);
            store.documents(d -> {
                line(reports, CsvOutput.reportRowWithSources(d));
                CsvOutput.valueRows(d).forEach(row -> line(values, row));
                CsvOutput.checkRows(d).forEach(row -> line(checks, row));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.of("reports.csv", "values.csv", "checks.csv");
    }

    private static void line(BufferedWriter out, List<String> cells) {
        try {
            out.write(CsvOutput.FORMAT.format(cells.toArray()));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
