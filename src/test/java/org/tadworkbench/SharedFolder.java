package org.tadworkbench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ../shared}, the folder beside the project that holds public material by other people: the Open Group's
 * ArchiMate exchange schemas, real specifications and Word files from other tools, the PID. Some tests check our
 * output against that material (what other tools accept, what real documents look like), which no input we make
 * ourselves can stand in for. It must not be copied into the project (it comes from public repositories under their
 * own licences), so such a test runs where the folder is, is skipped with the reason on a user's clone that lacks it,
 * and fails on CI, which must provide it ({@link Prerequisite}). Each such test has a twin on inputs of our own
 * making, so that a run without the folder still checks the same behaviour; the product never reads it.
 */
public final class SharedFolder {

    public static final Path ROOT = Path.of("../shared");

    private SharedFolder() {
    }

    /** {@code ../shared/relative}, or the calling test ends (skipped, or failed on CI) when it is not there. */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.exists(path)) {
            Prerequisite.missing(path.toAbsolutePath().normalize().toString(),
                    "it is public reference material kept beside the project in ../shared, never copied into it");
        }
        return path;
    }
}
