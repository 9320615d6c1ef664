package nianbao.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a run did, kept with its data: {@code manifest.json} (nianbao's version, the command line, when
 * it started and ended, its options, and every input with its path, full SHA-256, size, format, pages
 * and status) and {@code summary.csv} (documents by status and by format, findings by check).
 *
 * @param command the command line as given
 * @param started when the run began
 * @param options the options in effect, by name
 */
public record RunRecord(List<String> command, Instant started, Map<String, String> options) {

    public RunRecord {
        command = List.copyOf(command);
        options = Map.copyOf(options);
    }

    /** Writes both files beside their names; returns the names. */
    List<String> write(ResultStore store, Path dir, boolean bom) throws IOException {
        var inputs = new ArrayList<String>();
        store.inputs(i -> inputs.add("    {\"seq\": " + i.seq() + ", \"path\": " + Descriptions.json(i.source())
                + ", \"sha256\": " + Descriptions.json(i.sha256()) + ", \"size\": " + i.size()
                + ", \"doc_id\": " + Descriptions.json(i.docId()) + ", \"format\": " + Descriptions.json(i.format())
                + ", \"pages\": " + i.pages() + ", \"status\": " + Descriptions.json(i.status()) + "}"));
        var opts = new ArrayList<String>();
        new java.util.TreeMap<>(options).forEach((k, v) -> opts.add(Descriptions.json(k) + ": " + Descriptions.json(v)));
        var args = command.stream().map(Descriptions::json).toList();
        String manifest = "{\n  \"nianbao\": " + Descriptions.json(ExtractorVersion.version()) + ",\n"
                + "  \"extractor\": " + Descriptions.json(ExtractorVersion.current()) + ",\n"
                + "  \"java\": " + Descriptions.json(System.getProperty("java.version")) + ",\n"
                + "  \"command\": [" + String.join(", ", args) + "],\n"
                + "  \"started\": " + Descriptions.json(started.toString()) + ",\n"
                + "  \"ended\": " + Descriptions.json(Instant.now().toString()) + ",\n"
                + "  \"options\": {" + String.join(", ", opts) + "},\n"
                + "  \"inputs\": [\n" + String.join(",\n", inputs) + "\n  ]\n}\n";
        Files.writeString(dir.resolve("manifest.json" + ResultStore.PARTIAL), manifest, StandardCharsets.UTF_8);
        try (var out = CsvOutput.writer(dir.resolve("summary.csv" + ResultStore.PARTIAL), bom)) {
            out.write("what,value,count\n");
            long[] size = store.size();
            out.write("inputs,," + size[0] + "\ndocuments,," + size[1] + "\n");
            for (var kind : store.counts().entrySet()) {
                for (var e : kind.getValue().entrySet()) {
                    out.write(CsvOutput.FORMAT.format(kind.getKey(), e.getKey(), e.getValue()) + "\n");
                }
            }
        }
        return List.of("manifest.json", "summary.csv");
    }
}
