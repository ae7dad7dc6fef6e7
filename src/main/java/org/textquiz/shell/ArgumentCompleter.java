package org.textquiz.shell;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Spring Shell 4.0.1 completes option values but not positional arguments ({@code open quiz<TAB>});
 * this passes a positional argument to the command's own completion provider as well.
 */
class ArgumentCompleter extends CommandCompleter {

    private final CommandRegistry registry;

    ArgumentCompleter(CommandRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        Command command = words.size() >= 2 ? registry.getCommandByName(words.get(0)) : null;
        boolean positional = command != null && words.stream().skip(1).noneMatch(w -> w.startsWith("-"));
        if (!positional) {
            super.complete(reader, line, candidates);
            return;
        }
        CompletionContext context = new CompletionContext(words, line.wordIndex(), line.wordCursor(), command, null);
        for (CompletionProposal proposal : command.getCompletionProvider().apply(context)) {
            candidates.add(new Candidate(proposal.value(), proposal.displayText(), proposal.category(),
                proposal.description(), null, null, proposal.complete(), 0));
        }
    }
}
