package org.textquiz.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.QuestionType;
import org.textquiz.export.Exporters;

/**
 * Completion beyond what Spring Shell 4.0.1 offers: the values of {@code --types}, {@code --focus} (also after a
 * comma) and {@code --format}; only quiz files after {@code --quiz}; and positional arguments ({@code open
 * quiz<TAB>}) through the command's own completion provider.
 */
class ArgumentCompleter extends CommandCompleter {

    /** Listed when completed: the exporters, made for their names, would slow the shell's start. */
    private static final Map<String, Supplier<List<String>>> VALUES = Map.of(
        "--types", () -> Arrays.stream(QuestionType.values()).map(QuestionType::id).toList(),
        "--focus", () -> Arrays.stream(Focus.values()).map(Focus::id).toList(),
        "--format", () -> new Exporters().formats());
    private static final List<String> LISTS = List.of("--types", "--focus");

    private final CommandRegistry registry;

    ArgumentCompleter(CommandRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        Command command = words.size() >= 2 ? registry.getCommandByName(words.get(0)) : null;
        String previous = line.wordIndex() >= 1 ? words.get(line.wordIndex() - 1) : "";
        String typed = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (command != null && VALUES.containsKey(previous)) {
            values(previous, typed, candidates);
            return;
        }
        if (command != null && previous.equals("--quiz")) {
            paths(command, words, line, candidates, true);
            return;
        }
        boolean positional = command != null && words.stream().skip(1).noneMatch(w -> w.startsWith("-"));
        if (!positional) {
            super.complete(reader, line, candidates);
            return;
        }
        paths(command, words, line, candidates, false);
    }

    /** "cloze,ch" completes to "cloze,choice": a list option takes values after a comma too. */
    private static void values(String option, String typed, List<Candidate> candidates) {
        int comma = LISTS.contains(option) ? typed.lastIndexOf(',') : -1;
        String before = typed.substring(0, comma + 1);
        List<String> chosen = Arrays.asList(before.split(","));
        for (String value : VALUES.get(option).get()) {
            if (!chosen.contains(value)) {
                candidates.add(new Candidate(before + value, value, null, null, null, null, !LISTS.contains(option),
                    0));
            }
        }
    }

    private static void paths(Command command, List<String> words, ParsedLine line, List<Candidate> candidates,
                              boolean quizFilesOnly) {
        CompletionContext context = new CompletionContext(words, line.wordIndex(), line.wordCursor(), command, null);
        for (CompletionProposal proposal : command.getCompletionProvider().apply(context)) {
            String value = proposal.value();
            boolean directory = value.endsWith("/") || Path.of(value).toFile().isDirectory();
            if (quizFilesOnly && !directory && !value.endsWith(".json")) {
                continue;
            }
            candidates.add(new Candidate(value, proposal.displayText(), proposal.category(),
                proposal.description(), null, null, proposal.complete() && !directory, 0));
        }
    }
}
