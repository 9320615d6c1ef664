package nianbao.report;

/**
 * Where an agency is and what it is: the administrative places it belongs to (full names), the
 * six-digit code of the most specific of province, city and county, a township's own 9-digit code,
 * and the agency's level. Empty strings where unknown.
 *
 * @param level {@code national}, {@code province}, {@code city}, {@code county}, {@code township}, or
 *              {@code department} (of the government of the places given)
 */
public record Place(String province, String city, String county, String regionCode, String township,
                    String townshipCode, String level) implements java.io.Serializable {

    public static final Place NONE = new Place("", "", "", "", "", "", "");
}
