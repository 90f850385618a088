package org.tadworkbench.archimate.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.tadworkbench.archimate.ArchimateImportException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML into a DOM. Exchange files come from other people's tools, so the parser refuses any
 * DOCTYPE (the door to external entities such as file:///etc/passwd and to entity expansion bombs), never fetches
 * anything, and reports the first problem as one line with its position instead of printing to stderr.
 */
public final class SafeXml {

    private SafeXml() {
    }

    public static Document parse(byte[] content) throws ArchimateImportException {
        DocumentBuilder builder = builder();
        try {
            InputSource source = new InputSource(new ByteArrayInputStream(content));
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw new ArchimateImportException(where(e) + describe(e.getMessage()));
        } catch (SAXException e) {
            throw new ArchimateImportException("not well-formed XML: " + describe(e.getMessage()));
        } catch (IOException e) {
            throw new ArchimateImportException("could not be read: " + e.getMessage());
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setValidating(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(THROW_QUIETLY);
            // Belt and braces: should anything still ask for an external resource, it gets nothing.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature: " + e.getMessage(), e);
        }
    }

    private static String where(SAXParseException e) {
        if (e.getLineNumber() <= 0) {
            return "";
        }
        return "line " + e.getLineNumber() + (e.getColumnNumber() > 0 ? ", column " + e.getColumnNumber() : "") + ": ";
    }

    /** The parser's message, with the DOCTYPE refusal said in words a user can act on. */
    private static String describe(String message) {
        String text = message == null ? "not well-formed XML" : message.replaceAll("\\s+", " ").trim();
        if (text.contains("DOCTYPE is disallowed")) {
            return "the file has a DOCTYPE declaration, which is refused: a DOCTYPE can define entities that read "
                    + "local files or expand without bound, and exchange files never need one";
        }
        return "not well-formed XML: " + text;
    }

    private static final ErrorHandler THROW_QUIETLY = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not stop a parse and must not reach the user's terminal as parser noise.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
