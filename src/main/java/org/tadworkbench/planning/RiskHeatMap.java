package org.tadworkbench.planning;

import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.planning.internal.HeatMapSvg;

/**
 * The open risks on a 5 x 5 grid of likelihood (rows, 5 at the top) by impact (columns), each cell coloured by
 * score with a text band (Low 1-4, Medium 5-9, High 10-14, Very high 15-25) and the risk ids placed in it (with a
 * trend arrow when given); a legend repeats the bands in words. {@code <title>} elements describe each cell.
 */
public final class RiskHeatMap {

    private RiskHeatMap() {
    }

    /** A standalone SVG document (UTF-8 text, no XML declaration). */
    public static String svg(RaidLog raid) {
        return HeatMapSvg.render(raid);
    }
}
