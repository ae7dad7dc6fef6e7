package org.textquiz.core.question;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.textquiz.core.article.Span;

/** Checks shared by every question record. */
final class Questions {

    private Questions() {
    }

    static void requireValid(String id, String prompt, List<String> answers, Span sentence) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a question needs an id");
        }
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(sentence, "sentence");
        if (prompt.isBlank()) {
            throw new IllegalArgumentException("question " + id + " has an empty prompt");
        }
        if (answers.isEmpty() || answers.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new IllegalArgumentException("question " + id + " needs at least one non-empty answer");
        }
    }

    static void requireGapInside(String id, Span sentence, Span gap) {
        Objects.requireNonNull(gap, "gap");
        if (!sentence.contains(gap)) {
            throw new IllegalArgumentException("question " + id + ": gap " + gap + " lies outside its sentence "
                + sentence);
        }
    }

    static void requireChoices(String id, List<String> answers, List<String> choices) {
        if (choices.size() < 2) {
            throw new IllegalArgumentException("question " + id + " needs at least two choices");
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            throw new IllegalArgumentException("question " + id + " has a choice twice");
        }
        if (!choices.contains(answers.get(0))) {
            throw new IllegalArgumentException("question " + id + ": its answer '" + answers.get(0)
                + "' is not among its choices");
        }
    }
}
