package org.tadworkbench.account;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password rules and the one encoder: Spring Security's delegating encoder, which writes {@code {bcrypt}...}
 * hashes and can still check older formats. Passwords are never logged or echoed.
 */
public final class Passwords {

    public static final int MINIMUM_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    public static final int MAXIMUM_BYTES = 72;

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private Passwords() {
    }

    public static PasswordEncoder encoder() {
        return ENCODER;
    }

    /** Throws, with the rule broken, when the password cannot be used. */
    public static void check(CharSequence password) {
        if (password == null || password.codePoints().count() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("password too short: use at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.toString().getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw new IllegalArgumentException("password too long: at most " + MAXIMUM_BYTES + " bytes (bcrypt ignores the rest)");
        }
        if (password.toString().isBlank()) {
            throw new IllegalArgumentException("password is blank");
        }
    }
}
