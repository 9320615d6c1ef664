package nianbao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nianbao.Corpus;
import com.hankcs.hanlp.HanLP;
import nianbao.report.Figure;
import nianbao.report.Outcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A report gives the same figures, findings and metadata whatever it is rendered as: each real PDF
 * and its {@code pdftotext -layout} rendering; each PDF, web page and Word file derived from a text
 * report and that report (named in its file name, SOURCE.VARIANT.EXT), even when the file is named
 * for another format.
 */
class SameReportAcrossFormatsTest {

    @TestFactory
    Stream<DynamicTest> aRealPdfAndItsTextRenderingGiveTheSameReport() throws IOException {
        try (var files = Files.list(Corpus.path("pdf/real"))) {
            var pdfs = files.sorted().toList();
            assertFalse(pdfs.isEmpty());
            return pdfs.stream().map(pdf -> {
                String name = pdf.getFileName().toString().replace(".pdf", "");
                return DynamicTest.dynamicTest(name, () -> assertSameReport(
                        Corpus.extract("text/pdftotext/" + name + ".txt"), Corpus.extract("pdf/real/" + name + ".pdf"),
                        true));
            });
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDerivedDocumentGivesTheFiguresOfItsSource() throws IOException {
        var derived = new java.util.ArrayList<java.nio.file.Path>();
        for (var folder : new String[] {"pdf/generated", "html/generated", "word/generated", "mislabelled",
                "text/derived"}) {
            try (var files = Files.list(Corpus.path(folder))) {
                var found = files.sorted().toList();
                assertFalse(found.isEmpty(), folder);
                derived.addAll(found);
            }
        }
        return derived.stream().map(doc -> {
            String relative = Corpus.path("").relativize(doc).toString();
            String source = Corpus.sourceOf(relative);
            return DynamicTest.dynamicTest(relative, () -> assertSameReport(Corpus.extract(source),
                    Corpus.extract(relative), false));
        });
    }

    /**
     * Every corpus report rendered as crawls, stores and converters leave it (corpus/text/rendered/,
     * made by scripts/make-renderings.sh; the real PDFs read in reading order, corpus/text/pdftotext-raw/)
     * gives its source's figures and metadata; where a rendering
     * loses what decides a figure (a fused cell that splits several ways), the figure is empty and a
     * finding names it, and no figure differs.
     */
    @TestFactory
    Stream<DynamicTest> everyRenderingGivesItsSourcesFiguresOrLeavesThemEmptyAndSaysSo() throws IOException {
        var rendered = new java.util.ArrayList<java.nio.file.Path>();
        for (var folder : new String[] {"text/rendered", "text/pdftotext-raw"}) {
            try (var files = Files.list(Corpus.path(folder))) {
                var found = files.sorted().toList();
                assertFalse(found.isEmpty(), folder);
                rendered.addAll(found);
            }
        }
        {
            return rendered.stream().map(doc -> {
                String relative = Corpus.path("").relativize(doc).toString();
                String source = Corpus.sourceOf(relative);
                return DynamicTest.dynamicTest(relative, () -> assertSameOrFlagged(Corpus.extract(source),
                        Corpus.extract(relative)));
            });
        }
    }

    /**
     * Every scan (corpus/scans/, made by scripts/make-scans.sh) gives its source's figures, or leaves a
     * figure empty with a finding naming it (or its table, for a photo of one page); no figure and no
     * metadata differs, though a page without the title leaves the metadata empty.
     */
    @TestFactory
    Stream<DynamicTest> everyScanGivesItsSourcesFiguresOrLeavesThemEmptyAndSaysSo() throws IOException {
        var scans = Corpus.documents(Corpus.path("scans"));
        assertFalse(scans.isEmpty());
        return scans.stream().map(doc -> {
            String relative = Corpus.path("").relativize(doc).toString();
            return DynamicTest.dynamicTest(relative, () -> assertScanReads(Corpus.extract(Corpus.sourceOf(relative)),
                    Corpus.extract(relative)));
        });
    }

    private static void assertScanReads(Outcome source, Outcome scan) {
        var flagged = scan.findings().stream().flatMap(f -> f.fields().stream()).collect(Collectors.toSet());
        var missingTables = scan.findings().stream().filter(f -> f.check().equals("table_missing"))
                .map(f -> f.message().substring("table ".length(), f.message().indexOf(' ', "table ".length())))
                .collect(Collectors.toSet());
        var read = new TreeMap<String, String>();
        scan.report().figures().stream().filter(f -> f.value() != null).forEach(f -> read.put(f.field().id(), f.formatted()));
        for (Figure f : source.report().figures()) {
            String id = f.field().id();
            if (f.value() == null) {
                continue;
            }
            if (read.containsKey(id)) {
                assertEquals(f.formatted(), read.get(id), id);
            } else {
                boolean otherHandling = id.startsWith("app_other_") && flagged.stream().anyMatch(x -> x.startsWith("app_other_"));
                assertTrue(flagged.contains(id) || otherHandling || missingTables.contains(f.field().table()),
                        id + " is empty and no finding names it");
            }
        }
        var printed = source.report().figures().stream().map(f -> f.field().id()).collect(Collectors.toSet());
        for (var id : read.keySet()) {
            assertTrue(printed.contains(id), id + " read, but the source has no such figure");
        }
        var e = source.report().metadata();
        var a = scan.report().metadata();
        for (var pair : List.of(List.of(String.valueOf(e.template()), String.valueOf(a.template())),
                List.of(String.valueOf(e.year()), String.valueOf(a.year())), List.of(e.agency(), a.agency()),
                List.of(String.valueOf(e.published()), String.valueOf(a.published())),
                List.of(e.place().regionCode(), a.place().regionCode()))) {
            assertTrue(pair.get(1).isEmpty() || pair.get(1).equals("null") || pair.get(1).equals(pair.get(0)),
                    "metadata " + pair.get(1) + " where the source has " + pair.get(0));
        }
    }

    private static void assertSameOrFlagged(Outcome expected, Outcome actual) {
        var e = values(expected);
        var a = values(actual);
        var flagged = actual.findings().stream().flatMap(f -> f.fields().stream()).collect(Collectors.toSet());
        for (var field : e.keySet()) {
            if (a.containsKey(field)) {
                assertEquals(e.get(field), a.get(field), field);
            } else {
                // （六）其他处理 as one row or as its three sub-rows: a finding on either form names it.
                boolean otherHandling = field.startsWith("app_other_")
                        && flagged.stream().anyMatch(f -> f.startsWith("app_other_"));
                assertTrue(flagged.contains(field) || otherHandling, field + " is empty and no finding names it");
            }
        }
        for (var field : a.keySet()) {
            assertTrue(e.containsKey(field), field + " read, but the source has no such figure");
        }
        var em = expected.report().metadata();
        var am = actual.report().metadata();
        assertEquals(em.template(), am.template());
        assertEquals(em.year(), am.year());
        assertEquals(em.agency(), am.agency());
        assertEquals(em.published(), am.published());
    }

    private static void assertSameReport(Outcome expected, Outcome actual, boolean samePublication) {
        assertEquals(values(expected), values(actual));
        assertEquals(findings(expected), findings(actual));
        assertEquals(expected.status(), actual.status());
        var e = expected.report().metadata();
        var a = actual.report().metadata();
        assertEquals(e.template(), a.template());
        assertEquals(e.year(), a.year());
        // A copy in traditional characters names the agency in them (鹽邊縣).
        assertEquals(HanLP.convertToSimplifiedChinese(e.agency()), HanLP.convertToSimplifiedChinese(a.agency()));
        if (samePublication) {
            assertEquals(e.published(), a.published());
        }
    }

    private static Map<String, String> values(Outcome o) {
        var out = new TreeMap<String, String>();
        for (Figure f : o.report().figures()) {
            out.put(f.field().id(), f.formatted() + " (" + f.raw() + ")");
        }
        var p = o.report().metadata().place();
        out.put("place", String.join("|", p.province(), p.city(), p.county(), p.regionCode(), p.township(),
                p.townshipCode(), p.level()));
        return out;
    }

    /**
     * The warnings and errors: what a user must know about the figures. Notes on how a figure was
     * read (reading_by_identity, unit_converted) depend on what the rendering kept of the layout.
     */
    private static String findings(Outcome o) {
        return o.findings().stream().filter(f -> f.severity() != nianbao.report.Severity.INFO)
                .map(f -> f.check() + " " + f.fields()).sorted().collect(Collectors.joining("\n"));
    }
}
