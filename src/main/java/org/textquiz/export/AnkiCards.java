package org.textquiz.export;

import java.util.Optional;

import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.Quiz;

/** What an Anki note of a question holds, in both Anki formats: the cloze, the Back Extra, the tags and the deck. */
final class AnkiCards {

    private AnkiCards() {
    }

    /** The question with {@code {{c1::answer::hint}}} where the answer goes; the options or the base form as hint. */
    static String cloze(Question question) {
        String solution = question instanceof TrueFalseQuestion statement ? statement.inGerman() : question.solution();
        String cloze = "{{c1::" + clozePart(solution) + hint(question).map(h -> "::" + clozePart(h))
            .orElse("") + "}}";
        Optional<GapPrompt> gap = GapPrompt.of(question);
        if (gap.isEmpty()) {
            return field(question.prompt()) + " " + cloze;
        }
        return field(gap.get().before()) + cloze + field(gap.get().after());
    }

    /** The article's sentence, shown after the answer; for a false statement, what the article really says. */
    static String backExtra(Question question) {
        if (question instanceof TrueFalseQuestion statement && !statement.isTrue()) {
            return field("Im Text: " + Feedback.of(question));
        }
        return field(Feedback.of(question));
    }

    /** "textquiz truefalse", "textquiz cloze articles": the kind of question and its grammar topic. */
    static String tags(Question question) {
        return "textquiz " + question.type().id() + (question.focus().isGrammar() ? " " + question.focus().id() : "");
    }

    /** textquiz's deck for the quiz, named after the article's headline. */
    static String deck(Quiz quiz, Optional<String> articleText) {
        String title = Worksheet.of(quiz, articleText).title();
        String name = title.replace("::", ":").replace('\t', ' ').replace('\n', ' ').strip();
        return "textquiz::" + (name.isEmpty() ? "quiz" : name);
    }

    private static Optional<String> hint(Question question) {
        if (question instanceof MultipleChoice choice) {
            return Optional.of(String.join(" / ", choice.choices()));
        }
        if (question instanceof TrueFalseQuestion) {
            return Optional.of("richtig / falsch");
        }
        return question.hints().stream().filter(h -> h.startsWith("(") && h.endsWith(")"))
            .map(h -> h.substring(1, h.length() - 1)).findFirst();
    }

    /** HTML-escaped, on one line, without the tab that separates fields. */
    static String field(String text) {
        return Html.lines(text).replace("\t", " ");
    }

    /** Inside a cloze, "::" and "}}" would end the answer: those characters are written as entities. */
    private static String clozePart(String text) {
        return field(text).replace(":", "&#58;").replace("}", "&#125;").replace("{", "&#123;");
    }
}
