package papersetter.formats;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree with the line of each element, read with the JDK's own StAX parser (not
 * whichever provider a library on the class path registers) with DTDs and external entities off:
 * a Moodle XML file needs neither, and with them a file could read other files or expand an entity
 * into gigabytes. Depth and element count are capped for the same reason.
 */
final class XmlTree {
    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 2_000_000;

    record Element(String name, Map<String, String> attributes, StringBuilder text, List<Element> children, int line) {
        Optional<Element> child(String wanted) {
            return children.stream().filter(c -> c.name.equals(wanted)).findFirst();
        }

        List<Element> all(String wanted) {
            return children.stream().filter(c -> c.name.equals(wanted)).toList();
        }

        String attribute(String wanted) {
            return attributes.getOrDefault(wanted, "");
        }

        /** The text of child {@code wanted}'s {@code <text>}, or of the child itself when it has none. */
        String textOf(String wanted) {
            return child(wanted).map(c -> c.child("text").map(t -> t.text.toString()).orElse(c.text.toString()))
                    .orElse("");
        }
    }

    /** A file that is not well-formed XML, with the line where the parser stopped. */
    static final class Broken extends Exception {
        final int line;

        Broken(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private XmlTree() {
    }

    /** The line where the DOCTYPE starts; the parser reports the line where it ends. */
    private static int doctypeLine(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("<!DOCTYPE");
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static Element parse(byte[] bytes) throws Broken {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            List<Element> open = new ArrayList<>();
            Element root = null;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH || ++elements > MAX_ELEMENTS) {
                            throw new Broken("the XML is nested deeper than " + MAX_DEPTH
                                    + " or holds more than " + MAX_ELEMENTS + " elements", reader.getLocation().getLineNumber());
                        }
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        Element element = new Element(reader.getLocalName(), attributes, new StringBuilder(),
                                new ArrayList<>(), reader.getLocation().getLineNumber());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.get(open.size() - 1).children.add(element);
                        }
                        open.add(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.get(open.size() - 1).text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.DTD -> throw new Broken("the file declares a DTD (<!DOCTYPE …>), which a"
                            + " Moodle XML file never needs and papersetter does not read, as it could make the file read"
                            + " other files or grow without end", doctypeLine(bytes));
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new Broken("the file uses an entity ("
                            + reader.getLocalName() + ") that XML does not define", reader.getLocation().getLineNumber());
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new Broken("the file holds no XML element", 0);
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            String message = e.getMessage() == null ? "" : e.getMessage();
            // StAX puts "ParseError at [row,col]:[3,5]\nMessage: " before the words that matter.
            int words = message.indexOf("Message: ");
            throw new Broken("the file is not well-formed XML: "
                    + (words >= 0 ? message.substring(words + 9).strip() : message.strip()), line);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }
}
