package org.parley.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a template's XHTML output into a DOM, the common input of both document writers. */
final class Xhtml {

    /** Characters XML 1.0 forbids; scraped article text can carry them, and one would fail the whole parse. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(Xhtml::newBuilder);

    private Xhtml() {
    }

    /**
     * Parses markup without fetching anything: no external DTD, no entity expansion.
     *
     * @throws RenderException with the line and column where the markup stops being well-formed
     */
    static Document parse(String markup) {
        String clean = allowedInXml(markup) ? markup : NOT_XML.matcher(markup).replaceAll("");
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        try {
            return builder.parse(new InputSource(new StringReader(clean)));
        } catch (SAXParseException e) {
            throw new RenderException("The template's output is not well-formed XHTML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new RenderException("Cannot read the template's output as XHTML: " + e.getMessage(), e);
        }
    }

    /** A quick scan: nearly all markup is clean, and the regex replacement costs as much as parsing. */
    private static boolean allowedInXml(String markup) {
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c < 0x20 ? c != 0x09 && c != 0x0A && c != 0x0D : c >= 0xFFFE || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The element's child elements, in order. */
    static List<Element> children(Node parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    /** The local name in lower case ("p", "h1"), whether or not the markup declared the XHTML namespace. */
    static String name(Element element) {
        String local = element.getLocalName();
        return (local == null ? element.getTagName() : local).toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the element's class attribute lists {@code cls}. */
    static boolean hasClass(Element element, String cls) {
        for (String c : element.getAttribute("class").split("\\s+")) {
            if (c.equals(cls)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every element of a document by its place in document order (0 for the root): the same markup
     * parsed twice gives its elements the same places, so one parse's layout can guide another's.
     */
    static Map<Element, Integer> documentOrder(Document dom) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(dom.getDocumentElement());
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            order.put(e, order.size());
            List<Element> children = children(e);
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return order;
    }

    /** The first descendant with that local name, or null. */
    static Element first(Element root, String name) {
        for (Element child : children(root)) {
            if (name(child).equals(name)) {
                return child;
            }
            Element found = first(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // fatal errors throw; nothing is printed to stderr
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a standard feature", e);
        }
    }
}
