package org.tadworkbench.word.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tadworkbench.word.WordComment;

/**
 * The comments part (word/comments.xml) and Word 2013's threading part (word/commentsExtended.xml). A reply is not
 * marked in comments.xml: commentsExtended.xml names, by the w14:paraId of each comment's last paragraph, the
 * paragraph of the comment it replies to and whether the thread is resolved.
 */
final class Comments {

    /** A comment as comments.xml holds it: its text and the paraId of its last paragraph (null if none). */
    record Raw(String id, String author, String initials, String date, String text, String lastParaId) {
    }

    /** One w15:commentEx: the comment paragraph it describes, its parent's paragraph (or null), resolved. */
    record Extended(String paraId, String parentParaId, boolean done) {
    }

    private Comments() {
    }

    static List<Raw> read(XMLStreamReader r) throws XMLStreamException {
        // the cursor is on the root element (w:comments)
        List<Raw> out = new ArrayList<>();
        while (Xml.nextChild(r)) {
            if (r.getLocalName().equals("comment")) {
                out.add(comment(r));
            } else {
                Xml.skip(r);
            }
        }
        return out;
    }

    private static Raw comment(XMLStreamReader r) throws XMLStreamException {
        String id = Xml.attr(r, "id");
        String author = Xml.attr(r, "author");
        String initials = Xml.attr(r, "initials");
        String date = Xml.attr(r, "date");
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String lastParaId = null;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "t" -> current.append(Xml.text(r));
                    case "p" -> {
                        current.setLength(0);
                        lastParaId = attribute(r, "paraId");
                        depth++;
                    }
                    case "tab" -> {
                        current.append('\t');
                        depth++;
                    }
                    case "br", "cr" -> {
                        current.append('\n');
                        depth++;
                    }
                    // deleted text, field codes and the inactive branch of alternate content are not the comment's
                    case "delText", "instrText", "delInstrText", "Fallback" -> Xml.skip(r);
                    default -> depth++;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
                if (r.getLocalName().equals("p")) {
                    paragraphs.add(current.toString().strip());
                    current.setLength(0);
                }
            }
        }
        return new Raw(id, author, initials, date, join(paragraphs), lastParaId);
    }

    /** Paragraphs separated by a blank line, empty ones (Word leaves some) dropped. */
    private static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs.stream().filter(p -> !p.isEmpty()).toList());
    }

    static List<Extended> readExtended(XMLStreamReader r) throws XMLStreamException {
        // the cursor is on the root element (w15:commentsEx)
        List<Extended> out = new ArrayList<>();
        while (Xml.nextChild(r)) {
            if (r.getLocalName().equals("commentEx")) {
                String paraId = attribute(r, "paraId");
                String done = attribute(r, "done");
                if (paraId != null) {
                    out.add(new Extended(paraId, attribute(r, "paraIdParent"),
                            "1".equals(done) || "true".equalsIgnoreCase(done)));
                }
            }
            Xml.skip(r);
        }
        return out;
    }

    /** word/commentsIds.xml: w16cid:commentId paraId -> durableId. */
    static Map<String, String> readIds(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        while (Xml.nextChild(r)) {
            String paraId = attribute(r, "paraId");
            String durableId = attribute(r, "durableId");
            if (r.getLocalName().equals("commentId") && paraId != null && durableId != null) {
                out.put(paraId, durableId);
            }
            Xml.skip(r);
        }
        return out;
    }

    /** word/commentsExtensible.xml: w16cex:commentExtensible durableId -> dateUtc. */
    static Map<String, String> readExtensible(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        while (Xml.nextChild(r)) {
            String durableId = attribute(r, "durableId");
            String dateUtc = attribute(r, "dateUtc");
            if (r.getLocalName().equals("commentExtensible") && durableId != null && dateUtc != null) {
                out.put(durableId, dateUtc);
            }
            Xml.skip(r);
        }
        return out;
    }

    /** An attribute by local name in any namespace (w14:paraId, w15:done): Word's extension namespaces vary. */
    private static String attribute(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The comments placed in the body and threaded. */
    static List<WordComment> assemble(List<Raw> raw, List<Extended> extended, Map<String, String> durableIds,
                                      Map<String, String> utcDates, Map<String, ReviewCollector.Placement> placements) {
        Map<String, Extended> byPara = new HashMap<>();
        for (Extended e : extended) {
            byPara.put(e.paraId(), e);
        }
        Map<String, String> commentByPara = new HashMap<>();
        for (Raw c : raw) {
            if (c.lastParaId() != null) {
                commentByPara.put(c.lastParaId(), c.id());
            }
        }
        List<WordComment> out = new ArrayList<>();
        for (Raw c : raw) {
            Extended e = c.lastParaId() == null ? null : byPara.get(c.lastParaId());
            String parent = e == null || e.parentParaId() == null ? null : commentByPara.get(e.parentParaId());
            ReviewCollector.Placement at = placements.get(c.id());
            int paragraph = at == null ? 0 : at.paragraph;
            String quote = at == null ? "" : at.quote.toString().strip();
            String durable = c.lastParaId() == null ? null : durableIds.get(c.lastParaId());
            out.add(new WordComment(c.id(), c.author(), c.initials(), c.date(), c.text(), paragraph, quote, parent,
                    e != null && e.done(), durable, durable == null ? null : utcDates.get(durable)));
        }
        return out;
    }
}
