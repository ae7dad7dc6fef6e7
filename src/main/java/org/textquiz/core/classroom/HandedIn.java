package org.textquiz.core.classroom;

import java.util.Objects;

/** A result sheet and the file it came from, which refusals name. */
public record HandedIn(String file, ResultSheet sheet) {

    public HandedIn {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
    }
}
