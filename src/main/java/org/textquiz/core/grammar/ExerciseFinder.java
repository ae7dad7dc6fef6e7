package org.textquiz.core.grammar;

import java.util.List;

import org.textquiz.core.article.Sentence;
import org.textquiz.core.question.Focus;

/** Finds the places of a sentence that practise one point of grammar. */
public interface ExerciseFinder {

    Focus focus();

    List<Exercise> exercises(Sentence sentence);
}
