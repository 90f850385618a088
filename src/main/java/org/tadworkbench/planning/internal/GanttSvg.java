package org.tadworkbench.planning.internal;

import static org.tadworkbench.planning.internal.Svg.esc;
import static org.tadworkbench.planning.internal.Svg.num;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadworkbench.planning.ActivityStatus;
import org.tadworkbench.planning.MilestoneWindow;
import org.tadworkbench.planning.PlanAnalysis;
import org.tadworkbench.planning.TaskOutline;

/** Renders {@link org.tadworkbench.planning.GanttChart}. */
public final class GanttSvg {

    private static final String[] PALETTE = {"#1f5f99", "#d9822b", "#3a8f4b", "#8e4fa8", "#b03a48", "#6b6b6b"};
    private static final int LABEL_WIDTH = 300;
    private static final int CHART_WIDTH = 760;
    private static final int ROW = 22;
    private static final int TOP = 56;
    /** How many characters of a label fit at the least indentation. */
    private static final int LABEL_CHARS = 46;
    private static final int INDENT = 12;
    private static final int MAX_INDENT = 10;
    private static final String CRITICAL = " stroke=\"#b00020\" stroke-width=\"1.5\"";
    private static final String FULL_LIST = "/plan";

    private GanttSvg() {
    }

    public static String render(PlanAnalysis analysis, LocalDate today, int maxRows) {
        List<ActivityStatus> activities = analysis.activities();
        List<MilestoneWindow> milestones = pidMilestones(analysis);
        LocalDate first = null;
        LocalDate last = null;
        for (ActivityStatus a : activities) {
            first = min(first, a.start(), a.baselineStart());
            last = max(last, a.end(), a.baselineEnd());
        }
        for (MilestoneWindow m : milestones) {
            first = min(first, m.start(), null);
            last = max(last, m.end(), m.baselineEnd());
        }
        if (first == null) {
            first = today;
            last = today;
        }
        LocalDate from = first.withDayOfMonth(1);
        LocalDate to = YearMonth.from(last).atEndOfMonth().plusDays(1);
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double day = CHART_WIDTH / span;
        Scale x = date -> LABEL_WIDTH + CHART_WIDTH * ChronoUnit.DAYS.between(from, date) / span;

        TaskOutline outline = TaskOutline.of(activities);
        boolean byOutline = outline.hasBreakdown();
        List<Object> rows = new ArrayList<>();
        String note;
        if (byOutline) {
            // The PID milestones head the chart; the breakdown follows in outline order.
            rows.addAll(milestones);
            TaskOutline.View view = outline.fit(maxRows - milestones.size());
            rows.addAll(view.rows());
            note = view.note(FULL_LIST);
        } else {
            // A flat plan: each PID milestone followed by its activities, then the activities tied to none.
            for (MilestoneWindow m : milestones) {
                rows.add(m);
                activities.stream().filter(a -> m.id().equals(a.milestone())).map(TaskOutline.Row::of).forEach(rows::add);
            }
            activities.stream().filter(a -> a.milestone() == null
                    || milestones.stream().noneMatch(m -> m.id().equals(a.milestone())))
                    .map(TaskOutline.Row::of).forEach(rows::add);
            int cut = 0;
            while (rows.size() > Math.max(1, maxRows)) {
                cut += rows.remove(rows.size() - 1) instanceof TaskOutline.Row ? 1 : 0;
            }
            note = TaskOutline.note(0, 0, cut, FULL_LIST);
        }

        Legend legend = new Legend();
        for (Object row : rows) {
            if (row instanceof TaskOutline.Row r && !r.summary() && !r.task().milestoneTask()) {
                legend.resource(r.task());
            }
        }
        boolean summaries = rows.stream().anyMatch(r -> r instanceof TaskOutline.Row t && t.summary());
        boolean milestoneTasks = rows.stream().anyMatch(r -> r instanceof TaskOutline.Row t && t.task().milestoneTask()
                && !t.summary());
        int width = LABEL_WIDTH + CHART_WIDTH + 100;
        int chartBottom = TOP + rows.size() * ROW;
        int legendTop = chartBottom + (note.isEmpty() ? 0 : 20);
        Legend.Drawn legendDrawn = legend.draw(width, legendTop + 22, !milestones.isEmpty() || milestoneTasks, summaries);
        int height = legendTop + 30 + 24 * legendDrawn.lines();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"gantt-title gantt-desc\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append("<title id=\"gantt-title\">Project plan Gantt chart as on ").append(today).append("</title>\n");
        svg.append("<desc id=\"gantt-desc\">").append(esc(describe(analysis, byOutline, first, last, note)))
                .append("</desc>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>\n");

        // month grid
        svg.append("<g class=\"grid\">\n");
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to.minusDays(1)); month = month.plusMonths(1)) {
            double left = x.at(month.atDay(1));
            double right = x.at(month.atEndOfMonth().plusDays(1));
            svg.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(TOP - 20).append("\" x2=\"").append(num(left))
                    .append("\" y2=\"").append(chartBottom).append("\" stroke=\"#cccccc\"/>\n");
            svg.append("<text x=\"").append(num((left + right) / 2)).append("\" y=\"").append(TOP - 8)
                    .append("\" text-anchor=\"middle\" fill=\"#333333\">")
                    .append(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK)).append(' ').append(month.getYear())
                    .append("</text>\n");
        }
        svg.append("<line x1=\"").append(num(x.at(to))).append("\" y1=\"").append(TOP - 20).append("\" x2=\"").append(num(x.at(to)))
                .append("\" y2=\"").append(chartBottom).append("\" stroke=\"#cccccc\"/>\n");
        svg.append("</g>\n");

        int y = TOP;
        Map<String, GanttLinks.Bar> bars = new java.util.HashMap<>();
        Map<String, String> titles = new java.util.HashMap<>();
        List<ActivityStatus> shown = new ArrayList<>();
        for (Object row : rows) {
            if (row instanceof TaskOutline.Row r && !r.summary()) {
                ActivityStatus a = r.task();
                double left = a.milestoneTask() ? x.at(a.end()) : x.at(a.start());
                double right = a.milestoneTask() ? left + day : Math.max(left + 2, x.at(a.end().plusDays(1)));
                bars.put(a.id(), GanttLinks.bar(y, left, right));
                titles.put(a.id(), a.id() + " " + a.title());
                shown.add(a);
            }
            y += ROW;
        }
        svg.append(GanttLinks.draw(shown, bars, titles));
        y = TOP;
        for (Object row : rows) {
            if (row instanceof MilestoneWindow m) {
                milestoneRow(svg, m, y, width, x, day);
            } else if (row instanceof TaskOutline.Row r) {
                int labelX = byOutline ? 6 + INDENT * Math.min(r.depth(), MAX_INDENT) : 18;
                if (r.summary()) {
                    summaryRow(svg, r, y, labelX, x);
                } else if (r.task().milestoneTask()) {
                    milestoneTaskRow(svg, r, y, labelX, x, day);
                } else {
                    taskRow(svg, r.task(), y, labelX, x, legend.colour(r.task()));
                }
            }
            y += ROW;
        }

        if (!today.isBefore(from) && today.isBefore(to)) {
            double tx = x.at(today);
            svg.append("<g class=\"today\"><title>Today, ").append(today).append("</title>\n<line x1=\"").append(num(tx))
                    .append("\" y1=\"").append(TOP - 20).append("\" x2=\"").append(num(tx)).append("\" y2=\"").append(chartBottom)
                    .append("\" stroke=\"#d00000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n<text x=\"").append(num(tx + 3))
                    .append("\" y=\"").append(TOP - 26).append("\" fill=\"#d00000\">Today ").append(today).append("</text>\n</g>\n");
        }
        if (!note.isEmpty()) {
            svg.append("<text class=\"note\" x=\"6\" y=\"").append(chartBottom + 16).append("\" fill=\"#333333\" font-style=\"italic\">")
                    .append(esc(note + ".")).append("</text>\n");
        }

        svg.append(legendDrawn.svg()).append("</svg>\n");
        return svg.toString();
    }

    /**
     * The PID milestones: the analysis also counts the breakdown's own milestone tasks as milestones, but those are
     * drawn in their place in the outline, not twice.
     */
    private static List<MilestoneWindow> pidMilestones(PlanAnalysis analysis) {
        java.util.Set<String> milestoneTasks = new java.util.HashSet<>();
        analysis.activities().stream().filter(ActivityStatus::milestoneTask).forEach(a -> milestoneTasks.add(a.id()));
        return analysis.milestones().stream().filter(m -> !milestoneTasks.contains(m.id())).toList();
    }

    private static String describe(PlanAnalysis analysis, boolean byOutline, LocalDate first,
                                   LocalDate last, String note) {
        List<ActivityStatus> tasks = analysis.activities();
        StringBuilder d = new StringBuilder();
        if (byOutline) {
            long summaries = tasks.stream().filter(ActivityStatus::summary).count();
            long milestoneTasks = tasks.stream().filter(ActivityStatus::milestoneTask).count();
            d.append(tasks.size()).append(" tasks in outline order (").append(summaries).append(" summary tasks, ")
                    .append(milestoneTasks).append(" milestone tasks) and ").append(pidMilestones(analysis).size())
                    .append(" PID milestones from ").append(first).append(" to ").append(last)
                    .append("; summary tasks are black bars with end ticks spanning what they hold, leaf tasks are bars ")
                    .append("coloured by resource, darker where done; diamonds are milestones");
        } else {
            d.append(pidMilestones(analysis).size()).append(" milestones and ").append(tasks.size())
                    .append(" activities from ").append(first).append(" to ").append(last)
                    .append("; bars are coloured by resource, darker where done; diamonds are milestones");
        }
        d.append("; red outlines mark the critical path.");
        if (!note.isEmpty()) {
            d.append(' ').append(note).append('.');
        }
        return d.toString();
    }

    private static void milestoneRow(StringBuilder svg, MilestoneWindow m, int y, int width, Scale x, double day) {
        svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"").append(ROW)
                .append("\" fill=\"#f2f2f2\"/>\n");
        svg.append("<text x=\"6\" y=\"").append(y + 15).append("\" font-weight=\"bold\">").append(esc(m.id() + " " + m.title()))
                .append("</text>\n");
        double cx = x.at(m.end()) + day / 2;
        double cy = y + ROW / 2.0;
        if (m.baselineEnd() != null && !m.baselineEnd().equals(m.end())) {
            baselineDiamond(svg, x.at(m.baselineEnd()) + day / 2, cy, m.id() + " baseline " + m.baselineEnd());
        }
        svg.append("<polygon class=\"milestone\" points=\"").append(diamond(cx, cy, 7))
                .append("\" fill=\"#222222\"><title>").append(esc("Milestone " + m.id() + " " + m.title() + ": "
                        + m.start() + " to " + m.end() + ", " + m.workingDays() + " Working Days"
                        + (m.minWorkingDays() == null ? "" : " (minimum " + m.minWorkingDays() + ")")
                        + (m.slipWorkingDays() == 0 ? "" : ", slipped " + m.slipWorkingDays() + " Working Days")
                        + ", " + m.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                .append("</title></polygon>\n");
        svg.append("<text x=\"").append(num(cx + 10)).append("\" y=\"").append(y + 15).append("\" fill=\"#222222\">")
                .append(m.end()).append("</text>\n");
    }

    private static void baselineDiamond(StringBuilder svg, double cx, double cy, String title) {
        svg.append("<polygon class=\"baseline-milestone\" points=\"").append(diamond(cx, cy, 6))
                .append("\" fill=\"none\" stroke=\"#555555\" stroke-dasharray=\"2 2\"><title>")
                .append(esc(title)).append("</title></polygon>\n");
    }

    private static void label(StringBuilder svg, String text, int y, int labelX, boolean bold) {
        // About six pixels a character: the label stops short of the chart.
        int room = LABEL_CHARS - (labelX - 18) / 6;
        svg.append("<text x=\"").append(labelX).append("\" y=\"").append(y + 15).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(esc(shorten(text, room))).append("</text>\n");
    }

    private static void taskRow(StringBuilder svg, ActivityStatus a, int y, int labelX, Scale x, String colour) {
        svg.append("<g class=\"activity\">\n<title>").append(esc(a.id() + ": " + a.title() + " (" + a.resourceName()
                + ", " + plain(a.effort()) + " WD, " + a.start() + " to " + a.end()
                + (a.progress() == null ? "" : ", " + a.progress() + "% done")
                + (a.critical() ? ", critical path" : "") + ")")).append("</title>\n");
        label(svg, a.id() + " " + a.title(), y, labelX, false);
        double left = x.at(a.start());
        double right = Math.max(left + 2, x.at(a.end().plusDays(1)));
        boolean hasBaseline = a.baselineStart() != null && a.baselineEnd() != null;
        int barHeight = hasBaseline ? 10 : 14;
        svg.append("<rect class=\"bar\" x=\"").append(num(left)).append("\" y=\"").append(y + 4).append("\" width=\"")
                .append(num(right - left)).append("\" height=\"").append(barHeight).append("\" fill=\"").append(colour)
                .append("\" fill-opacity=\"").append(a.effort().signum() == 0 ? "0.3" : "0.45").append("\"")
                .append(a.critical() ? CRITICAL : "").append("/>\n");
        if (a.progress() != null && a.progress() > 0) {
            svg.append("<rect class=\"progress\" x=\"").append(num(left)).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(num((right - left) * a.progress() / 100.0)).append("\" height=\"").append(barHeight)
                    .append("\" fill=\"").append(colour).append("\"/>\n");
        }
        if (hasBaseline) {
            double bl = x.at(a.baselineStart());
            double br = Math.max(bl + 2, x.at(a.baselineEnd().plusDays(1)));
            svg.append("<rect class=\"baseline\" x=\"").append(num(bl)).append("\" y=\"").append(y + 16)
                    .append("\" width=\"").append(num(br - bl)).append("\" height=\"3\" fill=\"#777777\"/>\n");
        }
        svg.append("</g>\n");
    }

    /** A thin black bar with downward ticks at both ends, spanning everything the summary task holds. */
    private static void summaryRow(StringBuilder svg, TaskOutline.Row r, int y, int labelX, Scale x) {
        ActivityStatus a = r.task();
        svg.append("<g class=\"summary").append(r.collapsed() ? " collapsed" : "").append("\">\n<title>")
                .append(esc("Summary task " + a.id() + ": " + a.title() + " (" + r.start() + " to " + r.end() + ", "
                        + plain(r.effort()) + " WD"
                        + (r.progress() == null ? "" : ", " + r.progress() + "% done")
                        + (r.collapsed() ? ", standing for " + r.hiddenTasks() + " tasks not shown" : "")
                        + (r.collapsed() && r.critical() ? ", holds critical path tasks" : "")
                        + (a.critical() ? ", critical path" : "") + ")"))
                .append("</title>\n");
        String suffix = r.collapsed() ? " (+" + r.hiddenTasks() + ")" : "";
        int room = LABEL_CHARS - (labelX - 18) / 6 - suffix.length();
        label(svg, shorten(a.id() + " " + a.title(), room) + suffix, y, labelX, true);
        if (r.start() != null && r.end() != null) {
            double left = x.at(r.start());
            double right = Math.max(left + 2, x.at(r.end().plusDays(1)));
            svg.append("<rect class=\"summary-bar\" x=\"").append(num(left)).append("\" y=\"").append(y + 6)
                    .append("\" width=\"").append(num(right - left)).append("\" height=\"5\" fill=\"#222222\"")
                    .append(r.critical() ? CRITICAL : "").append("/>\n");
            svg.append("<polygon points=\"").append(num(left)).append(',').append(y + 11).append(' ').append(num(left + 5))
                    .append(',').append(y + 11).append(' ').append(num(left)).append(',').append(y + 17)
                    .append("\" fill=\"#222222\"/>\n");
            svg.append("<polygon points=\"").append(num(right)).append(',').append(y + 11).append(' ').append(num(right - 5))
                    .append(',').append(y + 11).append(' ').append(num(right)).append(',').append(y + 17)
                    .append("\" fill=\"#222222\"/>\n");
        }
        svg.append("</g>\n");
    }

    /** A zero-duration task of the breakdown: a smaller diamond on its date. */
    private static void milestoneTaskRow(StringBuilder svg, TaskOutline.Row r, int y, int labelX, Scale x, double day) {
        ActivityStatus a = r.task();
        LocalDate date = a.end() != null ? a.end() : a.start();
        svg.append("<g class=\"milestone-task\">\n<title>").append(esc("Milestone task " + a.id() + ": " + a.title()
                + " (" + date + (a.progress() != null && a.progress() == 100 ? ", done" : "")
                + (a.critical() ? ", critical path" : "") + ")")).append("</title>\n");
        label(svg, a.id() + " " + a.title(), y, labelX, false);
        if (date != null) {
            double cx = x.at(date) + day / 2;
            double cy = y + ROW / 2.0;
            if (a.baselineEnd() != null && !a.baselineEnd().equals(date)) {
                baselineDiamond(svg, x.at(a.baselineEnd()) + day / 2, cy, a.id() + " baseline " + a.baselineEnd());
            }
            svg.append("<polygon class=\"milestone-task\" points=\"").append(diamond(cx, cy, 6))
                    .append("\" fill=\"#444444\"").append(a.critical() ? CRITICAL : "").append("/>\n");
            svg.append("<text x=\"").append(num(cx + 9)).append("\" y=\"").append(y + 15).append("\" fill=\"#222222\">")
                    .append(date).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    /** The legend: a colour per resource (by a task's first resource), then the symbols, wrapped to the width. */
    private static final class Legend {
        private final Map<String, String> colours = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();

        private interface Item {
            int width();

            String at(int lx, int ly);
        }

        private record Drawn(String svg, int lines) {
        }

        void resource(ActivityStatus task) {
            String key = task.resource() == null ? "" : task.resource();
            colours.computeIfAbsent(key, k -> PALETTE[colours.size() % PALETTE.length]);
            // A task of several resources names them all: the shortest name seen is the resource's own.
            String name = key.isEmpty() ? "Unassigned" : task.resourceName();
            names.merge(key, name, (old, now) -> now.length() < old.length() ? now : old);
        }

        String colour(ActivityStatus task) {
            return colours.getOrDefault(task.resource() == null ? "" : task.resource(), PALETTE[0]);
        }

        /** The legend's lines, the first with its text on {@code firstY}. */
        Drawn draw(int width, int firstY, boolean milestones, boolean summaries) {
            List<Item> items = new ArrayList<>();
            colours.forEach((key, colour) -> items.add(item(160, (lx, ly) -> "<rect x=\"" + lx + "\" y=\"" + (ly - 10)
                    + "\" width=\"14\" height=\"10\" fill=\"" + colour + "\"/><text x=\"" + (lx + 18) + "\" y=\"" + ly
                    + "\">" + esc(shorten(names.get(key), 24)) + "</text>\n")));
            if (milestones) {
                items.add(item(110, (lx, ly) -> "<polygon points=\"" + diamond(lx + 7, ly - 5, 6)
                        + "\" fill=\"#222222\"/><text x=\"" + (lx + 18) + "\" y=\"" + ly + "\">Milestone</text>\n"));
            }
            if (summaries) {
                items.add(item(130, (lx, ly) -> "<rect x=\"" + lx + "\" y=\"" + (ly - 7) + "\" width=\"14\" height=\"4\" "
                        + "fill=\"#222222\"/><text x=\"" + (lx + 18) + "\" y=\"" + ly + "\">Summary task</text>\n"));
            }
            items.add(item(120, (lx, ly) -> "<rect x=\"" + lx + "\" y=\"" + (ly - 10) + "\" width=\"14\" height=\"10\" "
                    + "fill=\"none\" stroke=\"#b00020\" stroke-width=\"1.5\"/><text x=\"" + (lx + 18) + "\" y=\"" + ly
                    + "\">Critical path</text>\n"));
            StringBuilder svg = new StringBuilder("<g class=\"legend\">\n");
            int lx = 6;
            int ly = firstY;
            int lines = 1;
            for (Item item : items) {
                if (lx > 6 && lx + item.width() > width) {
                    lx = 6;
                    ly += 24;
                    lines++;
                }
                svg.append(item.at(lx, ly));
                lx += item.width();
            }
            return new Drawn(svg.append("</g>\n").toString(), lines);
        }

        private static Item item(int width, java.util.function.BiFunction<Integer, Integer, String> draw) {
            return new Item() {
                public int width() {
                    return width;
                }

                public String at(int lx, int ly) {
                    return draw.apply(lx, ly);
                }
            };
        }
    }

    private interface Scale {
        double at(LocalDate date);
    }

    private static String diamond(double cx, double cy, double r) {
        return num(cx) + "," + num(cy - r) + " " + num(cx + r) + "," + num(cy) + " " + num(cx) + "," + num(cy + r) + " "
                + num(cx - r) + "," + num(cy);
    }

    private static LocalDate min(LocalDate current, LocalDate a, LocalDate b) {
        LocalDate result = current;
        for (LocalDate d : new LocalDate[] {a, b}) {
            if (d != null && (result == null || d.isBefore(result))) {
                result = d;
            }
        }
        return result;
    }

    private static LocalDate max(LocalDate current, LocalDate a, LocalDate b) {
        LocalDate result = current;
        for (LocalDate d : new LocalDate[] {a, b}) {
            if (d != null && (result == null || d.isAfter(result))) {
                result = d;
            }
        }
        return result;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static String plain(BigDecimal value) {
        return Analyser.plain(value);
    }
}
