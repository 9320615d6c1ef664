package nianbao.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import nianbao.pipeline.Pipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reports no corpus holds, in every rendering real crawls and converters make: the reader must never
 * give a wrong figure, and must read most figures of each rendering. The reports are drawn at random
 * ({@link RandomFacts}) from a fixed seed, so a failure is repeatable; {@code -Drenderings.count=N}
 * draws more, {@code -Drenderings.seed=S} others. A document read wrong is written under
 * {@code target/renderings-wrong/}.
 */
class RenderingsTest {

    private static final int COUNT = Integer.getInteger("renderings.count", 60);
    private static final long SEED = Long.getLong("renderings.seed", 20261203L);
    private static final Path WRONG = Path.of("target", "renderings-wrong");
    /** With {@code -Drenderings.keep=true} every document drawn is written under {@code target/renderings/}. */
    private static final Path KEPT = Boolean.getBoolean("renderings.keep") ? Path.of("target", "renderings") : null;

    private final Pipeline pipeline = new Pipeline();

    @TestFactory
    Stream<DynamicTest> noRenderingOfAnUnseenReportGivesAWrongFigure() {
        return Arrays.stream(Rendering.values()).map(r -> DynamicTest.dynamicTest(r.fileName, () -> check(r)));
    }

    private void check(Rendering rendering) throws Exception {
        var random = new Random(SEED + rendering.ordinal());
        var score = new Score();
        for (int i = 0; i < COUNT; i++) {
            var facts = RandomFacts.next(random);
            String text = rendering.render(facts, random);
            String name = "random-" + i + "." + rendering.fileName + ".txt";
            int before = score.wrong().size() + score.wrongMetadata().size();
            score.add(name, facts, pipeline.process(text.getBytes(StandardCharsets.UTF_8), name));
            if (KEPT != null) {
                Files.createDirectories(KEPT);
                Files.writeString(KEPT.resolve(name), text, StandardCharsets.UTF_8);
            }
            if (score.wrong().size() + score.wrongMetadata().size() > before) {
                Files.createDirectories(WRONG);
                Files.writeString(WRONG.resolve(name), text, StandardCharsets.UTF_8);
            }
        }
        System.out.println(rendering.fileName + ": " + score);
        assertTrue(score.wrong().isEmpty(), rendering.fileName + ": wrong figures (documents in " + WRONG + "): "
                + String.join("; ", score.wrong().subList(0, Math.min(10, score.wrong().size()))));
        assertTrue(score.wrongMetadata().isEmpty(), rendering.fileName + ": wrong metadata: "
                + String.join("; ", score.wrongMetadata().subList(0, Math.min(5, score.wrongMetadata().size()))));
    }
}
