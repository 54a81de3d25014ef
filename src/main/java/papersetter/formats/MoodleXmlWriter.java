package papersetter.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/**
 * Questions as Moodle XML, written with the JDK's StAX writer. Level and topic become the
 * category {@code $course$/top/LEVEL/TOPIC}; the id is the name and the idnumber; explanations are
 * general feedback; pictures are embedded. What Moodle has no field for (level, difficulty, short
 * rather than essay, answer lines, group) goes into tags such as {@code level:fresher}, which
 * {@link MoodleXmlReader} reads back, so a round trip through Moodle XML keeps every column.
 */
final class MoodleXmlWriter {
    private MoodleXmlWriter() {
    }

    static byte[] write(List<Question> questions, Map<Path, String> pictureNames, Losses losses) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("quiz");
            String category = null;
            for (Question q : questions) {
                if (q.type() == QuestionType.FILL && ((Answer.Blanks) q.answer()).accepted().size() > 1) {
                    losses.leaveOut("fill questions with more than one blank (left out: they would need Moodle's cloze type)", q.id());
                    continue;
                }
                String here = "$course$/top/" + q.level() + "/" + q.topic();
                if (!here.equals(category)) {
                    category = here;
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("question");
                    xml.writeAttribute("type", "category");
                    xml.writeStartElement("category");
                    text(xml, here);
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                if (q.answer() instanceof Answer.Numeric numeric
                        && (numeric.accepted().form() == papersetter.model.NumericAnswers.Form.FIGURES
                                || numeric.accepted().form() == papersetter.model.NumericAnswers.Form.PLACES)) {
                    losses.add("answers rounded to significant figures or decimal places (Moodle accepts the range"
                            + " they give, its upper end included; papersetter reads the rounding back from a tag)", q.id());
                }
                question(xml, q, pictureNames);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the XML: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void question(XMLStreamWriter xml, Question q, Map<Path, String> pictureNames)
            throws XMLStreamException, IOException {
        String type = switch (q.type()) {
            case MCQ, MULTI -> "multichoice";
            case TRUEFALSE -> "truefalse";
            case FILL -> "shortanswer";
            case NUMERIC -> "numerical";
            default -> "essay";
        };
        xml.writeCharacters("\n  ");
        xml.writeStartElement("question");
        xml.writeAttribute("type", type);
        xml.writeStartElement("name");
        text(xml, q.id());
        xml.writeEndElement();
        String picture = q.image().map(pictureNames::get).orElse(null);
        xml.writeStartElement("questiontext");
        xml.writeAttribute("format", "html");
        text(xml, HtmlWriter.html(q.text(), picture == null ? null : "@@PLUGINFILE@@/" + picture, q.alt()));
        if (picture != null) {
            xml.writeStartElement("file");
            xml.writeAttribute("name", picture);
            xml.writeAttribute("path", "/");
            xml.writeAttribute("encoding", "base64");
            xml.writeCharacters(Base64.getEncoder().encodeToString(PictureCopies.read(q.image().get())));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        html(xml, "generalfeedback", q.explanation());
        simple(xml, "defaultgrade", q.marks().stripTrailingZeros().toPlainString());
        simple(xml, "penalty", "0");
        simple(xml, "hidden", "0");
        simple(xml, "idnumber", q.id());
        switch (q.type()) {
            case MCQ, MULTI -> {
                Answer.Choice choice = (Answer.Choice) q.answer();
                simple(xml, "single", Boolean.toString(q.type() == QuestionType.MCQ));
                simple(xml, "shuffleanswers", q.shuffleOptions() ? "true" : "0");
                simple(xml, "answernumbering", "ABCD");
                int right = choice.correct().size();
                int wrong = q.options().size() - right;
                for (int i = 0; i < q.options().size(); i++) {
                    String fraction = choice.correct().contains(i) ? GiftWriter.percent(right)
                            : q.type() == QuestionType.MULTI ? "-" + GiftWriter.percent(wrong) : "0";
                    answer(xml, fraction, HtmlWriter.html(q.options().get(i), null));
                }
            }
            case TRUEFALSE -> {
                boolean value = ((Answer.TrueFalse) q.answer()).value();
                answer(xml, value ? "100" : "0", "true");
                answer(xml, value ? "0" : "100", "false");
            }
            case FILL -> {
                simple(xml, "usecase", "0");
                for (String accepted : ((Answer.Blanks) q.answer()).accepted().get(0)) {
                    answer(xml, "100", accepted);
                }
            }
            case NUMERIC -> numerical(xml, (Answer.Numeric) q.answer());
            default -> {
                simple(xml, "responseformat", "editor");
                simple(xml, "responserequired", "1");
                simple(xml, "responsefieldlines", Integer.toString(q.lines() == 0 ? 15 : q.lines()));
                html(xml, "graderinfo", ((Answer.Model) q.answer()).text());
            }
        }
        List<String> tags = new ArrayList<>();
        tags.add("level:" + q.level());
        if (q.difficulty() != 0) {
            tags.add("difficulty:" + q.difficulty());
        }
        if (q.type() == QuestionType.SHORT) {
            tags.add("type:short");
        }
        if (q.lines() != 0) {
            tags.add("lines:" + q.lines());
        }
        if (!q.group().isEmpty()) {
            tags.add("group:" + q.group());
        }
        if (q.answer() instanceof Answer.Numeric numeric
                && numeric.accepted().form() != papersetter.model.NumericAnswers.Form.TOLERANCE
                && numeric.accepted().form() != papersetter.model.NumericAnswers.Form.EXACT) {
            tags.add("answer:" + numeric.written()); // Moodle keeps a number and a tolerance; this keeps the spelling
        }
        tags.addAll(q.tags());
        xml.writeStartElement("tags");
        for (String tag : tags) {
            xml.writeStartElement("tag");
            text(xml, tag);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * Moodle's numerical question holds a number and a tolerance either way: a range or a rounding is
     * written as its middle and half its width (a rounding's upper end is then accepted too), the unit
     * as the one unit with multiplier 1, which a student may type after the number or leave out.
     */
    private static void numerical(XMLStreamWriter xml, Answer.Numeric numeric) throws XMLStreamException {
        papersetter.model.NumericAnswers.Accepted accepted = numeric.accepted();
        java.math.BigDecimal middle = accepted.low().add(accepted.high()).divide(java.math.BigDecimal.valueOf(2))
                .stripTrailingZeros();
        java.math.BigDecimal either = accepted.high().subtract(middle).stripTrailingZeros();
        if (accepted.form() == papersetter.model.NumericAnswers.Form.EXACT
                || accepted.form() == papersetter.model.NumericAnswers.Form.TOLERANCE) {
            middle = accepted.value();
            either = accepted.margin();
        }
        xml.writeStartElement("answer");
        xml.writeAttribute("fraction", "100");
        xml.writeAttribute("format", "moodle_auto_format");
        text(xml, papersetter.model.NumericAnswers.bank(middle));
        simple(xml, "tolerance", papersetter.model.NumericAnswers.bank(either));
        xml.writeEndElement();
        if (!numeric.unit().isEmpty()) {
            xml.writeStartElement("units");
            xml.writeStartElement("unit");
            simple(xml, "multiplier", "1");
            simple(xml, "unit_name", numeric.unit());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        simple(xml, "unitgradingtype", "0");
        simple(xml, "unitpenalty", "0");
        // Moodle's unit roles: 0, units optional (typed after the number, as papersetter's marking reads them); 3, none.
        simple(xml, "showunits", numeric.unit().isEmpty() ? "3" : "0");
        simple(xml, "unitsleft", "0");
    }

    private static void answer(XMLStreamWriter xml, String fraction, String text) throws XMLStreamException {
        xml.writeStartElement("answer");
        xml.writeAttribute("fraction", fraction);
        xml.writeAttribute("format", "html");
        text(xml, text);
        xml.writeEndElement();
    }

    private static void html(XMLStreamWriter xml, String element, String bankText) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("format", "html");
        text(xml, bankText.isEmpty() ? "" : HtmlWriter.html(bankText, null));
        xml.writeEndElement();
    }

    private static void simple(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeStartElement("text");
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
