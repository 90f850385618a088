package org.tadworkbench.intake.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.intake.SpecReader;

/**
 * Reads a specification in HTML form into clauses, Word's own HTML export included: the charset comes from a byte
 * order mark or the document's {@code <meta>} (Word writes windows-1252), else UTF-8. Headings are h1–h6 and Word's
 * heading paragraph styles; the number Word wrote into a heading's text is split from its title. Word's table of
 * contents, page headers and footers are left out, its footnotes follow the clause that refers to them. A document
 * whose DOCTYPE declares entities is refused (jsoup would not expand them, but such a file is crafted, not saved).
 */
public final class HtmlSpecReader implements SpecReader {

    private static final Pattern ENTITY_DECLARATION = Pattern.compile("(?is)<!DOCTYPE[^>\\[]*\\[[^\\]]*?(<!ENTITY)");
    private static final String FURNITURE = "[style~=(?i)mso-element:\\s*(header|footer|footnote-separator|"
            + "footnote-continuation-separator|footnote-continuation-notice|endnote-separator|"
            + "endnote-continuation-separator|endnote-continuation-notice|comment-list|comment|footnote-list|"
            + "endnote-list)\\s*(;|$)]";
    private static final String FOOTNOTES = "div[id~=^_?(ftn|edn)\\d+$], "
            + "div[style~=(?i)mso-element:\\s*(footnote|endnote)\\s*(;|$)]";

    @Override
    public Ingested read(Path file, String displayName) throws IntakeException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IntakeException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        refuseBinary(bytes, displayName);
        refuseEntities(bytes, displayName);
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "",
                    Parser.htmlParser().setTrackPosition(true));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new IntakeException(displayName + ": cannot be read as HTML (" + e.getMessage() + ")", e);
        }
        Element body = document.body();
        Map<String, HtmlClauses.Footnote> footnotes = takeFootnotes(body);
        body.select(FURNITURE).remove();
        Set<String> tocTargets = new HashSet<>();
        for (Element a : body.select("a[href^=#]")) {
            if (isInToc(a)) {
                tocTargets.add(a.attr("href").substring(1));
            }
        }
        HtmlClauses clauses = new HtmlClauses(footnotes);
        new HtmlBlocks(clauses, tocTargets).walk(body);
        return clauses.finish();
    }

    /** NUL bytes where HTML has none (outside UTF-16): a binary file, perhaps another format named .html. */
    private static void refuseBinary(byte[] bytes, String displayName) throws IntakeException {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
            return;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new IntakeException(displayName + ": byte " + i + ": holds binary data, not HTML; "
                        + "give the specification as HTML, or name its format with --format");
            }
        }
    }

    /** An internal DTD subset that declares entities: refused, with the line it is on. */
    private static void refuseEntities(byte[] bytes, String displayName) throws IntakeException {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        int head = Math.min(bytes.length, 1 << 16);
        String text = utf16 ? new String(bytes, 0, head, StandardCharsets.UTF_16)
                : new String(bytes, 0, head, StandardCharsets.ISO_8859_1);
        int doctype = text.toLowerCase(Locale.ROOT).indexOf("<!doctype");
        if (doctype < 0) {
            return;
        }
        Matcher m = ENTITY_DECLARATION.matcher(text);
        m.region(doctype, text.length());
        if (m.lookingAt()) {
            long line = text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
            throw new IntakeException(displayName + ": line " + line + ": the DOCTYPE declares entities "
                    + "(<!ENTITY ...>), which are refused: an entity can pull in other files or grow without bound. "
                    + "Save the document as plain HTML, without a DTD internal subset");
        }
    }

    /** Word's footnotes and endnotes, taken out of the body, by the bookmark the references in the text link to. */
    private static Map<String, HtmlClauses.Footnote> takeFootnotes(Element body) {
        Map<String, HtmlClauses.Footnote> notes = new HashMap<>();
        for (Element note : body.select(FOOTNOTES)) {
            Element back = note.selectFirst("a[href~=^#_?(ftn|edn)ref]");
            String label = back != null ? back.text().replaceAll("[^0-9A-Za-z*]", "") : "";
            if (label.isEmpty()) {
                label = note.id().replaceAll("\\D", "");
            }
            String key = back != null && back.hasAttr("name") ? back.attr("name") : "_" + note.id();
            if (back != null) {
                back.remove();
            }
            String text = InlineMarkdown.of(note, target -> null).replace('\n', ' ').strip();
            HtmlClauses.Footnote footnote = new HtmlClauses.Footnote(label.isEmpty() ? key : label, text);
            notes.put(key, footnote);
            if (!note.id().isEmpty()) {
                notes.putIfAbsent(note.id(), footnote);
            }
            note.remove();
        }
        return notes;
    }

    private static boolean isInToc(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (HtmlBlocks.isToc(e)) {
                return true;
            }
        }
        return false;
    }
}
