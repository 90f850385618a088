package org.tadworkbench.archimate.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small indenting XML writer. Written by hand rather than through a Transformer so that the bytes depend on
 * nothing but the model: attribute order, indentation and line endings are ours, whatever the JDK.
 */
public final class XmlWriter {

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Deque<String> open = new ArrayDeque<>();

    public XmlWriter() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; {@code attributes} are name, value pairs, written in the order given, null values left out. */
    public XmlWriter start(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    public XmlWriter end() {
        String name = open.pop();
        indent().append("</").append(name).append(">\n");
        return this;
    }

    public XmlWriter empty(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An element holding text only, e.g. {@code <name xml:lang="en">text</name>}. */
    public XmlWriter text(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements " + open);
        }
        return out.toString();
    }

    private void attributes(String... attributes) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
            }
        }
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(open.size()));
    }

    /**
     * Escapes markup; carriage returns and (in attributes) tabs and newlines become references so that parsers do
     * not normalise them away. Characters XML 1.0 cannot carry at all become U+FFFD rather than a broken file.
     */
    static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\r' -> escaped.append("&#13;");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> {
                    boolean allowed = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
                    escaped.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return escaped.toString();
    }
}
