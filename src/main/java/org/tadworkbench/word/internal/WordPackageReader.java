package org.tadworkbench.word.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tadworkbench.ooxml.OoxmlException;
import org.tadworkbench.ooxml.OoxmlPackage;
import org.tadworkbench.ooxml.SafeXml;
import org.tadworkbench.word.Block;
import org.tadworkbench.word.Note;
import org.tadworkbench.word.ReviewMarkup;
import org.tadworkbench.word.WordComment;
import org.tadworkbench.word.WordDocument;

/**
 * Reads an opened .docx package into a {@link WordDocument}: finds the main document through the package's
 * relationships, refuses macros, parses styles, numbering, the body and the notes, and scans every other XML part
 * for a DOCTYPE without reading what it says. Headers and footers are never parsed.
 */
public final class WordPackageReader {

    private static final String MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    private final OoxmlPackage pkg;
    private final boolean accept;
    private final List<String> parsed = new ArrayList<>();

    public WordPackageReader(OoxmlPackage pkg, boolean acceptChanges) {
        this.pkg = pkg;
        this.accept = acceptChanges;
    }

    public WordDocument read() throws OoxmlException {
        Map<String, String> contentTypes = contentTypes();
        refuseMacros(contentTypes);
        String main = mainDocument();
        String type = contentTypes.get(main.toLowerCase(Locale.ROOT));
        if (type != null && !type.equals(MAIN_DOCUMENT) && !type.equals(TEMPLATE)) {
            throw new OoxmlException("is not a Word document (its main part is " + type + ")", main);
        }
        if (!pkg.has(main)) {
            throw new OoxmlException("has no main document part", main);
        }
        String folder = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
        List<Relationship> rels = relationships(folder + "_rels/" + main.substring(folder.length()) + ".rels");

        Styles styles = Styles.empty();
        Numbering numbering = Numbering.empty();
        Map<String, String> hyperlinks = new HashMap<>();
        String footnotesPart = null;
        String endnotesPart = null;
        int headersAndFooters = 0;
        String commentsPart = null;
        String commentsExtendedPart = null;
        String commentsIdsPart = null;
        String commentsExtensiblePart = null;
        for (Relationship rel : rels) {
            String kind = rel.type().substring(rel.type().lastIndexOf('/') + 1);
            String target = rel.external() ? rel.target() : resolve(folder, rel.target());
            switch (kind) {
                case "hyperlink" -> hyperlinks.put(rel.id(), rel.target());
                case "styles" -> styles = parse(target, Styles::read, styles);
                case "numbering" -> numbering = parse(target, Numbering::read, numbering);
                case "footnotes" -> footnotesPart = target;
                case "endnotes" -> endnotesPart = target;
                case "header", "footer" -> headersAndFooters++;
                case "comments" -> commentsPart = target;
                case "commentsExtended" -> commentsExtendedPart = target;
                case "commentsIds" -> commentsIdsPart = target;
                case "commentsExtensible" -> commentsExtensiblePart = target;
                default -> { }
            }
        }
        numbering.useStyles(styles);

        BodyParser parser = new BodyParser(styles, numbering, hyperlinks, accept);
        ReviewCollector review = new ReviewCollector();
        parser.review = review;
        List<Block> body = parse(main, r -> {
            while (Xml.nextChild(r)) {
                if (r.getLocalName().equals("body")) {
                    return parser.blocks(r);
                }
                Xml.skip(r);
            }
            return List.<Block>of();
        }, List.of());
        parser.review = null;
        List<Note> notes = new ArrayList<>();
        notes.addAll(notes(footnotesPart, Note.Kind.FOOTNOTE, parser));
        notes.addAll(notes(endnotesPart, Note.Kind.ENDNOTE, parser));
        notes.sort(Comparator.comparing((Note n) -> n.kind()).thenComparingInt(n -> parser.noteOrder(n.kind(), n.id())));
        List<WordComment> comments = List.of();
        if (commentsPart != null) {
            List<Comments.Raw> raw = parse(commentsPart, Comments::read, List.of());
            List<Comments.Extended> extended = commentsExtendedPart == null ? List.of()
                    : parse(commentsExtendedPart, Comments::readExtended, List.of());
            Map<String, String> durableIds = commentsIdsPart == null ? Map.of()
                    : parse(commentsIdsPart, Comments::readIds, Map.of());
            Map<String, String> utcDates = commentsExtensiblePart == null ? Map.of()
                    : parse(commentsExtensiblePart, Comments::readExtensible, Map.of());
            comments = Comments.assemble(raw, extended, durableIds, utcDates, review.placements());
        }
        refuseDoctypeInOtherParts();

        List<String> leftOut = new ArrayList<>();
        if (parser.tocParagraphs > 0 || parser.tocControls > 0) {
            leftOut.add("the table of contents" + (parser.tocParagraphs > 0 ? " (" + parser.tocParagraphs + " paragraphs)" : ""));
        }
        if (headersAndFooters > 0) {
            leftOut.add("page headers and footers (" + headersAndFooters + " parts, not read)");
        }
        if (parser.alternativeChunks > 0) {
            leftOut.add("content imported in another format (" + parser.alternativeChunks + " w:altChunk parts, not read)");
        }
        if (!comments.isEmpty()) {
            leftOut.add("comments (" + comments.size() + ", not part of the text; read as review markup)");
        }
        if (!review.changes().isEmpty()) {
            leftOut.add(accept ? "tracked changes: shown accepted (deletions left out)"
                    : "tracked changes: shown rejected (insertions left out)");
        }
        return new org.tadworkbench.word.WordDocument(body, notes, leftOut,
                new ReviewMarkup(comments, review.changes()));
    }

    private List<Note> notes(String part, Note.Kind kind, BodyParser parser) throws OoxmlException {
        if (part == null || !pkg.has(part)) {
            return List.of();
        }
        return parse(part, r -> {
            List<Note> out = new ArrayList<>();
            while (Xml.nextChild(r)) {
                String type = Xml.attr(r, "type");
                if ((r.getLocalName().equals("footnote") || r.getLocalName().equals("endnote"))
                        && (type == null || type.equals("normal"))) {
                    String id = Xml.attr(r, "id");
                    parser.restartParagraphs();
                    List<Block> blocks = parser.blocks(r);
                    String mark = parser.noteMark(kind, id);
                    if (mark != null) {
                        out.add(new Note(kind, id, mark, blocks));
                    }
                } else {
                    Xml.skip(r);
                }
            }
            return out;
        }, List.of());
    }

    // ---- package structure ----

    private record Relationship(String id, String type, String target, boolean external) {
    }

    private Map<String, String> contentTypes() throws OoxmlException {
        String part = "[Content_Types].xml";
        if (!pkg.has(part)) {
            throw new OoxmlException("is not an Office Open XML package (it has no [Content_Types].xml)", null);
        }
        Map<String, String> types = new HashMap<>();
        parse(part, r -> {
            while (Xml.nextChild(r)) {
                String name = r.getAttributeValue(null, "PartName");
                String ext = r.getAttributeValue(null, "Extension");
                String type = r.getAttributeValue(null, "ContentType");
                if (r.getLocalName().equals("Override") && name != null && type != null) {
                    types.put((name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT), type);
                } else if (r.getLocalName().equals("Default") && ext != null && type != null) {
                    types.put("*." + ext.toLowerCase(Locale.ROOT), type);
                }
                Xml.skip(r);
            }
            return types;
        }, types);
        return types;
    }

    private void refuseMacros(Map<String, String> contentTypes) throws OoxmlException {
        for (Map.Entry<String, String> e : contentTypes.entrySet()) {
            String type = e.getValue().toLowerCase(Locale.ROOT);
            if (type.contains("macroenabled") || type.contains("vbaproject") || type.equals("application/vnd.ms-office.vbaproject")) {
                throw new OoxmlException("contains macros (a macro-enabled document, " + e.getValue()
                        + "); save it as a Word Document (.docx) without macros", e.getKey().startsWith("*.") ? null : e.getKey());
            }
        }
        for (String name : pkg.parts()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
                throw new OoxmlException("contains macros; save it as a Word Document (.docx) without macros", name);
            }
        }
    }

    private String mainDocument() throws OoxmlException {
        for (Relationship rel : relationships("_rels/.rels")) {
            if (rel.type().endsWith("/officeDocument") && !rel.external()) {
                return resolve("", rel.target());
            }
        }
        return "word/document.xml";
    }

    private List<Relationship> relationships(String part) throws OoxmlException {
        if (!pkg.has(part)) {
            return List.of();
        }
        return parse(part, r -> {
            List<Relationship> out = new ArrayList<>();
            while (Xml.nextChild(r)) {
                if (r.getLocalName().equals("Relationship")) {
                    String id = r.getAttributeValue(null, "Id");
                    String type = r.getAttributeValue(null, "Type");
                    String target = r.getAttributeValue(null, "Target");
                    boolean external = "External".equalsIgnoreCase(r.getAttributeValue(null, "TargetMode"));
                    if (id != null && type != null && target != null) {
                        out.add(new Relationship(id, type, target, external));
                    }
                }
                Xml.skip(r);
            }
            return out;
        }, List.of());
    }

    /** A relationship target relative to the folder of the part that holds it, as a package part name. */
    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String piece : path.split("/")) {
            if (piece.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!piece.isEmpty() && !piece.equals(".")) {
                parts.add(piece);
            }
        }
        return String.join("/", parts);
    }

    // ---- parsing ----

    private interface PartParser<T> {
        T parse(XMLStreamReader r) throws XMLStreamException;
    }

    private <T> T parse(String part, PartParser<T> parser, T absent) throws OoxmlException {
        byte[] bytes = pkg.read(part);
        if (bytes == null) {
            return absent;
        }
        parsed.add(part.toLowerCase(Locale.ROOT));
        XMLStreamReader r = SafeXml.open(bytes, part);
        try {
            return parser.parse(r);
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(part, e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // the bytes are in memory; nothing to release
            }
        }
    }

    /**
     * Parts this reader does not parse (headers, footers, settings, themes) are still refused when they declare a
     * DOCTYPE, which no Office program writes: such a file was made to attack whatever reads it next.
     */
    private void refuseDoctypeInOtherParts() throws OoxmlException {
        byte[] doctype = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
        for (String name : pkg.parts()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if ((lower.endsWith(".xml") || lower.endsWith(".rels")) && !parsed.contains(lower)) {
                byte[] bytes = pkg.read(name);
                if (bytes != null && indexOf(bytes, doctype) >= 0) {
                    throw new OoxmlException("holds a DOCTYPE (a document type declaration), which Office never writes"
                            + " and which can reach files or the network (XXE); refused", name);
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
