package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import nianbao.render.Facts;
import nianbao.render.RandomFacts;
import nianbao.render.Score;
import nianbao.report.Finding;
import nianbao.report.Outcome;
import nianbao.scan.PicturePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page saved to disk whose report is pictures of its pages beside it ({@code 年报_files/}, as a
 * browser's "save page" keeps them): the pictures are read by OCR, icons and pictures that are not
 * there are told apart, and with OCR off the page says why its pictures were not read.
 */
class PagePicturesTest {

    @TempDir
    Path tmp;

    private Path savedPage(Facts facts) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(nianbao.scan.Printer.canPrintChinese(), "no CJK font (fonts-noto-cjk)");
        var folder = Files.createDirectories(tmp.resolve("年报_files"));
        var srcs = new java.util.ArrayList<String>();
        srcs.add("年报_files/logo.png");
        var icon = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(icon, "png", folder.resolve("logo.png").toFile());
        var pictures = PicturePage.pictures(facts);
        for (int i = 0; i < pictures.size(); i++) {
            Files.write(folder.resolve("page " + (i + 1) + ".png"), pictures.get(i));
            srcs.add("年报_files/page%20" + (i + 1) + ".png");
        }
        srcs.add("年报_files/missing.png");
        srcs.add("/uploads/seal.png");
        var html = tmp.resolve("年报.html");
        Files.writeString(html, PicturePage.html(facts.title(), srcs));
        return html;
    }

    private static Finding finding(Outcome outcome, String check) {
        return outcome.findings().stream().filter(f -> f.check().equals(check)).findFirst().orElse(null);
    }

    @Test
    void aSavedPageWhosReportIsPicturesIsReadFromThem() throws Exception {
        var facts = RandomFacts.next(new Random(2026120301L));
        var html = savedPage(facts);
        var outcome = new Pipeline().process(html, html.toString());

        var score = new Score();
        score.add(html.toString(), facts, outcome);
        System.out.println("page of pictures: " + score);
        assertTrue(score.wrong().isEmpty(), "no figure wrong: " + score.wrong());
        assertTrue(score.fieldsRight() > 0.5, "most figures read: " + score);
        assertEquals("html", outcome.format());
        var read = finding(outcome, "report_read_from_pictures");
        assertTrue(read != null && read.message().contains("pages 1 to "), String.valueOf(outcome.findings()));
        assertNull(finding(outcome, "report_is_image"), "the report was found in its pictures");
        var unread = finding(outcome, "pictures_not_read");
        assertTrue(unread != null && unread.message().contains("年报_files/missing.png (file not found"),
                String.valueOf(unread));
        assertFalse(unread.message().contains("logo.png"), "an icon is no page, and not worth a word");
        assertFalse(unread.message().contains("/uploads/seal.png"), "a web address is not looked for on disk");
        assertTrue(outcome.report().figures().stream().filter(f -> f.value() != null)
                .allMatch(f -> f.at().page() >= 1 && f.recognition().ocr()), "figures located on the pictures' pages");
    }

    @Test
    void withOcrOffThePageSaysWhyItsPicturesWereNotRead() throws Exception {
        var facts = RandomFacts.next(new Random(2026120302L));
        var html = savedPage(facts);
        var outcome = new Pipeline(new Pipeline.Settings(Pipeline.MAX_PAGES, Pipeline.MAX_BYTES, false))
                .process(html, html.toString());
        assertTrue(outcome.report().figures().isEmpty());
        assertTrue(finding(outcome, "report_is_image") != null, String.valueOf(outcome.findings()));
        assertTrue(finding(outcome, "pictures_not_read").message().contains("OCR is off (--no-ocr)"),
                String.valueOf(outcome.findings()));
    }
}
