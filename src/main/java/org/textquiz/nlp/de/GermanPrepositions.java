package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.textquiz.core.article.Upos;

/**
 * A preposition opening a sentence, capitalised, which OpenNLP's German model now and then tags as a name ("Ab/PROPN
 * Montag kann man …"); the parser then makes it an object. Tagged ADP, as the treebank does. So is a "zu" right
 * before a noun that the model took for the adverb of "zu groß" or the mark of an infinitive ("kommt es zu/ADV
 * Schäden"), which left the noun the verb's object. The other way round, a "bis" that opens a clause is a
 * conjunction.
 */
final class GermanPrepositions {

    static final Set<String> PREPOSITIONS = Set.of("ab", "an", "auf", "aus", "bei", "bis", "durch", "für", "gegen",
        "hinter", "in", "mit", "nach", "neben", "ohne", "seit", "trotz", "über", "um", "unter", "von", "vor",
        "während", "wegen", "zu", "zwischen", "laut", "gemäß", "dank", "außer", "binnen", "entlang", "gegenüber");

    private static final Set<Upos> CLAUSE_OPENERS = Set.of(Upos.DET, Upos.PRON);

    private GermanPrepositions() {
    }

    static List<Upos> retagged(List<String> forms, List<Upos> tags) {
        List<Upos> result = new ArrayList<>(tags);
        if (forms.size() > 1 && tags.get(0) == Upos.PROPN
            && PREPOSITIONS.contains(forms.get(0).toLowerCase(Locale.GERMAN)) && tags.get(1) != Upos.PUNCT
            && !nameWithAParticle(forms, tags)) {
            result.set(0, Upos.ADP);
        }
        for (int i = 0; i + 1 < forms.size(); i++) {
            if (forms.get(i).equals("bis") && tags.get(i) == Upos.ADP && CLAUSE_OPENERS.contains(tags.get(i + 1))) {
                // "warten, bis der ICE … eingefahren war": before an article or a pronoun, "bis" opens a clause (the
                // treebank's "bis er", "bis unser"); as a preposition it goes with a date, "zu" or "in"
                result.set(i, Upos.SCONJ);
            }
            if (forms.get(i).equals("zu") && (tags.get(i) == Upos.ADV || tags.get(i) == Upos.PART)
                && (tags.get(i + 1) == Upos.NOUN || tags.get(i + 1) == Upos.PROPN)) {
                result.set(i, Upos.ADP);
            }
        }
        return result;
    }

    /** "Von der Leyen betonte …": a surname with its particle, the subject of the verb right after it. */
    private static boolean nameWithAParticle(List<String> forms, List<Upos> tags) {
        return forms.size() > 3 && forms.get(0).equals("Von") && Set.of("der", "den").contains(forms.get(1))
            && tags.get(2) == Upos.PROPN && (tags.get(3) == Upos.VERB || tags.get(3) == Upos.AUX);
    }
}
