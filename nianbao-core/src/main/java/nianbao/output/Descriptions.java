package nianbao.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.schema.ValueType;

/**
 * What tells tools how to read the data set, made from its typed columns ({@link Columns}): the
 * codebook, a Frictionless {@code datapackage.json} (types, units, descriptions, keys), Stata's
 * {@code labels.do} and R's {@code read_nianbao.R}. With them pandas, R and Stata read ids and codes
 * as text and every figure as a number, without being told anything else.
 */
final class Descriptions {

    /** The values a coded column takes, for Stata's value labels and the data package's enums. */
    static final Map<String, List<String>> CODES = new LinkedHashMap<>();

    static {
        CODES.put("status", List.of("ok", "partial", "failed"));
        CODES.put("level", List.of("national", "province", "city", "county", "township", "department"));
        CODES.put("template", List.of("2021", "2019", "legacy"));
        CODES.put("format", java.util.Arrays.stream(nianbao.source.Format.values()).map(nianbao.source.Format::code).toList());
    }

    private Descriptions() {
    }

    /** Writes the four files beside their names; returns the names. */
    static List<String> write(Path dir, boolean bom) throws IOException {
        CsvOutput.writeCodebook(dir.resolve("codebook.csv" + ResultStore.PARTIAL), bom);
        write(dir, "datapackage.json", dataPackage(bom));
        write(dir, "labels.do", stata());
        write(dir, "read_nianbao.R", r());
        return List.of("codebook.csv", "datapackage.json", "labels.do", "read_nianbao.R");
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name + ResultStore.PARTIAL), text, StandardCharsets.UTF_8);
    }

    // ---- Frictionless --------------------------------------------------------------------

    static String dataPackage(boolean bom) {
        var resources = new ArrayList<String>();
        resources.add(resource(Columns.REPORTS, bom, "\"doc_id\"", List.of()));
        resources.add(resource(Columns.VALUES, bom, "[\"doc_id\", \"field\"]", List.of(foreignKey("doc_id"))));
        resources.add(resource(Columns.CHECKS, bom, null, List.of(foreignKey("doc_id"))));
        var codebook = new StringBuilder();
        codebook.append("    {\n      \"name\": \"codebook\",\n      \"path\": \"codebook.csv\",\n")
                .append(common(bom)).append("      \"schema\": {\n        \"fields\": [\n");
        var fields = new ArrayList<String>();
        for (var h : CsvOutput.CODEBOOK_HEADER) {
            fields.add("          {\"name\": " + json(h) + ", \"type\": \"string\"}");
        }
        codebook.append(String.join(",\n", fields)).append("\n        ],\n        \"missingValues\": [\"\"],\n")
                .append("        \"primaryKey\": [\"file\", \"field\"]\n      }\n    }");
        resources.add(codebook.toString());
        return "{\n  \"profile\": \"tabular-data-package\",\n  \"name\": \"nianbao\",\n"
                + "  \"title\": \"政府信息公开工作年度报告: figures, findings and where they were printed\",\n"
                + "  \"description\": \"China's government information-disclosure annual reports read by nianbao. "
                + "An empty cell is a figure the report does not print or that could not be read: never 0.\",\n"
                + "  \"version\": " + json(ExtractorVersion.version()) + ",\n"
                + "  \"sources\": [{\"title\": " + json("nianbao " + ExtractorVersion.current()) + "}],\n"
                + "  \"resources\": [\n" + String.join(",\n", resources) + "\n  ]\n}\n";
    }

    private static String foreignKey(String column) {
        return "{\"fields\": " + json(column) + ", \"reference\": {\"resource\": \"reports\", \"fields\": "
                + json(column) + "}}";
    }

    private static String common(boolean bom) {
        return "      \"profile\": \"tabular-data-resource\",\n      \"format\": \"csv\",\n"
                + "      \"mediatype\": \"text/csv\",\n      \"encoding\": " + json(bom ? "utf-8-sig" : "utf-8") + ",\n"
                + "      \"dialect\": {\"delimiter\": \",\", \"lineTerminator\": \"\\n\", \"quoteChar\": \"\\\"\", "
                + "\"doubleQuote\": true, \"header\": true},\n";
    }

    private static String resource(Columns.Table table, boolean bom, String primaryKey, List<String> foreignKeys) {
        var out = new StringBuilder();
        out.append("    {\n      \"name\": ").append(json(table.name())).append(",\n      \"path\": ")
                .append(json(table.name() + ".csv")).append(",\n").append(common(bom))
                .append("      \"schema\": {\n        \"fields\": [\n");
        var fields = new ArrayList<String>();
        for (var c : table.columns()) {
            var f = new StringBuilder("          {\"name\": ").append(json(c.name())).append(", \"type\": ")
                    .append(json(frictionless(c.type()))).append(", \"title\": ").append(json(c.labelZh()))
                    .append(", \"description\": ").append(json(c.description()));
            if (!c.unit().isEmpty()) {
                f.append(", \"unit\": ").append(json(c.unit()));
            }
            if (table == Columns.REPORTS && CODES.containsKey(c.name())) {
                var values = new ArrayList<String>();
                CODES.get(c.name()).forEach(v -> values.add(json(v)));
                f.append(", \"constraints\": {\"enum\": [").append(String.join(", ", values)).append("]}");
            }
            fields.add(f.append("}").toString());
        }
        out.append(String.join(",\n", fields)).append("\n        ],\n        \"missingValues\": [\"\"]");
        if (primaryKey != null) {
            out.append(",\n        \"primaryKey\": ").append(primaryKey);
        }
        if (!foreignKeys.isEmpty()) {
            out.append(",\n        \"foreignKeys\": [").append(String.join(", ", foreignKeys)).append("]");
        }
        return out.append("\n      }\n    }").toString();
    }

    /** A type as Frictionless names it. */
    static String frictionless(ValueType type) {
        return switch (type) {
            case INTEGER -> "integer";
            case DECIMAL -> "number";
            case DATE -> "date";
            default -> "string";
        };
    }

    static String json(String s) {
        return Json.quote(s);
    }

    // ---- Stata -----------------------------------------------------------------------------

    /** Stata's string: double quotes inside are written with compound quotes. */
    private static String stataString(String s) {
        return s.contains("\"") ? "`\"" + s + "\"'" : "\"" + s + "\"";
    }

    static String stata() {
        var out = new StringBuilder();
        out.append("* nianbao ").append(ExtractorVersion.current()).append(": the data set in Stata.\n")
                .append("* Run from the folder of the CSV files: do labels.do\n")
                .append("* Ids and codes are read as text (stringcols), so that no leading zero is lost; an empty\n")
                .append("* figure is missing (.), never 0.\n\n");
        for (var table : List.of(Columns.REPORTS, Columns.VALUES, Columns.CHECKS)) {
            var strings = new ArrayList<String>();
            for (int i = 0; i < table.columns().size(); i++) {
                var type = table.columns().get(i).type();
                if (type == ValueType.TEXT || type == ValueType.DATE) {
                    strings.add(Integer.toString(i + 1));
                }
            }
            out.append("import delimited using \"").append(table.name()).append(".csv\", encoding(\"utf-8\") ")
                    .append("varnames(1) case(preserve) bindquote(strict) stringcols(")
                    .append(String.join(" ", strings)).append(") clear\n");
            for (var c : table.columns()) {
                out.append("label variable ").append(c.name()).append(' ').append(stataString(c.labelZh())).append('\n');
                if (c.type() == ValueType.DATE) {
                    out.append("generate ").append(c.name()).append("_date = date(").append(c.name())
                            .append(", \"YMD\")\nformat ").append(c.name()).append("_date %td\n");
                }
            }
            if (table == Columns.REPORTS) {
                for (var e : CODES.entrySet()) {
                    out.append("label define ").append(e.getKey()).append("_lbl");
                    int code = 1;
                    for (var v : e.getValue()) {
                        out.append(' ').append(code++).append(' ').append(stataString(v));
                    }
                    out.append("\nencode ").append(e.getKey()).append(", generate(").append(e.getKey())
                            .append("_code) label(").append(e.getKey()).append("_lbl)\n");
                }
            }
            out.append("save \"").append(table.name()).append(".dta\", replace\n\n");
        }
        return out.toString();
    }

    // ---- R ---------------------------------------------------------------------------------

    static String r() {
        var out = new StringBuilder();
        out.append("# nianbao ").append(ExtractorVersion.current()).append(": the data set in R.\n")
                .append("#   source(\"read_nianbao.R\"); d <- read_nianbao(\"path/to/folder\")\n")
                .append("# gives d$reports, d$values, d$checks and d$codebook, ids and codes as text, figures as\n")
                .append("# numbers, dates as dates; an empty figure is NA, never 0. Base R only.\n\n")
                .append("read_nianbao <- function(dir = \".\") {\n  classes <- list(\n");
        var tables = new ArrayList<String>();
        for (var table : List.of(Columns.REPORTS, Columns.VALUES, Columns.CHECKS)) {
            var cols = new ArrayList<String>();
            for (var c : table.columns()) {
                cols.add("      " + c.name() + " = \"" + rClass(c.type()) + "\"");
            }
            tables.add("    " + table.name() + " = c(\n" + String.join(",\n", cols) + "\n    )");
        }
        out.append(String.join(",\n", tables)).append("\n  )\n")
                .append("  read <- function(name, colClasses = NA) {\n")
                .append("    utils::read.csv(file.path(dir, paste0(name, \".csv\")), colClasses = colClasses,\n")
                .append("                    na.strings = \"\", fileEncoding = \"UTF-8-BOM\", encoding = \"UTF-8\",\n")
                .append("                    check.names = FALSE, stringsAsFactors = FALSE)\n  }\n")
                .append("  out <- lapply(names(classes), function(name) read(name, classes[[name]]))\n")
                .append("  names(out) <- names(classes)\n")
                .append("  out$reports$published <- as.Date(out$reports$published)\n")
                .append("  out$codebook <- read(\"codebook\", \"character\")\n")
                .append("  out\n}\n");
        return out.toString();
    }

    private static String rClass(ValueType type) {
        return switch (type) {
            case INTEGER -> "integer";
            case DECIMAL -> "numeric";
            default -> "character";
        };
    }
}
