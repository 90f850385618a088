package org.tadworkbench.redline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCalendar;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.tadworkbench.redline.internal.ReproducibleZip;

/**
 * A redline as a Word document with real tracked changes: the body is the new version's text, insertions are
 * {@code w:ins} runs and deletions {@code w:del} runs with {@code w:delText}, all by author {@value #AUTHOR} dated
 * the to-version's date, so that a reviewer accepts or rejects each one in Word or LibreOffice. Each section is a
 * heading (styles Heading1..Heading6 are defined here) followed by its paragraphs; a paragraph boundary only one
 * version has is a tracked paragraph mark. A removed section is a run of wholly deleted paragraphs, an added one
 * wholly inserted. A table is a Word table: a row only one version has is a tracked row insertion or deletion, and
 * the changes within a cell are tracked runs. Tracking stays on (w:trackRevisions) so further edits are tracked too.
 * <p>The bytes are reproducible: revision ids are sequential, there are no rsids, the package's dates are the
 * to-version's date and zip entry times are fixed.
 */
public final class DocxRedline {

    public static final String AUTHOR = "TAD Workbench";
    private static final int[] HEADING_HALF_POINTS = {0, 32, 28, 26, 24, 22, 22};

    private DocxRedline() {
    }

    public static byte[] write(Redline redline) {
        LocalDate day = redline.toDate() == null ? LocalDate.of(2000, 1, 1) : redline.toDate();
        try (XWPFDocument doc = new XWPFDocument()) {
            defineStyles(doc);
            Date date = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setCreator(AUTHOR);
            core.setTitle(redline.documentTitle() + " " + redline.fromVersion() + " to " + redline.toVersion() + " (redline)");
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            doc.setTrackRevisions(true);
            Writer w = new Writer(doc, day);
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(redline.documentTitle() + ": version " + redline.toVersion() + " compared with version " + redline.fromVersion());
            XWPFParagraph intro = doc.createParagraph();
            intro.createRun().setText("Changes are tracked revisions by " + AUTHOR + " (" + redline.summary().describe() + ").");
            for (SectionChange c : redline.sections()) {
                RunKind whole = c.kind() == ChangeKind.ADDED ? RunKind.INSERTED
                        : c.kind() == ChangeKind.REMOVED ? RunKind.DELETED : RunKind.EQUAL;
                w.paragraphs(c.heading(), "Heading" + Math.min(6, c.depth()), whole);
                w.body(c.body(), whole);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return ReproducibleZip.normalise(out.toByteArray(), LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes paragraphs with tracked runs and marks, numbering the revisions in document order. */
    private static final class Writer {
        private final XWPFDocument doc;
        private final Calendar date;
        private int nextId = 1;

        Writer(XWPFDocument doc, LocalDate day) {
            this.doc = doc;
            // An XmlCalendar keeps exactly the fields it was parsed from: written as 2019-03-12T00:00:00Z every time.
            this.date = new XmlCalendar(day + "T00:00:00Z");
        }

        /** A section's body: paragraphs, and tables whose rows and cells carry their tracked changes. */
        void body(List<TextRun> body, RunKind whole) {
            for (BodyBlocks.Block block : BodyBlocks.of(body).blocks()) {
                if (block instanceof BodyBlocks.Text text) {
                    paragraphs(text.runs(), null, whole);
                } else if (block instanceof BodyBlocks.Table table) {
                    if (table.caption() != null) {
                        paragraphs(table.caption(), "Caption", whole);
                    }
                    table(table);
                }
            }
        }

        /**
         * A Word table with the heading row repeated on each page; a row only one version has is a tracked row
         * insertion or deletion (so that accepting or rejecting it in Word adds or removes the whole row).
         */
        private void table(BodyBlocks.Table table) {
            int columns = Math.max(1, table.columns());
            XWPFTable t = doc.createTable(table.rows().size(), columns);
            for (int r = 0; r < table.rows().size(); r++) {
                BodyBlocks.Row row = table.rows().get(r);
                XWPFTableRow tr = t.getRow(r);
                if (r == 0) {
                    tr.setRepeatHeader(true);
                }
                if (row.kind() != RunKind.EQUAL) {
                    CTTrPr trPr = tr.getCtRow().isSetTrPr() ? tr.getCtRow().getTrPr() : tr.getCtRow().addNewTrPr();
                    stamp(row.kind() == RunKind.INSERTED ? trPr.addNewIns() : trPr.addNewDel());
                }
                for (int c = 0; c < columns; c++) {
                    XWPFParagraph p = tr.getCell(c).getParagraphs().get(0);
                    if (r == 0) {
                        p.setStyle("TableHeading");
                    }
                    if (c < row.cells().size()) {
                        for (TextRun run : row.cells().get(c)) {
                            run(p.getCTP(), run.kind(), run.text());
                        }
                    }
                }
            }
        }

        /** The runs as paragraphs split at paragraph breaks; the last paragraph's mark is of kind {@code last}. */
        void paragraphs(List<TextRun> runs, String style, RunKind last) {
            XWPFParagraph p = paragraph(style);
            for (TextRun run : runs) {
                String[] parts = run.text().split(TextRun.PARAGRAPH_BREAK, -1);
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) {
                        mark(p, run.kind());
                        p = paragraph(style);
                    }
                    if (!parts[k].isEmpty()) {
                        run(p.getCTP(), run.kind(), parts[k]);
                    }
                }
            }
            mark(p, last);
        }

        private XWPFParagraph paragraph(String style) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            return p;
        }

        private void run(CTP p, RunKind kind, String text) {
            switch (kind) {
                case EQUAL -> text(p.addNewR().addNewT(), text);
                case INSERTED -> {
                    CTRunTrackChange ins = p.addNewIns();
                    stamp(ins);
                    text(ins.addNewR().addNewT(), text);
                }
                case DELETED -> {
                    CTRunTrackChange del = p.addNewDel();
                    stamp(del);
                    text(del.addNewR().addNewDelText(), text);
                }
            }
        }

        /** Tracks the paragraph mark as inserted or deleted. */
        private void mark(XWPFParagraph p, RunKind kind) {
            if (kind == RunKind.EQUAL) {
                return;
            }
            CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTParaRPr rPr = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
            stamp(kind == RunKind.INSERTED ? rPr.addNewIns() : rPr.addNewDel());
        }

        private void stamp(CTTrackChange change) {
            change.setId(BigInteger.valueOf(nextId++));
            change.setAuthor(AUTHOR);
            change.setDate(date);
        }

        private static void text(CTText t, String text) {
            t.setStringValue(text);
            if (!text.equals(text.strip())) {
                t.setSpace(SpaceAttribute.Space.PRESERVE);
            }
        }
    }

    private static void defineStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyle title = style("Title", "Title");
        title.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(240));
        CTRPr titleRun = title.addNewRPr();
        titleRun.addNewB();
        titleRun.addNewSz().setVal(BigInteger.valueOf(36));
        styles.addStyle(new XWPFStyle(title));
        for (int level = 1; level <= 6; level++) {
            CTStyle heading = style("Heading" + level, "heading " + level);
            CTPPrGeneral pPr = heading.addNewPPr();
            pPr.addNewKeepNext();
            pPr.addNewSpacing().setBefore(BigInteger.valueOf(level <= 2 ? 360 : 240));
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr rPr = heading.addNewRPr();
            rPr.addNewB();
            rPr.addNewSz().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level]));
            styles.addStyle(new XWPFStyle(heading));
        }
        CTStyle caption = style("Caption", "caption");
        caption.addNewPPr().addNewKeepNext();
        caption.addNewRPr().addNewB();
        styles.addStyle(new XWPFStyle(caption));
        CTStyle tableHeading = style("TableHeading", "Table Heading");
        tableHeading.addNewRPr().addNewB();
        styles.addStyle(new XWPFStyle(tableHeading));
    }

    private static CTStyle style(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        return style;
    }
}
