package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Parley's Liquibase change log: where it is, and which of its change sets apply where. */
final class ChangeLog {

    static final String RESOURCE = "org/parley/store/changelog.xml";
    /** The Liquibase context of a database opened in an application server. */
    static final String CONTAINER = "liberty";

    private ChangeLog() {
    }

    /**
     * The ids of the change sets that apply to a kind of database, in an application server or not
     * (the change sets of context {@code !liberty} are jbatch SE's tables, which an application
     * server's own batch container does not use).
     */
    static List<String> ids(Database.Kind kind, boolean inContainer) {
        try (InputStream in = ChangeLog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the change log " + RESOURCE + " is missing from the build");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList sets = factory.newDocumentBuilder().parse(in).getElementsByTagName("changeSet");
            List<String> ids = new ArrayList<>();
            String name = kind.name().toLowerCase(Locale.ROOT);
            for (int i = 0; i < sets.getLength(); i++) {
                Element set = (Element) sets.item(i);
                String dbms = set.getAttribute("dbms");
                boolean forServer = !("!" + CONTAINER).equals(set.getAttribute("context"));
                if ((dbms.isEmpty() || Arrays.asList(dbms.split("\\s*,\\s*")).contains(name))
                        && (forServer || !inContainer)) {
                    ids.add(set.getAttribute("id"));
                }
            }
            return ids;
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the change log " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
