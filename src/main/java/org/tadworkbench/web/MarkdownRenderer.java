package org.tadworkbench.web;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;
import org.tadworkbench.document.SectionNumber;

/**
 * Section bodies to HTML. Raw HTML in the text is escaped and unsafe link schemes (javascript: and the like) are
 * emptied, so the output is safe for th:utext. {@code section:4.2} links become links to the section page.
 */
@Component
class MarkdownRenderer {

    static final String SECTION_LINK = "section:";

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** {@code sectionsPath} is where section pages live, e.g. {@code /sections/} under the context path. */
    String toHtml(String markdown, String sectionsPath) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        document.accept(new SectionLinks(sectionsPath));
        return renderer.render(document);
    }

    /** Rewrites section: links before rendering, so the sanitizer sees an ordinary relative URL. */
    private static final class SectionLinks extends AbstractVisitor {

        private final String sectionsPath;

        SectionLinks(String sectionsPath) {
            this.sectionsPath = sectionsPath;
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            if (destination.startsWith(SECTION_LINK)) {
                String number = destination.substring(SECTION_LINK.length());
                // A malformed number keeps its unknown scheme, which the sanitizer then empties.
                if (SectionNumber.isWellFormed(number)) {
                    link.setDestination(sectionsPath + number);
                }
            }
            visitChildren(link);
        }
    }
}
