package org.textquiz.shell;

import org.jline.reader.UserInterruptException;
import org.springframework.shell.core.InputReader;

/** Answers read through the shell's input reader: JLine at a terminal, or standard input in a pipe. */
final class InputReaderAnswers implements AnswerSource {

    private final InputReader reader;

    InputReaderAnswers(InputReader reader) {
        this.reader = reader;
    }

    @Override
    public String next(String prompt) throws Interrupted {
        try {
            return reader.readInput(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (Exception endOfInput) {
            // Ctrl-D (EndOfFileException), a closed pipe, or a reader that reads nothing: the session ends
            return null;
        }
    }

    @Override
    public boolean echoes() {
        return !(reader instanceof PipedInput);
    }
}
