package org.tadworkbench.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.tadworkbench.workspace.Workspace;

/**
 * The search index of the workspace the pages show, built once per workspace state. The state is the {@link Workspace}
 * object itself: the index is rebuilt when asked for another object than it was built from (the server keeps one
 * object per revision of the database, so every write leads to one rebuild and reads to none). Builds run on one
 * background thread: a request waits for the build of its workspace up to {@code patience} and is then answered
 * from the previous index, if there is one, while the build goes on; when several states arrive during one build,
 * only the newest is built next.
 */
public final class SearchIndexCache implements AutoCloseable {

    private final Function<Workspace, SearchIndex> build;
    private final Duration patience;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-index");
        thread.setDaemon(true);
        return thread;
    });

    private Workspace builtFrom;
    private SearchIndex index;
    private Workspace wanted;
    private CompletableFuture<SearchIndex> building;

    public SearchIndexCache(Duration patience) {
        this(ws -> SearchIndex.of(WorkspaceEntries.of(ws)), patience);
    }

    SearchIndexCache(Function<Workspace, SearchIndex> build, Duration patience) {
        this.build = build;
        this.patience = patience;
    }

    /** The index of {@code ws}, or, while that is being built for longer than the patience, the previous one. */
    public SearchIndex indexFor(Workspace ws) {
        CompletableFuture<SearchIndex> pending;
        SearchIndex previous;
        synchronized (this) {
            if (ws == builtFrom) {
                return index;
            }
            wanted = ws;
            if (building == null) {
                start(ws);
            }
            pending = building;
            previous = index;
        }
        try {
            return previous == null ? pending.get() : pending.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return previous;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the search index was built", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the search index could not be built", e.getCause());
        }
    }

    /** Builds the index of {@code ws}, then that of the newest workspace asked for meanwhile, if another. */
    private void start(Workspace ws) {
        CompletableFuture<SearchIndex> future = new CompletableFuture<>();
        building = future;
        builder.execute(() -> {
            try {
                SearchIndex built = build.apply(ws);
                synchronized (this) {
                    builtFrom = ws;
                    index = built;
                    building = null;
                    if (wanted != ws) {
                        start(wanted);
                    }
                }
                future.complete(built);
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    building = null;
                }
                future.completeExceptionally(e);
            }
        });
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }
}
