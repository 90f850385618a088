package org.tadworkbench.workspace;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each value read from a workspace came from, kept beside the values so that the domain records stay plain.
 * Keyed by identity: two equal rows in different files keep their own places.
 */
public final class Locations {

    /** The file of a value that did not come from a file (built in memory, loaded from the database). */
    public static final String UNKNOWN_FILE = "?";

    /** Where one item starts and where each of its fields is written. */
    private record Place(Location at, Map<String, Integer> fields) {
    }

    private final IdentityHashMap<Object, Place> places;

    public Locations() {
        this(32);
    }

    /** Room for this many items from the start (joining the places of a large workspace's files). */
    Locations(int expectedItems) {
        places = new IdentityHashMap<>(expectedItems);
    }

    int size() {
        return places.size();
    }

    public void put(Object item, Location at, Map<String, Integer> fieldLines) {
        places.put(item, new Place(at, fieldLines.isEmpty() ? Map.of() : Map.copyOf(fieldLines)));
    }

    public void putAll(Locations other) {
        other.places.forEach(places::put); // forEach, unlike putAll, makes no entry object per item
    }

    /** What {@link #forEachPlace} hands over: an item, where it starts and where its fields are. */
    interface PlaceConsumer {
        void accept(Object item, Location at, Map<String, Integer> fieldLines);
    }

    /** Every item with its place, for {@link ParseCache}. */
    void forEachPlace(PlaceConsumer consumer) {
        places.forEach((item, place) -> consumer.accept(item, place.at(), place.fields()));
    }

    /** Where the item starts, or an unknown place when it did not come from a file. */
    public Location of(Object item) {
        Place place = places.get(item);
        return place == null ? new Location(UNKNOWN_FILE, 0) : place.at();
    }

    /** Where one field of the item is written, falling back to the item itself (also for no field, null). */
    public Location of(Object item, String field) {
        Place place = places.get(item);
        Integer line = place == null || field == null ? null : place.fields().get(field);
        return line == null ? of(item) : new Location(place.at().file(), line);
    }
}
