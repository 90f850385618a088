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

/** Renders {@link org.tadworkbench.planning.GanttChart}. */
public final class GanttSvg {

    private static final String[] PALETTE = {"#1f5f99", "#d9822b", "#3a8f4b", "#8e4fa8", "#b03a48", "#6b6b6b"};
    private static final int LABEL_WIDTH = 300;
    private static final int CHART_WIDTH = 760;
    private static final int ROW = 22;
    private static final int TOP = 56;

    private GanttSvg() {
    }

    public static String render(PlanAnalysis analysis, LocalDate today) {
        List<ActivityStatus> activities = analysis.activities();
        List<MilestoneWindow> milestones = analysis.milestones();
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
        Scale x = date -> LABEL_WIDTH + CHART_WIDTH * ChronoUnit.DAYS.between(from, date) / span;

        Map<String, String> colours = new LinkedHashMap<>();
        for (ActivityStatus a : activities) {
            colours.computeIfAbsent(a.resourceName(), k -> PALETTE[colours.size() % PALETTE.length]);
        }
        List<Object> rows = new ArrayList<>();
        for (MilestoneWindow m : milestones) {
            rows.add(m);
            activities.stream().filter(a -> m.id().equals(a.milestone())).forEach(rows::add);
        }
        activities.stream().filter(a -> a.milestone() == null
                || milestones.stream().noneMatch(m -> m.id().equals(a.milestone()))).forEach(rows::add);

        int chartBottom = TOP + rows.size() * ROW;
        int height = chartBottom + 30 + 24 * ((colours.size() + 3) / 4 + 1);
        int width = LABEL_WIDTH + CHART_WIDTH + 100;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"gantt-title gantt-desc\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append("<title id=\"gantt-title\">Project plan Gantt chart as on ").append(today).append("</title>\n");
        svg.append("<desc id=\"gantt-desc\">").append(milestones.size()).append(" milestones and ").append(activities.size())
                .append(" activities from ").append(first).append(" to ").append(last)
                .append("; bars are coloured by resource, darker where done; diamonds are milestones.</desc>\n");
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
        for (Object row : rows) {
            if (row instanceof MilestoneWindow m) {
                svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"").append(ROW)
                        .append("\" fill=\"#f2f2f2\"/>\n");
                svg.append("<text x=\"6\" y=\"").append(y + 15).append("\" font-weight=\"bold\">").append(esc(m.id() + " " + m.title()))
                        .append("</text>\n");
                double cx = x.at(m.end()) + CHART_WIDTH / span / 2;
                double cy = y + ROW / 2.0;
                if (m.baselineEnd() != null && !m.baselineEnd().equals(m.end())) {
                    double bx = x.at(m.baselineEnd()) + CHART_WIDTH / span / 2;
                    svg.append("<polygon class=\"baseline-milestone\" points=\"").append(diamond(bx, cy, 6))
                            .append("\" fill=\"none\" stroke=\"#555555\" stroke-dasharray=\"2 2\"><title>")
                            .append(esc(m.id() + " baseline " + m.baselineEnd())).append("</title></polygon>\n");
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
            } else if (row instanceof ActivityStatus a) {
                String colour = colours.get(a.resourceName());
                svg.append("<g class=\"activity\">\n<title>").append(esc(a.id() + ": " + a.title() + " (" + a.resourceName()
                        + ", " + plain(a.effort()) + " WD, " + a.start() + " to " + a.end()
                        + (a.progress() == null ? "" : ", " + a.progress() + "% done")
                        + (a.critical() ? ", critical path" : "") + ")")).append("</title>\n");
                svg.append("<text x=\"18\" y=\"").append(y + 15).append("\">").append(esc(shorten(a.id() + " " + a.title(), 46)))
                        .append("</text>\n");
                double left = x.at(a.start());
                double right = Math.max(left + 2, x.at(a.end().plusDays(1)));
                boolean hasBaseline = a.baselineStart() != null && a.baselineEnd() != null;
                int barHeight = hasBaseline ? 10 : 14;
                svg.append("<rect class=\"bar\" x=\"").append(num(left)).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(num(right - left)).append("\" height=\"").append(barHeight).append("\" fill=\"").append(colour)
                        .append("\" fill-opacity=\"").append(a.effort().signum() == 0 ? "0.3" : "0.45").append("\"")
                        .append(a.critical() ? " stroke=\"#b00020\" stroke-width=\"1.5\"" : "").append("/>\n");
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
            y += ROW;
        }

        if (!today.isBefore(from) && today.isBefore(to)) {
            double tx = x.at(today);
            svg.append("<g class=\"today\"><title>Today, ").append(today).append("</title>\n<line x1=\"").append(num(tx))
                    .append("\" y1=\"").append(TOP - 20).append("\" x2=\"").append(num(tx)).append("\" y2=\"").append(chartBottom)
                    .append("\" stroke=\"#d00000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n<text x=\"").append(num(tx + 3))
                    .append("\" y=\"").append(TOP - 26).append("\" fill=\"#d00000\">Today ").append(today).append("</text>\n</g>\n");
        }

        int ly = chartBottom + 22;
        int lx = 6;
        svg.append("<g class=\"legend\">\n");
        for (Map.Entry<String, String> entry : colours.entrySet()) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10).append("\" width=\"14\" height=\"10\" fill=\"")
                    .append(entry.getValue()).append("\"/><text x=\"").append(lx + 18).append("\" y=\"").append(ly).append("\">")
                    .append(esc(entry.getKey())).append("</text>\n");
            lx += 160;
        }
        svg.append("<polygon points=\"").append(diamond(lx + 7, ly - 5, 6)).append("\" fill=\"#222222\"/><text x=\"")
                .append(lx + 18).append("\" y=\"").append(ly).append("\">Milestone</text>\n");
        lx += 110;
        svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10).append("\" width=\"14\" height=\"10\" fill=\"none\" ")
                .append("stroke=\"#b00020\" stroke-width=\"1.5\"/><text x=\"").append(lx + 18).append("\" y=\"").append(ly)
                .append("\">Critical path</text>\n");
        svg.append("</g>\n</svg>\n");
        return svg.toString();
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
