package org.tadworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.calendar.WorkingDays;
import org.tadworkbench.planning.PlanAnalysis;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.WorkspaceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tad workdays DATE +N|-N} and {@code tad workdays FROM TO}: SEC Working Day arithmetic. */
@Command(name = "workdays", mixinStandardHelpOptions = true,
        description = "SEC Working Days (Monday to Friday except England and Wales bank holidays, 2010 to 2035).%n"
                + "  tad workdays DATE +N|-N   the date N Working Days after (before) DATE%n"
                + "  tad workdays FROM TO      the Working Days after FROM up to and including TO%n"
                + "Exit 0 fine, 2 bad dates or counts.")
final class WorkdaysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATE", description = "A date, YYYY-MM-DD.")
    String first;

    @Parameters(index = "1", paramLabel = "+N|-N|TO", description = "A count of Working Days (+20, -5) or a second date.")
    String second;

    @Option(names = "--list", description = "With FROM TO: also list the Working Days counted.")
    boolean list;

    @Option(names = "--json", description = "Answer as JSON.")
    boolean json;

    @Option(names = "--workspace", paramLabel = "WS", description = "Use this workspace's calendar changes (plan.yaml calendar).")
    Path workspace;

    @Override
    public Integer call() {
        WorkingDays days = calendar();
        LocalDate from = date(first);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", from.toString());
        try {
            if (second.matches("[+-][0-9]{1,6}")) {
                int n = Integer.parseInt(second.startsWith("+") ? second.substring(1) : second);
                LocalDate result = days.plus(from, n);
                answer.put("workingDays", n);
                answer.put("date", result.toString());
                out.println(json ? Json.write(answer) : result.toString());
            } else {
                LocalDate to = date(second);
                int count = days.between(from, to);
                List<LocalDate> listed = days.list(from, to);
                answer.put("to", to.toString());
                answer.put("workingDays", count);
                if (list) {
                    answer.put("days", listed.stream().map(LocalDate::toString).toList());
                }
                if (json) {
                    out.println(Json.write(answer));
                } else {
                    if (list) {
                        listed.forEach(d -> out.println(d + " " + d.getDayOfWeek().toString().substring(0, 3).toLowerCase()));
                    }
                    out.println(count);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return 0;
    }

    private WorkingDays calendar() {
        if (workspace == null) {
            return WorkingDays.englandAndWales();
        }
        ReadResult read = CleanWorkspace.reader(false).read(workspace);
        if (read.hasErrors()) {
            throw new ParameterException(spec.commandLine(), "workspace " + workspace + " does not read cleanly; run tad lint");
        }
        try {
            return PlanAnalysis.workingDays(read.workspace().plan());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private LocalDate date(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (!WorkingDays.covers(date)) {
                throw new ParameterException(spec.commandLine(), date + " is outside the Working Day calendar ("
                        + WorkingDays.FIRST_YEAR + " to " + WorkingDays.LAST_YEAR + ")");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "'" + text + "' is not a date (YYYY-MM-DD) or a count (+N, -N)");
        }
    }
}
