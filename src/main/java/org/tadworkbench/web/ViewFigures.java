package org.tadworkbench.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.DiagramVariant;
import org.tadworkbench.model.ModelVersion;
import org.tadworkbench.model.View;
import org.tadworkbench.model.ViewRenderer;

/**
 * The drawn figures, kept in memory because drawing one takes long. A figure is keyed by the model version it was
 * drawn from, and the version changes whenever the model does, so a stale figure is never served. Figures of older
 * versions are dropped as soon as a newer version is asked for; concurrent requests for one figure draw it once.
 */
@Component
class ViewFigures {

    private final ConcurrentMap<Key, CompletableFuture<String>> figures = new ConcurrentHashMap<>();
    private final AtomicReference<String> latestVersion = new AtomicReference<>();

    /** The SVG of one view in one variant of the model, and the model version it was drawn from. */
    Figure svg(ArchitectureModel model, View view, DiagramVariant variant) {
        String version = ModelVersion.of(model);
        if (!version.equals(latestVersion.getAndSet(version))) {
            figures.keySet().removeIf(key -> !key.modelVersion().equals(version));
        }
        Key key = new Key(version, view.id(), variant);
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> known = figures.putIfAbsent(key, mine);
        if (known == null) {
            try {
                mine.complete(new ViewRenderer(model).svg(view, variant));
            } catch (RuntimeException | Error e) {
                figures.remove(key, mine); // let the next request try again
                mine.completeExceptionally(e);
                throw e;
            }
            return new Figure(version, mine.join());
        }
        return new Figure(version, known.join());
    }

    /** How many figures are held; for tests. */
    int size() {
        return figures.size();
    }

    record Figure(String modelVersion, String svg) {
    }

    private record Key(String modelVersion, String view, DiagramVariant variant) {
    }
}
