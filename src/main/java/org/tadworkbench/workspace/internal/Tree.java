package org.tadworkbench.workspace.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the ordered map a record is written as. Absent optional values are left out, so the file shows
 * only what was said; the key order is the schema's order, which makes the written form canonical.
 */
public final class Tree {

    private final Map<String, Object> map = new LinkedHashMap<>();

    public static Tree map() {
        return new Tree();
    }

    /** Always written (a required field). */
    public Tree put(String key, Object value) {
        map.put(key, value instanceof Enum<?> e ? Codes.of(e) : value);
        return this;
    }

    /** Written only when present and, for lists, not empty. */
    public Tree opt(String key, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            put(key, value);
        }
        return this;
    }

    public Map<String, Object> build() {
        return map;
    }
}
