package org.textquiz.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.TrueFalseQuestion;
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

    /** The answer as the teacher should read it: the option's text, richtig or falsch, or what was typed. */
    static String inWords(Question question, String given) {
        return picked(question, given).orElse(given);
    }

    /** What the learner answered, in the words {@code play} showed: the option picked, or richtig/falsch. */
    static String given(Question question, String given) {
        if (given.isEmpty()) {
            return "skipped";
        }
        return picked(question, given)
            .map(words -> question instanceof TrueFalseQuestion ? "you answered " + words
                : "you picked " + given.strip() + ") " + words)
            .orElse("you wrote \"" + Terminal.safe(given) + "\"");
    }

    /** The option a number picked or the side a true/false answer took; empty for a typed answer. */
    private static Optional<String> picked(Question question, String given) {
        String typed = given.strip();
        if (question instanceof MultipleChoice choice && typed.matches("\\d{1,3}")) {
            int picked = Integer.parseInt(typed);
            if (picked >= 1 && picked <= choice.choices().size()) {
                return Optional.of(choice.choices().get(picked - 1));
            }
        }
        if (question instanceof TrueFalseQuestion) {
            String said = typed.toLowerCase(Locale.ROOT);
            if (said.matches("r|richtig|w|wahr|t|true|j|ja")) {
                return Optional.of("richtig");
            }
            if (said.matches("f|falsch|false|n|nein")) {
                return Optional.of("falsch");
            }
        }
        return Optional.empty();
    }

    static void missedEver(String learner, List<ProgressStore.StoredAnswer> missed, PrintWriter out, int width) {
        if (missed.isEmpty()) {
            out.println("Nothing to review: " + learner + " has missed no question yet.");
            out.flush();
            return;
        }
        out.println("Missed questions of " + learner + ", the latest first:");
        int n = 1;
        for (ProgressStore.StoredAnswer answer : missed) {
            String given = given(answer.question(), answer.given());
            out.println(hanging(n++ + ". " + date(answer.answered()) + "  " + answer.question().prompt(), width));
            out.println(Wrap.indent("answer: " + Describe.solution(answer.question()) + " (" + given + ")", "   ", width));
        }
        out.flush();
    }

    static void missed(List<Result> missed, SentenceText sentences, PrintWriter out, int width) {
        if (missed.isEmpty()) {
            out.println("Nothing to review: every answered question was right.");
            out.flush();
            return;
        }
        out.println("Missed questions:");
        int n = 1;
        for (Result result : missed) {
            String given = result.skipped() ? "skipped" : given(result.question(), result.given());
            String verdict = result.verdict().kind() == org.textquiz.core.quiz.Verdict.Kind.ALMOST ? "almost" : "wrong";
            out.println(hanging(n++ + ". " + result.question().prompt(), width));
            out.println(Wrap.indent(verdict + " · answer: " + Describe.solution(result.question()) + " (" + given + ")",
                "   ", width));
            out.println(Wrap.indent("sentence: " + sentences.of(result.question()), "   ", width));
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
        accuracy("Accuracy by question type", byType, out, Reports::typeName);
        accuracy("Accuracy by word class", byWordClass, out, Reports::wordClass);
        accuracy("Accuracy by grammar topic", byGrammarTopic, out, Reports::topicName);
        out.flush();
    }

    private static String typeName(String id) {
        try {
            return QuestionType.of(id).label();
        } catch (RuntimeException unknownType) {
            return id;
        }
    }

    private static String topicName(String id) {
        try {
            return Focus.of(id).label();
        } catch (RuntimeException unknownTopic) {
            return id;
        }
    }

    private static void accuracy(String heading, List<ProgressStore.Accuracy> rows, PrintWriter out,
                                 java.util.function.UnaryOperator<String> names) {
        if (rows.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        for (ProgressStore.Accuracy row : rows) {
            String name = names.apply(row.key());
            out.printf(Locale.ROOT, "  %-16s %s %4.0f%%  (%d/%d)%n", name, bar(row.share(), BAR), 100 * row.share(),
                row.correct(), row.answered());
        }
    }

    /** A numbered line wrapped with its continuation lines under the text, not under the number. */
    static String hanging(String numbered, int width) {
        return Wrap.indent(numbered, "   ", width).substring(3);
    }

    /** UD word classes as a German learner's grammar names them. */
    static String wordClass(String upos) {
        return switch (upos) {
            case "NOUN" -> "Nomen";
            case "PROPN" -> "Eigenname";
            case "VERB" -> "Verb";
            case "AUX" -> "Hilfsverb";
            case "ADJ" -> "Adjektiv";
            case "ADV" -> "Adverb";
            case "NUM" -> "Zahl";
            case "DET" -> "Artikelwort";
            case "ADP" -> "Präposition";
            case "PRON" -> "Pronomen";
            case "CCONJ", "SCONJ" -> "Konjunktion";
            default -> upos.isEmpty() ? "(unbekannt)" : upos;
        };
    }

    static String bar(double share, int width) {
        int full = (int) Math.round(Math.max(0, Math.min(1, share)) * width);
        return "█".repeat(full) + "░".repeat(width - full);
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
