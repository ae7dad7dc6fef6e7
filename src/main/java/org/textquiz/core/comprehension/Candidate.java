package org.textquiz.core.comprehension;

import org.textquiz.core.question.Question;

/**
 * A question before the quality gates, with how good its generator thinks it is and the place of its sentence
 * in the paragraph (0 for the first), since the opening sentences of a paragraph carry its facts.
 */
record Candidate(Question question, double score, int positionInParagraph) {
}
