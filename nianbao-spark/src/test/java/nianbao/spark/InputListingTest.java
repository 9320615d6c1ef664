package nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.pipeline.Inputs;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {

    private static List<String> sources(List<InputFile> inputs) {
        return inputs.stream().map(InputFile::source).toList();
    }

    @Test
    void aFolderIsListedInTheOrderExtractWalksIt() throws Exception {
        var corpus = Path.of("corpus").toAbsolutePath();
        var expected = new ArrayList<String>();
        Inputs.walk(List.of(corpus.toString()), i -> expected.add(i.source()));
        var listed = InputListing.list(corpus.toString(), new Configuration(), new org.apache.hadoop.fs.Path("/nowhere"));
        assertEquals(expected, sources(listed));
        for (var i : listed) {
            assertEquals(Files.size(Path.of(i.source())), i.size(), i.source());
            assertNull(i.problem());
        }
    }

    @Test
    void aRelativeFolderGivesRelativeSourcesAsExtractDoes() throws Exception {
        var expected = new ArrayList<String>();
        Inputs.walk(List.of("corpus/text/wild"), i -> expected.add(i.source()));
        var listed = InputListing.list("corpus/text/wild", new Configuration(), new org.apache.hadoop.fs.Path("/nowhere"));
        assertEquals(expected, sources(listed));
    }

    @Test
    void aLinkBackToAFolderAlreadyWalkedIsWalkedOnce(@TempDir Path dir) throws Exception {
        var folder = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(folder.resolve("a.txt"), "a");
        Files.createSymbolicLink(folder.resolve("loop"), Path.of("."));
        var listed = InputListing.list(folder.toString(), new Configuration(), new org.apache.hadoop.fs.Path("/nowhere"));
        assertEquals(List.of(folder.resolve("a.txt").toString()), sources(listed));
    }

    @Test
    void aManifestListsPathsFoldersAndGlobsAndAPathThatNamesNothingIsAnInputWithItsProblem(@TempDir Path dir)
            throws Exception {
        var a = Files.writeString(dir.resolve("a.txt"), "a");
        Files.createDirectories(dir.resolve("folder/.hidden"));
        Files.writeString(dir.resolve("folder/b.html"), "b");
        Files.writeString(dir.resolve("folder/.hidden/c.html"), "c");
        Files.writeString(dir.resolve("d1.pdf"), "d");
        Files.writeString(dir.resolve("d2.pdf"), "dd");
        var out = Files.createDirectories(dir.resolve("folder/out"));
        Files.writeString(out.resolve("reports.csv"), "not a report");
        var manifest = Files.writeString(dir.resolve("inputs.lst"), String.join("\n", "# reports of 2024", a.toString(), "",
                dir.resolve("folder").toString(), dir.resolve("d*.pdf").toString(), dir.resolve("missing.pdf").toString(),
                dir.resolve("none-*.doc").toString()));
        var listed = InputListing.list(manifest.toString(), new Configuration(),
                new org.apache.hadoop.fs.Path(out.toString()));
        assertEquals(List.of(a.toString(), dir.resolve("folder/b.html").toString(), dir.resolve("d1.pdf").toString(),
                dir.resolve("d2.pdf").toString(), dir.resolve("missing.pdf").toString(), dir.resolve("none-*.doc").toString()),
                sources(listed));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), listed.stream().map(InputFile::seq).toList());
        assertEquals(2, listed.get(3).size());
        assertEquals("file not found", listed.get(4).problem());
        assertEquals("the pattern matches no file", listed.get(5).problem());
    }
}
