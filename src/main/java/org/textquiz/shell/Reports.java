package org.textquiz.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.MultipleChoice;
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
        for (Map.Entry<Focus, Score.TypeScore> entry : score.byFocus().entrySet()) {
            Score.TypeScore t = entry.getValue();
            out.printf(Locale.ROOT, "  grammar: %-18s %d/%d correct, %d points%n", entry.getKey().label(), t.correct(),
                t.answered(), t.points());
        }
        out.flush();
    }

    private static String given(Result result) {
        String typed = result.given().strip();
        if (result.question() instanceof MultipleChoice choice && typed.matches("\\d{1,3}")) {
            int picked = Integer.parseInt(typed);
            if (picked >= 1 && picked <= choice.choices().size()) {
                return "you picked " + picked + ") " + choice.choices().get(picked - 1);
            }
        }
        return "you wrote \"" + Terminal.safe(result.given()) + "\"";
    }

    static void missedEver(String learner, List<ProgressStore.StoredAnswer> missed, PrintWriter out) {
        if (missed.isEmpty()) {
            out.println("Nothing to review: " + learner + " has missed no question yet.");
            out.flush();
            return;
        }
        out.println("Missed questions of " + learner + ", the latest first:");
        int n = 1;
        for (ProgressStore.StoredAnswer answer : missed) {
            String given = answer.given().isEmpty() ? "skipped" : "you wrote \"" + Terminal.safe(answer.given()) + "\"";
            out.printf("%d. %s  %s%n   answer: %s (%s)%n", n++, date(answer.answered()), answer.question().prompt(),
                answer.question().solution(), given);
        }
        out.flush();
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

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
        .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());
    private static final int BAR = 20;

    static String date(java.time.Instant instant) {
        return DATE.format(instant);
    }

    static void stats(String learner, List<ProgressStore.SessionSummary> sessions,
                      List<ProgressStore.Accuracy> byType, List<ProgressStore.Accuracy> byWordClass,
                      List<ProgressStore.Accuracy> byGrammarTopic, PrintWriter out) {
        int answered = sessions.stream().mapToInt(ProgressStore.SessionSummary::answered).sum();
        int correct = sessions.stream().mapToInt(ProgressStore.SessionSummary::correct).sum();
        int points = sessions.stream().mapToInt(ProgressStore.SessionSummary::points).sum();
        out.printf(Locale.ROOT, "Progress of %s · %s · %d answered · %.0f%% correct · %d points%n", learner,
            Describe.count(sessions.size(), "session"), answered, answered == 0 ? 0.0 : 100.0 * correct / answered, points);
        if (sessions.isEmpty()) {
            out.println("No sessions yet; start one with: play");
            out.flush();
            return;
        }
        out.println();
        out.println("Sessions");
        for (ProgressStore.SessionSummary session : sessions) {
            out.printf(Locale.ROOT, "  %s  %-30s %3d answered  %s %4.0f%%  %4d points%s%n", date(session.started()),
                shorten(session.articleTitle(), 30), session.answered(), bar(session.answered() == 0 ? 0
                    : (double) session.correct() / session.answered(), 10),
                session.answered() == 0 ? 0.0 : 100.0 * session.correct() / session.answered(), session.points(),
                session.finished() ? "" : "  (unfinished)");
        }
        accuracy("Accuracy by question type", byType, out, true);
        accuracy("Accuracy by word class", byWordClass, out, false);
        accuracy("Accuracy by grammar topic", byGrammarTopic, out, false);
        out.flush();
    }

    private static void accuracy(String heading, List<ProgressStore.Accuracy> rows, PrintWriter out, boolean types) {
        if (rows.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        for (ProgressStore.Accuracy row : rows) {
            String name = row.key();
            if (types) {
                try {
                    name = QuestionType.of(row.key()).label();
                } catch (RuntimeException unknownType) {
                    // a type from a newer textquiz: its id is name enough
                }
            }
            out.printf(Locale.ROOT, "  %-16s %s %4.0f%%  (%d/%d)%n", name, bar(row.share(), BAR), 100 * row.share(),
                row.correct(), row.answered());
        }
    }

    static String bar(double share, int width) {
        int full = (int) Math.round(Math.max(0, Math.min(1, share)) * width);
        return "█".repeat(full) + "░".repeat(width - full);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
