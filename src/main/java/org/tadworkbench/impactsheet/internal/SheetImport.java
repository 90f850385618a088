package org.tadworkbench.impactsheet.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.impactsheet.ImpactSheetException;
import org.tadworkbench.impactsheet.ImportOutcome;
import org.tadworkbench.impactsheet.SheetProblem;
import org.tadworkbench.workspace.Workspace;

/**
 * Matches a sheet's rows to the register by row id and edits them. Experts edit rows, they do not add or remove
 * them: a sheet row with an unknown or repeated id, and a register row the sheet lacks, are problems. The result
 * keeps the register's row order whatever order the sheet has.
 */
public final class SheetImport {

    private SheetImport() {
    }

    public static ImportOutcome run(Workspace ws, ReleaseImpacts release, XSSFWorkbook workbook) throws ImpactSheetException {
        List<SheetProblem> problems = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<SheetRow> rows = new SheetReader(problems).read(workbook);
        if (!problems.isEmpty() && rows.isEmpty()) {
            return ImportOutcome.refused(release, problems);
        }
        Map<String, ImpactRow> edited = new LinkedHashMap<>();
        release.impacts().forEach(row -> edited.put(row.id(), null));
        Map<String, ImpactRow> registered = new HashMap<>();
        release.impacts().forEach(row -> registered.put(row.id(), row));
        Map<String, Integer> seenOn = new HashMap<>();
        RowEditor editor = new RowEditor(ws, problems, changes);
        for (SheetRow row : rows) {
            String id = RowEditor.clean(row.text(Column.ROW));
            if (id == null) {
                problems.add(new SheetProblem(row.number(), Column.ROW.header(), "no row id; every row names its register row (e.g. A20)"));
            } else if (!registered.containsKey(id)) {
                problems.add(new SheetProblem(row.number(), Column.ROW.header(), "release " + release.release()
                        + " has no row " + id + "; rows are added in the register, not in the sheet"));
            } else if (seenOn.putIfAbsent(id, row.number()) != null) {
                problems.add(new SheetProblem(row.number(), Column.ROW.header(), "row " + id + " appears again (first on row "
                        + seenOn.get(id) + "); keep one"));
            } else {
                Optional<ImpactRow> result = editor.edit(registered.get(id), row);
                result.ifPresent(r -> edited.put(id, r));
            }
        }
        List<String> missing = edited.keySet().stream().filter(id -> !seenOn.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            problems.add(new SheetProblem(0, null, "the sheet lacks row(s) " + String.join(", ", missing) + " of release "
                    + release.release() + "; put them back (rows are removed in the register, not in the sheet)"));
        }
        if (!problems.isEmpty()) {
            return ImportOutcome.refused(release, problems);
        }
        return new ImportOutcome(new ReleaseImpacts(release.release(), release.title(), release.notes(),
                List.copyOf(edited.values())), changes, List.of());
    }
}
