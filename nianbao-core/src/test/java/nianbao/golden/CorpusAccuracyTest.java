package nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import nianbao.Corpus;
import nianbao.render.Facts;
import nianbao.render.Score;
import org.junit.jupiter.api.Test;

/**
 * The accuracy of the reader over the whole corpus, each document judged against the hand-checked
 * figures of the report it renders ({@link Corpus#sourceOf}): the share of figures read right, of
 * reports read exactly, and the count of figures read <em>wrong</em> (a value other than the
 * report's), which must be 0. A figure a report prints but nobody can decide (a fused cell that
 * splits several ways, a cell printed blank) counts as empty, not right. The measure is printed by
 * folder and in all; the README quotes it:
 *
 * <pre>mvn -B -q test -Dtest=CorpusAccuracyTest</pre>
 */
class CorpusAccuracyTest {

    @Test
    void noCorpusDocumentGivesAWrongFigure() {
        var all = new Score();
        var byFolder = new TreeMap<String, Score>();
        var facts = new java.util.HashMap<String, Facts>();
        var printed = new java.util.HashMap<String, java.util.Set<String>>();
        var corpus = Path.of("corpus");
        for (var doc : Corpus.documents(corpus)) {
            String relative = corpus.relativize(doc).toString().replace('\\', '/');
            String source = Corpus.sourceOf(relative);
            var truth = facts.computeIfAbsent(source, CorpusAccuracyTest::facts);
            var fields = printed.computeIfAbsent(source,
                    s -> new HashSet<>(Corpus.extract(s).report().expected()));
            var outcome = Corpus.extract(relative);
            all.add(relative, truth, outcome, fields);
            byFolder.computeIfAbsent(folder(relative), k -> new Score()).add(relative, truth, outcome, fields);
        }
        for (Map.Entry<String, Score> e : byFolder.entrySet()) {
            System.out.println(e.getKey() + ": " + e.getValue());
        }
        System.out.println("corpus: " + all);
        assertEquals(java.util.List.of(), all.wrong(), "figures read wrong");
    }

    private static String folder(String relative) {
        return relative.substring(0, relative.lastIndexOf('/'));
    }

    private static Facts facts(String source) {
        try {
            return Facts.ofGolden(Path.of("golden", source + ".tsv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
