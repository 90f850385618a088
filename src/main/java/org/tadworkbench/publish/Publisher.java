package org.tadworkbench.publish;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.lint.LintReport;
import org.tadworkbench.publish.checks.BuildChecks;
import org.tadworkbench.publish.docx.DocxRenderer;
import org.tadworkbench.publish.html.HtmlPage;
import org.tadworkbench.publish.pdf.PdfRenderer;
import org.tadworkbench.workspace.ReadResult;

/**
 * The publishing module's entry point for the command line and the server: the checks a build must pass, and an
 * assembled document rendered in each format. Renderers live in sub-packages (html, pdf, docx), which other
 * modules do not reach into.
 */
public final class Publisher {

    private Publisher() {
    }

    /** Lint plus the build checks for this version and variant; errors mean the version must not be published. */
    public static LintReport check(ReadResult read, String version, Applicability variant) {
        return BuildChecks.run(read, version, variant);
    }

    /**
     * The files of one format, by file name: for HTML a static site ({@code index.html} and its stylesheet), for PDF
     * and DOCX one file.
     */
    public static Map<String, byte[]> files(AssembledDocument doc, PublishFormat format) {
        return files(doc, format, RenderCache.none());
    }

    /** As {@link #files(AssembledDocument, PublishFormat)}, reusing section bodies an earlier build left in the cache. */
    public static Map<String, byte[]> files(AssembledDocument doc, PublishFormat format, RenderCache cache) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String name = format.fileName(doc.version().version());
        switch (format) {
            case HTML -> {
                files.put(name, HtmlPage.render(doc, false, cache).getBytes(StandardCharsets.UTF_8));
                files.put(HtmlPage.STYLESHEET, HtmlPage.stylesheet().getBytes(StandardCharsets.UTF_8));
            }
            case PDF -> files.put(name, PdfRenderer.render(doc));
            case DOCX -> files.put(name, new DocxRenderer().render(doc));
        }
        return files;
    }

    /** Any well-formed XHTML printed to PDF the way the TAD is: the workbench's one PDF pipeline (reports use it). */
    public static byte[] printPdf(String xhtml, String title, String author, String subject, java.time.LocalDate day) {
        return PdfRenderer.print(xhtml, title, author, subject, day);
    }

    /**
     * The reviewer copy of a version: its published DOCX with a bookmark on every section and paragraph and the
     * workspace and version in its document properties ({@link org.tadworkbench.document.ReviewAnchors}), so that a
     * copy returned with Word comments and tracked changes is placed exactly.
     */
    public static byte[] reviewCopy(AssembledDocument doc) {
        return new DocxRenderer().renderReviewCopy(doc);
    }

    /** One self-contained file: for HTML the page with its stylesheet inlined (a download). */
    public static byte[] single(AssembledDocument doc, PublishFormat format) {
        return switch (format) {
            case HTML -> HtmlPage.render(doc, true, RenderCache.none()).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfRenderer.render(doc);
            case DOCX -> new DocxRenderer().render(doc);
        };
    }
}
