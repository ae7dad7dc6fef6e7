package org.textquiz.core.classroom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Scoring;

/** How a class did on one quiz: a row per learner and a row per question, as a teacher reads them. */
public record ClassReport(List<LearnerRow> learners, List<QuestionRow> questions) {

    /** Below this share correct a question counts as one most students missed. */
    static final double MOSTLY_MISSED = 0.5;

    public ClassReport {
        learners = List.copyOf(learners);
        questions = List.copyOf(questions);
    }

    public record LearnerRow(String learner, int answered, int correct, int points, int maxPoints, Duration time) {

        public double shareCorrect() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }

    public enum Flag {
        MOSTLY_MISSED("most missed it"),
        STRONG_MISSED("strong students missed it");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param discrimination the point-biserial correlation of the item with the rest of the quiz; empty when every
     *                       learner scored alike on either
     * @param commonWrong    the wrong answer given most often, empty when nobody answered wrongly
     */
    public record QuestionRow(int number, Question question, int answered, int correct,
                              OptionalDouble discrimination, String commonWrong, int commonWrongCount,
                              double meanHints, Set<Flag> flags) {

        public QuestionRow {
            flags = Set.copyOf(flags);
        }

        public double shareCorrect() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }

    public static ClassReport of(Quiz quiz, List<ResultSheet> sheets) {
        List<ResultSheet> ordered = sheets.stream()
            .sorted(Comparator.comparing(ResultSheet::learner, String.CASE_INSENSITIVE_ORDER)).toList();
        List<Map<String, ResultSheet.Item>> byQuestion = new ArrayList<>();
        List<LearnerRow> learners = new ArrayList<>();
        for (ResultSheet sheet : ordered) {
            Map<String, ResultSheet.Item> items = new HashMap<>();
            int correct = 0;
            int points = 0;
            long millis = 0;
            for (ResultSheet.Item item : sheet.answers()) {
                items.put(item.questionId(), item);
                correct += item.correct() ? 1 : 0;
                points += item.points();
                millis += item.millis();
            }
            byQuestion.add(items);
            learners.add(new LearnerRow(sheet.learner(), sheet.answers().size(), correct, points,
                quiz.questions().size() * Scoring.CORRECT, Duration.ofMillis(millis)));
        }
        List<QuestionRow> questions = new ArrayList<>();
        for (int q = 0; q < quiz.questions().size(); q++) {
            questions.add(row(q + 1, quiz.questions().get(q), byQuestion, learners));
        }
        return new ClassReport(learners, questions);
    }

    private static QuestionRow row(int number, Question question, List<Map<String, ResultSheet.Item>> byLearner,
                                   List<LearnerRow> learners) {
        int answered = 0;
        int correct = 0;
        int hints = 0;
        Map<String, Integer> wrong = new HashMap<>();
        Map<String, String> shownWrong = new HashMap<>();
        double[] item = new double[byLearner.size()];
        double[] rest = new double[byLearner.size()];
        for (int l = 0; l < byLearner.size(); l++) {
            ResultSheet.Item answer = byLearner.get(l).get(question.id());
            item[l] = answer != null && answer.correct() ? 1 : 0;
            rest[l] = learners.get(l).correct() - item[l];
            if (answer == null) {
                continue;
            }
            answered++;
            hints += answer.hintsUsed();
            if (answer.correct()) {
                correct++;
            } else if (!answer.given().isBlank()) {
                String key = answer.given().strip().toLowerCase(Locale.GERMAN);
                wrong.merge(key, 1, Integer::sum);
                shownWrong.putIfAbsent(key, answer.given().strip());
            }
        }
        String commonKey = wrong.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .map(Map.Entry::getKey).orElse("");
        OptionalDouble discrimination = pointBiserial(item, rest);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (answered > 0 && (double) correct / answered < MOSTLY_MISSED) {
            flags.add(Flag.MOSTLY_MISSED);
        }
        if (discrimination.isPresent() && discrimination.getAsDouble() < 0) {
            flags.add(Flag.STRONG_MISSED);
        }
        return new QuestionRow(number, question, answered, correct, discrimination,
            shownWrong.getOrDefault(commonKey, ""), wrong.getOrDefault(commonKey, 0),
            answered == 0 ? 0 : (double) hints / answered, flags);
    }

    /** Pearson's r of a 0/1 item with the rest score, which for a dichotomous item is the point-biserial. */
    static OptionalDouble pointBiserial(double[] item, double[] rest) {
        int n = item.length;
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double meanItem = 0;
        double meanRest = 0;
        for (int i = 0; i < n; i++) {
            meanItem += item[i] / n;
            meanRest += rest[i] / n;
        }
        double covariance = 0;
        double varItem = 0;
        double varRest = 0;
        for (int i = 0; i < n; i++) {
            covariance += (item[i] - meanItem) * (rest[i] - meanRest);
            varItem += (item[i] - meanItem) * (item[i] - meanItem);
            varRest += (rest[i] - meanRest) * (rest[i] - meanRest);
        }
        if (varItem < 1e-12 || varRest < 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(covariance / Math.sqrt(varItem * varRest));
    }
}
