package nianbao.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import nianbao.pipeline.Pipeline;
import nianbao.render.Layout;
import nianbao.render.RandomFacts;
import nianbao.render.Score;
import org.junit.jupiter.api.Test;

/**
 * Scans of reports no corpus holds: random reports ({@link RandomFacts}) printed by {@link Printer}
 * in other faces and sizes, scanned by {@link Scanner} at a random resolution (150 to 300 dpi) with
 * a random skew, noise, blur, JPEG quality and seal, and read through OCR. None of them was used to
 * tune the OCR path (that was {@code corpus/scans/}); no figure may come out wrong. The scans are drawn
 * from a fixed seed; {@code -Dscans.count=N} draws more (OCR costs about 2 s a page), and a scan read
 * wrong is kept under {@code target/scans-wrong/}.
 */
class ScanRenderingsTest {

    private static final int COUNT = Integer.getInteger("scans.count", 3);
    private static final long SEED = Long.getLong("scans.seed", 20261203L);
    private static final Path WRONG = Path.of("target", "scans-wrong");
    /** With {@code -Dscans.keep=true} every scan drawn is written under {@code target/scans/}. */
    private static final Path KEPT = Boolean.getBoolean("scans.keep") ? Path.of("target", "scans") : null;
    private static final int[] DPI = {150, 200, 240, 300};

    @Test
    void noScanOfAnUnseenReportGivesAWrongFigure() throws Exception {
        var pipeline = new Pipeline();
        org.junit.jupiter.api.Assumptions.assumeTrue(nianbao.scan.Printer.canPrintChinese(), "no CJK font (fonts-noto-cjk)");
        var random = new Random(SEED);
        var score = new Score();
        for (int i = 0; i < COUNT; i++) {
            var facts = RandomFacts.next(random);
            int dpi = DPI[random.nextInt(DPI.length)];
            var printer = new Printer(dpi, random.nextBoolean(), 10.5 + random.nextInt(4) * 0.5);
            var scanner = new Scanner(dpi, (random.nextDouble() - 0.5) * 3, random.nextInt(10), random.nextInt(2),
                    random.nextBoolean() ? 0 : 0.5f + random.nextFloat() * 0.4f, random.nextBoolean(), false);
            var pages = scanner.damage(printer.print(facts, Layout.Options.PLAIN), SEED + i);
            boolean asTiff = random.nextInt(4) == 0;
            byte[] bytes = asTiff ? scanner.toImageFile(pages, "tiff") : scanner.toPdf(pages);
            String name = "scan-" + i + "." + scanner + (asTiff ? ".tiff" : ".pdf");
            if (KEPT != null) {
                Files.createDirectories(KEPT);
                Files.write(KEPT.resolve("scan-" + i + (asTiff ? ".tiff" : ".pdf")), bytes);
            }
            int before = score.wrong().size();
            score.add(name, facts, pipeline.process(bytes, name));
            if (score.wrong().size() > before) {
                Files.createDirectories(WRONG);
                Files.write(WRONG.resolve("scan-" + i + (asTiff ? ".tiff" : ".pdf")), bytes);
            }
        }
        System.out.println("scans of unseen reports: " + score);
        assertTrue(score.wrong().isEmpty(), "wrong figures (scans in " + WRONG + "): "
                + String.join("; ", score.wrong().subList(0, Math.min(10, score.wrong().size()))));
        assertTrue(score.fieldsRight() > 0.5, "most figures are read: " + score);
    }
}
