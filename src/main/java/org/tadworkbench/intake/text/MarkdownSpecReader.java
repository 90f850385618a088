package org.tadworkbench.intake.text;

import org.tadworkbench.intake.HeadingNumber;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.tadworkbench.document.MarkdownDialect;
import org.tadworkbench.document.MarkdownText;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecReader;
import org.tadworkbench.spec.SpecClause;

/**
 * Reads a specification written in Markdown (CommonMark, and the kramdown-rfc form of IETF drafts) into clauses.
 * Headings are found by a CommonMark parser, so a line starting with # inside a fenced code block is never one, and
 * setext headings count. A document whose headings carry literal numbers ("## 1.4.2 Title") keeps them; one whose
 * headings hold none is numbered as xml2rfc numbers it (middle 1, 1.1 ...; after {@code --- back} appendices A,
 * A.1 ...). kramdown-rfc's YAML front matter, abstract and notes are not clauses: they are reported as unplaced. A
 * clause's text is its own Markdown source lines, as written; a heading's {@code {#anchor}} becomes its source.
 */
public final class MarkdownSpecReader implements SpecReader {

    private static final Pattern MARKER = Pattern.compile("---\\s+(abstract|middle|back|note_\\S*|note\\s.*)\\s*");
    private static final Pattern ANCHOR = Pattern.compile("\\s*\\{#([^}\\s]+)[^}]*\\}\\s*$");
    private static final Pattern INLINE_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern IAL = Pattern.compile("\\{:[^}]*\\}\\s*");
    private static final Pattern UNNUMBERED = Pattern.compile("numbered\\s*=\\s*[\"']?false");
    private static final Pattern BCP14 = Pattern.compile("\\{::boilerplate\\s+bcp14(?:-tagged)?\\}\\s*");
    /** What xml2rfc writes for {@code {::boilerplate bcp14}}: the clause's text as its readers see it. */
    private static final String BCP14_TEXT = "The key words \"MUST\", \"MUST NOT\", \"REQUIRED\", \"SHALL\", "
            + "\"SHALL NOT\", \"SHOULD\", \"SHOULD NOT\", \"RECOMMENDED\", \"NOT RECOMMENDED\", \"MAY\", and "
            + "\"OPTIONAL\" in this document are to be interpreted as described in BCP 14 {{!RFC2119}} "
            + "{{!RFC8174}} when, and only when, they appear in all capitals, as shown here.";

    private enum Zone { FRONT, MIDDLE, BACK }

    private record Part(Zone zone, String name, int line) {
    }

    private record Head(int line, int endLine, int level, String title, String anchor, boolean unnumbered, Part part) {
    }

    @Override
    public Ingested read(Path file, String displayName) throws IntakeException {
        List<String> lines = TextFile.lines(file, displayName);
        List<Ingested.Unplaced> unplaced = new ArrayList<>();
        String[] kept = lines.toArray(String[]::new);
        int start = frontMatterEnd(lines);
        if (start > 0) {
            unplaced.add(new Ingested.Unplaced("line 1", "front matter (YAML metadata, " + start + " lines)"));
            for (int i = 0; i < start; i++) {
                kept[i] = "";
            }
        }
        Part[] partAt = new Part[lines.size()];
        List<Part> markers = new ArrayList<>();
        Part part = new Part(Zone.MIDDLE, "", 0);
        for (int i = start; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (marker.matches()) {
                part = partOf(marker.group(1), i);
                markers.add(part);
                kept[i] = "";
            }
            partAt[i] = part;
        }
        Parser parser = MarkdownDialect.parser().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        Node document = parser.parse(String.join("\n", kept));
        List<Head> heads = new ArrayList<>();
        int tables = 0;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableBlock) {
                tables++;
            } else if (node instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                heads.add(head(heading, kept, partAt));
            }
        }
        List<SpecClause> clauses = clauses(heads, kept, partAt, start, unplaced);
        return new Ingested(clauses, tables, unplaced);
    }

    /** The number of lines of YAML front matter ({@code ---} on the first line up to its closing line), or 0. */
    private static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                return i + 1;
            }
            if (MARKER.matcher(line).matches()) {
                return i;
            }
        }
        return 0;
    }

    private static Part partOf(String marker, int line) {
        return switch (marker) {
            case "middle" -> new Part(Zone.MIDDLE, "", line);
            case "back" -> new Part(Zone.BACK, "back matter", line);
            case "abstract" -> new Part(Zone.FRONT, "abstract", line);
            default -> new Part(Zone.FRONT, "note '" + marker.replaceFirst("^note_?\\s*", "").replace('_', ' ').strip()
                    + "'", line);
        };
    }

    private static Head head(Heading heading, String[] lines, Part[] partAt) {
        int first = heading.getSourceSpans().get(0).getLineIndex();
        int last = heading.getSourceSpans().get(heading.getSourceSpans().size() - 1).getLineIndex();
        // inline HTML in a heading (<code>, <sup>) is markup, not words of the title
        String text = INLINE_TAG.matcher(MarkdownText.plain(heading)).replaceAll("");
        String anchor = null;
        Matcher m = ANCHOR.matcher(text);
        if (m.find()) {
            anchor = m.group(1);
            text = text.substring(0, m.start());
        }
        boolean unnumbered = false;
        if (last + 1 < lines.length && IAL.matcher(lines[last + 1].strip()).matches()) {
            unnumbered = UNNUMBERED.matcher(lines[last + 1]).find();
            last++;
        }
        return new Head(first, last, heading.getLevel(), HeadingNumber.collapse(text), anchor, unnumbered,
                partAt[first] == null ? new Part(Zone.MIDDLE, "", 0) : partAt[first]);
    }

    private static List<SpecClause> clauses(List<Head> heads, String[] lines, Part[] partAt, int start,
            List<Ingested.Unplaced> unplaced) {
        boolean literal = literalNumbers(heads);
        Xml2rfcNumbering numbering = new Xml2rfcNumbering();
        boolean inBack = false;
        List<SpecClause> clauses = new ArrayList<>();
        int next = 0;
        SpecClause clause = null;
        int from = start;
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= lines.length; i++) {
            Head head = next < heads.size() && heads.get(next).line() == i ? heads.get(next) : null;
            boolean newPart = i < lines.length && i > start && partAt[i] != partAt[i - 1];
            if (i == lines.length || head != null || newPart) {
                if (clause != null) {
                    clauses.add(withText(clause, text));
                } else {
                    reportUnplaced(partAt[Math.min(from, lines.length - 1)], text, from, unplaced);
                }
                clause = null;
                text.setLength(0);
                from = i;
            }
            if (head != null) {
                if (!literal && head.part().zone() == Zone.BACK && !inBack) {
                    numbering.startBack();
                    inBack = true;
                }
                clause = clauseOf(head, literal, numbering);
                next++;
                i = head.endLine();
            } else if (i < lines.length) {
                text.append(BCP14.matcher(lines[i].strip()).matches() ? BCP14_TEXT : lines[i]).append('\n');
            }
        }
        return clauses;
    }

    private static SpecClause clauseOf(Head head, boolean literal, Xml2rfcNumbering numbering) {
        String source = head.anchor() != null ? "#" + head.anchor() : "line " + (head.line() + 1);
        if (literal) {
            HeadingNumber split = HeadingNumber.split(head.title());
            int level = split.number().isEmpty() ? head.level() : split.depth();
            return new SpecClause(split.number(), split.title(), level, "", source);
        }
        int level = numbering.levelOf(head.level());
        String number = head.part().zone() == Zone.FRONT ? "" : numbering.next(head.level(), !head.unnumbered());
        return new SpecClause(number, head.title(), level, "", source);
    }

    private static SpecClause withText(SpecClause clause, CharSequence text) {
        return new SpecClause(clause.number(), clause.title(), clause.level(), SpecClause.tidy(text.toString()),
                clause.source());
    }

    /** Literal numbers are kept when most headings outside the front matter carry one ("## 1.4.2 Title"). */
    private static boolean literalNumbers(List<Head> heads) {
        int counted = 0;
        int numbered = 0;
        for (Head head : heads) {
            if (head.part().zone() != Zone.FRONT) {
                counted++;
                if (!HeadingNumber.split(head.title()).number().isEmpty()) {
                    numbered++;
                }
            }
        }
        return numbered > 0 && numbered * 2 >= counted;
    }

    private static void reportUnplaced(Part part, CharSequence text, int from, List<Ingested.Unplaced> unplaced) {
        int words = TextFile.words(text);
        if (words == 0) {
            return;
        }
        int blank = 0;
        while (blank < text.length() && text.charAt(blank) == '\n') {
            blank++;
        }
        String what = part == null || part.name().isEmpty() ? "text before the first heading"
                : part.zone() == Zone.BACK ? "text of the back matter before its first heading" : part.name();
        unplaced.add(new Ingested.Unplaced("line " + (from + 1 + blank), what + " (" + words + " words)"));
    }
}
