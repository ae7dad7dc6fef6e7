package org.textquiz.core.question;

import java.util.List;

/** A question answered by picking one of its {@code choices}. */
public sealed interface MultipleChoice extends Question permits ChoiceQuestion, QuoteQuestion, HeadlineQuestion {

    List<String> choices();

    /** The 1-based number of the right choice. */
    default int answerNumber() {
        return choices().indexOf(answers().get(0)) + 1;
    }
}
