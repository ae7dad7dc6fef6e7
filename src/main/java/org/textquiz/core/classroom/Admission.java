package org.textquiz.core.classroom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Scoring;

/**
 * Decides which handed-in sheets count for a quiz. A sheet is refused, with one line naming its file and learner,
 * when it belongs to another quiz or another version of this one, repeats a learner, or does not add up.
 */
public final class Admission {

    private Admission() {
    }

    public record Outcome(List<ResultSheet> admitted, List<String> refusals) {

        public Outcome {
            admitted = List.copyOf(admitted);
            refusals = List.copyOf(refusals);
        }
    }

    public static Outcome of(Quiz quiz, String quizId, String quizSha256, List<HandedIn> handedIn) {
        Set<String> questionIds = new HashSet<>();
        for (Question question : quiz.questions()) {
            questionIds.add(question.id());
        }
        List<ResultSheet> admitted = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        Map<String, String> fileOfLearner = new HashMap<>();
        for (HandedIn one : handedIn) {
            ResultSheet sheet = one.sheet();
            String problem = problem(sheet, quizId, quizSha256, questionIds);
            if (problem == null && fileOfLearner.containsKey(sheet.learner())) {
                problem = "a second result file of " + sheet.learner() + " (the first is "
                    + fileOfLearner.get(sheet.learner()) + ")";
            }
            if (problem != null) {
                refusals.add("refused " + one.file() + " (" + sheet.learner() + "): " + problem);
                continue;
            }
            fileOfLearner.put(sheet.learner(), one.file());
            admitted.add(sheet);
        }
        return new Outcome(admitted, refusals);
    }

    private static String problem(ResultSheet sheet, String quizId, String quizSha256, Set<String> questionIds) {
        if (!sheet.quizId().equals(quizId)) {
            return "it is for another quiz (" + sheet.quizId() + ", not " + quizId + ")";
        }
        if (!sheet.quizSha256().equals(quizSha256)) {
            return "it is for another version of this quiz (the quiz file changed after the student played it)";
        }
        Set<String> seen = new HashSet<>();
        for (ResultSheet.Item item : sheet.answers()) {
            if (!questionIds.contains(item.questionId())) {
                return "it answers question " + item.questionId() + ", which this quiz does not have";
            }
            if (!seen.add(item.questionId())) {
                return "it answers question " + item.questionId() + " twice";
            }
            if (item.points() != Scoring.points(item.verdict(), item.hintsUsed())) {
                return "its points for question " + item.questionId() + " (" + item.points()
                    + ") do not match its verdict " + item.verdict().name().toLowerCase() + " with "
                    + item.hintsUsed() + " hint(s); was it edited?";
            }
        }
        return null;
    }
}
