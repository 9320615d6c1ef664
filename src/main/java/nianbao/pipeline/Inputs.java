package nianbao.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The documents named on a command line: files as given, folders walked recursively in a stable order. */
public final class Inputs {

    /** A document to process: where it is, and its path as the user gave it. */
    public record Input(Path path, String source) {
    }

    private Inputs() {
    }

    /**
     * Expands the arguments. A folder yields its regular files in path order, hidden files (names
     * starting with a dot) left out; anything else, including a path that does not exist, is one
     * input, so that it is accounted for in the output.
     */
    public static List<Input> expand(List<String> arguments) {
        var inputs = new ArrayList<Input>();
        for (var argument : arguments) {
            var path = Path.of(argument);
            if (!Files.isDirectory(path)) {
                inputs.add(new Input(path, argument));
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !isHidden(path.relativize(p)))
                        .sorted(Comparator.comparing(p -> path.relativize(p).toString()))
                        .forEach(p -> inputs.add(new Input(p, p.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + argument, e);
            }
        }
        return inputs;
    }

    private static boolean isHidden(Path relative) {
        for (var part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
