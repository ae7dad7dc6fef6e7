package org.textquiz.core.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.textquiz.core.article.Article;
import org.textquiz.core.grammar.Exercise;

/** Turns a grammar exercise into a typed question or one with up to four choices. */
final class Exercises {

    private Exercises() {
    }

    static Optional<Question> question(Exercise exercise, QuestionType type, Article article, Random random) {
        String id = QuestionIds.of(article.sha256(), type, exercise.sentence().span(), exercise.gap(),
            exercise.focus().id() + ":" + exercise.answer());
        List<String> answers = List.of(exercise.answer());
        List<String> hints = exercise.hint().isEmpty() ? List.of() : List.of(exercise.hint());
        if (type == QuestionType.CLOZE) {
            return Optional.of(new ClozeQuestion(id, exercise.prompt(), answers, hints, exercise.sentence().span(),
                exercise.gap(), exercise.wordClass(), exercise.focus(), exercise.note()));
        }
        if (type == QuestionType.CHOICE && exercise.wrong().size() >= 2) {
            List<String> choices = new ArrayList<>(exercise.wrong().subList(0,
                Math.min(ChoiceGenerator.OPTIONS - 1, exercise.wrong().size())));
            choices.add(exercise.answer());
            Collections.shuffle(choices, random);
            if (hints.stream().anyMatch(h -> namesEvery(h, choices))) {
                hints = List.of();
            }
            return Optional.of(new ChoiceQuestion(id, exercise.prompt(), answers, choices, hints,
                exercise.sentence().span(), exercise.gap(), exercise.wordClass(), exercise.focus(), exercise.note()));
        }
        return Optional.empty();
    }

    /** "der, die oder das" on a question whose options are der, die and das tells nothing new. */
    private static boolean namesEvery(String hint, List<String> choices) {
        List<String> words = List.of(hint.toLowerCase(java.util.Locale.GERMAN).split("[^\\p{L}]+"));
        return choices.stream().allMatch(c -> words.contains(c.toLowerCase(java.util.Locale.GERMAN)));
    }
}
