package nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nianbao.audit.AuditRun;
import nianbao.output.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code audit DATA... --out DIR}: agencies and years compared, with the evidence. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Compare agencies and years in extract or crawl data folders: panel.csv (a row per agency and "
                + "year: harmonised figures, rates, deadline), findings.csv (late, missing, wrong template, broken "
                + "identities, outliers among peers, copied text) and report.html (one page that opens offline).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "3:a data folder cannot be read or the output written"})
final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "folders written by `extract --out` or `crawl --data`")
    private List<Path> data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the audit")
    private Path out;

    @Option(names = "--jurisdiction", defaultValue = "", paramLabel = "CODE",
            description = "a six-digit division code: show that region and its subordinate agencies (320800: 淮安市)")
    private String jurisdiction;

    @Option(names = "--year", paramLabel = "YEAR", description = "show one year reported on")
    private Integer year;

    @Option(names = "--deadlines", paramLabel = "FILE",
            description = "level,MM-DD lines overriding the statutory deadlines (e.g. township,03-31)")
    private Path deadlines;

    @Override
    public Integer call() {
        try {
            var summary = AuditRun.run(data, out, jurisdiction, year, deadlines);
            System.err.printf("nianbao audit: %d agency-years, %d findings; written to %s (panel.csv, findings.csv, "
                    + "codebook.csv, report.html)%n", summary.agencyYears(), summary.findings(), out);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("nianbao: " + e.getMessage());
            return 2;
        } catch (OutputException e) {
            System.err.println("nianbao: " + e.getMessage());
            return 3;
        } catch (IOException e) {
            System.err.println("nianbao: cannot write the audit to " + out + ": " + e.getMessage());
            return 3;
        }
    }
}
