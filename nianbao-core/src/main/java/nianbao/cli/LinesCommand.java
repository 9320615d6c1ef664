package nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nianbao.normalize.ReportReader;
import nianbao.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lines FILE}: the lines and cells nianbao reads in a document, to see why a figure was read. */
@Command(name = "lines", mixinStandardHelpOptions = true,
        description = "Print the lines and cells read from a document (page, line, then the cells separated by "
                + "' | ', empty cells as ''), as label matching sees them: cells printed one per line gathered "
                + "into rows, flattened tables cut into rows (their fused cells marked 'fused').",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the lines were printed", "1:the document cannot be read (the reason is printed)",
                "2:usage error", "3:the file cannot be read (missing, a folder, too large)"})
final class LinesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a report")
    private Path file;

    @Override
    public Integer call() {
        var read = Pipeline.readFile(file, Pipeline.MAX_BYTES);
        if (read.bytes() == null) {
            System.err.println("nianbao: cannot read " + file + ": " + read.reason());
            return 3;
        }
        ReportReader.Rows rows;
        try {
            rows = new ReportReader().rows(new Pipeline().read(read.bytes()));
        } catch (nianbao.source.UnreadableDocumentException e) {
            System.err.println("nianbao: " + file + " cannot be read: " + e.getMessage());
            return 1;
        }
        var out = System.out;
        for (int i = 0; i < rows.lines().size(); i++) {
            var line = rows.lines().get(i);
            if (line.segments().isEmpty()) {
                continue;
            }
            out.println(line.page() + ":" + line.number() + "\t" + line.segments().stream()
                    .map(s -> s.text().isEmpty() ? "''" : s.text()).collect(Collectors.joining(" | "))
                    + (rows.fused().get(i) ? "\t(fused)" : ""));
        }
        return 0;
    }
}
