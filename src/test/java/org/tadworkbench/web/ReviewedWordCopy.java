package org.tadworkbench.web;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.tadworkbench.document.ReviewAnchors;
import org.tadworkbench.word.WordFixtures;

/**
 * A reviewer's marked-up Word copy of section 4.2.1.7 of the reference workspace, written with POI: the section's
 * heading and two paragraphs, each with the reviewer copy's bookmark, a comment on "hand held terminal" in paragraph
 * 1 (marked done) with a reply threaded through commentsExtended.xml, and one tracked insertion in the paragraph asked.
 */
final class ReviewedWordCopy {

    static final String SECTION = "4.2.1.7";
    static final String PARAGRAPH_1 = "Describes the hand held terminal that installers and maintainers use to send local "
            + "commands to devices over the home area network, and to pass the devices' responses back to DCC.";
    static final String PARAGRAPH_2 = "This section applies to SMETS2+ only. The HHT route is not supported for SMETS1 "
            + "because DCC does not offer SRV 8.13 Return Local Command Response for SMETS1 devices.";

    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
            + "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"";

    private ReviewedWordCopy() {
    }

    /**
     * The copy with {@code comment} as the reviewer's comment and {@code inserted} (with its leading space) inserted
     * with Track Changes at the end of paragraph {@code changed} (1 or 2).
     */
    static byte[] docx(String comment, String inserted, int changed) throws Exception {
        return docx(comment, inserted, changed, null);
    }

    /** The same, naming itself (as the reviewer copy does) the copy of version {@code copyOf} of sec-tad when given. */
    static byte[] docx(String comment, String inserted, int changed, String copyOf) throws Exception {
        XWPFDocument doc = new XWPFDocument();
        if (copyOf != null) {
            doc.getProperties().getCustomProperties().addProperty(ReviewAnchors.WORKSPACE_PROPERTY, "sec-tad");
            doc.getProperties().getCustomProperties().addProperty(ReviewAnchors.VERSION_PROPERTY, copyOf);
        }
        XWPFParagraph heading = doc.createParagraph();
        heading.getCTP().addNewBookmarkStart().setName(ReviewAnchors.section(SECTION));
        WordFixtures.run(heading, SECTION + " Hand Held Terminal (HHT)");

        XWPFParagraph first = doc.createParagraph();
        first.getCTP().addNewBookmarkStart().setName(ReviewAnchors.paragraph(SECTION, 1));
        WordFixtures.run(first, "Describes the ");
        first.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
        WordFixtures.run(first, "hand held terminal");
        first.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
        first.getCTP().addNewR().addNewCommentReference().setId(BigInteger.ONE);
        first.getCTP().addNewR().addNewCommentReference().setId(BigInteger.TWO);
        WordFixtures.run(first, PARAGRAPH_1.substring("Describes the hand held terminal".length()));
        if (changed == 1) {
            WordFixtures.inserted(first, inserted);
        }

        XWPFParagraph second = doc.createParagraph();
        second.getCTP().addNewBookmarkStart().setName(ReviewAnchors.paragraph(SECTION, 2));
        WordFixtures.run(second, PARAGRAPH_2);
        if (changed == 2) {
            WordFixtures.inserted(second, inserted);
        }

        byte[] bytes = WordFixtures.bytes(doc);
        bytes = WordFixtures.withPart(bytes, "word/comments.xml", old -> "<w:comments " + NS + ">"
                + comment(1, "Ann Reviewer", "2026-11-30T09:00:00Z", "0000AA01", comment)
                + comment(2, "Cat Author", "2026-11-30T10:30:00Z", "0000AA02", "Agreed, <b>both</b> variants.")
                + "</w:comments>");
        bytes = WordFixtures.withPart(bytes, "word/commentsExtended.xml", old -> "<w15:commentsEx " + NS + ">"
                + "<w15:commentEx w15:paraId=\"0000AA01\" w15:done=\"1\"/>"
                + "<w15:commentEx w15:paraId=\"0000AA02\" w15:paraIdParent=\"0000AA01\" w15:done=\"0\"/>"
                + "</w15:commentsEx>");
        return WordFixtures.withPart(bytes, "word/_rels/document.xml.rels", old -> old.replace("</Relationships>",
                "<Relationship Id=\"rIdC1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                        + "<Relationship Id=\"rIdC2\" Type=\"http://schemas.microsoft.com/office/2011/relationships/commentsExtended\" Target=\"commentsExtended.xml\"/>"
                        + "</Relationships>"));
    }

    private static String comment(int id, String author, String date, String paraId, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<w:comment w:id=\"" + id + "\" w:author=\"" + author + "\" w:initials=\"RV\" w:date=\"" + date + "\">"
                + "<w:p w14:paraId=\"" + paraId + "\"><w:r><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r></w:p>"
                + "</w:comment>";
    }
}
