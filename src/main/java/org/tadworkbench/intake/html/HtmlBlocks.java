package org.tadworkbench.intake.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Walks the body of an HTML document block by block and tells a {@link Sink} what each block is: a heading (h1–h6,
 * or a paragraph in one of Word's heading styles such as AppendixHeading1), a paragraph, a list item (HTML lists, and
 * Word's list paragraphs whose bullet or number is text before a spacer span), a line of code (Word's Code
 * paragraphs, {@code <pre>}), a table. The table of contents (Word's MsoToc paragraphs, {@code <nav>}) and hidden
 * text are not text of the specification and are skipped.
 */
final class HtmlBlocks {

    /** Where the blocks go, in document order; {@code line} is the block's line in the file (0 when unknown). */
    interface Sink extends InlineMarkdown.Footnotes {
        void heading(String text, int level, String anchor, int line);

        void paragraph(String markdown, int line);

        void listItem(String markdown, String marker, int depth, int line);

        /** One line of a code block that following code lines continue. */
        void codeLine(String text, int line);

        void code(String text, int line);

        void table(String markdown, int line);

        void unplaced(String what, int line);
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul",
            "ol", "dl", "dt", "dd", "li", "pre", "blockquote", "hr", "section", "article", "main", "header", "footer",
            "nav", "aside", "figure", "figcaption", "address", "center", "form", "fieldset", "details", "summary",
            "body", "object", "embed", "iframe", "xml", "script", "style", "template", "noscript", "caption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "nav", "xml", "head");
    private static final Set<String> OBJECTS = Set.of("object", "embed", "iframe");
    private static final Pattern HEADING = Pattern.compile("h([1-6])");
    private static final Pattern HEADING_CLASS = Pattern.compile("(?i)(?!.*toc).*heading\\s*([1-9])");
    private static final Pattern TOC_CLASS = Pattern.compile("(?i)(mso)?toc.*|.*tableoffigures|contents");
    private static final Pattern CODE_CLASS = Pattern.compile("(?i)code.*|.*preformatted.*");
    private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none|mso-hide\\s*:\\s*all");
    private static final Pattern MARGIN =
            Pattern.compile("(?i)margin-left\\s*:\\s*(-?\\d*\\.?\\d+)\\s*(in|pt|cm|mm|px)");
    private static final Pattern ORDINAL = Pattern.compile("\\(?(\\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]");
    private static final Evaluator LIST_IGNORE = QueryParser.parse("span[style~=(?i)mso-list:\\s*ignore]");
    private static final Evaluator LIST_SPACER = QueryParser.parse("span[style~=(?i)font:\\s*7\\.0pt]");
    private static final Evaluator TOC_LINK = QueryParser.parse("a[href^=#_Toc]");
    private static final Pattern TOC_TITLE = Pattern.compile("(?i)(table of )?contents");

    private final Sink sink;
    private final Set<String> tocTargets;

    HtmlBlocks(Sink sink, Set<String> tocTargets) {
        this.sink = sink;
        this.tocTargets = tocTargets;
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    static boolean hidden(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        String style = element.attr("style");
        return element.hasAttr("hidden") || !style.isEmpty() && HIDDEN.matcher(style).find();
    }

    /** A paragraph of the table of contents (Word's MsoToc1 ..., a TOC container), not text of the document. */
    static boolean isToc(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        String id = element.id().toLowerCase(Locale.ROOT);
        String className = element.className();
        return !className.isEmpty() && TOC_CLASS.matcher(className).matches() || id.equals("toc")
                || id.equals("contents") || element.attr("role").equals("doc-toc");
    }

    /** The text of an element as shown, hidden parts left out; {@code <br>} as a newline, whitespace as it is. */
    static void visibleText(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element e && !hidden(e) && !SKIPPED.contains(e.normalName())) {
                if (e.normalName().equals("br")) {
                    out.append('\n');
                } else {
                    visibleText(e, out);
                }
            }
        }
    }

    void walk(Element container) {
        InlineMarkdown loose = new InlineMarkdown(sink);
        int looseLine = 0;
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                flush(loose, looseLine);
                block(element);
            } else {
                if (loose.isEmpty()) {
                    looseLine = line(child);
                }
                loose.append(child);
            }
        }
        flush(loose, looseLine);
    }

    private void flush(InlineMarkdown loose, int line) {
        String text = loose.finish();
        if (!text.isBlank()) {
            sink.paragraph(text, line);
        }
    }

    private void block(Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag) || hidden(element) || isToc(element)) {
            return;
        }
        if (OBJECTS.contains(tag)) {
            sink.unplaced("an embedded object (<" + tag + ">)", line(element));
            return;
        }
        int level = headingLevel(element);
        if (level > 0 && !inside(element, "table")) {
            StringBuilder text = new StringBuilder();
            visibleText(element, text);
            String words = InlineMarkdown.collapse(text).strip();
            if (!words.isEmpty()) {
                sink.heading(words, level, anchorOf(element), line(element));
            }
            return;
        }
        switch (tag) {
            case "table" -> {
                String table = TableMarkdown.of(element, sink);
                if (!table.isBlank()) {
                    sink.table(table, line(element));
                }
            }
            case "ul", "ol" -> list(element, 0);
            case "pre" -> {
                StringBuilder text = new StringBuilder();
                visibleText(element, text);
                sink.code(text.toString().replace('\u00A0', ' '), line(element));
            }
            case "hr" -> {
            }
            case "dt" -> paragraph(element, "**");
            default -> {
                if (element.children().stream().anyMatch(HtmlBlocks::isBlock)) {
                    walk(element);
                } else {
                    leaf(element);
                }
            }
        }
    }

    private void leaf(Element element) {
        if (!element.className().isEmpty() && CODE_CLASS.matcher(element.className()).matches()) {
            StringBuilder text = new StringBuilder();
            visibleText(element, text);
            String line = text.toString().replaceAll("[ \\t\\r\\n\\f]+", " ").replaceFirst("^ ", "")
                    .replace('\u00A0', ' ').stripTrailing();
            sink.codeLine(line, line(element));
            return;
        }
        if (isTocEntry(element)) {
            return;
        }
        if (element.childNodeSize() < 8 && TOC_TITLE.matcher(element.text().strip()).matches() && nextIsToc(element)) {
            return;
        }
        if (!wordListItem(element)) {
            paragraph(element, "");
        }
    }

    private void paragraph(Element element, String wrap) {
        String text = InlineMarkdown.of(element, sink);
        if (!text.isBlank()) {
            sink.paragraph(wrap.isEmpty() ? text : wrap + text.replace("\n", " ") + wrap, line(element));
        }
    }

    /**
     * Word writes a list paragraph's bullet or number as text before a spacer span (7pt non-breaking spaces, or a
     * span marked mso-list:Ignore). When the paragraph is one, it goes to the sink as a list item.
     */
    private boolean wordListItem(Element p) {
        Element spacer = p.selectFirst(LIST_IGNORE);
        boolean ignore = spacer != null;
        if (!ignore) {
            spacer = p.selectFirst(LIST_SPACER);
        }
        if (spacer == null) {
            return false;
        }
        Element copy = p.clone();
        Element copySpacer = copy.selectFirst(ignore ? LIST_IGNORE : LIST_SPACER);
        List<TextNode> before = new ArrayList<>();
        StringBuilder marker = new StringBuilder();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == copySpacer) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode text) {
                    before.add(text);
                    marker.append(text.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
        }, copy);
        if (ignore) {
            StringBuilder own = new StringBuilder();
            visibleText(copySpacer, own);
            marker.append(own);
        }
        String mark = marker.toString().replaceAll("[\\s\\u00A0]+", "");
        if (mark.isEmpty() || mark.length() > 8) {
            return false;
        }
        before.forEach(Node::remove);
        copySpacer.remove();
        String text = InlineMarkdown.of(copy, sink);
        if (text.isBlank()) {
            return false;
        }
        Matcher ordinal = ORDINAL.matcher(mark);
        String listMarker = ordinal.matches() && ordinal.group(1).chars().allMatch(Character::isDigit)
                ? ordinal.group(1) + "." : ordinal.matches() ? "- " + mark : "-";
        sink.listItem(text.replace("\n", " "), listMarker, depthOf(p), line(p));
        return true;
    }

    /** How deep a Word list paragraph is nested, from its left margin (half an inch a level). */
    private static int depthOf(Element p) {
        Matcher m = MARGIN.matcher(p.attr("style"));
        if (!m.find()) {
            return 0;
        }
        double value = Double.parseDouble(m.group(1));
        double inches = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "pt" -> value / 72;
            case "cm" -> value / 2.54;
            case "mm" -> value / 25.4;
            case "px" -> value / 96;
            default -> value;
        };
        return Math.max(0, (int) Math.round(inches / 0.5) - 1);
    }

    private void list(Element list, int depth) {
        boolean ordered = list.normalName().equals("ol");
        int n = 1;
        try {
            n = list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException ignored) {
            // a start that is no number counts from 1, as browsers do
        }
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                if (item.normalName().equals("ul") || item.normalName().equals("ol")) {
                    list(item, depth + 1);
                }
                continue;
            }
            InlineMarkdown inline = new InlineMarkdown(sink);
            List<Element> nested = new ArrayList<>();
            for (Node child : item.childNodes()) {
                if (child instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                    nested.add(e);
                } else {
                    inline.append(child);
                    if (child instanceof Element e && isBlock(e)) {
                        inline.append(new TextNode(" "));
                    }
                }
            }
            String text = inline.finish().replace("\n", " ");
            sink.listItem(text, ordered ? (n++) + "." : "-", depth, line(item));
            for (Element sub : nested) {
                list(sub, depth + 1);
            }
        }
    }

    /** A paragraph that is nothing but links to Word's TOC bookmarks: an entry of a contents list in any style. */
    private static boolean isTocEntry(Element paragraph) {
        List<Element> links = paragraph.select(TOC_LINK);
        if (links.isEmpty()) {
            return false;
        }
        int linked = links.stream().mapToInt(a -> a.text().length()).sum();
        return linked >= paragraph.text().length();
    }

    private static boolean nextIsToc(Element element) {
        Element next = element.nextElementSibling();
        if (next == null && element.parent() != null) {
            next = element.parent().nextElementSibling();
        }
        return next != null && (isToc(next) || next.selectFirst("[class~=(?i)toc]") != null);
    }

    private static int headingLevel(Element element) {
        Matcher h = HEADING.matcher(element.normalName());
        if (h.matches()) {
            return Integer.parseInt(h.group(1));
        }
        if ((element.normalName().equals("p") || element.normalName().equals("div")) && element.attributesSize() > 0
                && !element.className().isEmpty()) {
            Matcher c = HEADING_CLASS.matcher(element.className());
            if (c.matches()) {
                return Integer.parseInt(c.group(1));
            }
        }
        return 0;
    }

    private static boolean inside(Element element, String tag) {
        for (Element p = element.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The anchor a heading can be found by: a name of its own choosing (Word's bookmarks not starting with "_"),
     * else the one the table of contents links to, else its last bookmark or its id.
     */
    private String anchorOf(Element heading) {
        List<String> names = new ArrayList<>();
        if (!heading.id().isEmpty()) {
            names.add(heading.id());
        }
        for (Element a : heading.select("a[name], [id]")) {
            names.add(a.hasAttr("name") ? a.attr("name") : a.id());
        }
        names.removeIf(String::isBlank);
        if (names.isEmpty()) {
            return null;
        }
        return names.stream().filter(n -> !n.startsWith("_")).findFirst()
                .or(() -> names.stream().filter(tocTargets::contains).findFirst())
                .orElse(names.get(names.size() - 1));
    }

    static int line(Node node) {
        return node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : 0;
    }
}
