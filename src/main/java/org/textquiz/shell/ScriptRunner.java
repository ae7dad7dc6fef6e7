package org.textquiz.shell;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.stereotype.Component;

/**
 * Runs the interactive shell when textquiz is started without arguments, and otherwise runs the
 * one command they name, printing errors as one line on standard error and keeping the exit code.
 */
@Component
public class ScriptRunner implements ApplicationRunner {

    private final ObjectProvider<InteractiveShell> interactive;
    private final CommandLine commands;
    private final boolean interactiveEnabled;
    private volatile int exitCode;

    private final Notices notices;

    ScriptRunner(ObjectProvider<InteractiveShell> interactive, CommandParser parser, CommandRegistry registry,
                 Notices notices, @Value("${spring.shell.interactive.enabled:true}") boolean interactiveEnabled) {
        this.interactive = interactive;
        this.notices = notices;
        this.commands = new CommandLine(parser, registry);
        this.interactiveEnabled = interactiveEnabled;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String[] args = arguments.getSourceArgs();
        if (args.length == 0) {
            if (interactiveEnabled) {
                interactive.getObject().run();
            }
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        exitCode = execute(commandLine(args), out, new PipedInput(System.in), System.err);
    }

    public int exitCode() {
        return exitCode;
    }

    int execute(String line, PrintWriter out, PipedInput input, PrintStream err) {
        CommandLine.Outcome outcome = commands.run(line, out, input);
        notices.printTo(out);
        if (outcome.failed()) {
            err.println("textquiz: " + outcome.error());
        }
        return outcome.exitCode();
    }

    /** Rebuilds one command line from the process arguments, quoting those the shell had split on. */
    static String commandLine(String[] args) {
        return Arrays.stream(args)
            .map(a -> a.isEmpty() || a.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')
                ? "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                : a)
            .collect(Collectors.joining(" "));
    }
}
