package nianbao.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * The data set written from the store: the checks across documents run and stored first, then each
 * output written beside its name ({@code reports.csv.partial}) and, once every one is complete, each
 * moved into place, so that a kill or a full disk leaves the previous files, never a part of one.
 */
public final class Export {

    /** The forms the data set is written in, beside its descriptions. */
    public enum Format {
        CSV, PARQUET, XLSX;

        public static Set<Format> parse(String list) {
            var out = EnumSet.noneOf(Format.class);
            for (var part : list.split(",")) {
                if (!part.isBlank()) {
                    out.add(valueOf(part.strip().toUpperCase(Locale.ROOT)));
                }
            }
            return out;
        }
    }

    /**
     * @param formats the forms to write (CSV, Parquet, xlsx); the descriptions are always written
     * @param bom     whether CSV files begin with a byte-order mark
     * @param run     what the run was, for its manifest
     */
    public record Options(Set<Format> formats, boolean bom, RunRecord run) {
    }

    private Export() {
    }

    /** The CSV files and the descriptions, nothing of the run: for tests and tools. */
    public static void csv(ResultStore store, Path dir, boolean bom) {
        write(store, dir, new Options(EnumSet.of(Format.CSV), bom, null));
    }

    public static void write(ResultStore store, Path dir, Options options) {
        store.checkAcrossDocuments();
        commit(dir, () -> {
            var written = new ArrayList<String>();
            if (options.formats().contains(Format.CSV)) {
                written.addAll(CsvFiles.write(store, dir, options.bom()));
            }
            if (options.formats().contains(Format.PARQUET)) {
                written.addAll(ParquetFiles.write(store, dir));
            }
            if (options.formats().contains(Format.XLSX)) {
                written.addAll(XlsxFile.write(store, dir));
            }
            written.addAll(Descriptions.write(dir, options.bom()));
            if (options.run() != null) {
                written.addAll(options.run().write(store, dir, options.bom()));
            }
            return written;
        });
    }

    /**
     * The descriptions of the data set alone: the codebook, {@code datapackage.json}, Stata's labels
     * and R's loader, for tables written elsewhere (the Spark job writes its tables itself).
     *
     * @return the names written
     */
    public static List<String> descriptions(Path dir, boolean bom) {
        return commit(dir, () -> Descriptions.write(dir, bom));
    }

    /** What writes files beside their names, returning the names. */
    private interface Writing {
        List<String> write() throws IOException;
    }

    /** Writes files beside their names and, once every one is complete, moves each into place. */
    private static List<String> commit(Path dir, Writing files) {
        boolean complete = false;
        try {
            var written = files.write();
            for (var name : written) {
                Files.move(dir.resolve(name + ResultStore.PARTIAL), dir.resolve(name),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            complete = true;
            return written;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw OutputException.of(dir, "write the data set in", e instanceof UncheckedIOException u ? u.getCause() : e);
        } finally {
            if (!complete) {
                // Whatever stopped it (a full disk, a bug), nothing unfinished stays beside the data set.
                deletePartials(dir);
            }
        }
    }

    private static void deletePartials(Path dir) {
        try (var partial = Files.newDirectoryStream(dir, "*" + ResultStore.PARTIAL)) {
            for (var p : partial) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // Named as unfinished, and replaced by the next export.
        }
    }
}
