package org.textquiz.core.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.textquiz.core.article.Sentence;
import org.textquiz.core.question.Focus;

/** Finds the places of a sentence that practise one point of grammar. */
public interface ExerciseFinder {

    Focus focus();

    /** The exercise on the token at {@code index} of the sentence, if that token makes one. */
    Optional<Exercise> exerciseAt(Sentence sentence, int index);

    default List<Exercise> exercises(Sentence sentence) {
        List<Exercise> exercises = new ArrayList<>();
        for (int i = 0; i < sentence.tokens().size(); i++) {
            exerciseAt(sentence, i).ifPresent(exercises::add);
        }
        return exercises;
    }
}
