package org.tadworkbench.planning;

import org.tadworkbench.planning.internal.Svg;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Burn charts in SVG: cumulative planned against actual (to the analysis month) and forecast figures by month, as
 * lines on labelled axes with a legend in text and {@code <title>} elements. {@link #effort} plots Working Days,
 * {@link #budget} plots cost. Each line is a {@code <g class="series planned|actual|forecast">} whose points carry
 * {@code data-value} (the cumulative figure, plain decimal).
 */
public final class BurnChart {

    private static final int LEFT = 90;
    private static final int TOP = 50;
    private static final int PLOT_W = 560;
    private static final int PLOT_H = 260;
    private static final int WIDTH = LEFT + PLOT_W + 200;
    private static final int HEIGHT = TOP + PLOT_H + 60;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private BurnChart() {
    }

    /** Cumulative planned, actual and forecast Working Days by month. */
    public static String effort(PlanAnalysis analysis) {
        YearMonth now = YearMonth.from(analysis.today());
        return render("Effort burn: cumulative Working Days", "effort", "WD", false, analysis,
                MonthFigures::plannedDays, MonthFigures::actualDays,
                m -> m.month().isAfter(now) ? m.plannedDays() : m.actualDays());
    }

    /** Cumulative planned, actual and forecast cost by month. */
    public static String budget(PlanAnalysis analysis) {
        return render("Budget burn: cumulative cost (" + analysis.currency() + ")", "budget", analysis.currency(), true,
                analysis, MonthFigures::plannedCost, MonthFigures::actualCost, MonthFigures::forecastCost);
    }

    private static String render(String title, String id, String unit, boolean money, PlanAnalysis analysis,
                                 Function<MonthFigures, BigDecimal> planned, Function<MonthFigures, BigDecimal> actual,
                                 Function<MonthFigures, BigDecimal> forecast) {
        List<MonthFigures> months = analysis.months();
        YearMonth now = YearMonth.from(analysis.today());
        List<BigDecimal> plan = cumulative(months, planned, null);
        List<BigDecimal> act = cumulative(months, actual, now);
        List<BigDecimal> fore = cumulative(months, forecast, null);
        BigDecimal max = BigDecimal.ONE;
        for (List<BigDecimal> series : List.of(plan, act, fore)) {
            for (BigDecimal v : series) {
                max = v.compareTo(max) > 0 ? v : max;
            }
        }
        double top = niceCeiling(max.doubleValue());
        int n = Math.max(months.size(), 1);
        double step = n > 1 ? (double) PLOT_W / (n - 1) : 0;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(esc("Planned "
                        + last(plan, unit, money) + ", actual to date " + last(act, unit, money) + ", forecast "
                        + last(fore, unit, money) + " over " + months.size() + " months."))
                .append("</desc>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"24\" font-size=\"14\" font-weight=\"bold\">")
                .append(esc(title)).append("</text>\n");
        // Axes, gridlines and labels.
        svg.append("<g class=\"axes\" stroke=\"#505a5f\">\n");
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = TOP + PLOT_H - PLOT_H * i / 4.0;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(num(y)).append("\" x2=\"").append(LEFT + PLOT_W)
                    .append("\" y2=\"").append(num(y)).append("\" stroke=\"#dddddd\"/>\n");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\" stroke=\"none\" fill=\"#0b0c0c\">")
                    .append(esc(format(BigDecimal.valueOf(value), unit, money))).append("</text>\n");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(TOP + PLOT_H).append("\"/>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + PLOT_H).append("\" x2=\"").append(LEFT + PLOT_W)
                .append("\" y2=\"").append(TOP + PLOT_H).append("\"/>\n");
        for (int i = 0; i < months.size(); i++) {
            double x = LEFT + step * i;
            svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(TOP + PLOT_H + 18)
                    .append("\" text-anchor=\"middle\" stroke=\"none\" fill=\"#0b0c0c\" font-size=\"10\">")
                    .append(esc(months.get(i).month().format(MONTH))).append("</text>\n");
        }
        svg.append("</g>\n");
        series(svg, "forecast", "Forecast", "#d4351c", "6 4", fore, months, step, top, unit, money);
        series(svg, "planned", "Planned", "#1d70b8", null, plan, months, step, top, unit, money);
        series(svg, "actual", "Actual", "#00703c", null, act, months, step, top, unit, money);
        // Legend in text.
        int lx = LEFT + PLOT_W + 20;
        String[][] legend = {{"Planned (cumulative)", "#1d70b8", ""}, {"Actual to date", "#00703c", ""},
                {"Forecast (dashed)", "#d4351c", "6 4"}};
        svg.append("<g class=\"legend\">\n");
        for (int i = 0; i < legend.length; i++) {
            int y = TOP + 10 + i * 22;
            svg.append("<line x1=\"").append(lx).append("\" y1=\"").append(y).append("\" x2=\"").append(lx + 24)
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(legend[i][1]).append("\" stroke-width=\"3\"")
                    .append(legend[i][2].isEmpty() ? "" : " stroke-dasharray=\"" + legend[i][2] + "\"").append("/>\n");
            svg.append("<text x=\"").append(lx + 30).append("\" y=\"").append(y + 4).append("\">")
                    .append(esc(legend[i][0])).append("</text>\n");
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static void series(StringBuilder svg, String css, String name, String colour, String dash,
                               List<BigDecimal> values, List<MonthFigures> months, double step, double top,
                               String unit, boolean money) {
        if (values.isEmpty()) {
            return;
        }
        svg.append("<g class=\"series ").append(css).append("\"><title>").append(esc(name + ": " + last(values, unit, money)))
                .append("</title>\n<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"")
                .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append(" points=\"");
        for (int i = 0; i < values.size(); i++) {
            svg.append(i == 0 ? "" : " ").append(num(LEFT + step * i)).append(',').append(num(y(values.get(i), top)));
        }
        svg.append("\"/>\n");
        for (int i = 0; i < values.size(); i++) {
            svg.append("<circle cx=\"").append(num(LEFT + step * i)).append("\" cy=\"").append(num(y(values.get(i), top)))
                    .append("\" r=\"3\" fill=\"").append(colour).append("\" data-value=\"")
                    .append(values.get(i).toPlainString()).append("\"><title>")
                    .append(esc(name + ", " + months.get(i).month().format(MONTH) + ": " + format(values.get(i), unit, money)))
                    .append("</title></circle>\n");
        }
        svg.append("</g>\n");
    }

    /** Running totals; up to and including {@code until} when given. */
    private static List<BigDecimal> cumulative(List<MonthFigures> months, Function<MonthFigures, BigDecimal> figure,
                                               YearMonth until) {
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (MonthFigures m : months) {
            if (until != null && m.month().isAfter(until)) {
                break;
            }
            BigDecimal v = figure.apply(m);
            sum = sum.add(v == null ? BigDecimal.ZERO : v);
            out.add(sum);
        }
        return out;
    }

    private static double y(BigDecimal value, double top) {
        return TOP + PLOT_H - PLOT_H * value.doubleValue() / top;
    }

    private static double niceCeiling(double max) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * magnitude >= max) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String last(List<BigDecimal> values, String unit, boolean money) {
        return values.isEmpty() ? "none" : format(values.get(values.size() - 1), unit, money);
    }

    private static String format(BigDecimal value, String unit, boolean money) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
        f.setMaximumFractionDigits(money ? 0 : 1);
        String n = f.format(value);
        if (money) {
            return "GBP".equals(unit) ? "£" + n : n + " " + unit;
        }
        return n + " " + unit;
    }

    private static String num(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : Double.toString(rounded / 10.0);
    }

    private static String esc(String text) {
        return Svg.esc(text);
    }
}
