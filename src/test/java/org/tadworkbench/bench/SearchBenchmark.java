package org.tadworkbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tadworkbench.document.Section;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.search.SearchEntry;
import org.tadworkbench.search.SearchIndex;
import org.tadworkbench.search.SearchKind;
import org.tadworkbench.search.SearchRequest;
import org.tadworkbench.search.WorkspaceEntries;
import org.tadworkbench.workspace.Workspace;

/**
 * Search (issue 16) on the generated 5,000-section workspace of the scale checks ({@code tad generate --sections 5000
 * --elements 2000 --links 100000 --seed 1}: 5,000 sections, their glossary, 500 impact rows). The generator writes its
 * text from 26 words, so a one-word query matches most sections: the worst case for ranking and visibility, which
 * look at every match. Not a test; run it with {@code bench/jmh SearchBenchmark}.
 *
 * <p>Queries cycle through 64 drawn with seed 7 from the workspace: one word in the plural (stemmed), two and three
 * words, a quoted phrase, a section number (an identifier), a word with a kind filter, and three words one of which
 * is nowhere (the fallback to some of the words). Visibility is a per-version lookup, as the server's is.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SearchBenchmark {

    static final GeneratorSize SIZE = new GeneratorSize(5_000, 2_000, 6_000, 100_000, 1);
    static final int QUERIES = 64;
    static final String[] WORDS = {"meters", "hub", "gateway", "services", "requests", "alert", "tariff", "network",
            "devices", "security", "interface", "message", "commands", "response", "supplier", "firmware"};

    @State(Scope.Benchmark)
    public static class Data {
        Workspace ws;
        List<SearchEntry> entries;
        SearchIndex index;
        List<SearchRequest> requests;
        Predicate<SearchEntry> visible;

        @Setup(Level.Trial)
        public void setUp() {
            ws = new WorkspaceGenerator().generate(SIZE);
            entries = WorkspaceEntries.of(ws);
            index = SearchIndex.of(entries);
            Set<String> readable = Set.of(ws.manifest().currentVersion().orElseThrow().version());
            visible = e -> e.target().version() == null || readable.contains(e.target().version());
            SplittableRandom random = new SplittableRandom(7);
            List<Section> sections = ws.sections();
            requests = new ArrayList<>(QUERIES);
            for (int i = 0; i < QUERIES; i++) {
                String a = WORDS[random.nextInt(WORDS.length)];
                String b = WORDS[random.nextInt(WORDS.length)];
                String c = WORDS[random.nextInt(WORDS.length)];
                String number = sections.get(random.nextInt(sections.size())).number();
                requests.add(switch (i % 7) {
                    case 0 -> SearchRequest.of(a);
                    case 1 -> SearchRequest.of(a + " " + b);
                    case 2 -> SearchRequest.of(a + " " + b + " " + c);
                    case 3 -> SearchRequest.of("\"" + a + " " + b + "\"");
                    case 4 -> SearchRequest.of(number);
                    case 5 -> new SearchRequest(a, Set.of(SearchKind.IMPACT), null, 0, 20);
                    default -> SearchRequest.of(a + " zebrafish " + b);
                });
            }
        }
    }


    /** One search, first page of 20 with snippets, against the prebuilt index. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 4)
    public void query(Data data, QueryCursor cursor, Blackhole bh) {
        bh.consume(data.index.search(data.requests.get(cursor.advance(QUERIES)), data.visible));
    }

    /** Building the index of the whole workspace (done once per workspace state, off the request thread). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    public void indexing(Data data, Blackhole bh) {
        bh.consume(SearchIndex.of(WorkspaceEntries.of(data.ws)));
    }
}
