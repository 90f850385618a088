package org.tadworkbench.ooxml;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX over a package part with DTDs and external entities off, refusing any DOCTYPE outright: Office never writes
 * one, so a part that has one was made to attack the reader (XXE, billion laughs).
 */
public final class SafeXml {

    /** One factory per thread: StAX does not promise that a factory may be shared (pages ingest uploads in parallel). */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::factory);

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        // The JDK's own implementation, whatever else is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** A reader on {@code xml}, positioned on its root element. */
    public static XMLStreamReader open(byte[] xml, String part) throws OoxmlException {
        try {
            XMLStreamReader reader = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new OoxmlException("holds a DOCTYPE (a document type declaration), which Office never writes"
                            + " and which can reach files or the network (XXE); refused", part);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return reader;
                }
            }
            throw new OoxmlException("holds no XML element", part);
        } catch (XMLStreamException e) {
            throw malformed(part, e);
        }
    }

    public static OoxmlException malformed(String part, XMLStreamException e) {
        String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                + ", column " + e.getLocation().getColumnNumber();
        return new OoxmlException("is not well-formed XML" + where + " (" + message + ")", part, e);
    }
}
