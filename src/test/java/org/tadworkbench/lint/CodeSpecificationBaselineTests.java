package org.tadworkbench.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.workspace.Finding;

/**
 * The warning for a Technical Code Specification with no version in a release the document names: each such gap is
 * reported once, at the register entry, and nothing else is.
 */
class CodeSpecificationBaselineTests {

    private static final String BASELINES = """
            baselines:
              - id: r1
                title: Release One
              - id: r2
                title: Release Two
            specs:
            """;

    @TempDir
    Path tmp;

    @Test
    void aCodeSpecificationWithoutAVersionInANamedReleaseIsAWarningAtItsEntry() throws IOException {
        writeManifest("""
                  - version: "1.0"
                    status: live
                    date: 2019-01-01
                    release: r1
                  - version: "2.0"
                    status: draft
                    date: 2019-01-01
                    release: r2
                """);
        writeSpecs(BASELINES + """
                  - id: COCO
                    title: Some Code of Connection
                    kind: sec-appendix
                    designation: technical-code-specification
                    note: no version is known
                    versions: []
                  - id: TS
                    title: Some Technical Specification
                    kind: technical-specification
                    designation: technical-specification
                    versions:
                      - version: "1"
                        baseline: r1
                        status: baselined
                """);

        List<Finding> warnings = findings("code-spec-not-baselined");

        assertThat(warnings).extracting(Finding::level).containsOnly(Finding.Level.WARNING);
        assertThat(warnings).extracting(f -> f.file() + ":" + f.line() + ": " + f.message()).containsExactly(
                "specs.yaml:7: Technical Code Specification COCO has no version in release r1, which document version 1.0 names",
                "specs.yaml:7: Technical Code Specification COCO has no version in release r2, which document version 2.0 names",
                "specs.yaml:13: Technical Code Specification TS has no version in release r2, which document version 2.0 names");
    }

    @Test
    void otherEntriesReleasesNoVersionNamesAndSupersededVersionsAskForNothing() throws IOException {
        writeManifest("""
                  - version: "1.0"
                    status: superseded
                    date: 2019-01-01
                    release: r1
                  - version: "1.1"
                    status: draft
                    date: 2019-01-01
                  - version: "2.0"
                    status: draft
                    date: 2019-01-01
                    release: r2
                """);
        writeSpecs(BASELINES + """
                  - id: SECTION
                    title: An SEC section, neither kind
                    kind: sec-section
                    versions: []
                  - id: COCO
                    title: Some Code of Connection
                    kind: sec-appendix
                    designation: technical-code-specification
                    versions:
                      - version: "2"
                        baseline: r2
                        status: draft
                """);

        assertThat(findings("code-spec-not-baselined")).isEmpty();
    }

    @Test
    void aReleaseThatIsNoBaselineIsOnlyTheErrorItAlreadyWas() throws IOException {
        writeManifest("""
                  - version: "1.0"
                    status: draft
                    date: 2019-01-01
                    release: r9
                """);
        writeSpecs(BASELINES + """
                  - id: COCO
                    title: Some Code of Connection
                    kind: sec-appendix
                    designation: technical-code-specification
                    versions: []
                """);

        assertThat(findings("code-spec-not-baselined")).isEmpty();
        assertThat(findings("unknown-release")).singleElement().extracting(Finding::level).isEqualTo(Finding.Level.ERROR);
    }

    /** The findings with that code, after checking that nothing else is wrong with the test's own workspace. */
    private List<Finding> findings(String code) {
        List<Finding> all = new WorkspaceLinter().lint(tmp).findings();
        assertThat(all).filteredOn(f -> f.level() == Finding.Level.ERROR && !f.code().equals("unknown-release")).isEmpty();
        return all.stream().filter(f -> f.code().equals(code)).toList();
    }

    private void writeManifest(String versions) throws IOException {
        Files.writeString(tmp.resolve("workspace.yaml"), """
                id: t
                title: Technical Architecture Document
                owner: TABASC
                classification: White
                versions:
                """ + versions);
    }

    private void writeSpecs(String text) throws IOException {
        Files.writeString(tmp.resolve("specs.yaml"), text);
    }
}
