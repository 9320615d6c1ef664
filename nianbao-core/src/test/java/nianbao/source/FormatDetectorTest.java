package nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import nianbao.Corpus;
import org.junit.jupiter.api.Test;

/** Detection by leading bytes decides only what Tika would decide the same way. */
class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    @Test
    void theLeadingBytesAgreeWithTikaOnEveryCorpusDocument() throws Exception {
        var disagree = new ArrayList<String>();
        int decided = 0;
        for (Path doc : Corpus.documents(Path.of("corpus"))) {
            byte[] bytes = Files.readAllBytes(doc);
            if (FormatDetector.byLeadingBytes(bytes) != null) {
                decided++;
            }
            var fast = detector.detect(bytes);
            var tika = detector.byTika(bytes);
            if (fast.format() != tika.format()) {
                disagree.add(doc + ": " + fast.type() + " but Tika " + tika.type());
            }
        }
        assertEquals(java.util.List.of(), disagree);
        // PDFs, pictures, most web pages and Chinese text skip Tika (144 of 154 files when written).
        org.junit.jupiter.api.Assertions.assertTrue(decided >= 130, decided + " decided by their first bytes");
    }

    @Test
    void onlyPlainSignaturesAreDecided() {
        assertEquals("application/pdf", FormatDetector.byLeadingBytes(ascii("%PDF-1.7\n...")).toString());
        assertEquals("text/html", FormatDetector.byLeadingBytes(ascii("\uFEFF\n  <!DOCTYPE HTML><html>")).toString());
        assertEquals("text/html", FormatDetector.byLeadingBytes(utf8Bom("<html><body>")).toString());
        assertEquals("image/tiff", FormatDetector.byLeadingBytes(ascii("II*\0....")).toString());
        assertEquals("text/plain", FormatDetector.byLeadingBytes(ascii("标题:示例县2024年政府信息公开工作年度报告\n一、总体情况\n"))
                .toString());
        assertNull(FormatDetector.byLeadingBytes(ascii("From: office@example.org\n示例县")), "ASCII first line: Tika's");
        assertNull(FormatDetector.byLeadingBytes(ascii("示例县\u0000\u0001")), "control bytes");
        // Left to Tika: text mentioning markup, Office containers, a PDF signature not at the start.
        assertNull(FormatDetector.byLeadingBytes(ascii("一、总体情况 <html>")));
        assertNull(FormatDetector.byLeadingBytes(ascii("PK\u0003\u0004word/document.xml")));
        assertNull(FormatDetector.byLeadingBytes(ascii("junk %PDF-1.4")));
        assertNull(FormatDetector.byLeadingBytes(ascii("BM a text that begins like a bitmap")));
        assertNull(FormatDetector.byLeadingBytes(new byte[0]));
    }

    private static byte[] ascii(String s) {
        return s.replace("\uFEFF", "").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8Bom(String s) {
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }
}
