package org.tadworkbench.planning.internal;

import static org.tadworkbench.planning.internal.Svg.esc;
import static org.tadworkbench.planning.internal.Svg.num;

import java.util.Map;
import org.tadworkbench.plan.Dependency;
import org.tadworkbench.plan.LinkType;
import org.tadworkbench.planning.ActivityStatus;

/**
 * The links between the tasks a Gantt chart shows, as thin connectors with an arrowhead: from the predecessor's end
 * (finish-to-...) or start (start-to-...) to the successor's start (...-to-start) or end (...-to-finish), as MS
 * Project draws them. Links to a task the chart does not show (collapsed into a summary) are left out.
 */
final class GanttLinks {

    /** Where a shown task's bar lies: its row's middle and the bar's two ends. */
    record Bar(double middle, double left, double right) {
    }

    private GanttLinks() {
    }

    static String draw(Iterable<ActivityStatus> shown, Map<String, Bar> bars, Map<String, String> titles) {
        StringBuilder svg = new StringBuilder();
        for (ActivityStatus task : shown) {
            Bar to = bars.get(task.id());
            for (Dependency link : task.dependencies()) {
                Bar from = bars.get(link.task());
                if (to == null || from == null) {
                    continue;
                }
                boolean fromStart = link.type() == LinkType.SS || link.type() == LinkType.SF;
                boolean toEnd = link.type() == LinkType.FF || link.type() == LinkType.SF;
                double x1 = fromStart ? from.left() : from.right();
                double x2 = toEnd ? to.right() : to.left();
                double turn = toEnd ? Math.max(x1, x2) + 6 : Math.min(x1 + 6, x2 - 4);
                double tip = toEnd ? -5 : 5;
                svg.append("<g class=\"link\"><title>").append(esc(titles.getOrDefault(link.task(), link.task()) + " \u2192 "
                        + titles.getOrDefault(task.id(), task.id()) + " (" + words(link.type())
                        + (link.lag().isZero() ? "" : ", lag " + link.lag()) + ")")).append("</title>")
                        .append("<path d=\"M").append(num(x1)).append(' ').append(num(from.middle()))
                        .append(" H").append(num(turn)).append(" V").append(num(to.middle())).append(" H").append(num(x2))
                        .append("\" fill=\"none\" stroke=\"#6b6b6b\" stroke-width=\"0.8\"/>")
                        .append("<path d=\"M").append(num(x2)).append(' ').append(num(to.middle())).append(" l")
                        .append(num(-tip)).append(" -3 v6 z\" fill=\"#6b6b6b\"/></g>\n");
            }
        }
        return svg.isEmpty() ? "" : "<g class=\"links\">\n" + svg + "</g>\n";
    }

    private static String words(LinkType type) {
        return switch (type) {
            case FS -> "finish-to-start";
            case SS -> "start-to-start";
            case FF -> "finish-to-finish";
            case SF -> "start-to-finish";
        };
    }

    /** The bar of a task in the row whose top is {@code rowTop}, from {@code left} to {@code right}. */
    static Bar bar(double rowTop, double left, double right) {
        return new Bar(rowTop + 11, left, right);
    }
}
