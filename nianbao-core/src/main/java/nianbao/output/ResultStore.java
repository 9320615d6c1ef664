package nianbao.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import nianbao.report.DocumentRecord;
import nianbao.report.Outcome;
import nianbao.report.Status;
import nianbao.validate.CrossYearCheck;

/**
 * A batch's results as they finish, in an embedded SQLite database ({@code nianbao.db} in the output
 * folder), as data, not as rendered text: one row per input (its place in the walk, its path, its
 * document); one per distinct document (the same bytes at two paths are one), with its metadata, the
 * extractor that read it and its text as read (compressed); its figures with where each was printed;
 * its findings. A killed run resumes from it; every output (CSV, Parquet, xlsx, …) is written from it
 * at the end, in input order, so two runs over the same inputs give the same bytes whatever order the
 * workers finished in, and a column added to the schema cannot shift another's figures.
 *
 * <p>A folder written by another extractor (another version of nianbao, or of its schema) holds
 * documents read another way: they are read again ({@link #stale()}), never mixed with this one's. A
 * folder written by a newer nianbao is refused.
 */
public final class ResultStore implements AutoCloseable {

    public static final String FILE = "nianbao.db";
    /** Separates the paths of a document found at several. */
    public static final String SOURCES_SEPARATOR = " | ";
    /** The suffix of a file being written, until it is complete. */
    public static final String PARTIAL = ".partial";
    /** The store's own layout: a newer one is refused. */
    static final int FORMAT = 3;

    /** Results are committed in batches of this many, or after this long: a kill loses at most that much. */
    private static final int BATCH = 200;
    private static final long BATCH_NANOS = 500_000_000L;

    private final Path dir;
    private final Connection db;
    private final PreparedStatement insertInput;
    private final PreparedStatement insertDocument;
    private final PreparedStatement insertFigure;
    private final PreparedStatement insertFinding;
    private final PreparedStatement documentExists;
    private int pending;
    private long lastCommit = System.nanoTime();

    private ResultStore(Path dir, Connection db) throws SQLException {
        this(dir, db, false);
    }

    private ResultStore(Path dir, Connection db, boolean readOnly) throws SQLException {
        this.dir = dir;
        this.db = db;
        if (readOnly) {
            insertInput = null;
            insertDocument = null;
            insertFigure = null;
            insertFinding = null;
            documentExists = null;
            return;
        }
        try (var s = db.createStatement()) {
            s.executeUpdate("PRAGMA journal_mode=WAL");
            s.executeUpdate("PRAGMA synchronous=NORMAL");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        }
        upgrade();
        try (var s = db.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS inputs(seq INTEGER PRIMARY KEY, source TEXT NOT NULL,"
                    + " doc_key TEXT NOT NULL, millis INTEGER NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL)");
            s.executeUpdate("CREATE INDEX IF NOT EXISTS inputs_doc ON inputs(doc_key)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS documents(doc_key TEXT PRIMARY KEY, doc_id TEXT NOT NULL,"
                    + " format TEXT NOT NULL, status TEXT NOT NULL, template TEXT NOT NULL, year INTEGER,"
                    + " agency TEXT NOT NULL, published TEXT, province TEXT NOT NULL, city TEXT NOT NULL,"
                    + " county TEXT NOT NULL, region_code TEXT NOT NULL, township TEXT NOT NULL,"
                    + " township_code TEXT NOT NULL, level TEXT NOT NULL, pages INTEGER NOT NULL,"
                    + " extractor TEXT NOT NULL, agency_key TEXT, text BLOB)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS figures(doc_key TEXT NOT NULL, ord INTEGER NOT NULL,"
                    + " field TEXT NOT NULL, value TEXT, raw TEXT NOT NULL, page INTEGER NOT NULL, line INTEGER NOT NULL,"
                    + " col INTEGER NOT NULL, box TEXT NOT NULL, confidence REAL, PRIMARY KEY(doc_key, ord))");
            // batch = 1: a finding across documents (the cross-year check), made anew before each output.
            s.executeUpdate("CREATE TABLE IF NOT EXISTS findings(doc_key TEXT NOT NULL, batch INTEGER NOT NULL,"
                    + " ord INTEGER NOT NULL, check_code TEXT NOT NULL, severity TEXT NOT NULL, fields TEXT NOT NULL,"
                    + " message TEXT NOT NULL, PRIMARY KEY(doc_key, batch, ord))");
        }
        db.setAutoCommit(false);
        insertInput = db.prepareStatement("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?)");
        insertDocument = db.prepareStatement("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertFigure = db.prepareStatement("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertFinding = db.prepareStatement("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?)");
        documentExists = db.prepareStatement("SELECT extractor FROM documents WHERE doc_key = ?");
    }

    /**
     * Checks the folder's layout and extractor: a newer nianbao's folder is refused; one written before
     * this layout (rendered CSV text) is replaced by it (its documents are read again).
     */
    private void upgrade() throws SQLException {
        refuseIfNewer(dir, db);
        String format = meta(db, "format");
        try (var s = db.createStatement()) {
            if (format == null || Integer.parseInt(format) < FORMAT) {
                // An older layout (the first kept CSV rows as text; the second no OCR confidence): its
                // documents are read again into this one.
                for (var table : new String[] {"documents", "inputs", "figures", "findings"}) {
                    s.executeUpdate("DROP TABLE IF EXISTS " + table);
                }
            }
            s.executeUpdate("INSERT OR REPLACE INTO meta VALUES ('format', '" + FORMAT + "')");
        }
        try (var u = db.prepareStatement("INSERT OR REPLACE INTO meta VALUES ('extractor', ?)")) {
            u.setString(1, ExtractorVersion.current());
            u.executeUpdate();
        }
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
            if (fresh && Files.exists(file)) {
                // Starting over deletes the previous results, but never a newer nianbao's.
                try (var previous = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                    refuseIfNewer(dir, previous);
                } catch (SQLException unreadable) {
                    // No results of any nianbao (no meta table, or no database): nothing to keep.
                }
                for (var suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(dir.resolve(FILE + suffix));
                }
            }
            var connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                var store = new ResultStore(dir, connection);
                store.commit();
                return store;
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        } catch (OutputException e) {
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            throw OutputException.of(dir, "open the results in", e);
        }
    }

    /**
     * Opens the store of a folder to read it and nothing else (the audit reads folders it must not
     * change): a folder of another results layout is refused, saying what to run.
     */
    public static ResultStore readOnly(Path dir) {
        var file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new OutputException("cannot read " + dir + ": it holds no nianbao results (" + FILE
                    + "); give a folder written by `extract --out` or `crawl --data`");
        }
        try {
            var config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            var connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                String format = meta(connection, "format");
                if (format == null || Integer.parseInt(format) != FORMAT) {
                    throw new OutputException("cannot read " + dir + ": its results are in layout " + format
                            + ", this nianbao reads layout " + FORMAT + "; run `extract --resume` (or `crawl`) on it"
                            + " with this version first, which reads its documents again");
                }
                return new ResultStore(dir, connection, true);
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        } catch (OutputException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
    }

    /**
     * Refuses a folder a newer nianbao wrote: this one would mix its own readings with that one's, or
     * (starting over) delete them.
     */
    private static void refuseIfNewer(Path dir, Connection db) throws SQLException {
        String format = meta(db, "format");
        String extractor = meta(db, "extractor");
        if (format != null && Integer.parseInt(format) > FORMAT || extractor != null && ExtractorVersion.isNewer(extractor)) {
            throw new OutputException("cannot use " + dir + ": it was written by a newer nianbao (" + extractor
                    + ", results layout " + format + "; this is " + ExtractorVersion.current() + ", layout " + FORMAT
                    + "); use that version or a newer one, or another folder");
        }
    }

    /** A value remembered across runs, or null. */
    private static String meta(Connection db, String key) throws SQLException {
        try (var q = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            q.setString(1, key);
            var r = q.executeQuery();
            return r.next() ? r.getString(1) : null;
        }
    }

    // ---- writing ----------------------------------------------------------------------

    /**
     * An outcome made ready to store: its record, agency key and compressed text. Made by the worker
     * that read the document, outside the store's lock, so that workers do not queue for it (issue 15:
     * rendering results inside {@code add} was 12–15 % of a worker's time).
     */
    public record Prepared(Outcome outcome, DocumentRecord record, String agencyKey, byte[] text) {
    }

    /** Prepares an outcome for {@link #add(long, Prepared, long)}; needs no lock. */
    public static Prepared prepare(Outcome o) {
        var entry = CrossYearCheck.Entry.of(o);
        return new Prepared(o, DocumentRecord.of(o, List.of(o.source()), o.pages()),
                entry == null ? null : entry.agencyKey(), compress(o.text()));
    }

    /** Stores an input's outcome; committed in batches. */
    public void add(long seq, Outcome outcome, long millis) {
        add(seq, prepare(outcome), millis);
    }

    /** Stores an input's prepared outcome; committed in batches. */
    public synchronized void add(long seq, Prepared prepared, long millis) {
        var outcome = prepared.outcome();
        String key = outcome.docId().isEmpty() ? "input:" + seq : outcome.docId();
        try {
            insertInput.setLong(1, seq);
            insertInput.setString(2, outcome.source());
            insertInput.setString(3, key);
            insertInput.setLong(4, millis);
            insertInput.setString(5, outcome.sha256());
            insertInput.setLong(6, outcome.size());
            insertInput.executeUpdate();
            if (!current(key)) {
                putDocument(key, prepared);
            }
            if (++pending >= BATCH || System.nanoTime() - lastCommit > BATCH_NANOS) {
                commit();
            }
        } catch (SQLException e) {
            throw OutputException.of(dir, "store results in", e);
        }
    }

    /** Whether a document was stored by this extractor: the same bytes are not stored twice. */
    private boolean current(String key) throws SQLException {
        documentExists.setString(1, key);
        try (var r = documentExists.executeQuery()) {
            return r.next() && r.getString(1).equals(ExtractorVersion.current());
        }
    }

    private void putDocument(String key, Prepared prepared) throws SQLException {
        var record = prepared.record();
        try (var d = db.prepareStatement("DELETE FROM figures WHERE doc_key = ?");
             var f = db.prepareStatement("DELETE FROM findings WHERE doc_key = ?")) {
            d.setString(1, key);
            d.executeUpdate();
            f.setString(1, key);
            f.executeUpdate();
        }
        var i = insertDocument;
        i.setString(1, key);
        i.setString(2, record.docId());
        i.setString(3, record.format());
        i.setString(4, record.status());
        i.setString(5, record.template());
        if (record.year() == null) {
            i.setNull(6, Types.INTEGER);
        } else {
            i.setInt(6, record.year());
        }
        i.setString(7, record.agency());
        i.setString(8, record.published() == null ? null : record.published().toString());
        i.setString(9, record.province());
        i.setString(10, record.city());
        i.setString(11, record.county());
        i.setString(12, record.regionCode());
        i.setString(13, record.township());
        i.setString(14, record.townshipCode());
        i.setString(15, record.level());
        i.setInt(16, record.pages());
        i.setString(17, ExtractorVersion.current());
        i.setString(18, prepared.agencyKey());
        i.setBytes(19, prepared.text());
        i.executeUpdate();
        int ord = 0;
        for (var fig : record.figures()) {
            insertFigure.setString(1, key);
            insertFigure.setInt(2, ord++);
            insertFigure.setString(3, fig.field());
            insertFigure.setString(4, fig.value() == null ? null : fig.value().toPlainString());
            insertFigure.setString(5, fig.raw());
            insertFigure.setInt(6, fig.page());
            insertFigure.setInt(7, fig.line());
            insertFigure.setInt(8, fig.column());
            insertFigure.setString(9, fig.box());
            if (fig.confidence() == null) {
                insertFigure.setNull(10, Types.REAL);
            } else {
                insertFigure.setDouble(10, fig.confidence());
            }
            insertFigure.executeUpdate();
        }
        insertFindings(key, 0, record.findings());
    }

    private void insertFindings(String key, int batch, List<DocumentRecord.FindingRecord> findings) throws SQLException {
        int ord = 0;
        for (var finding : findings) {
            insertFinding.setString(1, key);
            insertFinding.setInt(2, batch);
            insertFinding.setInt(3, ord++);
            insertFinding.setString(4, finding.check());
            insertFinding.setString(5, finding.severity());
            insertFinding.setString(6, String.join(" ", finding.fields()));
            insertFinding.setString(7, finding.message());
            insertFinding.executeUpdate();
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

    // ---- resuming ----------------------------------------------------------------------

    /** An input finished by an earlier run: the document its bytes are, and how long it took. */
    public record Finished(String docKey, long millis, String sha256, long size) {
    }

    /**
     * The inputs an earlier run finished with this extractor, by path, and forgets every input's place
     * in its walk: a resumed run matches them by path and bytes as it walks its inputs (a file added
     * since takes its place in the order), and gives each its new place with {@link #reuse}. Inputs
     * read by another extractor are not among them: they are read again.
     */
    public synchronized Map<String, Finished> resume() {
        var out = new HashMap<String, Finished>();
        try (var s = db.createStatement(); var r = s.executeQuery(
                "SELECT i.source, i.doc_key, i.millis, i.sha256, i.size FROM inputs i"
                        + " JOIN documents d ON d.doc_key = i.doc_key"
                        + " WHERE d.extractor = '" + ExtractorVersion.current().replace("'", "''") + "'")) {
            while (r.next()) {
                out.put(r.getString(1), new Finished(r.getString(2), r.getLong(3), r.getString(4), r.getLong(5)));
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
            insertInput.setLong(4, finished.millis());
            insertInput.setString(5, finished.sha256());
            insertInput.setLong(6, finished.size());
            insertInput.executeUpdate();
        } catch (SQLException e) {
            throw OutputException.of(dir, "store results in", e);
        }
    }

    /**
     * The documents stored by another extractor, by their key: a crawl reads them again from the
     * files it kept; an extract reads their inputs again.
     */
    public synchronized List<String> stale() {
        var out = new ArrayList<String>();
        try (var q = db.prepareStatement("SELECT doc_key FROM documents WHERE extractor <> ? ORDER BY doc_key")) {
            q.setString(1, ExtractorVersion.current());
            var r = q.executeQuery();
            while (r.next()) {
                out.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
        return out;
    }

    /** Whether an input's place holds a document read by this extractor. */
    public synchronized boolean hasCurrent(long seq) {
        try (var q = db.prepareStatement("SELECT d.extractor FROM inputs i JOIN documents d ON d.doc_key = i.doc_key"
                + " WHERE i.seq = ?")) {
            q.setLong(1, seq);
            var r = q.executeQuery();
            return r.next() && r.getString(1).equals(ExtractorVersion.current());
        } catch (SQLException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
    }

    // ---- reading ------------------------------------------------------------------------

    /** How many documents ended in each status, each format, and with each finding. */
    public synchronized Map<String, Map<String, Integer>> counts() {
        var out = new LinkedHashMap<String, Map<String, Integer>>();
        String documents = "SELECT DISTINCT d.doc_key, d.status, d.format FROM documents d"
                + " JOIN inputs i ON i.doc_key = d.doc_key";
        out.put("status", count("SELECT status, COUNT(*) FROM (" + documents + ") GROUP BY status ORDER BY status"));
        out.put("format", count("SELECT format, COUNT(*) FROM (" + documents + ") GROUP BY format ORDER BY format"));
        out.put("check", count("SELECT f.check_code, COUNT(*) FROM findings f WHERE f.doc_key IN"
                + " (SELECT doc_key FROM inputs) GROUP BY f.check_code ORDER BY f.check_code"));
        return out;
    }

    private Map<String, Integer> count(String sql) {
        var counts = new LinkedHashMap<String, Integer>();
        try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
            while (r.next()) {
                counts.put(r.getString(1), r.getInt(2));
            }
        } catch (SQLException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
        return counts;
    }

    /** How many inputs the store holds, and how many distinct documents. */
    public synchronized long[] size() {
        try (var s = db.createStatement(); var r = s.executeQuery(
                "SELECT COUNT(*), COUNT(DISTINCT doc_key) FROM inputs")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        } catch (SQLException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
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
            throw OutputException.of(dir, "read the results in", e);
        }
        return out;
    }

    public synchronized boolean anyFailed() {
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT 1 FROM inputs i JOIN documents d"
                + " ON d.doc_key = i.doc_key WHERE d.status = '" + Status.FAILED.code() + "' LIMIT 1")) {
            return r.next();
        } catch (SQLException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
    }

    /** An input as the manifest lists it: its path, its document, and the document's format, pages and status. */
    public record InputRecord(long seq, String source, String sha256, long size, String docId, String format,
                              int pages, String status) {
    }

    /** Every input in walk order. */
    public synchronized void inputs(Consumer<InputRecord> each) {
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT i.seq, i.source, i.sha256, i.size, d.doc_id,"
                + " d.format, d.pages, d.status FROM inputs i JOIN documents d ON d.doc_key = i.doc_key ORDER BY i.seq")) {
            while (r.next()) {
                each.accept(new InputRecord(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5),
                        r.getString(6), r.getInt(7), r.getString(8)));
            }
        } catch (SQLException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
    }

    /**
     * Runs the checks across documents (an agency's carry-over from one year to the next) over the
     * stored documents, and stores their findings with the documents they concern.
     */
    public synchronized void checkAcrossDocuments() {
        var check = new CrossYearCheck();
        forEachDocument(false, (d, agencyKey) -> check.add(CrossYearCheck.Entry.of(d, agencyKey)));
        try (var s = db.createStatement()) {
            s.executeUpdate("DELETE FROM findings WHERE batch = 1");
            var byDocument = new LinkedHashMap<String, List<DocumentRecord.FindingRecord>>();
            for (var f : check.findings()) {
                byDocument.computeIfAbsent(f.docId(), k -> new ArrayList<>()).add(new DocumentRecord.FindingRecord(
                        f.finding().check(), f.finding().severity().code(), f.finding().fields(), f.finding().message()));
            }
            for (var e : byDocument.entrySet()) {
                insertFindings(e.getKey(), 1, e.getValue());
            }
            db.commit();
        } catch (SQLException e) {
            throw OutputException.of(dir, "store results in", e);
        }
    }

    /**
     * Every document in the order its first path was walked, with every path it was found at, its
     * figures and its findings (the batch's after its own), one at a time.
     */
    public synchronized void documents(Consumer<DocumentRecord> each) {
        forEachDocument(true, (d, agencyKey) -> each.accept(d));
    }

    /**
     * Every document with the key of its agency (region, township, level and for a department its own
     * name: 洪泽区人民政府 and 淮安市洪泽区人民政府 are one), or null when its place is unknown.
     */
    public synchronized void documentsByAgency(java.util.function.BiConsumer<DocumentRecord, String> each) {
        forEachDocument(true, each);
    }

    private void forEachDocument(boolean withBatch, java.util.function.BiConsumer<DocumentRecord, String> each) {
        try (var s = db.createStatement();
             var figures = db.prepareStatement("SELECT field, value, raw, page, line, col, box, confidence FROM figures"
                     + " WHERE doc_key = ? ORDER BY ord");
             var findings = db.prepareStatement("SELECT check_code, severity, fields, message FROM findings"
                     + " WHERE doc_key = ? AND batch <= ? ORDER BY batch, ord");
             var r = s.executeQuery("SELECT d.doc_key, d.doc_id, d.format, d.status, d.template, d.year, d.agency,"
                     + " d.published, d.province, d.city, d.county, d.region_code, d.township, d.township_code,"
                     + " d.level, d.pages, d.agency_key, group_concat(i.source, char(31) ORDER BY i.seq)"
                     + " FROM documents d JOIN inputs i ON i.doc_key = d.doc_key GROUP BY d.doc_key ORDER BY MIN(i.seq)")) {
            while (r.next()) {
                String key = r.getString(1);
                each.accept(record(r, figures(figures, key), findings(findings, key, withBatch ? 1 : 0)),
                        r.getString(17));
            }
        } catch (SQLException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
    }

    private static DocumentRecord record(ResultSet r, List<DocumentRecord.FigureRecord> figures,
                                         List<DocumentRecord.FindingRecord> findings) throws SQLException {
        int year = r.getInt(6);
        Integer y = r.wasNull() ? null : year;
        String published = r.getString(8);
        // The unit separator: a path may hold a line break, never this.
        var sources = List.of(r.getString(18).split("\u001f"));
        return new DocumentRecord(r.getString(2), sources, r.getString(3), r.getString(4), r.getString(5), y,
                r.getString(7), published == null ? null : LocalDate.parse(published), r.getString(9), r.getString(10),
                r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15), r.getInt(16),
                figures, findings);
    }

    private static List<DocumentRecord.FigureRecord> figures(PreparedStatement q, String key) throws SQLException {
        q.setString(1, key);
        var out = new ArrayList<DocumentRecord.FigureRecord>();
        try (var r = q.executeQuery()) {
            while (r.next()) {
                String value = r.getString(2);
                double read = r.getDouble(8);
                Double confidence = r.wasNull() ? null : read;
                out.add(new DocumentRecord.FigureRecord(r.getString(1), value == null ? null : new BigDecimal(value),
                        r.getString(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getString(7), confidence));
            }
        }
        return out;
    }

    private static List<DocumentRecord.FindingRecord> findings(PreparedStatement q, String key, int batch)
            throws SQLException {
        q.setString(1, key);
        q.setInt(2, batch);
        var out = new ArrayList<DocumentRecord.FindingRecord>();
        try (var r = q.executeQuery()) {
            while (r.next()) {
                String fields = r.getString(3);
                out.add(new DocumentRecord.FindingRecord(r.getString(1), r.getString(2),
                        fields.isEmpty() ? List.of() : List.of(fields.split(" ")), r.getString(4)));
            }
        }
        return out;
    }

    /** A document's text as read, or empty. */
    public synchronized String text(String docId) {
        try (var q = db.prepareStatement("SELECT text FROM documents WHERE doc_id = ? LIMIT 1")) {
            q.setString(1, docId);
            var r = q.executeQuery();
            return r.next() ? decompress(r.getBytes(1)) : "";
        } catch (SQLException e) {
            throw OutputException.of(dir, "read the results in", e);
        }
    }

    private static byte[] compress(String text) {
        var out = new ByteArrayOutputStream();
        try (var z = new DeflaterOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static String decompress(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        try (var in = new InflaterInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Commits what is pending and closes the database, whatever the commit does (a full disk). */
    @Override
    public synchronized void close() {
        SQLException failed = null;
        try {
            if (!db.getAutoCommit()) {
                db.commit();
            }
        } catch (SQLException e) {
            failed = e;
        }
        try {
            for (var p : new PreparedStatement[] {insertInput, insertDocument, insertFigure, insertFinding,
                    documentExists}) {
                if (p != null) {
                    p.close();
                }
            }
            db.close();
        } catch (SQLException e) {
            failed = failed == null ? e : failed;
        }
        if (failed != null) {
            throw OutputException.of(dir, "store results in", failed);
        }
    }
}
