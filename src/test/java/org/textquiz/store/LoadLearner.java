package org.textquiz.store;

import static org.textquiz.store.ProgressStoreContract.answer;
import static org.textquiz.store.ProgressStoreContract.quiz;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Verdict;
import org.textquiz.quizfile.QuizJson;

/**
 * One learner of the load test, as a process of its own with its own connection: connects as its login, says
 * "ready", waits for "go" on its input, then answers every question of the quiz, one transaction each.
 */
public final class LoadLearner {

    private LoadLearner() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String login = args[1];
        int questions = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        Quiz quiz = quiz(questions, seed);
        try (ProgressStore store = JdbcProgressStore.postgres(new DatabaseSettings(url, login, "change-me"),
            new QuizJson(), false)) {
            long id = store.startSession(login, quiz, Instant.now());
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            for (int position = 0; position < questions; position++) {
                Verdict verdict = (position + login.length()) % 3 == 0 ? Verdict.wrong("") : Verdict.correct();
                store.recordAnswer(id, login, position, answer(quiz, position, verdict,
                    verdict.kind() == Verdict.Kind.CORRECT ? 10 : 0), Instant.now());
            }
        }
        System.out.println("done");
    }
}
