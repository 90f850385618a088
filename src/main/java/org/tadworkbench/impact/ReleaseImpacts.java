package org.tadworkbench.impact;

import java.util.List;

/** The impact register of one release (releases/&lt;id&gt;/impacts.yaml). */
public record ReleaseImpacts(String release, String title, List<String> notes, List<ImpactRow> impacts) {
    public ReleaseImpacts {
        notes = List.copyOf(notes);
        impacts = List.copyOf(impacts);
    }
}
