package nianbao.source.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The streaming DOCX reader gives exactly what XWPF's model gives, or leaves the document to it: on
 * the corpus's DOCX, and on documents POI writes here in shapes the corpus does not have (runs split
 * anywhere, tabs and breaks, links, bookmarks, merged cells across and down, nested tables, empty
 * cells), with the fallback for what it does not read (fields, tracked deletions, content controls).
 */
class PlainDocxTest {

    private static byte[] docx(Consumer<XWPFDocument> content) throws Exception {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            content.accept(doc);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void assertSameAsXwpf(byte[] bytes, String what) throws Exception {
        var plain = PlainDocx.read(bytes);
        assertNotNull(plain, what + ": left to XWPF");
        assertEquals(DocxReader.xwpf(bytes), plain, what);
    }

    /** The corpus's DOCX, and with {@code -Ddocx.folder=DIR} those of another folder (the bench corpus's). */
    @Test
    void theCorpusDocxAreReadAsXwpfReadsThem() throws Exception {
        try (var walk = Files.walk(Path.of(System.getProperty("docx.folder", "corpus")))) {
            for (var file : walk.filter(p -> p.toString().endsWith(".docx")).toList()) {
                assertSameAsXwpf(Files.readAllBytes(file), file.toString());
            }
        }
    }

    @Test
    void randomReportsOfRunsTabsBreaksLinksAndMergedCellsAreReadAsXwpfReadsThem() throws Exception {
        var random = new Random(Long.getLong("docx.seed", 15));
        String[] words = {"2024年", "政府信息公开", "工作年度报告", "（一）", "本年新收", "申请数量", "1,234", "0", "—",
                "万元", "自然人", "商业企业", " ", "A", "b"};
        for (int n = 0; n < Integer.getInteger("docx.count", 40); n++) {
            int seed = n;
            var bytes = docx(doc -> {
                for (int b = 0; b < 6; b++) {
                    if (random.nextInt(3) > 0) {
                        var p = doc.createParagraph();
                        for (int r = random.nextInt(5); r >= 0; r--) {
                            var run = p.createRun();
                            run.setText(words[random.nextInt(words.length)]);
                            switch (random.nextInt(6)) {
                                case 0 -> run.addTab();
                                case 1 -> run.addBreak();
                                case 2 -> run.setText(words[random.nextInt(words.length)]);
                                case 3 -> run.setBold(true);
                                default -> {
                                }
                            }
                        }
                        if (random.nextInt(4) == 0) {
                            p.createHyperlinkRun("https://example.gov.cn/" + seed).setText("附件" + seed);
                        }
                        if (random.nextInt(5) == 0) {
                            p.getCTP().addNewBookmarkStart().setName("b" + b);
                        }
                    } else {
                        int rows = 2 + random.nextInt(4);
                        int cols = 2 + random.nextInt(5);
                        var table = doc.createTable(rows, cols);
                        for (int r = 0; r < rows; r++) {
                            for (int c = 0; c < cols; c++) {
                                var cell = table.getRow(r).getCell(c);
                                if (random.nextInt(4) > 0) {
                                    cell.setText(words[random.nextInt(words.length)]);
                                }
                                if (random.nextInt(6) == 0) {
                                    cell.addParagraph().createRun().setText(words[random.nextInt(words.length)]);
                                }
                            }
                        }
                        // Merged down: the first column's cells below the header continue it.
                        if (random.nextBoolean()) {
                            merge(table.getRow(0).getCell(0), STMerge.RESTART);
                            for (int r = 1; r < rows - 1; r++) {
                                merge(table.getRow(r).getCell(0), random.nextBoolean() ? STMerge.CONTINUE : null);
                            }
                        }
                        // Merged across: a header cell two grid columns wide, the row one cell shorter.
                        if (random.nextBoolean()) {
                            var first = table.getRow(0).getCell(cols - 2).getCTTc();
                            (first.isSetTcPr() ? first.getTcPr() : first.addNewTcPr()).addNewGridSpan()
                                    .setVal(BigInteger.valueOf(2));
                            table.getRow(0).removeCell(cols - 1);
                        }
                        if (random.nextInt(5) == 0) {
                            var inner = table.getRow(rows - 1).getCell(0).insertNewTbl(
                                    table.getRow(rows - 1).getCell(0).getParagraphs().get(0).getCTP().newCursor());
                            assertNotNull(inner);
                        }
                    }
                }
            });
            assertSameAsXwpf(bytes, "random document " + n);
        }
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum how) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var merge = pr.addNewVMerge();
        if (how != null) {
            merge.setVal(how);
        }
    }

    @Test
    void whatItDoesNotReadIsLeftToXwpf() throws Exception {
        var field = docx(doc -> {
            var p = doc.createParagraph();
            p.createRun().setText("第 ");
            p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
            p.createRun().setText(" 页");
        });
        assertNull(PlainDocx.read(field), "a field code");
        var deleted = docx(doc -> {
            var p = doc.createParagraph();
            p.createRun().setText("本年新收 12");
            p.getCTP().addNewDel().addNewR().addNewDelText().setStringValue("21");
        });
        assertNull(PlainDocx.read(deleted), "a tracked deletion");
        var control = docx(doc -> doc.getDocument().getBody().addNewSdt().addNewSdtContent().addNewP().addNewR()
                .addNewT().setStringValue("内容控件"));
        assertEquals(DocxReader.xwpf(control), new DocxReader().read(control), "a content control: as XWPF");
        assertNull(PlainDocx.read("not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of(), new DocxReader().read(docx(doc -> { })).blocks());
    }
}
