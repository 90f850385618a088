package org.tadworkbench.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a folder tree (hidden folders such as .git left out) and hands over each burst of changes once it has
 * settled, so an editor's save (often a write, a rename and a delete) gives one rebuild.
 */
final class FolderWatch implements AutoCloseable {

    /** How long a burst may pause before it counts as finished; part of every measured rebuild time. */
    static final long SETTLE_MILLIS = 25;

    private final Path root;
    private final WatchService service;

    FolderWatch(Path root) throws IOException {
        this.root = root;
        this.service = root.getFileSystem().newWatchService();
        register(root);
    }

    /** Blocks until something changes, then returns the changed paths relative to the root, in name order. */
    Set<String> next() throws InterruptedException, IOException {
        Set<String> changed = new TreeSet<>();
        collect(service.take(), changed);
        for (WatchKey more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
             more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
            collect(more, changed);
        }
        return changed;
    }

    private void collect(WatchKey key, Set<String> changed) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add("(too many changes to list)");
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                register(child);
            }
            String relative = root.relativize(child).toString().replace('\\', '/');
            if (!hidden(root.relativize(child))) {
                changed.add(relative);
            }
        }
        key.reset();
    }

    private void register(Path top) throws IOException {
        try (Stream<Path> dirs = Files.walk(top)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                if (!hidden(root.relativize(dir))) {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
        } catch (ClosedWatchServiceException e) {
            // already closed
        }
    }
}
