package org.tadworkbench.workspace;

import java.util.IdentityHashMap;
import java.util.Map;
import org.tadworkbench.document.Section;

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

    /**
     * The place of a section that did not come from a file (edited in the browser, loaded from the database):
     * findings in it still name it, as {@code section 4.2.1}, with the line counted from the body's first line.
     */
    public static String sectionPlace(String number) {
        return "section " + number;
    }

    /** Whether the item was read from a file (so {@link #of} names that file). */
    public boolean fromFile(Object item) {
        return places.containsKey(item);
    }

    /**
     * Where the item starts; for a section not read from a file its {@link #sectionPlace}, otherwise an unknown
     * place when it did not come from a file.
     */
    public Location of(Object item) {
        Place place = places.get(item);
        if (place != null) {
            return place.at();
        }
        return item instanceof Section section ? new Location(sectionPlace(section.number()), 0) : new Location(UNKNOWN_FILE, 0);
    }

    /**
     * Where one field of the item is written, falling back to the item itself (also for no field, null). The body
     * of a section not read from a file starts at line 1 of its place, so a finding's line is the body's line.
     */
    public Location of(Object item, String field) {
        Place place = places.get(item);
        if (place == null && item instanceof Section section && "body".equals(field)) {
            return new Location(sectionPlace(section.number()), 1);
        }
        Integer line = place == null || field == null ? null : place.fields().get(field);
        return line == null ? of(item) : new Location(place.at().file(), line);
    }
}
