package org.tadworkbench.review;

import java.time.Instant;

/**
 * One recorded change: its place in the workspace's trail, when, by whom, what was done to which subject, and the
 * subject before and after (text or JSON snapshots; null when there was nothing before, e.g. a new comment).
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subjectKind, String subjectId,
                         String before, String after) {

    public AuditEntry {
        if (at == null) {
            throw new ReviewException("an audit entry needs its time");
        }
        Values.require(actor, "an audit entry needs who made the change");
        Values.require(action, "an audit entry needs what was done");
        Values.require(subjectKind, "an audit entry needs the kind of subject changed");
        Values.require(subjectId, "an audit entry needs the subject changed");
    }
}
