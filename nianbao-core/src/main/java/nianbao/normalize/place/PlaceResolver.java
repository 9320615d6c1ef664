package nianbao.normalize.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nianbao.report.Finding;
import nianbao.report.Place;

/**
 * Where an agency is, from the place names in its title (or, failing that, its signature), with the
 * rest of the document and the crawled site's jurisdiction as evidence between namesakes. The
 * deepest division whose ancestors also appear wins; a name nested in a longer one is no place
 * (易县 in 米易县). Where namesakes remain (城关镇 exists 88 times, 鼓楼区 4 times) and nothing in
 * the document decides, the place is left empty and a finding lists the candidates: never a guess.
 */
public final class PlaceResolver {

    /** What an agency's name is once its place is taken off: the government itself. */
    private static final Pattern GOVERNMENT = Pattern.compile("(?:人民政府|政府|街道办事处|办事处)?");
    /** Agencies of the central government, which have no place. */
    private static final Pattern NATIONAL = Pattern.compile(
            "^(?:国务院|中华人民共和国|国家|中国|中央).*|.*(?:部|总局|总署|署|委员会|银行|办公厅)$");
    /** What a zone's name is once its place is taken off: the zone's own government. */
    private static final Pattern ZONE_GOVERNMENT = Pattern.compile(
            "(?:党工委)?[、]?(?:管理委员会|管委会)?(?:人民政府|政府)?");
    /** The last character of a county's or a city's name, where a misspelt place name ends. */
    private static final String PLACE_SUFFIXES = "县区市旗";

    /** The place and level found, and what a user should know about them. */
    public record Resolution(Place place, List<Finding> findings) {
    }

    private final Divisions divisions;

    public PlaceResolver(Divisions divisions) {
        this.divisions = divisions;
    }

    /**
     * @param agency       the agency as named in the title
     * @param title        the title (or title lines) as printed
     * @param signature    the last lines of the report, where the issuing body signs
     * @param document     the whole text
     * @param jurisdiction the region code of the site the report was crawled from, or empty
     */
    public Resolution resolve(String agency, String title, String signature, String document, String jurisdiction) {
        var findings = new ArrayList<Finding>();
        String naming = title.isEmpty() ? agency : title;
        // A zone is the most specific place a title can name (平潭综合实验区 is 平潭县).
        var zones = divisions.zones(naming);
        var zone = zones.isEmpty() ? divisions.developmentZone(agency.isEmpty() ? naming : agency) : zones.get(0);
        if (zone != null) {
            return new Resolution(place(zone.host(), zoneLevel(agency, zone)), findings);
        }
        var named = divisions.find(naming);
        Set<String> documentNames = new HashSet<>();
        divisions.find(document).forEach(h -> documentNames.add(h.name()));
        Set<String> titleNames = new HashSet<>();
        named.forEach(h -> titleNames.add(h.name()));
        var misspelt = misspelt(naming, named, titleNames, documentNames);
        if (misspelt != null && misspelt.divisions().size() > 1) {
            findings.add(Finding.warning("place_ambiguous", List.of("province", "city", "county", "region_code"),
                    "「" + misspelt.printed() + "」 is no division; it may be any of "
                            + misspelt.divisions().stream().map(d -> d.name() + " (" + d.path() + " " + d.code() + ")")
                            .collect(java.util.stream.Collectors.joining(", "))
                            + ", one character apart, and nothing in the report tells which: places left empty"));
            return new Resolution(Place.NONE, findings);
        }
        if (misspelt != null) {
            findings.add(Finding.warning("place_misspelt", List.of("province", "city", "county", "region_code"),
                    "「" + misspelt.printed() + "」 is no division; taken as " + misspelt.division().name() + " ("
                            + misspelt.division().path() + " " + misspelt.division().code() + "), the only one of "
                            + "that name but one character that the places the report names hold"));
            return new Resolution(place(misspelt.division(),
                    level(agency.replace(misspelt.printed(), misspelt.division().name()), misspelt.division())),
                    findings);
        }
        if (named.isEmpty()) {
            named = divisions.find(signature);
            named.forEach(h -> titleNames.add(h.name()));
        }
        if (named.isEmpty()) {
            if (!agency.isEmpty() && NATIONAL.matcher(agency).matches()) {
                return new Resolution(new Place("", "", "", "", "", "", "national"), findings);
            }
            var hinted = divisions.byCode(jurisdiction);
            if (hinted != null) {
                return new Resolution(place(hinted, level(agency, hinted)), findings);
            }
            findings.add(Finding.warning("place_not_found", List.of("province", "city", "county", "region_code"),
                    "no place named in the title or signature" + (agency.isEmpty() ? "" : " of 「" + agency + "」")));
            return new Resolution(Place.NONE, findings);
        }
        var hint = divisions.byCode(jurisdiction);

        var candidates = new LinkedHashSet<Division>();
        named.forEach(h -> candidates.addAll(h.divisions()));
        var ranked = new ArrayList<Scored>();
        for (var d : candidates) {
            ranked.add(new Scored(d, support(d, titleNames), support(d, documentNames)
                    + (hint != null && (d.within(hint) || hint.within(d)) ? 2 : 0)));
        }
        ranked.sort(Comparator.comparingInt(Scored::titleSupport).thenComparingInt(Scored::documentSupport)
                .thenComparingInt(s -> s.division().level().ordinal()).reversed());
        var best = ranked.get(0);
        var tied = ranked.stream().filter(s -> s.sameRank(best)).toList();
        if (tied.size() > 1) {
            findings.add(Finding.warning("place_ambiguous", List.of("province", "city", "county", "region_code"),
                    "「" + best.division().name() + "」 is the name of " + tied.size() + " places and nothing in the "
                            + "report tells which: " + tied.stream().limit(12)
                            .map(s -> s.division().path() + " " + s.division().code()).collect(Collectors.joining("; "))
                            + (tied.size() > 12 ? "; …" : "") + "; places left empty"));
            return new Resolution(new Place("", "", "", "", "", "", ""), findings);
        }
        return new Resolution(place(best.division(), level(agency, best.division())), findings);
    }

    /**
     * A county or city printed with one character wrong, and the divisions it may stand for: one when
     * the evidence decides, several when it does not.
     */
    private record Misspelt(String printed, List<Division> divisions) {

        Division division() {
            return divisions.get(0);
        }
    }

    /**
     * A county or city name in the title that is no division but differs from exactly one in one
     * character, where that one lies within a place the title or the document names (沐阳县 in a
     * report naming 宿迁市: 沭阳县). Only a place deeper than every place the title names correctly;
     * null when there is none, or several.
     */
    private Misspelt misspelt(String title, List<Divisions.Hit> named, Set<String> titleNames,
                              Set<String> documentNames) {
        int deepest = -1;
        for (var h : named) {
            for (var d : h.divisions()) {
                deepest = Math.max(deepest, d.level().ordinal());
            }
        }
        var evidence = new HashSet<>(titleNames);
        evidence.addAll(documentNames);
        var found = new java.util.LinkedHashMap<Division, String>();
        int from = 0;
        for (int end = 1; end <= title.length(); end++) {
            if (PLACE_SUFFIXES.indexOf(title.charAt(end - 1)) < 0) {
                continue;
            }
            for (var h : named) {
                if (h.begin() < end && h.end() > from) {
                    from = Math.max(from, h.end());
                }
            }
            for (int length = 3; length <= 4 && end - length >= from; length++) {
                String printed = title.substring(end - length, end);
                for (var d : divisions.nearNames(printed)) {
                    if (d.level().ordinal() <= deepest || d.parent() == null || support(d.parent(), evidence) == 0) {
                        continue;
                    }
                    found.putIfAbsent(d, printed);
                }
            }
        }
        if (found.size() > 1) {
            // 沐阳县 is one character from 沭阳县 and from 泗阳县, both in 宿迁市: the one the report also
            // names correctly is it; else they are all listed.
            var named2 = found.keySet().stream().filter(d -> documentNames.contains(d.name())).toList();
            if (named2.size() == 1) {
                var d = named2.get(0);
                return new Misspelt(found.get(d), List.of(d));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        return new Misspelt(found.values().iterator().next(), List.copyOf(found.keySet()));
    }

    /** A zone's level when the agency is the zone's government, else {@code department}. */
    private static String zoneLevel(String agency, Divisions.Zone zone) {
        String rest = agency.replace(zone.name(), "");
        for (var d = zone.host(); d != null; d = d.parent()) {
            rest = rest.replace(d.name(), "");
        }
        return ZONE_GOVERNMENT.matcher(rest.strip()).matches() ? zone.level().code() : "department";
    }

    private record Scored(Division division, int titleSupport, int documentSupport) {

        boolean sameRank(Scored other) {
            return titleSupport == other.titleSupport && documentSupport == other.documentSupport
                    && division.level() == other.division.level();
        }
    }

    /** How many of a division and its ancestors are named in a set of names. */
    private static int support(Division d, Set<String> names) {
        int n = 0;
        for (var a = d; a != null; a = a.parent()) {
            if (names.contains(a.name())) {
                n++;
            }
        }
        return n;
    }

    /**
     * The agency's level: its place's, when the agency is the place's government (盐边县,
     * 洪泽区人民政府, 白坡彝族乡); {@code department} when it is a body of that government
     * (米易县行政审批局).
     */
    private static String level(String agency, Division place) {
        String rest = agency;
        for (var d = place; d != null; d = d.parent()) {
            int at = rest.lastIndexOf(d.name());
            if (at >= 0) {
                rest = rest.substring(0, at) + rest.substring(at + d.name().length());
            }
        }
        // A zone the statistics bureau lists (淮安经济技术开发区 320871) is governed by its 管委会.
        boolean zone = place.name().endsWith("区") && ZONE_GOVERNMENT.matcher(rest.strip()).matches();
        return GOVERNMENT.matcher(rest.strip()).matches() || zone ? place.level().code() : "department";
    }

    private static Place place(Division d, String level) {
        var province = d.at(Division.Level.PROVINCE);
        var city = d.at(Division.Level.CITY);
        var county = d.at(Division.Level.COUNTY);
        var township = d.at(Division.Level.TOWNSHIP);
        var specific = county != null ? county : city != null ? city : province;
        return new Place(name(province), name(city), name(county), sixDigits(specific.code()), name(township),
                township == null ? "" : township.code(), level);
    }

    private static String name(Division d) {
        return d == null ? "" : d.name();
    }

    private static String sixDigits(String code) {
        return (code + "0000").substring(0, 6);
    }
}
