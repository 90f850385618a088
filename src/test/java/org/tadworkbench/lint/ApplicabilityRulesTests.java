package org.tadworkbench.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.workspace.Finding;

/**
 * The text and the model say one thing about where sections and elements apply: the reference workspace agrees, and
 * each way of making them disagree (the section, the element or the variation) is an error at the line to mend.
 */
class ApplicabilityRulesTests {

    private static final String HHT_SECTION = "sections/4.2.1.7-hand-held-terminal-hht.md";

    @TempDir
    Path tmp;

    @Test
    void theReferenceWorkspaceTextAndModelAgree() {
        assertThat(applicabilityFindings(new WorkspaceLinter().lint(TestWorkspaces.REFERENCE))).isEmpty();
    }

    @Test
    void aSectionThatClaimsSmets1ForAnHhtTheModelKeepsFromSmets1IsAnError() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        replace(ws.resolve(HHT_SECTION), "applicability: smets2plus", "applicability: both");

        List<Finding> findings = applicabilityFindings(new WorkspaceLinter().lint(ws));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.file()).isEqualTo(HHT_SECTION);
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.message()).contains("section 4.2.1.7", "hht, srv-8-13", "SMETS2+ only", "write applicability: smets2plus");
        });
    }

    @Test
    void anElementDeclaredForBothThatRequiresWhatSmets1LacksIsAnErrorNamingTheChain() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path elements = ws.resolve("model/elements.yaml");
        String text = Files.readString(elements);
        int at = text.indexOf("  - id: hht\n");
        int field = text.indexOf("    applicability: smets2plus", at);
        Files.writeString(elements, text.substring(0, field) + "    applicability: both" + text.substring(field + "    applicability: smets2plus".length()));
        int line = (int) text.substring(0, field).chars().filter(c -> c == '\n').count() + 1;

        List<Finding> findings = applicabilityFindings(new WorkspaceLinter().lint(ws));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("model/elements.yaml");
            assertThat(f.line()).isEqualTo(line);
            assertThat(f.message()).contains("element hht", "requires 8.13 Return Local Command Response", "DUIS 1.4.2",
                    "write applicability: smets2plus");
        });
    }

    @Test
    void droppingTheVariationThatKeepsSrv813FromSmets1MakesTheTextWrongAtEachSection() throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        // Without V01 the model offers SRV 8.13 and so the HHT for SMETS1: declaring them both is then right,
        // and the section that still says SMETS2+ only is what lint points at.
        Path variations = ws.resolve("model/variations.yaml");
        String text = Files.readString(variations);
        int v01 = text.indexOf("  - id: V01\n");
        Files.writeString(variations, text.substring(0, v01) + text.substring(text.indexOf("  - id: V02\n")));
        Path elements = ws.resolve("model/elements.yaml");
        for (String id : List.of("hht", "srv-8-13")) {
            String model = Files.readString(elements);
            int field = model.indexOf("    applicability: smets2plus", model.indexOf("  - id: " + id + "\n"));
            Files.writeString(elements, model.substring(0, field) + "    applicability: both"
                    + model.substring(field + "    applicability: smets2plus".length()));
        }

        List<Finding> findings = applicabilityFindings(new WorkspaceLinter().lint(ws));

        assertThat(findings).extracting(Finding::file).containsExactly(HHT_SECTION);
        assertThat(findings.get(0).message()).contains("marked SMETS2+ only", "apply to both SMETS2+ and SMETS1");
    }

    private static List<Finding> applicabilityFindings(LintReport report) {
        return report.findings().stream().filter(f -> f.code().equals("applicability")).toList();
    }

    private static void replace(Path file, String text, String with) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(text);
        Files.writeString(file, content.replace(text, with));
    }
}
