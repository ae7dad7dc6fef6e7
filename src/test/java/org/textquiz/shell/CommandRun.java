package org.textquiz.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** What one {@code ./textquiz COMMAND} run printed and returned, with its answers piped in. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(ScriptRunner runner, String commandLine, String input) {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runner.execute(commandLine, new PrintWriter(out),
            new PipedInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(code, out.toString(), err.toString(StandardCharsets.UTF_8));
    }
}
