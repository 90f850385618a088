package org.tadworkbench.publish.docx;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.DocumentReference;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.GlossaryTerm;
import org.tadworkbench.document.ReviewAnchors;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.AssembledSection;

/**
 * Publishes an assembled document as a Word file (Office Open XML), written with Apache POI.
 *
 * <p>The layout: a title page; the document control (version history, approval); a table of contents (a TOC
 * field Word refreshes on opening); then the sections, each under a real "Heading n" style (n = depth, at most 6)
 * with a bookmark named after its anchor, so that the navigation pane, the TOC and the {@code section:}
 * cross-references work. Figures are embedded as PNG (drawn from the SVG with Batik) with the SVG attached for
 * Word 2016 and later. Every page carries the classification marking in header and footer, and "Page n of m".
 *
 * <p>The output is reproducible: the same document gives the same bytes. Dates come from the document, never the
 * clock, no random ids are written, and the zip is rewritten in a fixed order with fixed timestamps.
 */
public final class DocxRenderer {

    /** What the reviewer copy's title page asks of its reader. */
    static final String REVIEW_NOTE = "Reviewer copy: comment with Word comments and Track Changes; return this file.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The published Word file. */
    public byte[] render(AssembledDocument document) {
        return render(document, false);
    }

    /**
     * The reviewer copy: the published Word file plus what places a marked-up copy that comes back
     * ({@link ReviewAnchors}): a bookmark at the start of every numbered paragraph of every section, and the workspace
     * and version as custom document properties. The title page tells the reviewer how to comment and to return it.
     */
    public byte[] renderReviewCopy(AssembledDocument document) {
        return render(document, true);
    }

    private byte[] render(AssembledDocument document, boolean reviewCopy) {
        DocxBuilder out = new DocxBuilder(document);
        out.pageSetup(document.fullTitle(), document.classificationMarking());
        titlePage(out, document, reviewCopy);
        documentControl(out, document);
        contents(out, document);
        sections(out, document, reviewCopy);
        if (reviewCopy) {
            out.customProperty(ReviewAnchors.WORKSPACE_PROPERTY, document.manifest().id());
            out.customProperty(ReviewAnchors.VERSION_PROPERTY, document.version().version());
        }
        byte[] written = out.finish();
        return ReproducibleZip.normalise(written, LocalDateTime.of(document.date(), LocalTime.MIDNIGHT));
    }

    private static void titlePage(DocxBuilder out, AssembledDocument document, boolean reviewCopy) {
        out.paragraph("Title", document.manifest().title());
        out.paragraph("Subtitle", subtitle(document));
        if (reviewCopy) {
            out.paragraph("Subheading", REVIEW_NOTE);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Version", document.version().version()});
        rows.add(new String[] {"Status", label(document.version().status())});
        rows.add(new String[] {"Date", DATE.format(document.date())});
        rows.add(new String[] {"Owner", document.manifest().owner()});
        rows.add(new String[] {"Classification", document.manifest().classification()});
        if (document.version().release() != null) {
            rows.add(new String[] {"Release", document.version().release()});
        }
        out.table(null, new int[] {2400, 6626}, rows);
        XWPFParagraph marking = out.paragraph("Subheading");
        marking.setSpacingBefore(480);
        marking.createRun().setText(document.classificationMarking());
    }

    private static String subtitle(AssembledDocument document) {
        String variant = switch (document.variant()) {
            case SMETS1 -> " \u2013 SMETS1 edition";
            case SMETS2PLUS -> " \u2013 SMETS2+ edition";
            case BOTH -> "";
        };
        return "Version " + document.version().version() + " (" + label(document.version().status()) + ")" + variant;
    }

    private static void documentControl(DocxBuilder out, AssembledDocument document) {
        out.paragraph("TOCHeading", "Document Control").setPageBreak(true);
        out.paragraph("Subheading", "Version History");
        List<String[]> history = new ArrayList<>();
        for (DocumentVersion v : document.history()) {
            history.add(new String[] {v.version(), label(v.status()), v.date() == null ? "" : DATE.format(v.date()),
                    v.summary() == null ? "" : v.summary()});
        }
        out.table(new String[] {"Version", "Status", "Date", "Summary"}, new int[] {1000, 1300, 1700, 5026}, history);
        out.paragraph("Subheading", "Approval");
        out.table(new String[] {"Role", "Body"}, new int[] {2400, 6626},
                List.<String[]>of(new String[] {"Approver", document.manifest().owner()}));
        out.paragraph("Subheading", "Publication");
        out.paragraph(null, "This is " + document.fullTitle() + ", published from the document's working copy ("
                + document.manifest().id() + ")." + (document.modelVersion() == null ? ""
                : " Its figures are drawn from architecture model version " + document.modelVersion() + "."));
        out.paragraph(null, document.classificationMarking() + ".");
    }

    private static void contents(DocxBuilder out, AssembledDocument document) {
        out.paragraph("TOCHeading", "Contents").setPageBreak(true);
        out.tableOfContents(document.sections());
    }

    private static void sections(DocxBuilder out, AssembledDocument document, boolean reviewCopy) {
        MarkdownBlocks markdown = new MarkdownBlocks(out);
        for (AssembledSection section : document.sections()) {
            XWPFParagraph heading = out.heading(section.depth(), section.number() + " " + section.title(), section.number());
            if (section.depth() <= 1) {
                heading.setPageBreak(true);
            }
            if (section.variation()) {
                out.paragraph("VariationNote", section.applicability() == Applicability.SMETS1
                        ? "Applies to SMETS1 only" : "Applies to SMETS2+ only");
            }
            if (reviewCopy) {
                markdown.writeAnchored(section.number(), section.markdown());
            } else {
                markdown.write(section.markdown());
            }
            if (section.number().equals("1.4") && !document.references().isEmpty()) {
                references(out, document.references());
            }
            if (section.number().equals("6") && !document.glossary().isEmpty()) {
                glossary(out, document.glossary());
            }
        }
    }

    private static void references(DocxBuilder out, List<DocumentReference> references) {
        List<String[]> rows = new ArrayList<>();
        for (DocumentReference r : references) {
            rows.add(new String[] {r.id(), r.title(), r.publisher() == null ? "" : r.publisher()});
        }
        out.table(new String[] {"Reference", "Title", "Publisher"}, new int[] {1600, 5426, 2000}, rows);
    }

    private static void glossary(DocxBuilder out, List<GlossaryTerm> glossary) {
        List<String[]> rows = new ArrayList<>();
        for (GlossaryTerm t : glossary) {
            rows.add(new String[] {t.term(), t.definition()});
        }
        out.table(new String[] {"Term", "Definition"}, new int[] {2200, 6826}, rows);
    }

    private static String label(Enum<?> status) {
        if (status == null) {
            return "";
        }
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
