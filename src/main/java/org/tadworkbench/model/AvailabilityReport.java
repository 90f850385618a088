package org.tadworkbench.model;

import java.util.List;

/** Availability of every service request, device and HAN join of the model for one variant. */
public record AvailabilityReport(String variant, String modelVersion, List<AvailabilityItem> serviceRequests,
                                 List<AvailabilityItem> devices, List<AvailabilityItem> joins) {
}
