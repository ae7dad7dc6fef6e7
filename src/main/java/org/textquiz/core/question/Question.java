package org.textquiz.core.question;

import java.util.List;

import org.textquiz.core.article.Span;

/** A question about one sentence of an article. */
public sealed interface Question permits Gapped, MultipleChoice, WhQuestion, TrueFalseQuestion {

    /** How a gap is shown in a prompt. */
    String GAP = "_____";

    String id();

    QuestionType type();

    /** What the learner sees. */
    String prompt();

    /** Accepted answers; the first is the one shown as the solution. */
    List<String> answers();

    /** Hints in the order they are given, each costing points. */
    List<String> hints();

    /** The sentence the question is made from, as offsets into the article text. */
    Span sentence();

    /** The word class of the answer (a UD tag such as VERB), for progress by word class; empty when unknown. */
    String wordClass();

    /** What to show once the question is answered, beside the solution: the sentence it came from; empty when the prompt shows it. */
    default String explanation() {
        return "";
    }

    default String solution() {
        return answers().get(0);
    }

    /** The original sentence as far as the prompt tells it: the prompt with the solution in its gap. */
    default String filledIn() {
        String prompt = prompt();
        int gap = prompt.indexOf(GAP);
        return gap < 0 ? prompt : prompt.substring(0, gap) + solution() + prompt.substring(gap + GAP.length());
    }
}
