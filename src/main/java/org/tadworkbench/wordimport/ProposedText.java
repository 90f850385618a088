package org.tadworkbench.wordimport;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviewer's tracked changes carried onto the paragraph's own Markdown. Word gives the paragraph before and after
 * the changes, read back from Word; read back, Markdown the workbench wrote can differ from the source in ways the
 * reviewer did not make (a section link is a bookmark in Word, a soft line break a space). So the changes are taken
 * as a word diff of before and after, and applied to the source where the source reads as "before" does; only when
 * a change falls where they differ is the paragraph as Word has it proposed whole. No library applies a patch to a
 * text that differs from the patch's origin by more than a fixed fuzz, hence this.
 */
final class ProposedText {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private ProposedText() {
    }

    static String rebase(String source, String before, String after) {
        if (org.tadworkbench.review.ProposedChange.sameText(source, before)) {
            return after;
        }
        List<String> sourceTokens = tokens(source);
        List<String> beforeTokens = tokens(before);
        int[] sourceOf = alignment(beforeTokens, sourceTokens);
        List<AbstractDelta<String>> changes = DiffUtils.diff(beforeTokens, tokens(after)).getDeltas();
        List<String> out = new ArrayList<>(sourceTokens);
        // Applied from the end so that earlier positions stay valid.
        for (int d = changes.size() - 1; d >= 0; d--) {
            AbstractDelta<String> change = changes.get(d);
            int from = change.getSource().getPosition();
            int size = change.getSource().size();
            int start = from < sourceOf.length ? sourceOf[from] : (sourceOf.length == 0 ? out.size() : -2);
            if (from == beforeTokens.size()) {
                start = endOf(sourceOf, sourceTokens.size());
            }
            if (start < 0 || !sameRun(sourceOf, from, size)) {
                return after;
            }
            List<String> removed = out.subList(start, start + size);
            removed.clear();
            if (change.getType() != DeltaType.DELETE) {
                out.addAll(start, change.getTarget().getLines());
            }
        }
        return String.join("", out);
    }

    /** For each token of {@code before}, the index of the same token in {@code source}, or -1 where they differ. */
    private static int[] alignment(List<String> before, List<String> source) {
        int[] index = new int[before.size()];
        java.util.Arrays.fill(index, -1);
        int b = 0;
        int s = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, source).getDeltas()) {
            while (b < delta.getSource().getPosition()) {
                index[b++] = s++;
            }
            b += delta.getSource().size();
            s = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        while (b < before.size()) {
            index[b++] = s++;
        }
        return index;
    }

    /** Whether tokens from..from+size-1 of before map to consecutive tokens of the source. */
    private static boolean sameRun(int[] sourceOf, int from, int size) {
        for (int i = 1; i < size; i++) {
            if (sourceOf[from + i] != sourceOf[from] + i || sourceOf[from + i] < 0) {
                return false;
            }
        }
        return size == 0 || sourceOf[from] >= 0;
    }

    /** Where an insertion at the very end of "before" goes in the source: after its last aligned token. */
    private static int endOf(int[] sourceOf, int sourceSize) {
        return sourceOf.length == 0 || sourceOf[sourceOf.length - 1] < 0 ? -1
                : sourceOf[sourceOf.length - 1] + 1 == sourceSize ? sourceSize : sourceOf[sourceOf.length - 1] + 1;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
