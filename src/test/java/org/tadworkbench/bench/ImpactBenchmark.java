package org.tadworkbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.impact.ClauseRef;
import org.tadworkbench.impact.TraceLink;
import org.tadworkbench.traceability.CoverageAnalysis;
import org.tadworkbench.traceability.ImpactAnalysis;
import org.tadworkbench.workspace.Workspace;

/**
 * Impact analysis (issue 4) on a large generated workspace: 10,000 sections, 2,000 elements, 6,000 relationships,
 * 100,000 trace links, seed 1. Not a test (surefire runs *Tests, failsafe *IT); run it with {@code bench/jmh}.
 *
 * <p>Queries cycle through a fixed list of 256 clauses drawn (seeded) from the generated trace links, so every
 * query names a clause that something traces to, and every run asks the same questions in the same order.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ImpactBenchmark {

    static final GeneratorSize SIZE = new GeneratorSize(10_000, 2_000, 6_000, 100_000, 1);
    static final int QUERIES = 256;
    static final long QUERY_SEED = 42;

    /** The generated workspace, its index, and the query list: built once per fork. */
    @State(Scope.Benchmark)
    public static class Data {
        Workspace ws;
        ImpactAnalysis analysis;
        /** 256 single clauses that occur in the generated traces. */
        List<List<ClauseRef>> single;
        /** 256 queries of three such clauses each (a typical change note names a handful). */
        List<List<ClauseRef>> triple;

        @Setup(Level.Trial)
        public void setUp() {
            ws = new WorkspaceGenerator().generate(SIZE);
            analysis = new ImpactAnalysis(ws);
            single = new ArrayList<>(QUERIES);
            triple = new ArrayList<>(QUERIES);
            SplittableRandom random = new SplittableRandom(QUERY_SEED);
            List<TraceLink> traces = ws.traces();
            List<ClauseRef> clauses = new ArrayList<>(QUERIES * 3);
            for (int i = 0; i < QUERIES * 3; i++) {
                TraceLink trace = traces.get(random.nextInt(traces.size()));
                clauses.add(new ClauseRef(trace.document(), trace.clause()));
            }
            for (int i = 0; i < QUERIES; i++) {
                single.add(List.of(clauses.get(i)));
                triple.add(List.of(clauses.get(QUERIES + 2 * i), clauses.get(QUERIES + 2 * i + 1), clauses.get(i)));
            }
        }
    }


    /** One impact query for one changed clause, against the prebuilt index. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 4, time = 3)
    @Measurement(iterations = 5, time = 4)
    public void computedImpact(Data data, QueryCursor cursor, Blackhole bh) {
        bh.consume(data.analysis.candidates(data.single.get(cursor.advance(QUERIES))));
    }

    /** One impact query for three changed clauses at once. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 4, time = 3)
    @Measurement(iterations = 5, time = 4)
    public void computedImpact3(Data data, QueryCursor cursor, Blackhole bh) {
        bh.consume(data.analysis.candidates(data.triple.get(cursor.advance(QUERIES))));
    }

    /** The coverage report of the whole workspace. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public void coverage(Data data, Blackhole bh) {
        bh.consume(CoverageAnalysis.of(data.ws));
    }

    /** Building the impact index (done once per workspace version). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public void indexing(Data data, Blackhole bh) {
        bh.consume(new ImpactAnalysis(data.ws));
    }
}
