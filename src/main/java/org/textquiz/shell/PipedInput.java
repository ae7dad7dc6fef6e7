package org.textquiz.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.shell.core.InputReader;

/** Lines from standard input, for {@code ./textquiz play} with answers piped in. */
final class PipedInput implements InputReader {

    private final BufferedReader lines;

    PipedInput(InputStream in) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public String readInput(String prompt) throws IOException {
        return lines.readLine();
    }
}
