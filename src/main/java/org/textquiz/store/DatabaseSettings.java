package org.textquiz.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.textquiz.core.TextquizException;

/**
 * A school's shared PostgreSQL database: {@code TEXTQUIZ_DATABASE} (a {@code jdbc:postgresql:} URL),
 * {@code TEXTQUIZ_DATABASE_USER} and {@code TEXTQUIZ_DATABASE_PASSWORD}, from the environment or, with the
 * same keys, from {@code database.properties} in textquiz's config folder, which only its owner may read.
 * The password is never printed: {@link #toString()} and {@link #location()} leave it out.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String URL_KEY = "TEXTQUIZ_DATABASE";
    public static final String USER_KEY = "TEXTQUIZ_DATABASE_USER";
    public static final String PASSWORD_KEY = "TEXTQUIZ_DATABASE_PASSWORD";
    public static final String FILE_NAME = "database.properties";
    private static final String PREFIX = "jdbc:postgresql:";
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
        PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    public DatabaseSettings {
        if (url == null || !url.startsWith(PREFIX)) {
            throw new TextquizException(URL_KEY + " must be a PostgreSQL address such as "
                + "jdbc:postgresql://server:5432/textquiz, not '" + withoutQuery(url) + "'");
        }
        if (user == null || user.isBlank()) {
            throw new TextquizException(URL_KEY + " is set but " + USER_KEY + " is not; set the database login "
                + "textquiz connects as");
        }
        password = password == null ? "" : password;
    }

    /**
     * The settings from the environment, else from {@code configDir/database.properties}; empty when neither
     * names a database, and textquiz keeps its embedded SQLite file.
     */
    public static Optional<DatabaseSettings> resolve(UnaryOperator<String> environment, Path configDir) {
        String url = environment.apply(URL_KEY);
        if (url != null && !url.isBlank()) {
            return Optional.of(new DatabaseSettings(url.strip(), environment.apply(USER_KEY),
                environment.apply(PASSWORD_KEY)));
        }
        Path file = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        requireOwnerOnly(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new TextquizException("cannot read " + file + " (" + e.getMessage() + "); it holds lines such as "
                + URL_KEY + "=jdbc:postgresql://server:5432/textquiz");
        }
        String fromFile = properties.getProperty(URL_KEY);
        if (fromFile == null || fromFile.isBlank()) {
            throw new TextquizException(file + " names no database; add a line such as " + URL_KEY
                + "=jdbc:postgresql://server:5432/textquiz");
        }
        return Optional.of(new DatabaseSettings(fromFile.strip(), properties.getProperty(USER_KEY),
            properties.getProperty(PASSWORD_KEY)));
    }

    private static void requireOwnerOnly(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new TextquizException(file + " holds a database password but other users can read it; "
                    + "make it yours alone with: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions has its own access control
        } catch (IOException e) {
            throw new TextquizException("cannot read the permissions of " + file + " (" + e.getMessage() + ")");
        }
    }

    /** The server and database, for messages: no user, no password, no parameters. */
    public String location() {
        return withoutQuery(url).substring("jdbc:".length()) + " as " + user;
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "textquiz");
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "60");
        return DriverManager.getConnection(url, properties);
    }

    DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(user);
        source.setPassword(password);
        source.setApplicationName("textquiz");
        source.setConnectTimeout(10);
        return source;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + location() + "]";
    }

    private static String withoutQuery(String url) {
        if (url == null) {
            return "";
        }
        int query = url.indexOf('?');
        String plain = query < 0 ? url : url.substring(0, query);
        return plain.replaceAll("//[^/@]*@", "//");
    }
}
