package org.tadworkbench.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tadworkbench.publish.AssembledDocument;

/** The print stylesheet: the bundled pdf.css plus the page margin boxes, which carry this document's marking. */
final class PrintStyles {

    private PrintStyles() {
    }

    static String stylesheet(AssembledDocument doc) {
        return pageRules(doc) + bundled();
    }

    /** Header and footer on every page, the title page included: marking, title, "Page X of Y". */
    static String pageRules(AssembledDocument doc) {
        String marking = cssString(doc.classificationMarking());
        return "@page {\n  size: A4;\n  margin: 24mm 18mm 22mm 18mm;\n"
                + "  @top-left { content: " + cssString(doc.fullTitle()) + "; font-family: \"DejaVu Sans\"; font-size: 8pt; color: #57606a; }\n"
                + "  @top-right { content: " + marking + "; font-family: \"DejaVu Sans\"; font-size: 8pt; font-weight: bold; }\n"
                + "  @bottom-left { content: " + marking + "; font-family: \"DejaVu Sans\"; font-size: 8pt; }\n"
                + "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-family: \"DejaVu Sans\"; font-size: 8pt; }\n"
                + "}\n";
    }

    /** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
    static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n\\f]+", " ") + "\"";
    }

    private static String bundled() {
        try (InputStream in = PrintStyles.class.getResourceAsStream("/publish/pdf.css")) {
            if (in == null) {
                throw new IllegalStateException("stylesheet /publish/pdf.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
