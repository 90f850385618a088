package org.tadworkbench.store;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.tadworkbench.workspace.Workspace;

/**
 * The stored workspace as the pages read it: one immutable {@link Snapshot} per content revision, shared by every
 * request. A read asks the database for the revision (one row, V16) and reloads only when a write, through this
 * server or any other sharing the database, has moved it since; so a write is seen by the next read everywhere, and a
 * page costs what it shows rather than what the workspace holds. One reload at a time: requests arriving meanwhile
 * wait for it and share it rather than each loading the workspace again.
 */
public final class WorkspaceSnapshots {

    /** Loads that a write interrupted before one is served anyway (uncached): a stream of writes must not starve readers. */
    private static final int ATTEMPTS = 3;

    private final WorkspaceStore store;
    private volatile Snapshot latest;

    public WorkspaceSnapshots(WorkspaceStore store) {
        this.store = store;
    }

    /** The snapshot of the stored revision: the kept one when the database has not moved since. */
    public Snapshot current() {
        long stored = store.revision();
        Snapshot kept = latest;
        if (kept != null && kept.revision >= stored) {
            return kept;
        }
        synchronized (this) {
            kept = latest;
            if (kept != null && kept.revision >= stored) {
                return kept;
            }
            Snapshot loaded = null;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                loaded = store.loadFirst();
                if (loaded != null) {
                    latest = loaded;
                    return loaded;
                }
            }
            // Writes kept landing during every load: this request gets a fresh read of its own, not kept.
            return new Snapshot(stored, store.workspaceIds().stream().findFirst().flatMap(store::load));
        }
    }

    /**
     * The snapshot kept now, without asking the database: for values derived from a workspace just taken from
     * {@link #current()}. Empty before the first read.
     */
    public Optional<Snapshot> kept() {
        return Optional.ofNullable(latest);
    }

    /**
     * One revision of the stored workspace (the first by id; empty when nothing is imported) and the values pages
     * derive from it (an outline tree, a table), computed once per revision and dropped with it.
     */
    public static final class Snapshot {

        private final long revision;
        private final Optional<Workspace> workspace;
        private final ConcurrentMap<Object, Object> derived = new ConcurrentHashMap<>();

        Snapshot(long revision, Optional<Workspace> workspace) {
            this.revision = revision;
            this.workspace = workspace;
        }

        public long revision() {
            return revision;
        }

        public Optional<Workspace> workspace() {
            return workspace;
        }

        /**
         * The value {@code compute} derives from this snapshot's workspace, computed once for {@code key} (which names
         * the value and every parameter it depends on). {@code compute} must not ask for another derived value.
         */
        @SuppressWarnings("unchecked")
        public <T> T derived(Object key, Function<Workspace, T> compute) {
            Workspace ws = workspace.orElseThrow(() -> new IllegalStateException("no workspace is stored"));
            return (T) derived.computeIfAbsent(key, k -> compute.apply(ws));
        }
    }
}
