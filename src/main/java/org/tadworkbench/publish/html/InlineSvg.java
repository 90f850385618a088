package org.tadworkbench.publish.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated diagram prepared for inlining into a page: the XML prolog, doctype and processing instructions go,
 * ids get a per-figure prefix (several diagrams share one page), and the root element is sized either to scale
 * with the page (HTML) or to fit a fixed box (PDF, whose SVG drawer needs explicit sizes).
 */
public final class InlineSvg {

    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern PROCESSING = Pattern.compile("<\\?.*?\\?>|<!DOCTYPE[^>]*>", Pattern.DOTALL);
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"\\s*[-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)[ ,]+([0-9.]+)\\s*\"");
    private static final Pattern SIZE_ATTRIBUTES = Pattern.compile("\\s(width|height|style|preserveAspectRatio)=\"[^\"]*\"");

    private InlineSvg() {
    }

    /** For a web page: as wide as the column allows, never wider than drawn. */
    public static String responsive(String svg, String idPrefix) {
        return resize(svg, idPrefix, (w, h) -> String.format(Locale.ROOT,
                " width=\"100%%\" style=\"max-width:%.0fpx;height:auto\" preserveAspectRatio=\"xMidYMid meet\"", w));
    }

    /** For print: scaled down (never up) to fit a box of the given CSS pixels. */
    public static String fitted(String svg, String idPrefix, double maxWidth, double maxHeight) {
        return resize(svg, idPrefix, (w, h) -> {
            double scale = Math.min(1.0, Math.min(maxWidth / w, maxHeight / h));
            return String.format(Locale.ROOT, " width=\"%.1fpx\" height=\"%.1fpx\" preserveAspectRatio=\"xMidYMid meet\"",
                    w * scale, h * scale);
        });
    }

    /** The size {@link #fitted} gives the diagram, in CSS pixels: {width, height}; empty when it has no viewBox. */
    public static Optional<double[]> fittedSize(String svg, double maxWidth, double maxHeight) {
        Matcher root = ROOT.matcher(svg);
        if (!root.find()) {
            return Optional.empty();
        }
        Matcher box = VIEW_BOX.matcher(root.group());
        if (!box.find()) {
            return Optional.empty();
        }
        double w = Double.parseDouble(box.group(1));
        double h = Double.parseDouble(box.group(2));
        double scale = Math.min(1.0, Math.min(maxWidth / w, maxHeight / h));
        return Optional.of(new double[] {w * scale, h * scale});
    }

    private interface Sizing {
        String attributes(double width, double height);
    }

    private static String resize(String svg, String idPrefix, Sizing sizing) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            return "";
        }
        String body = PROCESSING.matcher(svg.substring(start)).replaceAll("");
        body = body.replace(" id=\"", " id=\"" + idPrefix + "-").replace("url(#", "url(#" + idPrefix + "-")
                .replace("href=\"#", "href=\"#" + idPrefix + "-");
        Matcher root = ROOT.matcher(body);
        if (!root.find()) {
            return "";
        }
        String tag = root.group();
        Matcher box = VIEW_BOX.matcher(tag);
        if (!box.find()) {
            return body;
        }
        double width = Double.parseDouble(box.group(1));
        double height = Double.parseDouble(box.group(2));
        String stripped = SIZE_ATTRIBUTES.matcher(tag).replaceAll("");
        String sized = stripped.substring(0, stripped.length() - 1) + sizing.attributes(width, height) + ">";
        return sized + body.substring(root.end());
    }
}
