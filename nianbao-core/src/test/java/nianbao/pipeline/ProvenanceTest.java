package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nianbao.Corpus;
import nianbao.report.Status;
import nianbao.schema.Template;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every figure read from a text document is printed exactly where values.csv says it is. */
class ProvenanceTest {

    @TestFactory
    Stream<DynamicTest> everyFigureOfATextDocumentIsFoundAtItsLineAndColumn() throws IOException {
        var root = Corpus.path("text");
        try (var files = Files.walk(root)) {
            var documents = files.filter(Files::isRegularFile).sorted().toList();
            assertFalse(documents.isEmpty());
            return documents.stream().map(doc -> DynamicTest.dynamicTest(root.relativize(doc).toString(),
                    () -> check(doc)));
        }
    }

    private static void check(Path doc) throws IOException {
        var outcome = Corpus.extract(Path.of("corpus").relativize(doc).toString());
        var lines = Files.readString(doc).replace("\r", "").split("\n", -1);
        boolean none = outcome.report().metadata().template() == Template.LEGACY || outcome.status() == Status.FAILED;
        assertEquals(none, outcome.report().figures().isEmpty(), doc + ": figures unless a legacy or failed report");
        for (var f : outcome.report().figures()) {
            var at = f.at();
            String line = lines[at.line() - 1].replace("\f", " ");
            int from = at.column() - 1;
            assertEquals(f.raw(), line.substring(from, Math.min(line.length(), from + f.raw().length())),
                    f.field().id() + " at " + at.describe());
        }
    }
}
