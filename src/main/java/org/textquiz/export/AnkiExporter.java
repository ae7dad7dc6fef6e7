package org.textquiz.export;

import java.util.Optional;

import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.Quiz;

/**
 * A text file that Anki imports as Cloze notes: the sentence with {@code {{c1::answer::hint}}} at the
 * gap, and the article's title as Back Extra. A multiple-choice question's options are its hint.
 */
public final class AnkiExporter implements QuizExporter {

    @Override
    public String format() {
        return "anki";
    }

    @Override
    public String extension() {
        return ".anki.txt";
    }

    @Override
    public String export(Quiz quiz) {
        StringBuilder out = new StringBuilder();
        String title = field(quiz.article().title());
        out.append("#separator:tab\n");
        out.append("#html:true\n");
        out.append("#notetype:Cloze\n");
        out.append("#deck:textquiz::").append(deckName(quiz.article().title())).append('\n');
        out.append("#tags:textquiz\n");
        for (Question question : quiz.questions()) {
            out.append(text(question)).append('\t').append(title).append('\n');
        }
        return out.toString();
    }

    private static String text(Question question) {
        String solution = question instanceof TrueFalseQuestion statement ? statement.inGerman() : question.solution();
        String cloze = "{{c1::" + clozePart(solution) + hint(question).map(h -> "::" + clozePart(h))
            .orElse("") + "}}";
        Optional<GapPrompt> gap = GapPrompt.of(question);
        if (gap.isEmpty()) {
            return field(question.prompt()) + " " + cloze;
        }
        return field(gap.get().before()) + cloze + field(gap.get().after());
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
    private static String field(String text) {
        return Html.lines(text).replace("\t", " ");
    }

    /** Inside a cloze, "::" and "}}" would end the answer: those characters are written as entities. */
    private static String clozePart(String text) {
        return field(text).replace(":", "&#58;").replace("}", "&#125;").replace("{", "&#123;");
    }

    private static String deckName(String title) {
        String name = title.replace("::", ":").replace('\t', ' ').replace('\n', ' ').strip();
        return name.isEmpty() ? "quiz" : name;
    }
}
