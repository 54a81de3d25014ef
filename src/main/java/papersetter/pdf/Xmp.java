package papersetter.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.TransformerException;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A document's XMP metadata, written by PDFBox's xmpbox: title, author, subject and language as the
 * document information says them, the tool, and the standards the file claims (PDF/UA-1, PDF/A-2b).
 * No dates, so the same document always gives the same bytes.
 */
final class Xmp {
    static final String CREATOR = "papersetter";
    static final String PRODUCER = "papersetter with Apache PDFBox";
    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    private static volatile byte[] srgb;
    /**
     * A serializer per thread: making one looks up the platform's XML factories, which costs more
     * than writing a document's metadata; a factory is not meant to be shared between threads.
     */
    private static final ThreadLocal<XmpSerializer> SERIALIZER = ThreadLocal.withInitial(() -> new XmpSerializer(
            javax.xml.transform.TransformerFactory.newInstance(), javax.xml.parsers.DocumentBuilderFactory.newInstance()));

    /**
     * Stand for the title and the subject in a packet serialised once per run: private-use characters
     * no title or subject of papersetter's carries in practice (one that does is serialised whole).
     */
    private static final String TITLE_MARK = "\uE000title\uE000";
    private static final String SUBJECT_MARK = "\uE000subject\uE000";
    /** A run's packets differ only in title and subject (set A, set B, ...): the rest is kept here, by what it says. */
    private static final Map<DocumentInfo, byte[]> TEMPLATES = new ConcurrentHashMap<>();
    private static final int MOST_TEMPLATES = 64;
    private static final ThreadLocal<XMLOutputFactory> XML_OUTPUT = ThreadLocal.withInitial(XMLOutputFactory::newDefaultFactory);

    private Xmp() {
    }

    /**
     * The packet for a document. Serialising XMP (a DOM and an XSLT identity transform) costs more
     * than writing the rest of a paper's objects, and every paper and key of a run says the same but
     * its title and subject; so the packet is serialised by xmpbox once per run with marks in their
     * places, and each document's title and subject, escaped by the JDK's XML writer, take the marks'.
     */
    static byte[] of(DocumentInfo info) {
        if (mentionsMark(info.title()) || mentionsMark(info.author()) || mentionsMark(info.subject())
                || mentionsMark(info.language())) {
            return serialised(info);
        }
        boolean subject = !info.subject().isEmpty();
        DocumentInfo shape = new DocumentInfo(TITLE_MARK, info.author(), subject ? SUBJECT_MARK : "", info.language(),
                info.pdfA(), info.accessible());
        byte[] template = TEMPLATES.get(shape);
        if (template == null) {
            template = serialised(shape);
            if (TEMPLATES.size() < MOST_TEMPLATES) {
                TEMPLATES.put(shape, template);
            }
        }
        byte[] packet = replaced(template, TITLE_MARK, info.title());
        if (packet != null && subject) {
            packet = replaced(packet, SUBJECT_MARK, info.subject());
        }
        return packet == null ? serialised(info) : packet;
    }

    /** The packet with its one mark replaced by the text, or null if the mark is not there exactly once. */
    private static byte[] replaced(byte[] template, String mark, String text) {
        byte[] markBytes = mark.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(template, markBytes, 0);
        if (at < 0 || indexOf(template, markBytes, at + 1) >= 0) {
            return null;
        }
        byte[] escaped = xmlText(text);
        byte[] packet = new byte[template.length - markBytes.length + escaped.length];
        System.arraycopy(template, 0, packet, 0, at);
        System.arraycopy(escaped, 0, packet, at, escaped.length);
        System.arraycopy(template, at + markBytes.length, packet, at + escaped.length,
                template.length - at - markBytes.length);
        return packet;
    }

    /** Text that would not come through as it is (the mark, or a control character) is serialised whole. */
    private static boolean mentionsMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uE000' || c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Text as the content of an XML element, in UTF-8, escaped by the JDK's own XML writer (whatever other is on the class path). */
    private static byte[] xmlText(String text) {
        try {
            StringWriter out = new StringWriter(text.length() + 16);
            XMLStreamWriter writer = XML_OUTPUT.get().createXMLStreamWriter(out);
            writer.writeCharacters(text);
            // flushed, not closed: closing asks for a whole document, and this is a piece of one
            writer.flush();
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the XMP metadata", e);
        }
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        outer:
        for (int i = from; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The packet serialised whole, by xmpbox. */
    static byte[] serialised(DocumentInfo info) {
        try {
            XMPMetadata metadata = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = metadata.createAndAddDublinCoreSchema();
            dc.setTitle(info.title());
            dc.setFormat("application/pdf");
            if (!info.author().isEmpty()) {
                dc.addCreator(info.author());
            }
            if (!info.subject().isEmpty()) {
                dc.addDescription(null, info.subject());
            }
            dc.addLanguage(info.language());
            AdobePDFSchema pdf = metadata.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            XMPBasicSchema basic = metadata.createAndAddXMPBasicSchema();
            basic.setCreatorTool(CREATOR);
            if (info.pdfA()) {
                PDFAIdentificationSchema pdfa = metadata.createAndAddPDFAIdentificationSchema();
                pdfa.setPart(2);
                pdfa.setConformance("B");
            }
            if (info.accessible() && !info.pdfA()) {
                // PDF/A accepts only the schemas it lists, unless described in an extension schema;
                // a PDF/A file stays tagged and accessible, without claiming PDF/UA.
                XMPSchema ua = metadata.createAndAddDefaultSchema("pdfuaid", PDFUA_NAMESPACE);
                ua.setIntegerPropertyValueAsSimple("part", 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            SERIALIZER.get().serialize(metadata, out, true);
            return out.toByteArray();
        } catch (TransformerException | BadFieldValueException e) {
            throw new IllegalStateException("cannot write the XMP metadata", e);
        }
    }

    /** The sRGB colour profile, for a PDF/A file's output intent: Java's own, the same bytes every run. */
    static InputStream srgbProfile() {
        byte[] profile = srgb;
        if (profile == null) {
            profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgb = profile;
        }
        return new ByteArrayInputStream(profile);
    }
}
