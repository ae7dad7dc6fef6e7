package org.textquiz.core.question;

import org.textquiz.core.article.Span;

/** A question made by leaving one word of a sentence out. */
public sealed interface Gapped extends Question permits ClozeQuestion, ChoiceQuestion {

    /** The word left out, as offsets into the article text. */
    Span gap();
}
