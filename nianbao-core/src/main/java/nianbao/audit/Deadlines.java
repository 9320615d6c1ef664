package nianbao.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * When an agency's report on a year is due. 《中华人民共和国政府信息公开条例》 (2019 revision), article
 * 49: departments of governments at county level and above publish by 31 January of the following
 * year, and those governments' own reports (through their competent department) by 31 March. The
 * regulation says nothing of townships; they report to their county by 31 January in most provinces,
 * which is the default, and a {@code --deadlines} file ({@code level,due} lines such as
 * {@code township,03-31}) sets another date for a level.
 */
final class Deadlines {

    private static final MonthDay DEPARTMENTS = MonthDay.of(1, 31);
    private static final MonthDay GOVERNMENTS = MonthDay.of(3, 31);

    private final Map<String, MonthDay> byLevel = new HashMap<>();

    Deadlines() {
        for (var level : new String[] {"national", "department", "township"}) {
            byLevel.put(level, DEPARTMENTS);
        }
        for (var level : new String[] {"province", "city", "county"}) {
            byLevel.put(level, GOVERNMENTS);
        }
    }

    /** The statutory deadlines, with a file's lines over them. */
    static Deadlines read(Path file) throws IOException {
        var deadlines = new Deadlines();
        int number = 0;
        for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            var cells = line.strip().split("\\s*,\\s*");
            if (line.isBlank() || line.startsWith("#") || cells[0].equals("level")) {
                continue;
            }
            if (cells.length != 2 || !deadlines.byLevel.containsKey(cells[0])) {
                throw new IllegalArgumentException(file + " line " + number + ": expected `level,MM-DD` with a level of "
                        + deadlines.byLevel.keySet() + ", found `" + line + "`");
            }
            try {
                deadlines.byLevel.put(cells[0], MonthDay.parse("--" + cells[1]));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(file + " line " + number + ": `" + cells[1] + "` is no MM-DD date");
            }
        }
        return deadlines;
    }

    /** The last day a report on {@code year} by an agency of {@code level} may be published; null for an unknown level. */
    LocalDate due(String level, int year) {
        var day = byLevel.get(level);
        return day == null ? null : day.atYear(year + 1);
    }
}
