package org.tadworkbench.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Word documents written by POI for the Word reader's tests, with the style sheet and numbering of a typical
 * specification: Heading 1-3 numbered through numbering linked to the heading styles (the heading text holds no
 * number), appendix headings, bullet and lettered lists, a code style, a title and contents styles.
 */
public final class WordFixtures {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    public static final String STYLES = "<w:styles " + W + ">"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + heading(1, "Normal", "<w:numId w:val=\"1\"/>")
            + heading(2, "Heading1", "<w:ilvl w:val=\"1\"/>")
            + heading(3, "Heading2", "<w:ilvl w:val=\"2\"/>")
            + "<w:style w:type=\"paragraph\" w:styleId=\"AppendixHeading1\"><w:name w:val=\"Appendix Heading 1\"/>"
            + "<w:basedOn w:val=\"Heading1\"/><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"AppendixHeading2\"><w:name w:val=\"Appendix Heading 2\"/>"
            + "<w:basedOn w:val=\"Heading2\"/><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/><w:basedOn w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Code\"><w:name w:val=\"Code\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>"
            + "</w:styles>";

    private static String heading(int n, String basedOn, String numPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + n + "\"><w:name w:val=\"heading " + n + "\"/>"
                + "<w:basedOn w:val=\"" + basedOn + "\"/><w:pPr><w:numPr>" + numPr + "</w:numPr>"
                + "<w:outlineLvl w:val=\"" + (n - 1) + "\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>";
    }

    private static String level(int ilvl, String format, String text, int start, String pStyle) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + format + "\"/>"
                + (pStyle == null ? "" : "<w:pStyle w:val=\"" + pStyle + "\"/>")
                + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    /**
     * num 1: headings "%1", "%1.%2", "%1.%2.%3." linked to Heading 1-3; num 2: "Appendix %1." and "%1.%2";
     * num 3: bullets; num 4, 5, 6: one lettered list "%1)", "(%2)", "%3.", "%4." (5 restarts it with a
     * startOverride, 6 continues it); num 7: decimal "%1." starting at 5.
     */
    public static final String NUMBERING = "<w:numbering " + W + ">"
            + "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1", 1, "Heading1")
            + level(1, "decimal", "%1.%2", 1, "Heading2") + level(2, "decimal", "%1.%2.%3.", 1, "Heading3") + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "upperLetter", "Appendix %1.", 1, "AppendixHeading1")
            + level(1, "decimal", "%1.%2", 1, "AppendixHeading2") + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "bullet", "\u2022", 1, null)
            + level(1, "bullet", "o", 1, null) + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"3\">" + level(0, "lowerLetter", "%1)", 1, null)
            + level(1, "lowerRoman", "(%2)", 1, null) + level(2, "upperRoman", "%3.", 1, null)
            + level(3, "upperLetter", "%4.", 1, null) + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"4\">" + level(0, "decimal", "%1.", 5, null) + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"3\"/></w:num>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"3\"/></w:num>"
            + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"4\"/></w:num>"
            + "</w:numbering>";

    private WordFixtures() {
    }

    /** A new document with the specification style sheet and numbering. */
    public static XWPFDocument specification() {
        try {
            XWPFDocument doc = new XWPFDocument();
            doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(NUMBERING).getNumbering());
            return doc;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (text != null) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** A paragraph numbered directly (w:numPr on the paragraph) with list {@code numId} at level {@code ilvl}. */
    public static XWPFParagraph listItem(XWPFDocument doc, int numId, int ilvl, String text) {
        XWPFParagraph p = paragraph(doc, null, text);
        p.setNumID(BigInteger.valueOf(numId));
        p.setNumILvl(BigInteger.valueOf(ilvl));
        return p;
    }

    /** A complex field: begin, instruction, separate, the result Word shows, end. */
    public static void field(XWPFParagraph p, String instruction, String result) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(instruction);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(result);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** Text deleted with Track Changes on. */
    public static void deleted(XWPFParagraph p, String text) {
        var del = p.getCTP().addNewDel();
        del.setId(BigInteger.valueOf(900 + p.getCTP().sizeOfDelArray()));
        del.setAuthor("Reviewer");
        CTR r = del.addNewR();
        r.addNewDelText().setStringValue(text);
    }

    /** Text inserted with Track Changes on. */
    public static void inserted(XWPFParagraph p, String text) {
        var ins = p.getCTP().addNewIns();
        ins.setId(BigInteger.valueOf(800 + p.getCTP().sizeOfInsArray()));
        ins.setAuthor("Reviewer");
        CTR r = ins.addNewR();
        r.addNewT().setStringValue(text);
    }

    public static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        return r;
    }

    public static Path save(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    public static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }

    /** A copy of a package with one part's text changed (or added when absent), other parts as they were. */
    public static byte[] withPart(byte[] docx, String part, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean seen = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    seen = true;
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            if (!seen) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(change.apply("").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The namespaces a comments part and its extension (replies, resolved state) are written with. */
    public static final String COMMENT_NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
            + "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"";

    /** Where comment {@code id}'s range starts. */
    public static void commentStart(XWPFParagraph p, int id) {
        p.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(id));
    }

    /** Where comment {@code id}'s range ends, with its reference mark, as Word writes it. */
    public static void commentEnd(XWPFParagraph p, int id) {
        p.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(id));
        p.getCTP().addNewR().addNewCommentReference().setId(BigInteger.valueOf(id));
    }

    /** A w:comment of comments.xml; its last paragraph carries {@code paraId}, by which replies name it. */
    public static String comment(int id, String author, String paraId, String... paragraphs) {
        StringBuilder out = new StringBuilder("<w:comment w:id=\"" + id + "\" w:author=\"" + author
                + "\" w:initials=\"RV\" w:date=\"2026-11-30T09:00:00Z\">");
        for (int i = 0; i < paragraphs.length; i++) {
            String para = i == paragraphs.length - 1 ? " w14:paraId=\"" + paraId + "\"" : "";
            out.append("<w:p").append(para).append("><w:r><w:t xml:space=\"preserve\">").append(paragraphs[i])
                    .append("</w:t></w:r></w:p>");
        }
        return out.append("</w:comment>").toString();
    }

    /**
     * A package with comments: {@code comments} (w:comment elements) in word/comments.xml and, when
     * {@code extended} (w15:commentEx elements: replies and resolved state) is not null, word/commentsExtended.xml.
     */
    public static byte[] withComments(byte[] docx, String comments, String extended) throws IOException {
        docx = withPart(docx, "word/comments.xml", old -> "<w:comments " + COMMENT_NAMESPACES + ">" + comments + "</w:comments>");
        String rels = "<Relationship Id=\"rIdC1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>";
        if (extended != null) {
            docx = withPart(docx, "word/commentsExtended.xml", old -> "<w15:commentsEx " + COMMENT_NAMESPACES + ">" + extended + "</w15:commentsEx>");
            rels += "<Relationship Id=\"rIdC2\" Type=\"http://schemas.microsoft.com/office/2011/relationships/commentsExtended\" Target=\"commentsExtended.xml\"/>";
        }
        String added = rels;
        return withPart(docx, "word/_rels/document.xml.rels", old -> old.replace("</Relationships>", added + "</Relationships>"));
    }
}
