package org.tadworkbench.word;

/**
 * A Word file that cannot be read safely or at all: encrypted, a 97-2003 .doc, not a ZIP, damaged, over the size
 * limits, macro-bearing, or holding XML with a DOCTYPE. The message names the file and, where one is at fault, the part.
 */
public final class WordFileException extends Exception {
    public WordFileException(String message) {
        super(message);
    }

    public WordFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
