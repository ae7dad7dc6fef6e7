package org.textquiz.core.question;

import java.util.List;

import org.textquiz.core.article.Span;

/** A question about one sentence of an article. */
public sealed interface Question permits Gapped, MultipleChoice, WhQuestion, TrueFalseQuestion {

    /** How a gap is shown in a prompt. */
    String GAP = "_____";
    /** How a gap for an ending is shown, right after the stem: "die kürzlich__ Hinzufügung". */
    String ENDING_GAP = "__";

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
    default String wordClass() {
        return "";
    }

    /** What to show once the question is answered, beside the solution: the sentence it came from; empty when the prompt shows it. */
    default String explanation() {
        return "";
    }

    /** What the question practises; vocabulary unless it is a grammar exercise. */
    default Focus focus() {
        return Focus.VOCABULARY;
    }

    /** The grammar behind the answer, shown after it ("Dativ, maskulin, Singular"); empty when none. */
    default String note() {
        return "";
    }

    default String solution() {
        return answers().get(0);
    }

    /**
     * The original sentence as far as the prompt tells it: the prompt with the solution in its gap, without the
     * cue a grammar gap carries ("_____ (sagen, Präteritum) Scholz" is "sagte Scholz").
     */
    default String filledIn() {
        String prompt = prompt();
        int gap = prompt.indexOf(GAP);
        String marker = GAP;
        if (gap < 0) {
            gap = prompt.indexOf(ENDING_GAP);
            marker = ENDING_GAP;
        }
        if (gap < 0) {
            return prompt;
        }
        String after = prompt.substring(gap + marker.length());
        if (focus().isGrammar() && after.startsWith(" (") && after.indexOf(')') > 0) {
            after = after.substring(after.indexOf(')') + 1);
        }
        return prompt.substring(0, gap) + solution() + after;
    }
}
