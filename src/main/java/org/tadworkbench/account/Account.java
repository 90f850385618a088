package org.tadworkbench.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person who signs in. A respondent answers for an SEC Party, so needs its organisation and party category; other
 * roles may name an organisation but have no party category. Usernames are kept in lower case. Serializable because
 * the signed-in account travels in the (database-held) session.
 *
 * @param organisation  null when not given
 * @param partyCategory only for respondents, otherwise null
 */
public record Account(String username, String displayName, AccountRole role, String organisation,
                      PartyCategory partyCategory, boolean enabled, Instant createdAt) implements Serializable {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    public Account {
        username = normaliseUsername(username);
        if (role == null) {
            throw new IllegalArgumentException("account '" + username + "' needs a role: use one of " + AccountRole.codes());
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (role == AccountRole.RESPONDENT && (organisation == null || partyCategory == null)) {
            throw new IllegalArgumentException("a respondent answers for an SEC Party: give its organisation and party category"
                    + " (" + (organisation == null ? "organisation missing" : "party category missing") + ")");
        }
        if (role != AccountRole.RESPONDENT && partyCategory != null) {
            throw new IllegalArgumentException("only a respondent has a party category, not a " + role.code());
        }
    }

    /** A username as stored: trimmed, lower case; letters, digits and . _ @ - up to 100 characters. */
    public static String normaliseUsername(String username) {
        String normal = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normal).matches()) {
            throw new IllegalArgumentException("invalid username '" + username
                    + "': use letters, digits and . _ @ - (up to 100 characters, starting with a letter or digit)");
        }
        return normal;
    }

    public Account withEnabled(boolean nowEnabled) {
        return new Account(username, displayName, role, organisation, partyCategory, nowEnabled, createdAt);
    }
}
