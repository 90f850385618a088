package org.tadworkbench.wordimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.document.ReviewAnchors;
import org.tadworkbench.document.Section;
import org.tadworkbench.intake.SpecReaders;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.word.Block;
import org.tadworkbench.word.Paragraph;
import org.tadworkbench.word.Table;
import org.tadworkbench.word.WordDocument;

/**
 * Where each part of a reviewer's Word file belongs in one version's text: the section or the paragraph (as
 * {@link Paragraphs} numbers them) of every top-level block, or nowhere.
 *
 * <p>A reviewer copy carries a bookmark for every section and paragraph ({@link ReviewAnchors}), so its blocks are
 * placed exactly: each block belongs to the last anchor at or before its first paragraph. Any other Word file (a
 * reviewer's own copy of the published TAD, an older edition) is placed as a reader would: headings by their number
 * and title, then each paragraph by the words it shares with that section's paragraphs, or with any section's when
 * its heading is not found. What matches nothing is left unplaced (null), never guessed.
 */
final class ReviewPlacement {

    /** A place in the version: a section ({@code 4.2.1}) or a paragraph ({@code 4.2.1#3}). */
    record Target(CommentTarget kind, String ref) {
        String section() {
            return CommentTarget.sectionOf(ref);
        }

        int paragraph() {
            return CommentTarget.paragraphOf(ref);
        }
    }

    /** The share of a Word paragraph's words a paragraph of the version must hold to be taken as the same. */
    private static final double SAME_PARAGRAPH = 0.6;

    private final List<Target> blockTargets = new ArrayList<>();
    private final Map<Integer, Target> paragraphTargets = new HashMap<>();
    private final boolean byAnchors;

    private ReviewPlacement(WordDocument document, List<Section> sections) {
        Map<String, Target> anchors = anchors(sections);
        byAnchors = document.body().stream().flatMap(b -> paragraphs(b).stream())
                .anyMatch(p -> p.bookmarks().stream().anyMatch(anchors::containsKey));
        Map<String, List<Set<String>>> words = paragraphWords(sections);
        if (byAnchors) {
            placeByAnchors(document, anchors, words);
        } else {
            placeByText(document, sections, words);
        }
    }

    static ReviewPlacement of(WordDocument document, List<Section> sections) {
        return new ReviewPlacement(document, sections);
    }

    /** Whether the file carries the reviewer copy's anchors (else it was placed by headings and text). */
    boolean byAnchors() {
        return byAnchors;
    }

    /** The place of top-level block {@code i} of the body, or null. */
    Target block(int i) {
        return blockTargets.get(i);
    }

    /** The place of the paragraph with {@link Paragraph#index()} {@code index}, or null. */
    Target paragraph(int index) {
        return paragraphTargets.get(index);
    }

    private static Map<String, Target> anchors(List<Section> sections) {
        Map<String, Target> anchors = new HashMap<>();
        for (Section section : sections) {
            anchors.put(ReviewAnchors.section(section.number()), new Target(CommentTarget.SECTION, section.number()));
            int count = Paragraphs.count(section.body());
            for (int n = 1; n <= count; n++) {
                anchors.put(ReviewAnchors.paragraph(section.number(), n),
                        new Target(CommentTarget.PARAGRAPH, CommentTarget.paragraphRef(section.number(), n)));
            }
        }
        return anchors;
    }

    /**
     * Each block on the last anchor before it. A published DOCX (not a reviewer copy) has the sections' bookmarks
     * only: a block under a section's anchor alone is matched to that section's paragraphs by its words.
     */
    private void placeByAnchors(WordDocument document, Map<String, Target> anchors, Map<String, List<Set<String>>> words) {
        Target current = null;
        for (Block block : document.body()) {
            List<Paragraph> paragraphs = paragraphs(block);
            Target blockTarget = null;
            for (Paragraph p : paragraphs) {
                // The first anchor a paragraph carries is its own; a copy parks the anchors of blocks that wrote no
                // paragraph of their own at the end of the paragraph before them.
                current = p.bookmarks().stream().filter(anchors::containsKey).findFirst().map(anchors::get).orElse(current);
                if (blockTarget == null) {
                    blockTarget = current;
                }
            }
            blockTarget = paragraphs.isEmpty() ? current : blockTarget;
            if (blockTarget != null && blockTarget.kind() == CommentTarget.SECTION
                    && !(block instanceof Paragraph p && SpecReaders.isHeading(p))) {
                Target closer = closest(words(text(block)), blockTarget.section(), words.get(blockTarget.section()));
                blockTarget = closer != null ? closer : blockTarget;
            }
            blockTargets.add(blockTarget);
            for (Paragraph p : paragraphs) {
                paragraphTargets.put(p.index(), blockTarget);
            }
        }
    }

    /** The words of every paragraph of every section, by section number. */
    private static Map<String, List<Set<String>>> paragraphWords(List<Section> sections) {
        Map<String, List<Set<String>>> words = new LinkedHashMap<>();
        for (Section section : sections) {
            List<Set<String>> each = new ArrayList<>();
            for (String source : Paragraphs.sources(section.body())) {
                each.add(words(source)); // the source, not the plain text, which runs table cells together
            }
            words.putIfAbsent(section.number(), each);
        }
        return words;
    }

    private void placeByText(WordDocument document, List<Section> sections, Map<String, List<Set<String>>> words) {
        Headings headings = new Headings(sections);
        String section = null;
        Target placed = null;
        for (Block block : document.body()) {
            Target blockTarget;
            if (block instanceof Paragraph p && SpecReaders.isHeading(p)) {
                section = headings.match(p);
                blockTarget = section == null ? null : new Target(CommentTarget.SECTION, section);
            } else {
                Set<String> text = words(text(block));
                blockTarget = section == null ? null : closest(text, section, words.get(section));
                if (blockTarget == null) {
                    for (Map.Entry<String, List<Set<String>>> other : words.entrySet()) {
                        Target found = closest(text, other.getKey(), other.getValue());
                        if (found != null) {
                            blockTarget = found;
                            break;
                        }
                    }
                }
                if (blockTarget == null && section != null) {
                    blockTarget = new Target(CommentTarget.SECTION, section);
                }
                if (blockTarget == null && placed != null) { // new text belongs to the section it was added in
                    blockTarget = new Target(CommentTarget.SECTION, placed.section());
                }
            }
            blockTargets.add(blockTarget);
            placed = blockTarget != null ? blockTarget : placed;
            for (Paragraph p : paragraphs(block)) {
                paragraphTargets.put(p.index(), blockTarget);
            }
        }
    }

    /** The paragraph of {@code section} holding most of {@code text}'s words, if it holds enough of them. */
    private static Target closest(Set<String> text, String section, List<Set<String>> paragraphs) {
        if (text.isEmpty()) {
            return null;
        }
        int best = -1;
        double bestShare = SAME_PARAGRAPH;
        double bestDice = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Set<String> candidate = paragraphs.get(i);
            int shared = 0;
            for (String word : text) {
                if (candidate.contains(word)) {
                    shared++;
                }
            }
            double share = (double) shared / text.size();
            double dice = 2.0 * shared / (text.size() + candidate.size());
            if (share > bestShare || share == bestShare && share >= SAME_PARAGRAPH && dice > bestDice) {
                best = i;
                bestShare = share;
                bestDice = dice;
            }
        }
        return best < 0 ? null : new Target(CommentTarget.PARAGRAPH, CommentTarget.paragraphRef(section, best + 1));
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String text(Block block) {
        StringBuilder text = new StringBuilder();
        for (Paragraph p : paragraphs(block)) {
            text.append(p.text()).append('\n');
        }
        return text.toString();
    }

    /** The paragraphs of a block in reading order, those of table cells (and tables in cells) included. */
    static List<Paragraph> paragraphs(Block block) {
        List<Paragraph> out = new ArrayList<>();
        collect(block, out);
        return out;
    }

    private static void collect(Block block, List<Paragraph> out) {
        if (block instanceof Paragraph p) {
            out.add(p);
        } else if (block instanceof Table t) {
            for (Table.Row row : t.rows()) {
                for (Table.Cell cell : row.cells()) {
                    cell.blocks().forEach(b -> collect(b, out));
                }
            }
        }
    }

    /** Matches a Word heading to a section of the version: by number and title, else by title, else by number. */
    private static final class Headings {
        private final Map<String, String> byNumberAndTitle = new HashMap<>();
        private final Map<String, String> byTitle = new HashMap<>();
        private final Set<String> numbers = new HashSet<>();

        Headings(List<Section> sections) {
            for (Section s : sections) {
                byNumberAndTitle.putIfAbsent(s.number() + " " + normal(s.title()), s.number());
                byTitle.putIfAbsent(normal(s.title()), s.number());
                numbers.add(s.number());
            }
        }

        String match(Paragraph heading) {
            String text = heading.text().strip();
            String number = heading.label() == null ? "" : heading.label().text().strip();
            java.util.regex.Matcher typed = java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)*|[A-Z](?:\\.\\d+)*)\\.?\\s+(.*)$").matcher(text);
            if (number.isEmpty() && typed.matches()) {
                number = typed.group(1);
                text = typed.group(2);
            }
            number = number.replaceAll("\\.$", "");
            String title = normal(text);
            String found = byNumberAndTitle.get(number + " " + title);
            if (found == null) {
                found = byTitle.get(title);
            }
            if (found == null && numbers.contains(number)) {
                found = number;
            }
            return found;
        }

        private static String normal(String title) {
            return String.join(" ", words(title).stream().sorted().toList());
        }
    }
}
