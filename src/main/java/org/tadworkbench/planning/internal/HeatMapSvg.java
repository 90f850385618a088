package org.tadworkbench.planning.internal;

import static org.tadworkbench.planning.internal.Svg.esc;

import java.util.ArrayList;
import java.util.List;
import org.tadworkbench.plan.RaidLog;
import org.tadworkbench.plan.Risk;

/** Renders {@link org.tadworkbench.planning.RiskHeatMap}. */
public final class HeatMapSvg {

    private static final int CELL = 96;
    private static final int LEFT = 80;
    private static final int TOP = 40;

    /** Score bands: upper bound, name, colour. */
    private static final Object[][] BANDS = {
            {4, "Low", "#9fd8a8"}, {9, "Medium", "#fde28a"}, {14, "High", "#fbb36b"}, {25, "Very high", "#f07b72"}};

    private HeatMapSvg() {
    }

    public static String render(RaidLog raid) {
        List<Risk> risks = raid.risks().stream().filter(Risk::isOpen)
                .filter(r -> r.likelihood() >= 1 && r.likelihood() <= 5 && r.impact() >= 1 && r.impact() <= 5).toList();
        int width = LEFT + 5 * CELL + 250;
        int height = TOP + 5 * CELL + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"heat-title heat-desc\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"heat-title\">Risk heat map: likelihood by impact</title>\n");
        svg.append("<desc id=\"heat-desc\">").append(risks.size()).append(" open risks placed on a five by five grid; ")
                .append("likelihood rises upwards, impact rises to the right; cells are coloured by score band.</desc>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>\n");
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            for (int impact = 1; impact <= 5; impact++) {
                int score = likelihood * impact;
                Object[] band = band(score);
                int x = LEFT + (impact - 1) * CELL;
                int y = TOP + (5 - likelihood) * CELL;
                List<String> ids = new ArrayList<>();
                for (Risk risk : risks) {
                    if (risk.likelihood() == likelihood && risk.impact() == impact) {
                        ids.add(risk.id() + arrow(risk));
                    }
                }
                svg.append("<g class=\"cell\"><title>").append(esc("Likelihood " + likelihood + ", impact " + impact + ": score "
                        + score + " (" + band[1] + ")" + (ids.isEmpty() ? "" : "; risks " + String.join(", ", ids))))
                        .append("</title>\n<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL)
                        .append("\" height=\"").append(CELL).append("\" fill=\"").append(band[2])
                        .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>\n");
                svg.append("<text x=\"").append(x + CELL - 6).append("\" y=\"").append(y + CELL - 6)
                        .append("\" text-anchor=\"end\" font-size=\"9\" fill=\"#444444\">").append(score).append(' ').append(band[1])
                        .append("</text>\n");
                for (int i = 0; i < ids.size(); i++) {
                    svg.append("<text class=\"risk\" x=\"").append(x + 8 + (i % 2) * 44).append("\" y=\"")
                            .append(y + 22 + (i / 2) * 18).append("\" font-weight=\"bold\">").append(esc(ids.get(i))).append("</text>\n");
                }
                svg.append("</g>\n");
            }
        }
        for (int i = 1; i <= 5; i++) {
            svg.append("<text x=\"").append(LEFT + (i - 1) * CELL + CELL / 2).append("\" y=\"").append(TOP + 5 * CELL + 16)
                    .append("\" text-anchor=\"middle\">").append(i).append("</text>\n");
            svg.append("<text x=\"").append(LEFT - 10).append("\" y=\"").append(TOP + (5 - i) * CELL + CELL / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(i).append("</text>\n");
        }
        svg.append("<text x=\"").append(LEFT + 5 * CELL / 2).append("\" y=\"").append(TOP + 5 * CELL + 38)
                .append("\" text-anchor=\"middle\" font-weight=\"bold\">Impact</text>\n");
        svg.append("<text x=\"20\" y=\"").append(TOP + 5 * CELL / 2).append("\" text-anchor=\"middle\" font-weight=\"bold\" ")
                .append("transform=\"rotate(-90 20 ").append(TOP + 5 * CELL / 2).append(")\">Likelihood</text>\n");
        int lx = LEFT + 5 * CELL + 20;
        svg.append("<g class=\"legend\">\n<text x=\"").append(lx).append("\" y=\"").append(TOP + 12)
                .append("\" font-weight=\"bold\">Score (likelihood \u00d7 impact)</text>\n");
        int low = 1;
        for (int i = 0; i < BANDS.length; i++) {
            int y = TOP + 28 + i * 26;
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(y).append("\" width=\"20\" height=\"16\" fill=\"")
                    .append(BANDS[i][2]).append("\"/><text x=\"").append(lx + 28).append("\" y=\"").append(y + 12).append("\">")
                    .append(BANDS[i][1]).append(" (").append(low).append("\u2013").append(BANDS[i][0]).append(")</text>\n");
            low = (Integer) BANDS[i][0] + 1;
        }
        int ty = TOP + 28 + BANDS.length * 26 + 16;
        svg.append("<text x=\"").append(lx).append("\" y=\"").append(ty).append("\">\u2191 rising, \u2192 steady, \u2193 falling</text>\n");
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static Object[] band(int score) {
        for (Object[] band : BANDS) {
            if (score <= (Integer) band[0]) {
                return band;
            }
        }
        return BANDS[BANDS.length - 1];
    }

    private static String arrow(Risk risk) {
        if (risk.trend() == null) {
            return "";
        }
        return switch (risk.trend()) {
            case RISING -> "\u2191";
            case STEADY -> "\u2192";
            case FALLING -> "\u2193";
        };
    }
}
