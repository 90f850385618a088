package org.tadworkbench.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone SVG document made ready to sit inline in the report: any XML declaration, DOCTYPE or comment before
 * the root dropped, and the root's width and height scaled down (keeping its aspect, with a viewBox so the drawing
 * scales too) to fit the given box in CSS pixels.
 */
final class ReportSvg {

    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*$");

    private ReportSvg() {
    }

    static String fitted(String svg, String idPrefix, double maxWidth, double maxHeight) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            return "<p class=\"note\">(figure unavailable)</p>";
        }
        // Ids get a per-figure prefix: the report holds several drawings on one page.
        String body = svg.substring(start).replace(" id=\"", " id=\"" + idPrefix + "-")
                .replace("url(#", "url(#" + idPrefix + "-").replace("href=\"#", "href=\"#" + idPrefix + "-");
        body = prefixLabels(body, idPrefix);
        Matcher root = ROOT.matcher(body);
        if (!root.find()) {
            return "<p class=\"note\">(figure unavailable)</p>";
        }
        String tag = root.group();
        Double width = null;
        Double height = null;
        String viewBox = attribute(tag, "viewBox");
        if (viewBox != null) {
            String[] box = viewBox.trim().split("[\\s,]+");
            if (box.length == 4) {
                width = Double.parseDouble(box[2]);
                height = Double.parseDouble(box[3]);
            }
        }
        if (width == null || height == null) {
            width = number(attribute(tag, "width"));
            height = number(attribute(tag, "height"));
        }
        if (width == null || height == null || width <= 0 || height <= 0) {
            return body;
        }
        double scale = Math.min(1, Math.min(maxWidth / width, maxHeight / height));
        String newTag = tag;
        if (viewBox == null) {
            newTag = setAttribute(newTag, "viewBox", "0 0 " + fmt(width) + " " + fmt(height));
        }
        newTag = setAttribute(newTag, "width", fmt(width * scale) + "px");
        newTag = setAttribute(newTag, "height", fmt(height * scale) + "px");
        newTag = setAttribute(newTag, "preserveAspectRatio", "xMidYMid meet");
        return body.substring(0, root.start()) + newTag + body.substring(root.end());
    }

    /** aria-labelledby lists ids too. */
    private static String prefixLabels(String body, String idPrefix) {
        Matcher m = Pattern.compile("aria-labelledby=\"([^\"]*)\"").matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ids = String.join(" ", java.util.Arrays.stream(m.group(1).trim().split("\\s+"))
                    .map(id -> idPrefix + "-" + id).toList());
            m.appendReplacement(out, Matcher.quoteReplacement("aria-labelledby=\"" + ids + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(tag);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
    }

    private static String setAttribute(String tag, String name, String value) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*(\"[^\"]*\"|'[^']*')").matcher(tag);
        if (m.find()) {
            return tag.substring(0, m.start()) + " " + name + "=\"" + value + "\"" + tag.substring(m.end());
        }
        int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
        return tag.substring(0, end) + " " + name + "=\"" + value + "\"" + tag.substring(end);
    }

    private static Double number(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(value);
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
