package org.textquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionType;

class QuizSessionTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));
    private final InstantSource clock = () -> now.get();

    private static ClozeQuestion cloze(String id, String answer) {
        return new ClozeQuestion(id, "Rutte _____ Scholz.", List.of(answer), List.of("(treffen)", "first letter: t",
            "4 characters"), new Span(0, 18), new Span(6, 6 + answer.length()));
    }

    private QuizSession session(Question... questions) {
        Quiz quiz = new Quiz(Quiz.SCHEMA, new ArticleRef("t", "t.txt", "abc"), "de", 7, List.of(questions));
        return new QuizSession(quiz, new AnswerChecker(), clock);
    }

    @Test
    void aResumedSessionKeepsTheTimeSpentBeforeTheBreak() {
        QuizSession first = session(cloze("a", "traf"), cloze("b", "traf"));
        now.set(now.get().plusSeconds(40));
        first.answer("traf");
        first.end();
        now.set(now.get().plus(java.time.Duration.ofDays(1)));

        QuizSession resumed = QuizSession.resume(first.quiz(), first.results(), new AnswerChecker(), clock);
        now.set(now.get().plusSeconds(20));
        resumed.answer("traf");

        assertThat(resumed.score().elapsed()).isEqualTo(java.time.Duration.ofSeconds(60));
    }

    @Test
    void correctScoresTenAlmostFiveWrongNothing() {
        QuizSession session = session(cloze("a", "traf"), cloze("b", "traf"), cloze("c", "traf"));

        assertThat(session.answer("traf").orElseThrow().points()).isEqualTo(10);
        assertThat(session.answer("Traf").orElseThrow().points()).isEqualTo(5);
        assertThat(session.answer("trifft").orElseThrow().points()).isEqualTo(0);
        assertThat(session.isOver()).isTrue();
        assertThat(session.score().points()).isEqualTo(15);
        assertThat(session.score().maxPoints()).isEqualTo(30);
    }

    @Test
    void eachHintCostsTwoPointsButNeverMakesThemNegative() {
        QuizSession session = session(cloze("a", "traf"), cloze("b", "traf"));

        assertThat(session.hint()).contains("(treffen)");
        assertThat(session.hint()).contains("first letter: t");
        assertThat(session.answer("traf").orElseThrow().points()).isEqualTo(6);
        session.hint();
        session.hint();
        session.hint();
        assertThat(session.hint()).isEmpty();
        assertThat(session.answer("Traf").orElseThrow().points()).isEqualTo(0);
    }

    @Test
    void aSkippedQuestionIsAnsweredAndMissed() {
        QuizSession session = session(cloze("a", "traf"), cloze("b", "traf"));

        Result skipped = session.skip();
        session.answer("traf");

        assertThat(skipped.skipped()).isTrue();
        assertThat(skipped.points()).isZero();
        assertThat(session.missed()).extracting(r -> r.question().id()).containsExactly("a");
        assertThat(session.score().answered()).isEqualTo(2);
        assertThat(session.score().accuracy()).isEqualTo(0.5);
    }

    @Test
    void streaksCountCorrectAnswersInARow() {
        QuizSession session = session(cloze("a", "x1"), cloze("b", "x2"), cloze("c", "x3"), cloze("d", "x4"),
            cloze("e", "x5"));

        session.answer("x1");
        session.answer("x2");
        session.answer("wrong");
        session.answer("x4");

        assertThat(session.score().bestStreak()).isEqualTo(2);
        assertThat(session.score().currentStreak()).isEqualTo(1);
    }

    @Test
    void theScoreBreaksDownByQuestionTypeAndCountsTime() {
        ChoiceQuestion choice = new ChoiceQuestion("c", "Er _____ Scholz.", List.of("dankte"),
            List.of("zeigte", "dankte", "warnte", "betonte"), List.of(), new Span(0, 16), new Span(3, 9));
        QuizSession session = session(cloze("a", "traf"), choice);

        now.set(now.get().plusSeconds(30));
        session.answer("traf");
        assertThat(session.answer("7")).as("not an option: asked again").isEmpty();
        session.answer("1");

        Score score = session.score();
        assertThat(score.byType().get(QuestionType.CLOZE)).isEqualTo(new Score.TypeScore(1, 1, 10));
        assertThat(score.byType().get(QuestionType.CHOICE)).isEqualTo(new Score.TypeScore(1, 0, 0));
        assertThat(score.elapsed()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void endingEarlyKeepsTheScore() {
        QuizSession session = session(cloze("a", "traf"), cloze("b", "traf"));
        session.answer("traf");
        session.end();

        assertThat(session.current()).isEmpty();
        assertThat(session.score().points()).isEqualTo(10);
        assertThat(session.score().answered()).isEqualTo(1);
    }
}
