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
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Runs the interactive shell when textquiz is started without arguments, and otherwise runs the
 * one command they name, printing errors as one line on standard error and keeping the exit code.
 */
@Component
public class ScriptRunner implements ApplicationRunner {

    private final ObjectProvider<ShellRunner> interactive;
    private final CommandParser parser;
    private final CommandRegistry registry;
    private volatile int exitCode;

    private final boolean interactiveEnabled;

    ScriptRunner(ObjectProvider<ShellRunner> interactive, CommandParser parser, CommandRegistry registry,
                 @Value("${spring.shell.interactive.enabled:true}") boolean interactiveEnabled) {
        this.interactive = interactive;
        this.interactiveEnabled = interactiveEnabled;
        this.parser = parser;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        String[] args = arguments.getSourceArgs();
        if (args.length == 0) {
            if (interactiveEnabled) {
                interactive.getObject().run(args);
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
        ParsedInput parsed;
        try {
            parsed = parser.parse(line);
        } catch (RuntimeException e) {
            err.println("textquiz: " + Terminal.safe(String.valueOf(e.getMessage())) + "; see 'textquiz help'");
            return UserErrors.USAGE_ERROR;
        }
        try {
            ExitStatus status = new CommandExecutor(registry)
                .execute(new CommandContext(parsed, registry, out, input));
            out.flush();
            if (status.code() != ExitStatus.OK.code()) {
                err.println("textquiz: " + status.description());
                return status.code() > 0 ? status.code() : UserErrors.USAGE_ERROR;
            }
            return 0;
        } catch (CommandNotFoundException e) {
            err.println("textquiz: unknown command '" + Terminal.safe(e.getCommandName())
                + "'; run 'textquiz help' to see the commands");
            return UserErrors.USAGE_ERROR;
        } catch (RuntimeException e) {
            out.flush();
            ExitStatus status = new UserErrors().apply(e);
            err.println("textquiz: " + status.description());
            return status.code();
        }
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
