package org.tadworkbench.account;

/** An account operation that cannot be done as asked (the account exists already, or is not there). */
public final class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }

    public AccountException(String message, Throwable cause) {
        super(message, cause);
    }
}
