package org.textquiz.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.utils.InfoCmp;
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
    private static final String CLEAR = "clear";
    static final String HISTORY_FILE = "history";

    private final LineReader reader;
    private final PromptProvider prompt;
    private final CommandLine commands;
    private final Progress progress;
    /** Work that may start once the prompt is up, such as loading the parser. */
    private final Runnable onPrompt;

    private final Notices notices;

    public InteractiveShell(LineReader reader, PromptProvider prompt, CommandParser parser, CommandRegistry registry,
                            Notices notices, Progress progress, Path configDirectory, Runnable onPrompt) {
        this.onPrompt = onPrompt;
        this.notices = notices;
        this.reader = reader;
        this.prompt = prompt;
        this.progress = progress;
        this.commands = new CommandLine(parser, registry);
        useHistory(configDirectory.resolve(HISTORY_FILE));
        if (!Colors.enabled() && reader instanceof LineReaderImpl impl) {
            impl.setHighlighter(new DefaultHighlighter());
        }
    }

    /** Commands only (answers have a reader of their own), kept under the user's configuration folder. */
    private void useHistory(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            reader.setVariable(LineReader.HISTORY_FILE, file);
            reader.getHistory().attach(reader);
            reader.getHistory().load();
        } catch (IOException | RuntimeException unwritable) {
            reader.setVariable(LineReader.HISTORY_FILE, null);
        }
    }

    public void run() {
        PrintWriter out = reader.getTerminal().writer();
        out.println("textquiz — practise German with real texts. Type 'help' for the commands, 'play' to start.");
        out.println("Learner: " + Terminal.safe(progress.learner()) + " (another one: learner NAME)");
        out.flush();
        JLineInputReader input = new JLineInputReader(reader);
        boolean promptShown = false;
        while (true) {
            if (!promptShown) {
                promptShown = true;
                reader.getTerminal().writer().flush();
                onPrompt.run();
            }
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
            String[] words = line.strip().split("\\s+");
            String first = words[0].toLowerCase(Locale.ROOT);
            if ((QUIT.contains(first) || first.equals(CLEAR)) && words.length > 1) {
                out.println(Colors.error("✗ '" + Terminal.safe(words[0]) + "' takes no argument, not '"
                    + Terminal.safe(words[1]) + "'", reader.getTerminal()));
                out.flush();
                continue;
            }
            if (QUIT.contains(first)) {
                break;
            }
            if (first.equals(CLEAR)) {
                reader.getTerminal().puts(InfoCmp.Capability.clear_screen);
                reader.getTerminal().flush();
                continue;
            }
            CommandLine.Outcome outcome = commands.run(line, out, input);
            notices.printTo(out);
            if (outcome.failed()) {
                out.println(Colors.error("✗ " + outcome.error(), reader.getTerminal()));
                out.flush();
            }
        }
        out.println("Bye.");
        out.flush();
    }
}
