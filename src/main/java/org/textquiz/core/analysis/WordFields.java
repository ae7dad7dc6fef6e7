package org.textquiz.core.analysis;

import org.textquiz.core.article.Upos;

/**
 * Fields of meaning: which group of words a lemma belongs to (people, spans of time, events, verbs of
 * saying). Two words of one field often both fit a gap ("Menschen" and "Besucher"; "sagte" and "warnte"), so a
 * multiple-choice question never offers one as a wrong option for the other.
 */
public interface WordFields {

    /** The field of {@code lemma} read as {@code upos}; empty when the lemma belongs to none that is known. */
    String fieldOf(String lemma, Upos upos);
}
