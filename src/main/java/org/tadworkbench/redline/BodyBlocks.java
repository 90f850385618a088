package org.tadworkbench.redline;

import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.document.MarkdownDialect;

/**
 * A compared body cut into what the writers lay out: stretches of text (paragraphs and the breaks between them, as
 * {@link TextRun} has them) and tables. A table shows the rows and cells of both versions: a row or cell that only
 * one version has is one whose marker is inserted or deleted. The break before or after a table is the table's own
 * boundary and is not shown.
 */
record BodyBlocks(List<Block> blocks) {

    sealed interface Block permits Text, Table {
    }

    /** Paragraphs with the breaks between them; the same runs a body without tables has. */
    record Text(List<TextRun> runs) implements Block {
    }

    /** A table with the caption paragraph that stood before it (null when none); the first row is the heading row. */
    record Table(List<TextRun> caption, List<Row> rows) implements Block {

        int columns() {
            return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        }
    }

    /** A row: INSERTED or DELETED when only one version has it, else EQUAL with its changes in the cells. */
    record Row(RunKind kind, List<List<TextRun>> cells) {
    }

    static BodyBlocks of(List<TextRun> body) {
        List<Block> blocks = new ArrayList<>();
        List<Unit> pending = new ArrayList<>();
        for (Unit unit : units(body)) {
            if (!unit.isTable()) {
                pending.add(unit);
                continue;
            }
            List<TextRun> caption = null;
            if (!pending.isEmpty() && pending.get(pending.size() - 1).isCaption()) {
                caption = joined(pending.remove(pending.size() - 1).runs());
            }
            flush(pending, blocks);
            tableOf(unit.runs(), caption, blocks);
        }
        flush(pending, blocks);
        return new BodyBlocks(blocks);
    }

    boolean hasTables() {
        return blocks.stream().anyMatch(b -> b instanceof Table);
    }

    /** One paragraph's runs and the break that ends it (null for the last paragraph). */
    record Unit(List<TextRun> runs, TextRun end) {
        boolean isTable() {
            return runs.stream().anyMatch(r -> r.text().contains(TextRun.TABLE_ROW));
        }

        boolean isCaption() {
            StringBuilder words = new StringBuilder();
            runs.forEach(r -> words.append(r.text()));
            return MarkdownDialect.isCaptionText(words.toString());
        }
    }

    /** The paragraphs of compared text, each with the break that ends it. */
    static List<Unit> units(List<TextRun> body) {
        List<Unit> units = new ArrayList<>();
        List<TextRun> current = new ArrayList<>();
        for (TextRun run : body) {
            String[] parts = run.text().split(TextRun.PARAGRAPH_BREAK, -1);
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    units.add(new Unit(current, new TextRun(run.kind(), TextRun.PARAGRAPH_BREAK)));
                    current = new ArrayList<>();
                }
                if (!parts[k].isEmpty()) {
                    current.add(new TextRun(run.kind(), parts[k]));
                }
            }
        }
        units.add(new Unit(current, null));
        return units;
    }

    /** The pending paragraphs as one text block; the break after the last is the next table's boundary. */
    private static void flush(List<Unit> pending, List<Block> blocks) {
        List<TextRun> text = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            pending.get(i).runs().forEach(r -> add(text, r));
            if (i + 1 < pending.size() && pending.get(i).end() != null) {
                add(text, pending.get(i).end());
            }
        }
        pending.clear();
        if (!text.isEmpty()) {
            blocks.add(new Text(List.copyOf(text)));
        }
    }

    private static List<TextRun> joined(List<TextRun> runs) {
        List<TextRun> out = new ArrayList<>();
        runs.forEach(r -> add(out, r));
        return List.copyOf(out);
    }

    /**
     * The rows of one table paragraph. Text before its first row marker (a paragraph the other version has in the
     * table's place) is a text block of its own.
     */
    private static void tableOf(List<TextRun> runs, List<TextRun> caption, List<Block> blocks) {
        List<TextRun> before = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<List<TextRun>> cells = null;
        for (TextRun run : runs) {
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < run.text().length(); i++) {
                String ch = run.text().substring(i, i + 1);
                if (ch.equals(TextRun.TABLE_ROW) || ch.equals(TextRun.TABLE_CELL) && cells != null) {
                    append(cells == null ? before : cells.get(cells.size() - 1), run.kind(), piece);
                    if (ch.equals(TextRun.TABLE_ROW)) {
                        if (cells != null) {
                            rows.add(row(cells));
                        }
                        cells = new ArrayList<>();
                    }
                    cells.add(new ArrayList<>());
                } else {
                    piece.append(ch);
                }
            }
            append(cells == null ? before : cells.get(cells.size() - 1), run.kind(), piece);
        }
        if (cells != null) {
            rows.add(row(cells));
        }
        if (!before.isEmpty()) {
            blocks.add(new Text(before));
        }
        blocks.add(new Table(caption, rows));
    }

    /**
     * A row is inserted (deleted) when all its words are: the word diff may pair its marker with another row's,
     * so the marker alone does not tell. Otherwise its cells show the changes.
     */
    private static Row row(List<List<TextRun>> cells) {
        List<RunKind> kinds = cells.stream().flatMap(List::stream).filter(r -> !r.text().isBlank())
                .map(TextRun::kind).distinct().toList();
        RunKind kind = kinds.size() == 1 ? kinds.get(0) : RunKind.EQUAL;
        return new Row(kind, cells.stream().map(List::copyOf).toList());
    }

    private static void append(List<TextRun> into, RunKind kind, StringBuilder piece) {
        if (piece.length() > 0) {
            add(into, new TextRun(kind, piece.toString()));
            piece.setLength(0);
        }
    }

    /** Appends a run, joining it to the last one when of the same kind, as the word diff writes them. */
    private static void add(List<TextRun> runs, TextRun run) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == run.kind()) {
            TextRun last = runs.remove(runs.size() - 1);
            runs.add(new TextRun(run.kind(), last.text() + run.text()));
        } else {
            runs.add(run);
        }
    }
}
