package org.tadworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tadworkbench.archimate.ArchimateExporter;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.workspace.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tad model WORKSPACE archimate-export --out FILE}: the model as an ArchiMate exchange file. */
@Command(name = "archimate-export", mixinStandardHelpOptions = true,
        description = "Write the model as an ArchiMate 3.1 Model Exchange File (Open Group format, readable by Archi "
                + "and other tools): elements, relationships and one diagram per view. Our types, applicability and "
                + "codes travel as properties; variations are not exported.")
final class ArchimateExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @ParentCommand
    ModelCommand model;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The exchange file to write (.xml).")
    Path out;

    @Override
    public Integer call() throws IOException {
        ReadResult read = model.read(spec);
        if (read == null) {
            return 1;
        }
        DocumentManifest manifest = read.workspace().manifest();
        ArchitectureModel architecture = read.workspace().model();
        String xml = new ArchimateExporter().export(architecture, manifest.id(), manifest.title());
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(out, xml, StandardCharsets.UTF_8);
        spec.commandLine().getOut().printf("wrote %d elements, %d relationships, %d views to %s%n",
                architecture.elements().size(), architecture.relationships().size(), architecture.views().size(), out);
        return 0;
    }
}
