package papersetter.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import papersetter.testing.Cli;

/**
 * The QTI 2.1 package that convert writes: every item and the test valid against the QTI 2.1
 * elements papersetter uses (qti21-subset.xsd, after the IMS schema; see the fixtures' README for
 * why not the IMS file itself), the manifest against IMS CP 1.1's, every file the manifest names in
 * the zip, every picture an item shows in it, and each correct response one of the item's choices.
 */
class QtiPackageTest {
    static final Path SCHEMAS = Path.of("src/test/resources/formats/qti");

    @TempDir
    Path dir;

    private Map<String, byte[]> convert(Path bank) throws IOException {
        Path zip = dir.resolve(bank.getFileName() + ".zip");
        Cli run = Cli.run("convert", bank.toString(), "--to", "qti", "-o", zip.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getName()).doesNotContain("..").doesNotStartWith("/");
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Schema schema(String name) throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(new StreamSource(SCHEMAS.resolve(name).toFile()));
    }

    private static void valid(Schema schema, String name, byte[] xml) throws IOException {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml), name));
        } catch (SAXException e) {
            throw new AssertionError(name + " is not valid: " + e.getMessage() + "\n" + new String(xml, "UTF-8"), e);
        }
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void everyPartOfThePackageIsValidAndComplete() throws Exception {
        Path bank = dir.resolve("django.csv");
        Files.copy(RoundTripTest.CSV, bank);
        Files.createDirectories(dir.resolve("images"));
        Files.copy(RoundTripTest.CSV.resolveSibling("images/orm-diagram.png"), dir.resolve("images/orm-diagram.png"));
        Map<String, byte[]> entries = convert(bank);
        check(entries, 7);
        assertThat(entries).containsKey("images/orm-diagram.png");
        String mcq = new String(entries.get("items/DJ-VIEW-001.xml"), "UTF-8");
        assertThat(mcq).contains("shuffle=\"false\"", "<pre>def hello(request):\n    return HttpResponse(\"hi\")</pre>",
                "<value>CHOICE_A</value>", "label=\"fresher/views\"");
        String fill = new String(entries.get("items/DJ-CLI-001.xml"), "UTF-8");
        assertThat(fill).contains("<p>Run <code>python </code><textEntryInteraction responseIdentifier=\"RESPONSE_1\" expectedLength=\"15\"/>"
                        + "<code> runserver</code> to start",
                "<mapEntry mapKey=\"manage.py\" mappedValue=\"1\"/>", "<mapEntry mapKey=\"django-admin\" mappedValue=\"1\"/>",
                "<mapEntry mapKey=\"8000\" mappedValue=\"1\"/>");
    }

    @Test
    void numericItemsScoreTheRangeTheKeyPrints() throws Exception {
        Path bank = dir.resolve("numbers.csv");
        Files.writeString(bank, "id,level,topic,type,question,answer,unit,marks\n"
                + "G,l,t,numeric,How fast?,9.81 ±0.05,m/s²,2\n"
                + "S,l,t,numeric,How far?,19.6 (3 s.f.),m,1\n");
        Map<String, byte[]> entries = convert(bank);
        check(entries, 2);
        String g = new String(entries.get("items/G.xml"), "UTF-8");
        assertThat(g).contains("baseType=\"float\"", "<value>9.81</value>",
                "<textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\"12\"/> m/s²",
                "<gte><variable identifier=\"RESPONSE\"/><baseValue baseType=\"float\">9.76</baseValue></gte>",
                "<lte><variable identifier=\"RESPONSE\"/><baseValue baseType=\"float\">9.86</baseValue></lte>");
        // A rounding's upper end rounds up, so it is not accepted: lt, not lte.
        assertThat(new String(entries.get("items/S.xml"), "UTF-8")).contains(
                "<gte><variable identifier=\"RESPONSE\"/><baseValue baseType=\"float\">19.55</baseValue></gte>",
                "<lt><variable identifier=\"RESPONSE\"/><baseValue baseType=\"float\">19.65</baseValue></lt>");
    }

    @Test
    void questionsFromGiftAndNamesThatAreNotIdentifiers() throws Exception {
        Map<String, byte[]> entries = convert(GiftBankTest.GIFT.toAbsolutePath());
        check(entries, 13);
        Map<String, byte[]> trivia = convert(MappedCsvTest.FIXTURES.resolve("trivia.csv").toAbsolutePath());
        check(trivia, 5);
        // Ids such as 101 are not XML names; the item takes a prefix and keeps the id as its title.
        assertThat(new String(trivia.get("items/Q_101.xml"), "UTF-8")).contains("identifier=\"Q_101\"", "title=\"101\"");
    }

    private void check(Map<String, byte[]> entries, int items) throws Exception {
        Schema qti = schema("qti21-subset.xsd");
        Schema cp = schema("imscp11-subset.xsd");
        valid(cp, "imsmanifest.xml", entries.get("imsmanifest.xml"));
        valid(qti, "test.xml", entries.get("test.xml"));
        Document manifest = dom(entries.get("imsmanifest.xml"));
        NodeList files = manifest.getElementsByTagNameNS(QtiWriter.CP, "file");
        Set<String> named = new HashSet<>();
        for (int i = 0; i < files.getLength(); i++) {
            String href = ((Element) files.item(i)).getAttribute("href");
            assertThat(entries).as("the manifest names " + href).containsKey(href);
            named.add(href);
        }
        assertThat(named).containsAll(entries.keySet().stream().filter(n -> !n.equals("imsmanifest.xml")).toList());
        List<String> itemNames = entries.keySet().stream().filter(n -> n.startsWith("items/")).toList();
        assertThat(itemNames).hasSize(items);
        for (String name : itemNames) {
            valid(qti, name, entries.get(name));
            Document item = dom(entries.get(name));
            Set<String> choices = new HashSet<>();
            NodeList simpleChoices = item.getElementsByTagNameNS(QtiWriter.QTI, "simpleChoice");
            for (int i = 0; i < simpleChoices.getLength(); i++) {
                assertThat(choices.add(((Element) simpleChoices.item(i)).getAttribute("identifier"))).isTrue();
            }
            if (!choices.isEmpty()) {
                NodeList values = ((Element) item.getElementsByTagNameNS(QtiWriter.QTI, "correctResponse").item(0))
                        .getElementsByTagNameNS(QtiWriter.QTI, "value");
                for (int i = 0; i < values.getLength(); i++) {
                    assertThat(choices).as(name).contains(values.item(i).getTextContent());
                }
            }
            NodeList pictures = item.getElementsByTagNameNS(QtiWriter.QTI, "img");
            for (int i = 0; i < pictures.getLength(); i++) {
                String src = ((Element) pictures.item(i)).getAttribute("src");
                assertThat(entries).containsKey(Path.of("items").resolve(src).normalize().toString());
            }
        }
        Document test = dom(entries.get("test.xml"));
        assertThat(test.getElementsByTagNameNS(QtiWriter.QTI, "assessmentItemRef").getLength()).isEqualTo(items);
    }
}
