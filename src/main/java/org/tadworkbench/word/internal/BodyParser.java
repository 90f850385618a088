package org.tadworkbench.word.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tadworkbench.word.Block;
import org.tadworkbench.word.Inline;
import org.tadworkbench.word.ListLabel;
import org.tadworkbench.word.Note;
import org.tadworkbench.word.Paragraph;
import org.tadworkbench.word.Table;
import org.tadworkbench.word.TrackedChange;

/**
 * Reads WordprocessingML block content (the body, a note, a table cell) into the model in one pass over a StAX
 * cursor: paragraphs with their resolved style, outline level and numbering label, runs (field instructions skipped,
 * their results kept; tracked changes accepted or rejected), tables with merges resolved. The table of contents
 * (a TOC field, a "Table of Contents" content control, TOC styles) is dropped and counted.
 */
final class BodyParser {

    private final Styles styles;
    private final Numbering numbering;
    private final Map<String, String> hyperlinks;
    private final boolean accept;

    private final Deque<Field> fields = new ArrayDeque<>();
    private final Map<String, String> noteMarks = new HashMap<>();
    private final List<String> noteOrder = new ArrayList<>();
    private int footnotes;
    private int endnotes;
    private int paragraphIndex;
    private int tableIndex;
    int tocParagraphs;
    int tocControls;
    int embedded;
    int alternativeChunks;

    /** Comments' places and tracked changes, gathered while the body is read; null while notes are read. */
    ReviewCollector review;

    /** Text of a paragraph whose mark a tracked change removed: it joins the next paragraph. */
    private List<Inline> carried = List.of();

    BodyParser(Styles styles, Numbering numbering, Map<String, String> hyperlinks, boolean accept) {
        this.styles = styles;
        this.numbering = numbering;
        this.hyperlinks = hyperlinks;
        this.accept = accept;
    }

    /** One field (fldChar begin ... separate ... end, or fldSimple): its instruction and whether its result is on. */
    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean inResult;
        boolean toc;
        String link;

        void interpret() {
            String instr = instruction.toString().trim();
            String upper = instr.toUpperCase(Locale.ROOT);
            toc = upper.startsWith("TOC");
            if (upper.startsWith("HYPERLINK")) {
                link = hyperlinkTarget(instr.substring("HYPERLINK".length()));
            }
        }

        private static String hyperlinkTarget(String arguments) {
            String target = null;
            String anchor = null;
            String[] words = arguments.trim().split("\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (w.equals("\\l") && i + 1 < words.length) {
                    anchor = unquote(words[++i]);
                } else if (w.startsWith("\\") && w.length() == 2) {
                    if ("omt".indexOf(w.charAt(1)) >= 0 && i + 1 < words.length) {
                        i++;
                    }
                } else if (target == null && !w.isEmpty()) {
                    target = unquote(w);
                }
            }
            if (target == null) {
                return anchor == null ? null : "#" + anchor;
            }
            return anchor == null ? target : target + "#" + anchor;
        }

        private static String unquote(String s) {
            return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
        }
    }

    /** What is gathered while one paragraph is read. */
    private final class Content {
        final List<Inline> items = new ArrayList<>();
        final List<String> bookmarks = new ArrayList<>();
        final Deque<String> links = new ArrayDeque<>();
        boolean toc;

        /** Text not yet added as an item, and its formatting: runs of one formatting are joined into one item. */
        private final StringBuilder pending = new StringBuilder();
        private boolean pendingBold;
        private boolean pendingItalic;
        private boolean pendingMonospace;
        private String pendingLink;

        void text(String text, boolean bold, boolean italic, boolean monospace) {
            if (text.isEmpty() || !visible()) {
                return;
            }
            if (review != null) {
                review.text(text);
            }
            String link = link();
            if (!pending.isEmpty() && (pendingBold != bold || pendingItalic != italic || pendingMonospace != monospace
                    || !java.util.Objects.equals(pendingLink, link))) {
                flush();
            }
            if (pending.isEmpty()) {
                pendingBold = bold;
                pendingItalic = italic;
                pendingMonospace = monospace;
                pendingLink = link;
            }
            pending.append(text);
        }

        /** Adds a non-text item after the text before it. */
        void add(Inline item) {
            flush();
            items.add(item);
        }

        /** The items, pending text included. */
        List<Inline> items() {
            flush();
            return items;
        }

        private void flush() {
            if (!pending.isEmpty()) {
                items.add(new Inline.Text(pending.toString(), pendingBold, pendingItalic, pendingMonospace, pendingLink));
                pending.setLength(0);
            }
        }

        String link() {
            for (Field f : fields) {
                if (f.link != null && f.inResult) {
                    return f.link;
                }
            }
            return links.peek();
        }
    }

    private boolean visible() {
        for (Field f : fields) {
            if (!f.inResult) {
                return false;
            }
        }
        return true;
    }

    private boolean inToc() {
        for (Field f : fields) {
            if (f.toc) {
                return true;
            }
        }
        return false;
    }

    // ---- blocks ----

    /** The blocks inside the element the cursor is on (w:body, w:tc, w:footnote, w:sdtContent ...). */
    List<Block> blocks(XMLStreamReader r) throws XMLStreamException {
        List<Block> out = new ArrayList<>();
        readBlocks(r, out);
        flushCarried(out);
        return out;
    }

    /** Whether the content of a tracked change (w:ins, w:moveTo, w:del, w:moveFrom) is in the view being read. */
    private boolean keepsTracked(String element) {
        boolean inserted = element.equals("ins") || element.equals("moveTo");
        return accept == inserted;
    }

    private void readBlocks(XMLStreamReader r, List<Block> out) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "p" -> paragraph(r, out);
                case "tbl" -> out.add(table(r));
                case "sdt" -> blockContentControl(r, out);
                case "customXml", "smartTag" -> readBlocks(r, out);
                case "altChunk" -> {
                    alternativeChunks++;
                    Xml.skip(r);
                }
                case "ins", "moveTo", "del", "moveFrom" -> {
                    if (keepsTracked(r.getLocalName())) {
                        beginTracked(r);
                        readBlocks(r, out);
                        endTracked();
                    } else {
                        skipTracked(r);
                    }
                }
                default -> Xml.skip(r);
            }
        }
    }

    /** The paragraph being read, as it will be numbered (a paragraph left out lends its place to the next). */
    private int currentParagraph() {
        return paragraphIndex + 1;
    }

    private void beginTracked(XMLStreamReader r) {
        if (review != null) {
            review.begin(ReviewCollector.kindOf(r.getLocalName()), Xml.attr(r, "author"), Xml.attr(r, "date"),
                    currentParagraph());
        }
    }

    private void endTracked() {
        if (review != null) {
            review.end();
        }
    }

    /** Skips a tracked change the view leaves out, recording it with its text. */
    private void skipTracked(XMLStreamReader r) throws XMLStreamException {
        if (review == null) {
            Xml.skip(r);
            return;
        }
        TrackedChange.Kind kind = ReviewCollector.kindOf(r.getLocalName());
        String author = Xml.attr(r, "author");
        String date = Xml.attr(r, "date");
        String text = hiddenText(r);
        review.add(kind, author, date, currentParagraph(), text);
        review.hiddenText(text);
    }

    /** The text inside an element the view leaves out (w:t, w:delText, tabs and breaks), paragraphs on new lines. */
    private String hiddenText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "t", "delText" -> out.append(Xml.text(r));
                    case "tab" -> {
                        out.append('\t');
                        depth++;
                    }
                    case "br", "cr" -> {
                        out.append('\n');
                        depth++;
                    }
                    case "instrText", "delInstrText" -> Xml.text(r);
                    // a comment on text the view leaves out is still placed
                    case "commentRangeStart" -> {
                        review.rangeStart(Xml.attr(r, "id"), currentParagraph());
                        depth++;
                    }
                    case "commentRangeEnd" -> {
                        review.rangeEnd(Xml.attr(r, "id"));
                        depth++;
                    }
                    case "commentReference" -> {
                        review.reference(Xml.attr(r, "id"), currentParagraph());
                        depth++;
                    }
                    default -> depth++;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
                if (depth > 0 && r.getLocalName().equals("p") && !out.isEmpty()) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private void blockContentControl(XMLStreamReader r, List<Block> out) throws XMLStreamException {
        boolean toc = false;
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "sdtPr" -> toc = isTableOfContents(r);
                case "sdtContent" -> {
                    if (toc) {
                        tocControls++;
                        Xml.skip(r);
                    } else {
                        readBlocks(r, out);
                    }
                }
                default -> Xml.skip(r);
            }
        }
    }

    /** Reads w:sdtPr; true when its w:docPartGallery says "Table of Contents" (Word's built-in contents block). */
    private static boolean isTableOfContents(XMLStreamReader r) throws XMLStreamException {
        boolean toc = false;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("docPartGallery")) {
                    String v = Xml.val(r);
                    toc |= v != null && v.toLowerCase(Locale.ROOT).contains("table of contents");
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        return toc;
    }

    private void paragraph(XMLStreamReader r, List<Block> out) throws XMLStreamException {
        // A field's instruction never runs across a paragraph mark (its result may: a table of contents). One still
        // open here was never separated or ended, and would hide the rest of the document: it is dropped.
        while (!fields.isEmpty() && !fields.peek().inResult) {
            fields.pop();
        }
        Styles.Properties p = new Styles.Properties();
        Content content = new Content();
        content.toc = inToc();
        String paragraphStyle = styles.defaultParagraphStyle();
        while (Xml.nextChild(r)) {
            if (r.getLocalName().equals("pPr")) {
                p.readParagraph(r);
                if (p.styleId != null) {
                    paragraphStyle = p.styleId;
                }
                recordParagraphChanges(p);
            } else {
                inline(r, content, paragraphStyle);
            }
        }
        if (review != null) {
            review.paragraphEnd();
        }
        if (content.toc || styles.isTableOfContents(paragraphStyle)) {
            tocParagraphs++;
            return;
        }
        List<Inline> items = content.items();
        if (!carried.isEmpty()) {
            List<Inline> joined = new ArrayList<>(carried);
            joined.addAll(items);
            items = joined;
            carried = List.of();
        }
        if (accept ? p.markDeleted : p.markInserted) {
            // The paragraph mark is removed in this view: the text, if any, runs on into the next paragraph.
            carried = items;
            return;
        }
        ListLabel label = label(p, paragraphStyle);
        int outline = p.outlineLevel != null ? (p.outlineLevel >= 0 && p.outlineLevel <= 8 ? p.outlineLevel : -1)
                : styles.outlineLevel(paragraphStyle);
        out.add(new Paragraph(++paragraphIndex, paragraphStyle, styles.name(paragraphStyle), outline, label, items,
                content.bookmarks, styles.monospaceStyle(paragraphStyle)));
    }

    private void recordParagraphChanges(Styles.Properties p) {
        if (review == null) {
            return;
        }
        if (p.markInserted || p.markDeleted) {
            review.add(p.markInserted ? TrackedChange.Kind.PARAGRAPH_INSERTED : TrackedChange.Kind.PARAGRAPH_DELETED,
                    p.markAuthor, p.markDate, currentParagraph(), "");
        }
        formattingChanges(p);
    }

    private void formattingChanges(Styles.Properties p) {
        for (int i = 0; review != null && i < p.formattingChanges; i++) {
            review.add(TrackedChange.Kind.FORMATTING, p.changeAuthor, p.changeDate, currentParagraph(), "");
        }
    }

    private void flushCarried(List<Block> out) {
        if (!carried.isEmpty()) {
            out.add(new Paragraph(++paragraphIndex, styles.defaultParagraphStyle(),
                    styles.name(styles.defaultParagraphStyle()), -1, null, carried, List.of(), false));
            carried = List.of();
        }
    }

    /** The label Word shows: direct numbering, or the numbering the paragraph style links to. */
    private ListLabel label(Styles.Properties p, String styleId) {
        boolean direct = p.numId != null;
        String numId = direct ? p.numId : styles.numId(styleId);
        if (!numbering.exists(numId)) {
            return null;
        }
        int ilvl;
        if (p.ilvl != null) {
            ilvl = p.ilvl;
        } else {
            int linked = direct ? -1 : numbering.levelForStyle(numId, styleId);
            Integer styled = styles.ilvl(styleId);
            ilvl = linked >= 0 ? linked : styled != null ? styled : 0;
        }
        return numbering.next(numId, ilvl);
    }

    // ---- inline content ----

    private void inline(XMLStreamReader r, Content content, String paragraphStyle) throws XMLStreamException {
        switch (r.getLocalName()) {
            case "r" -> run(r, content, paragraphStyle);
            case "hyperlink" -> {
                String id = r.getAttributeValue(Xml.R, "id");
                String anchor = Xml.attr(r, "anchor");
                String target = id == null ? null : hyperlinks.get(id);
                String link = target != null ? (anchor == null ? target : target + "#" + anchor)
                        : anchor != null ? "#" + anchor : null;
                content.links.push(link == null ? "" : link);
                inlines(r, content, paragraphStyle);
                content.links.pop();
            }
            case "ins", "moveTo", "del", "moveFrom" -> {
                if (keepsTracked(r.getLocalName())) {
                    beginTracked(r);
                    inlines(r, content, paragraphStyle);
                    endTracked();
                } else {
                    skipTracked(r);
                }
            }
            case "commentRangeStart", "commentRangeEnd" -> {
                if (review != null) {
                    if (r.getLocalName().equals("commentRangeStart")) {
                        review.rangeStart(Xml.attr(r, "id"), currentParagraph());
                    } else {
                        review.rangeEnd(Xml.attr(r, "id"));
                    }
                }
                Xml.skip(r);
            }
            case "fldSimple" -> {
                Field field = new Field();
                field.instruction.append(String.valueOf(Xml.attr(r, "instr")));
                field.interpret();
                field.inResult = true;
                content.toc |= field.toc;
                fields.push(field);
                inlines(r, content, paragraphStyle);
                fields.pop();
            }
            case "smartTag", "customXml", "dir", "bdo" -> inlines(r, content, paragraphStyle);
            case "sdt" -> {
                while (Xml.nextChild(r)) {
                    if (r.getLocalName().equals("sdtContent")) {
                        inlines(r, content, paragraphStyle);
                    } else {
                        Xml.skip(r);
                    }
                }
            }
            case "bookmarkStart" -> {
                String name = Xml.attr(r, "name");
                if (name != null && !name.equals("_GoBack")) {
                    content.bookmarks.add(name);
                }
                Xml.skip(r);
            }
            case "oMath", "oMathPara" -> content.text(mathText(r), false, false, false);
            // proofErr, permStart ...: marks without text.
            default -> Xml.skip(r);
        }
    }

    private void inlines(XMLStreamReader r, Content content, String paragraphStyle) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            inline(r, content, paragraphStyle);
        }
    }

    private static String mathText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                if (r.getLocalName().equals("t")) {
                    out.append(Xml.text(r));
                } else {
                    depth++;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        return out.toString();
    }

    private void run(XMLStreamReader r, Content content, String paragraphStyle) throws XMLStreamException {
        Styles.Properties rp = new Styles.Properties();
        boolean bold = false;
        boolean italic = false;
        boolean monospace = styles.monospaceStyle(paragraphStyle);
        while (Xml.nextChild(r)) {
            String name = r.getLocalName();
            switch (name) {
                case "rPr" -> {
                    rp.readRun(r);
                    formattingChanges(rp);
                    bold = rp.bold != null ? rp.bold : styles.bold(rp.styleId);
                    italic = rp.italic != null ? rp.italic : styles.italic(rp.styleId);
                    String font = rp.font != null ? rp.font : styles.font(rp.styleId);
                    if (font != null) {
                        monospace = Styles.monospace(font);
                    }
                }
                case "t" -> {
                    String text = Xml.text(r);
                    if (!rp.vanish) {
                        content.text(text, bold, italic, monospace);
                    }
                }
                case "delText" -> {
                    String text = Xml.text(r);
                    if (!accept && !rp.vanish) {
                        content.text(text, bold, italic, monospace);
                    }
                }
                case "instrText", "delInstrText" -> {
                    String text = Xml.text(r);
                    Field top = fields.peek();
                    if (top != null && !top.inResult && (name.equals("instrText") || !accept)) {
                        top.instruction.append(text);
                    }
                }
                case "fldChar" -> {
                    fieldChar(Xml.attr(r, "fldCharType"), content);
                    Xml.skip(r);
                }
                case "tab", "ptab" -> {
                    content.text("\t", bold, italic, monospace);
                    Xml.skip(r);
                }
                case "br" -> {
                    String type = Xml.attr(r, "type");
                    if (type == null || type.equals("textWrapping")) {
                        content.text("\n", bold, italic, monospace);
                    }
                    Xml.skip(r);
                }
                case "cr" -> {
                    content.text("\n", bold, italic, monospace);
                    Xml.skip(r);
                }
                case "noBreakHyphen" -> {
                    content.text("-", bold, italic, monospace);
                    Xml.skip(r);
                }
                case "commentReference" -> {
                    if (review != null) {
                        review.reference(Xml.attr(r, "id"), currentParagraph());
                    }
                    Xml.skip(r);
                }
                case "footnoteReference", "endnoteReference" -> {
                    noteReference(name.startsWith("foot") ? Note.Kind.FOOTNOTE : Note.Kind.ENDNOTE,
                            Xml.attr(r, "id"), content);
                    Xml.skip(r);
                }
                case "drawing", "pict", "object" -> embedded(r, name, content);
                case "AlternateContent" -> alternateContent(r, content);
                default -> Xml.skip(r);
            }
        }
    }

    /** mc:AlternateContent: the first Choice (what Word shows); the Fallback repeats it for older readers. */
    private void alternateContent(XMLStreamReader r, Content content) throws XMLStreamException {
        boolean taken = false;
        while (Xml.nextChild(r)) {
            if (!taken && r.getLocalName().equals("Choice")) {
                taken = true;
                while (Xml.nextChild(r)) {
                    String name = r.getLocalName();
                    if (name.equals("drawing") || name.equals("pict") || name.equals("object")) {
                        embedded(r, name, content);
                    } else {
                        Xml.skip(r);
                    }
                }
            } else if (!taken && r.getLocalName().equals("Fallback")) {
                taken = true;
                while (Xml.nextChild(r)) {
                    String name = r.getLocalName();
                    if (name.equals("drawing") || name.equals("pict") || name.equals("object")) {
                        embedded(r, name, content);
                    } else {
                        Xml.skip(r);
                    }
                }
            } else {
                Xml.skip(r);
            }
        }
    }

    private void fieldChar(String type, Content content) {
        if ("begin".equals(type)) {
            fields.push(new Field());
        } else if ("separate".equals(type)) {
            Field top = fields.peek();
            if (top != null && !top.inResult) {
                top.interpret();
                top.inResult = true;
                content.toc |= top.toc;
            }
        } else if ("end".equals(type) && !fields.isEmpty()) {
            Field ended = fields.pop();
            content.toc |= ended.toc;
        }
    }

    private void noteReference(Note.Kind kind, String id, Content content) {
        if (id == null || !visible()) {
            return;
        }
        String key = kind + ":" + id;
        String mark = noteMarks.get(key);
        if (mark == null) {
            mark = kind == Note.Kind.FOOTNOTE ? Integer.toString(++footnotes)
                    : Numbering.format(++endnotes, "lowerRoman");
            noteMarks.put(key, mark);
            noteOrder.add(key);
        }
        content.add(new Inline.NoteReference(kind, id, mark));
    }

    /** The display mark given to a note when it was first referenced, or null. */
    String noteMark(Note.Kind kind, String id) {
        return noteMarks.get(kind + ":" + id);
    }

    /** Position of the note among the referenced ones, for ordering; unreferenced notes come last. */
    int noteOrder(Note.Kind kind, String id) {
        int at = noteOrder.indexOf(kind + ":" + id);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** A picture, chart, embedded object or text box: its kind, its alternative text, and any text inside it. */
    private void embedded(XMLStreamReader r, String element, Content content) throws XMLStreamException {
        String kind = element.equals("object") ? "object" : "image";
        String description = null;
        String name = null;
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
                switch (r.getLocalName()) {
                    case "docPr" -> {
                        description = firstNonBlank(r.getAttributeValue(null, "descr"), r.getAttributeValue(null, "title"));
                        name = r.getAttributeValue(null, "name");
                    }
                    case "graphicData" -> {
                        String uri = String.valueOf(r.getAttributeValue(null, "uri"));
                        if (uri.contains("/chart")) {
                            kind = "chart";
                        } else if (uri.contains("wordprocessingShape") || uri.contains("wordprocessingGroup")) {
                            kind = "drawing";
                        }
                    }
                    case "shape" -> {
                        if (description == null) {
                            description = r.getAttributeValue(null, "alt");
                        }
                    }
                    case "t" -> {
                        if (Xml.W.equals(r.getNamespaceURI())) {
                            text.append(Xml.text(r)).append(' ');
                            depth--;
                        }
                    }
                    case "p" -> {
                        if (text.length() > 0 && Xml.W.equals(r.getNamespaceURI())) {
                            text.append('\n');
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        if (!visible()) {
            return;
        }
        embedded++;
        String words = text.toString().replaceAll("[ \\t]+", " ").trim();
        if (!words.isEmpty() && kind.equals("drawing")) {
            kind = "text box";
        }
        content.add(new Inline.Embedded(kind, firstNonBlank(description, name), words));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.trim() : b != null && !b.isBlank() ? b.trim() : null;
    }

    // ---- tables ----

    private static final class RawCell {
        int column;
        int colSpan = 1;
        String vMerge;
        boolean hMergeContinue;
        List<Block> blocks = List.of();
    }

    private static final class CellBuilder {
        final int column;
        int colSpan;
        int rowSpan = 1;
        final List<Block> blocks;

        CellBuilder(int column, int colSpan, List<Block> blocks) {
            this.column = column;
            this.colSpan = colSpan;
            this.blocks = new ArrayList<>(blocks);
        }
    }

    private Table table(XMLStreamReader r) throws XMLStreamException {
        int index = ++tableIndex;
        List<List<RawCell>> rows = new ArrayList<>();
        List<Boolean> headers = new ArrayList<>();
        List<Integer> before = new ArrayList<>();
        readRows(r, rows, headers, before);
        // Resolve merges on the grid: a vMerge "continue" cell extends the cell above at the same column.
        Map<Integer, CellBuilder> open = new HashMap<>();
        List<List<CellBuilder>> built = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<CellBuilder> row = new ArrayList<>();
            int column = before.get(i);
            CellBuilder previous = null;
            for (RawCell raw : rows.get(i)) {
                raw.column = column;
                if (raw.hMergeContinue && previous != null) {
                    previous.colSpan += raw.colSpan;
                    column += raw.colSpan;
                    continue;
                }
                CellBuilder above = open.get(column);
                if ("continue".equals(raw.vMerge) && above != null) {
                    above.rowSpan++;
                    above.blocks.addAll(raw.blocks);
                    previous = null;
                } else {
                    CellBuilder cell = new CellBuilder(column, raw.colSpan, raw.blocks);
                    row.add(cell);
                    previous = cell;
                    for (int c = column; c < column + raw.colSpan; c++) {
                        if ("restart".equals(raw.vMerge)) {
                            open.put(c, cell);
                        } else {
                            open.remove(c);
                        }
                    }
                }
                column += raw.colSpan;
            }
            built.add(row);
        }
        List<Table.Row> out = new ArrayList<>();
        for (int i = 0; i < built.size(); i++) {
            List<Table.Cell> cells = new ArrayList<>();
            for (CellBuilder b : built.get(i)) {
                cells.add(new Table.Cell(b.column, b.colSpan, b.rowSpan, dropEmptyParagraphsAfterMerge(b.blocks)));
            }
            out.add(new Table.Row(cells, headers.get(i)));
        }
        return new Table(index, out);
    }

    /** A merged cell keeps the empty paragraph each covered cell must hold; those say nothing. */
    private static List<Block> dropEmptyParagraphsAfterMerge(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.content().isEmpty() && p.label() == null && !kept.isEmpty()) {
                continue;
            }
            kept.add(b);
        }
        return kept;
    }

    private void readRows(XMLStreamReader r, List<List<RawCell>> rows, List<Boolean> headers, List<Integer> before)
            throws XMLStreamException {
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "tr" -> row(r, rows, headers, before);
                case "sdt", "sdtContent", "customXml" -> readRows(r, rows, headers, before);
                default -> Xml.skip(r);
            }
        }
    }

    private void row(XMLStreamReader r, List<List<RawCell>> rows, List<Boolean> headers, List<Integer> before)
            throws XMLStreamException {
        boolean header = false;
        boolean removed = false;
        boolean tracked = false;
        int gridBefore = 0;
        List<RawCell> cells = new ArrayList<>();
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "trPr" -> {
                    while (Xml.nextChild(r)) {
                        switch (r.getLocalName()) {
                            case "tblHeader" -> header = Xml.onOff(r);
                            case "gridBefore" -> gridBefore = Math.max(0, orZero(Xml.intAttr(r, "val")));
                            case "del", "ins" -> {
                                boolean inserted = r.getLocalName().equals("ins");
                                removed |= accept != inserted;
                                if (review != null && !tracked) {
                                    tracked = true;
                                    review.begin(inserted ? TrackedChange.Kind.ROW_INSERTED : TrackedChange.Kind.ROW_DELETED,
                                            Xml.attr(r, "author"), Xml.attr(r, "date"), currentParagraph());
                                }
                            }
                            default -> { }
                        }
                        Xml.skip(r);
                    }
                }
                case "tc" -> {
                    if (removed && review != null) {
                        review.hiddenText(hiddenText(r).strip() + "\t");
                    } else if (removed) {
                        Xml.skip(r);
                    } else {
                        cells.add(cell(r));
                        if (tracked) {
                            review.hiddenText("\t");
                        }
                    }
                }
                case "sdt", "customXml" -> {
                    while (Xml.nextChild(r)) {
                        if (r.getLocalName().equals("sdtContent") || r.getLocalName().equals("tc")) {
                            if (r.getLocalName().equals("tc")) {
                                cells.add(cell(r));
                            } else {
                                while (Xml.nextChild(r)) {
                                    if (r.getLocalName().equals("tc")) {
                                        cells.add(cell(r));
                                    } else {
                                        Xml.skip(r);
                                    }
                                }
                            }
                        } else {
                            Xml.skip(r);
                        }
                    }
                }
                default -> Xml.skip(r);
            }
        }
        if (tracked) {
            review.end();
        }
        if (!removed) {
            rows.add(cells);
            headers.add(header);
            before.add(gridBefore);
        }
    }

    private RawCell cell(XMLStreamReader r) throws XMLStreamException {
        RawCell cell = new RawCell();
        List<Block> blocks = new ArrayList<>();
        while (Xml.nextChild(r)) {
            if (r.getLocalName().equals("tcPr")) {
                while (Xml.nextChild(r)) {
                    switch (r.getLocalName()) {
                        case "gridSpan" -> cell.colSpan = Math.max(1, orZero(Xml.intAttr(r, "val")));
                        case "vMerge" -> {
                            String v = Xml.val(r);
                            cell.vMerge = "restart".equals(v) ? "restart" : "continue";
                        }
                        case "hMerge" -> cell.hMergeContinue = !"restart".equals(Xml.val(r));
                        default -> { }
                    }
                    Xml.skip(r);
                }
            } else {
                switch (r.getLocalName()) {
                    case "p" -> paragraph(r, blocks);
                    case "tbl" -> blocks.add(table(r));
                    case "sdt" -> blockContentControl(r, blocks);
                    case "customXml" -> readBlocks(r, blocks);
                    default -> Xml.skip(r);
                }
            }
        }
        flushCarried(blocks);
        cell.blocks = blocks;
        return cell;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** Restarts paragraph counting (each note counts its own paragraphs). */
    void restartParagraphs() {
        paragraphIndex = 0;
        fields.clear();
    }
}
