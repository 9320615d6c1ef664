package nianbao.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
     * @param seq     its place in the walk, from 0
     * @param path    where it is
     * @param source  its path as the user gave it (a folder's files under the folder as given)
     * @param problem why it cannot be read, known from the walk (a named pipe, a link to nothing), or null
     */
    public record Input(long seq, Path path, String source, String problem) {
    }

    private Inputs() {
    }

    /** Every input in order. A path that does not exist is one input, so that it is accounted for. */
    public static void walk(List<String> arguments, Consumer<Input> each) {
        walk(arguments, null, each);
    }

    /**
     * Every input in order, leaving out a folder (the run's own output, when it lies inside an input
     * folder: its database and CSV files are no reports). Folders reached twice (symbolic links to a
     * folder already walked, loops of links) are walked once, by their real path.
     */
    public static void walk(List<String> arguments, Path excluded, Consumer<Input> each) {
        var walk = new Walk(each, realPath(excluded));
        for (var argument : arguments) {
            var path = Path.of(argument);
            if (Files.isDirectory(path)) {
                walk.folder(path);
            } else {
                walk.add(path, argument, null);
            }
        }
    }

    /** How many inputs a walk gives. */
    public static long count(List<String> arguments, Path excluded) {
        long[] n = {0};
        walk(arguments, excluded, input -> n[0]++);
        return n[0];
    }

    /** Every input, in order, as a list: for small runs. */
    public static List<Input> list(List<String> arguments) {
        var all = new ArrayList<Input>();
        walk(arguments, all::add);
        return all;
    }

    private static Path realPath(Path path) {
        try {
            return path == null || !Files.exists(path) ? null : path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** One walk: its count so far and the folders it has been in. */
    private static final class Walk {

        private final Consumer<Input> each;
        private final Path excluded;
        private final Set<Path> visited = new HashSet<>();
        private long seq;

        Walk(Consumer<Input> each, Path excluded) {
            this.each = each;
            this.excluded = excluded;
        }

        void add(Path path, String source, String problem) {
            each.accept(new Input(seq++, path, source, problem));
        }

        /** A folder's entries by name, names starting with a dot left out. */
        void folder(Path folder) {
            var real = realPath(folder);
            if (real == null || !visited.add(real) || real.equals(excluded)) {
                return;
            }
            List<Path> entries;
            try (Stream<Path> list = Files.list(folder)) {
                entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                add(folder, folder.toString(), "cannot list the folder: " + reason(e));
                return;
            }
            for (var entry : entries) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    add(entry, entry.toString(), Files.isSymbolicLink(entry)
                            ? "a symbolic link to nothing" : "file not found (deleted during the walk)");
                    continue;
                } catch (IOException e) {
                    add(entry, entry.toString(), reason(e).contains("symbolic links")
                            ? "a symbolic link that leads back to itself" : "cannot read the file: " + reason(e));
                    continue;
                }
                if (attributes.isDirectory()) {
                    folder(entry);
                } else if (attributes.isRegularFile()) {
                    add(entry, PathNames.printable(entry, entry.toString()), null);
                } else {
                    add(entry, PathNames.printable(entry, entry.toString()),
                            "not a regular file: a named pipe, socket or device; not read");
                }
            }
        }

        private static String reason(Exception e) {
            var cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof AccessDeniedException) {
                return "permission denied";
            }
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }
}
