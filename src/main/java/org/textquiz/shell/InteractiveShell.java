package org.textquiz.shell;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.JLineInputReader;
import org.springframework.shell.jline.PromptProvider;

/**
 * The interactive shell: line editing, history and completion from JLine. Unlike Spring Shell's
 * own loop, Ctrl-C only clears the line, and every error is one line, never a list or a trace.
 */
public class InteractiveShell {

    private static final Set<String> QUIT = Set.of("quit", "exit", ":quit");

    private final LineReader reader;
    private final PromptProvider prompt;
    private final CommandLine commands;

    private final Notices notices;

    public InteractiveShell(LineReader reader, PromptProvider prompt, CommandParser parser, CommandRegistry registry,
                            Notices notices) {
        this.notices = notices;
        this.reader = reader;
        this.prompt = prompt;
        this.commands = new CommandLine(parser, registry);
    }

    public void run() {
        PrintWriter out = reader.getTerminal().writer();
        out.println("textquiz — practise German with real texts. Type 'help' for the commands, 'play' to start.");
        out.flush();
        JLineInputReader input = new JLineInputReader(reader);
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.getPrompt().toAnsi(reader.getTerminal()));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (line == null || line.isBlank()) {
                continue;
            }
            if (QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                break;
            }
            CommandLine.Outcome outcome = commands.run(line, out, input);
            notices.printTo(out);
            if (outcome.failed()) {
                out.println(new AttributedString("✗ " + outcome.error(),
                    AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)).toAnsi(reader.getTerminal()));
                out.flush();
            }
        }
        out.println("Bye.");
        out.flush();
    }
}
