package org.textquiz.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.textquiz.core.progress.ProgressStore;

/** The store's contract on a real PostgreSQL server, each test on emptied tables. */
class PostgresStoreContractTest extends ProgressStoreContract {

    private static DatabaseSettings database;

    @BeforeAll
    static void createDatabase() {
        database = TestPostgres.freshDatabase();
        JdbcProgressStore.postgres(database, new org.textquiz.quizfile.QuizJson(), true).close();
    }

    @BeforeEach
    void emptyTables() {
        TestPostgres.superuser(database.url().replaceAll(".*/([^/?]+).*", "$1"),
            "TRUNCATE answers, review_items, sessions, learners RESTART IDENTITY CASCADE");
    }

    @Override
    ProgressStore open() {
        return JdbcProgressStore.postgres(database, json, false);
    }
}
