package org.textquiz.core.question;

import java.util.ArrayList;
import java.util.List;

import org.textquiz.core.article.Token;

/** Hints for a gap, from least to most revealing, in German: base form, first letter, length. */
final class Hints {

    private Hints() {
    }

    static List<String> of(Token token) {
        List<String> hints = new ArrayList<>(3);
        String answer = token.text();
        if (token.known() && !token.lemma().equalsIgnoreCase(answer)) {
            hints.add("(" + token.lemma() + ")");
        }
        hints.add("erster Buchstabe: " + answer.substring(0, answer.offsetByCodePoints(0, 1)));
        int length = answer.codePointCount(0, answer.length());
        boolean letters = answer.codePoints().allMatch(Character::isLetter);
        hints.add(length + " " + (letters ? (length == 1 ? "Buchstabe" : "Buchstaben") : "Zeichen"));
        return hints;
    }
}
