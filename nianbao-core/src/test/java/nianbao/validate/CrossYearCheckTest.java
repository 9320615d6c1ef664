package nianbao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.Corpus;
import nianbao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossYearCheckTest {

    @TempDir
    Path tmp;

    @Test
    void whatLastYearCarriedOverIsWhatThisYearCarriedIn() throws Exception {
        // 示例县 2024 carries in 5 1 0 0 0 0 6; its 2023 report, made from it, carries over 5 1 0 0 2 0 8.
        String y2024 = Files.readString(Corpus.path("text/damage/label-variants.txt"));
        String y2023 = y2024.replace("示例县2024年政府信息公开工作年度报告", "示例县2023年政府信息公开工作年度报告")
                .replace("四、结转下年度继续办理\t\t1\t1\t0\t0\t1\t0\t3\t", "四、结转下年度继续办理\t\t5\t1\t0\t0\t2\t0\t8\t");
        var in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-2023.txt"), y2023);
        Files.writeString(in.resolve("b-2024.txt"), y2024);
        var out = tmp.resolve("out");
        assertEquals(0, Main.execute("extract", in.toString(), "--out", out.toString()));
        var cross = Files.readAllLines(out.resolve("checks.csv")).stream()
                .filter(l -> l.contains(CrossYearCheck.CHECK)).toList();
        assertEquals(2, cross.size(), cross.toString());
        assertTrue(cross.get(0).contains("b-2024.txt") && cross.get(0).contains("column legal: carried in 0 this year, "
                + "but the report on 2023"), cross.get(0));
        assertTrue(cross.get(1).contains("column total: carried in 6"), cross.get(1));
    }

    @Test
    void hongzeDistrictIsTheSameAgencyUnderBothOfItsNames() throws Exception {
        // 洪泽区人民政府 (2023) and 淮安市洪泽区人民政府 (2024): carried over 0s, carried in 0s.
        var a = Corpus.extract("text/pdftotext/hongze-district-2023.txt");
        var b = Corpus.extract("text/pdftotext/hongze-district-2024.txt");
        assertEquals(CrossYearCheck.agencyKey(a), CrossYearCheck.agencyKey(b));
        var check = new CrossYearCheck();
        check.add(CrossYearCheck.Entry.of(a));
        check.add(CrossYearCheck.Entry.of(b));
        assertEquals(0, check.findings().size());
    }
}
