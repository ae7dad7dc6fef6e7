package org.textquiz.shell;

import java.util.Map;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Colours on the terminal, unless the user asked for none with {@code NO_COLOR} (no-color.org). */
final class Colors {

    private static final boolean ENABLED = enabled(System.getenv());

    private Colors() {
    }

    static boolean enabled(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }

    static boolean enabled() {
        return ENABLED;
    }

    static AttributedString paint(String text, int colour) {
        return ENABLED ? new AttributedString(text, AttributedStyle.DEFAULT.foreground(colour))
            : new AttributedString(text);
    }

    static String error(String text, Terminal terminal) {
        return paint(text, AttributedStyle.RED).toAnsi(terminal);
    }
}
