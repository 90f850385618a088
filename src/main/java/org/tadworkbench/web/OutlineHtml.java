package org.tadworkbench.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * The outline's nested lists as HTML. Written here rather than by a template fragment that includes itself per
 * section: that recursion cost more than the rest of the page together, and the outline of a large document is read
 * by many at once (kept per revision, {@link OutlineController}). Every text is escaped; the markup is what the
 * template wrote before, with the same badge ({@link Labels#badge}).
 */
final class OutlineHtml {

    private OutlineHtml() {
    }

    /** The working draft's outline: sections at /sections/N, branches opened at /outline. */
    static String of(List<OutlineNode> nodes, String contextPath, Labels labels) {
        return of(nodes, contextPath + "/sections/", contextPath + "/outline", labels);
    }

    /**
     * An outline whose sections are at {@code sectionsPath} + number and whose collapsed branches open at
     * {@code outlinePath}?open=number (both with the context path).
     */
    static String of(List<OutlineNode> nodes, String sectionsPath, String outlinePath, Labels labels) {
        StringBuilder html = new StringBuilder(nodes.size() * 400);
        branch(nodes, sectionsPath, outlinePath, labels, html);
        return html.toString();
    }

    private static void branch(List<OutlineNode> nodes, String sectionsPath, String outlinePath, Labels labels,
                               StringBuilder html) {
        html.append("<ul class=\"outline\">\n");
        for (OutlineNode node : nodes) {
            String number = node.section().number();
            html.append("<li id=\"o-").append(htmlEscape(number)).append("\">\n<a href=\"")
                    .append(htmlEscape(sectionsPath + UriUtils.encodePathSegment(number, StandardCharsets.UTF_8)))
                    .append("\"><span class=\"section-number\">").append(htmlEscape(number))
                    .append("</span>\n<span>").append(htmlEscape(node.section().title())).append("</span></a>\n")
                    .append(labels.badge(node.section().applicability())).append('\n');
            if (node.collapsed()) {
                html.append("<a class=\"outline-open\" href=\"").append(htmlEscape(outlinePath + "?open="
                                + UriUtils.encodeQueryParam(number, StandardCharsets.UTF_8) + "#o-"
                                + UriUtils.encodeFragment(number, StandardCharsets.UTF_8)))
                        .append("\" aria-label=\"").append(htmlEscape("Open the " + node.descendants() + " subsections of "
                                + number)).append("\">").append(node.descendants()).append(" subsections</a>\n");
            }
            if (!node.children().isEmpty()) {
                branch(node.children(), sectionsPath, outlinePath, labels, html);
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }
}
