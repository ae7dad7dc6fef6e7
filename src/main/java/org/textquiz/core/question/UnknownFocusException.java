package org.textquiz.core.question;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.textquiz.core.TextquizException;

public class UnknownFocusException extends TextquizException {

    public UnknownFocusException(String focus) {
        super("unknown focus '" + focus + "'; known: "
            + Arrays.stream(Focus.values()).map(Focus::id).collect(Collectors.joining(", ")));
    }
}
