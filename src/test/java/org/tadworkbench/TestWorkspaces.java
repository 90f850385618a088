package org.tadworkbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The reference workspace shipped in the repository, and throw-away copies of it for tests that break things. */
public final class TestWorkspaces {

    public static final Path REFERENCE = Path.of("workspaces/sec-tad");

    private TestWorkspaces() {
    }

    public static Path copyOfReference(Path into) throws IOException {
        Path target = into.resolve("sec-tad");
        try (Stream<Path> files = Files.walk(REFERENCE)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(REFERENCE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        return target;
    }
}
