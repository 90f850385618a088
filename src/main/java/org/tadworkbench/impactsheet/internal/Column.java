package org.tadworkbench.impactsheet.internal;

import java.util.Locale;
import java.util.Optional;
import org.tadworkbench.impact.ImpactRow;

/**
 * The columns of the impact sheet, in export order, shared by the XLSX and CSV forms. The import finds columns by
 * {@link #header()}, not by position, so experts may reorder them. Only {@link #editable()} columns are read back;
 * the others are context (what the PID said, what the outline says today) and are ignored on import, so a sheet
 * that drops them still imports.
 */
public enum Column {
    ROW("Row", 7, false, Kind.TEXT),
    DOCUMENT("Source document", 14, false, Kind.TEXT),
    VERSION("Version", 9, false, Kind.TEXT),
    CLAUSE("Clause", 10, false, Kind.TEXT),
    CLAUSE_TITLE("Clause title", 32, false, Kind.LONG_TEXT),
    SECTION("Impacted section", 11, true, Kind.TEXT),
    NO_IMPACT("No impact", 10, true, Kind.YES_NO),
    TARGET("Target", 9, false, Kind.TEXT),
    SECTION_TITLE("Section title as assessed", 30, true, Kind.LONG_TEXT),
    CURRENT_TITLE("Current section title", 30, false, Kind.LONG_TEXT),
    CHANGE("Required change", 50, true, Kind.LONG_TEXT),
    STATUS("Status", 12, true, Kind.STATUS),
    OWNER("Owner", 22, true, Kind.TEXT),
    ESTIMATE("Estimate (WD)", 10, true, Kind.NUMBER),
    ACTUAL("Actual (WD)", 10, true, Kind.NUMBER),
    REALISED_BY("Realised by", 18, true, Kind.TEXT),
    NOTE("Note", 50, true, Kind.LONG_TEXT);

    /** How a column's cells are written and read. LONG_TEXT wraps; the others stay on one line. */
    public enum Kind { TEXT, LONG_TEXT, YES_NO, STATUS, NUMBER }

    public static final String YES = "Yes";
    public static final String NO = "No";

    private final String header;
    private final int width;
    private final boolean editable;
    private final Kind kind;

    Column(String header, int width, boolean editable, Kind kind) {
        this.header = header;
        this.width = width;
        this.editable = editable;
        this.kind = kind;
    }

    public String header() {
        return header;
    }

    /** Width in characters. */
    public int width() {
        return width;
    }

    public boolean editable() {
        return editable;
    }

    public Kind kind() {
        return kind;
    }

    /** The row key and every editable column must be present on import; a missing one would be ambiguous. */
    public boolean requiredOnImport() {
        return this == ROW || editable;
    }

    /**
     * The exported value of this column for a row: a String, a BigDecimal (numbers stay numbers in the sheet) or
     * null for an empty cell. {@code currentTitle} is the outline's title of the row's section, if it has one.
     */
    public Object value(ImpactRow row, Optional<String> currentTitle) {
        return switch (this) {
            case ROW -> row.id();
            case DOCUMENT -> row.document();
            case VERSION -> row.version();
            case CLAUSE -> row.clause();
            case CLAUSE_TITLE -> row.clauseTitle();
            case SECTION -> row.hasImpact() ? row.section() : null;
            case NO_IMPACT -> row.hasImpact() ? NO : YES;
            case TARGET -> row.hasImpact() && row.target() != null ? code(row.target()) : null;
            case SECTION_TITLE -> row.sectionTitle();
            case CURRENT_TITLE -> row.hasImpact() ? currentTitle.orElse(null) : null;
            case CHANGE -> row.change();
            case STATUS -> code(row.status());
            case OWNER -> row.owner();
            case ESTIMATE -> row.estimate();
            case ACTUAL -> row.actual();
            case REALISED_BY -> row.realisedBy().isEmpty() ? null : String.join(", ", row.realisedBy());
            case NOTE -> row.note();
        };
    }

    /** The workspace format's spelling of an enumeration value: lower case with hyphens (no-impact). */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
