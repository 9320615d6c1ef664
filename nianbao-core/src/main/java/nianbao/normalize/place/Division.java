package nianbao.normalize.place;

/**
 * An administrative division of the National Bureau of Statistics' codes.
 *
 * @param code   2 digits for a province, 4 for a city, 6 for a county, 9 for a township
 * @param name   its full name (米易县)
 * @param level  how deep it is
 * @param parent the division it belongs to, null for a province (and for a county whose city is a
 *               pseudo-city such as 省直辖县级行政区划, its province)
 */
public record Division(String code, String name, Level level, Division parent) {

    /** The depth of a division. */
    public enum Level {
        PROVINCE, CITY, COUNTY, TOWNSHIP;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether {@code other} is this division or one it belongs to. */
    public boolean within(Division other) {
        for (var d = this; d != null; d = d.parent) {
            if (d == other) {
                return true;
            }
        }
        return false;
    }

    /** Its enclosing division at a level, or null. */
    public Division at(Level level) {
        for (var d = this; d != null; d = d.parent) {
            if (d.level == level) {
                return d;
            }
        }
        return null;
    }

    /** The full path, e.g. 四川省攀枝花市米易县. */
    public String path() {
        return parent == null ? name : parent.path() + name;
    }
}
