package org.tadworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;

/**
 * A reader with a parse cache must give exactly what a plain reader gives (values, findings, and the place of
 * every value) whether the cache is empty, full, partly stale or damaged. Seeded generated workspaces with a few
 * broken files, edits between reads, and random damage to the cache file.
 */
class ParseCacheTests {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void cachedReadsGiveWhatParsingGivesBeforeAndAfterEdits(long seed) throws IOException {
        Random random = new Random(seed);
        Path ws = generated(seed, random);
        Path cache = tmp.resolve("cache");
        WorkspaceReader cached = new WorkspaceReader().cachingIn(cache);

        ReadResult first = cached.read(ws);
        assertSameAs(new WorkspaceReader().read(ws), first);
        ReadResult second = cached.read(ws);
        assertSameAs(new WorkspaceReader().read(ws), second);
        assertEveryFileIsCached(ws, cache);

        // Edit one section, break another, delete a third: only those are parsed again.
        List<Path> sections = sectionFiles(ws);
        Path edited = sections.get(random.nextInt(sections.size()));
        Files.writeString(edited, Files.readString(edited) + "\nA sentence added between two builds.\n");
        Path broken = sections.get(random.nextInt(sections.size()));
        Files.writeString(broken, Files.readString(broken).replaceFirst("title: ", "title: [unclosed "));
        Path deleted = sections.get(random.nextInt(sections.size()));
        Files.deleteIfExists(deleted);

        ReadResult afterEdits = cached.read(ws);
        assertSameAs(new WorkspaceReader().read(ws), afterEdits);
        if (!broken.equals(deleted)) {
            assertThat(afterEdits.findings()).anyMatch(f -> f.file().equals("sections/" + broken.getFileName()) && f.isError());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void aDamagedCacheIsIgnoredNeverBelieved(long seed) throws IOException {
        Random random = new Random(seed);
        Path ws = generated(seed, random);
        Path cache = tmp.resolve("cache");
        new WorkspaceReader().cachingIn(cache).read(ws);
        Path file;
        try (Stream<Path> files = Files.list(cache.resolve("parsed"))) {
            file = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        if (seed % 3 == 0) {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)); // cut short
        } else {
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
            }
        }
        Files.write(file, bytes);

        assertSameAs(new WorkspaceReader().read(ws), new WorkspaceReader().cachingIn(cache).read(ws));
    }

    @Test
    void theReferenceWorkspaceReadsTheSameFromTheCache() {
        Path cache = tmp.resolve("cache");
        new WorkspaceReader().cachingIn(cache).read(TestWorkspaces.REFERENCE);
        assertSameAs(new WorkspaceReader().read(TestWorkspaces.REFERENCE), new WorkspaceReader().cachingIn(cache).read(TestWorkspaces.REFERENCE));
        assertEveryFileIsCached(TestWorkspaces.REFERENCE, cache);
    }

    /** A generated workspace with a trace of unknown shape and a section with broken front matter. */
    private Path generated(long seed, Random random) throws IOException {
        Workspace generated = new WorkspaceGenerator().generate(new GeneratorSize(40 + random.nextInt(60), 30, 60, 400 + random.nextInt(400), seed));
        Path ws = tmp.resolve("ws");
        new WorkspaceWriter().write(generated, ws);
        Path traces = ws.resolve(WorkspaceFiles.TRACES);
        Files.writeString(traces, Files.readString(traces).replaceFirst("\n    kind: ", "\n    colour: blue\n    kind: "));
        List<Path> sections = sectionFiles(ws);
        Path broken = sections.get(random.nextInt(sections.size()));
        Files.writeString(broken, Files.readString(broken).replaceFirst("applicability: ", "applicability: sometimes-"));
        return ws;
    }

    private static List<Path> sectionFiles(Path ws) throws IOException {
        try (Stream<Path> files = Files.list(ws.resolve("sections"))) {
            return files.sorted().toList();
        }
    }

    private static void assertEveryFileIsCached(Path ws, Path cache) {
        ParseCache stored = ParseCache.open(cache, ws);
        try (Stream<Path> files = Files.walk(ws)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String name = ws.relativize(file).toString().replace('\\', '/');
                try {
                    assertThat(stored.lookup(name, ParseCache.Key.of(Files.readAllBytes(file)))).as(name).isPresent();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Same values, same findings, and every section, trace and element placed on the same lines. */
    private static void assertSameAs(ReadResult expected, ReadResult actual) {
        assertThat(actual.workspace()).isEqualTo(expected.workspace());
        assertThat(actual.findings()).isEqualTo(expected.findings());
        assertThat(places(actual, actual.workspace().sections(), List.of("number", "title", "body")))
                .isEqualTo(places(expected, expected.workspace().sections(), List.of("number", "title", "body")));
        assertThat(places(actual, actual.workspace().traces(), List.of("section", "document", "clause", "kind")))
                .isEqualTo(places(expected, expected.workspace().traces(), List.of("section", "document", "clause", "kind")));
        assertThat(places(actual, actual.workspace().model().elements(), List.of("id", "name", "type")))
                .isEqualTo(places(expected, expected.workspace().model().elements(), List.of("id", "name", "type")));
        assertThat(expected.workspace().sections()).isNotEmpty();
    }

    private static List<Location> places(ReadResult read, List<?> items, List<String> fields) {
        List<Location> places = new ArrayList<>();
        for (Object item : items) {
            places.add(read.locations().of(item));
            fields.forEach(field -> places.add(read.locations().of(item, field)));
        }
        return places;
    }
}
