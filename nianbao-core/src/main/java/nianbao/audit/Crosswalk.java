package nianbao.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Figures both templates print, under one name. The 2019 trial template and the 2021 template share
 * the fields of tables 三 and 四 (the same rows, the same columns); they differ in （六）其他处理, one row
 * in 2019 and three in 2021 (whose sum is the 2019 row), and in table 二, which is not harmonised.
 * Each column is the sum of its fields, empty when any of them is empty: a blank is never a zero.
 */
final class Crosswalk {

    /**
     * A harmonised figure.
     *
     * @param column   its column in panel.csv
     * @param label    its Chinese label
     * @param fields   the fields (of either template) it adds up
     * @param fields2021 for （六）其他处理 in 2021 when its group row is not printed: the three sub-rows; else empty
     */
    record Column(String column, String label, List<String> fields, List<String> fields2021) {

        /** The figure of a report, or null when a field it needs is empty. */
        BigDecimal of(Map<String, BigDecimal> figures) {
            var sum = sum(figures, fields);
            return sum != null || fields2021.isEmpty() ? sum : sum(figures, fields2021);
        }

        /** The formula, as the codebook states it. */
        String formula() {
            String own = String.join(" + ", fields);
            return fields2021.isEmpty() ? own : own + " (2021, when its group row is not printed: "
                    + String.join(" + ", fields2021) + ")";
        }
    }

    private static final List<String> DENIED = List.of("secret", "law", "safety", "third_party", "internal", "process",
            "enforcement", "query");
    private static final List<String> UNABLE = List.of("not_held", "create", "unclear");
    private static final List<String> REJECTED = List.of("petition", "repeat", "publication", "mass", "confirm");

    static final List<Column> COLUMNS = List.of(
            column("applications_new", "本年新收申请", "app_new_total"),
            column("applications_carried_in", "上年结转申请", "app_carried_in_total"),
            column("granted", "予以公开", "app_granted_total"),
            column("partly_granted", "部分公开", "app_partial_total"),
            new Column("refused", "不予公开", DENIED.stream().map(k -> "app_deny_" + k + "_total").toList(), List.of()),
            new Column("unable", "无法提供", UNABLE.stream().map(k -> "app_unable_" + k + "_total").toList(), List.of()),
            new Column("not_processed", "不予处理", REJECTED.stream().map(k -> "app_reject_" + k + "_total").toList(),
                    List.of()),
            new Column("other_handling", "其他处理", List.of("app_other_total"),
                    List.of("app_other_overdue_fix_total", "app_other_unpaid_fee_total", "app_other_other_total")),
            column("handled", "办理结果总计", "app_handled_total_total"),
            column("carried_over", "结转下年度", "app_carried_over_total"),
            column("review_upheld", "行政复议 结果维持", "review_upheld"),
            column("review_corrected", "行政复议 结果纠正", "review_corrected"),
            column("review_other", "行政复议 其他结果", "review_other"),
            column("review_pending", "行政复议 尚未审结", "review_pending"),
            column("review_total", "行政复议 总计", "review_total"),
            new Column("suit_upheld", "行政诉讼 结果维持", List.of("suit_direct_upheld", "suit_after_upheld"), List.of()),
            new Column("suit_corrected", "行政诉讼 结果纠正", List.of("suit_direct_corrected", "suit_after_corrected"),
                    List.of()),
            new Column("suit_other", "行政诉讼 其他结果", List.of("suit_direct_other", "suit_after_other"), List.of()),
            new Column("suit_pending", "行政诉讼 尚未审结", List.of("suit_direct_pending", "suit_after_pending"), List.of()),
            new Column("suit_total", "行政诉讼 总计", List.of("suit_direct_total", "suit_after_total"), List.of()));

    private Crosswalk() {
    }

    /** The sum of the values under these keys, or null when any is absent: a blank is never a zero. */
    static BigDecimal sum(Map<String, BigDecimal> values, List<String> keys) {
        var sum = BigDecimal.ZERO;
        for (var k : keys) {
            var v = values.get(k);
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return sum;
    }

    private static Column column(String column, String label, String field) {
        return new Column(column, label, List.of(field), List.of());
    }
}
