package org.textquiz.export;

import org.textquiz.core.question.Question;

/** The original sentence of a question, shown as feedback: the prompt with the solution in the gap. */
final class Sentences {

    private Sentences() {
    }

    static String withSolution(Question question) {
        return GapPrompt.of(question)
            .map(gap -> gap.before() + question.solution() + gap.after())
            .orElse(question.prompt());
    }
}
