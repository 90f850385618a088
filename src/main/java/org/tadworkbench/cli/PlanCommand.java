package org.tadworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadworkbench.plan.Risk;
import org.tadworkbench.planning.ActivityStatus;
import org.tadworkbench.planning.BudgetStatus;
import org.tadworkbench.planning.Escalation;
import org.tadworkbench.planning.GanttChart;
import org.tadworkbench.planning.MilestoneWindow;
import org.tadworkbench.planning.MonthFigures;
import org.tadworkbench.planning.PlanAnalysis;
import org.tadworkbench.planning.RiskHeatMap;
import org.tadworkbench.workspace.ReadResult;
import org.tadworkbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tad plan WORKSPACE}: the plan's analysis (effort, cost, financial-year split against budget, escalations,
 * critical path, milestones), and pictures of it. Each output is an {@code @Option} and a step in {@link #call()}.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Analyse a workspace's plan (plan.yaml, raid.yaml): effort by resource, cost, cost by SEC "
                + "financial year against budget, actuals and forecast, escalations, critical path, milestone windows; "
                + "MS Project plans in and out.%n"
                + "Exit 0 fine, 1 lint errors or failure, 2 usage.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--json", description = "Print the analysis (with --import: what the import would change) as JSON.")
    boolean json;

    @Option(names = "--today", paramLabel = "DATE", description = "Analyse as on this date (default: today).")
    LocalDate today;

    @Option(names = "--gantt", paramLabel = "FILE.svg", description = "Also write the Gantt chart as SVG.")
    Path gantt;

    @Option(names = "--heatmap", paramLabel = "FILE.svg", description = "Also write the risk heat map as SVG.")
    Path heatmap;

    // --- MS Project interchange and the monthly TABASC report (mspdi and report modules) ---

    @Option(names = "--export-mspdi", paramLabel = "FILE.xml", description = "Write the plan as MS Project XML (MSPDI).")
    Path exportMspdi;

    @Option(names = "--import", paramLabel = "FILE", description = "Read an MS Project file (MSPDI XML or .mpp) and print what "
            + "it would change in plan.yaml: tasks, resources, milestones and actuals added, changed and removed, and what "
            + "the file holds that the plan cannot. Nothing is written without --apply.")
    Path importFile;

    @Option(names = "--apply", description = "With --import: write the imported plan to plan.yaml (only if the workspace "
            + "then lints clean).")
    boolean apply;

    @Option(names = "--report", description = "Write the monthly report to TABASC (HTML and PDF); needs --month.")
    boolean report;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month of --report.")
    java.time.YearMonth month;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for --report (default: current folder).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (apply && importFile == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--apply needs --import FILE");
        }
        ReadResult read = CleanWorkspace.read(workspace, spec).orElse(null);
        if (read == null) {
            return 1;
        }
        Workspace ws = read.workspace();
        if (exportMspdi != null || importFile != null || report) {
            return interchange(ws);
        }
        LocalDate date = today == null ? LocalDate.now() : today;
        PlanAnalysis analysis = PlanAnalysis.of(ws.plan(), ws.raid(), date);
        PrintWriter out = spec.commandLine().getOut();
        if (gantt != null) {
            write(gantt, GanttChart.svg(analysis, date));
        }
        if (heatmap != null) {
            write(heatmap, RiskHeatMap.svg(ws.raid()));
        }
        String calendarNote = PlanAnalysis.calendarNote(ws.plan());
        if (json) {
            Map<String, Object> report = asJson(analysis);
            report.put("calendarNote", calendarNote);
            out.println(Json.write(report));
        } else {
            print(out, analysis);
            if (calendarNote != null) {
                out.println("Note: " + calendarNote + ".");
            }
        }
        return 0;
    }

    /** --export-mspdi, --import and --report: each a step; exit 1 when an import is refused. */
    private int interchange(Workspace ws) throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (report && month == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--report needs --month YYYY-MM");
        }
        if (exportMspdi != null) {
            if (exportMspdi.toAbsolutePath().getParent() != null) {
                Files.createDirectories(exportMspdi.toAbsolutePath().getParent());
            }
            try (java.io.OutputStream stream = Files.newOutputStream(exportMspdi)) {
                org.tadworkbench.mspdi.MspdiExporter.write(ws.plan(), stream);
            }
            o.println("wrote " + exportMspdi + " (" + ws.plan().milestones().size() + " milestones, "
                    + ws.plan().activities().size() + " activities)");
        }
        if (importFile != null) {
            int exit = importPlan(o, err);
            if (exit != 0 || !apply) {
                return exit;
            }
            ws = CleanWorkspace.reader(false).read(workspace).workspace();
        }
        if (report) {
            Path dir = out == null ? Path.of(".") : out;
            for (Path file : org.tadworkbench.report.MonthlyReport.render(ws, month).write(dir)) {
                o.println("wrote " + file);
            }
        }
        return 0;
    }

    /** --import [--apply]: the preview printed (or as JSON), then written with --apply; exit 1 when refused. */
    private int importPlan(PrintWriter o, PrintWriter err) throws IOException {
        Workspace current = CleanWorkspace.reader(false).read(workspace).workspace();
        org.tadworkbench.mspdi.WorkspacePlanImport.Preview preview;
        try {
            preview = org.tadworkbench.mspdi.WorkspacePlanImport.preview(current, importFile);
        } catch (org.tadworkbench.mspdi.MspdiImportException e) {
            err.println("tad: " + e.getMessage());
            return 1;
        }
        if (json) {
            o.println(Json.write(PlanImportReport.asJson(importFile, preview, apply)));
        } else {
            PlanImportReport.print(o, importFile, preview);
        }
        if (!preview.clean()) {
            preview.lint().findings().stream().filter(f -> f.isError())
                    .forEach(f -> err.println("tad: " + importFile.getFileName() + ": plan.yaml would not lint: " + f.message()));
            err.println("tad: " + importFile.getFileName() + ": the imported plan does not lint clean; plan.yaml not changed");
            return 1;
        }
        if (!apply) {
            o.println("Dry run: plan.yaml not changed. Run again with --apply to write it.");
            return 0;
        }
        ChangedFiles.write(workspace, current, preview.updated());
        var plan = preview.plan();
        o.println("imported " + importFile + " into " + workspace.resolve(org.tadworkbench.workspace.WorkspaceFiles.PLAN) + " (" + plan.activities().size() + " tasks, "
                + plan.milestones().size() + " milestones, " + plan.resources().size() + " resources, "
                + plan.actuals().size() + " actuals)");
        return 0;
    }

    private static void write(Path file, String text) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void print(PrintWriter out, PlanAnalysis a) {
        String c = a.currency();
        out.println("Plan as on " + a.today());
        out.println("Effort: " + n(a.totalEffort()) + " Working Days ("
                + String.join(", ", a.effortByResource().entrySet().stream().map(e -> e.getKey() + " " + n(e.getValue())).toList()) + ")");
        out.println("Cost: " + c + " " + n(a.cost()));
        out.println("Budget by financial year:");
        for (BudgetStatus b : a.budget()) {
            out.printf("  %s  planned %s  actual %s  forecast %s  budget %s%s%s%n", b.financialYear(),
                    n(b.planned()), n(b.actualToDate()), n(b.forecast()), b.budgetLabel(c),
                    b.remaining() == null ? "" : "  remaining " + n(b.remaining()),
                    b.percentOfBudget() == null ? "" : "  (" + n(b.percentOfBudget()) + "%)");
            out.println("    " + b.summary(c));
        }
        out.println("Actual to date: " + n(a.actualDaysToDate()) + " days, " + c + " " + n(a.actualCostToDate())
                + "; forecast at completion " + c + " " + n(a.forecastAtCompletion()) + "; variance " + c + " " + n(a.variance()));
        out.println("Critical path (" + a.criticalPath().workingDays() + " WD): " + String.join(" -> ", a.criticalPath().activities()));
        out.println("Milestones:");
        for (MilestoneWindow m : a.milestones()) {
            out.printf("  %-3s %-26s %s..%s  %2d WD%s%s  %s%n", m.id(), m.title(), m.start(), m.end(), m.workingDays(),
                    m.minWorkingDays() == null ? "" : " (min " + m.minWorkingDays() + (m.meetsMinimum() ? ", met)" : ", NOT MET)"),
                    m.slipWorkingDays() == 0 ? "" : " slip " + m.slipWorkingDays() + " WD", m.summary());
        }
        if (a.escalations().isEmpty()) {
            out.println("Escalations: none" + (a.unassessedBudget().isEmpty() ? ""
                    : " (cannot assess: amount not stated for FY " + String.join(", ", a.unassessedBudget()) + ")"));
        } else {
            out.println("Escalations:");
            a.escalations().forEach(e -> out.println("  " + e.level().label() + ": " + e.reason()));
        }
    }

    /** The analysis as the JSON of {@code --json}: headline numbers at top level, details nested. */
    static Map<String, Object> asJson(PlanAnalysis a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("today", a.today().toString());
        json.put("currency", a.currency());
        json.put("totalEffort", num(a.totalEffort()));
        json.put("byResource", numbers(a.effortByResource()));
        json.put("cost", num(a.cost()));
        json.put("costByFinancialYear", numbers(a.costByFinancialYear()));
        Map<String, Object> budget = new LinkedHashMap<>();
        a.budget().forEach(b -> budget.put(b.financialYear(), num(b.budget())));
        json.put("budget", budget);
        json.put("budgetStatus", a.budget().stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("financialYear", b.financialYear());
            m.put("budget", num(b.budget()));
            m.put("amountStated", b.budget() != null);
            m.put("roundedTo", b.line() == null ? null : num(b.line().roundedTo()));
            m.put("sharedWith", b.line() == null ? null : b.line().sharedWith());
            m.put("wording", b.line() == null ? null : b.line().wording());
            m.put("planned", num(b.planned()));
            m.put("actualToDate", num(b.actualToDate()));
            m.put("forecast", num(b.forecast()));
            m.put("remaining", num(b.remaining()));
            m.put("percentOfBudget", num(b.percentOfBudget()));
            m.put("assessment", b.assessment().code());
            m.put("summary", b.summary(a.currency()));
            return m;
        }).toList());
        json.put("actualDaysToDate", num(a.actualDaysToDate()));
        json.put("actualCostToDate", num(a.actualCostToDate()));
        json.put("forecastAtCompletion", num(a.forecastAtCompletion()));
        json.put("variance", num(a.variance()));
        json.put("escalations", a.escalations().stream().map(PlanCommand::escalation).toList());
        // Years whose budget amount is not stated: "no escalations" says nothing about them.
        json.put("budgetNotAssessed", a.unassessedBudget());
        Map<String, Object> critical = new LinkedHashMap<>();
        critical.put("activities", a.criticalPath().activities());
        critical.put("workingDays", a.criticalPath().workingDays());
        json.put("criticalPath", critical);
        json.put("milestones", a.milestones().stream().map(m -> {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", m.id());
            j.put("title", m.title());
            j.put("start", m.start().toString());
            j.put("end", m.end().toString());
            j.put("workingDays", m.workingDays());
            j.put("minWorkingDays", m.minWorkingDays());
            j.put("meetsMinimum", m.meetsMinimum());
            j.put("baselineEnd", m.baselineEnd() == null ? null : m.baselineEnd().toString());
            j.put("slipWorkingDays", m.slipWorkingDays());
            j.put("state", m.state().code());
            j.put("overdueWorkingDays", m.overdueWorkingDays());
            j.put("escalation", m.escalation() == null ? null : m.escalation().label());
            j.put("summary", m.summary());
            return j;
        }).toList());
        json.put("activities", a.activities().stream().map(PlanCommand::activity).toList());
        json.put("months", a.months().stream().map(PlanCommand::month).toList());
        json.put("risks", a.risks().stream().map(PlanCommand::risk).toList());
        return json;
    }

    private static Map<String, Object> escalation(Escalation e) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("level", e.level().label());
        j.put("reason", e.reason());
        j.put("budgetLine", e.budgetLine());
        j.put("milestone", e.milestone());
        return j;
    }

    private static Map<String, Object> activity(ActivityStatus s) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", s.id());
        j.put("title", s.title());
        j.put("parent", s.parent());
        j.put("depth", s.depth());
        j.put("summary", s.summary());
        j.put("milestoneTask", s.milestoneTask());
        j.put("milestone", s.milestone());
        j.put("resource", s.resourceName());
        j.put("start", s.start().toString());
        j.put("end", s.end().toString());
        j.put("windowWorkingDays", s.workingDays());
        j.put("effort", num(s.effort()));
        j.put("plannedCost", num(s.cost()));
        j.put("actualDays", num(s.actualDays()));
        j.put("forecastDays", num(s.forecastDays()));
        j.put("progress", s.progress());
        j.put("critical", s.critical());
        return j;
    }

    private static Map<String, Object> month(MonthFigures m) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("month", m.month().toString());
        j.put("plannedDays", num(m.plannedDays()));
        j.put("plannedCost", num(m.plannedCost()));
        j.put("actualDays", num(m.actualDays()));
        j.put("actualCost", num(m.actualCost()));
        j.put("forecastCost", num(m.forecastCost()));
        return j;
    }

    private static Map<String, Object> risk(Risk r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", r.id());
        j.put("title", r.title());
        j.put("likelihood", r.likelihood());
        j.put("impact", r.impact());
        j.put("score", r.score());
        j.put("trend", r.trend() == null ? null : r.trend().name().toLowerCase());
        return j;
    }

    private static Map<String, Object> numbers(Map<String, BigDecimal> values) {
        Map<String, Object> j = new LinkedHashMap<>();
        values.forEach((k, v) -> j.put(k, num(v)));
        return j;
    }

    /** A whole number as a long (65, not 65.00), else a double; null stays null (an amount not stated). */
    static Number num(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() <= 0 ? (Number) v.longValueExact() : (Number) v.doubleValue();
    }

    private static String n(BigDecimal value) {
        return org.tadworkbench.plan.PlainNumber.of(value);
    }

}
