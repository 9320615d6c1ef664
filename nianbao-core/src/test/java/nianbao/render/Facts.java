package nianbao.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a report says, independent of how it is rendered: who, when, and every figure as printed
 * ({@code 8597.09}, {@code -6}, {@code —}); a field absent from {@code printed} is a blank cell.
 * Renderings are made from these facts, and what a reader makes of a rendering is judged against them.
 *
 * @param template {@code 2021} or {@code 2019} ({@code legacy} or empty for a corpus document without the tables)
 * @param year     the year reported on, null when unknown
 * @param printed  each field's cell as printed, by field id
 */
public record Facts(String template, String agency, Integer year, LocalDate published, Map<String, String> printed) {

    public Facts {
        printed = Map.copyOf(printed);
    }

    /** Printed forms that stand for no figure: a dash, a slash, 无. */
    private static final java.util.Set<String> NOTHING = java.util.Set.of("—", "-", "－", "–", "/", "／", "无", "");

    /**
     * The figure a field's cell stands for, in the schema's unit: null for a blank or a mark printed
     * for nothing; money printed in 元 converted to 万元.
     */
    public java.math.BigDecimal expected(String field) {
        String p = printed.getOrDefault(field, "").strip().replace(",", "");
        if (NOTHING.contains(p)) {
            return null;
        }
        if (p.endsWith("万元")) {
            return new java.math.BigDecimal(p.substring(0, p.length() - 2));
        }
        if (p.endsWith("元")) {
            return new java.math.BigDecimal(p.substring(0, p.length() - 1)).movePointLeft(4);
        }
        return new java.math.BigDecimal(p);
    }

    /** The title as the template words it. */
    public String title() {
        return agency + year + "年政府信息公开工作年度报告";
    }

    /**
     * The facts of a corpus report, from its hand-checked golden file: its metadata, and every figure's
     * printed form ({@code raw}).
     */
    public static Facts ofGolden(Path golden) throws IOException {
        var meta = new LinkedHashMap<String, String>();
        var printed = new LinkedHashMap<String, String>();
        String part = "meta";
        for (var line : Files.readAllLines(golden, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("field\t")) {
                part = "values";
            } else if (line.startsWith("check\t")) {
                part = "checks";
            } else if (!line.isEmpty() && part.equals("meta")) {
                int tab = line.indexOf('\t');
                meta.put(line.substring(0, tab), line.substring(tab + 1));
            } else if (!line.isEmpty() && part.equals("values")) {
                var cells = line.split("\t", -1);
                printed.put(cells[0], cells[2]);
            }
        }
        String published = meta.getOrDefault("published", "");
        String year = meta.getOrDefault("year", "");
        return new Facts(meta.get("template"), meta.get("agency"), year.isEmpty() ? null : Integer.valueOf(year),
                published.isEmpty() ? null : LocalDate.parse(published), printed);
    }
}
