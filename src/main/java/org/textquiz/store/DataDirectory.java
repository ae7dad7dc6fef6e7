package org.textquiz.store;

import java.nio.file.Path;
import java.util.Map;

/** Where progress lives: {@code $XDG_DATA_HOME/textquiz}, else {@code ~/.local/share/textquiz}. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve(String configured, Map<String, String> environment, String userHome) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "textquiz");
        }
        return Path.of(userHome, ".local", "share", "textquiz");
    }
}
