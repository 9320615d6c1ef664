package nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void everyTemplateFieldOfTheSpecIsDefinedOnce() {
        var ids = Schema.figureFields().stream().map(Field::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size());
        // 2021 table 二 (10) + 2019 table 二 (19 more) + table 三 (26 rows x 7) + table 四 (15)
        assertEquals(10 + 19 + 26 * 7 + 15, ids.size());
        for (var id : new String[] {"reg_rules_issued", "fees_wan_yuan", "reg_norm_public_total",
                "licensing_items_change", "services_decisions", "procurement_amount_wan_yuan",
                "app_new_person", "app_handled_total_total", "app_other_overdue_fix_ngo", "app_other_total",
                "review_upheld", "suit_direct_pending", "suit_after_total"}) {
            assertTrue(ids.contains(id), id);
        }
    }

    @Test
    void fieldIdsAreStataSafe() {
        for (var f : Schema.fields()) {
            assertTrue(f.id().length() <= 32 && f.id().matches("[a-z][a-z0-9_]*"), f.id());
        }
    }

    @Test
    void sharedFiguresBelongToBothTemplatesAndOthersToOne() {
        assertEquals("2019 2021", Schema.field("licensing_decisions").templateCodes());
        assertEquals("2021", Schema.field("reg_norm_issued").templateCodes());
        assertEquals("2019", Schema.field("fees_items_change").templateCodes());
        assertEquals("2021", Schema.field("app_other_other_total").templateCodes());
        assertEquals("2019 2021", Schema.field("app_other_total").templateCodes());
        assertEquals(ValueType.DECIMAL, Schema.field("fees_wan_yuan").type());
        assertEquals("万元", Schema.field("procurement_amount_wan_yuan").unit());
    }

    @Test
    void eachTemplatePrintsItsOwnTableTwoAndTheSameTablesThreeAndFour() {
        var t2021 = Schema.tables(Template.T2021);
        var t2019 = Schema.tables(Template.T2019);
        assertEquals("规章", t2021.get(0).rows().get(0).label());
        assertEquals("本年制发件数", t2021.get(0).rows().get(0).cells().get(0).column().label());
        assertEquals("本年新制作数量", t2019.get(0).rows().get(0).cells().get(0).column().label());
        assertEquals(t2021.get(1), t2019.get(1));
        assertEquals(t2021.get(2), t2019.get(2));
    }
}
