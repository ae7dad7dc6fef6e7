package org.textquiz.shell;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/** {@code help} and {@code help COMMAND}: the commands by group, or one command's usage and options. */
class HelpCommand implements Command {

    /** The terminal's width, 0 when there is none (output piped). */
    private final java.util.function.IntSupplier width;

    HelpCommand(java.util.function.IntSupplier width) {
        this.width = width;
    }

    private static final List<String> GROUP_ORDER = List.of("Quiz", "Progress", "Articles", "Classroom", "Built-In Commands");

    @Override
    public String getName() {
        return "help";
    }

    @Override
    public String getDescription() {
        return "List the commands, or show one command's options: help COMMAND";
    }

    @Override
    public String getGroup() {
        return "Built-In Commands";
    }

    @Override
    public ExitStatus execute(CommandContext context) {
        PrintWriter out = context.outputWriter();
        List<CommandArgument> arguments = context.parsedInput().arguments();
        if (arguments.isEmpty()) {
            overview(context, out);
        } else {
            String name = arguments.stream().map(CommandArgument::value).collect(Collectors.joining(" "));
            Command command = context.commandRegistry().getCommandByName(name);
            if (command == null) {
                command = context.commandRegistry().getCommandByAlias(name);
            }
            if (command == null) {
                return new ExitStatus(UserErrors.USAGE_ERROR, "unknown command '" + Terminal.safe(name)
                    + "'; type 'help' to see the commands");
            }
            detail(command, out, width.getAsInt());
        }
        out.flush();
        return ExitStatus.OK;
    }

    private void overview(CommandContext context, PrintWriter out) {
        Map<String, List<Command>> groups = new TreeMap<>(Comparator.comparingInt(HelpCommand::groupRank)
            .thenComparing(Comparator.naturalOrder()));
        for (Command command : context.commandRegistry().getCommands()) {
            if (!command.isHidden()) {
                groups.computeIfAbsent(command.getGroup(), g -> new java.util.ArrayList<>()).add(command);
            }
        }
        out.println("Commands (type 'help COMMAND' for its options):");
        for (Map.Entry<String, List<Command>> group : groups.entrySet()) {
            out.println();
            out.println(group.getKey().equals("Built-In Commands") ? "Shell" : group.getKey());
            for (Command command : group.getValue()) {
                String names = command.getAliases().isEmpty() ? command.getName()
                    : command.getName() + ", " + String.join(", ", command.getAliases());
                out.println(Wrap.hanging(String.format("  %-12s ", names), command.getDescription(), width.getAsInt()));
            }
        }
    }

    private static void detail(Command command, PrintWriter out, int width) {
        out.println(Wrap.hanging(command.getName() + " — ", command.getDescription(), width));
        String usage = command.getHelp();
        if (usage != null && !usage.isBlank() && !usage.startsWith(command.getName() + "(")) {
            out.println(Wrap.hanging("usage: ", usage, width));
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (CommandOption option : command.getOptions()) {
            options.put("--" + option.longName(), option.description() == null ? "" : option.description());
        }
        if (!options.isEmpty()) {
            out.println();
            options.forEach((name, description) -> out.println(Wrap.hanging(String.format("  %-10s ", name),
                description, width)));
        }
    }

    private static int groupRank(String group) {
        int rank = GROUP_ORDER.indexOf(group);
        return rank < 0 ? GROUP_ORDER.size() : rank;
    }
}
