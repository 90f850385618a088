package org.tadworkbench.publish.html;

import org.tadworkbench.publish.XmlText;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.VersionStatus;

/** Small text helpers shared by the HTML and PDF pages: escaping (valid for HTML and XML alike) and labels. */
public final class Html {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Html() {
    }

    /** Escapes text for element content and double-quoted attributes, in HTML and XHTML. */
    public static String escape(String text) {
        return XmlText.escape(text);
    }

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    public static String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** "Draft", "Live". */
    public static String status(VersionStatus status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The label a variation badge shows: "SMETS2+ only", "SMETS1 only"; empty for both. */
    public static String applicabilityBadge(Applicability applicability) {
        return switch (applicability) {
            case SMETS1 -> "SMETS1 only";
            case SMETS2PLUS -> "SMETS2+ only";
            case BOTH -> "";
        };
    }

    /** A lower-case slug of letters and digits joined by hyphens: "SMETS2+" gives "smets2". */
    public static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
