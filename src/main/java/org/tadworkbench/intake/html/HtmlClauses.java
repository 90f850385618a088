package org.tadworkbench.intake.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.HeadingNumber;
import org.tadworkbench.spec.SpecClause;

/**
 * Gathers the blocks of an HTML document into clauses: a heading starts one (its literal number split from its
 * title), the blocks until the next heading are its text as Markdown, its footnotes follow it as {@code [^n]: ...}.
 * Text before the first heading and footnotes that no clause refers to are reported as unplaced.
 */
final class HtmlClauses implements HtmlBlocks.Sink {

    /** A footnote's label ("1") and its text as one line of Markdown. */
    record Footnote(String label, String text) {
    }

    private enum Kind { NONE, PARAGRAPH, LIST, CODE }

    private final Map<String, Footnote> footnotes;
    private final Set<Footnote> referenced = new LinkedHashSet<>();
    private final List<SpecClause> clauses = new ArrayList<>();
    private final List<Ingested.Unplaced> unplaced = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder code = new StringBuilder();
    private final Set<Footnote> clauseNotes = new LinkedHashSet<>();
    private SpecClause heading;
    private int preambleLine;
    private Kind last = Kind.NONE;
    private int listDepth;
    private int tables;

    HtmlClauses(Map<String, Footnote> footnotes) {
        this.footnotes = footnotes;
    }

    @Override
    public String reference(String target) {
        Footnote note = footnotes.get(target);
        if (note == null) {
            return null;
        }
        clauseNotes.add(note);
        referenced.add(note);
        return note.label();
    }

    @Override
    public void heading(String words, int level, String anchor, int line) {
        finishClause();
        HeadingNumber split = HeadingNumber.split(words);
        heading = new SpecClause(split.number(), split.title(), split.number().isEmpty() ? level : split.depth(), "",
                anchor != null ? "#" + anchor : "line " + line);
    }

    @Override
    public void paragraph(String markdown, int line) {
        block(markdown, Kind.PARAGRAPH, line);
    }

    @Override
    public void listItem(String markdown, String marker, int depth, int line) {
        int at = last == Kind.LIST ? Math.min(depth, listDepth + 1) : 0;
        listDepth = at;
        block("    ".repeat(at) + marker + " " + markdown, Kind.LIST, line);
    }

    @Override
    public void codeLine(String line, int at) {
        if (last != Kind.CODE) {
            flushCode();
            separate(Kind.CODE, at);
        }
        code.append(line).append('\n');
        last = Kind.CODE;
    }

    @Override
    public void code(String literal, int line) {
        flushCode();
        separate(Kind.CODE, line);
        code.append(literal.replace("\r", "")).append('\n');
        flushCode();
    }

    @Override
    public void table(String markdown, int line) {
        tables++;
        block(markdown, Kind.PARAGRAPH, line);
    }

    @Override
    public void unplaced(String what, int line) {
        unplaced.add(new Ingested.Unplaced("line " + line, what));
    }

    private void block(String markdown, Kind kind, int line) {
        flushCode();
        separate(kind, line);
        text.append(markdown);
        last = kind;
    }

    private void separate(Kind kind, int line) {
        if (text.isEmpty()) {
            if (heading == null && preambleLine == 0) {
                preambleLine = line;
            }
            return;
        }
        text.append(kind == Kind.LIST && last == Kind.LIST ? "\n" : "\n\n");
    }

    private void flushCode() {
        if (code.isEmpty()) {
            return;
        }
        String body = code.toString().replaceAll("^\\n+|\\s+$", "");
        code.setLength(0);
        String fence = "```";
        while (body.contains(fence)) {
            fence += "`";
        }
        text.append(fence).append('\n').append(body).append('\n').append(fence);
        last = Kind.PARAGRAPH;
    }

    private void finishClause() {
        flushCode();
        if (heading == null) {
            int words = words(text) + clauseNotes.stream().mapToInt(note -> words(note.text())).sum();
            if (words > 0) {
                unplaced.add(0, new Ingested.Unplaced("line " + preambleLine,
                        "text before the first heading (" + words + " words)"));
            }
        } else {
            StringBuilder own = new StringBuilder(text);
            for (Footnote note : clauseNotes) {
                own.append("\n\n[^").append(note.label()).append("]: ").append(note.text());
            }
            clauses.add(new SpecClause(heading.number(), heading.title(), heading.level(),
                    SpecClause.tidy(own.toString()), heading.source()));
        }
        clauseNotes.clear();
        text.setLength(0);
        last = Kind.NONE;
    }

    Ingested finish() {
        finishClause();
        heading = null;
        for (Footnote note : new LinkedHashSet<>(footnotes.values())) {
            if (!referenced.contains(note)) {
                unplaced.add(new Ingested.Unplaced("footnote " + note.label(),
                        "a footnote that no clause refers to (" + words(note.text()) + " words)"));
            }
        }
        return new Ingested(clauses, tables, unplaced);
    }

    private static int words(CharSequence s) {
        String t = s.toString().strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
