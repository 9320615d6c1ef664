package nianbao.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The documents named on a command line: files as given, folders walked recursively, each folder's
 * entries in name order, so that every run sees the same inputs in the same order. The walk holds one
 * folder's listing at a time, whatever the size of the tree.
 */
public final class Inputs {

    /**
     * A document to process.
     *
     * @param seq    its place in the walk, from 0
     * @param path   where it is
     * @param source its path as the user gave it (a folder's files under the folder as given)
     */
    public record Input(long seq, Path path, String source) {
    }

    private Inputs() {
    }

    /** Every input in order. A path that does not exist is one input, so that it is accounted for. */
    public static void walk(List<String> arguments, Consumer<Input> each) {
        long[] seq = {0};
        for (var argument : arguments) {
            var path = Path.of(argument);
            if (Files.isDirectory(path)) {
                walkFolder(path, each, seq);
            } else {
                each.accept(new Input(seq[0]++, path, argument));
            }
        }
    }

    /** How many inputs a walk gives. */
    public static long count(List<String> arguments) {
        long[] n = {0};
        walk(arguments, input -> n[0]++);
        return n[0];
    }

    /** Every input, in order, as a list: for small runs. */
    public static List<Input> list(List<String> arguments) {
        var all = new ArrayList<Input>();
        walk(arguments, all::add);
        return all;
    }

    /** A folder's regular files and subfolders, by name; names starting with a dot are left out. */
    private static void walkFolder(Path folder, Consumer<Input> each, long[] seq) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        for (var entry : entries) {
            if (Files.isDirectory(entry)) {
                walkFolder(entry, each, seq);
            } else if (Files.isRegularFile(entry)) {
                each.accept(new Input(seq[0]++, entry, entry.toString()));
            }
        }
    }
}
