package org.tadworkbench.review;

import java.time.Instant;

/**
 * SECAS's answer to a comment: the outcome, the response, the reason (required when rejected), and the section change
 * that answers it (section number and the section revision that holds the change). A later disposition of the same
 * comment supersedes an earlier one; both are kept.
 */
public record Disposition(long commentId, Outcome outcome, String response, String reason, String sectionNumber,
                          Integer sectionRevision, String by, Instant at) {

    public enum Outcome {
        ACCEPTED, ACCEPTED_IN_PART, REJECTED, NOTED, OUT_OF_SCOPE
    }

    public Disposition {
        if (outcome == null) {
            throw new ReviewException("a disposition needs an outcome: accepted, accepted in part, rejected, noted or out of scope");
        }
        Values.require(response, "a disposition needs a response to the commenter");
        if (outcome == Outcome.REJECTED) {
            Values.require(reason, "a rejected comment needs the reason for rejecting it");
        }
        if (sectionRevision != null && sectionNumber == null) {
            throw new ReviewException("a section revision needs the section number it belongs to");
        }
        Values.require(by, "a disposition needs who made it");
    }

    public Disposition at(Instant when) {
        return new Disposition(commentId, outcome, response, reason, sectionNumber, sectionRevision, by, when);
    }
}
