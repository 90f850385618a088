package org.tadworkbench.review;

/** Checks shared by the governance records. */
final class Values {

    private Values() {
    }

    static String require(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new ReviewException(message);
        }
        return value;
    }
}
