package org.tadworkbench.lint;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.BodyLinks;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.View;
import org.tadworkbench.workspace.Location;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceWriter;

/** The outline: section numbers, the tree they form, what sections cite, links in the text and its terminology. */
final class OutlineRules extends Rules {



    OutlineRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Map<String, Section> byNumber = unique(ws.sections(), Section::number, "section number");
        Set<String> references = ws.references().stream().map(DocumentReference::id).collect(Collectors.toSet());
        Set<String> elements = ws.model().elements().stream().map(Element::id).collect(Collectors.toSet());
        Pattern deprecated = deprecatedTerms(ws.glossary());
        Set<String> views = ws.model().views().stream().map(View::id).collect(Collectors.toSet());
        for (Section section : ws.sections()) {
            if (!SectionNumber.isWellFormed(section.number())) {
                error(section, "number", "section-number", "malformed section number '" + section.number()
                        + "' (expected numbers joined by dots, such as 4.2.3.1)");
                continue;
            }
            SectionNumber.parse(section.number()).parent().map(SectionNumber::toString)
                    .filter(parent -> !byNumber.containsKey(parent))
                    .ifPresent(parent -> error(section, "number", "outline", "section " + section.number()
                            + " has no parent section " + parent));
            String expected = WorkspaceWriter.sectionFile(section);
            if (at.fromFile(section) && !at.of(section).file().equals(expected)) {
                warning(section, "number", "file-name", "file name differs from the canonical " + expected
                        + "; export will write it there");
            }
            section.references().stream().filter(id -> !references.contains(id)).forEach(id -> error(section,
                    "references", "unknown-reference", "section " + section.number() + " cites reference '" + id
                            + "', which is not in references.yaml"));
            section.elements().stream().filter(id -> !elements.contains(id)).forEach(id -> error(section,
                    "elements", "unknown-element", "section " + section.number() + " names model element '" + id
                            + "', which the model does not define"));
            checkLinks(section, byNumber, views);
            if (deprecated != null) {
                checkTerminology(section, deprecated);
            }
        }
    }

    private void checkLinks(Section section, Map<String, Section> byNumber, Set<String> views) {
        Location body = at.of(section, "body");
        BodyLinks links = BodyLinks.of(section.body());
        for (BodyLinks.Target figure : links.figures()) {
            Location line = new Location(body.file(), body.line() + figure.lineOffset());
            if (!views.contains(figure.id())) {
                errorAt(line, "unknown-view", "figure embeds view " + figure.id() + ", which the model does not declare");
            }
            if (!figure.captioned()) {
                warningAt(line, "caption", "figure of view " + figure.id() + " has no caption: write ![Figure N Title](view:"
                        + figure.id() + ")");
            }
        }
        for (BodyLinks.Target link : links.sectionLinks()) {
            if (!byNumber.containsKey(link.id())) {
                errorAt(new Location(body.file(), body.line() + link.lineOffset()), "unknown-section",
                        "link to section " + link.id() + ", which does not exist");
            }
        }
    }

    private void checkTerminology(Section section, Pattern deprecated) {
        Matcher title = deprecated.matcher(section.title());
        while (title.find()) {
            if (!allowedAt(section.title(), title)) {
                report(at.of(section, "title"), title.group(), "title uses deprecated term '" + title.group()
                        + "': use " + termOf(title.group()).map(GlossaryTerm::term).orElse("the defined term"));
                break;
            }
        }
        Location body = at.of(section, "body");
        String[] lines = section.body().split("\n", -1);
        boolean inCode = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            Matcher m = deprecated.matcher(lines[i]);
            while (!inCode && m.find()) {
                if (!allowedAt(lines[i], m)) {
                    report(new Location(body.file(), body.line() + i), m.group(), "deprecated term '" + m.group()
                            + "': use " + termOf(m.group()).map(GlossaryTerm::term).orElse("the defined term"));
                }
            }
        }
    }

    /** Reported at the severity the glossary gives the term the synonym belongs to (a warning by default). */
    private void report(Location location, String synonym, String message) {
        boolean error = termOf(synonym).map(t -> t.severity() == GlossaryTerm.Severity.ERROR).orElse(false);
        if (error) {
            errorAt(location, "terminology", message);
        } else {
            warningAt(location, "terminology", message);
        }
    }

    /** True when the match lies inside one of its term's allowed phrases ("SMETS family"), in any case. */
    private boolean allowedAt(String text, Matcher match) {
        List<String> phrases = termOf(match.group()).map(GlossaryTerm::allowed).orElse(List.of());
        for (String phrase : phrases) {
            int offset = phrase.toLowerCase(Locale.ROOT).indexOf(match.group().toLowerCase(Locale.ROOT));
            while (offset >= 0) {
                int start = match.start() - offset;
                if (start >= 0 && text.regionMatches(true, start, phrase, 0, phrase.length())) {
                    return true;
                }
                offset = phrase.toLowerCase(Locale.ROOT).indexOf(match.group().toLowerCase(Locale.ROOT), offset + 1);
            }
        }
        return false;
    }

    private Optional<GlossaryTerm> termOf(String synonym) {
        return ws.glossary().stream().filter(t -> t.deprecated().contains(synonym)).findFirst();
    }

    /** One pattern for every deprecated synonym, matched as a whole word (SMETS does not match SMETS1 or SMETS2+). */
    static Pattern deprecatedTerms(List<GlossaryTerm> glossary) {
        List<String> synonyms = glossary.stream().flatMap(t -> t.deprecated().stream())
                .sorted(Comparator.comparing(String::length).reversed()).toList();
        if (synonyms.isEmpty()) {
            return null;
        }
        String alternation = synonyms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{Alnum}_-])(?:" + alternation + ")(?![\\p{Alnum}_+-])");
    }
}
