package org.tadworkbench.consultation;

import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tadworkbench.account.PartyCategory;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.impactsheet.ImpactSheetException;
import org.tadworkbench.impactsheet.SheetProblem;
import org.tadworkbench.impactsheet.Spreadsheet;
import org.tadworkbench.publish.Publisher;
import org.tadworkbench.publish.XmlText;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.CommentTargets;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.ConsultationStatus;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.ReviewException;

/**
 * A consultation's documents. The comments log and the response form are XLSX ({@link Spreadsheet}); the response
 * document is XHTML printed by {@link Publisher#printPdf}, dated on the consultation's closing day so the same
 * comments give the same file.
 */
public final class ConsultationPack {

    /** Largest response form accepted: a form of a few hundred comments is far smaller. */
    public static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

    static final String TARGET = "Target";
    static final String REFERENCE = "Reference";
    static final String ORGANISATION = "Organisation";
    static final String CATEGORY = "Party category";
    static final String COMMENT = "Comment";
    static final String PROPOSED = "Proposed change";

    private static final List<Spreadsheet.Column> FORM = List.of(
            new Spreadsheet.Column(TARGET, 12, false), new Spreadsheet.Column(REFERENCE, 16, false),
            new Spreadsheet.Column(ORGANISATION, 24, false), new Spreadsheet.Column(CATEGORY, 24, false),
            new Spreadsheet.Column(COMMENT, 60, true), new Spreadsheet.Column(PROPOSED, 50, true));

    private static final List<Spreadsheet.Column> LOG = List.of(
            new Spreadsheet.Column("Id", 6, false), new Spreadsheet.Column("Date", 12, false),
            new Spreadsheet.Column(ORGANISATION, 24, false), new Spreadsheet.Column(CATEGORY, 20, false),
            new Spreadsheet.Column(TARGET, 20, false), new Spreadsheet.Column(COMMENT, 60, true),
            new Spreadsheet.Column(PROPOSED, 45, true), new Spreadsheet.Column("Disposition", 16, false),
            new Spreadsheet.Column("Response", 50, true), new Spreadsheet.Column("Reason", 40, true),
            new Spreadsheet.Column("Linked section", 14, false));

    private ConsultationPack() {
    }

    /** "Section 4.2", "Paragraph 3 of section 4.2", "Figure application-model", "Whole document". */
    public static String targetLabel(Comment comment) {
        return switch (comment.target()) {
            case DOCUMENT -> "Whole document";
            case SECTION -> "Section " + comment.targetRef();
            case PARAGRAPH -> {
                int hash = comment.targetRef().indexOf('#');
                yield hash < 0 ? "Paragraph in section " + comment.targetRef()
                        : "Paragraph " + comment.targetRef().substring(hash + 1) + " of section " + comment.targetRef().substring(0, hash);
            }
            case FIGURE -> "Figure " + comment.targetRef();
        };
    }

    /** "Accepted in part" for ACCEPTED_IN_PART. */
    public static String outcomeLabel(Disposition.Outcome outcome) {
        String words = outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The comments log: one row per comment with the disposition in force. */
    public static byte[] commentsLog(Consultation consultation, List<Comment> comments, Governance governance) {
        List<List<String>> rows = new ArrayList<>();
        for (Comment c : comments) {
            Optional<Disposition> d = governance.disposition(c.id());
            List<String> row = new ArrayList<>(List.of(String.valueOf(c.id()),
                    c.createdAt() == null ? "" : c.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                    nn(c.organisation()), nn(c.partyCategory()), targetLabel(c), c.text(), nn(c.proposedChange())));
            row.add(d.map(x -> outcomeLabel(x.outcome())).orElse("Not yet disposed"));
            row.add(d.map(Disposition::response).orElse(""));
            row.add(d.map(Disposition::reason).map(ConsultationPack::nn).orElse(""));
            row.add(d.filter(x -> x.sectionNumber() != null).map(x -> x.sectionNumber()
                    + (x.sectionRevision() == null ? "" : " (revision " + x.sectionRevision() + ")")).orElse(""));
            rows.add(row);
        }
        return Spreadsheet.write("Comments log of consultation " + consultation.id(), "Comments", LOG, rows);
    }

    /** The blank response form: the header and one example row. */
    public static byte[] responseForm(Consultation consultation) {
        return Spreadsheet.write("Response form of consultation " + consultation.id() + " on version " + consultation.version(),
                "Response form", FORM, List.of(List.of("section", "4.2", "Example Energy Ltd", "large-supplier",
                        "Replace this example row with your first comment.", "The text you propose.")));
    }

    /**
     * Reads a filled response form: every row is checked first; the comments come back only when every row is valid,
     * otherwise the problems (row and column) and no comment. Each comment is on {@code version}, by {@code author};
     * what each row is on must exist in that version's text ({@code targets}, as the comment form checks it).
     */
    public static FormImport readResponseForm(InputStream in, String version, String author, CommentTargets targets)
            throws ImpactSheetException {
        Spreadsheet.Table table = Spreadsheet.read(in, FORM.stream().map(Spreadsheet.Column::header).toList(),
                List.of(TARGET, ORGANISATION, CATEGORY, COMMENT), MAX_FORM_BYTES);
        List<SheetProblem> problems = new ArrayList<>(table.problems());
        List<Comment> comments = new ArrayList<>();
        if (problems.isEmpty() && table.rows().isEmpty()) {
            problems.add(new SheetProblem(0, null, "the form has no comment rows under its header"));
        }
        for (Spreadsheet.Row row : table.rows()) {
            int before = problems.size();
            CommentTarget target = null;
            String targetText = row.text(TARGET);
            try {
                target = CommentTarget.valueOf(nn(targetText).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new SheetProblem(row.number(), TARGET, targetText == null ? "the target is missing: document, section, paragraph or figure"
                        : "'" + targetText + "' is not a target: use document, section, paragraph or figure"));
            }
            String reference = row.text(REFERENCE);
            if (target != null) {
                targets.problem(target, reference).ifPresent(why -> problems.add(new SheetProblem(row.number(), REFERENCE, why)));
            }
            if (row.text(ORGANISATION) == null) {
                problems.add(new SheetProblem(row.number(), ORGANISATION, "the organisation is missing"));
            }
            String category = null;
            try {
                category = PartyCategory.parse(row.text(CATEGORY)).code();
            } catch (IllegalArgumentException e) {
                problems.add(new SheetProblem(row.number(), CATEGORY, e.getMessage()));
            }
            if (row.text(COMMENT) == null) {
                problems.add(new SheetProblem(row.number(), COMMENT, "the comment is missing"));
            } else if (row.text(COMMENT).length() > Comments.MAX_TEXT) {
                problems.add(new SheetProblem(row.number(), COMMENT, "the comment is longer than " + Comments.MAX_TEXT + " characters"));
            }
            if (problems.size() == before) {
                try {
                    comments.add(new Comment(0, version, target, target == CommentTarget.DOCUMENT ? null : reference, author,
                            row.text(ORGANISATION), category, row.text(COMMENT), row.text(PROPOSED), null, null));
                } catch (ReviewException e) {
                    problems.add(new SheetProblem(row.number(), null, e.getMessage()));
                }
            }
        }
        return problems.isEmpty() ? new FormImport(comments, List.of()) : new FormImport(List.of(), problems);
    }

    /**
     * The "Response to consultation" document as PDF, as it stands for its reader: {@code status} says whether the
     * consultation is still open (then the document says so, never "Closed") and how many comments exist beyond the
     * {@code comments} this reader may see.
     */
    public static byte[] responsePdf(String documentTitle, ConsultationStatus status, List<Comment> comments,
                                     Governance governance) {
        Consultation consultation = status.consultation();
        String title = "Response to consultation " + consultation.id() + " on " + documentTitle + " v" + consultation.version();
        return Publisher.printPdf(responseXhtml(documentTitle, status, comments, governance), title, "SECAS",
                "Response to consultation", consultation.closes());
    }

    static String responseXhtml(String documentTitle, ConsultationStatus status, List<Comment> comments, Governance governance) {
        Consultation consultation = status.consultation();
        StringBuilder x = new StringBuilder(16 * 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>Response to consultation</title>\n<style>\n")
                .append("@page { size: A4; margin: 20mm; @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); font-size: 9pt; } }\n")
                .append("body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }\n")
                .append(".title-page { page-break-after: always; padding-top: 60mm; }\n")
                .append(".title-page h1 { font-size: 24pt; }\n")
                .append(".comment { border-top: 1px solid #999; padding-top: 4pt; margin-bottom: 10pt; page-break-inside: avoid; }\n")
                .append(".text { white-space: pre-wrap; }\n")
                .append("dt { font-weight: bold; }\n</style>\n</head>\n<body>\n");
        x.append("<div class=\"title-page\"><h1>Response to consultation</h1>\n<p>").append(esc(documentTitle))
                .append(", version ").append(esc(consultation.version())).append("</p>\n<p>Consultation ")
                .append(consultation.id()).append(": ").append(esc(status.summary())).append("</p>\n");
        if (status.isOpen()) {
            x.append("<p>The consultation has not closed: the comments and responses below are those so far.</p>\n");
        }
        x.append("<p>Prepared by SECAS</p></div>\n");
        x.append("<h2>The consultation</h2>\n<dl>\n<dt>Consulted</dt><dd>").append(esc(String.join(", ", consultation.audience())))
                .append("</dd>\n");
        status.facts().forEach(f -> x.append("<dt>").append(esc(f.term())).append("</dt><dd>").append(esc(f.value())).append("</dd>\n"));
        x.append("</dl>\n");
        if (!consultation.questions().isEmpty()) {
            x.append("<h3>Questions</h3>\n<ol>\n");
            consultation.questions().forEach(q -> x.append("<li>").append(esc(q)).append("</li>\n"));
            x.append("</ol>\n");
        }
        x.append("<h2>Comments and responses</h2>\n");
        if (comments.isEmpty()) {
            x.append("<p>").append(esc(status.comments())).append("</p>\n");
        }
        for (Map.Entry<String, List<Comment>> group : bySection(comments).entrySet()) {
            x.append("<h3>").append(esc(group.getKey())).append("</h3>\n");
            for (Comment c : group.getValue()) {
                Optional<Disposition> d = governance.disposition(c.id());
                x.append("<div class=\"comment\">\n<p><b>Comment ").append(c.id()).append("</b> on ").append(esc(targetLabel(c)))
                        .append(" from ").append(esc(c.organisation() == null ? c.author() : c.organisation()))
                        .append(c.partyCategory() == null ? "" : " (" + esc(category(c.partyCategory())) + ")").append("</p>\n")
                        .append("<p class=\"text\">").append(esc(c.text())).append("</p>\n");
                if (c.proposedChange() != null && !c.proposedChange().isBlank()) {
                    x.append("<p><b>Proposed change:</b></p><p class=\"text\">").append(esc(c.proposedChange())).append("</p>\n");
                }
                if (d.isPresent()) {
                    Disposition disposition = d.get();
                    x.append("<p><b>Disposition: ").append(esc(outcomeLabel(disposition.outcome()))).append("</b></p>\n")
                            .append("<p class=\"text\">").append(esc(disposition.response())).append("</p>\n");
                    if (disposition.reason() != null) {
                        x.append("<p><b>Reason:</b> ").append(esc(disposition.reason())).append("</p>\n");
                    }
                    if (disposition.sectionNumber() != null) {
                        x.append("<p><b>Answered by section</b> ").append(esc(disposition.sectionNumber()))
                                .append(disposition.sectionRevision() == null ? "" : " (revision " + disposition.sectionRevision() + ")")
                                .append("</p>\n");
                    }
                } else {
                    x.append("<p><b>Disposition:</b> not yet disposed</p>\n");
                }
                x.append("</div>\n");
            }
        }
        return x.append("</body>\n</html>\n").toString();
    }

    /** Whole document first, then sections in outline order, then figures. */
    private static Map<String, List<Comment>> bySection(List<Comment> comments) {
        Map<String, List<Comment>> document = new LinkedHashMap<>();
        TreeMap<String, List<Comment>> sections = new TreeMap<>(Comparator.comparing(ConsultationPack::sortKey));
        Map<String, List<Comment>> figures = new TreeMap<>();
        for (Comment c : comments) {
            switch (c.target()) {
                case DOCUMENT -> document.computeIfAbsent("Whole document", k -> new ArrayList<>()).add(c);
                case FIGURE -> figures.computeIfAbsent("Figure " + c.targetRef(), k -> new ArrayList<>()).add(c);
                default -> sections.computeIfAbsent(sectionOf(c), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, List<Comment>> all = new LinkedHashMap<>(document);
        sections.forEach((number, list) -> all.put("Section " + number, list));
        all.putAll(figures);
        return all;
    }

    /** The section a section or paragraph comment is on. */
    public static String sectionOf(Comment c) {
        String ref = c.targetRef();
        return ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
    }

    private static String sortKey(String number) {
        if (!SectionNumber.isWellFormed(number)) {
            return "~" + number;
        }
        StringBuilder key = new StringBuilder();
        for (int part : SectionNumber.parse(number).parts()) {
            key.append(String.format("%05d.", part));
        }
        return key.toString();
    }

    private static String category(String code) {
        try {
            return PartyCategory.parse(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String esc(String text) {
        return XmlText.escape(text);
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }

}
