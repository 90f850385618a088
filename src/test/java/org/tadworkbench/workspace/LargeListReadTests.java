package org.tadworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadworkbench.TestWorkspaces;

/**
 * A large traces.yaml is read in pieces side by side: the links and every finding's line must be exactly what
 * reading it whole gives. Seeded generators: a few thousand links with a few broken ones at random places, and
 * sometimes a file no piece can be read from on its own (an alias across pieces), which must fall back.
 */
class LargeListReadTests {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void piecesGiveTheLinksAndLinesOfTheWholeFile(long seed) throws IOException {
        Random random = new Random(seed);
        Path ws = TestWorkspaces.copyOfReference(tmp);
        StringBuilder yaml = new StringBuilder("# generated\ntraces:\n");
        int links = 9_000 + random.nextInt(3_000);
        int[] brokenLines = new int[3];
        int[] brokenAt = {random.nextInt(links), random.nextInt(links), random.nextInt(links)};
        int line = 3;
        boolean alias = seed % 4 == 0;
        for (int i = 0; i < links; i++) {
            yaml.append("  - section: \"4.2\"\n    document: DUIS\n");
            line += 2;
            for (int b = 0; b < brokenAt.length; b++) {
                if (brokenAt[b] == i) {
                    brokenLines[b] = line;
                }
            }
            if (brokenAt[0] == i || brokenAt[1] == i || brokenAt[2] == i) {
                yaml.append("    colour: blue\n");
                line++;
            }
            if (alias && i == 1) {
                yaml.append("    clause: &shared \"3.2\"\n");
            } else if (alias && i == links - 1) {
                yaml.append("    clause: *shared\n");
            } else {
                yaml.append("    clause: \"").append(1 + random.nextInt(20)).append('.').append(random.nextInt(9)).append("\"\n");
            }
            yaml.append("    kind: describes\n");
            line += 2;
        }
        Files.writeString(ws.resolve("traces.yaml"), yaml);

        ReadResult read = new WorkspaceReader().read(ws);

        List<Integer> expectedLines = Arrays.stream(brokenLines).distinct().sorted().boxed().toList();
        assertThat(read.workspace().traces()).hasSize(links - expectedLines.size());
        List<Integer> lines = read.findings().stream().filter(f -> f.file().equals("traces.yaml"))
                .filter(f -> f.message().contains("colour")).map(Finding::line).toList();
        assertThat(lines).isEqualTo(expectedLines);
        if (alias) {
            assertThat(read.workspace().traces().get(read.workspace().traces().size() - 1).clause()).isEqualTo("3.2");
        }
    }
}
