package org.textquiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.textquiz.core.article.Span;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.quizfile.QuizJson;
import org.textquiz.store.JdbcProgressStore;
import org.textquiz.store.ProgressStores;
import org.textquiz.store.TestPostgres;

/** The two databases a store benchmark compares in one run: the embedded SQLite file and a local PostgreSQL. */
final class BenchStores {

    static final String SQLITE = "sqlite";
    static final String POSTGRESQL = "postgresql";

    private BenchStores() {
    }

    /** A quiz of cloze questions on a made-up article, as many as asked. */
    static Quiz quiz(int size) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            questions.add(new ClozeQuestion("cloze-" + i, "Ein Satz mit _____ Nummer " + i + ".", List.of("Wort" + i),
                List.of("(Wort)", "first letter: W", "5 characters"), new Span(i * 80, i * 80 + 40),
                new Span(i * 80 + 12, i * 80 + 17), "NOUN"));
        }
        return new Quiz(Quiz.SCHEMA, new ArticleRef("Bench", "bench.txt", "0".repeat(64)), "de", 1, questions);
    }

    /** Removes a benchmark's folder and everything in it. */
    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A fresh store: a SQLite file in {@code dir}, or a new database on the embedded PostgreSQL server. */
    static ProgressStore open(String database, Path dir) {
        QuizJson json = new QuizJson();
        if (database.equals(POSTGRESQL)) {
            return JdbcProgressStore.postgres(TestPostgres.freshDatabase(), json, true);
        }
        return ProgressStores.open(dir, json, Clock.systemUTC(), notice -> {
            throw new IllegalStateException(notice);
        });
    }
}
