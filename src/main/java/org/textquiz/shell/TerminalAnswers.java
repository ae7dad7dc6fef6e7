package org.textquiz.shell;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * Answers typed at the terminal, on a line reader of their own: plain text (the command highlighter would draw
 * an answer in red as an unknown command), no completion, and no history, so that answers never land in the
 * command history and Up never brings back a command in place of an answer.
 */
final class TerminalAnswers implements AnswerSource {

    private final LineReader reader;

    TerminalAnswers(Terminal terminal) {
        this.reader = LineReaderBuilder.builder()
            .terminal(terminal)
            .highlighter(new DefaultHighlighter())
            .history(new DefaultHistory())
            .variable(LineReader.DISABLE_HISTORY, true)
            .build();
    }

    @Override
    public String next(String prompt) throws Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public boolean echoes() {
        return true;
    }
}
