package papersetter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * A document's XMP packet is made from a run's packet with each title put in its place: it must read
 * back exactly as the packet xmpbox serialises whole, whatever the title holds.
 */
class XmpTitleTest {
    // the title and the subject are the parts that change from one document of a run to the next

    @Test
    void titlesWithMarkupCharactersReadBackAsWritten() throws Exception {
        for (String title : new String[] {"Physics — Set A", "A & B <c> \"d\" 'e' ]]> &amp;", "हिन्दी परीक्षा — सेट B",
                "اختبار", "", " spaces  around ", "😀 𝐀"}) {
            DocumentInfo info = new DocumentInfo(title, "School & Co", "Question paper, set <" + title + ">", "hi-IN", false,
                    true);
            assertSameMeaning(info);
        }
    }

    @Test
    void aPdfAPacketKeepsItsIdentificationAroundTheTitle() throws Exception {
        DocumentInfo info = new DocumentInfo("Set <A>", "", "", "en", true, true);
        XMPMetadata read = read(Xmp.of(info));
        assertThat(read.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        assertThat(read.getDublinCoreSchema().getTitle()).isEqualTo("Set <A>");
    }

    @Test
    void aTitleHoldingTheMarkOrAControlCharacterIsSerialisedWhole() throws Exception {
        for (String title : new String[] {"\uE000title\uE000", "tab\there"}) {
            DocumentInfo info = new DocumentInfo(title, "", "", "en", false, false);
            assertThat(Xmp.of(info)).isEqualTo(Xmp.serialised(info));
        }
    }

    @Property(tries = 200)
    void anyTitleReadsBackAsTheWholePacketDoes(
            @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '\u07ff') String title) throws Exception {
        assertSameMeaning(new DocumentInfo(title, "Institute", "Answer key for " + title, "en", false, true));
        assertSameMeaning(new DocumentInfo(title, "", "", "en", true, false));
    }

    private static void assertSameMeaning(DocumentInfo info) throws Exception {
        XMPMetadata fromTemplate = read(Xmp.of(info));
        XMPMetadata whole = read(Xmp.serialised(info));
        DublinCoreSchema dc = fromTemplate.getDublinCoreSchema();
        assertThat(dc.getTitle()).isEqualTo(whole.getDublinCoreSchema().getTitle()).isEqualTo(info.title());
        assertThat(dc.getCreators()).isEqualTo(whole.getDublinCoreSchema().getCreators());
        assertThat(dc.getLanguages()).isEqualTo(whole.getDublinCoreSchema().getLanguages());
        assertThat(dc.getDescription()).isEqualTo(whole.getDublinCoreSchema().getDescription());
        if (!info.subject().isEmpty()) {
            assertThat(dc.getDescription()).isEqualTo(info.subject());
        }
        assertThat(fromTemplate.getAdobePDFSchema().getProducer()).isEqualTo(whole.getAdobePDFSchema().getProducer());
    }

    private static XMPMetadata read(byte[] packet) throws Exception {
        DomXmpParser parser = new DomXmpParser();
        // xmpbox knows no definition of the PDF/UA identification schema, which it wrote itself
        parser.setStrictParsing(false);
        return parser.parse(new ByteArrayInputStream(packet));
    }
}
