package org.tadworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.account.Passwords;
import org.tadworkbench.store.Databases;

/** {@code tad users}: accounts created, listed and disabled from the command line, in the server's database. */
class UsersCommandIT {

    @TempDir
    Path data;

    @Test
    void addsAnAdministratorWithAPasswordFromStandardInputAndListsIt() {
        CliRun added = withStdin("a long enough password\n", "users", "add", "Admin", "--role", "administrator",
                "--name", "First Admin", "--password-stdin", "--data", data.toString());
        assertThat(added.exitCode()).as(added.all()).isZero();
        assertThat(added.out()).contains("added admin (administrator)").doesNotContain("a long enough password");

        var stored = new AccountStore(Databases.open(Databases.h2Url(data), "sa", "")).credentials("admin").orElseThrow();
        assertThat(stored.account().role()).isEqualTo(AccountRole.ADMINISTRATOR);
        assertThat(stored.passwordHash()).startsWith("{bcrypt}");
        assertThat(Passwords.encoder().matches("a long enough password", stored.passwordHash())).isTrue();

        CliRun list = CliRun.of("users", "list", "--data", data.toString());
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("USERNAME", "admin", "administrator", "First Admin");
        CliRun json = CliRun.of("users", "list", "--json", "--data", data.toString());
        assertThat(json.out()).contains("\"username\" : \"admin\"", "\"role\" : \"administrator\"", "\"enabled\" : true")
                .doesNotContain("bcrypt");
    }

    @Test
    void aRespondentNeedsOrganisationAndCategory() {
        CliRun missing = withStdin("a long enough password\n", "users", "add", "rita", "--role", "respondent",
                "--password-stdin", "--data", data.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("a respondent answers for an SEC Party", "organisation missing");

        CliRun added = withStdin("a long enough password\n", "users", "add", "rita", "--role", "respondent",
                "--organisation", "Example Energy Ltd", "--category", "Large Supplier", "--password-stdin", "--data", data.toString());
        assertThat(added.exitCode()).as(added.all()).isZero();
        assertThat(CliRun.of("users", "list", "--data", data.toString()).out()).contains("Example Energy Ltd (Large Supplier)");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        CliRun role = CliRun.of("users", "add", "x", "--role", "editor", "--password-stdin", "--data", data.toString());
        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.err()).contains("unknown role 'editor'", "tabasc-chair, tabasc-member, project-manager, drafter, "
                + "quality-assurance, tbec-member, respondent, administrator");

        CliRun category = CliRun.of("users", "add", "x", "--role", "respondent", "--category", "big", "--data", data.toString());
        assertThat(category.exitCode()).isEqualTo(2);
        assertThat(category.err()).contains("unknown party category 'big'", "large-supplier");

        CliRun shortPassword = withStdin("too short\n", "users", "add", "dora", "--role", "drafter", "--password-stdin", "--data", data.toString());
        assertThat(shortPassword.exitCode()).isEqualTo(1);
        assertThat(shortPassword.err()).contains("password too short: use at least 12 characters").doesNotContain("too short\n");

        CliRun noTerminal = CliRun.of("users", "add", "dora", "--role", "drafter", "--data", data.toString());
        assertThat(noTerminal.exitCode()).isEqualTo(2);
        assertThat(noTerminal.err()).contains("--password-stdin");

        withStdin("a long enough password\n", "users", "add", "dora", "--role", "drafter", "--password-stdin", "--data", data.toString());
        CliRun duplicate = withStdin("another long password\n", "users", "add", "DORA", "--role", "drafter", "--password-stdin", "--data", data.toString());
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).contains("account 'dora' already exists");

        assertThat(CliRun.of("users").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("users", "add", "--help").out()).contains("--role", "--password-stdin", "--organisation", "--category");
    }

    @Test
    void disablingAnAccountKeepsItListedAsDisabled() {
        withStdin("a long enough password\n", "users", "add", "dora", "--role", "drafter", "--password-stdin", "--data", data.toString());
        CliRun disabled = CliRun.of("users", "disable", "dora", "--data", data.toString());
        assertThat(disabled.exitCode()).isZero();
        assertThat(disabled.out()).contains("disabled dora; ended 0 session(s)");
        assertThat(CliRun.of("users", "list", "--json", "--data", data.toString()).out()).contains("\"enabled\" : false");

        CliRun unknown = CliRun.of("users", "disable", "nobody", "--data", data.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no account 'nobody'");
    }

    private static CliRun withStdin(String input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(original);
        }
    }
}
