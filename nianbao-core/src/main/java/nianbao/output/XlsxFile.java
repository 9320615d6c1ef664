package nianbao.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nianbao.schema.ValueType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code nianbao.xlsx}, for Excel users: a sheet per table (reports, values, checks, codebook), ids and
 * codes stored as text (Excel turns 510421102 into 5.1E+08 otherwise), figures as numbers, dates as
 * dates. Streamed (Apache POI's SXSSF): memory stays flat. A table longer than a sheet goes on in
 * {@code values (2)} and so on.
 */
final class XlsxFile {

    static final String FILE = "nianbao.xlsx";
    /** Rows of a sheet, Excel's limit, one of them the header. */
    private static final int SHEET_ROWS = 1_048_576;
    /** Rows kept in memory while streaming. */
    private static final int WINDOW = 200;

    private XlsxFile() {
    }

    static List<String> write(ResultStore store, Path dir) throws IOException {
        var workbook = new SXSSFWorkbook(WINDOW);
        try {
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var reports = new Table(workbook, Columns.REPORTS, date);
            var values = new Table(workbook, Columns.VALUES, date);
            var checks = new Table(workbook, Columns.CHECKS, date);
            store.documents(d -> {
                reports.add(CsvOutput.reportRowWithSources(d));
                CsvOutput.valueRows(d).forEach(values::add);
                CsvOutput.checkRows(d).forEach(checks::add);
            });
            var codebook = workbook.createSheet("codebook");
            var header = codebook.createRow(0);
            for (int i = 0; i < CsvOutput.CODEBOOK_HEADER.size(); i++) {
                header.createCell(i).setCellValue(CsvOutput.CODEBOOK_HEADER.get(i));
            }
            int r = 1;
            for (var row : CsvOutput.codebookRows()) {
                var x = codebook.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    x.createCell(i).setCellValue(row.get(i));
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve(FILE + ResultStore.PARTIAL))) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
        return List.of(FILE);
    }

    /** A table over as many sheets as it needs. */
    private static final class Table {

        private final SXSSFWorkbook workbook;
        private final Columns.Table table;
        private final CellStyle date;
        private Sheet sheet;
        private int sheets;
        private int row;

        Table(SXSSFWorkbook workbook, Columns.Table table, CellStyle date) {
            this.workbook = workbook;
            this.table = table;
            this.date = date;
            next();
        }

        private void next() {
            sheets++;
            sheet = workbook.createSheet(sheets == 1 ? table.name() : table.name() + " (" + sheets + ")");
            var header = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                header.createCell(i).setCellValue(table.columns().get(i).name());
            }
            row = 1;
        }

        void add(List<String> cells) {
            if (row >= SHEET_ROWS) {
                next();
            }
            var x = sheet.createRow(row++);
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i);
                if (text.isEmpty()) {
                    continue;
                }
                var cell = x.createCell(i);
                var type = table.columns().get(i).type();
                if (type == ValueType.INTEGER || type == ValueType.DECIMAL) {
                    cell.setCellValue(new BigDecimal(text).doubleValue());
                } else if (type == ValueType.DATE) {
                    cell.setCellValue(LocalDate.parse(text));
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(text);
                }
            }
        }
    }
}
