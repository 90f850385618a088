package org.tadworkbench.word.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The style sheet (styles.xml): for each style what it sets itself, and what it inherits through {@code basedOn}
 * resolved on demand (outline level, numbering, bold, italic, font).
 */
final class Styles {

    /** What one style sets itself; null where it sets nothing. */
    record Style(String id, String name, String type, String basedOn, String numId, Integer ilvl, Integer outlineLevel,
                 Boolean bold, Boolean italic, String font) {
    }

    private static final java.util.regex.Pattern HEADING_NAME = java.util.regex.Pattern.compile("heading [1-9]");
    private static final java.util.regex.Pattern TOC_ID = java.util.regex.Pattern.compile("(?i)TOC[1-9]|TOCHeading|TableofFigures");
    private static final java.util.regex.Pattern TOC_NAME = java.util.regex.Pattern.compile("toc [1-9]|toc heading|table of figures");

    private final Map<String, Style> byId = new HashMap<>();
    private String defaultParagraphStyle;
    /** Resolved per style: a document has thousands of paragraphs but a few dozen styles. */
    private final Map<String, Integer> outlineLevels = new HashMap<>();
    private final Map<String, Boolean> monospaceStyles = new HashMap<>();
    private final Map<String, Boolean> tocStyles = new HashMap<>();
    private static final Map<String, Boolean> MONOSPACE_FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    static Styles empty() {
        return new Styles();
    }

    static Styles read(XMLStreamReader r) throws XMLStreamException {
        Styles styles = new Styles();
        while (Xml.nextChild(r)) {
            if (r.getLocalName().equals("style")) {
                styles.readStyle(r);
            } else {
                Xml.skip(r);
            }
        }
        return styles;
    }

    private void readStyle(XMLStreamReader r) throws XMLStreamException {
        String id = Xml.attr(r, "styleId");
        String type = Xml.attr(r, "type");
        boolean isDefault = Xml.onOffAttr(r, "default");
        String name = null;
        String basedOn = null;
        Properties p = new Properties();
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "name" -> {
                    name = Xml.val(r);
                    Xml.skip(r);
                }
                case "basedOn" -> {
                    basedOn = Xml.val(r);
                    Xml.skip(r);
                }
                case "pPr" -> p.readParagraph(r);
                case "rPr" -> p.readRun(r);
                default -> Xml.skip(r);
            }
        }
        if (id == null) {
            return;
        }
        byId.put(id, new Style(id, name == null ? id : name, type, basedOn, p.numId, p.ilvl, p.outlineLevel,
                p.bold, p.italic, p.font));
        if (isDefault && "paragraph".equals(type)) {
            defaultParagraphStyle = id;
        }
    }

    /** The style a paragraph without w:pStyle has (Normal), or null. */
    String defaultParagraphStyle() {
        return defaultParagraphStyle;
    }

    String name(String id) {
        Style s = id == null ? null : byId.get(id);
        return s == null ? id : s.name();
    }

    /**
     * The outline level (0-8) a style gives, through basedOn; a built-in "heading N" style with none set implies
     * N-1, as Word treats it. -1 for body text (Word's level 9).
     */
    int outlineLevel(String id) {
        if (id == null) {
            return -1;
        }
        return outlineLevels.computeIfAbsent(id, this::resolveOutlineLevel);
    }

    /** Whether the style is one of the table of contents' (TOC 1-9, TOC Heading, Table of Figures). */
    boolean isTableOfContents(String id) {
        if (id == null) {
            return false;
        }
        return tocStyles.computeIfAbsent(id, k -> TOC_ID.matcher(k).matches()
                || TOC_NAME.matcher(String.valueOf(name(k)).toLowerCase(Locale.ROOT)).matches());
    }

    /** Whether the style sets a fixed-pitch font, through basedOn. */
    boolean monospaceStyle(String id) {
        if (id == null) {
            return false;
        }
        return monospaceStyles.computeIfAbsent(id, k -> monospace(font(k)));
    }

    private int resolveOutlineLevel(String id) {
        Integer level = inherited(id, Style::outlineLevel);
        if (level == null) {
            String name = name(id);
            if (name != null) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (HEADING_NAME.matcher(lower).matches()) {
                    return lower.charAt(8) - '1';
                }
            }
            return -1;
        }
        return level >= 0 && level <= 8 ? level : -1;
    }

    String numId(String id) {
        return inherited(id, Style::numId);
    }

    Integer ilvl(String id) {
        return inherited(id, Style::ilvl);
    }

    boolean bold(String id) {
        return Boolean.TRUE.equals(inherited(id, Style::bold));
    }

    boolean italic(String id) {
        return Boolean.TRUE.equals(inherited(id, Style::italic));
    }

    String font(String id) {
        return inherited(id, Style::font);
    }

    /** The first value set along the style's basedOn chain (guarded against cycles). */
    private <T> T inherited(String id, Function<Style, T> property) {
        String at = id;
        for (int guard = 0; at != null && guard < 32; guard++) {
            Style s = byId.get(at);
            if (s == null) {
                return null;
            }
            T value = property.apply(s);
            if (value != null) {
                return value;
            }
            at = s.basedOn();
        }
        return null;
    }

    /** Fixed-pitch fonts, by the names Word documents use for code. */
    static boolean monospace(String font) {
        if (font == null) {
            return false;
        }
        return MONOSPACE_FONTS.computeIfAbsent(font, Styles::isMonospaceFont);
    }

    private static boolean isMonospaceFont(String font) {
        String f = font.toLowerCase(Locale.ROOT);
        return f.contains("courier") || f.contains("mono") || f.contains("consolas") || f.contains("menlo")
                || f.contains("monaco") || f.contains("lucida console") || f.contains("inconsolata")
                || f.contains("source code") || f.contains("fira code") || f.contains("cascadia");
    }

    /** Paragraph and run properties as a style or a paragraph sets them. */
    static final class Properties {
        String styleId;
        String numId;
        Integer ilvl;
        Integer outlineLevel;
        Boolean bold;
        Boolean italic;
        String font;
        boolean markDeleted;
        boolean markInserted;
        /** Who tracked the paragraph mark's insertion or deletion, and when (null when not tracked or unsaid). */
        String markAuthor;
        String markDate;
        /** Tracked formatting changes (w:rPrChange, w:pPrChange) met, and the last one's author and date. */
        int formattingChanges;
        String changeAuthor;
        String changeDate;
        boolean vanish;

        void readParagraph(XMLStreamReader r) throws XMLStreamException {
            while (Xml.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "pStyle" -> {
                        styleId = Xml.val(r);
                        Xml.skip(r);
                    }
                    case "numPr" -> readNumbering(r);
                    case "outlineLvl" -> {
                        outlineLevel = Xml.intAttr(r, "val");
                        Xml.skip(r);
                    }
                    case "rPr" -> {
                        // the paragraph mark's own run properties: only its tracked insertion or deletion matters
                        Properties mark = new Properties();
                        mark.readRun(r);
                        markDeleted = mark.markDeleted;
                        markInserted = mark.markInserted;
                        markAuthor = mark.markAuthor;
                        markDate = mark.markDate;
                        formattingChanges += mark.formattingChanges;
                        if (mark.formattingChanges > 0) {
                            changeAuthor = mark.changeAuthor;
                            changeDate = mark.changeDate;
                        }
                    }
                    // pPrChange holds the properties before a tracked change: not the paragraph's own, only counted.
                    case "pPrChange" -> {
                        formattingChange(r);
                        Xml.skip(r);
                    }
                    default -> Xml.skip(r);
                }
            }
        }

        private void formattingChange(XMLStreamReader r) {
            formattingChanges++;
            changeAuthor = Xml.attr(r, "author");
            changeDate = Xml.attr(r, "date");
        }

        private void readNumbering(XMLStreamReader r) throws XMLStreamException {
            while (Xml.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "ilvl" -> ilvl = Xml.intAttr(r, "val");
                    case "numId" -> numId = Xml.val(r);
                    default -> { }
                }
                Xml.skip(r);
            }
        }

        void readRun(XMLStreamReader r) throws XMLStreamException {
            while (Xml.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "rStyle" -> styleId = Xml.val(r);
                    case "b" -> bold = Xml.onOff(r);
                    case "i" -> italic = Xml.onOff(r);
                    case "vanish" -> vanish = Xml.onOff(r);
                    case "rFonts" -> {
                        String ascii = Xml.attr(r, "ascii");
                        font = ascii != null ? ascii : Xml.attr(r, "hAnsi");
                    }
                    case "del", "moveFrom" -> {
                        markDeleted = true;
                        markAuthor = Xml.attr(r, "author");
                        markDate = Xml.attr(r, "date");
                    }
                    case "ins", "moveTo" -> {
                        markInserted = true;
                        markAuthor = Xml.attr(r, "author");
                        markDate = Xml.attr(r, "date");
                    }
                    case "rPrChange" -> formattingChange(r);
                    default -> { }
                }
                // rPrChange (the properties before the change) and the rest: skipped whole.
                Xml.skip(r);
            }
        }
    }
}
