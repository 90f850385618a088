package org.tadworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tadworkbench.store.ImportResult;
import org.tadworkbench.store.WorkspaceImporter;
import org.tadworkbench.store.WorkspaceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tad import WORKSPACE}: lints a workspace folder and stores it in the database, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Store a workspace folder in the database, replacing the stored copy of the same id.%n"
                + "A workspace with lint errors is refused and the database is left as it was.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportResult result = new WorkspaceImporter(new WorkspaceStore(database.open())).importFrom(workspace);
        if (!result.imported()) {
            LintCommand.print(out, workspace, result.report());
            spec.commandLine().getErr().println("tad: import refused: " + workspace + " has "
                    + result.report().errors() + " error(s); the database is unchanged");
            return 1;
        }
        out.println("imported " + result.workspaceId() + " from " + workspace + " into " + database.url() + ": "
                + result.stored().get("section") + " sections, " + result.stored().get("impact_row") + " impact rows"
                + picturesStored(result.stored().getOrDefault("picture", 0)));
        return 0;
    }

    /** ", 3 pictures" when the workspace holds any; nothing otherwise. */
    private static String picturesStored(int pictures) {
        return pictures == 0 ? "" : ", " + pictures + (pictures == 1 ? " picture" : " pictures");
    }
}
