package nianbao.report;

/**
 * The administrative places an agency belongs to, full names, and the six-digit code of the most
 * specific one. Empty strings where unknown.
 */
public record Place(String province, String city, String county, String regionCode) {

    public static final Place NONE = new Place("", "", "", "");
}
