package org.tadworkbench.archimate.internal;

import java.util.Optional;

/**
 * Our ids as exchange-file identifiers and back. Identifiers are {@code xs:ID}s: XML NCNames, unique across the
 * whole file. Our ids are free text and only unique per kind (an element and a relationship may share one), so:
 * <ul>
 *   <li>every character outside {@code [A-Za-z0-9.-]} is escaped: {@code _} as {@code __}, any other as
 *       {@code _HEX_} (its code point in upper-case hex), which is reversible and always an NCName after "id-";</li>
 *   <li>an escaped id never holds {@code _} followed by a letter beyond F, so the kind markers {@code _rel},
 *       {@code _view}, {@code _n_} and {@code _x_} cannot be produced by escaping, and no two kinds collide.</li>
 * </ul>
 * Element {@code e1} is {@code id-e1}, relationship {@code L1} is {@code id-L1_rel}, view {@code v} is
 * {@code id-v_view}; nodes and connections extend their view's identifier.
 */
public final class Identifiers {

    static final String PREFIX = "id-";
    public static final String RELATIONSHIP_MARK = "_rel";
    public static final String VIEW_MARK = "_view";

    private Identifiers() {
    }

    public static String element(String id) {
        return PREFIX + escape(id);
    }

    public static String relationship(String id) {
        return PREFIX + escape(id) + RELATIONSHIP_MARK;
    }

    public static String view(String id) {
        return PREFIX + escape(id) + VIEW_MARK;
    }

    public static String node(String viewId, String elementId) {
        return view(viewId) + "_n_" + escape(elementId);
    }

    public static String connection(String viewId, String relationshipId) {
        return view(viewId) + "_x_" + escape(relationshipId);
    }

    /** The model's own identifier; "model-" keeps it apart from every "id-" identifier. */
    public static String model(String id) {
        return "model-" + escape(id);
    }

    public static String propertyDefinition(String name) {
        return "propid-" + escape(name);
    }

    /**
     * Our id for an identifier read from a file. Identifiers that are not ours (another tool's "id-uuid", or
     * anything without "id-") are kept as they are, minus the "id-" prefix that tools put before a uuid.
     * {@code mark} is the kind marker to drop ({@link #RELATIONSHIP_MARK}, {@link #VIEW_MARK}) or null.
     */
    public static String ours(String identifier, String mark) {
        if (!identifier.startsWith(PREFIX)) {
            return identifier;
        }
        String body = identifier.substring(PREFIX.length());
        String unmarked = mark != null && body.endsWith(mark) ? body.substring(0, body.length() - mark.length()) : body;
        return unescape(unmarked).orElse(body);
    }

    static String escape(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        id.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                out.appendCodePoint(c);
            } else if (c == '_') {
                out.append("__");
            } else {
                out.append('_').append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append('_');
            }
        });
        return out.toString();
    }

    /** The id an escaped text stands for, or empty when it is not the output of {@link #escape}. */
    static Optional<String> unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '_') {
                out.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '_') {
                out.append('_');
                i += 2;
            } else {
                int end = text.indexOf('_', i + 1);
                if (end < 0 || end == i + 1 || end - i - 1 > 6 || !text.substring(i + 1, end).matches("[0-9A-F]+")) {
                    return Optional.empty();
                }
                int codePoint = Integer.parseInt(text.substring(i + 1, end), 16);
                if (!Character.isValidCodePoint(codePoint)) {
                    return Optional.empty();
                }
                out.appendCodePoint(codePoint);
                i = end + 1;
            }
        }
        return Optional.of(out.toString());
    }
}
