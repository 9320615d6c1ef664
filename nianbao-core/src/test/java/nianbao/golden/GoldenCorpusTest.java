package nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every document in {@code corpus/} is extracted and compared with its hand-checked expected output
 * in {@code golden/} (same relative path, {@code .tsv} appended). On a mismatch the actual output
 * is written under {@code target/golden-actual/} and the {@code diff} command printed.
 *
 * <p>{@code mvn test -Dgolden.update=true} rewrites the golden files instead: read every change
 * against the source document before committing it, and say why in the commit message. A golden
 * file whose first line is {@code # known-bad: <reason>} holds the correct output for a case the
 * extractor still gets wrong: it is skipped while it fails, and fails once it passes, so that the
 * mark is removed.
 */
class GoldenCorpusTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path GOLDEN = Path.of("golden");
    private static final Path ACTUAL = Path.of("target", "golden-actual");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyCorpusDocumentGivesItsGoldenOutput() throws IOException {
        var documents = corpusDocuments();
        assertFalse(documents.isEmpty(), "corpus/ is empty: the golden test would test nothing");
        return documents.stream().map(doc -> DynamicTest.dynamicTest(CORPUS.relativize(doc).toString(),
                doc.toUri(), () -> check(doc)));
    }

    @Test
    void everyGoldenFileHasItsCorpusDocument() throws IOException {
        try (var files = Files.walk(GOLDEN)) {
            var orphans = files.filter(Files::isRegularFile)
                    .map(g -> GOLDEN.relativize(g).toString())
                    .filter(rel -> !rel.endsWith(".tsv") || !Files.isRegularFile(CORPUS.resolve(
                            rel.substring(0, rel.length() - ".tsv".length()))))
                    .toList();
            assertTrue(orphans.isEmpty(), "golden files without a corpus document: " + orphans);
        }
    }

    private void check(Path doc) throws IOException {
        var relative = CORPUS.relativize(doc).toString();
        var outcome = Corpus.extract(relative);
        var actual = GoldenFile.render(outcome, relative.startsWith("scans/"));
        var golden = GOLDEN.resolve(relative + ".tsv");
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            String mark = Files.exists(golden) ? knownBadMark(Files.readString(golden)) : "";
            Files.writeString(golden, mark + actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file for corpus/" + relative + ": run with -Dgolden.update=true, then check "
                    + golden + " by hand against the document");
        }
        var expected = Files.readString(golden, StandardCharsets.UTF_8);
        String mark = knownBadMark(expected);
        expected = expected.substring(mark.length());
        if (expected.equals(actual)) {
            assertEquals("", mark, golden + " is marked known-bad but now passes: remove its first line");
            return;
        }
        var written = ACTUAL.resolve(relative + ".tsv");
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual, StandardCharsets.UTF_8);
        String diff = "diff -u " + golden + " " + written;
        Assumptions.assumeTrue(mark.isEmpty(), "known-bad, still failing: " + mark.strip() + "\n  " + diff);
        fail("corpus/" + relative + " does not give its golden output:\n  " + diff);
    }

    private static String knownBadMark(String golden) {
        if (!golden.startsWith(GoldenFile.KNOWN_BAD)) {
            return "";
        }
        return golden.substring(0, golden.indexOf('\n') + 1);
    }

    private static List<Path> corpusDocuments() {
        return nianbao.Corpus.documents(CORPUS);
    }
}
