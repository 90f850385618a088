package org.tadworkbench.wordimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.word.Block;
import org.tadworkbench.word.Paragraph;
import org.tadworkbench.word.Table;

/**
 * Recognises the tables a TAD publishes from its registers and reads them back: a glossary table (headed Term,
 * Definition) into glossary terms, a references table (headed Reference, Title[, Publisher]) into document
 * references. Such a table is taken out of the section's text, as the workspace keeps it in the register.
 */
final class RegisterTables {

    final List<GlossaryTerm> glossary = new ArrayList<>();
    final List<DocumentReference> references = new ArrayList<>();

    /** Takes {@code block} into a register and says so, or leaves it (false). */
    boolean take(Block block) {
        if (!(block instanceof Table t) || t.rows().size() < 2) {
            return false;
        }
        List<String> head = t.rows().get(0).cells().stream().map(c -> text(c).toLowerCase(Locale.ROOT)).toList();
        if (t.hasMergedCells()) {
            return false;
        }
        if (head.size() == 2 && head.get(0).equals("term") && head.get(1).equals("definition")) {
            List<GlossaryTerm> terms = new ArrayList<>();
            for (Table.Row row : rows(t)) {
                if (row.cells().size() != 2 || text(row.cells().get(0)).isEmpty()) {
                    return false;
                }
                terms.add(new GlossaryTerm(text(row.cells().get(0)), text(row.cells().get(1)), List.of(), null));
            }
            glossary.addAll(terms);
            return true;
        }
        if (head.size() >= 2 && head.get(0).equals("reference") && head.get(1).equals("title")) {
            int publisher = head.indexOf("publisher");
            List<DocumentReference> refs = new ArrayList<>();
            for (Table.Row row : rows(t)) {
                List<Table.Cell> cells = row.cells();
                if (cells.size() != head.size() || !text(cells.get(0)).matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                    return false;
                }
                refs.add(new DocumentReference(text(cells.get(0)), text(cells.get(1)), null,
                        publisher < 0 || text(cells.get(publisher)).isEmpty() ? null : text(cells.get(publisher)), null));
            }
            references.addAll(refs);
            return true;
        }
        return false;
    }

    private static List<Table.Row> rows(Table t) {
        return t.rows().subList(1, t.rows().size());
    }

    private static String text(Table.Cell cell) {
        StringBuilder out = new StringBuilder();
        for (Block b : cell.blocks()) {
            if (b instanceof Paragraph p) {
                out.append(p.text()).append(' ');
            }
        }
        return out.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
