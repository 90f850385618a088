package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.store.GovernanceStore;

/**
 * Two server instances on one PostgreSQL, as behind a load balancer: a user signs in through instance A and the same
 * session cookie is signed in on instance B, where the form token A's session holds also works; a comment posted
 * through one instance is seen on the other.
 */
class SharedSessionIntegrationTests {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        a = PostgresServer.start(postgres);
        b = PostgresServer.start(postgres);
        new AccountStore(postgres.getPostgresDatabase()).add(
                new Account("paula", "Paula PM", AccountRole.PROJECT_MANAGER, "SECAS", null, true, null), "a long enough password", "tester");
    }

    @AfterAll
    static void stop() throws IOException {
        b.close();
        a.close();
        postgres.close();
    }

    @Test
    void aSignInThroughOneInstanceHoldsOnTheOther() {
        Browser onA = new Browser(PostgresServer.port(a));
        HttpResponse<String> signedIn = onA.signIn("paula", "a long enough password");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(onA.cookie("SESSION")).isNotBlank();

        Browser onB = onA.at(PostgresServer.port(b));
        assertThat(onB.get("/").body()).contains("Sign out", "(paula)");
        HttpResponse<String> changed = onB.post("/releases/r1/impacts/R03/status", "/releases/r1/impacts", Map.of("status", "drafting"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(onA.get("/releases/r1/impacts").body()).contains("R03: drafted → drafting");

        // Signing out on B ends the session for A too.
        onB.post("/logout", "/", Map.of());
        assertThat(new Browser(PostgresServer.port(a)).get("/").body()).doesNotContain("(paula)");
    }

    @Test
    void aCommentPostedThroughOneInstanceIsSeenOnTheOther() {
        a.getBean(GovernanceStore.class).changeState("mini", "2.0", DocumentState.INTERNAL_REVIEW, "paula",
                AccountRole.PROJECT_MANAGER, LocalDate.now());
        Browser onA = new Browser(PostgresServer.port(a));
        onA.signIn("paula", "a long enough password");
        HttpResponse<String> posted = onA.post("/versions/2.0/comments", "/versions/2.0/comments",
                Map.of("target", "document", "targetRef", "", "text", "Posted through instance A.", "proposedChange", ""));
        assertThat(posted.statusCode()).isEqualTo(302);

        assertThat(onA.at(PostgresServer.port(b)).get("/versions/2.0/comments").body()).contains("Posted through instance A.");
    }

}
