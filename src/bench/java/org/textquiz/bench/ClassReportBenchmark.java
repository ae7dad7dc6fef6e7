package org.textquiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.textquiz.core.classroom.ClassReport;
import org.textquiz.core.classroom.ResultSheet;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;

/**
 * One live class report over 30 learners who each answered a 50-question quiz: the database read of every
 * learner's session (one snapshot), then the report's tables, on SQLite and on PostgreSQL in the same run.
 * Run: ./mvnw -B -q -Pbench test-compile exec:exec -Dbench=ClassReport
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ClassReportBenchmark {

    private static final int LEARNERS = 30;
    private static final int QUESTIONS = 50;

    @Param({BenchStores.SQLITE, BenchStores.POSTGRESQL})
    public String database;

    private Path dir;
    private ProgressStore store;
    private Quiz quiz;

    @Setup(Level.Trial)
    public void fillStore() throws IOException {
        dir = Files.createTempDirectory("textquiz-bench");
        store = BenchStores.open(database, dir);
        quiz = BenchStores.quiz(QUESTIONS);
        Instant now = Instant.now();
        for (int learner = 0; learner < LEARNERS; learner++) {
            String name = "learner-" + learner;
            long session = store.startSession(name, quiz, now);
            for (int position = 0; position < QUESTIONS; position++) {
                Verdict verdict = (position + learner) % 4 == 0 ? Verdict.wrong("") : Verdict.correct();
                store.recordAnswer(session, name, position, new Result(quiz.questions().get(position), "antwort " + learner,
                    verdict, 0, verdict.kind() == Verdict.Kind.CORRECT ? 10 : 0, false, Duration.ofSeconds(4)), now);
            }
        }
    }

    @Benchmark
    public ClassReport liveReport() {
        List<ResultSheet> sheets = new ArrayList<>();
        for (ProgressStore.LearnerSession played : store.classSessions(quiz.article().sha256(), quiz.seed())) {
            List<ResultSheet.Item> items = new ArrayList<>();
            for (Result result : played.session().results()) {
                items.add(new ResultSheet.Item(result.question().id(), result.given(), result.verdict().kind(),
                    result.points(), result.hintsUsed(), result.time().toMillis()));
            }
            sheets.add(new ResultSheet(played.learner(), "bench-1", "0".repeat(64), items));
        }
        if (sheets.size() != LEARNERS) {
            throw new IllegalStateException("expected " + LEARNERS + " learners, read " + sheets.size());
        }
        return ClassReport.of(quiz, sheets);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        BenchStores.delete(dir);
    }
}
