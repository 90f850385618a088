package org.tadworkbench.web;

/** The reader may not see a version's text in its present state; the message says why (a 403 page). */
class VersionHiddenException extends RuntimeException {
    VersionHiddenException(String message) {
        super(message);
    }
}
