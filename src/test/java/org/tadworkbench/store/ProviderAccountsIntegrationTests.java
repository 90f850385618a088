package org.tadworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountChange;
import org.tadworkbench.account.AccountException;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.account.ProviderIdentity;

/**
 * Accounts bound to an identity provider (issue 16, migration V17) on H2 and PostgreSQL: created on the first sign-in
 * without a password, found again by issuer and subject whatever username the claims give later, their role
 * following the claims, a taken username refused, a disabled account left as it is.
 */
class ProviderAccountsIntegrationTests {

    private static final ProviderIdentity ANN = new ProviderIdentity("https://id.example.org", "subject-1");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tadworkbench.store.TestDatabases#both")
    void theFirstSignInBindsTheAccountAndLaterOnesFollowTheClaims(String name, TestDatabases.DatabaseFactory database) {
        AccountStore accounts = new AccountStore(database.create());

        Account first = accounts.signInThroughProvider(ANN, claimed("ann", AccountRole.DRAFTER));
        assertThat(first.enabled()).isTrue();
        assertThat(accounts.credentials("ann")).as("no password: the form cannot sign it in").isEmpty();

        Account later = accounts.signInThroughProvider(ANN, claimed("ann.renamed", AccountRole.NONE));
        assertThat(later.username()).isEqualTo("ann");
        assertThat(later.role()).isEqualTo(AccountRole.NONE);
        assertThat(accounts.find("ann").orElseThrow().role()).isEqualTo(AccountRole.NONE);
        assertThat(accounts.changes()).extracting(AccountChange::action).containsExactly("account-added", "account-changed");

        // Another subject of the same provider may not take the name; nor may anyone take a local account's.
        assertThatThrownBy(() -> accounts.signInThroughProvider(new ProviderIdentity(ANN.issuer(), "subject-2"),
                claimed("ann", AccountRole.ADMINISTRATOR))).isInstanceOf(AccountException.class).hasMessageContaining("already exists");
        accounts.add(new Account("lena", null, AccountRole.ADMINISTRATOR, null, null, true, null), "a long enough password", "tester");
        assertThatThrownBy(() -> accounts.signInThroughProvider(new ProviderIdentity(ANN.issuer(), "subject-3"),
                claimed("lena", AccountRole.DRAFTER))).isInstanceOf(AccountException.class);
        assertThat(accounts.credentials("lena")).isPresent();

        // Disabled: returned unchanged for the caller to refuse, and nothing audited.
        accounts.disable("ann", "admin");
        Account disabled = accounts.signInThroughProvider(ANN, claimed("ann", AccountRole.ADMINISTRATOR));
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.role()).isEqualTo(AccountRole.NONE);
        assertThat(accounts.changes()).extracting(AccountChange::action).containsExactly("account-added", "account-changed",
                "account-added", "account-disabled");
    }

    private static Account claimed(String username, AccountRole role) {
        return new Account(username, null, role, "Example Energy Ltd", null, true, null);
    }
}
