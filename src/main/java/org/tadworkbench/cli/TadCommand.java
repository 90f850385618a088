package org.tadworkbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tad}: the workbench's command line. Without a verb it prints usage and exits 2. */
@Command(name = "tad", mixinStandardHelpOptions = true, versionProvider = TadCommand.Version.class,
        description = "TAD Workbench: the SEC Technical Architecture Document as structured, versioned content.",
        subcommands = {ServeCommand.class, LintCommand.class, ImportCommand.class, ExportCommand.class,
                FormatCommand.class, BuildCommand.class, GenerateCommand.class, ModelCommand.class, ImpactCommand.class, DiffCommand.class, WorkdaysCommand.class, PlanCommand.class, BenchCommand.class, UsersCommand.class, VersionCommand.class, VersionsCommand.class, SpecCommand.class, DocxCommand.class, ReviewCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:fine", "1:findings or failure", "2:usage error"})
final class TadCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a verb is required");
    }

    /** The version of the build, from the filtered tad-version.properties. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"TAD Workbench " + current()};
        }

        static String current() {
            Properties properties = new Properties();
            try (InputStream in = TadCommand.class.getResourceAsStream("/tad-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
