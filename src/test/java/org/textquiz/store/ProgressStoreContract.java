package org.textquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.core.article.Span;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.progress.ProgressStore.StoredSession;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;
import org.textquiz.quizfile.QuizJson;

/**
 * What every progress store does, whichever database holds it: the same tests run on the embedded SQLite file
 * and on a real PostgreSQL server.
 */
abstract class ProgressStoreContract {

    static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    final QuizJson json = new QuizJson();
    final List<String> notices = new ArrayList<>();

    /** Opens the store under test; a second call opens the same database again, as the next start would. */
    abstract ProgressStore open();

    static ClozeQuestion question(int n, String answer) {
        return new ClozeQuestion("cloze-" + n, "Satz " + n + " mit _____ darin.", List.of(answer), List.of("(x)"),
            new Span(n * 100, n * 100 + 30), new Span(n * 100 + 10, n * 100 + 10 + answer.length()), "NOUN");
    }

    static Quiz quiz(int size) {
        return quiz(size, 7);
    }

    static Quiz quiz(int size, long seed) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            questions.add(question(i, "Wort" + i));
        }
        return new Quiz(Quiz.SCHEMA, new ArticleRef("Titel", "a.txt", "ab".repeat(32)), "de", seed, questions);
    }

    static Result answer(Quiz quiz, int position, Verdict verdict, int points) {
        return new Result(quiz.questions().get(position), "eingabe " + position, verdict, 0, points, false,
            Duration.ofSeconds(3));
    }

    @Test
    void aSessionLeftUnfinishedResumesWithItsQuestionsAnswersAndScore() {
        Quiz quiz = quiz(4);
        try (ProgressStore store = open()) {
            long id = store.startSession("anna", quiz, T0);
            store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.correct(), 10), T0.plusSeconds(5));
            store.recordAnswer(id, "anna", 1, answer(quiz, 1, Verdict.almost("mind the capital letters"), 5),
                T0.plusSeconds(9));
        }
        try (ProgressStore store = open()) {
            StoredSession resumed = store.lastUnfinished("anna").orElseThrow();

            assertThat(resumed.quiz()).isEqualTo(quiz);
            assertThat(resumed.results()).hasSize(2);
            assertThat(resumed.results().get(1).verdict()).isEqualTo(Verdict.almost("mind the capital letters"));
            assertThat(resumed.results().get(1).given()).isEqualTo("eingabe 1");
            assertThat(resumed.results().stream().mapToInt(Result::points).sum()).isEqualTo(15);
            assertThat(store.lastUnfinished("ben")).isEmpty();
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void aFinishedSessionIsNotResumed() {
        Quiz quiz = quiz(1);
        try (ProgressStore store = open()) {
            long id = store.startSession("anna", quiz, T0);
            store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.correct(), 10), T0);

            assertThat(store.lastUnfinished("anna")).isEmpty();
            assertThat(store.sessions("anna")).singleElement().satisfies(s -> assertThat(s.finished()).isTrue());
        }
    }

    @Test
    void aMissedQuestionComesBackForReviewWhenDue() {
        Quiz quiz = quiz(3);
        try (ProgressStore store = open()) {
            long id = store.startSession("anna", quiz, T0);
            store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.correct(), 10), T0);
            store.recordAnswer(id, "anna", 1, answer(quiz, 1, Verdict.wrong(""), 0), T0);
            store.recordAnswer(id, "anna", 2, answer(quiz, 2, Verdict.almost("one letter is off"), 5), T0);

            assertThat(store.due("anna", T0.plusSeconds(60), 10)).isEmpty();
            assertThat(store.nextDue("anna")).contains(T0.plus(Duration.ofDays(1)));
            assertThat(store.due("anna", T0.plus(Duration.ofDays(1)), 10)).extracting(Question::id)
                .containsExactlyInAnyOrder("cloze-1", "cloze-2");
            assertThat(store.due("ben", T0.plus(Duration.ofDays(9)), 10)).isEmpty();
        }
    }

    @Test
    void reviewingAnItemRightMovesItFurtherOut() {
        Quiz quiz = quiz(1);
        try (ProgressStore store = open()) {
            long first = store.startSession("anna", quiz, T0);
            store.recordAnswer(first, "anna", 0, answer(quiz, 0, Verdict.wrong(""), 0), T0);
            Instant tomorrow = T0.plus(Duration.ofDays(1));
            long second = store.startSession("anna", quiz, tomorrow);
            store.recordAnswer(second, "anna", 0, answer(quiz, 0, Verdict.correct(), 10), tomorrow);

            assertThat(store.due("anna", tomorrow.plus(Duration.ofDays(1)), 10)).hasSize(1);
            long third = store.startSession("anna", quiz, tomorrow.plus(Duration.ofDays(1)));
            store.recordAnswer(third, "anna", 0, answer(quiz, 0, Verdict.correct(), 10),
                tomorrow.plus(Duration.ofDays(1)));
            assertThat(store.nextDue("anna")).contains(tomorrow.plus(Duration.ofDays(7)));
        }
    }

    @Test
    void missedAnswersAccuracyAndTotalsAreKeptPerLearner() {
        Quiz quiz = quiz(2);
        try (ProgressStore store = open()) {
            long id = store.startSession("anna", quiz, T0);
            store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.wrong(""), 0), T0);
            store.recordAnswer(id, "anna", 1, answer(quiz, 1, Verdict.correct(), 10), T0.plusSeconds(1));
            store.ensureLearner("ben");

            assertThat(store.missed("anna")).singleElement()
                .satisfies(m -> assertThat(m.question().id()).isEqualTo("cloze-0"));
            assertThat(store.accuracyByType("anna")).containsExactly(new ProgressStore.Accuracy("cloze", 2, 1));
            assertThat(store.accuracyByWordClass("anna")).containsExactly(new ProgressStore.Accuracy("NOUN", 2, 1));
            assertThat(store.learners()).containsExactly(new ProgressStore.LearnerTotals("anna", 1, 2, 1, 10),
                new ProgressStore.LearnerTotals("ben", 0, 0, 0, 0));
        }
    }
    @Test
    void anAnswerSentTwiceIsCountedOnceAndReschedulesOnce() {
        Quiz quiz = quiz(2);
        try (ProgressStore store = open()) {
            long id = store.startSession("anna", quiz, T0);
            store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.wrong(""), 0), T0);
            store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.wrong(""), 0), T0.plusSeconds(1));

            assertThat(store.sessions("anna")).singleElement().satisfies(s -> assertThat(s.answered()).isEqualTo(1));
            assertThat(store.nextDue("anna")).as("one SM-2 step, not two").contains(T0.plus(Duration.ofDays(1)));
        }
    }

    @Test
    void theClassSeesEachLearnersSessionsOnOneQuizAndNoOther() {
        Quiz quiz = quiz(3);
        Quiz other = quiz(3, 8);
        try (ProgressStore store = open()) {
            long anna = store.startSession("anna", quiz, T0);
            store.recordAnswer(anna, "anna", 0, answer(quiz, 0, Verdict.correct(), 10), T0);
            store.recordAnswer(anna, "anna", 1, answer(quiz, 1, Verdict.wrong("nein"), 0), T0);
            long ben = store.startSession("ben", quiz, T0.plusSeconds(5));
            store.recordAnswer(ben, "ben", 0, answer(quiz, 0, Verdict.almost("fast"), 5), T0.plusSeconds(6));
            store.startSession("carla", quiz, T0);
            long elsewhere = store.startSession("anna", other, T0);
            store.recordAnswer(elsewhere, "anna", 0, answer(other, 0, Verdict.correct(), 10), T0);

            List<ProgressStore.LearnerSession> played = store.classSessions(quiz.article().sha256(), quiz.seed());

            assertThat(played).extracting(ProgressStore.LearnerSession::learner).containsExactly("anna", "ben");
            assertThat(played.get(0).session().results()).extracting(r -> r.verdict().kind())
                .containsExactly(Verdict.Kind.CORRECT, Verdict.Kind.WRONG);
            assertThat(played.get(1).session().results()).singleElement()
                .satisfies(r -> assertThat(r.points()).isEqualTo(5));
            assertThat(played.get(0).session().quiz()).isEqualTo(quiz);
        }
    }

    @Test
    void aSessionIsResumedAfterARestartAndItsNextAnswerLandsInIt() {
        Quiz quiz = quiz(3);
        try (ProgressStore store = open()) {
            long id = store.startSession("anna", quiz, T0);
            store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.correct(), 10), T0);
        }
        try (ProgressStore store = open()) {
            StoredSession resumed = store.lastUnfinished("anna").orElseThrow();
            store.recordAnswer(resumed.id(), "anna", 1, answer(quiz, 1, Verdict.correct(), 10), T0);
            store.recordAnswer(resumed.id(), "anna", 2, answer(quiz, 2, Verdict.correct(), 10), T0);

            assertThat(store.lastUnfinished("anna")).isEmpty();
            assertThat(store.sessions("anna")).singleElement().satisfies(s -> {
                assertThat(s.points()).isEqualTo(30);
                assertThat(s.finished()).isTrue();
            });
        }
    }
}
