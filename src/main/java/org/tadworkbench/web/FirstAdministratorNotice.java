package org.tadworkbench.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tadworkbench.account.AccountStore;

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

    /** The database option for the command, when it is not the default ./data; never with credentials. */
    static String databaseHint(String url) {
        if (url == null || url.isBlank() || url.contains("/data/tad;") || url.startsWith("jdbc:h2:file:./data/tad")) {
            return "";
        }
        int query = url.indexOf('?');
        return " --db-url '" + (query < 0 ? url : url.substring(0, query)) + "'";
    }
}
