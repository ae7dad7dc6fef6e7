package org.textquiz.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.textquiz.core.question.Focus;
import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.Quiz;

/** What a printed worksheet shows, whatever it is printed with: numbered tasks and an answer key. */
record Worksheet(String title, String source, String version, List<Task> tasks) {

    /** One numbered task: the text around the gap (or the whole prompt), and lettered options if any. */
    /**
     * One numbered task.
     *
     * @param shortGap the gap is for an ending, right after the stem
     */
    record Task(int number, String before, String after, boolean hasGap, List<String> options, String answer,
                boolean shortGap) {

        /** A question answered in words of one's own: it needs a line to write on. */
        boolean needsAnswerLine() {
            return !hasGap && options.isEmpty();
        }
    }

    static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    static Worksheet of(Quiz quiz) {
        List<Task> tasks = new ArrayList<>();
        int number = 1;
        for (Question question : quiz.questions()) {
            Optional<GapPrompt> gap = GapPrompt.of(question);
            List<String> options = List.of();
            String answer = question.solution();
            if (question instanceof MultipleChoice choice) {
                options = choice.choices();
                answer = LETTERS.charAt(choice.answerNumber() - 1) + ") " + answer;
            } else if (question instanceof TrueFalseQuestion statement) {
                options = List.of("richtig", "falsch");
                answer = (statement.isTrue() ? "a) " : "b) ") + statement.inGerman();
            }
            tasks.add(new Task(number++, gap.map(GapPrompt::before).orElse(question.prompt()),
                gap.map(GapPrompt::after).orElse(""), gap.isPresent(), options, answer,
                question.focus() == Focus.ADJECTIVES));
        }
        String version = quiz.seed() + (quiz.variant().isEmpty() ? "" : "-" + quiz.variant());
        return new Worksheet(quiz.article().title(), quiz.article().source(), version, tasks);
    }

    static String letter(int index) {
        return String.valueOf(LETTERS.charAt(index));
    }
}
