package org.textquiz.core.grammar;

import java.util.List;
import java.util.Objects;

import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.Focus;

/**
 * A grammar exercise on one place of a sentence, before it becomes a typed or a multiple-choice question.
 *
 * @param gap the characters the learner supplies (a word, or the ending of one)
 * @param prompt the sentence, or the noun for a gender exercise, with the gap marker in place of the answer
 * @param answer the form the article has
 * @param wrong forms that are wrong in that place, checked with the dictionary; the best first
 * @param hint what helps a learner who types the answer ("(treffen)", "Dativ")
 * @param note the grammar behind the answer, shown after it ("Genitiv, neutral, Singular")
 */
public record Exercise(Focus focus, Sentence sentence, Span gap, String prompt, String answer, List<String> wrong,
                       String hint, String note, String wordClass) {

    public Exercise {
        Objects.requireNonNull(focus, "focus");
        wrong = List.copyOf(wrong);
        if (wrong.contains(answer)) {
            throw new IllegalArgumentException("the answer '" + answer + "' is among the wrong forms");
        }
    }
}
