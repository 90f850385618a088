package org.tadworkbench.web;

/** The request names something that cannot be (an unknown status, say); its message tells the user what to fix. */
class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
