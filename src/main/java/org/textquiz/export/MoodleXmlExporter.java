package org.textquiz.export;

import java.io.StringWriter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.Quiz;

/**
 * Moodle XML, with the same mapping as GIFT: gap-fill as short answer (case-sensitive, as German
 * spelling is), multiple choice with one right option. The question name is the question id.
 */
public final class MoodleXmlExporter implements QuizExporter {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    @Override
    public String format() {
        return "moodle-xml";
    }

    @Override
    public String extension() {
        return ".moodle.xml";
    }

    @Override
    public String export(Quiz quiz) {
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("quiz");
            category(xml, quiz);
            for (Question question : quiz.questions()) {
                question(xml, question);
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return buffer + "\n";
    }

    private static void category(XMLStreamWriter xml, Quiz quiz) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("question");
        xml.writeAttribute("type", "category");
        newline(xml, 2);
        xml.writeStartElement("category");
        textElement(xml, "$course$/textquiz/" + quiz.article().title());
        xml.writeEndElement();
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void question(XMLStreamWriter xml, Question question) throws XMLStreamException {
        String type = question instanceof MultipleChoice ? "multichoice"
            : question instanceof TrueFalseQuestion ? "truefalse" : "shortanswer";
        newline(xml, 1);
        xml.writeStartElement("question");
        xml.writeAttribute("type", type);
        newline(xml, 2);
        xml.writeStartElement("name");
        textElement(xml, question.id());
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeStartElement("questiontext");
        xml.writeAttribute("format", "html");
        textElement(xml, paragraph(question.prompt()));
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeStartElement("generalfeedback");
        xml.writeAttribute("format", "html");
        textElement(xml, paragraph(question.explanation().isEmpty() ? question.filledIn() : question.explanation()));
        xml.writeEndElement();
        simple(xml, "defaultgrade", "1");
        simple(xml, "penalty", "0");
        simple(xml, "hidden", "0");
        if (question instanceof TrueFalseQuestion statement) {
            answer(xml, "true", statement.isTrue() ? 100 : 0);
            answer(xml, "false", statement.isTrue() ? 0 : 100);
        } else if (question instanceof MultipleChoice multiple) {
            simple(xml, "single", "true");
            simple(xml, "shuffleanswers", "true");
            simple(xml, "answernumbering", "abc");
            for (String option : multiple.choices()) {
                answer(xml, option, option.equals(multiple.solution()) ? 100 : 0);
            }
        } else {
            simple(xml, "usecase", "1");
            for (String answer : question.answers()) {
                answer(xml, answer, 100);
            }
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static String paragraph(String text) {
        return "<p>" + Html.lines(text) + "</p>";
    }

    private static void answer(XMLStreamWriter xml, String text, int fraction) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("answer");
        xml.writeAttribute("fraction", String.format(Locale.ROOT, "%d", fraction));
        xml.writeAttribute("format", "plain_text");
        textElement(xml, text);
        xml.writeEndElement();
    }

    private static void simple(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void textElement(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("text");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
