package nianbao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.report.Figure;
import nianbao.report.Metadata;
import nianbao.report.Place;
import nianbao.report.Report;
import nianbao.report.Status;
import nianbao.schema.Schema;
import nianbao.schema.Template;
import nianbao.source.Location;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static Report report(Map<String, Integer> values, List<String> expected) {
        var figures = new ArrayList<Figure>();
        values.forEach((id, v) -> figures.add(new Figure(Schema.field(id), BigDecimal.valueOf(v), v.toString(),
                Location.text(1, 1, 1))));
        return new Report(new Metadata(Template.T2021, 2024, "某县", null, Place.NONE), figures, List.of(), expected);
    }

    @Test
    void eachBrokenAppealTotalIsOneFindingWithItsFields() {
        var r = report(Map.of("review_upheld", 10, "review_corrected", 1, "review_other", 0, "review_pending", 0,
                "review_total", 0), List.of());
        var findings = Validator.check(r);
        assertEquals(1, findings.size());
        var f = findings.get(0);
        assertEquals("identity_appeal_total", f.check());
        assertEquals(List.of("review_total", "review_upheld", "review_corrected", "review_other", "review_pending"),
                f.fields());
        assertTrue(f.message().contains("= 0") && f.message().contains("= 11"), f.message());
    }

    @Test
    void anIdentityWithAMissingFigureIsNotChecked() {
        var r = report(Map.of("review_upheld", 10, "review_corrected", 1, "review_other", 0, "review_total", 0),
                List.of());
        assertEquals(List.of(), Validator.check(r));
    }

    @Test
    void aRowTotalThatIsNotTheSumOfItsColumnsIsReported() {
        var r = report(Map.of("app_new_person", 3, "app_new_business", 1, "app_new_research", 0, "app_new_ngo", 0,
                "app_new_legal", 0, "app_new_other", 0, "app_new_total", 5), List.of());
        var findings = Validator.check(r);
        assertEquals(1, findings.size());
        assertEquals("identity_applicant_total", findings.get(0).check());
    }

    @Test
    void statusIsOkOnlyWhenEveryExpectedFigureIsANumber() {
        assertEquals(Status.OK, Validator.status(report(Map.of("review_total", 0), List.of("review_total"))));
        assertEquals(Status.PARTIAL, Validator.status(report(Map.of("review_total", 0),
                List.of("review_total", "review_upheld"))));
        var nothing = new Report(new Metadata(null, null, "", null, Place.NONE), List.of(), List.of(), List.of());
        assertEquals(Status.FAILED, Validator.status(nothing));
    }
}
