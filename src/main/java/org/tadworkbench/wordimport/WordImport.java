package org.tadworkbench.wordimport;

import java.io.IOException;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.document.VersionStatus;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.SpecReaders;
import org.tadworkbench.spec.SpecClause;
import org.tadworkbench.word.Block;
import org.tadworkbench.word.Inline;
import org.tadworkbench.word.MarkdownBlocks;
import org.tadworkbench.word.Note;
import org.tadworkbench.word.Paragraph;
import org.tadworkbench.word.Table;
import org.tadworkbench.word.WordDocument;
import org.tadworkbench.word.WordFileException;
import org.tadworkbench.word.WordReader;

/**
 * Reads a TAD kept in Word into sections: one per heading, numbered as Word shows it (headings Word does not number
 * are numbered in order under their parent, and the import says so), each body its own text as Markdown with tables,
 * footnotes and links. A document without headings gives one section. The title and version come from the title page
 * (the Title-styled paragraph, else the core properties' title, else the first line; a "Version 2.1" line or a
 * document control table) when recognisable, else version 1.0; the version is a draft dated from the file's core properties.
 */
public final class WordImport {

    private static final Pattern VERSION_LINE = Pattern.compile("(?i)\\bversion\\s*(?:no\\.?|number)?\\s*:?\\s*v?(\\d+(?:\\.\\d+){0,3})\\b");
    private static final Pattern VERSION_VALUE = Pattern.compile("v?(\\d+(?:\\.\\d+){0,3})");

    /** What an import read: the sections, the manifest, and the counts and notes it reports. */
    public record Imported(DocumentManifest manifest, List<Section> sections, List<GlossaryTerm> glossary,
                           List<DocumentReference> references, int tables, int figures, int footnotes,
                           int comments, int trackedChanges, List<String> unmapped, SortedMap<String, byte[]> figureFiles) {
        public Imported {
            figureFiles = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(figureFiles));
            sections = List.copyOf(sections);
            glossary = List.copyOf(glossary);
            references = List.copyOf(references);
            unmapped = List.copyOf(unmapped);
        }

        public String version() {
            return manifest.versions().get(0).version();
        }

        /** The figures' image files as the workspace's pictures. */
        public List<org.tadworkbench.document.Picture> pictures() {
            return figureFiles.entrySet().stream().map(f -> new org.tadworkbench.document.Picture(f.getKey(), f.getValue())).toList();
        }
    }

    private final WordReader reader = new WordReader();

    /**
     * Reads {@code file}, accepting ({@code acceptChanges}) or rejecting its tracked changes; its pictures become
     * figures whose image files go to {@code figureFolder} (a path in the workspace, e.g. "figures").
     */
    public Imported read(Path file, String displayName, boolean acceptChanges, String figureFolder) throws WordFileException {
        WordDocument document = reader.read(file, displayName,
                acceptChanges ? WordReader.Options.ACCEPTED : WordReader.Options.REJECTED);
        DocxProperties properties;
        List<Pictures.Picture> pictures;
        try {
            properties = DocxProperties.of(file);
            pictures = Pictures.of(file);
        } catch (IOException | RuntimeException e) {
            throw new WordFileException(displayName + " cannot be read (" + e.getMessage() + ")", e);
        }
        List<String> unmapped = new ArrayList<>();
        List<Block> preface = preface(document);
        int tables = 0;
        int figures = 0;
        for (Block b : document.body()) {
            tables += tablesIn(b);
            figures += imagesIn(b);
        }
        Figures placed = new Figures(pictures, figures, figureFolder);
        document = new WordDocument(document.body().stream().map(placed::mark).toList(), document.notes(), document.leftOut());
        // Tables published from the glossary and references go back to their registers, not into the text.
        RegisterTables registers = new RegisterTables();
        List<Block> body = new ArrayList<>();
        for (Block b : document.body()) {
            if (!registers.take(b)) {
                body.add(b);
            }
        }
        document = new WordDocument(body, document.notes(), document.leftOut());
        List<Section> sections = sections(document, unmapped).stream().map(placed::place).toList();
        String title = title(preface, properties, displayName);
        String version = version(preface).orElse("1.0");
        DocumentVersion v = new DocumentVersion(version, VersionStatus.DRAFT, properties.date(), null,
                "Imported from " + displayName + ".");
        DocumentManifest manifest = new DocumentManifest(id(displayName), title,
                properties.creator().isEmpty() ? "Not stated" : properties.creator(), "Not stated", null, List.of(v));
        if (!registers.glossary.isEmpty()) {
            unmapped.add("glossary table: " + registers.glossary.size() + " terms kept in glossary.yaml");
        }
        if (!registers.references.isEmpty()) {
            unmapped.add("references table: " + registers.references.size() + " references kept in references.yaml");
        }
        if (figures > placed.placed()) {
            unmapped.add((figures - placed.placed()) + " picture(s) not imported as figures (see the original)");
        }
        document.leftOut().forEach(unmapped::add);
        int footnotes = (int) document.notes().stream().filter(n -> n.kind() == Note.Kind.FOOTNOTE).count();
        return new Imported(manifest, sections, registers.glossary, registers.references, tables, placed.placed(), footnotes,
                properties.comments(), properties.trackedChanges(), unmapped, placed.files());
    }

    /** The blocks before the first heading: the title page and document control. */
    private static List<Block> preface(WordDocument document) {
        List<Block> preface = new ArrayList<>();
        for (Block b : document.body()) {
            if (b instanceof Paragraph p && SpecReaders.isHeading(p)) {
                break;
            }
            preface.add(b);
        }
        return preface;
    }

    private static List<Section> sections(WordDocument document, List<String> unmapped) {
        Ingested ingested = SpecReaders.clausesOf(document);
        List<Section> sections = new ArrayList<>();
        if (ingested.clauses().isEmpty()) {
            MarkdownBlocks text = new MarkdownBlocks(document);
            document.body().forEach(text::add);
            sections.add(new Section("1", "Document", Applicability.BOTH, List.of(), List.of(),
                    SpecClause.tidy(text.markdown())));
            unmapped.add("no headings: the whole text is one section, 1 Document");
            return sections;
        }
        ingested.unplaced().stream().map(u -> u.location() + ": " + u.what()).forEach(unmapped::add);
        Numbering numbering = new Numbering();
        int renumbered = 0;
        for (SpecClause clause : ingested.clauses()) {
            String number = numbering.next(clause.number(), clause.level());
            if (!number.equals(clause.number())) {
                renumbered++;
            }
            sections.add(new Section(number, clause.title(), Applicability.BOTH, List.of(), List.of(), clause.text()));
        }
        if (renumbered > 0) {
            unmapped.add(renumbered + " heading(s) without a number Word shows (or with one out of outline) numbered in order");
        }
        return sections;
    }

    /**
     * Numbers sections as the outline goes: Word's number when it is a well-formed child of the section above it and
     * not yet used, else the next free number under that parent.
     */
    private static final class Numbering {
        private final List<String> open = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();
        private final Set<String> used = new HashSet<>();
        private final Map<String, Integer> lastChild = new HashMap<>();

        String next(String shown, int level) {
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                open.remove(open.size() - 1);
            }
            String parent = open.isEmpty() ? "" : open.get(open.size() - 1);
            String number;
            if (SectionNumber.isWellFormed(shown) && !used.contains(shown) && childOf(shown, parent)
                    && lastNumber(shown) > lastChild.getOrDefault(parent, 0)) {
                number = shown;
            } else {
                int n = lastChild.getOrDefault(parent, 0) + 1;
                number = parent.isEmpty() ? String.valueOf(n) : parent + "." + n;
                while (used.contains(number)) {
                    n++;
                    number = parent.isEmpty() ? String.valueOf(n) : parent + "." + n;
                }
            }
            lastChild.put(parent, lastNumber(number));
            used.add(number);
            open.add(number);
            levels.add(level);
            return number;
        }

        private static boolean childOf(String number, String parent) {
            int dot = number.lastIndexOf('.');
            return parent.isEmpty() ? dot < 0 : dot > 0 && number.substring(0, dot).equals(parent);
        }

        private static int lastNumber(String number) {
            return Integer.parseInt(number.substring(number.lastIndexOf('.') + 1));
        }
    }

    private static String title(List<Block> preface, DocxProperties properties, String displayName) {
        for (Block b : preface) {
            if (b instanceof Paragraph p && !p.text().isBlank()
                    && "title".equals(String.valueOf(p.styleName()).toLowerCase(Locale.ROOT))) {
                return clean(p.text());
            }
        }
        if (!properties.title().isBlank()) {
            return clean(properties.title());
        }
        // Else the title page's first line that is not its version.
        for (Block b : preface) {
            if (b instanceof Paragraph p && !p.text().isBlank() && !VERSION_LINE.matcher(p.text()).find()) {
                return clean(p.text());
            }
        }
        String name = displayName.replaceAll("(?i)\\.docx$", "");
        return name.isBlank() ? "Imported document" : name;
    }

    /** The newest version a document control table lists, else a "Version 2.1" line on the title page. */
    static java.util.Optional<String> version(List<Block> preface) {
        for (Block b : preface) {
            if (b instanceof Table t && !t.rows().isEmpty()) {
                int column = -1;
                for (Table.Cell cell : t.rows().get(0).cells()) {
                    String head = clean(cellText(cell)).toLowerCase(Locale.ROOT);
                    if (head.equals("version") || head.equals("version number") || head.equals("issue")) {
                        column = cell.column();
                    }
                }
                String newest = null;
                for (Table.Row row : t.rows().subList(1, t.rows().size())) {
                    for (Table.Cell cell : row.cells()) {
                        Matcher m = VERSION_VALUE.matcher(clean(cellText(cell)));
                        if (cell.column() == column && m.matches() && (newest == null
                                || SectionNumber.parse(m.group(1)).compareTo(SectionNumber.parse(newest)) > 0)) {
                            newest = m.group(1);
                        }
                    }
                }
                if (newest != null) {
                    return java.util.Optional.of(newest);
                }
            }
        }
        for (Block b : preface) {
            if (b instanceof Paragraph p) {
                Matcher m = VERSION_LINE.matcher(p.text());
                if (m.find()) {
                    return java.util.Optional.of(m.group(1));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String cellText(Table.Cell cell) {
        StringBuilder out = new StringBuilder();
        for (Block b : cell.blocks()) {
            if (b instanceof Paragraph p) {
                out.append(p.text()).append(' ');
            }
        }
        return out.toString();
    }

    private static String clean(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A workspace id from the file name: lower case, words joined by hyphens. */
    static String id(String displayName) {
        String base = displayName.replaceAll("(?i)\\.docx$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return base.isEmpty() ? "imported" : base;
    }

    private static int tablesIn(Block b) {
        if (b instanceof Table t) {
            int n = 1;
            for (Table.Row row : t.rows()) {
                for (Table.Cell cell : row.cells()) {
                    for (Block inner : cell.blocks()) {
                        n += tablesIn(inner);
                    }
                }
            }
            return n;
        }
        return 0;
    }

    private static int imagesIn(Block b) {
        if (b instanceof Paragraph p) {
            return (int) p.content().stream().filter(i -> i instanceof Inline.Embedded e && e.kind().equals("image")).count();
        }
        int n = 0;
        for (Table.Row row : ((Table) b).rows()) {
            for (Table.Cell cell : row.cells()) {
                for (Block inner : cell.blocks()) {
                    n += imagesIn(inner);
                }
            }
        }
        return n;
    }


    /**
     * Puts pictures back as figures. Each picture in the body becomes a placeholder word before the text is written
     * as Markdown (the Markdown writer leaves pictures out), then an image {@code ![caption](figures/figure-N.png)} in
     * the section that holds it. The drawings found in the file must match the pictures read one for one; otherwise
     * no picture is placed (the import says how many were left out).
     */
    private static final class Figures {
        private final List<Pictures.Picture> pictures;
        private final boolean aligned;
        private final String folder;
        private final Map<String, String> markdown = new HashMap<>();
        private final Map<String, String> paths = new HashMap<>();
        private final SortedMap<String, byte[]> files = new TreeMap<>();
        private int seen;

        Figures(List<Pictures.Picture> pictures, int images, String folder) {
            this.pictures = pictures;
            this.aligned = pictures.size() == images;
            this.folder = folder;
        }

        Block mark(Block block) {
            if (!aligned) {
                return block;
            }
            if (block instanceof Table t) {
                return new Table(t.index(), t.rows().stream().map(r -> new Table.Row(r.cells().stream()
                        .map(c -> new Table.Cell(c.column(), c.colSpan(), c.rowSpan(), c.blocks().stream().map(this::mark).toList()))
                        .toList(), r.header())).toList());
            }
            Paragraph p = (Paragraph) block;
            boolean heading = SpecReaders.isHeading(p);
            List<Inline> content = new ArrayList<>();
            for (Inline i : p.content()) {
                if (i instanceof Inline.Embedded e && e.kind().equals("image")) {
                    Pictures.Picture picture = pictures.get(seen++);
                    String path = picture == null ? null : folder + "/figure-" + seen + "." + picture.extension();
                    if (picture != null && !heading && new org.tadworkbench.document.Picture(path, picture.bytes()).problem().isEmpty()) {
                        String token = "TADWBFIGURE" + seen + "X";
                        String caption = e.description() == null || e.description().isBlank() ? "Figure " + seen
                                : e.description().replace('\n', ' ').strip();
                        markdown.put(token, "![" + MarkdownBlocks.escapeInline(caption) + "](" + path + ")");
                        paths.put(token, path);
                        files.put(path, picture.bytes());
                        content.add(new Inline.Text(token, false, false, false, null));
                        continue;
                    }
                }
                content.add(i);
            }
            return new Paragraph(p.index(), p.styleId(), p.styleName(), p.outlineLevel(), p.label(), content,
                    p.bookmarks(), p.monospace());
        }

        private final Set<String> used = new HashSet<>();

        Section place(Section section) {
            String body = section.body();
            for (Map.Entry<String, String> figure : markdown.entrySet()) {
                if (body.contains(figure.getKey())) {
                    body = body.replace(figure.getKey(), figure.getValue());
                    used.add(figure.getKey());
                }
            }
            return new Section(section.number(), section.title(), section.applicability(), section.references(),
                    section.elements(), body);
        }

        int placed() {
            return used.size();
        }

        /** The image files of the figures placed, by path in the workspace. */
        SortedMap<String, byte[]> files() {
            SortedMap<String, byte[]> kept = new TreeMap<>();
            used.forEach(token -> kept.put(paths.get(token), files.get(paths.get(token))));
            return kept;
        }
    }
}
