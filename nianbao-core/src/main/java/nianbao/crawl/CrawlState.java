package nianbao.crawl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the crawler remembers across runs, in the data folder's SQLite database beside the results:
 * every URL fetched with its validators (ETag, Last-Modified) and the hash of its last content,
 * every report found on a list with its place in the data set and what was last extracted of it,
 * and a log of every fetch of every run. Each change is committed at once, so that a killed run
 * loses nothing it finished.
 */
final class CrawlState implements AutoCloseable {

    /** A URL's validators and last content. */
    record Known(String etag, String lastModified, String sha256, String contentType) {
    }

    /**
     * A report link found on a list page.
     *
     * @param seq         its place in the data set, in the order reports were first found
     * @param document    the URL whose bytes are the report: the page itself or its attachment
     * @param extracted   the hash of the bytes last extracted, or null
     * @param checked     when it was last requested (milliseconds since the epoch), or null: never
     */
    record Report(String url, String site, String title, long seq, String document, String extracted, Long checked) {
    }

    private final Connection db;

    private CrawlState(Connection db) throws SQLException {
        this.db = db;
        try (var s = db.createStatement()) {
            s.executeUpdate("PRAGMA journal_mode=WAL");
            s.executeUpdate("PRAGMA busy_timeout=10000");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS urls(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,"
                    + " sha256 TEXT, content_type TEXT)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS reports(url TEXT PRIMARY KEY, site TEXT NOT NULL,"
                    + " title TEXT NOT NULL, seq INTEGER NOT NULL UNIQUE, document TEXT, extracted TEXT)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS fetches(run INTEGER NOT NULL, url TEXT NOT NULL,"
                    + " status INTEGER NOT NULL, result TEXT NOT NULL, conditional INTEGER NOT NULL, at_millis INTEGER NOT NULL)");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS runs(run INTEGER PRIMARY KEY, started TEXT NOT NULL,"
                    + " finished TEXT, report TEXT)");
            // Added for spreading re-validation over runs: a folder written before gains the column.
            boolean checked = false;
            try (var r = s.executeQuery("PRAGMA table_info(reports)")) {
                while (r.next()) {
                    checked |= r.getString("name").equals("checked");
                }
            }
            if (!checked) {
                s.executeUpdate("ALTER TABLE reports ADD COLUMN checked INTEGER");
            }
        }
    }

    static CrawlState open(Path database) throws SQLException {
        return new CrawlState(DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath()));
    }

    synchronized int startRun(String started) throws SQLException {
        try (var u = db.prepareStatement("INSERT INTO runs(started) VALUES (?)")) {
            u.setString(1, started);
            u.executeUpdate();
        }
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT MAX(run) FROM runs")) {
            r.next();
            return r.getInt(1);
        }
    }

    synchronized void finishRun(int run, String finished, String report) throws SQLException {
        try (var u = db.prepareStatement("UPDATE runs SET finished = ?, report = ? WHERE run = ?")) {
            u.setString(1, finished);
            u.setString(2, report);
            u.setInt(3, run);
            u.executeUpdate();
        }
    }

    synchronized Known known(String url) throws SQLException {
        try (var q = db.prepareStatement("SELECT etag, last_modified, sha256, content_type FROM urls WHERE url = ?")) {
            q.setString(1, url);
            var r = q.executeQuery();
            return r.next() ? new Known(r.getString(1), r.getString(2), r.getString(3), r.getString(4)) : null;
        }
    }

    synchronized void fetched(String url, Known known) throws SQLException {
        try (var u = db.prepareStatement("INSERT OR REPLACE INTO urls VALUES (?, ?, ?, ?, ?)")) {
            u.setString(1, url);
            u.setString(2, known.etag());
            u.setString(3, known.lastModified());
            u.setString(4, known.sha256());
            u.setString(5, known.contentType());
            u.executeUpdate();
        }
    }

    synchronized void logFetch(int run, String url, int status, String result, boolean conditional, long atMillis)
            throws SQLException {
        try (var u = db.prepareStatement("INSERT INTO fetches VALUES (?, ?, ?, ?, ?, ?)")) {
            u.setInt(1, run);
            u.setString(2, url);
            u.setInt(3, status);
            u.setString(4, result);
            u.setInt(5, conditional ? 1 : 0);
            u.setLong(6, atMillis);
            u.executeUpdate();
        }
    }

    /**
     * The report links of a list, each recorded with the next place in the data set when it is new:
     * in one transaction, so that a list of ten thousand links is recorded at once.
     */
    synchronized List<Report> reports(String site, List<Links.ReportLink> links) throws SQLException {
        var out = new ArrayList<Report>(links.size());
        db.setAutoCommit(false);
        try (var u = db.prepareStatement("INSERT OR IGNORE INTO reports(url, site, title, seq) VALUES (?, ?, ?, "
                + "(SELECT COALESCE(MAX(seq) + 1, 0) FROM reports))")) {
            for (var link : links) {
                u.setString(1, link.url().toString());
                u.setString(2, site);
                u.setString(3, link.title());
                u.executeUpdate();
                out.add(findReport(link.url().toString()));
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        return out;
    }

    /** Every report whose bytes were extracted, in the data set's order. */
    synchronized List<Report> extractedReports() throws SQLException {
        var out = new ArrayList<Report>();
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT url FROM reports WHERE extracted IS NOT NULL"
                + " ORDER BY seq")) {
            var urls = new ArrayList<String>();
            while (r.next()) {
                urls.add(r.getString(1));
            }
            for (var url : urls) {
                out.add(findReport(url));
            }
        }
        return out;
    }

    /** A report was requested now: re-validation goes to the ones checked longest ago first. */
    synchronized void checked(String url, long millis) throws SQLException {
        try (var u = db.prepareStatement("UPDATE reports SET checked = ? WHERE url = ?")) {
            u.setLong(1, millis);
            u.setString(2, url);
            u.executeUpdate();
        }
    }

    private Report findReport(String url) throws SQLException {
        try (var q = db.prepareStatement(
                "SELECT url, site, title, seq, document, extracted, checked FROM reports WHERE url = ?")) {
            q.setString(1, url);
            var r = q.executeQuery();
            if (!r.next()) {
                return null;
            }
            long checked = r.getLong(7);
            return new Report(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5),
                    r.getString(6), r.wasNull() ? null : checked);
        }
    }

    synchronized void extracted(String reportUrl, String document, String sha) throws SQLException {
        try (var u = db.prepareStatement("UPDATE reports SET document = ?, extracted = ? WHERE url = ?")) {
            u.setString(1, document);
            u.setString(2, sha);
            u.setString(3, reportUrl);
            u.executeUpdate();
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}
