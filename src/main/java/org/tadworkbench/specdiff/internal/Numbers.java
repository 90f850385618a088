package org.tadworkbench.specdiff.internal;

import java.util.Locale;

/** Clause numbers as compared: without a trailing dot, in lower case ("A.1." and "a.1" are one number). */
public final class Numbers {

    private Numbers() {
    }

    public static String plain(String number) {
        String n = number == null ? "" : number.strip();
        while (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.toLowerCase(Locale.ROOT);
    }
}
