package org.tadworkbench.web;

import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tadworkbench.account.AccountStore;
import org.tadworkbench.store.Databases;

/**
 * First start: with no enabled administrator there is no way in, and no default password ever, so the log says how
 * to create the first one (on the same database the server uses).
 */
@Component
class FirstAdministratorNotice {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministratorNotice.class);

    private final AccountStore accounts;
    private final String databaseUrl;

    FirstAdministratorNotice(AccountStore accounts, @Value("${spring.datasource.url:}") String databaseUrl) {
        this.accounts = accounts;
        this.databaseUrl = databaseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void tellHowToCreateTheFirstAdministrator() {
        if (!accounts.hasEnabledAdministrator()) {
            LOG.warn("No administrator account yet, so nobody can sign in to change anything. Create the first one with:"
                    + "  ./tad users add admin --role administrator{}  (it asks for a password of at least 12 characters)",
                    databaseHint(databaseUrl));
        }
    }

    /**
     * The database option that makes the command reach the server's own database: none for the default {@code ./data}
     * of the folder the server runs in, {@code --data DIR} for another embedded database, else {@code --db-url} without
     * its query (never credentials, which come from TAD_DB_USER / TAD_DB_PASSWORD).
     */
    static String databaseHint(String url) {
        return databaseHint(url, Path.of("data"));
    }

    static String databaseHint(String url, Path defaultDataDir) {
        if (url == null || url.isBlank()) {
            return "";
        }
        Optional<Path> dataDir = Databases.h2DataDir(url);
        if (dataDir.isPresent()) {
            Path dir = dataDir.get().toAbsolutePath().normalize();
            return dir.equals(defaultDataDir.toAbsolutePath().normalize()) ? "" : " --data " + shellQuoted(dir.toString());
        }
        int query = url.indexOf('?');
        String withoutQuery = query < 0 ? url : url.substring(0, query);
        return " --db-url " + shellQuoted(withoutQuery)
                + (url.startsWith("jdbc:postgresql:") ? " (with TAD_DB_USER and TAD_DB_PASSWORD set as for the server)" : "");
    }

    /** Pasted into a shell as it is: plain paths stay readable, anything else is single-quoted. */
    private static String shellQuoted(String value) {
        return value.matches("[A-Za-z0-9_./:@=+-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
