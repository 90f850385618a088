package org.tadworkbench.redline.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.redline.RunKind;
import org.tadworkbench.redline.TextRun;

/**
 * Word-level comparison: both texts are split into {@link Tokens}, compared with java-diff-utils (Myers), and the
 * result written as runs. For reading, a change is shown as all its deleted text then all its inserted text, and a
 * stretch of mere whitespace between two changes is folded into them (so "a b c" → "x y z" reads as one deletion
 * and one insertion, not six alternating fragments). Words inserted and deleted are counted before folding.
 */
public final class WordDiff {

    private WordDiff() {
    }

    public record Result(List<TextRun> runs, int wordsInserted, int wordsDeleted) {
    }

    public static Result of(String oldText, String newText) {
        List<String> a = Tokens.of(oldText);
        List<String> b = Tokens.of(newText);
        List<Segment> segments = new ArrayList<>();
        int inserted = 0;
        int deleted = 0;
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int at = delta.getSource().getPosition();
            if (at > position) {
                segments.add(Segment.equal(a.subList(position, at)));
            }
            List<String> gone = delta.getSource().getLines();
            List<String> come = delta.getTarget().getLines();
            deleted += (int) gone.stream().filter(Tokens::isWord).count();
            inserted += (int) come.stream().filter(Tokens::isWord).count();
            segments.add(new Segment(null, String.join("", gone), String.join("", come)));
            position = at + gone.size();
        }
        if (position < a.size()) {
            segments.add(Segment.equal(a.subList(position, a.size())));
        }
        return new Result(runs(fold(segments)), inserted, deleted);
    }

    /** Every run of the text as one kind: a section only one version has. */
    public static Result whole(String text, RunKind kind) {
        int words = (int) Tokens.of(text).stream().filter(Tokens::isWord).count();
        List<TextRun> runs = text.isEmpty() ? List.of() : List.of(new TextRun(kind, text));
        return new Result(runs, kind == RunKind.INSERTED ? words : 0, kind == RunKind.DELETED ? words : 0);
    }

    /** A segment is equal text (equal != null) or a change (deleted and inserted text, either may be empty). */
    private record Segment(String equal, String deleted, String inserted) {
        static Segment equal(List<String> tokens) {
            return new Segment(String.join("", tokens), null, null);
        }

        boolean isChange() {
            return equal == null;
        }
    }

    private static List<Segment> fold(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean between = !out.isEmpty() && out.get(out.size() - 1).isChange() && i + 1 < segments.size()
                    && segments.get(i + 1).isChange();
            if (!s.isChange() && between && s.equal().isBlank() && !s.equal().contains("\n\n")) {
                Segment previous = out.remove(out.size() - 1);
                Segment next = segments.get(++i);
                out.add(new Segment(null, previous.deleted() + s.equal() + next.deleted(),
                        previous.inserted() + s.equal() + next.inserted()));
            } else if (s.isChange() && !out.isEmpty() && out.get(out.size() - 1).isChange()) {
                Segment previous = out.remove(out.size() - 1);
                out.add(new Segment(null, previous.deleted() + s.deleted(), previous.inserted() + s.inserted()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<TextRun> runs(List<Segment> segments) {
        List<TextRun> runs = new ArrayList<>();
        for (Segment s : segments) {
            if (!s.isChange()) {
                add(runs, RunKind.EQUAL, s.equal());
            } else {
                add(runs, RunKind.DELETED, s.deleted());
                add(runs, RunKind.INSERTED, s.inserted());
            }
        }
        return runs;
    }

    private static void add(List<TextRun> runs, RunKind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
            TextRun last = runs.remove(runs.size() - 1);
            runs.add(new TextRun(kind, last.text() + text));
        } else {
            runs.add(new TextRun(kind, text));
        }
    }
}
