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

    /** Same values, same findings, and every record of the workspace (and each of its fields) on the same line. */
    private static void assertSameAs(ReadResult expected, ReadResult actual) {
        assertThat(actual.workspace()).isEqualTo(expected.workspace());
        assertThat(actual.findings()).isEqualTo(expected.findings());
        List<String> expectedPlaces = new ArrayList<>();
        List<String> actualPlaces = new ArrayList<>();
        places(expected, expected.workspace(), "workspace", expectedPlaces);
        places(actual, actual.workspace(), "workspace", actualPlaces);
        assertThat(actualPlaces).isEqualTo(expectedPlaces);
        assertThat(expectedPlaces).anyMatch(place -> place.contains("traces.yaml:"));
        assertThat(expected.workspace().sections()).isNotEmpty();
    }

    /** Walks the value's records depth first, writing where each record and each of its fields was read. */
    private static void places(ReadResult read, Object value, String path, List<String> out) {
        if (value instanceof Record record) {
            Location at = read.locations().of(record);
            StringBuilder line = new StringBuilder(path).append(" @ ").append(at.file()).append(':').append(at.line());
            for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
                Location field = read.locations().of(record, component.getName());
                line.append(' ').append(component.getName()).append(':').append(field.line());
            }
            out.add(line.toString());
            for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    places(read, component.getAccessor().invoke(record), path + "." + component.getName(), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                places(read, list.get(i), path + "[" + i + "]", out);
            }
        } else if (value instanceof java.util.Map<?, ?> map) {
            map.forEach((k, v) -> places(read, v, path + "[" + k + "]", out));
        }
    }
}
