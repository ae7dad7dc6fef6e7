package org.textquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textquiz.core.TextquizException;

class DatabaseSettingsTest {

    @TempDir
    Path config;

    private static final Map<String, String> NONE = Map.of();

    @Test
    void withNothingConfiguredTheEmbeddedFileStays() {
        assertThat(DatabaseSettings.resolve(NONE::get, config)).isEmpty();
    }

    @Test
    void theEnvironmentNamesTheDatabaseAndComesBeforeTheFile() throws Exception {
        writeOwnerOnly("TEXTQUIZ_DATABASE=jdbc:postgresql://from-file/textquiz\nTEXTQUIZ_DATABASE_USER=file\n");
        Map<String, String> environment = Map.of("TEXTQUIZ_DATABASE", "jdbc:postgresql://schule:5432/textquiz",
            "TEXTQUIZ_DATABASE_USER", "anna", "TEXTQUIZ_DATABASE_PASSWORD", "geheim");

        DatabaseSettings settings = DatabaseSettings.resolve(environment::get, config).orElseThrow();

        assertThat(settings.url()).isEqualTo("jdbc:postgresql://schule:5432/textquiz");
        assertThat(settings.user()).isEqualTo("anna");
        assertThat(settings.password()).isEqualTo("geheim");
    }

    @Test
    void theConfigFileHoldsTheSameKeys() throws Exception {
        writeOwnerOnly("TEXTQUIZ_DATABASE=jdbc:postgresql://schule/textquiz\nTEXTQUIZ_DATABASE_USER=ben\n"
            + "TEXTQUIZ_DATABASE_PASSWORD=pa55\n");

        assertThat(DatabaseSettings.resolve(NONE::get, config)).contains(
            new DatabaseSettings("jdbc:postgresql://schule/textquiz", "ben", "pa55"));
    }

    @Test
    void aConfigFileOthersCanReadIsRefusedWithWhatToDo() throws Exception {
        Path file = writeOwnerOnly("TEXTQUIZ_DATABASE=jdbc:postgresql://schule/textquiz\nTEXTQUIZ_DATABASE_USER=ben\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> DatabaseSettings.resolve(NONE::get, config)).isInstanceOf(TextquizException.class)
            .hasMessage(file + " holds a database password but other users can read it; make it yours alone with: "
                + "chmod 600 " + file);
    }

    @Test
    void thePasswordIsNeverPartOfWhatIsPrinted() {
        DatabaseSettings settings = new DatabaseSettings(
            "jdbc:postgresql://ben:pw-in-url@schule:5432/textquiz?password=pw-in-query&ssl=true", "ben", "pw-field");

        assertThat(settings.location()).isEqualTo("postgresql://schule:5432/textquiz as ben");
        assertThat(settings.toString()).doesNotContain("pw-");
    }

    @Test
    void anAddressThatIsNotPostgresOrALoginMissingIsOneLine() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://schule/textquiz?password=x", "ben", ""))
            .hasMessage("TEXTQUIZ_DATABASE must be a PostgreSQL address such as "
                + "jdbc:postgresql://server:5432/textquiz, not 'jdbc:mysql://schule/textquiz'");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:postgresql://schule/textquiz", null, ""))
            .hasMessageStartingWith("TEXTQUIZ_DATABASE is set but TEXTQUIZ_DATABASE_USER is not");
    }

    private Path writeOwnerOnly(String text) throws Exception {
        Path file = config.resolve(DatabaseSettings.FILE_NAME);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
