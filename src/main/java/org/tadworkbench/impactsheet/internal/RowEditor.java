package org.tadworkbench.impactsheet.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ImpactTarget;
import org.tadworkbench.impactsheet.SheetProblem;
import org.tadworkbench.workspace.Workspace;

/**
 * Applies one sheet row's editable cells to its register row, checking each against the workspace: status codes,
 * non-negative Working Days, sections of the outline, SECTION@VERSION changes. A cell whose text means what the
 * register already holds keeps the register's value exactly, so an untouched row writes back byte for byte.
 */
public final class RowEditor {

    private static final String STATUS_CODES = Arrays.stream(ImpactStatus.values()).map(Column::code)
            .collect(Collectors.joining(", "));

    private final Set<String> sections;
    private final Set<String> versions;
    private final List<SheetProblem> problems;
    private final List<String> changes;

    public RowEditor(Workspace ws, List<SheetProblem> problems, List<String> changes) {
        this.sections = ws.sections().stream().map(Section::number).collect(Collectors.toSet());
        this.versions = ws.manifest().versions().stream().map(DocumentVersion::version)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        this.problems = problems;
        this.changes = changes;
    }

    /** The edited row, or empty when a cell is wrong (its problems are recorded, the changes are not). */
    public Optional<ImpactRow> edit(ImpactRow row, SheetRow cells) {
        int problemsBefore = problems.size();
        String section = section(row, cells);
        String sectionTitle = keep(row.sectionTitle(), cells.text(Column.SECTION_TITLE));
        String change = keep(row.change(), cells.text(Column.CHANGE));
        if (change == null) {
            problem(cells, Column.CHANGE, "the required change is empty; every row says what changes (or that nothing does)");
        }
        ImpactStatus status = status(row.status(), cells);
        String owner = keep(row.owner(), cells.text(Column.OWNER));
        BigDecimal estimate = workingDays(row.estimate(), cells, Column.ESTIMATE);
        BigDecimal actual = workingDays(row.actual(), cells, Column.ACTUAL);
        List<String> realisedBy = realisedBy(row.realisedBy(), cells);
        String note = keep(row.note(), cells.text(Column.NOTE));
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        // A row that gains a section needs a target; the format's default is the section's text.
        ImpactTarget target = ImpactRow.NO_IMPACT.equals(section) || row.target() != null ? row.target() : ImpactTarget.SECTION;
        ImpactRow edited = new ImpactRow(row.id(), row.document(), row.version(), row.clause(), row.clauseTitle(), section,
                target, sectionTitle, change, status, note, owner, estimate, actual, realisedBy);
        describeChanges(row, edited);
        return Optional.of(edited);
    }

    private String section(ImpactRow row, SheetRow cells) {
        String noImpactText = clean(cells.text(Column.NO_IMPACT));
        Boolean noImpact = yesNo(noImpactText);
        String text = clean(cells.text(Column.SECTION));
        boolean namesNone = text == null || text.equalsIgnoreCase(ImpactRow.NO_IMPACT);
        if (noImpactText != null && noImpact == null) {
            problem(cells, Column.NO_IMPACT, "write Yes or No, not '" + noImpactText + "'");
            return row.section();
        }
        if (Boolean.TRUE.equals(noImpact)) {
            if (!namesNone) {
                problem(cells, Column.SECTION, "No impact is Yes, yet the row names section " + text
                        + "; clear the section or set No impact to No");
            }
            return ImpactRow.NO_IMPACT;
        }
        if (namesNone) {
            problem(cells, Column.SECTION, "no impacted section; name a section of the outline, or set No impact to Yes");
            return row.section();
        }
        if (!SectionNumber.isWellFormed(text)) {
            problem(cells, Column.SECTION, "'" + text + "' is not a section number (e.g. 4.2.1.7)");
        } else if (!sections.contains(text)) {
            problem(cells, Column.SECTION, "section " + text + " is not in the outline");
        }
        return text.equals(row.section()) ? row.section() : text;
    }

    private static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> Boolean.TRUE;
            case "no", "n", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private ImpactStatus status(ImpactStatus current, SheetRow cells) {
        String text = clean(cells.text(Column.STATUS));
        if (text == null) {
            problem(cells, Column.STATUS, "no status; use one of " + STATUS_CODES);
            return current;
        }
        String code = text.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (ImpactStatus status : ImpactStatus.values()) {
            if (Column.code(status).equals(code)) {
                return status;
            }
        }
        problem(cells, Column.STATUS, "unknown status '" + text + "'; use one of " + STATUS_CODES);
        return current;
    }

    private BigDecimal workingDays(BigDecimal current, SheetRow cells, Column column) {
        String text = clean(cells.text(column));
        if (text == null) {
            return null;
        }
        BigDecimal days;
        try {
            days = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problem(cells, column, "'" + text + "' is not a number of Working Days (write e.g. 0.5)");
            return current;
        }
        if (days.signum() < 0) {
            problem(cells, column, "Working Days cannot be negative (" + text + ")");
            return current;
        }
        if (current != null && current.compareTo(days) == 0) {
            return current;
        }
        BigDecimal plain = days.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private List<String> realisedBy(List<String> current, SheetRow cells) {
        String text = clean(cells.text(Column.REALISED_BY));
        List<String> changes = new ArrayList<>();
        if (text != null) {
            for (String entry : text.split("[,;\\n]")) {
                String change = entry.strip();
                if (!change.isEmpty() && checkRealisedBy(change, cells)) {
                    changes.add(change);
                }
            }
        }
        return changes.equals(current) ? current : changes;
    }

    private boolean checkRealisedBy(String change, SheetRow cells) {
        String[] parts = change.split("@", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            problem(cells, Column.REALISED_BY, "'" + change + "' is not SECTION@VERSION (e.g. 4.2.1.7@3.0)");
            return false;
        }
        if (!sections.contains(parts[0].strip())) {
            problem(cells, Column.REALISED_BY, "'" + change + "' names section " + parts[0].strip() + ", which is not in the outline");
            return false;
        }
        if (!versions.contains(parts[1].strip())) {
            problem(cells, Column.REALISED_BY, "'" + change + "' names version " + parts[1].strip()
                    + ", which the document does not have (versions: " + String.join(", ", versions) + ")");
            return false;
        }
        return true;
    }

    /** The cell's text, or the register's own value when the two say the same. */
    private static String keep(String current, String cellText) {
        String text = clean(cellText);
        return Objects.equals(clean(current), text) ? current : text;
    }

    /** Spreadsheet programs may add CR line ends and stray blanks; neither is part of the register's text. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private void problem(SheetRow cells, Column column, String message) {
        problems.add(new SheetProblem(cells.number(), column.header(), message));
    }

    private void describeChanges(ImpactRow before, ImpactRow after) {
        change(before, "section", before.section(), after.section());
        change(before, "sectionTitle", before.sectionTitle(), after.sectionTitle());
        change(before, "change", before.change(), after.change());
        change(before, "status", Column.code(before.status()), Column.code(after.status()));
        change(before, "owner", before.owner(), after.owner());
        change(before, "estimate", before.estimate(), after.estimate());
        change(before, "actual", before.actual(), after.actual());
        change(before, "realisedBy", String.join(", ", before.realisedBy()), String.join(", ", after.realisedBy()));
        change(before, "note", before.note(), after.note());
    }

    private void change(ImpactRow row, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(row.id() + ": " + field + " " + shown(before) + " -> " + shown(after));
        }
    }

    private static String shown(Object value) {
        String text = value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (text.isEmpty()) {
            return "(empty)";
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
