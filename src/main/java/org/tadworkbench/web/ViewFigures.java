package org.tadworkbench.web;

import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import org.tadworkbench.model.ArchitectureModel;
import org.tadworkbench.model.DiagramVariant;
import org.tadworkbench.model.ModelVersion;
import org.tadworkbench.model.View;
import org.tadworkbench.model.ViewRenderer;

/**
 * The drawn figures, kept in memory because drawing one takes long. A figure is keyed by the model version it was
 * drawn from, and the version changes whenever the model does, so a stale figure is never served. Figures of the
 * {@value #MODELS_KEPT} models asked for most recently are kept (today's model and the ones kept with earlier document
 * versions are asked for side by side); older ones are dropped. Concurrent requests for one figure draw it once.
 */
@Component
class ViewFigures {

    /** How many models' figures are kept: today's and a few document versions' own. */
    static final int MODELS_KEPT = 4;

    private final ConcurrentMap<Key, CompletableFuture<String>> figures = new ConcurrentHashMap<>();
    /** The model versions asked for, least recently first. */
    private final LinkedHashMap<String, Boolean> recentModels = new LinkedHashMap<>(8, 0.75f, true);

    /** The SVG of one view in one variant of the model, and the model version it was drawn from. */
    Figure svg(ArchitectureModel model, View view, DiagramVariant variant) {
        String version = ModelVersion.of(model);
        remember(version);
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

    /** Marks {@code version} as just asked for, dropping the figures of the models asked for least recently. */
    private void remember(String version) {
        synchronized (recentModels) {
            recentModels.put(version, Boolean.TRUE);
            while (recentModels.size() > MODELS_KEPT) {
                String oldest = recentModels.keySet().iterator().next();
                recentModels.remove(oldest);
                figures.keySet().removeIf(key -> key.modelVersion().equals(oldest));
            }
        }
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
