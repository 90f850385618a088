package org.tadworkbench.web;

import java.util.Map;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ReleaseImpacts;

/** One release's impact register in brief: what the dashboard and the release list show. */
record ReleaseSummary(String id, String title, int rows, Map<ImpactStatus, Long> byStatus) {

    static ReleaseSummary of(ReleaseImpacts release) {
        String title = release.title() == null ? release.release() : release.title();
        return new ReleaseSummary(release.release(), title, release.impacts().size(), StatusCounts.of(release.impacts()));
    }
}
