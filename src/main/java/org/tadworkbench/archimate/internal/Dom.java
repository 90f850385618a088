package org.tadworkbench.archimate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reading the exchange namespace's elements out of a DOM, with the few rules every tool's file follows. */
public final class Dom {

    public static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String LANGUAGE = "en";

    private Dom() {
    }

    /** Child elements (not deeper) of the exchange namespace with the given local name, in document order. */
    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && NAMESPACE.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** Children of the child container, e.g. every {@code element} of {@code <elements>}. */
    public static List<Element> children(Element parent, String container, String name) {
        List<Element> found = new ArrayList<>();
        children(parent, container).forEach(c -> found.addAll(children(c, name)));
        return found;
    }

    /** Every descendant element with the given local name, nested ones included, in document order. */
    public static List<Element> descendants(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NAMESPACE, name);
        List<Element> found = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /**
     * The text of a multi-language child such as {@code name}: the English one when there is one (xml:lang "en" or
     * "en-GB"), else the first. Empty when there is no such child.
     */
    public static Optional<String> text(Element parent, String name) {
        List<Element> texts = children(parent, name);
        return texts.stream().filter(Dom::isEnglish).findFirst().or(() -> texts.stream().findFirst())
                .map(Element::getTextContent);
    }

    private static boolean isEnglish(Element text) {
        String lang = text.getAttributeNS(XMLConstants.XML_NS_URI, "lang").toLowerCase(Locale.ROOT);
        return lang.equals(LANGUAGE) || lang.startsWith(LANGUAGE + "-");
    }

    /** The xsi:type without any namespace prefix ({@code archimate:Device} is Device); empty when absent. */
    public static String xsiType(Element element) {
        String type = element.getAttributeNS(XSI, "type").trim();
        return type.substring(type.indexOf(':') + 1);
    }

    /** An unqualified attribute, or null when it is absent or empty. */
    public static String attribute(Element element, String name) {
        String value = element.getAttribute(name).trim();
        return value.isEmpty() ? null : value;
    }
}
