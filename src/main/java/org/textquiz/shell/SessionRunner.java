package org.textquiz.shell;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.textquiz.core.quiz.QuizSession;

/** Plays a session in the command's terminal or pipe, keeping every answer as it is given. */
public class SessionRunner {

    private final Workspace workspace;
    private final Notices notices;
    private final ObjectProvider<org.jline.terminal.Terminal> terminal;

    public SessionRunner(Workspace workspace, Notices notices, ObjectProvider<org.jline.terminal.Terminal> terminal) {
        this.workspace = workspace;
        this.notices = notices;
        this.terminal = terminal;
    }

    void play(CommandContext context, QuizSession session, SentenceText sentences, AnswerRecorder recorder,
              boolean showEarlier) {
        workspace.lastSession(session);
        int width = context.inputReader() instanceof PipedInput ? 0 : terminalWidth();
        notices.printTo(context.outputWriter());
        PlayLoop loop = new PlayLoop(session, sentences, answers(context), context.outputWriter(), width, recorder,
            notices, pager(context));
        if (showEarlier) {
            loop.showEarlier();
        }
        loop.run();
    }

    private AnswerSource answers(CommandContext context) {
        org.jline.terminal.Terminal t = terminal.getIfAvailable();
        if (context.inputReader() instanceof org.springframework.shell.jline.JLineInputReader && t != null) {
            return new TerminalAnswers(t);
        }
        return new InputReaderAnswers(context.inputReader());
    }

    /** A pager on the interactive terminal; in a pipe, one that prints. */
    Pager pager(CommandContext context) {
        boolean interactive = context.inputReader() instanceof org.springframework.shell.jline.JLineInputReader;
        return new Pager(interactive ? terminal.getIfAvailable() : null);
    }

    /** The terminal's width for wrapping; 0 (no wrapping) when the input is piped. */
    int width(CommandContext context) {
        return context.inputReader() instanceof PipedInput ? 0 : terminalWidth();
    }

    /**
     * A progress bar for long work, drawn on a terminal: the interactive shell's, or that of a one-shot command run
     * at one ({@code ./textquiz generate --article BIG}); never into a pipe or a file.
     */
    ProgressBar progressBar(CommandContext context) {
        boolean atATerminal = !(context.inputReader() instanceof PipedInput) || System.console() != null;
        return ProgressBar.on(atATerminal ? terminal.getIfAvailable() : null);
    }

    private int terminalWidth() {
        org.jline.terminal.Terminal t = terminal.getIfAvailable();
        return t == null ? 0 : t.getWidth();
    }
}
