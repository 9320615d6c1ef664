package nianbao.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.schema.Identities;
import nianbao.schema.Identity;
import nianbao.source.Deadline;

/**
 * Chooses, for the rows that can be read more than one way (blank cells whose columns the layout
 * leaves open, fused cells with several splits), the readings under which the template's identities
 * hold, jointly: a row's reading is taken only when every best joint reading gives it. Best is
 * fewest broken identities, then fewest rows read against their layout's evidence. A reading that
 * merely leaves an identity unchecked (a blank total) does not break it. Where the identities leave
 * a row open, figures the report's prose quotes may close it; otherwise it stays undecided, and its
 * figures are left empty: a guess would be a wrong figure.
 */
final class ReadingChooser {

    /** How far the search over joint readings goes before it gives up on the rows it has not decided. */
    private static final int MAX_NODES = 2_000_000;
    /** How many best joint readings are kept to tell decided rows from undecided ones. */
    private static final int MAX_SOLUTIONS = 512;

    /** How a row's reading was decided. */
    enum Decision {
        /** The row has one reading. */
        ONLY,
        /** Its layout's evidence, the identities agreeing or silent. */
        LAYOUT,
        /** The identities. */
        IDENTITY,
        /** The figures the report's prose quotes. */
        PROSE,
        /** Nothing: its figures are left empty. */
        UNDECIDED,
        /**
         * A split of fused cells under which the columns do not add up: a blank cell, which a dump does
         * not show, shifts every figure after it; the figures are left empty.
         */
        DOUBTFUL
    }

    /**
     * For each placed row, the index of its chosen reading (-1 when undecided; for a doubtful one, the
     * split doubted), and how.
     */
    record Choice(int[] chosen, Decision[] decisions) {
    }

    private ReadingChooser() {
    }

    /**
     * @param rows  the placed rows
     * @param prose figures the report's prose quotes, by field id (to decide what identities leave open)
     */
    static Choice choose(List<PlacedRow> rows, boolean otherAsOneRow, Map<String, BigDecimal> prose) {
        int n = rows.size();
        int[] chosen = new int[n];
        var decisions = new Decision[n];
        var variables = new ArrayList<Integer>();
        for (int r = 0; r < n; r++) {
            int readings = rows.get(r).readings().size();
            if (readings == 0) {
                // Fused cells no split of which fits: nothing to choose.
                chosen[r] = -1;
                decisions[r] = Decision.UNDECIDED;
            } else if (readings == 1) {
                decisions[r] = Decision.ONLY;
            } else {
                variables.add(r);
            }
        }
        var identities = Identities.all(otherAsOneRow);
        if (variables.isEmpty()) {
            doubtFusedRowsInBrokenColumns(rows, identities, chosen, decisions);
            return new Choice(chosen, decisions);
        }
        for (var component : components(rows, variables, identities)) {
            // Fewest readings first: the search closes identities as early as it can.
            component.sort((a, b) -> Integer.compare(rows.get(a).readings().size(), rows.get(b).readings().size()));
            var search = new Search(rows, component, identities);
            search.run();
            List<int[]> solutions = search.complete ? search.solutions : List.of();
            for (int v = 0; v < component.size(); v++) {
                int r = component.get(v);
                var row = rows.get(r);
                var readings = readingsOf(solutions, v);
                if (readings.size() == 1) {
                    int reading = readings.iterator().next();
                    // The first reading of a row placed by its layout is that placement: kept, it needs no note.
                    boolean asLaidOut = reading == 0 && row.positional();
                    if (asLaidOut || search.eliminates(solutions.get(0), v, identities)) {
                        chosen[r] = reading;
                        decisions[r] = asLaidOut ? Decision.LAYOUT : Decision.IDENTITY;
                        continue;
                    }
                    if (row.positional() && row.splits() == null) {
                        // The identities only leave unchecked what the layout's reading breaks (a report
                        // whose own figures do not add up): the layout stands, and the identity is reported.
                        chosen[r] = 0;
                        decisions[r] = Decision.LAYOUT;
                        continue;
                    }
                }
                var byProse = readingsOf(agreeing(solutions, search, prose), v);
                if (byProse.size() == 1) {
                    chosen[r] = byProse.iterator().next();
                    decisions[r] = Decision.PROSE;
                } else {
                    chosen[r] = -1;
                    decisions[r] = Decision.UNDECIDED;
                }
            }
        }
        doubtFusedRowsInBrokenColumns(rows, identities, chosen, decisions);
        return new Choice(chosen, decisions);
    }

    /**
     * Fused cells whose split, the only one their form and row total allow, leaves a column that does
     * not add up may hide a blank cell (00900 14 with 法律服务机构 blank reads 0|0|9|0|0|1|4 and adds up to
     * its own total by chance): such rows are doubted. A report whose own columns do not add up loses
     * its fused rows in those columns, never a figure to a wrong split.
     */
    private static void doubtFusedRowsInBrokenColumns(List<PlacedRow> rows, List<Identity> identities, int[] chosen,
                                                      Decision[] decisions) {
        var values = new HashMap<String, BigDecimal>();
        for (int r = 0; r < rows.size(); r++) {
            if (chosen[r] >= 0 && decisions[r] != Decision.UNDECIDED) {
                rows.get(r).values(chosen[r], values);
            }
        }
        var broken = new HashSet<String>();
        for (var identity : identities) {
            boolean column = identity.check().equals(Identities.BALANCE) || identity.check().equals(Identities.RESULTS_TOTAL);
            if (column && identity.isBrokenBy(values)) {
                broken.addAll(identity.fields());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            boolean split = decisions[r] == Decision.ONLY || decisions[r] == Decision.IDENTITY;
            if (row.splits() != null && split && row.fieldIds().stream().anyMatch(broken::contains)) {
                decisions[r] = Decision.DOUBTFUL;
            }
        }
    }

    /**
     * The variable rows in groups that share identities: each group is searched on its own, so that
     * rows no identity ties (table 二's) do not multiply the search.
     */
    private static List<List<Integer>> components(List<PlacedRow> rows, List<Integer> variables,
                                                  List<Identity> identities) {
        var owner = new HashMap<String, Integer>();
        int[] parent = new int[variables.size()];
        for (int v = 0; v < variables.size(); v++) {
            parent[v] = v;
            for (var id : rows.get(variables.get(v)).fieldIds()) {
                owner.put(id, v);
            }
        }
        for (var identity : identities) {
            int first = -1;
            for (var f : identity.fields()) {
                Integer v = owner.get(f);
                if (v == null) {
                    continue;
                }
                if (first < 0) {
                    first = root(parent, v);
                } else {
                    parent[root(parent, v)] = first;
                }
            }
        }
        var groups = new java.util.LinkedHashMap<Integer, List<Integer>>();
        for (int v = 0; v < variables.size(); v++) {
            groups.computeIfAbsent(root(parent, v), k -> new ArrayList<>()).add(variables.get(v));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static Set<Integer> readingsOf(List<int[]> solutions, int variable) {
        var set = new HashSet<Integer>();
        for (var s : solutions) {
            set.add(s[variable]);
        }
        return set;
    }

    /** The solutions whose figures agree with every figure the prose quotes among their rows' fields. */
    private static List<int[]> agreeing(List<int[]> solutions, Search search, Map<String, BigDecimal> prose) {
        if (prose.isEmpty()) {
            return List.of();
        }
        var out = new ArrayList<int[]>();
        for (var s : solutions) {
            var values = search.valuesOf(s);
            boolean agrees = true;
            boolean touches = false;
            for (var e : prose.entrySet()) {
                var v = values.get(e.getKey());
                if (v != null && search.variableFields.contains(e.getKey())) {
                    touches = true;
                    agrees &= v.compareTo(e.getValue()) == 0;
                }
            }
            if (agrees && touches) {
                out.add(s);
            }
        }
        return out;
    }

    /** A branch-and-bound search over the variable rows' readings. */
    private static final class Search {

        private final List<PlacedRow> rows;
        private final List<Integer> variables;
        private final Map<String, BigDecimal> values = new HashMap<>();
        private final Set<String> variableFields = new HashSet<>();
        /** For each variable (in search order), the identities it is the last to close. */
        private final List<List<Identity>> closedAt = new ArrayList<>();
        private final int[] current;
        private final List<int[]> solutions = new ArrayList<>();
        private int bestBroken = Integer.MAX_VALUE;
        private int bestAgainstLayout = Integer.MAX_VALUE;
        private int nodes;
        private boolean complete = true;

        Search(List<PlacedRow> rows, List<Integer> variables, List<Identity> identities) {
            this.rows = rows;
            this.variables = variables;
            this.current = new int[variables.size()];
            var order = new HashMap<String, Integer>();
            for (int v = 0; v < variables.size(); v++) {
                for (var id : rows.get(variables.get(v)).fieldIds()) {
                    order.put(id, v);
                    variableFields.add(id);
                }
                closedAt.add(new ArrayList<>());
            }
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).readings().size() == 1) {
                    rows.get(r).values(0, values);
                }
            }
            for (var identity : identities) {
                int last = -1;
                for (var f : identity.fields()) {
                    last = Math.max(last, order.getOrDefault(f, -1));
                }
                if (last >= 0) {
                    closedAt.get(last).add(identity);
                }
            }
        }

        void run() {
            step(0, 0, 0);
        }

        private void step(int v, int broken, int againstLayout) {
            if (++nodes > MAX_NODES) {
                complete = false;
                return;
            }
            if ((nodes & 0xFFF) == 0) {
                Deadline.check();
            }
            if (broken > bestBroken || (broken == bestBroken && againstLayout > bestAgainstLayout)) {
                return;
            }
            if (v == variables.size()) {
                if (broken < bestBroken || againstLayout < bestAgainstLayout) {
                    bestBroken = broken;
                    bestAgainstLayout = againstLayout;
                    solutions.clear();
                }
                if (solutions.size() < MAX_SOLUTIONS) {
                    solutions.add(current.clone());
                } else {
                    complete = false;
                }
                return;
            }
            var row = rows.get(variables.get(v));
            for (int k = 0; k < row.readings().size(); k++) {
                row.values(k, values);
                int more = 0;
                for (var identity : closedAt.get(v)) {
                    if (identity.isBrokenBy(values)) {
                        more++;
                    }
                }
                current[v] = k;
                step(v + 1, broken + more, againstLayout + (k != 0 && row.positional() ? 1 : 0));
                if (!complete && nodes > MAX_NODES) {
                    return;
                }
            }
        }

        /**
         * Whether, in a best solution, every other reading of variable {@code v} is ruled out by an
         * identity that holds, with every figure present, under the reading chosen and breaks under
         * the other. A reading that merely leaves an identity unchecked (a blank total) rules nothing
         * out: taking it would hide a report's own error behind a wrong reading.
         */
        boolean eliminates(int[] solution, int v, List<Identity> identities) {
            var row = rows.get(variables.get(v));
            var own = new HashSet<>(row.fieldIds());
            var relevant = identities.stream().filter(i -> i.fields().stream().anyMatch(own::contains)).toList();
            var chosen = valuesOf(solution);
            for (int k = 0; k < row.readings().size(); k++) {
                if (k == solution[v]) {
                    continue;
                }
                var other = new HashMap<>(chosen);
                row.values(k, other);
                boolean ruledOut = false;
                for (var identity : relevant) {
                    if (identity.holdsFor(chosen) && identity.isBrokenBy(other)) {
                        ruledOut = true;
                        break;
                    }
                }
                if (!ruledOut) {
                    return false;
                }
            }
            return true;
        }

        /** The figures of a solution, the fixed rows' with its variable rows'. */
        Map<String, BigDecimal> valuesOf(int[] solution) {
            var out = new HashMap<>(values);
            for (int v = 0; v < variables.size(); v++) {
                rows.get(variables.get(v)).values(solution[v], out);
            }
            return out;
        }

    }
}
