package org.tadworkbench.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tadworkbench.mspdi.MspdiImporter;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.planning.ActivityStatus;
import org.tadworkbench.planning.BurnChart;
import org.tadworkbench.planning.GanttChart;
import org.tadworkbench.planning.MonthFigures;
import org.tadworkbench.planning.PlanAnalysis;
import org.tadworkbench.planning.RiskHeatMap;
import org.tadworkbench.workspace.Workspace;

/**
 * Project control: the plan's figures on a date (by default the end of the latest month with actuals), its budget
 * by SEC financial year, escalations, milestones, the whole work breakdown ({@link PlanBreakdown}: collapsed to its
 * summary tasks when long, {@code ?expand=all} for every task), critical path and top risks, with the Gantt chart,
 * the risk heat map and the effort and budget burn charts as SVG images, each with a text alternative on the page.
 * A project manager or administrator also finds the form that imports the plan from MS Project
 * ({@link PlanImportController}).
 */
@Controller
class PlanController {

    private static final int TOP_RISKS = 5;

    private final CurrentWorkspace current;

    PlanController(CurrentWorkspace current) {
        this.current = current;
    }

    @GetMapping("/plan")
    String showPlan(@RequestParam(required = false) String today, @RequestParam(required = false) String expand,
                    Model model) {
        return page(current.require(), today, "all".equals(expand), model);
    }

    /**
     * Fills {@code model} for the plan page as at {@code today} (blank: the default day) and returns its template;
     * the import pages show it again, with their message, when an upload is refused.
     */
    String page(Workspace ws, String today, boolean expandAll, Model model) {
        LocalDate defaultDay = defaultToday(ws.plan());
        LocalDate day = parse(today, defaultDay);
        // The default day's analysis is the one most readers see: kept per revision.
        PlanAnalysis analysis = day.equals(defaultDay)
                ? current.derived(ws, "plan analysis " + day, w -> PlanAnalysis.of(w.plan(), w.raid(), day))
                : PlanAnalysis.of(ws.plan(), ws.raid(), day);
        Map<String, String> activityTitles = analysis.activities().stream()
                .collect(Collectors.toMap(ActivityStatus::id, ActivityStatus::title, (a, b) -> a));
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("analysis", analysis);
        model.addAttribute("calendarNote", PlanAnalysis.calendarNote(ws.plan()));
        model.addAttribute("today", day);
        model.addAttribute("isDefaultDay", day.equals(defaultDay));
        model.addAttribute("defaultDay", defaultDay);
        model.addAttribute("now", LocalDate.now());
        model.addAttribute("hasActuals", !ws.plan().actuals().isEmpty());
        model.addAttribute("symbol", "GBP".equals(analysis.currency()) ? "£" : analysis.currency() + " ");
        model.addAttribute("criticalPath", analysis.criticalPath().activities().stream()
                .map(id -> id + " " + activityTitles.getOrDefault(id, "")).map(String::strip).toList());
        model.addAttribute("topRisks", analysis.risks().stream().limit(TOP_RISKS).toList());
        model.addAttribute("burn", burnRows(analysis));
        model.addAttribute("breakdown", PlanBreakdown.of(ws.plan(), analysis.activities(), expandAll));
        model.addAttribute("mayImport", PlanImportController.mayImport());
        model.addAttribute("maxMegabytes", MspdiImporter.MAX_BYTES >> 20);
        return "plan/showPlan";
    }

    @GetMapping("/plan/gantt.svg")
    ResponseEntity<String> gantt(@RequestParam(required = false) String today) {
        Workspace ws = current.require();
        LocalDate day = parse(today, defaultToday(ws.plan()));
        return svg(GanttChart.svg(PlanAnalysis.of(ws.plan(), ws.raid(), day), day));
    }

    @GetMapping("/plan/heatmap.svg")
    ResponseEntity<String> heatMap() {
        return svg(RiskHeatMap.svg(current.require().raid()));
    }

    @GetMapping("/plan/burn-effort.svg")
    ResponseEntity<String> burnEffort(@RequestParam(required = false) String today) {
        return svg(BurnChart.effort(analysis(today)));
    }

    @GetMapping("/plan/burn-budget.svg")
    ResponseEntity<String> burnBudget(@RequestParam(required = false) String today) {
        return svg(BurnChart.budget(analysis(today)));
    }

    private PlanAnalysis analysis(String today) {
        Workspace ws = current.require();
        return PlanAnalysis.of(ws.plan(), ws.raid(), parse(today, defaultToday(ws.plan())));
    }

    private static ResponseEntity<String> svg(String body) {
        return ResponseEntity.ok()
                .contentType(ViewsController.SVG)
                .header("Content-Security-Policy", ViewsController.SVG_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .body(body);
    }

    /** The last day of the latest month with actuals; today's date when the plan has none. */
    static LocalDate defaultToday(Plan plan) {
        return plan.actuals().stream().map(ActualEffort::month).max(YearMonth::compareTo)
                .map(YearMonth::atEndOfMonth).orElseGet(LocalDate::now);
    }

    private static LocalDate parse(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("The date " + text + " is not a date written YYYY-MM-DD, such as 2019-03-31.");
        }
    }

    /** The burn charts in words: running totals by month; actuals only up to the analysis month (null after). */
    private static List<BurnRow> burnRows(PlanAnalysis analysis) {
        YearMonth now = YearMonth.from(analysis.today());
        List<BurnRow> rows = new ArrayList<>();
        BigDecimal pd = BigDecimal.ZERO, ad = BigDecimal.ZERO, pc = BigDecimal.ZERO, ac = BigDecimal.ZERO, fc = BigDecimal.ZERO;
        for (MonthFigures m : analysis.months()) {
            pd = pd.add(m.plannedDays());
            pc = pc.add(m.plannedCost());
            fc = fc.add(m.forecastCost());
            boolean past = !m.month().isAfter(now);
            if (past) {
                ad = ad.add(m.actualDays());
                ac = ac.add(m.actualCost());
            }
            rows.add(new BurnRow(m.month(), pd, past ? ad : null, pc, past ? ac : null, fc));
        }
        return rows;
    }

    record BurnRow(YearMonth month, BigDecimal plannedDays, BigDecimal actualDays, BigDecimal plannedCost,
                   BigDecimal actualCost, BigDecimal forecastCost) {
    }
}
