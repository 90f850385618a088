package org.tadworkbench.publish.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.BodyLinks;
import org.tadworkbench.document.Section;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Location;
import org.tadworkbench.workspace.Locations;

/** Checks on the text of the version being built: figure captions and {@code section:} links. */
final class TextChecks {

    static final String CAPTION = "caption";

    private final Locations at;
    private final List<Section> sections;
    private final Map<String, Section> byNumber;
    private final Applicability variant;
    private final List<Finding> findings = new ArrayList<>();

    TextChecks(Locations at, List<Section> sections, Applicability variant) {
        this.at = at;
        this.sections = sections;
        this.byNumber = sections.stream().collect(Collectors.toMap(Section::number, Function.identity(), (a, b) -> a));
        this.variant = variant;
    }

    List<Finding> check() {
        for (Section section : sections) {
            if (section.applicability().appliesTo(variant)) {
                check(section);
            }
        }
        return findings;
    }

    private void check(Section section) {
        Location body = at.of(section, "body");
        BodyLinks links = BodyLinks.of(section.body());
        for (BodyLinks.Target figure : links.figures()) {
            if (!figure.captioned()) {
                findings.add(Finding.error(line(body, figure), CAPTION, "figure of view " + figure.id()
                        + " has no caption: write ![Figure N Title](view:" + figure.id() + ")"));
            }
        }
        for (BodyLinks.Target link : links.sectionLinks()) {
            Section linked = byNumber.get(link.id());
            if (linked == null) {
                findings.add(Finding.error(line(body, link), "unknown-section", "link to section " + link.id()
                        + ", which does not exist"));
            } else if (!linked.applicability().appliesTo(variant)) {
                findings.add(Finding.warning(line(body, link), "omitted-section", "link to section " + link.id()
                        + ", which this variant leaves out; it is published as plain text"));
            }
        }
    }

    private static Location line(Location body, BodyLinks.Target target) {
        return new Location(body.file(), body.line() + target.lineOffset());
    }
}
