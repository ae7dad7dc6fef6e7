package org.textquiz.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;

/** The worked sequence of SM-2: intervals 1, 6, then times the easiness factor; EF' = EF + 0.1 − (5−q)(0.08 + (5−q)0.02). */
class Sm2Test {

    @Test
    void perfectAnswersGiveIntervalsOfOneSixAndThenTimesTheEase() {
        ReviewState first = Sm2.next(Sm2.fresh(), 5);
        ReviewState second = Sm2.next(first, 5);
        ReviewState third = Sm2.next(second, 5);

        assertThat(first.intervalDays()).isEqualTo(1);
        assertThat(first.ease()).isCloseTo(2.6, within(1e-9));
        assertThat(second.intervalDays()).isEqualTo(6);
        assertThat(second.ease()).isCloseTo(2.7, within(1e-9));
        assertThat(third.intervalDays()).isEqualTo(16);
        assertThat(third.ease()).isCloseTo(2.8, within(1e-9));
        assertThat(third.repetitions()).isEqualTo(3);
    }

    @Test
    void aHesitantAnswerStillGrowsTheIntervalButLowersTheEase() {
        ReviewState state = new ReviewState(3, 16, 2.8);

        ReviewState next = Sm2.next(state, 3);

        assertThat(next.intervalDays()).isEqualTo(45);
        assertThat(next.ease()).isCloseTo(2.66, within(1e-9));
    }

    @Test
    void aFailedAnswerStartsTheRepetitionsAgain() {
        ReviewState next = Sm2.next(new ReviewState(4, 45, 2.66), 2);

        assertThat(next.repetitions()).isZero();
        assertThat(next.intervalDays()).isEqualTo(1);
        assertThat(next.ease()).isCloseTo(2.34, within(1e-9));
    }

    @Test
    void intervalsStopAtAHundredYearsInsteadOfOverflowing() {
        ReviewState state = Sm2.fresh();
        for (int i = 0; i < 60; i++) {
            state = Sm2.next(state, 5);
        }

        assertThat(state.intervalDays()).isEqualTo(Sm2.MAX_INTERVAL_DAYS);
        assertThat(state.repetitions()).isEqualTo(60);
    }

    @Test
    void theEaseNeverFallsBelowOnePointThree() {
        ReviewState state = Sm2.fresh();
        for (int i = 0; i < 5; i++) {
            state = Sm2.next(state, 0);
        }
        assertThat(state.ease()).isEqualTo(Sm2.MIN_EASE);
    }

    @Test
    void gradesOutsideZeroToFiveAreRefused() {
        assertThatThrownBy(() -> Sm2.next(Sm2.fresh(), 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersAreGradedByVerdictHintsAndSkips() {
        ClozeQuestion question = new ClozeQuestion("q", "a _____ b.", List.of("x"), List.of(), new Span(0, 5),
            new Span(2, 3));

        assertThat(Sm2.grade(new Result(question, "x", Verdict.correct(), 0, 10, false, Duration.ZERO))).isEqualTo(5);
        assertThat(Sm2.grade(new Result(question, "x", Verdict.correct(), 1, 8, false, Duration.ZERO))).isEqualTo(4);
        assertThat(Sm2.grade(new Result(question, "X", Verdict.almost(""), 0, 5, false, Duration.ZERO))).isEqualTo(3);
        assertThat(Sm2.grade(new Result(question, "y", Verdict.wrong(""), 0, 0, false, Duration.ZERO))).isEqualTo(1);
        assertThat(Sm2.grade(new Result(question, "", Verdict.wrong(""), 0, 0, true, Duration.ZERO))).isZero();
    }
}
