package nianbao.pipeline;

import static nianbao.Corpus.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import nianbao.report.Status;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A report's tables kept as a spreadsheet (XLSX) are read through Tika like Word files. */
class SpreadsheetTest {

    @Test
    void anXlsxWithTheAppealTableGivesItsFigures() throws Exception {
        byte[] xlsx;
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("年报");
            String[][] rows = {
                    {"示例县2024年政府信息公开工作年度报告"},
                    {"四、政府信息公开行政复议、行政诉讼情况"},
                    {"行政复议", "", "", "", "", "行政诉讼"},
                    {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"},
                    {"", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果",
                            "尚未审结", "总计"},
                    {"3", "1", "0", "1", "5", "1", "0", "0", "1", "2", "0", "1", "0", "0", "1"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r == rows.length - 1) {
                        row.createCell(c).setCellValue(Integer.parseInt(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        var o = new Pipeline().process(xlsx, "report.xlsx");
        assertEquals("xlsx", o.format());
        assertEquals(Status.PARTIAL, o.status(), "tables 二 and 三 are missing");
        assertEquals("5", value(o, "review_total"));
        assertEquals("2", value(o, "suit_direct_total"));
        assertEquals("1", value(o, "suit_after_corrected"));
        assertEquals("示例县", o.report().metadata().agency());
    }
}
