package org.tadworkbench.redline;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of the redline: a matched pair of sections of the two versions, or a section only one of them has.
 * {@code heading} compares "number title" of both; {@code body} compares the plain text of the Markdown bodies.
 * Word counts cover heading and body. Numbers and titles of the side that does not exist are null.
 */
public record SectionChange(ChangeKind kind, String oldNumber, String newNumber, String oldTitle, String newTitle,
                            String oldParent, String newParent, List<TextRun> heading, List<TextRun> body,
                            int wordsInserted, int wordsDeleted) {

    public SectionChange {
        heading = List.copyOf(heading);
        body = List.copyOf(body);
    }

    /** The number the section has in the new version, or had in the old one when removed. */
    public String number() {
        return newNumber != null ? newNumber : oldNumber;
    }

    public String title() {
        return newTitle != null ? newTitle : oldTitle;
    }

    /** Outline depth, 1 for a chapter. */
    public int depth() {
        return number().split("\\.").length;
    }

    public boolean titleChanged() {
        return oldTitle != null && newTitle != null && !oldTitle.equals(newTitle);
    }

    public boolean textChanged() {
        return body.stream().anyMatch(r -> r.kind() != RunKind.EQUAL);
    }

    /** Anything to review: every kind but unchanged. */
    public boolean changed() {
        return kind != ChangeKind.UNCHANGED;
    }

    /** A stable fragment id for links: s-NUMBER, or removed-NUMBER for a section only the old version has. */
    public String anchor() {
        return kind == ChangeKind.REMOVED ? "removed-" + oldNumber : "s-" + newNumber;
    }

    /** One line for people: "renumbered from 4.2.6; title changed; 12 words inserted, 3 deleted". */
    public String description() {
        List<String> parts = new ArrayList<>();
        switch (kind) {
            case ADDED -> parts.add("added");
            case REMOVED -> parts.add("removed");
            case MOVED -> parts.add("moved from " + (oldParent == null ? "the top level" : "parent " + oldParent)
                    + " (was " + oldNumber + ")");
            case RENUMBERED -> parts.add("renumbered from " + oldNumber);
            case UNCHANGED -> parts.add("unchanged");
            case CHANGED -> {
            }
        }
        if (titleChanged()) {
            parts.add("title changed");
        }
        if (kind != ChangeKind.ADDED && kind != ChangeKind.REMOVED && kind != ChangeKind.UNCHANGED) {
            if (wordsInserted > 0 || wordsDeleted > 0) {
                parts.add(wordsInserted + " words inserted, " + wordsDeleted + " deleted");
            } else if (kind != ChangeKind.CHANGED) {
                parts.add("text unchanged");
            }
        }
        if (parts.isEmpty()) {
            parts.add("changed");
        }
        return String.join("; ", parts);
    }
}
