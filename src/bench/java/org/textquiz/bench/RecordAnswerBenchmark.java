package org.textquiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;

/**
 * The time to keep one answer in the progress database (one transaction), as the learner waits for it after
 * pressing Enter: in the embedded SQLite file (on disk, write-ahead log) and in a PostgreSQL server on this
 * machine, in the same run. Sample mode gives the median and the spread.
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

    @Param({BenchStores.SQLITE, BenchStores.POSTGRESQL})
    public String database;

    private Path dir;
    private ProgressStore store;
    private Quiz quiz;
    private long session;
    private int position;

    @Setup(Level.Trial)
    public void openStore() throws IOException {
        dir = Files.createTempDirectory("textquiz-bench");
        store = BenchStores.open(database, dir);
        quiz = BenchStores.quiz(QUESTIONS);
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
        BenchStores.delete(dir);
    }
}
