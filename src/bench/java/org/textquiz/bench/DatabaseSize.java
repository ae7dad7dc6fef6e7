package org.textquiz.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * The size of the progress database after 10,000 answers in sessions of 10 real questions from the
 * bundled article's quiz; a count, not a time, so a plain program rather than a JMH benchmark.
 * Run: ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=org.textquiz.bench.DatabaseSize -Dbench=10000
 */
public final class DatabaseSize {

    private DatabaseSize() {
    }

    public static void main(String[] args) throws Exception {
        int answers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("textquiz-size");
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add(new ClozeQuestion("cloze-" + Integer.toHexString(0x5a5a5a + i),
                "Keiner der beiden Führer erwähnte direkt die Wahlen am Dienstag in den USA, deren _____ auf die NATO "
                    + "und die europäischen Regierungen erheblich sein könnten.", List.of("Auswirkungen"),
                List.of("(Auswirkung)", "first letter: A", "12 characters"), new Span(384, 647), new Span(466, 478),
                "NOUN"));
        }
        Quiz quiz = new Quiz(Quiz.SCHEMA, new ArticleRef("NATO-Generalsekretär Mark Rutte traf am Montag …",
            "rutte-scholz-berlin.txt", "cb07619b1fda2d9debbadafaf5309165f743f54ed8f4b264e1612033981233ff"), "de", 7,
            questions);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        try (ProgressStore store = ProgressStores.open(dir, new QuizJson(), Clock.systemUTC(), System.out::println)) {
            long session = 0;
            for (int i = 0; i < answers; i++) {
                if (i % 10 == 0) {
                    session = store.startSession("learner-" + (i / 2000), quiz, now);
                }
                Verdict verdict = i % 4 == 0 ? Verdict.wrong("") : Verdict.correct();
                store.recordAnswer(session, "learner-" + (i / 2000), i % 10, new Result(questions.get(i % 10),
                    "Auswirkung", verdict, 0, verdict.kind() == Verdict.Kind.CORRECT ? 10 : 0, false,
                    Duration.ofSeconds(5)), now.plusSeconds(i));
            }
        }
        long bytes = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
        }
        System.out.printf("%d answers in %d sessions: database %.1f MB (%d bytes) in %s%n", answers, answers / 10,
            bytes / 1e6, bytes, dir);
    }
}
