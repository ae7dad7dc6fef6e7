package org.textquiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.textquiz.core.article.Span;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;
import org.textquiz.quizfile.QuizJson;
import org.textquiz.store.ProgressStores;

/**
 * The time to keep one answer in the progress database (one transaction, on disk, write-ahead log),
 * as the learner waits for it after pressing Enter. Sample mode gives the median and the spread.
 * Run: ./mvnw -B -q -Pbench test-compile exec:exec -Dbench=RecordAnswer
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(2)
public class RecordAnswerBenchmark {

    private static final int QUESTIONS = 20;

    private Path dir;
    private ProgressStore store;
    private Quiz quiz;
    private long session;
    private int position;

    @Setup(Level.Trial)
    public void openStore() throws IOException {
        dir = Files.createTempDirectory("textquiz-bench");
        store = ProgressStores.open(dir, new QuizJson(), Clock.systemUTC(), notice -> {
            throw new IllegalStateException(notice);
        });
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            questions.add(new ClozeQuestion("cloze-" + i, "Ein Satz mit _____ Nummer " + i + ".", List.of("Wort" + i),
                List.of("(Wort)", "first letter: W", "5 characters"), new Span(i * 80, i * 80 + 40),
                new Span(i * 80 + 12, i * 80 + 17), "NOUN"));
        }
        quiz = new Quiz(Quiz.SCHEMA, new ArticleRef("Bench", "bench.txt", "0".repeat(64)), "de", 1, questions);
    }

    @Setup(Level.Iteration)
    public void newSession() {
        startSession();
    }

    private void startSession() {
        session = store.startSession("bench", quiz, Instant.now());
        position = 0;
    }

    @Benchmark
    public void recordOneAnswer() {
        if (position == QUESTIONS) {
            startSession();
        }
        Question question = quiz.questions().get(position);
        Verdict verdict = position % 3 == 0 ? Verdict.wrong("") : Verdict.correct();
        store.recordAnswer(session, "bench", position, new Result(question, "antwort", verdict, 0,
            verdict.kind() == Verdict.Kind.CORRECT ? 10 : 0, false, Duration.ofSeconds(4)), Instant.now());
        position++;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
