package org.tadworkbench.account;

/** An account with its password hash, for the sign-in check only; never shown or logged. */
public record StoredCredentials(Account account, String passwordHash) {

    @Override
    public String toString() {
        return "StoredCredentials[" + account.username() + "]";
    }
}
