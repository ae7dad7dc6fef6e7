package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.AnswerChecker;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.QuizSession;
import org.textquiz.core.quiz.Result;

/** The keys a learner presses at the terminal: Ctrl-C and Ctrl-D during a session. */
class PlayLoopTest {

    private static final String CTRL_C = "<ctrl-c>";

    /** Answers typed at a terminal; {@link #CTRL_C} stands for the interrupt key, the end of the list for Ctrl-D. */
    private record Keys(Deque<String> lines) implements AnswerSource {
        @Override
        public String next(String prompt) throws Interrupted {
            String line = lines.poll();
            if (CTRL_C.equals(line)) {
                throw new Interrupted();
            }
            return line;
        }

        @Override
        public boolean echoes() {
            return true;
        }
    }

    private final List<Result> recorded = new ArrayList<>();
    private final StringWriter screen = new StringWriter();

    private QuizSession play(String... keys) {
        List<Question> questions = List.of(
            new ClozeQuestion("a", "Rutte _____ Scholz.", List.of("traf"), List.of(), new Span(0, 17), new Span(6, 10)),
            new ClozeQuestion("b", "Er _____ ihm.", List.of("dankte"), List.of(), new Span(18, 30), new Span(21, 27)),
            new ClozeQuestion("c", "Sie _____ das.", List.of("sagte"), List.of(), new Span(31, 45), new Span(35, 40)));
        Quiz quiz = new Quiz(Quiz.SCHEMA, new ArticleRef("t", "t.txt", "ab"), "de", 1, questions);
        QuizSession session = new QuizSession(quiz, new AnswerChecker(), InstantSource.fixed(Instant.EPOCH));
        new PlayLoop(session, SentenceText.withoutArticle(), new Keys(new ArrayDeque<>(List.of(keys))),
            new PrintWriter(screen), 0, (position, result) -> recorded.add(result), new Notices()).run();
        return session;
    }

    @Test
    void ctrlCClearsTheInputAndTheSessionGoesOn() {
        QuizSession session = play("traf", CTRL_C, "dankte", "sagte");

        assertThat(screen.toString()).contains("(input cleared; press Ctrl-C again or type :quit to end the session)");
        assertThat(session.score().correct()).isEqualTo(3);
    }

    @Test
    void aSecondCtrlCEndsTheSessionKeepingTheScore() {
        QuizSession session = play("traf", CTRL_C, CTRL_C);

        assertThat(screen.toString()).contains("Session ended after 1 of 3 questions.", "Score: 10 points");
        assertThat(session.score().points()).isEqualTo(10);
        assertThat(recorded).hasSize(1);
    }

    @Test
    void ctrlDEndsTheSessionCleanly() {
        QuizSession session = play("traf");

        assertThat(session.isOver()).isTrue();
        assertThat(screen.toString()).contains("Session ended after 1 of 3 questions.");
    }

    @Test
    void everyAnswerIsRecordedAtItsPositionAsSoonAsItIsGiven() {
        play("traf", ":skip", "falsch");

        assertThat(recorded).extracting(r -> r.question().id()).containsExactly("a", "b", "c");
        assertThat(recorded.get(1).skipped()).isTrue();
    }
}
