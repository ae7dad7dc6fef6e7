package org.textquiz.shell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jline.builtins.Less;
import org.jline.builtins.Source;

/**
 * Shows long text a screen at a time at an interactive terminal, with JLine's {@code less} (space for the next
 * page, q to go back); text that fits one screen, and all text in a pipe, is simply printed.
 */
final class Pager {

    private final org.jline.terminal.Terminal terminal;

    /** @param terminal the interactive terminal, or null to print everything */
    Pager(org.jline.terminal.Terminal terminal) {
        this.terminal = terminal;
    }

    void show(List<String> lines, PrintWriter out) {
        long rows = lines.stream().mapToLong(l -> l.lines().count()).sum();
        if (terminal == null || rows < terminal.getHeight() - 1) {
            lines.forEach(out::println);
            out.flush();
            return;
        }
        out.flush();
        try {
            Less less = new Less(terminal, Path.of(""));
            less.quitIfOneScreen = true;
            byte[] text = (String.join("\n", lines) + "\n").getBytes(terminal.encoding() == null
                ? StandardCharsets.UTF_8 : terminal.encoding());
            less.run(new Source.InputStreamSource(new ByteArrayInputStream(text), true, "article"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException unsupported) {
            lines.forEach(out::println);
            out.flush();
        }
    }
}
