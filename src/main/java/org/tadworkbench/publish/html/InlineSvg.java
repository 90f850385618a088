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

    /**
     * For a web page that embeds the diagram more than once: the drawing itself becomes a {@code <symbol>} (written
     * once per page, see {@link #symbol}) and each embedding is a small responsive {@code <svg>} that {@code <use>}s
     * it, so a diagram shown in 200 sections is stored once and its ids stay unique.
     */
    public static String reference(String svg, String symbolId, String label) {
        Optional<Box> box = viewBox(svg);
        if (box.isEmpty()) {
            return responsive(svg, symbolId);
        }
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" %s width=\"100%%\" "
                        + "style=\"max-width:%.0fpx;height:auto\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" "
                        + "aria-label=\"%s\"><use href=\"#%s\"/></svg>",
                box.get().attribute(), box.get().width(), Html.escape(label), symbolId);
    }

    /** The drawing as a {@code <symbol>} under {@code symbolId} for {@link #reference}; empty when it has no viewBox. */
    public static String symbol(String svg, String symbolId) {
        String inline = resize(svg, symbolId, (w, h) -> "");
        Matcher root = ROOT.matcher(inline);
        Optional<Box> box = viewBox(svg);
        int end = inline.lastIndexOf("</svg>");
        if (box.isEmpty() || !root.find() || end < root.end()) {
            return "";
        }
        return "<symbol id=\"" + symbolId + "\" " + box.get().attribute() + ">" + inline.substring(root.end(), end) + "</symbol>";
    }

    /** The root element's viewBox: the attribute as written, and the drawing's width and height. */
    private record Box(String attribute, double width, double height) {
    }

    private static Optional<Box> viewBox(String svg) {
        Matcher root = ROOT.matcher(svg);
        if (!root.find()) {
            return Optional.empty();
        }
        Matcher box = VIEW_BOX.matcher(root.group());
        return box.find() ? Optional.of(new Box(box.group(), Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))))
                : Optional.empty();
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
        return viewBox(svg).map(box -> {
            double scale = Math.min(1.0, Math.min(maxWidth / box.width(), maxHeight / box.height()));
            return new double[] {box.width() * scale, box.height() * scale};
        });
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
