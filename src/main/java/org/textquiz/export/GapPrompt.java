package org.textquiz.export;

import java.util.Optional;

import org.textquiz.core.question.Focus;
import org.textquiz.core.question.Question;

/** A prompt split at its gap marker, for formats that write the answer where the gap is. */
record GapPrompt(String before, String after) {

    static Optional<GapPrompt> of(Question question) {
        String prompt = question.prompt();
        String marker = Question.GAP;
        int at = prompt.indexOf(marker);
        if (at < 0 && question.focus() == Focus.ADJECTIVES) {
            marker = Question.ENDING_GAP;
            at = prompt.indexOf(marker);
        }
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new GapPrompt(prompt.substring(0, at), prompt.substring(at + marker.length())));
    }
}
