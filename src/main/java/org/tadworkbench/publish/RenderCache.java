package org.tadworkbench.publish;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Section bodies already rendered, kept between builds in one process ({@code tad build --watch}): a section whose
 * text did not change, in a document whose anchors, glossary and figures did not change, is not rendered again.
 * Only the latest context of each medium is kept, so memory stays bounded by one document's bodies.
 */
public final class RenderCache {

    private final Map<String, Generation> byMedium = new ConcurrentHashMap<>();
    private final boolean keeping;

    private RenderCache(boolean keeping) {
        this.keeping = keeping;
    }

    /** A cache that keeps bodies for later builds. */
    public static RenderCache keeping() {
        return new RenderCache(true);
    }

    /** No memory between builds: each build renders everything (one-off builds and the server). */
    public static RenderCache none() {
        return new RenderCache(false);
    }

    /**
     * The bodies rendered for this medium in this context (everything but the section's own text, as text),
     * keyed by the section's Markdown; empty when the context changed since the last build.
     */
    public Map<String, String> bodies(String medium, Supplier<String> context) {
        if (!keeping) {
            return new ConcurrentHashMap<>();
        }
        String now = context.get();
        return byMedium.compute(medium, (m, old) -> old != null && old.context().equals(now) ? old
                : new Generation(now, new ConcurrentHashMap<>())).bodies();
    }

    /**
     * What {@code compute} makes of {@code input}, remembered between builds when keeping (a diagram prepared for the
     * page is the same as long as the drawing is). Bounded: a long session that drew many diagrams starts afresh.
     */
    public String derived(String input, java.util.function.Function<String, String> compute) {
        if (!keeping) {
            return compute.apply(input);
        }
        if (derived.size() > MAX_DERIVED) {
            derived.clear();
        }
        return derived.computeIfAbsent(input, compute);
    }

    private static final int MAX_DERIVED = 256;
    private final Map<String, String> derived = new ConcurrentHashMap<>();

    private record Generation(String context, Map<String, String> bodies) {
    }
}
