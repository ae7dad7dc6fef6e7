package org.textquiz.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;

import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.progress.ProgressUnavailableException;
import org.textquiz.quizfile.QuizJson;

/**
 * Opens the learner's progress database, and never fails doing so: a file that is not a textquiz
 * database is moved aside (never deleted) for a fresh one, and a folder that cannot be written leaves
 * the progress in memory for this run. Each such event is one line for the learner.
 */
public final class ProgressStores {

    public static final String FILE_NAME = "progress.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
        .withZone(ZoneOffset.UTC);

    private ProgressStores() {
    }

    /**
     * The school's shared database when one is configured, with this computer's data folder keeping answers
     * while it is away; otherwise the embedded SQLite file in the data folder, which always migrates itself.
     */
    public static ProgressStore open(Path dataDir, Optional<DatabaseSettings> school, boolean migrate, QuizJson json,
                                     Clock clock, Consumer<String> notice) {
        if (school.isEmpty()) {
            return open(dataDir, json, clock, notice);
        }
        DatabaseSettings settings = school.get();
        return SchoolProgressStore.open(() -> JdbcProgressStore.postgres(settings, json, migrate),
            dataDir.resolve(SchoolProgressStore.KEPT_FILE), json, notice, settings.location());
    }

    public static ProgressStore open(Path dataDir, QuizJson json, Clock clock, Consumer<String> notice) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException | SecurityException e) {
            return inMemory(json, notice, "cannot create " + dataDir + " (" + reason(e) + ")");
        }
        if (Files.exists(file) && !isTextquizDatabase(file)) {
            Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + STAMP.format(clock.instant()));
            try {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                for (String suffix : new String[] {"-wal", "-shm"}) {
                    Path side = file.resolveSibling(FILE_NAME + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                }
            } catch (IOException e) {
                return inMemory(json, notice, file + " is not a textquiz progress database and cannot be moved aside ("
                    + reason(e) + ")");
            }
            notice.accept(file + " was not a textquiz progress database; it was moved to " + aside.getFileName()
                + " and a fresh one was started");
        }
        try {
            return new ResilientProgressStore(JdbcProgressStore.sqlite(file, json), () -> JdbcProgressStore.inMemory(json),
                notice);
        } catch (SQLException | ProgressUnavailableException e) {
            return inMemory(json, notice, "cannot open " + file + " (" + reason(e) + ")");
        }
    }

    private static ProgressStore inMemory(QuizJson json, Consumer<String> notice, String problem) {
        notice.accept(problem + "; your progress is kept in memory for this session only");
        return JdbcProgressStore.inMemory(json);
    }

    /** An empty file, or a SQLite database that is empty or carries textquiz's schema history. */
    static boolean isTextquizDatabase(Path file) {
        try {
            if (Files.size(file) == 0) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()
               );
             Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            boolean any = false;
            while (tables.next()) {
                any = true;
                String table = tables.getString(1);
                if (table.equals(Schema.HISTORY_TABLE) || table.equals(Schema.LEGACY_VERSION_TABLE)) {
                    return true;
                }
            }
            return !any;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
