package org.zwlint.core.config;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of an MSBuild file, with the line it starts on: the little tree the project
 * importer walks. Read with StAX, with DTDs and external entities off (a project file is input).
 */
record XmlElement(String name, Map<String, String> attributes, String text, int line, List<XmlElement> children) {
    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    Optional<String> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    /** A well-formedness error, with the line the parser stopped on. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        Malformed(String message, int line) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final class Building {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();

        Building(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }
    }

    static XmlElement parse(byte[] bytes) throws Malformed {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        Deque<Building> open = new ArrayDeque<>();
        List<XmlElement> roots = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    open.push(new Building(reader.getLocalName(), attributes, reader.getLocation().getLineNumber()));
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    Building done = open.pop();
                    XmlElement element = new XmlElement(done.name, done.attributes, done.text.toString().strip(),
                            done.line, done.children);
                    if (open.isEmpty()) {
                        roots.add(element);
                    } else {
                        open.peek().children.add(element);
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            int line = e instanceof XMLStreamException x && x.getLocation() != null ? x.getLocation().getLineNumber()
                    : 0;
            String message = String.valueOf(e.getMessage());
            int detail = message.indexOf("Message: ");
            throw new Malformed(detail >= 0 ? message.substring(detail + 9) : message, Math.max(line, 0));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing was left to read
                }
            }
        }
        if (roots.isEmpty()) {
            throw new Malformed("no root element", 1);
        }
        return roots.get(0);
    }
}
