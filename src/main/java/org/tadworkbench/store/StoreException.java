package org.tadworkbench.store;

/** The database could not do what was asked; nothing was half-written. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
