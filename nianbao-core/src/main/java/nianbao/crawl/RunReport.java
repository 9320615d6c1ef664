package nianbao.crawl;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run did, per site: reports new, changed, unchanged and failed; URLs skipped and why. */
public final class RunReport {

    /** What became of a report this run. */
    public enum Kind {
        NEW, CHANGED, UNCHANGED, FAILED
    }

    private final Map<String, Map<Kind, Integer>> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final List<String> unreachable = new ArrayList<>();

    RunReport(List<Site> sites) {
        for (var s : sites) {
            counts.put(key(s), new EnumMap<>(Kind.class));
            notes.put(key(s), new ArrayList<>());
        }
    }

    private static String key(Site s) {
        return s.agency() + " " + s.url();
    }

    synchronized void count(Site site, Kind kind) {
        counts.get(key(site)).merge(kind, 1, Integer::sum);
    }

    synchronized void failure(Site site, String what) {
        notes.get(key(site)).add("failed " + what);
    }

    synchronized void skipped(Site site, String what) {
        notes.get(key(site)).add("skipped " + what);
    }

    synchronized void unreachable(Site site) {
        unreachable.add(key(site));
        notes.get(key(site)).add("unreachable: no list page could be fetched");
    }

    /** How many reports ended so this run, over all sites. */
    public synchronized int total(Kind kind) {
        return counts.values().stream().mapToInt(m -> m.getOrDefault(kind, 0)).sum();
    }

    /** Whether no site could be reached at all: the run could not do its work. */
    public synchronized boolean everySiteUnreachable() {
        return unreachable.size() == counts.size();
    }

    /** The report as text, a paragraph per site. */
    public synchronized String text() {
        var out = new StringBuilder();
        out.append(String.format("reports: %d new, %d changed, %d unchanged, %d failed%n", total(Kind.NEW),
                total(Kind.CHANGED), total(Kind.UNCHANGED), total(Kind.FAILED)));
        for (var e : counts.entrySet()) {
            var c = e.getValue();
            out.append(String.format("%s: %d new, %d changed, %d unchanged, %d failed%n", e.getKey(),
                    c.getOrDefault(Kind.NEW, 0), c.getOrDefault(Kind.CHANGED, 0), c.getOrDefault(Kind.UNCHANGED, 0),
                    c.getOrDefault(Kind.FAILED, 0)));
            for (var n : notes.get(e.getKey())) {
                out.append("  ").append(n).append('\n');
            }
        }
        return out.toString();
    }
}
