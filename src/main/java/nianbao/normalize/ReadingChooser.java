package nianbao.normalize;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nianbao.schema.Identities;
import nianbao.schema.Identity;

/**
 * Chooses between the readings of rows with blank cells by the template's own identities: the
 * reading that breaks fewest identities wins, and among equals the best-placed one. A reading that
 * merely leaves an identity unchecked (a blank total) is not counted as breaking it.
 */
final class ReadingChooser {

    /** For each placed row, the index of its chosen reading, and whether a tie left it uncertain. */
    record Choice(int[] chosen, boolean[] uncertain) {
    }

    private ReadingChooser() {
    }

    static Choice choose(List<PlacedRow> rows, boolean otherAsOneRow) {
        int[] chosen = new int[rows.size()];
        boolean[] uncertain = new boolean[rows.size()];
        List<Identity> identities = Identities.all(otherAsOneRow);
        var values = new HashMap<String, BigDecimal>();
        for (var row : rows) {
            row.values(0, values);
        }
        // Two passes: a second row's choice can change what the first row's identities see.
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                if (row.readings().size() < 2) {
                    continue;
                }
                var own = new HashSet<>(row.fieldIds());
                var relevant = identities.stream().filter(i -> i.fields().stream().anyMatch(own::contains)).toList();
                int best = -1;
                int bestBroken = Integer.MAX_VALUE;
                int ties = 0;
                for (int k = 0; k < row.readings().size(); k++) {
                    row.values(k, values);
                    int broken = broken(relevant, values);
                    if (broken < bestBroken) {
                        best = k;
                        bestBroken = broken;
                        ties = 1;
                    } else if (broken == bestBroken) {
                        ties++;
                    }
                }
                row.values(best, values);
                chosen[r] = best;
                uncertain[r] = ties > 1 && !(best == 0 && row.positional());
            }
        }
        return new Choice(chosen, uncertain);
    }

    /** How many identities, of those whose figures are all present, do not hold. */
    private static int broken(List<Identity> identities, Map<String, BigDecimal> values) {
        int broken = 0;
        for (var identity : identities) {
            if (identity.isBrokenBy(values)) {
                broken++;
            }
        }
        return broken;
    }
}
