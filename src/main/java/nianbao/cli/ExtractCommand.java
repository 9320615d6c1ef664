package nianbao.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nianbao.output.CsvOutput;
import nianbao.pipeline.Inputs;
import nianbao.pipeline.Pipeline;
import nianbao.report.Status;
import nianbao.validate.CrossYearCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract INPUT... --out DIR}: reports to CSV. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract reports (files or folders, walked recursively) into reports.csv, values.csv, "
                + "checks.csv and codebook.csv.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document ok or partial", "1:some documents failed (see checks.csv)",
                "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "report files or folders")
    private List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    private Path out;

    @Option(names = "--no-bom", description = "write UTF-8 without a byte-order mark (Excel then misreads Chinese)")
    private boolean noBom;

    @Override
    public Integer call() throws Exception {
        var pipeline = new Pipeline();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        var documents = Inputs.expand(inputs);
        var crossYear = new CrossYearCheck();
        try (var output = CsvOutput.create(out, !noBom)) {
            for (var input : documents) {
                var outcome = pipeline.process(input.path(), input.source());
                output.write(outcome);
                crossYear.add(outcome);
                counts.merge(outcome.status(), 1, Integer::sum);
            }
            for (var f : crossYear.findings()) {
                output.writeChecks(f.docId(), f.source(), List.of(f.finding()));
            }
        }
        System.err.printf("%d documents: %d ok, %d partial, %d failed; written to %s%n", documents.size(),
                counts.getOrDefault(Status.OK, 0), counts.getOrDefault(Status.PARTIAL, 0),
                counts.getOrDefault(Status.FAILED, 0), out);
        return counts.getOrDefault(Status.FAILED, 0) > 0 ? 1 : 0;
    }
}
