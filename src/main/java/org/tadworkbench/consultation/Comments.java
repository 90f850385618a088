package org.tadworkbench.consultation;

/** Limits on comment text, the same for the browser form and the response form. */
public final class Comments {

    /** Longest comment or proposed change accepted (characters). */
    public static final int MAX_TEXT = 20_000;

    private Comments() {
    }
}
