package org.textquiz.shell;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the shell keeps its history: {@code $XDG_CONFIG_HOME/textquiz}, else {@code $HOME/.config/textquiz}. The
 * home is the one the environment names, as for every other program the user runs, not Java's idea of it.
 */
final class ConfigDirectory {

    private ConfigDirectory() {
    }

    static Path resolve(Map<String, String> environment, String javaHome) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "textquiz");
        }
        return Path.of(home(environment, javaHome), ".config", "textquiz");
    }

    /** {@code $HOME} when it is set, else Java's {@code user.home}. */
    static String home(Map<String, String> environment, String javaHome) {
        String home = environment.get("HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? home : javaHome;
    }
}
