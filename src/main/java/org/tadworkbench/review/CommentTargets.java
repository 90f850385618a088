package org.tadworkbench.review;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadworkbench.document.BodyLinks;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.document.Section;

/**
 * What the comments on one version may land on, read from that version's text: its sections, their paragraphs
 * (counted as {@link Paragraphs} counts them, the numbers the section page shows) and the figures its sections embed
 * (by view id). The comment form and the response-form import both ask {@link #problem} before recording a comment.
 */
public final class CommentTargets {

    private static final Pattern PARAGRAPH = Pattern.compile("(.+)#(\\d{1,6})");

    private final String version;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Set<String> figures = new LinkedHashSet<>();

    private CommentTargets(String version, List<Section> text) {
        this.version = version;
        for (Section section : text) {
            sections.putIfAbsent(section.number(), section);
            BodyLinks.of(section.body()).figures().forEach(figure -> figures.add(figure.id()));
        }
    }

    /** The targets of {@code version}, whose text is {@code sections}. */
    public static CommentTargets of(String version, List<Section> sections) {
        return new CommentTargets(version, sections);
    }

    /**
     * Why a comment on {@code target} {@code ref} cannot be taken on this version (the sentence to show), or empty
     * when the target exists. The document needs no reference.
     */
    public Optional<String> problem(CommentTarget target, String ref) {
        if (target == null || target == CommentTarget.DOCUMENT) {
            return Optional.empty();
        }
        String wanted = ref == null ? "" : ref.strip();
        return switch (target) {
            case SECTION -> wanted.isEmpty() ? Optional.of("Give the section number, e.g. 4.2.1.")
                    : sections.containsKey(wanted) ? Optional.empty()
                    : Optional.of("Version " + version + " has no section " + wanted + ".");
            case PARAGRAPH -> paragraphProblem(wanted);
            case FIGURE -> wanted.isEmpty() ? Optional.of("Give the figure's view id, e.g. application-model.")
                    : figures.contains(wanted) ? Optional.empty()
                    : Optional.of("Version " + version + " has no figure of view '" + wanted + "'"
                    + (figures.isEmpty() ? "." : ": its figures are " + String.join(", ", figures) + "."));
            case DOCUMENT -> Optional.empty();
        };
    }

    private Optional<String> paragraphProblem(String ref) {
        Matcher m = PARAGRAPH.matcher(ref);
        if (!m.matches()) {
            return Optional.of("Give the section and the paragraph's number, e.g. 4.2.1#3.");
        }
        Section section = sections.get(m.group(1));
        if (section == null) {
            return Optional.of("Version " + version + " has no section " + m.group(1) + ".");
        }
        int paragraph = Integer.parseInt(m.group(2));
        int count = Paragraphs.count(section.body());
        if (paragraph < 1 || paragraph > count) {
            return Optional.of("Section " + section.number() + " of version " + version + " has "
                    + (count == 0 ? "no numbered paragraphs" : count == 1 ? "1 paragraph" : count + " paragraphs")
                    + (count == 0 ? ": comment on the section instead." : ": there is no paragraph " + paragraph + "."));
        }
        return Optional.empty();
    }
}
