package org.tadworkbench.workspace;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each value read from a workspace came from, kept beside the values so that the domain records stay plain.
 * Keyed by identity: two equal rows in different files keep their own places.
 */
public final class Locations {

    /** The file of a value that did not come from a file (built in memory, loaded from the database). */
    public static final String UNKNOWN_FILE = "?";

    private final Map<Object, Location> items = new IdentityHashMap<>();
    private final Map<Object, Map<String, Integer>> fields = new IdentityHashMap<>();

    public void put(Object item, Location at, Map<String, Integer> fieldLines) {
        items.put(item, at);
        if (!fieldLines.isEmpty()) {
            fields.put(item, new HashMap<>(fieldLines));
        }
    }

    public void putAll(Locations other) {
        items.putAll(other.items);
        fields.putAll(other.fields);
    }

    /** Where the item starts, or an unknown place when it did not come from a file. */
    public Location of(Object item) {
        return items.getOrDefault(item, new Location(UNKNOWN_FILE, 0));
    }

    /** Where one field of the item is written, falling back to the item itself. */
    public Location of(Object item, String field) {
        Location at = of(item);
        Integer line = fields.getOrDefault(item, Map.of()).get(field);
        return line == null ? at : new Location(at.file(), line);
    }
}
