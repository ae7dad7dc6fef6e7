package org.textquiz.core.quiz;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.textquiz.core.question.Question;

/** One learner working through a quiz, question by question. */
public final class QuizSession {

    private final Quiz quiz;
    private final AnswerChecker checker;
    private final InstantSource clock;
    private final Instant started;
    private final List<Result> results = new ArrayList<>();
    private Instant questionShown;
    private int hintsUsed;
    private Instant ended;
    /** Time spent in this session before it was taken up again. */
    private Duration before = Duration.ZERO;

    public QuizSession(Quiz quiz, AnswerChecker checker, InstantSource clock) {
        this.quiz = quiz;
        this.checker = checker;
        this.clock = clock;
        this.started = clock.instant();
        this.questionShown = started;
    }

    /** A session taken up again: the answers already given count as before, and the next question follows. */
    public static QuizSession resume(Quiz quiz, List<Result> earlier, AnswerChecker checker, InstantSource clock) {
        if (earlier.size() > quiz.questions().size()) {
            throw new IllegalArgumentException("more answers than questions");
        }
        QuizSession session = new QuizSession(quiz, checker, clock);
        session.results.addAll(earlier);
        session.before = earlier.stream().map(Result::time).reduce(Duration.ZERO, Duration::plus);
        return session;
    }

    public Quiz quiz() {
        return quiz;
    }

    public Optional<Question> current() {
        if (ended != null || results.size() >= quiz.questions().size()) {
            return Optional.empty();
        }
        return Optional.of(quiz.questions().get(results.size()));
    }

    /** The 1-based number of the current question. */
    public int number() {
        return results.size() + 1;
    }

    public int size() {
        return quiz.questions().size();
    }

    public void shown() {
        questionShown = clock.instant();
    }

    /** The next hint for the current question, which lowers its points; empty when none is left. */
    public Optional<String> hint() {
        Question question = requireCurrent();
        if (hintsUsed >= question.hints().size()) {
            return Optional.empty();
        }
        return Optional.of(question.hints().get(hintsUsed++));
    }

    /** Judges an answer and moves on; empty (and no move) when a choice or true-or-false input names no option. */
    public Optional<Result> answer(String given) {
        Question question = requireCurrent();
        return checker.judge(given, question).map(v -> record(question, given, v, false));
    }

    public Result skip() {
        return record(requireCurrent(), "", Verdict.wrong("skipped"), true);
    }

    public void end() {
        if (ended == null) {
            ended = clock.instant();
        }
    }

    public boolean isOver() {
        return current().isEmpty();
    }

    public List<Result> results() {
        return List.copyOf(results);
    }

    public List<Result> missed() {
        return results.stream().filter(Result::missed).toList();
    }

    public Score score() {
        Instant until = ended != null ? ended : clock.instant();
        return Score.of(results, before.plus(Duration.between(started, until)));
    }

    private Result record(Question question, String given, Verdict verdict, boolean skipped) {
        int points = Scoring.points(verdict.kind(), hintsUsed);
        Result result = new Result(question, given, verdict, hintsUsed, points, skipped,
            Duration.between(questionShown, clock.instant()));
        results.add(result);
        hintsUsed = 0;
        questionShown = clock.instant();
        if (results.size() >= quiz.questions().size()) {
            end();
        }
        return result;
    }

    private Question requireCurrent() {
        return current().orElseThrow(() -> new IllegalStateException("the session has no current question"));
    }
}
