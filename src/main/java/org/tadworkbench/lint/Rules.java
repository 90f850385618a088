package org.tadworkbench.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Location;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;

/** Shared plumbing of the lint rules: collecting findings at the places the reader recorded. */
abstract class Rules {

    protected final Workspace ws;
    protected final Locations at;
    private final List<Finding> findings = new ArrayList<>();

    Rules(Workspace ws, Locations at) {
        this.ws = ws;
        this.at = at;
    }

    abstract void run();

    final List<Finding> check() {
        run();
        return findings;
    }

    protected void error(Object item, String field, String code, String message) {
        findings.add(Finding.error(at.of(item, field), code, message));
    }

    protected void warning(Object item, String field, String code, String message) {
        findings.add(Finding.warning(at.of(item, field), code, message));
    }

    protected void errorAt(Location location, String code, String message) {
        findings.add(Finding.error(location, code, message));
    }

    protected void warningAt(Location location, String code, String message) {
        findings.add(Finding.warning(location, code, message));
    }

    /** Reports every item whose key was already used by an earlier one; returns the items by key. */
    protected <T> Map<String, T> unique(List<T> items, Function<T, String> key, String what) {
        Map<String, T> byKey = new HashMap<>();
        for (T item : items) {
            T earlier = byKey.putIfAbsent(key.apply(item), item);
            if (earlier != null) {
                Location first = at.of(earlier);
                error(item, null, "duplicate", "duplicate " + what + " '" + key.apply(item) + "' (first at "
                        + first.file() + ":" + first.line() + ")");
            }
        }
        return byKey;
    }
}
