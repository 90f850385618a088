package org.tadworkbench.intake.text;

import org.tadworkbench.intake.HeadingNumber;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecReader;
import org.tadworkbench.spec.SpecClause;

/**
 * Reads a specification in plain text, in the style of an RFC or Internet-Draft, into clauses. Headings start at
 * column 0 ("3.2.  Title", "Appendix A.  Title", and after the first numbered one also unnumbered titles such as
 * "Contributors") while the text is indented. The furniture of paginated text is removed: form feeds, the running
 * header ("RFC 9000   QUIC Transport   May 2021") and footer ("Iyengar &amp; Thomson   Standards Track   [Page
 * 12]"), and the two halves of a paragraph broken by a page are joined again. The table of contents is left out;
 * the front page, abstract and boilerplate before the first numbered heading are reported as unplaced.
 */
public final class PlainTextSpecReader implements SpecReader {

    private static final Pattern FOOTER = Pattern.compile("\\S.*\\s\\[Page \\d+\\]");
    private static final Pattern HEADER = Pattern.compile(
            "(RFC \\d{1,5}|Internet-Draft|INTERNET[- ]DRAFT)\\s{2,}\\S.*\\s{2,}.*\\d{4}");
    private static final Pattern COLUMNS = Pattern.compile("\\S.*\\s{3,}\\S.*\\s{3,}\\S.*");
    private static final Pattern GAP = Pattern.compile("\\S\\s{3,}\\S");
    private static final Pattern TOC = Pattern.compile("(?i)(table of )?contents");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.:!?]\\)?");

    /** A line kept from the file, with its number there (1-based); a page break where number is 0. */
    private record Line(int number, String text) {
        boolean blank() {
            return text.isBlank();
        }

        boolean atMargin() {
            return !text.isEmpty() && !Character.isWhitespace(text.charAt(0));
        }
    }

    private static final Line BREAK = new Line(0, "");

    @Override
    public Ingested read(Path file, String displayName) throws IntakeException {
        List<Line> lines = joinPages(withoutFurniture(TextFile.lines(file, displayName)));
        List<Ingested.Unplaced> unplaced = new ArrayList<>();
        int firstNumbered = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (numbered(lines, i)) {
                firstNumbered = i;
                break;
            }
        }
        boolean indentedBody = indentedBody(lines, Math.max(0, firstNumbered));
        List<SpecClause> clauses = new ArrayList<>();
        String frontName = "front page";
        int frontStart = 0;
        boolean inToc = false;
        SpecClause clause = null;
        List<String> text = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean body = firstNumbered >= 0 && i >= firstNumbered;
            boolean heading = numbered(lines, i) && body
                    || (indentedBody || !body) && unnumberedHeading(lines, i);
            if (!heading) {
                if (!inToc) {
                    text.add(line.text());
                }
                continue;
            }
            if (clause != null) {
                clauses.add(withText(clause, text));
            } else if (!inToc) {
                reportFront(frontName, frontStart, text, unplaced);
            }
            text.clear();
            String title = line.text().strip();
            while (i + 1 < lines.size() && !lines.get(i + 1).blank() && !lines.get(i + 1).atMargin()
                    && indentedBody) {
                title += " " + lines.get(++i).text().strip();
            }
            if (body) {
                HeadingNumber split = HeadingNumber.split(title);
                clause = new SpecClause(split.number(), split.title(), Math.max(1, split.depth()), "",
                        "line " + line.number());
                inToc = false;
            } else {
                inToc = TOC.matcher(title).matches();
                frontName = title;
                frontStart = line.number();
            }
        }
        if (clause != null) {
            clauses.add(withText(clause, text));
        } else if (!inToc) {
            reportFront(frontName, frontStart, text, unplaced);
        }
        return new Ingested(clauses, 0, unplaced);
    }

    /** The lines without page furniture: form feeds, running headers and footers become one page break each. */
    private static List<Line> withoutFurniture(List<String> raw) {
        List<Line> kept = new ArrayList<>();
        boolean afterBreak = false;
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            if (text.indexOf('\f') >= 0) {
                text = text.replace("\f", "");
                kept.add(BREAK);
                afterBreak = true;
            }
            String stripped = text.strip();
            if (FOOTER.matcher(stripped).matches()) {
                kept.add(BREAK);
                afterBreak = true;
                continue;
            }
            if (HEADER.matcher(text).matches() || afterBreak && COLUMNS.matcher(text).matches()) {
                kept.add(BREAK);
                afterBreak = false;
                continue;
            }
            if (!stripped.isEmpty()) {
                afterBreak = false;
            }
            kept.add(new Line(i + 1, text.stripTrailing()));
        }
        return kept;
    }

    /**
     * Page breaks removed with the blank lines around them: a paragraph that runs on to the next page is one
     * paragraph again; where the page ended a sentence before a new paragraph or heading, one blank line stays.
     */
    private static List<Line> joinPages(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        boolean pendingBreak = false;
        for (Line line : lines) {
            if (line == BREAK) {
                while (!out.isEmpty() && out.get(out.size() - 1).blank()) {
                    out.remove(out.size() - 1);
                }
                pendingBreak = true;
                continue;
            }
            if (pendingBreak) {
                if (line.blank()) {
                    continue;
                }
                pendingBreak = false;
                if (!out.isEmpty()) {
                    Line before = out.get(out.size() - 1);
                    boolean runsOn = !line.atMargin() && !before.atMargin()
                            && !SENTENCE_END.matcher(before.text().strip()).matches();
                    if (!runsOn) {
                        out.add(new Line(line.number(), ""));
                    }
                }
            }
            out.add(line);
        }
        return out;
    }

    /** A numbered heading: at the margin, after a blank line, "3.2.  Title" or "Appendix A.  Title". */
    private static boolean numbered(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (!line.atMargin() || i > 0 && !lines.get(i - 1).blank() || GAP.matcher(line.text()).find()) {
            return false;
        }
        HeadingNumber split = HeadingNumber.split(line.text());
        int first = split.number().isEmpty() ? ' ' : split.title().codePointAt(0);
        return Character.isLetterOrDigit(first) || first == '"' || first == '(' || first == '\'';
    }

    /** An unnumbered heading in an RFC: a short title at the margin after a blank line ("Authors' Addresses"). */
    private static boolean unnumberedHeading(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (!line.atMargin() || i > 0 && !lines.get(i - 1).blank() || GAP.matcher(line.text()).find()) {
            return false;
        }
        String text = line.text().strip();
        return Character.isLetter(text.codePointAt(0)) && text.length() <= 72 && TextFile.words(text) <= 10
                && !text.endsWith(",") && !text.endsWith(";");
    }

    /** Whether the text under the headings is indented (the RFC style), so that a line at the margin is a heading. */
    private static boolean indentedBody(List<Line> lines, int from) {
        int indented = 0;
        int all = 0;
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                all++;
                indented += lines.get(i).atMargin() ? 0 : 1;
            }
        }
        return all > 0 && indented * 10 >= all * 7;
    }

    private static SpecClause withText(SpecClause clause, List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return new SpecClause(clause.number(), clause.title(), clause.level(), SpecClause.tidy(text.toString()),
                clause.source());
    }

    private static void reportFront(String name, int start, List<String> lines, List<Ingested.Unplaced> unplaced) {
        int words = TextFile.words(String.join("\n", lines));
        if (words > 0) {
            unplaced.add(new Ingested.Unplaced("line " + Math.max(1, start), name + " (" + words + " words)"));
        }
    }
}
