package org.textquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.textquiz.store.ProgressStoreContract.answer;
import static org.textquiz.store.ProgressStoreContract.quiz;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Verdict;
import org.textquiz.quizfile.QuizJson;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A PostgreSQL server of its own, stopped and started again under a learner's session. */
class SchoolDatabaseFaultsTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private final QuizJson json = new QuizJson();
    private final List<String> notices = new ArrayList<>();

    @TempDir
    Path tmp;
    private int port;
    private EmbeddedPostgres server;
    private DatabaseSettings settings;

    @BeforeEach
    void startServer() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE textquiz");
        }
        settings = new DatabaseSettings(server.getJdbcUrl("postgres", "textquiz"), "postgres", "");
        JdbcProgressStore.postgres(settings, json, true).close();
    }

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("pg")).setCleanDataDirectory(false)
            .setPort(port).start();
    }

    private void stop() throws IOException {
        server.close();
        server = null;
    }

    private ProgressStore open() {
        return ProgressStores.open(tmp.resolve("data"), Optional.of(settings), false, json,
            Clock.fixed(T0, ZoneOffset.UTC), notices::add);
    }

    @Test
    void whenTheDatabaseStopsMidSessionTheAnswersAreKeptHereAndSentOnceWhenItIsBack() throws Exception {
        Quiz quiz = quiz(4);
        try (ProgressStore store = open()) {
            long id = store.startSession("anna", quiz, T0);
            store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.correct(), 10), T0);
            store.recordAnswer(id, "anna", 1, answer(quiz, 1, Verdict.wrong(""), 0), T0);

            stop();
            store.recordAnswer(id, "anna", 2, answer(quiz, 2, Verdict.correct(), 10), T0);
            store.recordAnswer(id, "anna", 3, answer(quiz, 3, Verdict.correct(), 10), T0);

            assertThat(notices).singleElement().asString()
                .startsWith("the database at " + settings.location() + " is not answering (")
                .endsWith("); your answers are kept on this computer and sent when it is back: resume, or the next "
                    + "start")
                .doesNotContain("\n").doesNotContain("cannot save progress");
            assertThat(tmp.resolve("data").resolve(SchoolProgressStore.KEPT_FILE)).exists();
            assertThat(store.sessions("anna")).singleElement().satisfies(s -> assertThat(s.answered()).isEqualTo(4));

            start();
            store.sync();
            store.sync();

            assertThat(notices).last().isEqualTo("sent 4 answers kept on this computer to the database at "
                + settings.location());
            assertThat(tmp.resolve("data").resolve(SchoolProgressStore.KEPT_FILE)).doesNotExist();
            assertThat(store.sessions("anna")).singleElement().satisfies(s -> {
                assertThat(s.answered()).isEqualTo(4);
                assertThat(s.points()).isEqualTo(30);
                assertThat(s.finished()).isTrue();
            });
        }
        assertThat(count("SELECT count(*) FROM answers")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM sessions")).isEqualTo(1);
    }

    @Test
    void aRunThatStartsWhileTheDatabaseIsAwayKeepsItsAnswersAndTheNextStartSendsThem() throws Exception {
        Quiz quiz = quiz(3);
        stop();
        try (ProgressStore store = open()) {
            long id = store.startSession("ben", quiz, T0);
            store.recordAnswer(id, "ben", 0, answer(quiz, 0, Verdict.wrong(""), 0), T0);
            store.recordAnswer(id, "ben", 1, answer(quiz, 1, Verdict.correct(), 10), T0);
            assertThat(store.location()).contains(SchoolProgressStore.KEPT_FILE);
        }
        assertThat(notices).singleElement().asString().contains("is not answering");

        start();
        open().close();
        open().close();

        assertThat(notices).last().isEqualTo("sent 2 answers kept on this computer to the database at "
            + settings.location());
        assertThat(notices).hasSize(2);
        assertThat(count("SELECT count(*) FROM answers")).isEqualTo(2);
        try (ProgressStore store = open()) {
            ProgressStore.StoredSession resumed = store.lastUnfinished("ben").orElseThrow();
            assertThat(resumed.results()).hasSize(2);
            store.recordAnswer(resumed.id(), "ben", 2, answer(quiz, 2, Verdict.correct(), 10), T0);
            assertThat(store.nextDue("ben")).isPresent();
        }
        assertThat(count("SELECT count(*) FROM answers")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM review_items")).as("scheduled once, not again on sending")
            .isEqualTo(1);
    }

    @Test
    void resumeWhileTheDatabaseIsStillAwaySaysSoAndKeepsEverything() throws Exception {
        Quiz quiz = quiz(2);
        try (ProgressStore store = open()) {
            long id = store.startSession("carla", quiz, T0);
            stop();
            store.recordAnswer(id, "carla", 0, answer(quiz, 0, Verdict.correct(), 10), T0);
            store.sync();

            assertThat(notices).last().asString().startsWith("the database at " + settings.location()
                + " is still away (").endsWith("); your answers stay on this computer until it is back");
            assertThat(store.lastUnfinished("carla").orElseThrow().results()).hasSize(1);
        }
        start();
        open().close();
        assertThat(count("SELECT count(*) FROM answers")).isEqualTo(1);
    }

    private int count(String sql) throws Exception {
        try (Connection connection = server.getDatabase("postgres", "textquiz").getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }
}
