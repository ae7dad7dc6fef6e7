package org.textquiz.core.quiz;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.textquiz.core.question.Focus;
import org.textquiz.core.question.QuestionType;

/**
 * The score of a session: points, correct out of answered, accuracy, streaks of correct answers,
 * a breakdown by question type, and the time spent. A skipped question counts as answered and missed.
 */
public record Score(int points, int maxPoints, int answered, int correct, int almost, int currentStreak,
                    int bestStreak, Map<QuestionType, TypeScore> byType, Map<Focus, TypeScore> byFocus,
                    Duration elapsed) {

    public record TypeScore(int answered, int correct, int points) {

        TypeScore plus(TypeScore other) {
            return new TypeScore(answered + other.answered, correct + other.correct, points + other.points);
        }
    }

    public static Score of(List<Result> results, Duration elapsed) {
        int points = 0;
        int correct = 0;
        int almost = 0;
        int streak = 0;
        int best = 0;
        Map<QuestionType, TypeScore> byType = new LinkedHashMap<>();
        Map<Focus, TypeScore> byFocus = new LinkedHashMap<>();
        for (Result result : results) {
            points += result.points();
            if (result.correct()) {
                correct++;
                streak++;
                best = Math.max(best, streak);
            } else {
                streak = 0;
            }
            if (result.verdict().kind() == Verdict.Kind.ALMOST) {
                almost++;
            }
            TypeScore one = new TypeScore(1, result.correct() ? 1 : 0, result.points());
            byType.merge(result.question().type(), one, TypeScore::plus);
            if (result.question().focus().isGrammar()) {
                byFocus.merge(result.question().focus(), one, TypeScore::plus);
            }
        }
        return new Score(points, results.size() * Scoring.CORRECT, results.size(), correct, almost, streak, best,
            byType, byFocus, elapsed);
    }

    /** Share of answered questions that were correct, from 0 to 1; 0 before any answer. */
    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }
}
