package nianbao.normalize.place;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The divisions of China (NBS codes, 2023 vintage; resources {@code nianbao/divisions/}), and every
 * place name they contain found in a text at once with HanLP's Aho-Corasick double-array trie.
 * HanLP's own place recognition misses small counties (息县) and townships, a full name list does
 * not. Built once, on first use, and shared: it is immutable.
 */
public final class Divisions {

    /** A division name found in a text, at {@code [begin, end)}. */
    public record Hit(int begin, int end, String name, List<Division> divisions) {
    }

    /**
     * A special area or zone that reports as a government but is no division of the list
     * (平潭综合实验区, 西咸新区): the division it sits in and the level it reports as.
     */
    public record Zone(String name, Division host, Division.Level level) {
    }

    /** Cities that stand for no place of their own; their counties belong to the province. */
    private static final Set<String> PSEUDO_CITIES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private static volatile Divisions instance;

    private final AhoCorasickDoubleArrayTrie<List<Division>> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Map<String, Division> byCode = new HashMap<>();
    private final List<Zone> zones = new ArrayList<>();
    /** Whether the trie was the build's, loaded. */
    final boolean trieLoaded;
    /** Every name and its divisions, in the trie's order. */
    final TreeMap<String, List<Division>> names = new TreeMap<>();
    /** County and city names by their form with one character unknown, for misspelt names. */
    private final Map<String, List<Division>> byNearName = new HashMap<>();

    private Divisions() {
        this(true);
    }

    /** @param saved whether to load the trie the build saved ({@code false}: build it, to compare) */
    Divisions(boolean saved) {
        var byName = names;
        for (var row : csv("provinces.csv")) {
            add(new Division(row[0], row[1], Division.Level.PROVINCE, null), byName);
        }
        for (var row : csv("cities.csv")) {
            var province = byCode.get(row[2]);
            if (PSEUDO_CITIES.contains(row[1])) {
                byCode.put(row[0], province);
            } else {
                add(new Division(row[0], row[1], Division.Level.CITY, province), byName);
            }
        }
        for (var row : csv("areas.csv")) {
            var city = byCode.get(row[2]);
            // 东莞市 and 中山市 have no counties: a county of the city's own name stands for the city.
            if (city.level() == Division.Level.CITY && city.name().equals(row[1])) {
                byCode.put(row[0], city);
            } else {
                add(new Division(row[0], row[1], Division.Level.COUNTY, city), byName);
            }
        }
        for (var row : csv("streets.csv")) {
            add(new Division(row[0], row[1], Division.Level.TOWNSHIP, byCode.get(row[2])), byName);
        }
        trieLoaded = saved && load(trie, byName);
        if (!trieLoaded) {
            trie.build(byName);
        }
        for (var row : csv("zones.csv")) {
            var host = byCode.get(row[1]);
            if (host == null) {
                throw new IllegalStateException("zones.csv: no division " + row[1] + " for " + row[0]);
            }
            zones.add(new Zone(row[0], host, Division.Level.valueOf(row[2].toUpperCase(java.util.Locale.ROOT))));
        }
        for (var d : byCode.values()) {
            if (d.level() == Division.Level.COUNTY || d.level() == Division.Level.CITY) {
                for (var key : nearKeys(d.name())) {
                    byNearName.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
                }
            }
        }
    }

    /** The zones named in a text, longest first. */
    public List<Zone> zones(String text) {
        return zones.stream().filter(z -> text.contains(z.name()))
                .sorted(Comparator.comparingInt((Zone z) -> -z.name().length())).toList();
    }

    /**
     * A development zone named after its place (淮安经济技术开发区, 宿迁市高新区, 昆山开发区): hundreds of
     * them, too many to list, all named as their host division is, with or without its suffix. The zone
     * reports as a government one level below its host; null when the name names no single division.
     */
    private static final java.util.regex.Pattern DEVELOPMENT_ZONE = java.util.regex.Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,12}?)(?:国家级)?(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区"
                    + "|开发区|工业园区|产业园区|综合保税区|保税区|新区)");
    private static final List<String> SUFFIXES = List.of("市", "县", "区", "");

    public Zone developmentZone(String text) {
        var m = DEVELOPMENT_ZONE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String prefix = m.group(1);
        // Some zones are divisions of the list themselves (滨海新区, 宿迁经济技术开发区): not this rule's.
        for (int from = 0; from < prefix.length() - 1; from++) {
            if (!byNameOf(prefix.substring(from) + m.group(2)).isEmpty()) {
                return null;
            }
        }
        // The longest division name the prefix ends with (江苏省淮安市 → 淮安市), or its short form (淮安).
        Division host = null;
        for (int from = 0; from < prefix.length() - 1 && host == null; from++) {
            String tail = prefix.substring(from);
            for (var suffix : SUFFIXES) {
                if (!suffix.isEmpty() && tail.endsWith(suffix)) {
                    continue;
                }
                var named = byNameOf(tail + suffix);
                if (named.size() > 1) {
                    return null;
                }
                if (named.size() == 1 && named.get(0).level() != Division.Level.TOWNSHIP) {
                    host = named.get(0);
                    break;
                }
            }
        }
        if (host == null) {
            return null;
        }
        var level = switch (host.level()) {
            case PROVINCE -> Division.Level.CITY;
            case CITY -> Division.Level.COUNTY;
            default -> Division.Level.TOWNSHIP;
        };
        return new Zone(prefix + m.group(2), host, level);
    }

    /** The divisions of a full name. */
    private List<Division> byNameOf(String name) {
        var found = new ArrayList<Division>();
        trie.parseText(name, (begin, end, value) -> {
            if (begin == 0 && end == name.length()) {
                found.addAll(value);
            }
        });
        return found;
    }

    /**
     * Counties and cities whose name differs from {@code name} in one character before its suffix
     * (沐阳县 for 沭阳县): the candidates for a misspelt place, which need other evidence.
     */
    public List<Division> nearNames(String name) {
        var found = new java.util.LinkedHashSet<Division>();
        for (var key : nearKeys(name)) {
            for (var d : byNearName.getOrDefault(key, List.of())) {
                if (!d.name().equals(name)) {
                    found.add(d);
                }
            }
        }
        return List.copyOf(found);
    }

    /** A name with each character but its last (the suffix: 县, 市, 区) unknown in turn. */
    private static List<String> nearKeys(String name) {
        var keys = new ArrayList<String>();
        if (name.length() < 3) {
            return keys;
        }
        for (int i = 0; i < name.length() - 1; i++) {
            keys.add(name.substring(0, i) + '?' + name.substring(i + 1));
        }
        return keys;
    }

    /** The shared instance, loaded on first use. */
    public static Divisions get() {
        var d = instance;
        if (d == null) {
            synchronized (Divisions.class) {
                d = instance;
                if (d == null) {
                    d = new Divisions();
                    instance = d;
                }
            }
        }
        return d;
    }

    /** A division by its code, or null. */
    public Division byCode(String code) {
        return byCode.get(code);
    }

    /**
     * The place names in a text, longest first where they overlap, so that a name inside a longer
     * one (易县 in 米易县) is not taken for a place.
     */
    public List<Hit> find(String text) {
        var all = new ArrayList<Hit>();
        trie.parseText(text, (begin, end, value) -> all.add(new Hit(begin, end, text.substring(begin, end), value)));
        all.sort(Comparator.comparingInt((Hit h) -> h.begin()).thenComparingInt(h -> -(h.end() - h.begin())));
        var kept = new ArrayList<Hit>();
        int reach = -1;
        for (var h : all) {
            // A hit inside or across an earlier, longer one is no place of its own.
            if (h.begin() >= reach) {
                kept.add(h);
                reach = h.end();
            }
        }
        return kept;
    }

    /** The trie of the names, as the build saved it ({@value #TRIE}), built here when it is missing. */
    static final String TRIE = "/nianbao/divisions/names.trie";

    /**
     * Fills the trie from the one the build saved (loading takes about 20 ms; building it, 0.35 s of
     * every run's start: issue 15), when that one was made from the same names (their count and hash
     * precede it); false when there is none or it does not match (then it is built).
     */
    private static boolean load(AhoCorasickDoubleArrayTrie<List<Division>> trie, TreeMap<String, List<Division>> byName) {
        try (var in = Divisions.class.getResourceAsStream(TRIE)) {
            if (in == null) {
                return false;
            }
            var data = new java.io.DataInputStream(new java.io.BufferedInputStream(in));
            if (data.readInt() != byName.size() || data.readInt() != keysHash(byName)) {
                return false;
            }
            @SuppressWarnings("unchecked")
            List<Division>[] values = byName.values().toArray(new List[0]);
            return trie.load(new com.hankcs.hanlp.corpus.io.ByteArray(data.readAllBytes()), values);
        } catch (IOException | RuntimeException unreadable) {
            // A damaged or foreign file: the names are built into a trie, as without one.
            return false;
        }
    }

    private static int keysHash(TreeMap<String, ?> byName) {
        int hash = 1;
        for (var key : byName.keySet()) {
            hash = 31 * hash + key.hashCode();
        }
        return hash;
    }

    /**
     * Saves the names' trie for {@link #load}: run by the build (exec-maven-plugin, phase
     * process-classes) with the file to write, {@code target/classes/nianbao/divisions/names.trie}.
     */
    public static void main(String[] args) throws Exception {
        var divisions = new Divisions(false);
        var file = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.createDirectories(file.getParent());
        try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file)))) {
            out.writeInt(divisions.names.size());
            out.writeInt(keysHash(divisions.names));
            divisions.trie.save(out);
        }
    }

    private void add(Division d, Map<String, List<Division>> byName) {
        byCode.put(d.code(), d);
        byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
    }

    private static List<String[]> csv(String name) {
        var rows = new ArrayList<String[]>();
        var in = Divisions.class.getResourceAsStream("/nianbao/divisions/" + name);
        if (in == null) {
            throw new IllegalStateException("division table missing from the jar: " + name);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\"", "").split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
