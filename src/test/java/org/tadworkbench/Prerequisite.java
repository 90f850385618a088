package org.tadworkbench;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine rather than from the repository (Debian's Chromium, the {@link SharedFolder}).
 * A user's clone may lack it, so there the test is skipped with the reason; CI ({@code CI=true}) must provide it, so
 * there its absence is a failure rather than a silently skipped check.
 */
public final class Prerequisite {

    private Prerequisite() {
    }

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Ends the calling test because {@code what} is missing: a failure on CI, a skip elsewhere. {@code remedy} says
     * how to provide it; both land in the one-line reason.
     */
    public static void missing(String what, String remedy) {
        if (onCi()) {
            Assertions.fail(what + " is missing, which CI must provide: " + remedy);
        }
        Assumptions.abort(what + " is missing on this machine, so this test is skipped (" + remedy + ")");
    }
}
