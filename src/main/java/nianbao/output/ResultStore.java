package nianbao.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.report.Outcome;
import nianbao.report.Status;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.validate.CrossYearCheck;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A batch's results as they finish, in an embedded SQLite database ({@code nianbao.db} in the output
 * folder): one row per input, one per distinct document (the same bytes at two paths are one
 * document), each document's CSV rows already rendered. A killed run resumes from it; the CSV files
 * are written from it at the end, in input order, so that two runs over the same inputs give the
 * same bytes whatever order parallel workers finished in.
 */
public final class ResultStore implements AutoCloseable {

    public static final String FILE = "nianbao.db";
    /** Separates the paths of a document found at several. */
    public static final String SOURCES_SEPARATOR = " | ";

    private static final CSVFormat FORMAT = CsvOutput.FORMAT;
    /** Results are committed in batches of this many, or after this long, whichever comes first: a kill loses
     * at most that much work. */
    private static final int BATCH = 200;
    private static final long BATCH_NANOS = 500_000_000L;

    private final Path dir;
    private final Connection db;
    private final PreparedStatement insertInput;
    private final PreparedStatement insertDocument;
    private int pending;
    private long lastCommit = System.nanoTime();

    private ResultStore(Path dir, Connection db) throws SQLException {
        this.dir = dir;
        this.db = db;
        try (var s = db.createStatement()) {
            s.executeUpdate("PRAGMA journal_mode=WAL");
            s.executeUpdate("PRAGMA synchronous=NORMAL");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS inputs(seq INTEGER PRIMARY KEY, source TEXT NOT NULL,"
                    + " doc_key TEXT NOT NULL, status TEXT NOT NULL, format TEXT NOT NULL, millis INTEGER NOT NULL)");
            s.executeUpdate("CREATE INDEX IF NOT EXISTS inputs_doc ON inputs(doc_key)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS documents(doc_key TEXT PRIMARY KEY, doc_id TEXT NOT NULL,"
                    + " report_row TEXT NOT NULL, value_rows TEXT NOT NULL, check_rows TEXT NOT NULL,"
                    + " agency_key TEXT, year INTEGER, carried TEXT)");
        }
        db.setAutoCommit(false);
        insertInput = db.prepareStatement("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?)");
        insertDocument = db.prepareStatement("INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Opens the store of an output folder.
     *
     * @param fresh whether to start over, deleting what a previous run stored
     */
    public static ResultStore open(Path dir, boolean fresh) {
        var file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            if (fresh) {
                for (var suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(dir.resolve(FILE + suffix));
                }
            }
            var store = new ResultStore(dir, DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
            // Read once now, so that a damaged database is told at once, and no read stays open.
            store.done();
            store.commit();
            return store;
        } catch (SQLException | IOException | IllegalStateException e) {
            throw OutputException.of(dir, "open the results in", e instanceof IllegalStateException
                    && e.getCause() instanceof Exception c ? c : e);
        }
    }

    /** A value remembered across runs (the inputs a run was given), or null. */
    public synchronized String meta(String key) {
        try (var q = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            q.setString(1, key);
            var r = q.executeQuery();
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void meta(String key, String value) {
        try (var u = db.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
            u.setString(1, key);
            u.setString(2, value);
            u.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An input finished by an earlier run: the document its bytes are, and how it ended. */
    public record Finished(String docKey, String status, String format, long millis) {
    }

    /**
     * The inputs an earlier run finished, by path, and forgets their places in its walk: a resumed run
     * matches them by path and bytes as it walks its inputs (a file added since takes its place in
     * the order), and gives each its new place with {@link #reuse}.
     */
    public synchronized Map<String, Finished> resume() {
        var out = new java.util.HashMap<String, Finished>();
        try (var s = db.createStatement(); var r = s.executeQuery(
                "SELECT i.source, i.doc_key, i.status, i.format, i.millis FROM inputs i"
                        + " JOIN documents d ON d.doc_key = i.doc_key")) {
            while (r.next()) {
                out.put(r.getString(1), new Finished(r.getString(2), r.getString(3), r.getString(4), r.getLong(5)));
            }
            s.executeUpdate("DELETE FROM inputs");
            db.commit();
        } catch (SQLException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
        return out;
    }

    /** An input found finished by an earlier run, at its place in this run's walk. */
    public synchronized void reuse(long seq, String source, Finished finished) {
        try {
            insertInput.setLong(1, seq);
            insertInput.setString(2, source);
            insertInput.setString(3, finished.docKey());
            insertInput.setString(4, finished.status());
            insertInput.setString(5, finished.format());
            insertInput.setLong(6, finished.millis());
            insertInput.executeUpdate();
        } catch (SQLException e) {
            throw OutputException.of(dir, "store results in", e);
        }
    }

    /** The inputs already done, by their place in the walk. */
    public synchronized BitSet done() {
        var done = new BitSet();
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT seq FROM inputs")) {
            while (r.next()) {
                done.set(Math.toIntExact(r.getLong(1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return done;
    }

    /** Stores an input's outcome; committed in batches. */
    public synchronized void add(long seq, Outcome outcome, long millis) {
        String key = outcome.docId().isEmpty() ? "input:" + seq : outcome.docId();
        try {
            insertInput.setLong(1, seq);
            insertInput.setString(2, outcome.source());
            insertInput.setString(3, key);
            insertInput.setString(4, outcome.status().code());
            insertInput.setString(5, outcome.format());
            insertInput.setLong(6, millis);
            insertInput.executeUpdate();
            var carry = CrossYearCheck.Entry.of(outcome);
            insertDocument.setString(1, key);
            insertDocument.setString(2, outcome.docId());
            insertDocument.setString(3, render(List.of(CsvOutput.reportRow(outcome).subList(2,
                    Schema.fields().size())), 0));
            insertDocument.setString(4, render(CsvOutput.valueRows(outcome), 2));
            insertDocument.setString(5, render(CsvOutput.checkRows(outcome), 2));
            insertDocument.setString(6, carry == null ? null : carry.agencyKey());
            if (carry == null) {
                insertDocument.setNull(7, java.sql.Types.INTEGER);
            } else {
                insertDocument.setInt(7, carry.year());
            }
            insertDocument.setString(8, carry == null ? null : carry.encode());
            insertDocument.executeUpdate();
            if (++pending >= BATCH || System.nanoTime() - lastCommit > BATCH_NANOS) {
                commit();
            }
        } catch (SQLException e) {
            throw OutputException.of(dir, "store results in", e);
        }
    }

    public synchronized void commit() {
        try {
            db.commit();
            pending = 0;
            lastCommit = System.nanoTime();
        } catch (SQLException e) {
            throw OutputException.of(dir, "store results in", e);
        }
    }

    /** How many inputs ended in each status, and in each format. */
    public synchronized Map<String, Map<String, Integer>> counts() {
        var out = new LinkedHashMap<String, Map<String, Integer>>();
        for (var column : new String[] {"status", "format"}) {
            var counts = new LinkedHashMap<String, Integer>();
            try (var s = db.createStatement(); var r = s.executeQuery(
                    "SELECT " + column + ", COUNT(*) FROM inputs GROUP BY " + column + " ORDER BY " + column)) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getInt(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            out.put(column, counts);
        }
        return out;
    }

    /** The slowest inputs: source and milliseconds. */
    public synchronized List<Map.Entry<String, Long>> slowest(int n) {
        var out = new ArrayList<Map.Entry<String, Long>>();
        try (var q = db.prepareStatement("SELECT source, millis FROM inputs ORDER BY millis DESC, seq LIMIT ?")) {
            q.setInt(1, n);
            var r = q.executeQuery();
            while (r.next()) {
                out.add(Map.entry(r.getString(1), r.getLong(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public synchronized boolean anyFailed() {
        try (var s = db.createStatement();
             var r = s.executeQuery("SELECT 1 FROM inputs WHERE status = '" + Status.FAILED.code() + "' LIMIT 1")) {
            return r.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code reports.csv}, {@code values.csv}, {@code checks.csv} and {@code codebook.csv}: one
     * report row per document in the order its first path was walked, with every path it was found at,
     * then the batch's cross-year findings.
     */
    public synchronized void export(Path dir, boolean bom) {
        commit();
        var files = List.of("codebook.csv", "reports.csv", "values.csv", "checks.csv");
        try {
            write(dir, bom);
            // Each file is written beside its name, then put in its place: a kill or a full disk
            // leaves the previous files, never a truncated one.
            for (var name : files) {
                Files.move(dir.resolve(name + PARTIAL), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | UncheckedIOException e) {
            for (var name : files) {
                try {
                    Files.deleteIfExists(dir.resolve(name + PARTIAL));
                } catch (IOException ignored) {
                    // Best effort: the partial file is named so, and replaced by the next export.
                }
            }
            throw OutputException.of(dir, "write the CSV files in", e instanceof UncheckedIOException u ? u.getCause() : e);
        }
    }

    /** The suffix of a CSV file being written, until it is complete. */
    public static final String PARTIAL = ".partial";

    private void write(Path dir, boolean bom) throws IOException {
        CsvOutput.writeCodebook(dir.resolve("codebook.csv" + PARTIAL), bom);
        var crossYear = new CrossYearCheck();
        try (var reports = CsvOutput.writer(dir.resolve("reports.csv" + PARTIAL), bom);
             var values = CsvOutput.writer(dir.resolve("values.csv" + PARTIAL), bom);
             var checks = CsvOutput.writer(dir.resolve("checks.csv" + PARTIAL), bom)) {
            reports.write(FORMAT.format(Schema.reportColumns().stream().map(Field::id).toArray()) + "\n");
            values.write(FORMAT.format(CsvOutput.VALUES_HEADER.toArray()) + "\n");
            checks.write(FORMAT.format(CsvOutput.CHECKS_HEADER.toArray()) + "\n");
            try (var s = db.createStatement(); var r = s.executeQuery(
                    "SELECT d.doc_id, d.report_row, d.value_rows, d.check_rows, d.agency_key, d.year, d.carried,"
                            + " group_concat(i.source, char(31) ORDER BY i.seq) FROM documents d"
                            + " JOIN inputs i ON i.doc_key = d.doc_key GROUP BY d.doc_key ORDER BY MIN(i.seq)")) {
                while (r.next()) {
                    // The unit separator: a path may hold a line break, never this.
                    // The unit separator: a path may hold a line break, never this.
                    var sources = List.of(r.getString(8).split("\u001f"));
                    String lead = FORMAT.format(r.getString(1), sources.get(0)) + ",";
                    reports.write(lead + strip(r.getString(2)) + "," + FORMAT.format(
                            String.join(SOURCES_SEPARATOR, sources)) + "\n");
                    prefix(values, lead, r.getString(3));
                    prefix(checks, lead, r.getString(4));
                    if (r.getString(5) != null) {
                        crossYear.add(CrossYearCheck.Entry.decode(r.getString(1), sources.get(0), r.getString(5),
                                r.getInt(6), r.getString(7)));
                    }
                }
            } catch (SQLException e) {
                throw new IOException("cannot read the results: " + e.getMessage(), e);
            }
            for (var f : crossYear.findings()) {
                checks.write(render(List.of(List.of(f.docId(), f.source(), f.finding().check(),
                        f.finding().severity().code(), String.join(" ", f.finding().fields()), f.finding().message())), 0));
            }
        }
    }

    private static void prefix(BufferedWriter out, String lead, String rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        for (var row : rows.split("\n", -1)) {
            if (!row.isEmpty()) {
                out.write(lead);
                out.write(row);
                out.write('\n');
            }
        }
    }

    /** Rows as CSV text, each without its first {@code skip} columns. */
    private static String render(List<List<String>> rows, int skip) {
        var text = new StringWriter();
        try (var p = new CSVPrinter(text, FORMAT)) {
            for (var row : rows) {
                p.printRecord(row.subList(skip, row.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String strip(String record) {
        return record.endsWith("\n") ? record.substring(0, record.length() - 1) : record;
    }

    /** Commits what is pending and closes the database, whatever the commit does (a full disk). */
    @Override
    public synchronized void close() {
        SQLException failed = null;
        try {
            db.commit();
        } catch (SQLException e) {
            failed = e;
        }
        try {
            insertInput.close();
            insertDocument.close();
            db.close();
        } catch (SQLException e) {
            failed = failed == null ? e : failed;
        }
        if (failed != null) {
            throw OutputException.of(dir, "store results in", failed);
        }
    }
}
