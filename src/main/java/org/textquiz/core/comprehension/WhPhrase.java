package org.textquiz.core.comprehension;

import java.util.List;

/**
 * A phrase of a main clause that a W-question can ask for: tokens {@code from}–{@code to} (exclusive),
 * the W-phrase that stands in for it, the accepted answers (the key first) and how good a question it makes.
 */
record WhPhrase(int from, int to, String asking, List<String> answers, double score, String verb) {

    WhPhrase {
        answers = answers.stream().filter(a -> !a.isBlank()).distinct().toList();
    }

    WhPhrase(int from, int to, String asking, List<String> answers, double score) {
        this(from, to, asking, answers, score, "");
    }
}
