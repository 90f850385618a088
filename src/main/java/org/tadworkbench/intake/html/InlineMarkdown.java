package org.tadworkbench.intake.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline content of an HTML element as one line of Markdown: emphasis, links, inline code (also Word's code
 * character styles), footnote references as {@code [^n]}; whitespace collapsed as a browser shows it, hidden text
 * left out, characters that Markdown would read as markup escaped.
 */
final class InlineMarkdown {

    private static final Pattern CODE_CLASS = Pattern.compile("(?i).*code.*");

    /** What a link to a footnote becomes: its label, and the reference is recorded. */
    interface Footnotes {
        /** The label of the footnote an in-document link targets ("1"), or null when it targets none. */
        String reference(String target);
    }

    private final Footnotes footnotes;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder code = new StringBuilder();
    private int strong;
    private int emphasis;

    InlineMarkdown(Footnotes footnotes) {
        this.footnotes = footnotes;
    }

    /** The Markdown of {@code element}'s content; line breaks ({@code <br>}) are kept as newlines. */
    static String of(Element element, Footnotes footnotes) {
        InlineMarkdown inline = new InlineMarkdown(footnotes);
        inline.children(element);
        return inline.finish();
    }

    void append(Node node) {
        if (node instanceof TextNode text) {
            text(text.getWholeText());
        } else if (node instanceof Element element) {
            element(element);
        }
    }

    boolean isEmpty() {
        return out.isEmpty() && code.isEmpty();
    }

    /** The line(s) built so far, tidied: single spaces, no blanks at the ends of lines, block markers escaped. */
    String finish() {
        flushCode();
        StringBuilder lines = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String kept = singleSpaced(line).strip();
            if (!kept.isEmpty()) {
                if (!lines.isEmpty()) {
                    lines.append('\n');
                }
                lines.append(escapeLineStart(kept));
            }
        }
        out.setLength(0);
        return lines.toString();
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            append(child);
        }
    }

    private void element(Element element) {
        if (HtmlBlocks.hidden(element)) {
            return;
        }
        String tag = element.normalName();
        switch (tag) {
            case "br" -> {
                flushCode();
                out.append('\n');
            }
            case "img" -> {
                flushCode();
                out.append("![").append(escape(element.attr("alt"))).append("](").append(element.attr("src"))
                        .append(')');
            }
            case "b", "strong" -> wrap(element, "**", () -> strong++, () -> strong--, strong > 0);
            case "i", "em", "cite", "dfn" -> wrap(element, "*", () -> emphasis++, () -> emphasis--, emphasis > 0);
            case "code", "tt", "kbd", "samp", "var" -> code.append(codeText(element));
            case "a" -> link(element);
            case "script", "style", "template", "noscript" -> {
            }
            default -> {
                String className = element.className();
                if (tag.equals("span") && !className.isEmpty() && CODE_CLASS.matcher(className).matches()) {
                    code.append(codeText(element));
                } else {
                    children(element);
                }
            }
        }
    }

    private void link(Element a) {
        String href = a.attr("href");
        if (href.startsWith("#")) {
            String label = footnotes.reference(href.substring(1));
            if (label != null) {
                flushCode();
                out.append("[^").append(label).append(']');
            } else {
                children(a);
            }
        } else if (!href.isBlank() && !a.text().isBlank() && !href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            flushCode();
            String inner = InlineMarkdown.of(a, footnotes).replace('\n', ' ');
            out.append('[').append(inner).append("](").append(href.replace(" ", "%20").replace(")", "%29"))
                    .append(')');
        } else {
            children(a);
        }
    }

    private void wrap(Element element, String marker, Runnable enter, Runnable leave, boolean already) {
        if (already) {
            children(element);
            return;
        }
        flushCode();
        int start = out.length();
        enter.run();
        children(element);
        flushCode();
        leave.run();
        String inner = out.substring(start);
        out.setLength(start);
        String core = inner.strip();
        if (core.isEmpty() || core.contains("\n")) {
            out.append(inner);
            return;
        }
        int lead = inner.indexOf(core);
        out.append(inner, 0, lead).append(marker).append(core).append(marker)
                .append(inner.substring(lead + core.length()));
    }

    private void text(String raw) {
        String text = collapse(raw);
        if (text.isEmpty()) {
            return;
        }
        if (!code.isEmpty() && text.isBlank()) {
            code.append(' ');
            return;
        }
        flushCode();
        out.append(escape(text));
    }

    private void flushCode() {
        if (code.isEmpty()) {
            return;
        }
        String literal = code.toString();
        code.setLength(0);
        String core = literal.strip();
        if (core.isEmpty()) {
            out.append(literal);
            return;
        }
        int lead = literal.indexOf(core);
        String fence = core.contains("`") ? "``" : "`";
        String pad = core.startsWith("`") || core.endsWith("`") ? " " : "";
        out.append(literal, 0, lead).append(fence).append(pad).append(core).append(pad).append(fence)
                .append(literal.substring(lead + core.length()));
    }

    private static String codeText(Element element) {
        StringBuilder text = new StringBuilder();
        HtmlBlocks.visibleText(element, text);
        return collapse(text);
    }

    /** Runs of HTML whitespace (and no-break spaces) as one space. */
    static String collapse(CharSequence raw) {
        StringBuilder s = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
                if (!space) {
                    s.append(' ');
                }
                space = true;
            } else {
                s.append(c);
                space = false;
            }
        }
        return s.toString();
    }

    private static String singleSpaced(String line) {
        return line.contains("  ") ? line.replaceAll(" {2,}", " ") : line;
    }

    /** Markdown's inline markup characters escaped; an underscore only where it could open or close emphasis. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '`', '<' -> s.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i - 1))
                            && Character.isLetterOrDigit(text.charAt(i + 1));
                    s.append(inWord ? "_" : "\\_");
                }
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static final Pattern BLOCK_START = Pattern.compile("([#>+=|-]|\\d+[.)](?=\\s|$)).*", Pattern.DOTALL);

    /** A line that Markdown would read as a heading, quote, list item or table row, escaped to stay text. */
    static String escapeLineStart(String line) {
        if (!BLOCK_START.matcher(line).matches()) {
            return line;
        }
        if (Character.isDigit(line.charAt(0))) {
            int mark = 0;
            while (Character.isDigit(line.charAt(mark))) {
                mark++;
            }
            return line.substring(0, mark) + "\\" + line.substring(mark);
        }
        return "\\" + line;
    }
}
