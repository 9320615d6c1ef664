package nianbao.normalize;

import java.util.List;
import nianbao.schema.Template;

/**
 * Recognises a report's template from the labels of its tables, never from its year or the
 * notice it cites: reports on 2022 and 2023 still print 2019 columns, and many reports on 2022 cite
 * the 2019 notice over 2021 tables. Table 二 tells them apart; failing that, （六）其他处理 printed
 * with its three sub-rows exists only in 2021.
 */
final class TemplateRecognizer {

    /** Labels only the 2019 template prints, and only the 2021 template prints. */
    private static final List<String> ONLY_2019 = fold(List.of(
            "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
            "其他对外管理服务事项", "政府集中采购", "采购项目数量", "采购总金额"));
    private static final List<String> ONLY_2021 = fold(List.of(
            "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
            "申请人无正当理由逾期不补正", "申请人逾期未按收费通知要求缴纳费用"));

    private TemplateRecognizer() {
    }

    /** The template whose labels the document prints, or null when it prints neither's. */
    static Template recognize(List<String> foldedLines) {
        int votes2019 = 0;
        int votes2021 = 0;
        for (var f : foldedLines) {
            if (f.length() > 120) {
                continue;
            }
            votes2019 += votes(f, ONLY_2019);
            votes2021 += votes(f, ONLY_2021);
        }
        if (votes2019 == 0 && votes2021 == 0) {
            return null;
        }
        return votes2019 > votes2021 ? Template.T2019 : Template.T2021;
    }

    private static int votes(String folded, List<String> labels) {
        int n = 0;
        for (var label : labels) {
            if (folded.contains(label)) {
                n++;
            }
        }
        return n;
    }

    private static List<String> fold(List<String> labels) {
        return labels.stream().map(MatchText::of).toList();
    }

    /** The tables read when the template is unknown: tables 三 and 四 are the same in both. */
    static Template forReading(Template recognized) {
        return recognized == null ? Template.T2021 : recognized;
    }
}
