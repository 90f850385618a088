package org.tadworkbench.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tadworkbench.impact.ClauseRef;

/**
 * The changed clauses a user typed or uploaded, one per line ({@code DUIS:1.4.2}), or as CSV with the document and
 * the clause in the first two columns ({@code DUIS,1.4.2}); blank lines and lines starting with {@code #} are skipped,
 * as is a CSV heading. Lines that cannot be read are kept as problems naming their line, never thrown.
 */
record ChangedClauses(List<ClauseRef> clauses, List<String> problems) {

    static final int MAX_CHARACTERS = 20_000;
    static final int MAX_CLAUSES = 200;
    private static final Pattern DOCUMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final Pattern SEPARATOR = Pattern.compile("[,;\t]");

    ChangedClauses {
        clauses = List.copyOf(clauses);
        problems = List.copyOf(problems);
    }

    public boolean isEmpty() {
        return clauses.isEmpty() && problems.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** One clause a line: the canonical form of the list, for links and hidden form fields. */
    public String text() {
        return clauses.stream().map(ClauseRef::toString).collect(Collectors.joining("\n"));
    }

    /** The same list, for a summary such as "DUIS:1.4.2, DUIS:2.1". */
    public String summary() {
        return clauses.stream().map(ClauseRef::toString).collect(Collectors.joining(", "));
    }

    static ChangedClauses of(String text) {
        return new Reader().read(null, text).result();
    }

    /** Reads several inputs into one list: the text box ({@code file} null), then an uploaded file, named in problems. */
    static final class Reader {
        private final Set<ClauseRef> clauses = new LinkedHashSet<>();
        private final List<String> problems = new ArrayList<>();

        Reader read(String file, String text) {
            if (text == null || text.isBlank()) {
                return this;
            }
            if (text.length() > MAX_CHARACTERS) {
                problems.add((file == null ? "The list" : file) + " is too long: at most "
                        + MAX_CHARACTERS + " characters, please.");
                return this;
            }
            String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
            boolean first = true;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                boolean heading = first && isHeading(line);
                first = false;
                if (heading) {
                    continue;
                }
                String label = (file == null ? "Line " : file + ", line ") + (i + 1) + ": ";
                try {
                    ClauseRef clause = ClauseRef.parse(reference(line));
                    if (!DOCUMENT.matcher(clause.document()).matches()) {
                        problems.add(label + "'" + line + "' does not start with a document id such as DUIS "
                                + "(write DOCUMENT:CLAUSE, e.g. DUIS:1.4.2).");
                    } else if (clauses.size() == MAX_CLAUSES && !clauses.contains(clause)) {
                        problems.add(label + "too many clauses: at most " + MAX_CLAUSES + " in one analysis.");
                        return this;
                    } else {
                        clauses.add(clause);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(label + e.getMessage() + ".");
                }
            }
            return this;
        }

        ChangedClauses result() {
            return new ChangedClauses(new ArrayList<>(clauses), problems);
        }

        /** A CSV line gives DOCUMENT:CLAUSE in its first column, or the document and the clause in the first two. */
        private static String reference(String line) {
            if (!SEPARATOR.matcher(line).find()) {
                return line;
            }
            String[] fields = SEPARATOR.split(line, -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = unquote(fields[i].strip());
            }
            if (fields[0].contains(":") || fields.length < 2 || fields[1].isEmpty()) {
                return fields[0];
            }
            return fields[0] + ":" + fields[1];
        }

        private static boolean isHeading(String line) {
            String firstField = unquote(SEPARATOR.split(line, 2)[0].strip());
            return SEPARATOR.matcher(line).find()
                    && (firstField.equalsIgnoreCase("document") || firstField.equalsIgnoreCase("clause"));
        }

        private static String unquote(String field) {
            return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                    ? field.substring(1, field.length() - 1).replace("\"\"", "\"").strip() : field;
        }
    }
}
