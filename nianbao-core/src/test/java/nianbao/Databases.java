package nianbao;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Looks into a SQLite file another process may be writing: for tests that kill runs. */
public final class Databases {

    private Databases() {
    }

    /** The first column of a query's first row, or 0 when the file or its table is not there yet. */
    public static int count(Path db, String query) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var r = c.createStatement().executeQuery(query)) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException notYet) {
            return 0;
        }
    }

    /** Changes a results file as an older or newer nianbao would have left it. */
    public static void execute(Path db, String... statements) {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            for (var statement : statements) {
                s.executeUpdate(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
