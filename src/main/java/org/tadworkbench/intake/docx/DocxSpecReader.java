package org.tadworkbench.intake.docx;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadworkbench.intake.HeadingNumber;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecReader;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.word.Block;
import org.tadworkbench.word.Inline;
import org.tadworkbench.word.MarkdownBlocks;
import org.tadworkbench.word.Paragraph;
import org.tadworkbench.word.Table;
import org.tadworkbench.word.WordDocument;
import org.tadworkbench.word.WordFileException;
import org.tadworkbench.word.WordReader;

/**
 * Reads a specification in Word form into clauses. A clause starts at each heading: a paragraph with an outline level
 * 0-8 (Heading 1-9 and styles based on them, or a direct outline level), other than a title or contents style. Its
 * number is the label Word displays through the heading's numbering (computed from numbering.xml, since documents
 * like the SEC's hold no number in the heading text), without the trailing dot; "Appendix A." gives "A". A heading
 * without numbering whose text starts with a number ("3.2 Scope") gives that number. Text before the first heading,
 * and pictures and objects anywhere, are reported as unplaced.
 */
public final class DocxSpecReader implements SpecReader {

    private static final Pattern PREFIXED = Pattern.compile(
            "(?i)(?:appendix|annex|annexe|schedule|chapter|section|clause|part|article)\\s+([A-Z0-9]+(?:\\.[A-Z0-9]+)*)");

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");

    private final WordReader word = new WordReader();

    @Override
    public Ingested read(Path file, String displayName) throws IntakeException {
        WordDocument document;
        try {
            document = word.read(file, displayName);
        } catch (WordFileException e) {
            throw new IntakeException(e.getMessage(), e);
        }
        return clauses(document);
    }

    /** The clauses of a document already read. */
    public static Ingested clauses(WordDocument document) {
        List<Ingested.Unplaced> unplaced = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Block> preface = new ArrayList<>();
        Section section = null;
        for (Block block : document.body()) {
            if (block instanceof Paragraph p && isHeading(p)) {
                section = new Section(heading(p), new ArrayList<>());
                sections.add(section);
                embedded(p, section.heading(), unplaced);
                continue;
            }
            (section == null ? preface : section.blocks()).add(block);
            embedded(block, section == null ? null : section.heading(), unplaced);
        }
        // Each clause's text is written on its own, so the clauses are written side by side.
        List<Written> written = sections.parallelStream().map(s -> s.write(document)).toList();
        List<SpecClause> clauses = written.stream().map(Written::clause).toList();
        int tables = written.stream().mapToInt(Written::tables).sum();
        if (!preface.isEmpty()) {
            prefaceUnplaced(preface, sections.isEmpty(), unplaced);
        }
        unplaced.sort(java.util.Comparator.comparingInt(u -> order(u.location())));
        return new Ingested(clauses, tables, unplaced);
    }

    /** A heading and the blocks up to the next one: one clause's own text. */
    private record Section(Heading heading, List<Block> blocks) {
        Written write(WordDocument document) {
            MarkdownBlocks text = new MarkdownBlocks(document);
            blocks.forEach(text::add);
            return new Written(heading.clause(text.markdown()), text.tables());
        }
    }

    private record Written(SpecClause clause, int tables) {
    }

    /** A heading: outline level 0-8, with text, not the document's title or a contents entry. */
    public static boolean isHeading(Paragraph p) {
        if (!p.isHeading() || p.text().isBlank()) {
            return false;
        }
        String name = String.valueOf(p.styleName()).toLowerCase(Locale.ROOT);
        String id = String.valueOf(p.styleId()).toLowerCase(Locale.ROOT);
        return !(name.equals("title") || name.equals("subtitle") || id.equals("title") || id.equals("subtitle")
                || name.startsWith("toc") || id.startsWith("toc"));
    }

    private record Heading(String number, String title, int level, String source) {
        SpecClause clause(String markdown) {
            return new SpecClause(number, title, level, SpecClause.tidy(markdown), source);
        }
    }

    private static Heading heading(Paragraph p) {
        String title = p.text().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        String number = "";
        if (p.label() != null && !p.label().bullet()) {
            number = number(p.label().text());
        }
        if (number.isEmpty()) {
            Optional<HeadingNumber> typed = HeadingNumber.numbered(title);
            if (typed.isPresent()) {
                number = typed.get().number();
                title = typed.get().title();
            }
        }
        return new Heading(number, title, p.outlineLevel() + 1, "paragraph " + p.index());
    }

    /** "3.14.23." gives "3.14.23"; "Appendix A." gives "A"; "(a)" gives "a". */
    static String number(String label) {
        String n = label.replace('\u00a0', ' ').strip();
        while (!n.isEmpty() && (n.endsWith(".") || n.endsWith(")") || n.endsWith(":"))) {
            n = n.substring(0, n.length() - 1).strip();
        }
        if (n.startsWith("(")) {
            n = n.substring(1).strip();
        }
        Matcher m = PREFIXED.matcher(n);
        if (m.matches()) {
            n = m.group(1);
        }
        return n;
    }

    private static void embedded(Block block, Heading heading, List<Ingested.Unplaced> unplaced) {
        if (block instanceof Paragraph p) {
            for (Inline i : p.content()) {
                if (i instanceof Inline.Embedded e) {
                    String what = e.kind() + (e.description() == null ? "" : " \"" + e.description() + "\"")
                            + (e.text().isEmpty() ? "" : " holding " + words(e.text()) + " words of text")
                            + " (not text; see the original)";
                    String where = "paragraph " + p.index() + (heading == null ? "" : ", in " + label(heading));
                    unplaced.add(new Ingested.Unplaced(where, what));
                }
            }
        } else if (block instanceof Table t) {
            for (Table.Row row : t.rows()) {
                for (Table.Cell cell : row.cells()) {
                    for (Block inner : cell.blocks()) {
                        embedded(inner, heading, unplaced);
                    }
                }
            }
        }
    }

    private static String label(Heading h) {
        return h.number().isEmpty() ? h.title() : h.number() + " " + h.title();
    }

    private static void prefaceUnplaced(List<Block> preface, boolean noHeadings, List<Ingested.Unplaced> unplaced) {
        int first = Integer.MAX_VALUE;
        int last = 0;
        int words = 0;
        int tables = 0;
        for (Block b : preface) {
            if (b instanceof Paragraph p) {
                first = Math.min(first, p.index());
                last = Math.max(last, p.index());
                words += words(p.text());
            } else if (b instanceof Table t) {
                tables++;
                words += words(tableText(t));
            }
        }
        if (words == 0) {
            return;
        }
        String where = first == Integer.MAX_VALUE ? "the start" : first == last ? "paragraph " + first
                : "paragraphs " + first + "-" + last;
        String what = (noHeadings ? "text of a document with no headings (no heading styles or outline levels): "
                : "text before the first heading: ") + words + " words" + (tables > 0 ? ", " + tables + " table(s)" : "");
        unplaced.add(new Ingested.Unplaced(where, what));
    }

    private static String tableText(Table t) {
        StringBuilder out = new StringBuilder();
        for (Table.Row row : t.rows()) {
            for (Table.Cell cell : row.cells()) {
                for (Block b : cell.blocks()) {
                    if (b instanceof Paragraph p) {
                        out.append(p.text()).append(' ');
                    } else if (b instanceof Table inner) {
                        out.append(tableText(inner)).append(' ');
                    }
                }
            }
        }
        return out.toString();
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Unplaced items in document order: by their first paragraph number. */
    private static int order(String location) {
        Matcher m = FIRST_NUMBER.matcher(location);
        return m.find() ? Integer.parseInt(m.group()) : 0;
    }
}
