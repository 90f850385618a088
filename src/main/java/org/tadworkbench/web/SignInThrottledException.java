package org.tadworkbench.web;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because there were too many failures for the username or from the address. */
final class SignInThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Instant until;

    SignInThrottledException(Instant until) {
        super("too many failed sign-ins; refused until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
