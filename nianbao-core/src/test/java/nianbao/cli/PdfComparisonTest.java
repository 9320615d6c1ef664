package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.Corpus;
import nianbao.pipeline.Pipeline;
import nianbao.source.pdf.PlainTextBaseline;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench counts only PDFs both sides read: a refused document's pages are not counted. */
class PdfComparisonTest {

    @TempDir
    Path tmp;

    @Test
    void aRefusedDocumentsPagesAreNotCounted() throws Exception {
        // Twelve pages of text: PDFTextStripper reads them all; nianbao, limited to 10 pages, refuses it.
        var twelve = tmp.resolve("twelve-pages.pdf");
        try (var document = new PDDocument()) {
            for (int i = 0; i < 12; i++) {
                var page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("page " + (i + 1));
                    content.endText();
                }
            }
            document.save(twelve.toFile());
        }
        assertEquals(12, PlainTextBaseline.extract(Files.readAllBytes(twelve)));
        var real = Corpus.path("pdf/real/hongze-district-2024.pdf");
        var scan = Corpus.path("scans/huaian-city-2024.200dpi.pdf");
        var text = Corpus.path("text/damage/label-variants.txt");
        var withoutOcr = new Pipeline(new Pipeline.Settings(10, Pipeline.MAX_BYTES, false));

        var selection = PdfComparison.select(List.of(twelve, real, scan, text), withoutOcr, 100);

        assertEquals(1, selection.pdfs().size(), "only the PDF both read");
        assertEquals(PlainTextBaseline.extract(Files.readAllBytes(real)), selection.pages(),
                "its pages alone: not the 12 nianbao refused, nor the scan's");
        assertEquals(2, selection.refused().size(), String.valueOf(selection.refused()));
        assertTrue(selection.refused().get(0).startsWith(twelve + ": ") && selection.refused().get(0).contains("limit"),
                selection.refused().get(0));
        assertTrue(selection.refused().get(1).contains("OCR is off"), selection.refused().get(1));
        assertEquals(List.of(), selection.baselineFailed());
    }

    @Test
    void aSpreadIsTheMedianAndTheExtremes() {
        var s = PdfComparison.Spread.of(new double[] {3, 1, 2, 10});
        assertEquals(1, s.min());
        assertEquals(2.5, s.median());
        assertEquals(10, s.max());
        assertEquals("2.5 (1.0–10.0)", s.toString());
    }
}
