package org.tadworkbench.model;

import java.util.List;

/**
 * Whether a service request, a device or a HAN join is available in one variant, and why not.
 * {@code status} is available, unavailable or replaced; {@code source} the clause that decides it (may be null);
 * {@code reasons} the chain from the item to the variation that makes it unavailable.
 */
public record AvailabilityItem(String id, String code, String name, boolean available, String status, String source,
                               List<String> reasons) {
    public AvailabilityItem {
        reasons = List.copyOf(reasons);
    }
}
