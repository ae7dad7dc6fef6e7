package org.textquiz.shell;

import java.io.PrintWriter;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one line of input as a command, both in the shell and for {@code ./textquiz COMMAND}:
 * whatever goes wrong comes back as an exit code and one line of text, never as an exception.
 */
final class CommandLine {

    record Outcome(int exitCode, String error) {

        static final Outcome OK = new Outcome(0, "");

        boolean failed() {
            return exitCode != 0;
        }
    }

    /** A number option given a negative value, which Spring Shell would read as another option. */
    private static final java.util.regex.Pattern NEGATIVE_VALUE =
        java.util.regex.Pattern.compile("--(count|variants|seed)[ =]+-(\\d+)\\b");

    private final CommandParser parser;
    private final CommandRegistry registry;
    private final UserErrors errors = new UserErrors();

    CommandLine(CommandParser parser, CommandRegistry registry) {
        this.parser = parser;
        this.registry = registry;
    }

    /** Runs the command; all it prints passes through {@link Neutralise}, and so does the error. */
    Outcome run(String line, PrintWriter terminal, InputReader input) {
        PrintWriter out = new PrintWriter(new Neutralise.Writer(terminal));
        Outcome outcome = execute(line, out, input);
        out.flush();
        return outcome.failed() ? new Outcome(outcome.exitCode(), Neutralise.text(outcome.error())) : outcome;
    }

    private Outcome execute(String line, PrintWriter out, InputReader input) {
        java.util.regex.Matcher negative = NEGATIVE_VALUE.matcher(line);
        if (negative.find()) {
            return new Outcome(UserErrors.USAGE_ERROR, "--" + negative.group(1) + " must be at least "
                + (negative.group(1).equals("seed") ? "0" : "1") + ", not -" + negative.group(2));
        }
        ParsedInput parsed;
        try {
            parsed = parser.parse(line.strip());
        } catch (RuntimeException e) {
            return new Outcome(UserErrors.USAGE_ERROR, Terminal.safe(String.valueOf(e.getMessage()))
                + "; see 'help'");
        }
        try {
            ExitStatus status = new CommandExecutor(registry).execute(new CommandContext(parsed, registry, out, input));
            if (status.code() == ExitStatus.OK.code()) {
                return Outcome.OK;
            }
            return new Outcome(status.code() > 0 ? status.code() : UserErrors.USAGE_ERROR, status.description());
        } catch (CommandNotFoundException e) {
            String name = e.getCommandName();
            String nearest = Nearest.of(name, registry.getCommands().stream().filter(c -> !c.isHidden())
                .map(org.springframework.shell.core.command.Command::getName).toList());
            return new Outcome(UserErrors.USAGE_ERROR, "unknown command '" + Terminal.safe(name) + "'"
                + (nearest.isEmpty() ? "" : "; did you mean '" + nearest + "'?") + " Type 'help' to see the commands");
        } catch (RuntimeException e) {
            ExitStatus status = errors.apply(e);
            return new Outcome(status.code(), status.description());
        } finally {
            out.flush();
        }
    }
}
