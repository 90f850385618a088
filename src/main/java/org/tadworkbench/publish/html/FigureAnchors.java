package org.tadworkbench.publish.html;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps figure anchors unique on one page: a diagram embedded by several sections gets {@code fig-VIEW} the first
 * time and {@code fig-VIEW-2}, {@code fig-VIEW-3}... after that, in document order. Bodies are rendered (and cached)
 * per section without knowing what came before, so the numbering is applied as the page is put together.
 */
final class FigureAnchors {

    private static final Pattern FIGURE_ID = Pattern.compile("<figure id=\"(fig-[^\"]*)\"");

    private final Map<String, Integer> seen = new HashMap<>();

    String unique(String body) {
        if (!body.contains("<figure id=\"")) {
            return body;
        }
        Matcher figure = FIGURE_ID.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 16);
        while (figure.find()) {
            int count = seen.merge(figure.group(1), 1, Integer::sum);
            String id = count == 1 ? figure.group(1) : figure.group(1) + "-" + count;
            figure.appendReplacement(out, Matcher.quoteReplacement("<figure id=\"" + id + "\""));
        }
        figure.appendTail(out);
        return out.toString();
    }
}
