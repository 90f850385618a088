package org.tadworkbench.review;

/** A governance step was refused; the message says why, and who may do it or what must happen first. */
public class ReviewException extends RuntimeException {
    public ReviewException(String message) {
        super(message);
    }
}
