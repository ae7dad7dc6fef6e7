package org.textquiz.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Score;

/** Prints scores and missed questions. */
final class Reports {

    private Reports() {
    }

    static void score(Score score, PrintWriter out) {
        out.printf(Locale.ROOT, "Score: %d points · %d/%d correct (%.0f%%) · %d almost · streak %d, best %d · %s%n",
            score.points(), score.correct(), score.answered(), 100 * score.accuracy(), score.almost(),
            score.currentStreak(), score.bestStreak(), PlayLoop.duration(score.elapsed()));
        for (Map.Entry<QuestionType, Score.TypeScore> entry : score.byType().entrySet()) {
            Score.TypeScore t = entry.getValue();
            out.printf(Locale.ROOT, "  %-16s %d/%d correct, %d points%n", entry.getKey().label(), t.correct(),
                t.answered(), t.points());
        }
        out.flush();
    }

    private static String given(Result result) {
        String typed = result.given().strip();
        if (result.question() instanceof ChoiceQuestion choice && typed.matches("\\d{1,3}")) {
            int picked = Integer.parseInt(typed);
            if (picked >= 1 && picked <= choice.choices().size()) {
                return "you picked " + picked + ") " + choice.choices().get(picked - 1);
            }
        }
        return "you wrote \"" + Terminal.safe(result.given()) + "\"";
    }

    static void missed(List<Result> missed, SentenceText sentences, PrintWriter out) {
        if (missed.isEmpty()) {
            out.println("Nothing to review: every answered question was right.");
            out.flush();
            return;
        }
        out.println("Missed questions:");
        int n = 1;
        for (Result result : missed) {
            String given = result.skipped() ? "skipped" : given(result);
            out.printf("%d. %s%n   answer: %s (%s)%n   sentence: %s%n", n++, result.question().prompt(),
                result.question().solution(), given, sentences.of(result.question()));
        }
        out.flush();
    }
}
