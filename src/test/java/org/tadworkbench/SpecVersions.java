package org.tadworkbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.spec.SpecStatus;
import org.tadworkbench.spec.SpecVersion;
import org.tadworkbench.spec.Specification;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;
import org.tadworkbench.workspace.WorkspaceWriter;

/**
 * Ingested versions of a DUIS-like document, written here (not read from any real document): the reference workspace
 * traces its sections to DUIS 3.0d3 §1.4 and §1.4.2, so a newer version that rewords 1.4.2 makes those traces suspect.
 */
public final class SpecVersions {

    private SpecVersions() {
    }

    public static SpecClause clause(String number, String title, String text) {
        return new SpecClause(number, title, number.split("\\.").length, text, "line " + number.length());
    }

    /** The version the reference workspace cites (3.0d3): 1 with 1.1 to 1.4.3, and 2 with 2.1. */
    public static ClauseTree baseline() {
        return new ClauseTree("DUIS", "3.0d3", "duis-3.0d3.md (md)", List.of(
                clause("1", "Opening", ""),
                clause("1.1", "Why this exists", "A made-up stand-in for tests."),
                clause("1.3", "Terms", "Capitalised words mean what the code says."),
                clause("1.4", "SMETS1 differences", ""),
                clause("1.4.1", "Common ground", "Requests apply alike unless this clause says otherwise."),
                clause("1.4.2", "Requests withheld", "Variant 8.13 and variants 6.14.1 and 6.14.2 are not offered for SMETS1."),
                clause("1.4.3", "Alerts", "Alerts are translated before they reach users."),
                clause("2", "Requests", ""),
                clause("2.1", "Request layout", "Each request has a header.")));
    }

    /** A later version (3.1) that rewords 1.4.2 and adds 1.4.4; everything else the same. */
    public static ClauseTree revision() {
        List<SpecClause> clauses = new ArrayList<>();
        for (SpecClause c : baseline().clauses()) {
            clauses.add(c.number().equals("1.4.2")
                    ? clause("1.4.2", "Requests withheld", "Variant 8.13 is not offered for SMETS1; variants 6.14.1 and 6.14.2 now are.")
                    : c);
            if (c.number().equals("1.4.3")) {
                clauses.add(clause("1.4.4", "Firmware", "Firmware reaches SMETS1 devices through their own provider."));
            }
        }
        return new ClauseTree("DUIS", "3.1", "duis-3.1.md (md)", clauses);
    }

    /** The workspace with these texts, each version listed in specs.yaml after those already there. */
    public static Workspace withTexts(Workspace ws, ClauseTree... trees) {
        Workspace result = ws;
        for (ClauseTree tree : trees) {
            List<Specification> specs = result.specs().specs().stream().map(spec -> {
                if (!spec.id().equals(tree.document()) || spec.versions().stream().anyMatch(v -> v.version().equals(tree.version()))) {
                    return spec;
                }
                List<SpecVersion> versions = new ArrayList<>(spec.versions());
                versions.add(new SpecVersion(tree.version(), null, null, SpecStatus.DRAFT, null));
                return new Specification(spec.id(), spec.title(), spec.kind(), spec.designation(), spec.appendix(), spec.note(), versions);
            }).toList();
            result = result.withSpecs(result.specs().withSpecs(specs).withText(tree));
        }
        return result;
    }

    /** A copy of the reference workspace under {@code tmp} holding these texts, as ingesting them would leave it. */
    public static Path referenceWith(Path tmp, ClauseTree... trees) throws IOException {
        Path copy = TestWorkspaces.copyOfReference(tmp);
        Workspace ws = new WorkspaceReader().read(copy).workspace();
        new WorkspaceWriter().write(withTexts(ws, trees), copy);
        return copy;
    }
}
