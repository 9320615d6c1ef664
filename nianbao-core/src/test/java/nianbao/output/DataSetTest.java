package nianbao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nianbao.Corpus;
import nianbao.cli.Main;
import nianbao.schema.ValueType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data set loads right in the tools researchers use, without being told anything but what it
 * ships: Parquet read back by DuckDB with every column's type, xlsx with ids as text, pandas with the
 * dtypes of datapackage.json, R with read_nianbao.R (when R is installed), Stata's labels.do read as
 * text (Stata is not here). The output is a few corpus reports of every format, a failed one among them.
 */
class DataSetTest {

    @TempDir
    static Path tmp;

    private static Path out;

    private static final List<String> INPUTS = List.of("text/seeds/001_359eaca1bd706430.txt",
            "text/template-2019/zigui-county-2020.txt", "pdf/real/huaian-city-2024.pdf",
            "word/generated/example-county-2024.docx", "html/hand-made/report-only-as-page-images.html",
            "text/damage/blank-and-dash-cells.txt");

    @BeforeAll
    static void extract() {
        out = tmp.resolve("out");
        var args = new ArrayList<>(List.of("extract"));
        INPUTS.forEach(i -> args.add(Corpus.path(i).toString()));
        args.addAll(List.of("--out", out.toString(), "--format", "csv,parquet,xlsx", "--isolation", "threads"));
        assertEquals(1, Main.execute(args.toArray(String[]::new)), "one input fails on purpose");
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        String text = Files.readString(out.resolve(name), StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void docIdsAreNeverNumbers() throws IOException {
        for (var r : csv("reports.csv")) {
            assertTrue(r.get("doc_id").matches("d[0-9a-f]{16}"), r.get("doc_id"));
        }
    }

    @Test
    void duckDbReadsEveryParquetColumnWithItsTypeAndTheValuesOfTheCsvFiles() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:duckdb:"); var s = db.createStatement()) {
            for (var table : List.of(Columns.REPORTS, Columns.VALUES, Columns.CHECKS)) {
                var types = new HashMap<String, String>();
                try (var r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('"
                        + out.resolve(table.name() + ".parquet") + "')")) {
                    while (r.next()) {
                        types.put(r.getString("column_name"), r.getString("column_type"));
                    }
                }
                assertEquals(table.columns().size(), types.size(), table.name());
                for (var c : table.columns()) {
                    String expected = switch (c.type()) {
                        case INTEGER -> "BIGINT";
                        case DECIMAL -> "DECIMAL(38,10)";
                        case DATE -> "DATE";
                        default -> "VARCHAR";
                    };
                    assertEquals(expected, types.get(c.name()), table.name() + "." + c.name());
                }
            }
            // A sample of values, as the CSV prints them.
            var csv = csv("reports.csv");
            try (var r = s.executeQuery("SELECT doc_id, year, published, fees_wan_yuan, region_code, app_new_total,"
                    + " procurement_amount_wan_yuan FROM read_parquet('" + out.resolve("reports.parquet") + "')")) {
                int row = 0;
                while (r.next()) {
                    var c = csv.get(row++);
                    assertEquals(c.get("doc_id"), r.getString(1));
                    assertEquals(c.get("year"), r.getObject(2) == null ? "" : r.getString(2));
                    assertEquals(c.get("published"), r.getObject(3) == null ? "" : r.getString(3));
                    assertEquals(c.get("fees_wan_yuan"), r.getBigDecimal(4) == null ? ""
                            : r.getBigDecimal(4).stripTrailingZeros().toPlainString());
                    assertEquals(c.get("region_code"), r.getString(5) == null ? "" : r.getString(5));
                    assertEquals(c.get("app_new_total"), r.getObject(6) == null ? "" : r.getString(6));
                    assertEquals(c.get("procurement_amount_wan_yuan"), r.getBigDecimal(7) == null ? ""
                            : r.getBigDecimal(7).stripTrailingZeros().toPlainString());
                }
                assertEquals(csv.size(), row);
            }
            try (var r = s.executeQuery("SELECT COUNT(*), COUNT(value), MIN(raw) FROM read_parquet('"
                    + out.resolve("values.parquet") + "')")) {
                r.next();
                assertEquals(csv("values.csv").size(), r.getInt(1));
            }
        }
    }

    @Test
    void excelGetsIdsAndCodesAsTextAndFiguresAsNumbers() throws IOException {
        try (var book = new XSSFWorkbook(Files.newInputStream(out.resolve("nianbao.xlsx")))) {
            for (var name : List.of("reports", "values", "checks", "codebook")) {
                assertTrue(book.getSheet(name) != null, name);
            }
            var reports = book.getSheet("reports");
            var header = reports.getRow(0);
            var columns = new HashMap<String, Integer>();
            for (var cell : header) {
                columns.put(cell.getStringCellValue(), cell.getColumnIndex());
            }
            var first = reports.getRow(1);
            assertEquals(CellType.STRING, first.getCell(columns.get("doc_id")).getCellType());
            assertEquals(CellType.STRING, first.getCell(columns.get("region_code")).getCellType());
            assertEquals(CellType.NUMERIC, first.getCell(columns.get("year")).getCellType());
            assertEquals(CellType.NUMERIC, first.getCell(columns.get("app_new_total")).getCellType());
            assertEquals("510422", first.getCell(columns.get("region_code")).getStringCellValue());
        }
    }

    @Test
    void labelsDoReadsStringsAsTextAndLabelsEveryVariable() throws IOException {
        String dofile = Files.readString(out.resolve("labels.do"), StandardCharsets.UTF_8);
        var imports = Pattern.compile("import delimited using \"(\\w+)\\.csv\".*stringcols\\(([\\d ]+)\\)").matcher(dofile);
        int tables = 0;
        while (imports.find()) {
            var table = imports.group(1).equals("reports") ? Columns.REPORTS
                    : imports.group(1).equals("values") ? Columns.VALUES : Columns.CHECKS;
            var header = Files.readAllLines(out.resolve(table.name() + ".csv")).get(0).replace("\uFEFF", "").split(",");
            var strings = new ArrayList<String>();
            for (int i = 0; i < header.length; i++) {
                var type = table.columns().get(table.index(header[i])).type();
                if (type == ValueType.TEXT || type == ValueType.DATE) {
                    strings.add(Integer.toString(i + 1));
                }
            }
            assertEquals(String.join(" ", strings), imports.group(2), table.name() + ": the text columns by number");
            for (var column : header) {
                assertTrue(dofile.contains("label variable " + column + " "), column);
            }
            tables++;
        }
        assertEquals(3, tables);
        for (var coded : List.of("status", "level", "template", "format")) {
            assertTrue(dofile.contains("label define " + coded + "_lbl 1 "), coded);
            assertTrue(dofile.contains("encode " + coded + ", generate(" + coded + "_code) label(" + coded + "_lbl)"));
        }
        assertTrue(dofile.contains("encoding(\"utf-8\")"));
    }

    /** The interpreter Debian's python3-pandas goes with, if it is installed. */
    private static boolean has(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(String... command) throws Exception {
        var p = new ProcessBuilder(command).redirectErrorStream(true).directory(out.toFile()).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        return said;
    }

    @Test
    void pandasWithTheDtypesOfTheDataPackageRoundTripsEveryColumn() throws Exception {
        Assumptions.assumeTrue(has("/usr/bin/python3", "-c", "import pandas"), "pandas is not installed");
        var script = tmp.resolve("roundtrip.py");
        Files.writeString(script, """
                import csv, json, sys
                import pandas as pd
                package = json.load(open("datapackage.json", encoding="utf-8"))
                dtypes = {"string": "string", "integer": "Int64", "number": "float64", "date": "string"}
                for resource in package["resources"]:
                    fields = resource["schema"]["fields"]
                    frame = pd.read_csv(resource["path"], encoding="utf-8-sig", keep_default_na=False,
                                        na_values={f["name"]: [""] for f in fields if f["type"] != "string"},
                                        dtype={f["name"]: dtypes[f["type"]] for f in fields})
                    with open(resource["path"], encoding="utf-8-sig", newline="") as f:
                        rows = list(csv.DictReader(f))
                    assert len(rows) == len(frame), resource["name"]
                    for field in fields:
                        name, kind = field["name"], field["type"]
                        for i, row in enumerate(rows):
                            value = frame[name].iloc[i]
                            text = "" if pd.isna(value) else (repr(float(value)).removesuffix(".0")
                                if kind == "number" else str(value))
                            assert text == row[name], (resource["name"], name, i, text, row[name])
                print("ok")
                """);
        assertEquals("ok", run("/usr/bin/python3", script.toString()).strip());
    }

    @Test
    void rReadsTheDataSetWithReadNianbao() throws Exception {
        Assumptions.assumeTrue(has("Rscript", "--version"), "R is not installed");
        String said = run("Rscript", "-e", "source('read_nianbao.R'); d <- read_nianbao('.');"
                + " cat(class(d$reports$doc_id), class(d$reports$year), class(d$reports$published),"
                + " class(d$reports$fees_wan_yuan), class(d$reports$region_code), class(d$values$raw),"
                + " class(d$values$value), nrow(d$reports), d$reports$region_code[1], names(d$reports)[1], '\\n')");
        var words = said.strip().split("\\s+");
        assertEquals(List.of("character", "integer", "Date", "numeric", "character", "character", "numeric"),
                List.of(words).subList(0, 7), said);
        assertEquals(Integer.toString(INPUTS.size()), words[7]);
        assertEquals("510422", words[8]);
        assertEquals("doc_id", words[9], "no byte-order mark in the first name");
    }

    @Test
    void theManifestListsEveryInputWithItsHashAndTheSummaryCountsDocuments() throws IOException {
        String manifest = Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8);
        for (var input : INPUTS) {
            var bytes = Files.readAllBytes(Corpus.path(input));
            assertTrue(manifest.contains("\"sha256\": \"" + nianbao.pipeline.Pipeline.sha256(bytes) + "\", \"size\": "
                    + bytes.length), input);
        }
        assertTrue(manifest.contains("\"extractor\": \"" + ExtractorVersion.current() + "\""));
        Map<String, String> summary = new HashMap<>();
        for (var r : csv("summary.csv")) {
            summary.put(r.get("what") + "/" + r.get("value"), r.get("count"));
        }
        assertEquals(Integer.toString(INPUTS.size()), summary.get("documents/"));
        assertEquals("1", summary.get("status/failed"));
        assertFalse(Files.list(out).anyMatch(p -> p.toString().endsWith(ResultStore.PARTIAL)), "nothing left partial");
    }
}
