package org.tadworkbench.publish.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.tadworkbench.document.ReviewAnchors;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.AssembledSection;
import org.tadworkbench.publish.Figure;
import org.tadworkbench.document.Picture;
import org.tadworkbench.publish.html.Html;

/**
 * The state of one DOCX render: the POI document with the styles of {@code publish/docx/styles.xml}, and the ids
 * handed out while writing (bookmarks, numbered lists, figures), all counted from zero so that a render never
 * depends on anything but its input.
 */
final class DocxBuilder {

    static final int BULLET_NUM_ID = 1;

    /** A4 with 2.54 cm margins; the text is 9026 twips wide. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN = 1440;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private static final String SVG_BLIP_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    private static final String SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private static final String RELATIONSHIP_NAMESPACE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XWPFDocument doc = new XWPFDocument();
    private final AssembledDocument document;
    private final Set<String> anchors = new HashSet<>();
    /** Numbered lists met so far: {numId, ilvl, start}; numIds 2, 3, ... */
    private final List<int[]> orderedLists = new ArrayList<>();
    private int nextBookmarkId;
    /** Bookmarks asked for by {@link #anchorNext}, placed on the next paragraph. */
    private final List<String> pendingAnchors = new ArrayList<>();
    private XWPFParagraph lastParagraph;
    /** Custom document properties (docProps/custom.xml), in the order given. */
    private final Map<String, String> customProperties = new java.util.LinkedHashMap<>();
    private boolean bulletsUsed;
    private int figureCount;
    /** Each figure's picture, drawn once (side by side on the cores); empty when it could not be drawn. */
    private final Map<String, Optional<FigureImage>> images;

    DocxBuilder(AssembledDocument document) {
        this.document = document;
        document.sections().forEach(s -> anchors.add(s.anchor()));
        this.images = document.figures().values().parallelStream()
                .collect(Collectors.toConcurrentMap(Figure::viewId, DocxBuilder::picture));
        installStyles();
    }

    private static Optional<FigureImage> picture(Figure figure) {
        try {
            return Optional.of(FigureImage.of(figure.svg(), (double) TEXT_WIDTH / 1440));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    XWPFDocument document() {
        return doc;
    }

    // ---- paragraphs -------------------------------------------------------------------------------------------

    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        placeAnchors(p);
        lastParagraph = p;
        return p;
    }

    /**
     * Asks for a bookmark named {@code name} at the start of the next paragraph written (for a table, its first
     * cell's): how a reviewer copy marks where each numbered paragraph of a section begins.
     */
    void anchorNext(String name) {
        pendingAnchors.add(name);
    }

    /**
     * Places the bookmarks still asked for (the last blocks of a section wrote no paragraph) at the end of the last
     * paragraph written, so that they stay within their section rather than move to the next heading.
     */
    void placeRemainingAnchors() {
        if (!pendingAnchors.isEmpty() && lastParagraph != null) {
            placeAnchors(lastParagraph);
        }
    }

    /** Collapsed bookmarks (start and end together) for every name asked for, appended to {@code p}. */
    private void placeAnchors(XWPFParagraph p) {
        for (String name : pendingAnchors) {
            BigInteger id = BigInteger.valueOf(nextBookmarkId++);
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setId(id);
            start.setName(name);
            p.getCTP().addNewBookmarkEnd().setId(id);
        }
        pendingAnchors.clear();
    }

    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = paragraph(style);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** A heading paragraph whose text is wrapped in the section's bookmark ({@link ReviewAnchors#section}). */
    XWPFParagraph heading(int level, String text, String number) {
        XWPFParagraph p = paragraph("Heading" + Math.max(1, Math.min(6, level)));
        BigInteger id = BigInteger.valueOf(nextBookmarkId++);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(ReviewAnchors.section(number));
        p.createRun().setText(text);
        p.getCTP().addNewBookmarkEnd().setId(id);
        return p;
    }

    /**
     * Where a link's runs go: an internal hyperlink for {@code section:} links to a section in this document,
     * an external one for web and mail links, or null (plain text) for anything else.
     */
    Supplier<XWPFRun> hyperlink(XWPFParagraph p, String destination) {
        if (destination == null) {
            return null;
        }
        CTHyperlink link;
        if (destination.startsWith("section:")) {
            String number = destination.substring("section:".length()).strip();
            if (!anchors.contains(AssembledSection.anchorOf(number))) {
                return null;
            }
            link = p.getCTP().addNewHyperlink();
            link.setAnchor(ReviewAnchors.section(number));
        } else if (destination.matches("(?i)(https?|mailto):.*")) {
            String id = p.getPart().getPackagePart()
                    .addExternalRelationship(destination, XWPFRelation.HYPERLINK.getRelation()).getId();
            link = p.getCTP().addNewHyperlink();
            link.setId(id);
        } else {
            return null;
        }
        link.setHistory(Boolean.TRUE);
        return () -> new XWPFHyperlinkRun(link, link.addNewR(), p);
    }

    /** The numId of a new numbered list starting at {@code start}; each list restarts its count. */
    int orderedList(int level, int start) {
        int numId = orderedLists.size() + 2;
        orderedLists.add(new int[] {numId, Math.min(level, 8), start});
        return numId;
    }

    void useBullets() {
        bulletsUsed = true;
    }

    // ---- figures ----------------------------------------------------------------------------------------------

    /** A figure: the picture (PNG, with the SVG attached for readers that take it) and its caption. */
    void figure(String viewId, String caption) {
        Figure figure = document.figures().get(viewId);
        String text = caption == null || caption.isBlank() ? figure != null ? figure.caption() : viewId : caption;
        XWPFParagraph p = paragraph("Figure");
        FigureImage image = null;
        if (figure != null) {
            image = images.get(viewId).orElse(null);
        }
        if (image == null) {
            XWPFRun run = p.createRun();
            run.setItalic(true);
            run.setText("[Figure not available: view " + viewId + "]");
        } else {
            picture(p, viewId, image, text);
        }
        paragraph("Caption", text);
    }

    private void picture(XWPFParagraph p, String viewId, FigureImage image, String description) {
        try {
            XWPFPicture picture = place(p, "figure-" + (figureCount + 1) + "-" + viewId + ".png", image.png(),
                    PictureType.PNG, image.widthPx(), image.heightPx(), description);
            String svgId = doc.addPictureData(image.svg(), PictureType.SVG);
            CTBlip blip = picture.getCTPicture().getBlipFill().getBlip();
            CTOfficeArtExtension ext = (blip.isSetExtLst() ? blip.getExtLst() : blip.addNewExtLst()).addNewExt();
            ext.setUri(SVG_BLIP_EXTENSION);
            try (XmlCursor cursor = ext.newCursor()) {
                cursor.toEndToken();
                cursor.beginElement(new QName(SVG_NAMESPACE, "svgBlip", "asvg"));
                cursor.insertNamespace("asvg", SVG_NAMESPACE);
                cursor.insertAttributeWithValue(new QName(RELATIONSHIP_NAMESPACE, "embed", "r"), svgId);
            }
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot embed figure " + viewId, e);
        }
    }

    /**
     * A picture the section shows (figures/...), as a figure with its caption: a PNG, JPEG or GIF as it is, an SVG
     * as a PNG drawn from it with the SVG attached, like a view's diagram.
     */
    void picture(String path, String caption) {
        Picture picture = document.pictures().get(path);
        String text = caption == null || caption.isBlank() ? null : caption;
        XWPFParagraph p = paragraph("Figure");
        String description = text == null ? "Picture " + path : text;
        try {
            if (picture != null && picture.mediaType().equals("image/svg+xml")) {
                picture(p, Html.slug(path), FigureImage.of(new String(picture.bytes(), java.nio.charset.StandardCharsets.UTF_8),
                        (double) TEXT_WIDTH / 1440), description);
            } else if (picture != null) {
                java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new ByteArrayInputStream(picture.bytes()));
                if (read == null) {
                    throw new IOException("not readable as an image");
                }
                PictureType type = switch (picture.mediaType()) {
                    case "image/jpeg" -> PictureType.JPEG;
                    case "image/gif" -> PictureType.GIF;
                    default -> PictureType.PNG;
                };
                place(p, "figure-" + (figureCount + 1) + "-" + path.substring(path.lastIndexOf('/') + 1), picture.bytes(), type,
                        read.getWidth(), read.getHeight(), description);
            } else {
                missing(p, "[Picture not available: " + path + "]");
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            missing(p, "[Picture cannot be shown: " + path + "]");
        }
        if (text != null) {
            paragraph("Caption", text);
        }
    }

    private static void missing(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setItalic(true);
        run.setText(text);
    }

    /** An image in its own run, fitted to the text block, numbered as Word numbers drawings, the caption its alt text. */
    private XWPFPicture place(XWPFParagraph p, String name, byte[] bytes, PictureType type, double widthPx, double heightPx,
                              String description) throws InvalidFormatException, IOException {
        double width = widthPx * Units.EMU_PER_PIXEL;
        double height = heightPx * Units.EMU_PER_PIXEL;
        double maxWidth = (double) TEXT_WIDTH * Units.EMU_PER_DXA;
        double maxHeight = 8.5 * Units.EMU_PER_INCH;
        double scale = Math.min(1.0, Math.min(maxWidth / width, maxHeight / height));
        int n = ++figureCount;
        XWPFRun run = p.createRun();
        XWPFPicture picture = run.addPicture(new ByteArrayInputStream(bytes), type, name,
                (int) Math.round(width * scale), (int) Math.round(height * scale));
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(description);
        // drawing ids counted from 1, as Word writes them; the alt text is the caption
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setId(n);
        docPr.setName("Figure " + n);
        docPr.setDescr(description);
        return picture;
    }

    // ---- tables -----------------------------------------------------------------------------------------------

    /** A grid table with fixed column widths (twips); {@code header} may be null for a table without heading row. */
    XWPFTable table(String[] header, int[] widths, List<String[]> rows) {
        XWPFTable table = grid(widths, rows.size() + (header == null ? 0 : 1), header != null);
        int r = 0;
        if (header != null) {
            fill(table.getRow(r++), header, widths, true);
        }
        for (String[] values : rows) {
            fill(table.getRow(r++), values, widths, false);
        }
        return table;
    }

    /**
     * An empty grid table of {@code rowCount} rows with fixed column widths (twips), followed by a spacing
     * paragraph; when {@code header}, its first row is the heading row, repeated on every page the table spans.
     * Fill its cells with {@link #cell}.
     */
    XWPFTable grid(int[] widths, int rowCount, boolean header) {
        XWPFTable table = doc.createTable(Math.max(1, rowCount), widths.length);
        placeAnchors(table.getRow(0).getCell(0).getParagraphs().get(0));
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        table.setStyleID("TableGrid");
        CTTblWidth tblW = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tblW.setType(STTblWidth.DXA);
        tblW.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0 && header) {
                row.setRepeatHeader(true);
            }
        }
        paragraph(null).setSpacingAfter(0);
        return table;
    }

    /** The (empty) paragraph of one cell, set to its width and to the heading or body style of a table. */
    static XWPFParagraph cell(XWPFTableRow row, int column, int width, boolean heading) {
        XWPFTableCell cell = row.getCell(column);
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(width));
        if (heading) {
            cell.setColor("D9E2F3");
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(heading ? "TableHeading" : "TableText");
        return p;
    }

    private static void fill(XWPFTableRow row, String[] values, int[] widths, boolean heading) {
        for (int c = 0; c < widths.length; c++) {
            XWPFParagraph p = cell(row, c, widths[c], heading);
            String value = c < values.length && values[c] != null ? values[c] : "";
            if (!value.isEmpty()) {
                p.createRun().setText(value);
            }
        }
    }

    // ---- fields -----------------------------------------------------------------------------------------------

    /**
     * The table of contents: a complex TOC field marked dirty (Word rebuilds it, with page numbers, when the file
     * is opened, since settings ask it to update fields), whose current result lists the headings with links to
     * their bookmarks, so that readers which do not update fields still show a usable contents list.
     */
    void tableOfContents(List<AssembledSection> sections) {
        XWPFParagraph first = paragraph(sections.isEmpty() ? "Normal" : "TOC1");
        fieldChar(first, STFldCharType.BEGIN, true);
        CTText instr = first.getCTP().addNewR().addNewInstrText();
        instr.setStringValue(" TOC \\o \"1-6\" \\h \\z \\u ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        fieldChar(first, STFldCharType.SEPARATE, false);
        XWPFParagraph last = first;
        if (sections.isEmpty()) {
            first.createRun().setText("Update this field to build the table of contents.");
        }
        for (int i = 0; i < sections.size(); i++) {
            AssembledSection s = sections.get(i);
            XWPFParagraph p = i == 0 ? first : paragraph("TOC" + Math.max(1, Math.min(6, s.depth())));
            CTHyperlink link = p.getCTP().addNewHyperlink();
            link.setAnchor(ReviewAnchors.section(s.number()));
            link.setHistory(Boolean.TRUE);
            new XWPFHyperlinkRun(link, link.addNewR(), p).setText(s.number() + " " + s.title());
            last = p;
        }
        fieldChar(last, STFldCharType.END, false);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type, boolean dirty) {
        CTR r = p.getCTP().addNewR();
        CTFldChar c = r.addNewFldChar();
        c.setFldCharType(type);
        if (dirty) {
            c.setDirty(Boolean.TRUE);
        }
    }

    private static void simpleField(XWPFParagraph p, String instruction, String placeholder) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        field.addNewR().addNewT().setStringValue(placeholder);
    }

    // ---- page set-up, header and footer -----------------------------------------------------------------------

    /** Header: the classification marking. Footer: the title and "Page n of m", then the marking again. */
    void pageSetup(String title, String marking) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph h = firstParagraph(header);
        h.setStyle("Header");
        h.setAlignment(ParagraphAlignment.CENTER);
        h.createRun().setText(marking);

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph f = firstParagraph(footer);
        f.setStyle("Footer");
        f.createRun().setText(title);
        f.createRun().addTab();
        f.createRun().addTab();
        f.createRun().setText("Page ");
        simpleField(f, "PAGE", "1");
        CTText of = f.getCTP().addNewR().addNewT();
        of.setStringValue(" of ");
        of.setSpace(SpaceAttribute.Space.PRESERVE);
        simpleField(f, "NUMPAGES", "1");
        XWPFParagraph m = footer.createParagraph();
        m.setStyle("Footer");
        m.setAlignment(ParagraphAlignment.CENTER);
        m.createRun().setText(marking);

        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(708));
        mar.setFooter(BigInteger.valueOf(708));
        mar.setGutter(BigInteger.ZERO);
    }

    private static XWPFParagraph firstParagraph(IBody body) {
        return body.getParagraphs().isEmpty()
                ? (body instanceof XWPFHeader h ? h.createParagraph() : ((XWPFFooter) body).createParagraph())
                : body.getParagraphs().get(0);
    }

    /** A custom document property the file will carry (docProps/custom.xml), such as the reviewer copy's origin. */
    void customProperty(String name, String value) {
        customProperties.put(name, value);
    }

    // ---- finishing --------------------------------------------------------------------------------------------

    /** Writes the package with the numbering that was used, fixed properties and Word asked to update fields. */
    byte[] finish() {
        if (bulletsUsed || !orderedLists.isEmpty()) {
            installNumbering();
        }
        doc.getSettings().setUpdateFields();
        String date = document.date().format(DateTimeFormatter.ISO_LOCAL_DATE) + "T00:00:00Z";
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setCreator("TAD Workbench");
        core.setLastModifiedByUser("TAD Workbench");
        core.setTitle(document.fullTitle());
        core.setSubjectProperty(document.manifest().description() == null ? "" : document.manifest().description());
        core.setCategory(document.classificationMarking());
        core.setVersion(document.version().version());
        core.setRevision("1");
        try {
            core.setCreated(date);
            core.setModified(date);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        doc.getProperties().getExtendedProperties().setApplication("TAD Workbench");
        doc.getProperties().getExtendedProperties().setCompany(document.manifest().owner());
        // only when asked: reading getCustomProperties() alone would add an empty custom.xml to every file
        if (!customProperties.isEmpty()) {
            POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
            customProperties.forEach(custom::addProperty);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (doc) {
            doc.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void installStyles() {
        try (InputStream in = DocxBuilder.class.getResourceAsStream("/publish/docx/styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("publish/docx/styles.xml is missing from the classpath");
            }
            doc.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("publish/docx/styles.xml is not valid", e);
        }
    }

    private void installNumbering() {
        StringBuilder xml = new StringBuilder("<w:numbering xmlns:w=\"" + W_NAMESPACE + "\">");
        String[] bullets = {"\u2022", "\u25E6", "\u25AA"};
        xml.append("<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int lvl = 0; lvl < 9; lvl++) {
            xml.append(level(lvl, "bullet", bullets[lvl % 3]));
        }
        xml.append("</w:abstractNum>");
        String[] formats = {"decimal", "lowerLetter", "lowerRoman"};
        xml.append("<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int lvl = 0; lvl < 9; lvl++) {
            xml.append(level(lvl, formats[lvl % 3], "%" + (lvl + 1) + "."));
        }
        xml.append("</w:abstractNum>");
        xml.append("<w:num w:numId=\"").append(BULLET_NUM_ID).append("\"><w:abstractNumId w:val=\"0\"/></w:num>");
        for (int[] list : orderedLists) {
            xml.append("<w:num w:numId=\"").append(list[0]).append("\"><w:abstractNumId w:val=\"1\"/>")
                    .append("<w:lvlOverride w:ilvl=\"").append(list[1]).append("\"><w:startOverride w:val=\"")
                    .append(list[2]).append("\"/></w:lvlOverride></w:num>");
        }
        xml.append("</w:numbering>");
        try {
            XWPFNumbering numbering = doc.createNumbering();
            numbering.setNumbering(NumberingDocument.Factory.parse(xml.toString()).getNumbering());
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One list level; bullets are plain Unicode characters, which every font has, so no Symbol font is needed. */
    private static String level(int lvl, String format, String text) {
        int indent = 720 * (lvl + 1);
        return "<w:lvl w:ilvl=\"" + lvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
                + "<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"" + indent + "\" w:hanging=\"360\"/></w:pPr></w:lvl>";
    }

}
