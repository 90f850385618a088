package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.account.PartyCategory;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.store.GovernanceStore;

/**
 * Load (bounded, loopback only): 200 SEC Party respondents, signed in at once, each post 10 comments on a version in
 * consultation, against a real PostgreSQL. Every comment must be stored exactly once with its own id; the latency of
 * each post (sign-in excluded) is reported (docs/benchmarks.md), never asserted.
 */
class CommentLoadIT {

    private static final int RESPONDENTS = 200;
    private static final int COMMENTS_EACH = 10;
    private static final String PASSWORD = "a passphrase long enough";

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext server;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        server = PostgresServer.start(postgres);
        AccountStore accounts = new AccountStore(postgres.getPostgresDatabase());
        IntStream.range(0, RESPONDENTS).parallel().forEach(i -> accounts.add(new Account(user(i), "Respondent " + i,
                AccountRole.RESPONDENT, "Party " + (i % 40), PartyCategory.values()[i % PartyCategory.values().length],
                true, null), PASSWORD, "tester"));
        GovernanceStore governance = server.getBean(GovernanceStore.class);
        LocalDate today = LocalDate.now();
        governance.changeState("mini", "2.0", DocumentState.INTERNAL_REVIEW, "pm", AccountRole.PROJECT_MANAGER, today);
        governance.openConsultation("mini", "2.0", List.of("SEC Parties"), today, today.plusDays(45),
                List.of("Anything to add?"), "qa", AccountRole.QUALITY_ASSURANCE);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoHundredRespondentsPostTenCommentsEachAndEveryOneIsStoredOnce() throws Exception {
        int port = PostgresServer.port(server);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch signedIn = new CountDownLatch(RESPONDENTS);
        ExecutorService respondents = Executors.newFixedThreadPool(RESPONDENTS);
        List<Future<Integer>> posted = new ArrayList<>();
        AtomicLong start = new AtomicLong();
        for (int i = 0; i < RESPONDENTS; i++) {
            String user = user(i);
            posted.add(respondents.submit(() -> {
                Browser browser = new Browser(port);
                assertThat(browser.signIn(user, PASSWORD).statusCode()).isEqualTo(302);
                String token = browser.csrfToken("/versions/2.0/comments");
                signedIn.countDown();
                signedIn.await(); // all 200 post at the same time; sign-in (bcrypt) is not measured
                start.compareAndSet(0, System.nanoTime());
                int ok = 0;
                for (int n = 0; n < COMMENTS_EACH; n++) {
                    long before = System.nanoTime();
                    HttpResponse<String> response = browser.postRaw("/versions/2.0/comments", Map.of("_csrf", token,
                            "target", "document", "targetRef", "", "text", "Comment " + n + " from " + user,
                            "proposedChange", ""));
                    latencies.add(System.nanoTime() - before);
                    if (response.statusCode() == 302) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        int accepted = 0;
        for (Future<Integer> f : posted) {
            accepted += f.get();
        }
        long wall = System.nanoTime() - start.get();
        respondents.shutdown();

        assertThat(accepted).isEqualTo(RESPONDENTS * COMMENTS_EACH);
        List<Comment> stored = server.getBean(GovernanceStore.class).loadGovernance("mini").comments();
        assertThat(stored).as("comments stored").hasSize(RESPONDENTS * COMMENTS_EACH);
        assertThat(stored.stream().map(Comment::id).distinct().count()).as("distinct ids").isEqualTo(RESPONDENTS * COMMENTS_EACH);
        assertThat(stored.stream().map(c -> c.author() + ": " + c.text()).distinct().count()).as("none duplicated")
                .isEqualTo(RESPONDENTS * COMMENTS_EACH);
        report(latencies, wall);
    }

    private static void report(List<Long> nanos, long wall) throws IOException {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        String line = String.format(Locale.ROOT, "comment load: %d posts by %d respondents in %.1f s; latency ms p50 %.0f, "
                        + "p95 %.0f, p99 %.0f, max %.0f (PostgreSQL, one instance, %d cores)%n", sorted.size(), RESPONDENTS,
                wall / 1e9, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6,
                Runtime.getRuntime().availableProcessors());
        System.out.print(line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "comment-load.txt"), line);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1e6;
    }

    private static String user(int i) {
        return String.format(Locale.ROOT, "respondent%03d", i);
    }
}
