package org.tadworkbench.word.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tadworkbench.word.TrackedChange;

/**
 * Gathers, while the body is read, where each comment's range starts and the text it covers, and the tracked changes
 * with their text. The body parser feeds it the text it keeps; text the view leaves out (a deletion when changes are
 * accepted) is given directly.
 */
final class ReviewCollector {

    /** Where a comment sits in the body: the paragraph its range starts in, the text covered so far, whether ended. */
    static final class Placement {
        int paragraph;
        final StringBuilder quote = new StringBuilder();
        boolean open;
    }

    private static final class Capture {
        final TrackedChange.Kind kind;
        final String author;
        final String date;
        final int paragraph;
        final StringBuilder text = new StringBuilder();
        final int slot;

        Capture(TrackedChange.Kind kind, String author, String date, int paragraph, int slot) {
            this.kind = kind;
            this.author = author;
            this.date = date;
            this.paragraph = paragraph;
            this.slot = slot;
        }
    }

    private final Map<String, Placement> placements = new LinkedHashMap<>();
    /** The ranges not yet ended: text goes to these only, so a document with many comments stays fast. */
    private final List<Placement> open = new ArrayList<>();
    private final Deque<Capture> captures = new ArrayDeque<>();
    /** Changes in document order; a change still being read holds its slot as null until it ends. */
    private final List<TrackedChange> changes = new ArrayList<>();

    void rangeStart(String id, int paragraph) {
        if (id == null) {
            return;
        }
        Placement p = placements.computeIfAbsent(id, k -> new Placement());
        if (p.paragraph == 0) {
            p.paragraph = paragraph;
            p.open = true;
            open.add(p);
        }
    }

    void rangeEnd(String id) {
        Placement p = id == null ? null : placements.get(id);
        if (p != null && p.open) {
            p.open = false;
            open.remove(p);
        }
    }

    /** A comment reference without a range still places the comment. */
    void reference(String id, int paragraph) {
        if (id != null) {
            Placement p = placements.computeIfAbsent(id, k -> new Placement());
            if (p.paragraph == 0) {
                p.paragraph = paragraph;
            }
        }
    }

    /** Text the view keeps: it belongs to every open comment range and every open tracked change. */
    void text(String text) {
        for (Placement p : open) {
            p.quote.append(text);
        }
        for (Capture c : captures) {
            c.text.append(text);
        }
    }

    /** A paragraph ends: a comment range that goes on covers a new line. */
    void paragraphEnd() {
        for (Placement p : open) {
            if (!p.quote.isEmpty() && p.quote.charAt(p.quote.length() - 1) != '\n') {
                p.quote.append('\n');
            }
        }
    }

    /** A tracked change whose content the view keeps starts; its text is what {@link #text} receives until it ends. */
    void begin(TrackedChange.Kind kind, String author, String date, int paragraph) {
        changes.add(null);
        captures.push(new Capture(kind, author, date, paragraph, changes.size() - 1));
    }

    void end() {
        Capture c = captures.pop();
        boolean row = c.kind == TrackedChange.Kind.ROW_INSERTED || c.kind == TrackedChange.Kind.ROW_DELETED;
        String text = row ? c.text.toString().strip() : c.text.toString();
        changes.set(c.slot, new TrackedChange(c.kind, c.author, c.date, c.paragraph, text));
    }

    /** A tracked change read whole (its content is not in the view, or it has none). */
    void add(TrackedChange.Kind kind, String author, String date, int paragraph, String text) {
        changes.add(new TrackedChange(kind, author, date, paragraph, text));
    }

    /** Text of a change not in the view, given to changes still open around it (a deleted row's cells). */
    void hiddenText(String text) {
        for (Capture c : captures) {
            c.text.append(text);
        }
    }

    Map<String, Placement> placements() {
        return new HashMap<>(placements);
    }

    List<TrackedChange> changes() {
        return changes.stream().filter(java.util.Objects::nonNull).toList();
    }

    static TrackedChange.Kind kindOf(String element) {
        return switch (element) {
            case "ins" -> TrackedChange.Kind.INSERTION;
            case "del" -> TrackedChange.Kind.DELETION;
            case "moveFrom" -> TrackedChange.Kind.MOVE_FROM;
            default -> TrackedChange.Kind.MOVE_TO;
        };
    }
}
