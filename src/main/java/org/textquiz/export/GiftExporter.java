package org.textquiz.export;

import java.util.Optional;

import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.Quiz;

/**
 * Moodle's GIFT format. A gap-fill question becomes a short-answer question with every accepted
 * answer, a multiple-choice question a multiple-choice one, both written where the gap is
 * (GIFT's "missing word" form), except where the gap opens the question: editors and converters built on
 * gift-pegjs refuse a question that starts with its answers, so the gap is then shown as "_____" and the answers
 * follow. An option's "%" is written as an HTML entity, so that "%50%" is never read as partial credit. Special characters are escaped with a backslash as Moodle's own
 * exporter does; question text is HTML, so that &lt; and &amp; show as written.
 */
public final class GiftExporter implements TextExporter {

    @Override
    public String format() {
        return "gift";
    }

    @Override
    public String extension() {
        return ".gift.txt";
    }

    @Override
    public String export(Quiz quiz) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(oneLine(quiz.article().title())).append(" (textquiz, seed ").append(quiz.seed())
            .append(quiz.variant().isEmpty() ? "" : ", variant " + quiz.variant()).append(")\n");
        out.append("$CATEGORY: $course$/textquiz/").append(categoryName(quiz.article().title())).append("\n\n");
        for (Question question : quiz.questions()) {
            out.append("::").append(escape(question.id())).append("::[html]");
            String answers = answerBlock(question);
            Optional<GapPrompt> gap = GapPrompt.of(question);
            if (gap.isPresent() && gap.get().before().codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.append(text(gap.get().before())).append(answers).append(text(gap.get().after()));
            } else if (gap.isPresent()) {
                out.append(text(gap.get().before() + Question.GAP + gap.get().after())).append(' ').append(answers);
            } else {
                out.append(text(question.prompt())).append(' ').append(answers);
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    /**
     * Options of a multiple-choice question are shown, so they are HTML like the question text;
     * short answers are compared with what the student types, so they stay plain text. The original
     * sentence is the general feedback, shown after answering.
     */
    private static String answerBlock(Question question) {
        StringBuilder block = new StringBuilder("{");
        if (question instanceof MultipleChoice choice) {
            for (String option : choice.choices()) {
                block.append(option.equals(choice.solution()) ? '=' : '~').append(text(option).replace("%", "&#37;"))
                    .append(' ');
            }
        } else if (question instanceof TrueFalseQuestion statement) {
            block.append(statement.isTrue() ? "TRUE" : "FALSE");
        } else {
            for (String answer : question.answers()) {
                block.append('=').append(escape(oneLine(answer))).append(' ');
            }
        }
        block.append("####").append(text(Feedback.of(question)));
        return block.append('}').toString();
    }

    /** A category path: "/" would start a sub-category, and Moodle reads the line without unescaping. */
    private static String categoryName(String title) {
        return oneLine(title).replace('/', '-');
    }

    private static String text(String text) {
        return escape(Html.escape(text)).replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** The characters GIFT gives a meaning, escaped with a backslash. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("~=#{}:\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
