package org.tadworkbench.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.cli.CliRun;

/** Document versions are ordered by their numbers, from 0.9 (a draft before the first issue) up, and never fail to order. */
class VersionNumberTests {

    @Test
    void versionsAreOrderedAsTheirNumbersOverGeneratedVersions() {
        Random random = new Random(20261202L);
        for (int trial = 0; trial < 2_000; trial++) {
            int[] a = parts(random);
            int[] b = parts(random);
            String x = join(a);
            String y = join(b);
            assertThat(VersionNumber.isWellFormed(x)).as(x).isTrue();
            assertThat(Integer.signum(VersionNumber.ORDER.compare(x, y))).as("%s vs %s", x, y)
                    .isEqualTo(Integer.signum(Arrays.compare(a, b)));
        }
    }

    @Test
    void whatIsNotAVersionNumberSortsFirstInsteadOfFailing() {
        List<String> versions = new ArrayList<>(List.of("10.0", "v2", "0.9", "2.0", "9.1"));
        versions.sort(VersionNumber.ORDER);
        assertThat(versions).containsExactly("v2", "0.9", "2.0", "9.1", "10.0");
        assertThat(VersionNumber.isWellFormed("01.0")).isFalse();
        assertThat(VersionNumber.isWellFormed("3.")).isFalse();
    }

    @Test
    void aWorkspaceWhoseFirstVersionIsZeroPointNineLintsAndBuilds(@TempDir Path tmp) throws Exception {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        Path manifest = ws.resolve("workspace.yaml");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("version: \"1\\.0\"", "version: \"0.9\""));

        CliRun lint = CliRun.of("lint", ws.toString());

        assertThat(lint.exitCode()).as(lint.all()).isZero();
        assertThat(lint.all()).doesNotContain("malformed");
    }

    private static int[] parts(Random random) {
        int[] parts = new int[1 + random.nextInt(3)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = random.nextInt(12);
        }
        return parts;
    }

    private static String join(int[] parts) {
        return String.join(".", Arrays.stream(parts).mapToObj(String::valueOf).toList());
    }
}
