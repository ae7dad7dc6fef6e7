package org.textquiz.shell;

import java.util.List;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;

/** Spring Shell passes over options a command does not declare; textquiz refuses them instead. */
final class Options {

    private Options() {
    }

    static void requireKnown(CommandContext context) {
        requireKnown(context, 0);
    }

    /** Refuses undeclared options, and more than {@code arguments} words after the command ("learner a b"). */
    static void requireKnown(CommandContext context, int arguments) {
        String name = context.parsedInput().commandName();
        var words = context.parsedInput().arguments();
        if (words.size() > arguments) {
            String extra = words.get(arguments).value();
            throw new UsageException("'" + name + "' takes " + (arguments == 0 ? "no argument" : arguments == 1
                ? "one argument" : arguments + " arguments") + ", not '" + Terminal.safe(extra) + "'; see 'help "
                + name + "'");
        }
        Command command = context.commandRegistry().getCommandByName(name);
        if (command == null) {
            return;
        }
        List<CommandOption> declared = command.getOptions();
        for (CommandOption given : context.parsedInput().options()) {
            boolean known = declared.stream().anyMatch(d -> matches(d, given));
            if (!known) {
                String shown = given.longName().isEmpty() ? "-" + given.shortName() : "--" + given.longName();
                throw new UsageException("unknown option " + shown + " for '" + name + "'; see 'help " + name + "'");
            }
        }
    }

    private static boolean matches(CommandOption declared, CommandOption given) {
        return (!given.longName().isEmpty() && given.longName().equals(declared.longName()))
            || (given.shortName() != ' ' && given.shortName() == declared.shortName());
    }
}
