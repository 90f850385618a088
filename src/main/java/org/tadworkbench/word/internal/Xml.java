package org.tadworkbench.word.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small helpers over a StAX cursor for WordprocessingML, whose attributes of interest are all in the w: namespace. */
final class Xml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Xml() {
    }

    /** The w:val (or any namespace's val) attribute, or null. */
    static String val(XMLStreamReader r) {
        return attr(r, "val");
    }

    /** A w: attribute by local name; falls back to an unqualified one (some writers omit the prefix). */
    static String attr(XMLStreamReader r, String local) {
        String v = r.getAttributeValue(W, local);
        return v != null ? v : r.getAttributeValue(null, local);
    }

    static Integer intAttr(XMLStreamReader r, String local) {
        String v = attr(r, local);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An on/off property (w:b, w:i, w:vanish): on unless its val says false, 0 or off. */
    static boolean onOff(XMLStreamReader r) {
        String v = val(r);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off")
                || v.equalsIgnoreCase("none"));
    }

    /** An on/off attribute (w:default="1"): off when absent. */
    static boolean onOffAttr(XMLStreamReader r, String local) {
        String v = attr(r, local);
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
    }

    /** Moves past the end of the element the cursor is on, skipping its content. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The text content of the element the cursor is on; leaves the cursor on its end. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                out.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
        }
        return out.toString();
    }

    /**
     * Advances to the next child start element of the current element, returning false when the element ends
     * (the cursor is then on its end tag).
     */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }
}
