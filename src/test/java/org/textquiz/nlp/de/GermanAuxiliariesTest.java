package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.core.article.Upos;

class GermanAuxiliariesTest {

    private static List<Upos> retagged(String sentence, Upos... tags) {
        return GermanAuxiliaries.retagged(Arrays.asList(sentence.split(" ")), List.of(tags));
    }

    @Test
    void haveWithAParticipleIsAnAuxiliary() {
        assertThat(retagged("Niemeyers Aktivitäten haben Spuren hinterlassen .",
            Upos.PROPN, Upos.NOUN, Upos.VERB, Upos.NOUN, Upos.VERB, Upos.PUNCT))
            .containsExactly(Upos.PROPN, Upos.NOUN, Upos.AUX, Upos.NOUN, Upos.VERB, Upos.PUNCT);
    }

    @Test
    void aModalWithAnInfinitiveIsAnAuxiliary() {
        assertThat(retagged("Sie will morgen kommen", Upos.PRON, Upos.VERB, Upos.ADV, Upos.VERB))
            .containsExactly(Upos.PRON, Upos.AUX, Upos.ADV, Upos.VERB);
    }

    /**
     * "Die 450 Passagiere mussten/ADJ warten" (corpus art_013): a modal's finite form is a verb, whatever the tagger
     * says.
     */
    @Test
    void aModalTakenForAnAdjectiveIsAnAuxiliary() {
        assertThat(retagged("Die Passagiere mussten warten .", Upos.DET, Upos.NOUN, Upos.ADJ, Upos.VERB, Upos.PUNCT))
            .containsExactly(Upos.DET, Upos.NOUN, Upos.AUX, Upos.VERB, Upos.PUNCT);
        assertThat(retagged("Die Passagiere mussten .", Upos.DET, Upos.NOUN, Upos.ADJ, Upos.PUNCT))
            .containsExactly(Upos.DET, Upos.NOUN, Upos.VERB, Upos.PUNCT);
    }

    @Test
    void aFullVerbStaysOne() {
        assertThat(retagged("Er hat einen Hund .", Upos.PRON, Upos.VERB, Upos.DET, Upos.NOUN, Upos.PUNCT))
            .containsExactly(Upos.PRON, Upos.VERB, Upos.DET, Upos.NOUN, Upos.PUNCT);
        assertThat(retagged("Sie hat nichts zu verlieren", Upos.PRON, Upos.VERB, Upos.PRON, Upos.PART, Upos.VERB))
            .containsExactly(Upos.PRON, Upos.VERB, Upos.PRON, Upos.PART, Upos.VERB);
    }

    @Test
    void aVerbBeyondTheClauseIsNotTheAuxiliarys() {
        assertThat(retagged("Sie haben Zeit und arbeiten", Upos.PRON, Upos.VERB, Upos.NOUN, Upos.CCONJ, Upos.VERB))
            .containsExactly(Upos.PRON, Upos.VERB, Upos.NOUN, Upos.CCONJ, Upos.VERB);
        assertThat(retagged("Er war krank , sagte sie", Upos.PRON, Upos.VERB, Upos.ADJ, Upos.PUNCT, Upos.VERB,
            Upos.PRON)).containsExactly(Upos.PRON, Upos.VERB, Upos.ADJ, Upos.PUNCT, Upos.VERB, Upos.PRON);
    }

    @Test
    void aParticipleTaggedAsAnAdjectiveClosingAPassiveIsAVerb() {
        assertThat(retagged("Die Fahrten wurden ersatzlos gestrichen .", Upos.DET, Upos.NOUN, Upos.AUX, Upos.ADJ,
            Upos.ADJ, Upos.PUNCT)).containsExactly(Upos.DET, Upos.NOUN, Upos.AUX, Upos.ADJ, Upos.VERB, Upos.PUNCT);
        assertThat(retagged("Das Projekt wird teuer .", Upos.DET, Upos.NOUN, Upos.AUX, Upos.ADJ, Upos.PUNCT))
            .containsExactly(Upos.DET, Upos.NOUN, Upos.AUX, Upos.ADJ, Upos.PUNCT);
    }

    @Test
    void aFullVerbTaggedAsAnAuxiliaryIsAVerb() {
        assertThat(retagged("Schüssel würdigte Ligeti als großen Österreicher", Upos.PROPN, Upos.AUX, Upos.PROPN,
            Upos.ADP, Upos.ADJ, Upos.NOUN)).containsExactly(Upos.PROPN, Upos.VERB, Upos.PROPN, Upos.ADP, Upos.ADJ,
            Upos.NOUN);
        assertThat(retagged("Das muß man wissen", Upos.PRON, Upos.AUX, Upos.PRON, Upos.VERB))
            .containsExactly(Upos.PRON, Upos.AUX, Upos.PRON, Upos.VERB);
    }

    @Test
    void aCapitalisedPrepositionOpeningTheSentenceIsNoName() {
        List<String> forms = Arrays.asList("Ab Montag kann man die Ausstellung besuchen".split(" "));
        assertThat(GermanPrepositions.retagged(forms, List.of(Upos.PROPN, Upos.PROPN, Upos.AUX, Upos.PRON, Upos.DET,
            Upos.NOUN, Upos.VERB))).startsWith(Upos.ADP, Upos.PROPN);
        assertThat(GermanPrepositions.retagged(List.of("Von", "der", "Leyen", "betonte"),
            List.of(Upos.PROPN, Upos.DET, Upos.PROPN, Upos.VERB))).startsWith(Upos.PROPN);
        assertThat(GermanPrepositions.retagged(List.of("Merkel", "kam"), List.of(Upos.PROPN, Upos.VERB)))
            .startsWith(Upos.PROPN);
    }

    /** "mussten warten, bis der ICE … eingefahren war" (corpus art_013): "bis" before an article opens a clause. */
    @Test
    void bisBeforeAnArticleOrAPronounIsAConjunction() {
        assertThat(GermanPrepositions.retagged(List.of("warten", ",", "bis", "der", "Zug", "kam"),
            List.of(Upos.VERB, Upos.PUNCT, Upos.ADP, Upos.DET, Upos.NOUN, Upos.VERB))).containsExactly(Upos.VERB,
            Upos.PUNCT, Upos.SCONJ, Upos.DET, Upos.NOUN, Upos.VERB);
        assertThat(GermanPrepositions.retagged(List.of("warten", ",", "bis", "er", "kam"),
            List.of(Upos.VERB, Upos.PUNCT, Upos.ADP, Upos.PRON, Upos.VERB))).contains(Upos.SCONJ);
        assertThat(GermanPrepositions.retagged(List.of("bis", "Montag", "warten"),
            List.of(Upos.ADP, Upos.PROPN, Upos.VERB))).startsWith(Upos.ADP);
        assertThat(GermanPrepositions.retagged(List.of("bis", "zu", "dem", "Ende"),
            List.of(Upos.ADP, Upos.ADP, Upos.DET, Upos.NOUN))).startsWith(Upos.ADP, Upos.ADP);
    }
}
