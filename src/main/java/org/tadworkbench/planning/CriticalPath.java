package org.tadworkbench.planning;

import java.util.List;

/**
 * The longest chain of activities through {@code dependsOn}, each weighed by the Working Days of its window (both
 * ends counted); activities without a milestone (level-of-effort work such as project management) are left out.
 */
public record CriticalPath(List<String> activities, int workingDays) {
    public CriticalPath {
        activities = List.copyOf(activities);
    }
}
