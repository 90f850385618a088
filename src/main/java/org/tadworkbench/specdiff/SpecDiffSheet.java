package org.tadworkbench.specdiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadworkbench.impactsheet.Spreadsheet;

/**
 * A specification diff as one XLSX sheet for experts: one row per change (every clause but the unchanged ones that
 * kept their number and place), with its kind, the flags, old and new number and title, the similarity and the word
 * changes in short. The workbook follows the impact sheet's conventions ({@link Spreadsheet}).
 */
public final class SpecDiffSheet {

    /** Longest word-change summary in a cell; a spreadsheet cell holds at most 32,767 characters. */
    static final int SUMMARY_LIMIT = 2000;

    static final List<Spreadsheet.Column> COLUMNS = List.of(
            new Spreadsheet.Column("Kind", 11, false),
            new Spreadsheet.Column("Renumbered", 12, false),
            new Spreadsheet.Column("Moved", 8, false),
            new Spreadsheet.Column("Old number", 12, false),
            new Spreadsheet.Column("Old title", 36, true),
            new Spreadsheet.Column("New number", 12, false),
            new Spreadsheet.Column("New title", 36, true),
            new Spreadsheet.Column("Similarity", 11, false),
            new Spreadsheet.Column("Word changes", 80, true));

    private SpecDiffSheet() {
    }

    public static byte[] write(SpecDiff diff) {
        List<List<String>> rows = new ArrayList<>();
        for (ClauseChange c : diff.changes()) {
            if (!SpecDiffSummary.noteworthy(c)) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(c.kind().word());
            row.add(c.renumbered() ? "yes" : "no");
            row.add(c.moved() ? "yes" : "no");
            row.add(c.from() == null ? null : c.from().number());
            row.add(c.from() == null ? null : c.from().title());
            row.add(c.to() == null ? null : c.to().number());
            row.add(c.to() == null ? null : c.to().title());
            row.add(c.from() == null || c.to() == null ? null : String.format(Locale.ROOT, "%.3f", c.similarity()));
            row.add(c.kind() == ChangeKind.UNCHANGED ? null : SpecDiffSummary.wordChanges(c, SUMMARY_LIMIT));
            rows.add(row);
        }
        return Spreadsheet.write(SpecDiffSummary.title(diff), "Changes", COLUMNS, rows);
    }
}
