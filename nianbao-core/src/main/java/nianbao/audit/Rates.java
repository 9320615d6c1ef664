package nianbao.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Rates derived from the harmonised figures ({@link Crosswalk}), each with its formula as the codebook
 * states it. A rate whose numerator or denominator is empty, or whose denominator is 0, is empty.
 */
final class Rates {

    /** Decimal places of a rate in panel.csv. */
    static final int SCALE = 4;

    /**
     * A rate.
     *
     * @param numerator   harmonised columns added up over ...
     * @param denominator ... these
     */
    record Rate(String column, String label, List<String> numerator, List<String> denominator) {

        BigDecimal of(Map<String, BigDecimal> harmonised) {
            var top = Crosswalk.sum(harmonised, numerator);
            var bottom = Crosswalk.sum(harmonised, denominator);
            if (top == null || bottom == null || bottom.signum() == 0) {
                return null;
            }
            return top.divide(bottom, SCALE, RoundingMode.HALF_EVEN);
        }

        String formula() {
            return "(" + String.join(" + ", numerator) + ") / (" + String.join(" + ", denominator) + ")";
        }
    }

    static final Rate GRANTED = new Rate("share_granted", "公开率（予以公开与部分公开占办理总数）",
            List.of("granted", "partly_granted"), List.of("handled"));
    static final Rate REFUSED = new Rate("share_refused", "不予公开占办理总数", List.of("refused"), List.of("handled"));
    static final Rate UNABLE = new Rate("share_unable", "无法提供占办理总数", List.of("unable"), List.of("handled"));
    static final Rate REVIEW_CORRECTED = new Rate("review_correction_rate", "行政复议纠错率（纠正占已审结）",
            List.of("review_corrected"), List.of("review_upheld", "review_corrected", "review_other"));
    static final Rate SUIT_CORRECTED = new Rate("suit_correction_rate", "行政诉讼纠错率（纠正占已审结）",
            List.of("suit_corrected"), List.of("suit_upheld", "suit_corrected", "suit_other"));

    static final List<Rate> ALL = List.of(GRANTED, REFUSED, UNABLE, REVIEW_CORRECTED, SUIT_CORRECTED);

    /** Year on year: this year's new applications over the previous year's, less one. */
    static final String CHANGE_COLUMN = "applications_change";
    static final String CHANGE_FORMULA = "applications_new / applications_new of the same agency's previous year - 1";

    private Rates() {
    }

    /** The change from {@code before} to {@code now}, or null when either is empty or before is 0. */
    static BigDecimal change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() == 0) {
            return null;
        }
        return now.divide(before, SCALE + 4, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE)
                .setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
