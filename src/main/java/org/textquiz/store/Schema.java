package org.textquiz.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The progress store's schema: one Flyway history, {@code db/migration}, for SQLite and PostgreSQL. A file
 * from before Flyway carries its version in {@code textquiz_schema}; Flyway takes that version as its
 * baseline and applies only what came after, so no answer is touched.
 */
final class Schema {

    /** The highest version in {@code db/migration}; a test holds the two together. */
    static final int LATEST = 3;
    static final String LEGACY_VERSION_TABLE = "textquiz_schema";
    static final String HISTORY_TABLE = "flyway_schema_history";

    private Schema() {
    }

    /** Brings the database up to this textquiz's schema; each migration in its own transaction. */
    static void migrate(DataSource source, Dialect dialect, String location) {
        try {
            int legacy = legacyVersion(source);
            FluentConfiguration configuration = configure(source, dialect);
            if (legacy > 0) {
                configuration.baselineOnMigrate(true)
                    .baselineVersion(String.valueOf(legacy))
                    .baselineDescription(LEGACY_VERSION_TABLE + " " + legacy);
            }
            Flyway flyway = configuration.load();
            refuseNewer(flyway.info(), location);
            flyway.migrate();
        } catch (FlywayException | SQLException e) {
            throw new SchemaException("cannot bring the progress database at " + location
                + " up to date: " + Messages.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Checks, without changing anything, that the database has this textquiz's schema: for a database that
     * a learner's role cannot change, whose migrations an administrator runs with {@code --migrate}.
     */
    static void requireCurrent(DataSource source, Dialect dialect, String location) {
        try {
            MigrationInfoService info = configure(source, dialect).load().info();
            refuseNewer(info, location);
            MigrationInfo[] pending = info.pending();
            if (pending.length > 0) {
                MigrationInfo current = info.current();
                throw new SchemaException("the database at " + location + " has schema version "
                    + (current == null ? "none" : current.getVersion()) + " and this textquiz needs "
                    + pending[pending.length - 1].getVersion() + "; the school's administrator brings it up to date "
                    + "with: ./textquiz --migrate learners", null);
            }
        } catch (FlywayException e) {
            throw new SchemaException("cannot read the schema of the database at " + location + ": "
                + Messages.firstLine(e.getMessage()), e);
        }
    }

    private static FluentConfiguration configure(DataSource source, Dialect dialect) {
        return Flyway.configure(Schema.class.getClassLoader())
            .dataSource(source)
            .locations("classpath:db/migration")
            .placeholders(dialect.placeholders())
            .table(HISTORY_TABLE);
    }

    private static void refuseNewer(MigrationInfoService info, String location) {
        MigrationInfo current = info.current();
        for (MigrationInfo applied : info.applied()) {
            if (applied.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS) {
                throw new SchemaException("the database at " + location + " has schema version "
                    + current.getVersion() + ", newer than this textquiz knows; update textquiz", null);
            }
        }
    }

    /**
     * Whether Flyway's history already ends at {@link #LATEST}: the common case, answered by one query on the
     * store's own connection instead of Flyway's scan of the migrations, which would cost every start about
     * a fifth of a second.
     */
    static boolean upToDate(Connection connection) throws SQLException {
        if (!hasTable(connection.getMetaData(), HISTORY_TABLE)) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet versions = statement.executeQuery("SELECT version, success FROM " + HISTORY_TABLE
                 + " WHERE version IS NOT NULL")) {
            int highest = 0;
            while (versions.next()) {
                if (versions.getBoolean(2)) {
                    highest = Math.max(highest, Integer.parseInt(versions.getString(1)));
                }
            }
            return highest == LATEST;
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    /** The version a database from before Flyway recorded in its own table; 0 when there is none. */
    private static int legacyVersion(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (!hasTable(meta, LEGACY_VERSION_TABLE) || hasTable(meta, HISTORY_TABLE)) {
                return 0;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet version = statement.executeQuery("SELECT max(version) FROM " + LEGACY_VERSION_TABLE)) {
                return version.next() ? version.getInt(1) : 0;
            }
        }
    }

    private static boolean hasTable(DatabaseMetaData meta, String name) throws SQLException {
        try (ResultSet tables = meta.getTables(null, null, name, null)) {
            return tables.next();
        }
    }
}
