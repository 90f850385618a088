package org.tadworkbench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tadworkbench.generate.GeneratorSize;
import org.tadworkbench.generate.WorkspaceGenerator;
import org.tadworkbench.workspace.Workspace;

/** One index per workspace object: built once, rebuilt for another object, the previous one served while that takes long. */
class SearchIndexCacheTests {

    private static Workspace workspace() {
        return new WorkspaceGenerator().generate(new GeneratorSize(3, 0, 0, 0, 1));
    }

    private static SearchIndex index(String word) {
        return SearchIndex.of(List.of(new SearchEntry(new SearchTarget.Section("1.0", "1"), "One", word)));
    }

    @Test
    void theSameWorkspaceObjectIsIndexedOnceAndAnotherObjectAgain() {
        AtomicInteger builds = new AtomicInteger();
        try (SearchIndexCache cache = new SearchIndexCache(ws -> {
            builds.incrementAndGet();
            return index("meter");
        }, Duration.ofSeconds(10))) {
            Workspace first = workspace();
            SearchIndex built = cache.indexFor(first);
            assertThat(cache.indexFor(first)).isSameAs(built);
            assertThat(builds).hasValue(1);
            assertThat(cache.indexFor(workspace())).isNotSameAs(built);
            assertThat(builds).hasValue(2);
        }
    }

    @Test
    void whileANewIndexTakesLongerThanThePatienceThePreviousOneAnswers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Workspace before = workspace();
        Workspace after = workspace();
        try (SearchIndexCache cache = new SearchIndexCache(ws -> {
            if (ws == after) {
                await(release);
                return index("new");
            }
            return index("old");
        }, Duration.ofMillis(50))) {
            SearchIndex old = cache.indexFor(before);
            assertThat(cache.indexFor(after)).isSameAs(old);
            release.countDown();
            SearchIndex fresh = null;
            for (int i = 0; i < 200 && (fresh == null || fresh == old); i++) {
                fresh = cache.indexFor(after);
                TimeUnit.MILLISECONDS.sleep(10);
            }
            assertThat(fresh).isNotSameAs(old);
            assertThat(fresh.search(SearchRequest.of("new"), e -> true).hits()).hasSize(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
