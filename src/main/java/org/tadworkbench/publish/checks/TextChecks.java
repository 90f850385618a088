package org.tadworkbench.publish.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.Section;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Location;
import org.tadworkbench.workspace.Locations;

/** Checks on the text of the version being built: figure captions and {@code section:} links. */
final class TextChecks {

    static final String CAPTION = "caption";
    private static final String SECTION_LINK = "section:";
    private static final String VIEW_LINK = "view:";
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

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
        MARKDOWN.parse(section.body()).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (image.getDestination().startsWith(VIEW_LINK) && image.getFirstChild() == null) {
                    String view = image.getDestination().substring(VIEW_LINK.length());
                    findings.add(Finding.error(line(body, image), CAPTION, "figure of view " + view
                            + " has no caption: write ![Figure N Title](view:" + view + ")"));
                }
            }

            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith(SECTION_LINK)) {
                    String target = link.getDestination().substring(SECTION_LINK.length());
                    Section linked = byNumber.get(target);
                    if (linked == null) {
                        findings.add(Finding.error(line(body, link), "unknown-section", "link to section " + target
                                + ", which does not exist"));
                    } else if (!linked.applicability().appliesTo(variant)) {
                        findings.add(Finding.warning(line(body, link), "omitted-section", "link to section " + target
                                + ", which this variant leaves out; it is published as plain text"));
                    }
                }
                visitChildren(link);
            }
        });
    }

    private static Location line(Location body, Node node) {
        int offset = node.getSourceSpans().stream().map(SourceSpan::getLineIndex).findFirst().orElse(0);
        return new Location(body.file(), body.line() + offset);
    }
}
