package nianbao.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes {@code corpus/text/rendered/SOURCE.RENDERING.txt}: each corpus report in each {@link Rendering},
 * made from the facts of its hand-checked golden file, byte for byte the same on every run (the random
 * choices a rendering makes are seeded by the file's name). Run by {@code scripts/make-renderings.sh}.
 */
public final class MakeRenderings {

    /** The corpus reports rendered, by the name their renderings carry, and their golden files. */
    public static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("huaian-city-2024", "text/pdftotext/huaian-city-2024.txt");
        SOURCES.put("example-county-2024", "text/damage/label-variants.txt");
        SOURCES.put("zigui-county-2020", "text/template-2019/zigui-county-2020.txt");
        SOURCES.put("yanbian-county-2024", "text/seeds/001_359eaca1bd706430.txt");
    }

    private MakeRenderings() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path out = root.resolve("corpus/text/rendered");
        Files.createDirectories(out);
        for (var source : SOURCES.entrySet()) {
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
