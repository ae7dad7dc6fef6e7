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
 * Moodle XML, with the same mapping as GIFT: gap-fill as short answer (not case-sensitive, as in GIFT),
 * multiple choice with one right option, Moodle's default penalty for each wrong try. The question's name is its
 * kind and first words, its id the {@code idnumber}; a "/" in the category is written "//", as Moodle reads it.
 */
public final class MoodleXmlExporter implements TextExporter {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    /** Moodle's own default: each wrong try costs a third of the question's grade. */
    private static final String PENALTY = "0.3333333";
    private static final int NAME_WORDS = 8;

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
        textElement(xml, "$course$/textquiz/" + quiz.article().title().replace("/", "//"));
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
        textElement(xml, name(question));
        xml.writeEndElement();
        simple(xml, "idnumber", question.id());
        newline(xml, 2);
        xml.writeStartElement("questiontext");
        xml.writeAttribute("format", "html");
        textElement(xml, paragraph(question.prompt()));
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeStartElement("generalfeedback");
        xml.writeAttribute("format", "html");
        textElement(xml, paragraph(Feedback.of(question)));
        xml.writeEndElement();
        simple(xml, "defaultgrade", "1");
        simple(xml, "penalty", PENALTY);
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
            simple(xml, "usecase", "0");
            for (String answer : question.answers()) {
                answer(xml, answer, 100);
            }
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    /** A name a teacher recognises in Moodle's question bank: the kind and the first words of the question. */
    static String name(Question question) {
        String[] words = question.prompt().replace(Question.GAP, "…").strip().split("\\s+");
        String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(NAME_WORDS, words.length)));
        return question.type().label() + ": " + start + (words.length > NAME_WORDS ? " …" : "");
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
