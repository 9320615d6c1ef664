package nianbao.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The documents a job is given, listed on the driver in the order {@code extract} would walk them:
 * a glob or a folder names documents (folders walked recursively, each folder's entries by name,
 * names starting with a dot left out, the job's own output folder left out); any other single file
 * is a manifest, one path, folder or glob per line ({@code #} starts a comment). Anything Hadoop's
 * FileSystem reads: local paths, {@code hdfs://}, {@code s3a://}.
 *
 * <p>A path that names nothing is an input with its problem, never silently dropped: it becomes a
 * {@code failed} row, as a link to nothing does in {@code extract}.
 */
final class InputListing {

    private final Configuration conf;
    private final Path excluded;
    private final List<InputFile> out = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();

    private InputListing(Configuration conf, Path excluded) {
        this.conf = conf;
        this.excluded = excluded;
    }

    /**
     * @param inputs   a manifest, a glob or a folder
     * @param excluded the job's output folder, left out of folders walked
     */
    static List<InputFile> list(String inputs, Configuration conf, Path excluded) throws IOException {
        var listing = new InputListing(conf, qualified(excluded, conf));
        var path = new Path(inputs);
        var fs = path.getFileSystem(conf);
        var single = isGlob(inputs) ? null : single(fs, path);
        if (single != null && single[0].isFile()) {
            listing.manifest(path, fs);
        } else {
            listing.argument(inputs);
        }
        return List.copyOf(listing.out);
    }

    private static Path qualified(Path path, Configuration conf) throws IOException {
        return path.getFileSystem(conf).makeQualified(path);
    }

    static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private void manifest(Path manifest, FileSystem fs) throws IOException {
        try (var lines = new BufferedReader(new InputStreamReader(fs.open(manifest), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    argument(entry);
                }
            }
        }
    }

    /** A path, folder or glob, as {@code extract} takes it on its command line. */
    private void argument(String argument) throws IOException {
        var path = new Path(argument);
        var fs = path.getFileSystem(conf);
        FileStatus[] matches = isGlob(argument) ? fs.globStatus(path) : single(fs, path);
        if (matches == null || matches.length == 0) {
            add(fs.makeQualified(path).toString(), argument, 0, 0,
                    isGlob(argument) ? "the pattern matches no file" : "file not found");
            return;
        }
        Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
        for (var status : matches) {
            if (status.isDirectory()) {
                folder(fs, status.getPath(), argument);
            } else {
                add(status, argument);
            }
        }
    }

    private static FileStatus[] single(FileSystem fs, Path path) throws IOException {
        try {
            return new FileStatus[] {fs.getFileStatus(path)};
        } catch (java.io.FileNotFoundException e) {
            return null;
        }
    }

    private void folder(FileSystem fs, Path folder, String argument) throws IOException {
        var real = fs.makeQualified(folder);
        if (!visited.add(realPath(real)) || real.equals(excluded)) {
            return;
        }
        FileStatus[] entries;
        try {
            entries = fs.listStatus(folder);
        } catch (IOException e) {
            add(real.toString(), source(real, argument), 0, 0, "cannot list the folder: " + e.getMessage());
            return;
        }
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (var entry : entries) {
            if (entry.getPath().getName().startsWith(".")) {
                continue;
            }
            if (entry.isDirectory()) {
                folder(fs, entry.getPath(), argument);
            } else {
                add(entry, argument);
            }
        }
    }

    /**
     * A local folder by its real path: a symbolic link to a folder already walked ({@code ln -s . loop})
     * is walked once, as extract walks it; Hadoop lists through links without saying so.
     */
    private static Path realPath(Path folder) {
        if (!"file".equals(folder.toUri().getScheme())) {
            return folder;
        }
        try {
            return new Path(java.nio.file.Path.of(folder.toUri()).toRealPath().toUri());
        } catch (IOException | RuntimeException e) {
            return folder;
        }
    }

    private void add(FileStatus status, String argument) {
        var path = status.getPath();
        add(path.toString(), source(path, argument), status.getLen(), status.getModificationTime(),
                status.isFile() ? null : "not a regular file; not read");
    }

    private void add(String uri, String source, long size, long modified, String problem) {
        out.add(new InputFile(out.size(), uri, source, size, modified, problem));
    }

    /**
     * How the data set names a file: a local file by its path, relative to the working folder when
     * the argument was relative (as {@code extract corpus} names {@code corpus/pdf/x.pdf}); any other
     * by its URI.
     */
    static String source(Path path, String argument) {
        var uri = path.toUri();
        if (!"file".equals(uri.getScheme())) {
            return path.toString();
        }
        var local = java.nio.file.Path.of(uri.getPath());
        var given = new Path(argument).toUri();
        if (given.getScheme() == null && !java.nio.file.Path.of(given.getPath()).isAbsolute()) {
            var here = java.nio.file.Path.of("").toAbsolutePath();
            if (local.startsWith(here)) {
                return here.relativize(local).toString();
            }
        }
        return local.toString();
    }
}
