package org.tadworkbench.word;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a run of Word blocks (one clause's own text) as Markdown: paragraphs with **bold**, *italic*, `code` and
 * links; bullet and numbered lists nested by level; code-styled paragraphs as fenced blocks; tables as GFM pipe
 * tables, or as HTML tables where cells merge or hold more than a line; footnote references as {@code [^n]}, with
 * the notes' text collected for the end of the clause.
 */
public final class MarkdownBlocks {

    private static final Pattern NUMBERED_MARKER = Pattern.compile("\\d{1,9}[.)]");
    private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
    private static final Pattern LINE_START_SPECIAL = Pattern.compile("^(\\s*)([#>+\\-=]|\\d+[.)])(\\s|$)");

    private final WordDocument document;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Note> notes = new LinkedHashMap<>();
    /** Marker widths of the open list levels, to indent nested items under their parent's content. */
    private final List<Integer> listIndents = new ArrayList<>();
    private boolean inList;
    /** The Word list (numId) the open Markdown list shows; another list starts a new one. */
    private String listId;
    private final List<String> code = new ArrayList<>();
    private int tables;

    public MarkdownBlocks(WordDocument document) {
        this.document = document;
    }

    /** Links to bookmarks inside the document ("#name") are links where this says what to ("section:4.2"), else text. */
    private java.util.function.Function<String, String> bookmarkLinks = name -> null;

    /** Writes links to the document's own bookmarks as {@code linkOf} maps their names (null: plain text). */
    public MarkdownBlocks linkingBookmarks(java.util.function.Function<String, String> linkOf) {
        this.bookmarkLinks = linkOf;
        return this;
    }

    public void add(Block block) {
        if (block instanceof Paragraph p) {
            paragraph(p);
        } else if (block instanceof Table t) {
            table(t);
        }
    }

    /** The Markdown written so far, with the definitions of the notes it references at the end. */
    /** How many tables were written. */
    public int tables() {
        return tables;
    }

    public String markdown() {
        flushCode();
        StringBuilder text = new StringBuilder(out);
        for (Note note : notes.values()) {
            MarkdownBlocks body = new MarkdownBlocks(document);
            for (Block b : note.blocks()) {
                body.add(b);
            }
            String noteText = body.markdown().strip();
            separate(text);
            text.append("[^").append(note.mark()).append("]: ")
                    .append(noteText.replace("\n", "\n    "));
        }
        return text.toString();
    }

    private static void separate(StringBuilder text) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
    }

    // ---- paragraphs and lists ----

    private void paragraph(Paragraph p) {
        String plain = p.text();
        boolean hasText = !plain.isBlank() || p.content().stream().anyMatch(i -> i instanceof Inline.NoteReference);
        if (isCode(p, plain)) {
            if (!hasText && code.isEmpty()) {
                return;
            }
            code.add(plain.replace("\u00a0", " "));
            return;
        }
        flushCode();
        if (!hasText) {
            return;
        }
        String inline = inlines(p.content(), false).strip();
        ListLabel label = p.label();
        if (label != null) {
            listItem(label, inline);
            return;
        }
        endList();
        separate(out);
        out.append(escapeLineStarts(inline));
    }

    private static boolean isCode(Paragraph p, String plain) {
        if (p.monospace()) {
            return true;
        }
        boolean any = false;
        for (Inline i : p.content()) {
            if (i instanceof Inline.Text t) {
                if (!t.text().isBlank()) {
                    if (!t.monospace()) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        // A paragraph whose every word is in a fixed-pitch font and that spans lines or starts indented is code;
        // a lone identifier in code font is ordinary text.
        return any && p.label() == null && (plain.contains("\n") || plain.startsWith(" ") || plain.startsWith("\t"));
    }

    private void flushCode() {
        if (code.isEmpty()) {
            return;
        }
        endList();
        while (!code.isEmpty() && code.get(code.size() - 1).isBlank()) {
            code.remove(code.size() - 1);
        }
        if (!code.isEmpty()) {
            String body = String.join("\n", code);
            String fence = body.contains("```") ? "~~~~" : "```";
            separate(out);
            out.append(fence).append('\n').append(body).append('\n').append(fence);
        }
        code.clear();
    }

    private void listItem(ListLabel label, String inline) {
        String marker;
        if (label.bullet()) {
            marker = "-";
        } else if (NUMBERED_MARKER.matcher(label.text()).matches()) {
            marker = label.value() + (label.text().endsWith(")") ? ")" : ".");
        } else {
            marker = "-";
            inline = escapeInline(label.text().strip()) + (inline.isEmpty() ? "" : " " + inline);
        }
        int level = label.level();
        if (inList && !label.numId().equals(listId) && level == 0) {
            endList();
        }
        listId = label.numId();
        while (listIndents.size() > level + 1) {
            listIndents.remove(listIndents.size() - 1);
        }
        while (listIndents.size() < level) {
            listIndents.add(listIndents.isEmpty() ? 2 : 2);
        }
        int indent = 0;
        for (int i = 0; i < level && i < listIndents.size(); i++) {
            indent += listIndents.get(i);
        }
        if (listIndents.size() == level) {
            listIndents.add(marker.length() + 1);
        } else {
            listIndents.set(level, marker.length() + 1);
        }
        if (inList) {
            out.append('\n');
        } else {
            separate(out);
        }
        String pad = " ".repeat(indent);
        out.append(pad).append(marker).append(' ')
                .append(inline.replace("\n", "\n" + pad + " ".repeat(marker.length() + 1)));
        inList = true;
    }

    private void endList() {
        inList = false;
        listId = null;
        listIndents.clear();
    }

    // ---- inline text ----

    /** Inline Markdown (or, with {@code html}, inline HTML for a cell of an HTML table). */
    private String inlines(List<Inline> items, boolean html) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < items.size()) {
            Inline item = items.get(i);
            String target = item instanceof Inline.Text t ? linkTarget(t.link()) : null;
            if (target != null) {
                StringBuilder label = new StringBuilder();
                String link = ((Inline.Text) item).link();
                while (i < items.size() && items.get(i) instanceof Inline.Text same && link.equals(same.link())) {
                    label.append(formatted(same, html));
                    i++;
                }
                String shown = label.toString().strip();
                if (html) {
                    text.append("<a href=\"").append(escapeHtml(target)).append("\">").append(shown).append("</a>");
                } else {
                    text.append('[').append(shown.isEmpty() ? escapeInline(target) : shown).append("](")
                            .append(target.replace(" ", "%20").replace(")", "%29").replace("(", "%28")).append(')');
                }
                continue;
            }
            if (item instanceof Inline.Text t) {
                text.append(formatted(t, html));
            } else if (item instanceof Inline.NoteReference ref) {
                document.note(ref.kind(), ref.id()).ifPresent(note -> notes.putIfAbsent(ref.kind() + ref.mark(), note));
                text.append(html ? "<sup>" + escapeHtml(ref.mark()) + "</sup>" : "[^" + ref.mark() + "]");
            }
            i++;
        }
        return text.toString();
    }

    /** Where a link goes in Markdown: an external address as it is, a bookmark as mapped, else null (text only). */
    private String linkTarget(String link) {
        if (externalLink(link)) {
            return link;
        }
        return link != null && link.startsWith("#") && link.length() > 1 ? bookmarkLinks.apply(link.substring(1)) : null;
    }

    private static boolean externalLink(String link) {
        return link != null && !link.isEmpty() && !link.startsWith("#") && SCHEME.matcher(link).matches();
    }

    private static String formatted(Inline.Text t, boolean html) {
        String raw = t.text().replace('\t', ' ').replace('\u00a0', ' ');
        if (raw.isBlank()) {
            return html ? escapeHtml(raw).replace("\n", "<br>") : raw.replace("\n", "\\\n");
        }
        int start = 0;
        int end = raw.length();
        while (start < end && Character.isWhitespace(raw.charAt(start)) && raw.charAt(start) != '\n') {
            start++;
        }
        while (end > start && Character.isWhitespace(raw.charAt(end - 1)) && raw.charAt(end - 1) != '\n') {
            end--;
        }
        String lead = raw.substring(0, start);
        String core = raw.substring(start, end);
        String trail = raw.substring(end);
        String body;
        if (html) {
            body = escapeHtml(core).replace("\n", "<br>");
            if (t.monospace()) {
                body = "<code>" + body + "</code>";
            }
            if (t.italic()) {
                body = "<em>" + body + "</em>";
            }
            if (t.bold()) {
                body = "<strong>" + body + "</strong>";
            }
        } else if (t.monospace() && !core.contains("\n")) {
            String ticks = core.contains("`") ? "``" : "`";
            String padding = core.startsWith("`") || core.endsWith("`") ? " " : "";
            body = ticks + padding + core + padding + ticks;
        } else {
            body = escapeInline(core).replace("\n", "\\\n");
            if (t.italic()) {
                body = "*" + body + "*";
            }
            if (t.bold()) {
                body = "**" + body + "**";
            }
        }
        return lead + body + trail;
    }

    /** Backslash-escapes what CommonMark would read as markup inside a line. */
    public static String escapeInline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<' -> out.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
                    out.append(inWord ? "_" : "\\_");
                }
                case '&' -> {
                    boolean entityLike = ENTITY.matcher(text).region(i, text.length()).lookingAt();
                    out.append(entityLike ? "\\&" : "&");
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes a line start that CommonMark would read as a heading, quote, list item or rule. */
    private static String escapeLineStarts(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            var m = LINE_START_SPECIAL.matcher(line);
            if (m.find()) {
                String marker = m.group(2);
                int at = m.start(2);
                if (Character.isDigit(marker.charAt(0))) {
                    int punct = m.end(2) - 1;
                    out.append(line, 0, punct).append('\\').append(line.substring(punct));
                } else {
                    out.append(line, 0, at).append('\\').append(line.substring(at));
                }
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    // ---- tables ----

    private void table(Table table) {
        flushCode();
        endList();
        tables++;
        if (table.rows().isEmpty()) {
            return;
        }
        separate(out);
        out.append(simple(table) ? pipeTable(table) : htmlTable(table));
    }

    /** A table a pipe table can hold: no merged cells, no nested tables or lists, one line per cell. */
    private static boolean simple(Table table) {
        if (table.hasMergedCells()) {
            return false;
        }
        for (Table.Row row : table.rows()) {
            for (Table.Cell cell : row.cells()) {
                int paragraphs = 0;
                for (Block b : cell.blocks()) {
                    if (b instanceof Table) {
                        return false;
                    }
                    Paragraph p = (Paragraph) b;
                    if (!p.text().isBlank()) {
                        paragraphs++;
                        if (p.label() != null || p.text().contains("\n")) {
                            return false;
                        }
                    }
                }
                if (paragraphs > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private String pipeTable(Table table) {
        int columns = Math.max(1, table.columns());
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table.rows().size(); r++) {
            String[] cells = new String[columns];
            java.util.Arrays.fill(cells, "");
            for (Table.Cell cell : table.rows().get(r).cells()) {
                if (cell.column() < columns) {
                    cells[cell.column()] = cellInline(cell).replace("|", "\\|");
                }
            }
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                text.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    private String cellInline(Table.Cell cell) {
        List<String> parts = new ArrayList<>();
        for (Block b : cell.blocks()) {
            if (b instanceof Paragraph p && !p.text().isBlank()) {
                parts.add(inlines(p.content(), false).strip());
            }
        }
        return String.join(" ", parts);
    }

    private String htmlTable(Table table) {
        StringBuilder html = new StringBuilder("<table>\n");
        for (Table.Row row : table.rows()) {
            html.append("<tr>");
            for (Table.Cell cell : row.cells()) {
                String tag = row.header() ? "th" : "td";
                html.append('<').append(tag);
                if (cell.rowSpan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.colSpan() > 1) {
                    html.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                html.append('>').append(cellHtml(cell.blocks())).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        return html.append("</table>").toString();
    }

    /** A cell's blocks as HTML on one line (a blank line would end the HTML block in CommonMark). */
    private String cellHtml(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        boolean list = false;
        for (Block b : blocks) {
            if (b instanceof Table nested) {
                parts.add(htmlTable(nested).replace("\n", ""));
            } else if (b instanceof Paragraph p && !p.text().isBlank()) {
                String content = inlines(p.content(), true).strip();
                if (p.monospace()) {
                    content = "<code>" + content + "</code>";
                }
                if (p.label() != null) {
                    String item = (p.label().bullet() ? "" : escapeHtml(p.label().text()) + " ") + content;
                    parts.add((list ? "" : "<ul>") + "<li>" + item + "</li>");
                    list = true;
                    continue;
                }
                if (list) {
                    parts.add("</ul>");
                    list = false;
                }
                parts.add(content);
            }
        }
        if (list) {
            parts.add("</ul>");
        }
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!joined.isEmpty() && !part.startsWith("<li>") && !part.startsWith("</ul>") && !joined.toString().endsWith("</ul>")) {
                joined.append("<br>");
            }
            joined.append(part);
        }
        return joined.toString().replace("\n", "<br>");
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
