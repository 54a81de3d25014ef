package papersetter.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import papersetter.model.Answer;
import papersetter.model.Markup;
import papersetter.model.NumericAnswers;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/**
 * Questions as an IMS QTI 2.1 content package: a zip with {@code imsmanifest.xml}, one
 * {@code assessmentItem} per question under {@code items/}, an {@code assessmentTest} holding them
 * all in bank order, and the pictures under {@code images/}. XML through the JDK's StAX writer, the
 * zip through java.util.zip with fixed entry times, so the same questions give the same bytes.
 *
 * <p>mcq and truefalse are a choiceInteraction with one choice, multi one with several; fill a
 * textEntryInteraction per blank, each scored with a mapping of its accepted answers; short and long
 * an extendedTextInteraction with the model answer as correct response. Level and topic are the
 * item's {@code label} ("level/topic"); the explanation is modal feedback shown after the answer.
 */
final class QtiWriter {
    static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private QtiWriter() {
    }

    static byte[] write(List<Question> questions, Map<Path, String> pictureNames, String title, Losses losses)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, List<String>> itemFiles = new LinkedHashMap<>(); // item href → files it uses
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            List<String> identifiers = new ArrayList<>();
            for (Question q : questions) {
                String identifier = identifier(q.id(), identifiers);
                identifiers.add(identifier);
                String href = "items/" + identifier + ".xml";
                String picture = q.image().map(pictureNames::get).map(name -> "images/" + name).orElse(null);
                entry(zip, href, item(q, identifier, picture == null ? null : "../" + picture));
                List<String> files = new ArrayList<>(List.of(href));
                if (picture != null) {
                    files.add(picture);
                }
                itemFiles.put(href, files);
                if (q.lines() != 0) {
                    losses.add("answer lines (written as the expected lines of the answer box)", q.id());
                }
                if (!q.group().isEmpty()) {
                    losses.add("groups", q.id());
                }
                if (!q.tags().isEmpty() || q.difficulty() != 0) {
                    losses.add("tags and difficulty", q.id());
                }
            }
            for (Map.Entry<Path, String> picture : pictureNames.entrySet()) {
                entry(zip, "images/" + picture.getValue(), PictureCopies.read(picture.getKey()));
            }
            entry(zip, "test.xml", test(title, identifiers, new ArrayList<>(itemFiles.keySet())));
            entry(zip, "imsmanifest.xml", manifest(itemFiles, identifiers));
        }
        return bytes.toByteArray();
    }

    /** A QTI identifier: letters, digits, '-', '_' and '.', not starting with a digit or sign, and unique. */
    static String identifier(String id, List<String> taken) {
        String base = id.matches("[A-Za-z_].*") ? id : "Q_" + id;
        String identifier = base;
        for (int n = 2; taken.contains(identifier); n++) {
            identifier = base + "_" + n;
        }
        return identifier;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(EPOCH);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] xml(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter((OutputStream) bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the XML: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    static byte[] item(Question q, String identifier, String picture) throws IOException {
        return xml(xml -> {
            xml.setDefaultNamespace(QTI);
            xml.writeStartElement(QTI, "assessmentItem");
            xml.writeDefaultNamespace(QTI);
            xml.writeAttribute("identifier", identifier);
            xml.writeAttribute("title", q.id());
            xml.writeAttribute("label", q.level() + "/" + q.topic());
            xml.writeAttribute("adaptive", "false");
            xml.writeAttribute("timeDependent", "false");
            responseDeclarations(xml, q);
            outcome(xml, "SCORE", "float", null);
            outcome(xml, "MAXSCORE", "float", q.marks().stripTrailingZeros().toPlainString());
            if (!q.explanation().isEmpty()) {
                outcome(xml, "FEEDBACK", "identifier", null);
            }
            xml.writeStartElement("itemBody");
            itemBody(xml, q, picture);
            xml.writeEndElement();
            responseProcessing(xml, q);
            if (!q.explanation().isEmpty()) {
                xml.writeStartElement("modalFeedback");
                xml.writeAttribute("outcomeIdentifier", "FEEDBACK");
                xml.writeAttribute("identifier", "EXPLANATION");
                xml.writeAttribute("showHide", "show");
                flow(xml, q.explanation(), null);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static void responseDeclarations(XMLStreamWriter xml, Question q) throws XMLStreamException {
        switch (q.type()) {
            case MCQ, MULTI, TRUEFALSE -> {
                xml.writeStartElement("responseDeclaration");
                xml.writeAttribute("identifier", "RESPONSE");
                xml.writeAttribute("cardinality", q.type() == QuestionType.MULTI ? "multiple" : "single");
                xml.writeAttribute("baseType", "identifier");
                xml.writeStartElement("correctResponse");
                if (q.answer() instanceof Answer.Choice choice) {
                    for (int i : choice.correct()) {
                        value(xml, choiceId(i));
                    }
                } else {
                    value(xml, ((Answer.TrueFalse) q.answer()).value() ? "TRUE" : "FALSE");
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            case FILL -> {
                List<List<String>> blanks = ((Answer.Blanks) q.answer()).accepted();
                for (int b = 0; b < blanks.size(); b++) {
                    xml.writeStartElement("responseDeclaration");
                    xml.writeAttribute("identifier", "RESPONSE_" + (b + 1));
                    xml.writeAttribute("cardinality", "single");
                    xml.writeAttribute("baseType", "string");
                    xml.writeStartElement("correctResponse");
                    value(xml, blanks.get(b).get(0));
                    xml.writeEndElement();
                    xml.writeStartElement("mapping");
                    xml.writeAttribute("defaultValue", "0");
                    for (String accepted : blanks.get(b)) {
                        xml.writeEmptyElement("mapEntry");
                        xml.writeAttribute("mapKey", accepted);
                        xml.writeAttribute("mappedValue", share(q, blanks.size()));
                    }
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
            }
            case NUMERIC -> {
                Answer.Numeric numeric = (Answer.Numeric) q.answer();
                xml.writeStartElement("responseDeclaration");
                xml.writeAttribute("identifier", "RESPONSE");
                xml.writeAttribute("cardinality", "single");
                xml.writeAttribute("baseType", "float");
                xml.writeStartElement("correctResponse");
                value(xml, NumericAnswers.bank(numeric.accepted().form() == NumericAnswers.Form.RANGE
                        ? numeric.accepted().low() : numeric.accepted().value()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            default -> {
                xml.writeStartElement("responseDeclaration");
                xml.writeAttribute("identifier", "RESPONSE");
                xml.writeAttribute("cardinality", "single");
                xml.writeAttribute("baseType", "string");
                xml.writeStartElement("correctResponse");
                value(xml, ((Answer.Model) q.answer()).text());
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
    }

    private static String share(Question q, int blanks) {
        return q.marks().divide(java.math.BigDecimal.valueOf(blanks), 4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static void itemBody(XMLStreamWriter xml, Question q, String picture) throws XMLStreamException {
        switch (q.type()) {
            case MCQ, MULTI, TRUEFALSE -> {
                flow(xml, q.text(), picture);
                xml.writeStartElement("choiceInteraction");
                xml.writeAttribute("responseIdentifier", "RESPONSE");
                xml.writeAttribute("shuffle", Boolean.toString(q.type() != QuestionType.TRUEFALSE && q.shuffleOptions()));
                xml.writeAttribute("maxChoices", q.type() == QuestionType.MULTI ? "0" : "1");
                if (q.type() == QuestionType.TRUEFALSE) {
                    choice(xml, "TRUE", "True");
                    choice(xml, "FALSE", "False");
                } else {
                    for (int i = 0; i < q.options().size(); i++) {
                        choice(xml, choiceId(i), q.options().get(i));
                    }
                }
                xml.writeEndElement();
            }
            case FILL -> {
                // Each run of underscores becomes an entry box in its place, inside a code span or not.
                xml.writeStartElement("div");
                xml.writeStartElement("p");
                int blank = 0;
                for (Markup.Span span : Markup.inline(q.text())) {
                    String[] pieces = span.formula() ? new String[] {span.text()} : span.text().split("_{3,}", -1);
                    for (int i = 0; i < pieces.length; i++) {
                        if (!pieces[i].isEmpty()) {
                            spans(xml, List.of(new Markup.Span(pieces[i], span.kind(), span.at())));
                        }
                        if (i + 1 < pieces.length) {
                            xml.writeEmptyElement("textEntryInteraction");
                            xml.writeAttribute("responseIdentifier", "RESPONSE_" + (++blank));
                            xml.writeAttribute("expectedLength", "15");
                        }
                    }
                }
                xml.writeEndElement();
                if (picture != null) {
                    picture(xml, picture);
                }
                xml.writeEndElement();
            }
            case NUMERIC -> {
                // The answer box, and the unit after it as the paper prints it.
                flow(xml, q.text(), picture);
                xml.writeStartElement("p");
                xml.writeEmptyElement("textEntryInteraction");
                xml.writeAttribute("responseIdentifier", "RESPONSE");
                xml.writeAttribute("expectedLength", "12");
                String unit = ((Answer.Numeric) q.answer()).unit();
                if (!unit.isEmpty()) {
                    xml.writeCharacters(" " + unit);
                }
                xml.writeEndElement();
            }
            default -> {
                flow(xml, q.text(), picture);
                xml.writeEmptyElement("extendedTextInteraction");
                xml.writeAttribute("responseIdentifier", "RESPONSE");
                xml.writeAttribute("expectedLines", Integer.toString(q.lines() == 0 ? (q.type() == QuestionType.SHORT ? 4 : 12) : q.lines()));
            }
        }
    }

    private static void responseProcessing(XMLStreamWriter xml, Question q) throws XMLStreamException {
        xml.writeStartElement("responseProcessing");
        String marks = q.marks().stripTrailingZeros().toPlainString();
        switch (q.type()) {
            case MCQ, MULTI, TRUEFALSE -> {
                xml.writeStartElement("responseCondition");
                xml.writeStartElement("responseIf");
                xml.writeStartElement("match");
                variable(xml, "variable", "RESPONSE");
                variable(xml, "correct", "RESPONSE");
                xml.writeEndElement();
                setOutcome(xml, "SCORE", "float", marks);
                xml.writeEndElement();
                xml.writeStartElement("responseElse");
                setOutcome(xml, "SCORE", "float", "0");
                xml.writeEndElement();
                xml.writeEndElement();
            }
            case FILL -> {
                int blanks = ((Answer.Blanks) q.answer()).accepted().size();
                xml.writeStartElement("setOutcomeValue");
                xml.writeAttribute("identifier", "SCORE");
                xml.writeStartElement("sum");
                for (int b = 1; b <= blanks; b++) {
                    variable(xml, "mapResponse", "RESPONSE_" + b);
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            case NUMERIC -> {
                // Full marks inside the range the key prints, each end included or not as there.
                NumericAnswers.Accepted accepted = ((Answer.Numeric) q.answer()).accepted();
                xml.writeStartElement("responseCondition");
                xml.writeStartElement("responseIf");
                xml.writeStartElement("and");
                compare(xml, accepted.lowOpen() ? "gt" : "gte", NumericAnswers.bank(accepted.low()));
                compare(xml, accepted.highOpen() ? "lt" : "lte", NumericAnswers.bank(accepted.high()));
                xml.writeEndElement();
                setOutcome(xml, "SCORE", "float", marks);
                xml.writeEndElement();
                xml.writeStartElement("responseElse");
                setOutcome(xml, "SCORE", "float", "0");
                xml.writeEndElement();
                xml.writeEndElement();
            }
            default -> {
                // A written answer is marked by a person; the score starts at nothing.
                setOutcome(xml, "SCORE", "float", "0");
            }
        }
        if (!q.explanation().isEmpty()) {
            setOutcome(xml, "FEEDBACK", "identifier", "EXPLANATION");
        }
        xml.writeEndElement();
    }

    /** {@code <gte><variable identifier="RESPONSE"/><baseValue baseType="float">9.76</baseValue></gte>} and the like. */
    private static void compare(XMLStreamWriter xml, String operator, String number) throws XMLStreamException {
        xml.writeStartElement(operator);
        variable(xml, "variable", "RESPONSE");
        xml.writeStartElement("baseValue");
        xml.writeAttribute("baseType", "float");
        xml.writeCharacters(number);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void setOutcome(XMLStreamWriter xml, String identifier, String baseType, String value)
            throws XMLStreamException {
        xml.writeStartElement("setOutcomeValue");
        xml.writeAttribute("identifier", identifier);
        xml.writeStartElement("baseValue");
        xml.writeAttribute("baseType", baseType);
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void variable(XMLStreamWriter xml, String element, String identifier) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("identifier", identifier);
    }

    private static void outcome(XMLStreamWriter xml, String identifier, String baseType, String defaultValue)
            throws XMLStreamException {
        xml.writeStartElement("outcomeDeclaration");
        xml.writeAttribute("identifier", identifier);
        xml.writeAttribute("cardinality", "single");
        xml.writeAttribute("baseType", baseType);
        if (defaultValue != null) {
            xml.writeStartElement("defaultValue");
            value(xml, defaultValue);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void choice(XMLStreamWriter xml, String identifier, String text) throws XMLStreamException {
        xml.writeStartElement("simpleChoice");
        xml.writeAttribute("identifier", identifier);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.writeEmptyElement("br");
            }
            inlineText(xml, lines[i]);
        }
        xml.writeEndElement();
    }

    static String choiceId(int index) {
        return "CHOICE_" + (char) ('A' + index);
    }

    /** Bank text as QTI block content: paragraphs with line breaks and code spans, code blocks as pre. */
    private static void flow(XMLStreamWriter xml, String text, String picture) throws XMLStreamException {
        xml.writeStartElement("div");
        for (Markup.Block block : Markup.parse(text)) {
            if (block instanceof Markup.Code code) {
                xml.writeStartElement("pre");
                xml.writeCharacters(code.text());
                xml.writeEndElement();
            } else if (block instanceof Markup.Display display) {
                xml.writeStartElement("p");
                xml.writeCharacters("\\[" + display.latex() + "\\]");
                xml.writeEndElement();
            } else if (block instanceof Markup.Prose paragraph) {
                xml.writeStartElement("p");
                for (int i = 0; i < paragraph.lines().size(); i++) {
                    if (i > 0) {
                        xml.writeEmptyElement("br");
                    }
                    spans(xml, paragraph.lines().get(i));
                }
                xml.writeEndElement();
            }
        }
        if (picture != null) {
            picture(xml, picture);
        }
        xml.writeEndElement();
    }

    private static void picture(XMLStreamWriter xml, String picture) throws XMLStreamException {
        xml.writeStartElement("p");
        xml.writeEmptyElement("img");
        xml.writeAttribute("src", picture);
        xml.writeAttribute("alt", "");
        xml.writeEndElement();
    }

    private static void inlineText(XMLStreamWriter xml, String text) throws XMLStreamException {
        spans(xml, Markup.inline(text));
    }

    /** Code as code; a formula in the delimiters MathJax (which QTI players use) reads. */
    private static void spans(XMLStreamWriter xml, List<Markup.Span> spans) throws XMLStreamException {
        for (Markup.Span span : spans) {
            if (span.code()) {
                xml.writeStartElement("code");
                xml.writeCharacters(span.text());
                xml.writeEndElement();
            } else {
                xml.writeCharacters(span.written());
            }
        }
    }

    private static byte[] test(String title, List<String> identifiers, List<String> hrefs) throws IOException {
        return xml(xml -> {
            xml.setDefaultNamespace(QTI);
            xml.writeStartElement(QTI, "assessmentTest");
            xml.writeDefaultNamespace(QTI);
            xml.writeAttribute("identifier", "TEST");
            xml.writeAttribute("title", title);
            xml.writeStartElement("testPart");
            xml.writeAttribute("identifier", "PART_1");
            xml.writeAttribute("navigationMode", "nonlinear");
            xml.writeAttribute("submissionMode", "simultaneous");
            xml.writeStartElement("assessmentSection");
            xml.writeAttribute("identifier", "SECTION_1");
            xml.writeAttribute("title", title);
            xml.writeAttribute("visible", "true");
            for (int i = 0; i < identifiers.size(); i++) {
                xml.writeEmptyElement("assessmentItemRef");
                xml.writeAttribute("identifier", identifiers.get(i));
                xml.writeAttribute("href", hrefs.get(i));
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static byte[] manifest(Map<String, List<String>> itemFiles, List<String> identifiers) throws IOException {
        return xml(xml -> {
            xml.setDefaultNamespace(CP);
            xml.writeStartElement(CP, "manifest");
            xml.writeDefaultNamespace(CP);
            xml.writeAttribute("identifier", "MANIFEST_PAPERSETTER");
            xml.writeStartElement("metadata");
            xml.writeStartElement("schema");
            xml.writeCharacters("QTIv2.1 Package");
            xml.writeEndElement();
            xml.writeStartElement("schemaversion");
            xml.writeCharacters("1.0.0");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEmptyElement("organizations");
            xml.writeStartElement("resources");
            xml.writeStartElement("resource");
            xml.writeAttribute("identifier", "RES_TEST");
            xml.writeAttribute("type", "imsqti_test_xmlv2p1");
            xml.writeAttribute("href", "test.xml");
            xml.writeEmptyElement("file");
            xml.writeAttribute("href", "test.xml");
            for (String identifier : identifiers) {
                xml.writeEmptyElement("dependency");
                xml.writeAttribute("identifierref", "RES_" + identifier);
            }
            xml.writeEndElement();
            int i = 0;
            for (Map.Entry<String, List<String>> item : itemFiles.entrySet()) {
                xml.writeStartElement("resource");
                xml.writeAttribute("identifier", "RES_" + identifiers.get(i++));
                xml.writeAttribute("type", "imsqti_item_xmlv2p1");
                xml.writeAttribute("href", item.getKey());
                for (String file : item.getValue()) {
                    xml.writeEmptyElement("file");
                    xml.writeAttribute("href", file);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }
}
