package org.tadworkbench.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.account.PartyCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code tad users add|list|disable}: the accounts that sign in to the server, in its database. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the accounts that sign in to the server (in the same database as `tad serve`).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAccounts.class, UsersCommand.Disable.class})
final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a users verb is required: add, list or disable");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create an account. The password (at least 12 characters) is read from standard input with "
                    + "--password-stdin, otherwise prompted for without echo.",
                    "Roles: tabasc-chair, tabasc-member, project-manager, drafter, quality-assurance, tbec-member, "
                            + "respondent, administrator.",
                    "A respondent needs --organisation and --category (large-supplier, small-supplier, "
                            + "electricity-network-operator, gas-network-operator, other-sec-party)."})
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "USERNAME", description = "Sign-in name: letters, digits and . _ @ - (kept in lower case).")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleConverter.class,
                description = "The account's role, e.g. drafter or administrator.")
        AccountRole role;

        @Option(names = "--name", paramLabel = "NAME", description = "Display name (default: the username).")
        String name;

        @Option(names = "--organisation", paramLabel = "ORG", description = "Organisation (required for a respondent).")
        String organisation;

        @Option(names = "--category", paramLabel = "CATEGORY", converter = CategoryConverter.class,
                description = "SEC Party category of a respondent, e.g. large-supplier.")
        PartyCategory category;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            Account account;
            try {
                account = new Account(username, name, role, organisation, category, true, null);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            char[] password = readPassword();
            if (password == null) {
                return 1;
            }
            try {
                Account created = new AccountStore(database.open()).add(account, new String(password), operator());
                spec.commandLine().getOut().println("added " + created.username() + " (" + created.role().code() + ") to "
                        + database.url());
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("tad: " + e.getMessage());
                return 1;
            } finally {
                Arrays.fill(password, ' ');
            }
        }

        private char[] readPassword() {
            PrintWriter err = spec.commandLine().getErr();
            if (passwordStdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (line == null) {
                        err.println("tad: --password-stdin: standard input is empty");
                        return null;
                    }
                    return line.toCharArray();
                } catch (IOException e) {
                    err.println("tad: --password-stdin: " + e.getMessage());
                    return null;
                }
            }
            Console console = System.console();
            if (console == null) {
                throw new ParameterException(spec.commandLine(),
                        "no terminal to ask for the password: pipe it in with --password-stdin");
            }
            char[] first = console.readPassword("Password for %s (at least 12 characters): ", username);
            char[] again = console.readPassword("Repeat the password: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                err.println("tad: the passwords differ; nothing added");
                return null;
            }
            Arrays.fill(again, ' ');
            return first;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListAccounts implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "List as JSON.")
        boolean json;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            List<Account> accounts = new AccountStore(database.open()).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(accounts.stream().map(ListAccounts::json).toList()));
                return 0;
            }
            if (accounts.isEmpty()) {
                out.println("no accounts; create the first administrator with: tad users add admin --role administrator");
                return 0;
            }
            String format = "%-24s %-18s %-8s %-30s %s%n";
            out.printf(format, "USERNAME", "ROLE", "ENABLED", "NAME", "ORGANISATION");
            for (Account a : accounts) {
                String organisation = a.organisation() == null ? "" : a.organisation()
                        + (a.partyCategory() == null ? "" : " (" + a.partyCategory().label() + ")");
                out.printf(format, a.username(), a.role().code(), a.enabled() ? "yes" : "no", a.displayName(), organisation);
            }
            return 0;
        }

        private static Map<String, Object> json(Account a) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("username", a.username());
            json.put("displayName", a.displayName());
            json.put("role", a.role().code());
            json.put("organisation", a.organisation());
            json.put("partyCategory", a.partyCategory() == null ? null : a.partyCategory().code());
            json.put("enabled", a.enabled());
            json.put("createdAt", a.createdAt().toString());
            return json;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account: it can no longer sign in, and its sessions end on every server instance.")
    static final class Disable implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            int sessions = new AccountStore(database.open()).disable(username, operator());
            spec.commandLine().getOut().println("disabled " + username.strip().toLowerCase(java.util.Locale.ROOT)
                    + "; ended " + sessions + " session(s)");
            return 0;
        }
    }

    static final class RoleConverter implements ITypeConverter<AccountRole> {
        @Override
        public AccountRole convert(String value) {
            try {
                return AccountRole.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class CategoryConverter implements ITypeConverter<PartyCategory> {
        @Override
        public PartyCategory convert(String value) {
            try {
                return PartyCategory.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Who the audit records for a change made here: this command and the operating-system user running it. */
    static String operator() {
        return "tad users (" + System.getProperty("user.name", "unknown user") + ")";
    }
}
