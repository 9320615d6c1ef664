package nianbao.render;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reports no corpus holds: figures drawn the way real reports' run (mostly zeros and small counts,
 * table 二 in the thousands now and then), totals and balances computed so that the template's
 * identities hold, except in a few reports whose own figures break one (as real ones do). Blank and
 * dash cells appear now and then. For judging the reader on cases it was not tuned on.
 */
public final class RandomFacts {

    /** Agencies whose reports the renderings are titled with: governments and departments, real names. */
    private static final List<String> AGENCIES = List.of("淮安市人民政府", "盐边县", "秭归县人民政府", "米易县行政审批局",
            "息县", "洪泽区人民政府", "攀枝花市生态环境局", "宜昌市人民政府办公室", "平潭综合实验区", "福州市鼓楼区人民政府",
            "长沙市人民政府", "沭阳县人民政府", "西咸新区管委会", "上海市科学技术委员会");
    private static final String[] RESULT_ROWS = {"granted", "partial", "deny_secret", "deny_law", "deny_safety",
            "deny_third_party", "deny_internal", "deny_process", "deny_enforcement", "deny_query", "unable_not_held",
            "unable_create", "unable_unclear", "reject_petition", "reject_repeat", "reject_publication", "reject_mass",
            "reject_confirm", "other_overdue_fix", "other_unpaid_fee", "other_other"};

    /** The share of reports whose own figures break an identity. */
    private static final double BROKEN = 0.05;
    /** The share of rows with one cell printed blank or as a dash. */
    private static final double BLANK_CELL = 0.01;

    private RandomFacts() {
    }

    public static Facts next(Random random) {
        boolean of2019 = random.nextDouble() < 0.25;
        int year = of2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(4);
        var published = LocalDate.of(year + 1, 1 + random.nextInt(3), 1 + random.nextInt(28));
        var v = new LinkedHashMap<String, String>();
        if (of2019) {
            disclosure2019(random, v);
        } else {
            disclosure2021(random, v);
        }
        applications(random, v, of2019);
        appeals(random, v);
        if (random.nextDouble() < BROKEN) {
            v.put("app_handled_total_total", String.valueOf(Long.parseLong(v.get("app_handled_total_total")) + 1));
        }
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        return new Facts(of2019 ? "2019" : "2021", agency, year, published, v);
    }

    private static int count(Random random) {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> 0;
            case 3 -> 1;
            case 4 -> 2 + random.nextInt(4);
            case 5 -> random.nextInt(60);
            case 6 -> random.nextInt(1000);
            default -> random.nextInt(30000);
        };
    }

    private static void disclosure2021(Random random, Map<String, String> v) {
        for (var f : List.of("reg_rules_issued", "reg_rules_repealed", "reg_rules_in_force", "reg_norm_issued",
                "reg_norm_repealed", "reg_norm_in_force", "licensing_decisions", "penalty_decisions",
                "coercion_decisions")) {
            v.put(f, String.valueOf(count(random)));
        }
        v.put("fees_wan_yuan", random.nextBoolean() ? "0" : random.nextInt(99999) + "." + (1 + random.nextInt(99)));
    }

    private static void disclosure2019(Random random, Map<String, String> v) {
        for (var r : List.of("reg_rules", "reg_norm")) {
            for (var c : List.of("made", "published", "public_total")) {
                v.put(r + "_" + c, String.valueOf(count(random)));
            }
        }
        for (var r : List.of("licensing", "services", "penalty", "coercion", "fees")) {
            v.put(r + "_items_prev", String.valueOf(count(random)));
            v.put(r + "_items_change", String.valueOf(random.nextInt(9) - 4));
            if (!r.equals("fees")) {
                v.put(r + "_decisions", String.valueOf(count(random)));
            }
        }
        v.put("procurement_items", String.valueOf(count(random)));
        v.put("procurement_amount_wan_yuan", String.valueOf(count(random)));
    }

    private static void applications(Random random, Map<String, String> v, boolean otherAsOneRow) {
        long[] handled = new long[6];
        for (var row : RESULT_ROWS) {
            if (otherAsOneRow && row.startsWith("other_")) {
                continue;
            }
            handled = add(handled, row(random, v, row));
        }
        if (otherAsOneRow) {
            handled = add(handled, row(random, v, "other"));
        }
        long[] carriedIn = new long[6];
        long[] carriedOver = new long[6];
        long[] fresh = new long[6];
        for (int c = 0; c < 6; c++) {
            carriedIn[c] = random.nextInt(6) == 0 ? random.nextInt(4) : 0;
            carriedOver[c] = random.nextInt(6) == 0 ? random.nextInt(3) : 0;
            fresh[c] = Math.max(0, handled[c] + carriedOver[c] - carriedIn[c]);
            carriedOver[c] = fresh[c] + carriedIn[c] - handled[c];
        }
        put(v, "new", fresh);
        put(v, "carried_in", carriedIn);
        put(v, "handled_total", handled);
        put(v, "carried_over", carriedOver);
        for (var row : RESULT_ROWS) {
            if (random.nextDouble() < BLANK_CELL && v.containsKey("app_" + row + "_total")) {
                String column = Layout.COLUMNS[random.nextInt(Layout.COLUMNS.length)];
                if (random.nextBoolean()) {
                    v.remove("app_" + row + "_" + column);
                } else {
                    v.put("app_" + row + "_" + column, "—");
                }
            }
        }
    }

    /** A result row's six applicant figures: natural persons far more often than the others. */
    private static long[] row(Random random, Map<String, String> v, String key) {
        long[] figures = new long[6];
        figures[0] = random.nextInt(3) == 0 ? count(random) % 200 : 0;
        for (int c = 1; c < 6; c++) {
            figures[c] = random.nextInt(6) == 0 ? random.nextInt(12) : 0;
        }
        put(v, key, figures);
        return figures;
    }

    private static void put(Map<String, String> v, String key, long[] six) {
        long total = 0;
        for (int c = 0; c < 6; c++) {
            v.put("app_" + key + "_" + Layout.COLUMNS[c], String.valueOf(six[c]));
            total += six[c];
        }
        v.put("app_" + key + "_total", String.valueOf(total));
    }

    private static long[] add(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static void appeals(Random random, Map<String, String> v) {
        for (var g : Layout.APPEAL_GROUPS) {
            long total = 0;
            for (int k = 0; k < 4; k++) {
                long x = random.nextInt(3) == 0 ? random.nextInt(k == 0 ? 30 : 6) : 0;
                v.put(g + "_" + Layout.APPEAL_KEYS[k], String.valueOf(x));
                total += x;
            }
            v.put(g + "_total", String.valueOf(total));
        }
    }
}
