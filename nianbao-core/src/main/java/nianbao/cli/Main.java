package nianbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar nianbao.jar extract|crawl|bench ...} */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Government information-disclosure annual reports (政府信息公开工作年度报告) as research data.",
        subcommands = {ExtractCommand.class, CrawlCommand.class, AuditCommand.class, BenchCommand.class, LinesCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int relaunched = Utf8Relaunch.ifNeeded();
        System.exit(relaunched >= 0 ? relaunched : execute(args));
    }

    /** Runs a command line and returns its exit code: 0 all ok, 1 some documents failed, 2 usage error. */
    public static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** The version the build stamped, and the extractor it records in a data folder. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"nianbao " + nianbao.output.ExtractorVersion.version() + " (extractor "
                    + nianbao.output.ExtractorVersion.current() + ")"};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: extract");
    }
}
