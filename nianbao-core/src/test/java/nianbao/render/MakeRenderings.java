package nianbao.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes {@code corpus/text/rendered/SOURCE.RENDERING.txt}: each corpus report of
 * {@link nianbao.Corpus#SOURCES} in each {@link Rendering},
 * made from the facts of its hand-checked golden file, byte for byte the same on every run (the random
 * choices a rendering makes are seeded by the file's name). Run by {@code scripts/make-renderings.sh}.
 */
public final class MakeRenderings {

    private MakeRenderings() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path out = root.resolve("corpus/text/rendered");
        Files.createDirectories(out);
        for (var source : new java.util.TreeMap<>(nianbao.Corpus.SOURCES).entrySet()) {
            var facts = Facts.ofGolden(root.resolve("golden").resolve(source.getValue() + ".tsv"));
            for (var rendering : Rendering.values()) {
                String name = source.getKey() + "." + rendering.fileName + ".txt";
                var random = new Random(name.hashCode());
                Files.writeString(out.resolve(name), rendering.render(facts, random), StandardCharsets.UTF_8);
                System.out.println("corpus/text/rendered/" + name);
            }
        }
    }
}
