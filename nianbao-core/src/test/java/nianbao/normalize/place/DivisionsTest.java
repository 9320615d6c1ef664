package nianbao.normalize.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The trie the build saves is the trie the names build: loading it changes no place found. */
class DivisionsTest {

    @Test
    void theSavedTrieFindsWhatTheBuiltOneFinds() {
        var loaded = new Divisions(true);
        var built = new Divisions(false);
        assertTrue(loaded.trieLoaded, "the build saved names.trie (exec-maven-plugin, process-classes)");
        assertTrue(!built.trieLoaded);
        // Every name in one text, and real titles and signatures.
        var text = new StringBuilder("江苏省淮安市洪泽区人民政府2023年政府信息公开工作年度报告 四川省攀枝花市米易县得石镇人民政府 "
                + "盱眙县马坝镇 福州市鼓楼区 平潭综合实验区 息县 易县 米易县行政审批局");
        for (var name : built.names.keySet()) {
            text.append(name).append('，');
        }
        var a = new ArrayList<String>();
        var b = new ArrayList<String>();
        loaded.find(text.toString()).forEach(h -> a.add(h.begin() + ":" + h.name() + ":" + h.divisions()));
        built.find(text.toString()).forEach(h -> b.add(h.begin() + ":" + h.name() + ":" + h.divisions()));
        assertTrue(b.size() > 30_000, b.size() + " hits (names inside longer ones are not hits)");
        assertEquals(b, a);
    }
}
