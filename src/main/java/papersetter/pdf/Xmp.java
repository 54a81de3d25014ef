package papersetter.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
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

    private Xmp() {
    }

    static byte[] of(DocumentInfo info) {
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
