package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.analysis.Tagger;
import org.textquiz.core.article.Upos;

class GermanAdverbTagsTest {

    /** Tags every word as the statistical tagger did in the sentence it went wrong on. */
    private static List<Upos> retagged(List<String> forms, Upos... tags) {
        Tagger given = tokens -> java.util.Arrays.stream(tags).map(t -> new Tagger.Tag(t, 0.5)).toList();
        return new GermanAdverbTags(given, GermanAnalysis.DICTIONARY).tag(forms).stream().map(Tagger.Tag::upos).toList();
    }

    /** From Wikinews (train split, hand-read set 49): "Die Ernennung Gillibrands ist unterdessen auf Kritik gestoßen." */
    @Test
    void anAdverbTakenForAVerbIsAnAdverb() {
        assertThat(retagged(List.of("ist", "unterdessen", "auf", "Kritik", "gestoßen"), Upos.AUX, Upos.VERB, Upos.ADP,
            Upos.NOUN, Upos.VERB)).containsExactly(Upos.AUX, Upos.ADV, Upos.ADP, Upos.NOUN, Upos.VERB);
    }

    /** From Wikinews (train split, hand-read set 53): "… erwog unterdessen die Unterbrechung des Wahlkampfs …" */
    @Test
    void anAdverbTakenForAPrepositionIsAnAdverb() {
        assertThat(retagged(List.of("erwog", "unterdessen", "die", "Unterbrechung"), Upos.VERB, Upos.ADP, Upos.DET,
            Upos.NOUN)).containsExactly(Upos.VERB, Upos.ADV, Upos.DET, Upos.NOUN);
    }

    /** From Wikinews (train split, hand-read set 56): "Bezüglich des Startortes meldet die Nachrichtenagentur …" */
    @Test
    void aPrepositionTakenForAPronounIsAPreposition() {
        assertThat(retagged(List.of("Bezüglich", "des", "Startortes", "meldet"), Upos.PRON, Upos.DET, Upos.NOUN,
            Upos.VERB)).containsExactly(Upos.ADP, Upos.DET, Upos.NOUN, Upos.VERB);
    }

    /** From Wikinews (train split, hand-read set 59): "… entwickelte sich das Tätowieren derweil zur Kunstform." */
    @Test
    void anAdverbTakenForPunctuationIsAnAdverb() {
        assertThat(retagged(List.of("Tätowieren", "derweil", "zur", "Kunstform"), Upos.NOUN, Upos.PUNCT, Upos.ADP,
            Upos.NOUN)).containsExactly(Upos.NOUN, Upos.ADV, Upos.ADP, Upos.NOUN);
    }

    /** "Die städtischen Verkehrsbetriebe VAG bzw. VGN …": whole with its full stop, "bzw." is still a conjunction. */
    @Test
    void anAbbreviatedConjunctionTakenForPunctuationIsAConjunction() {
        assertThat(retagged(List.of("VAG", "bzw.", "VGN", "haben"), Upos.PROPN, Upos.PUNCT, Upos.PROPN, Upos.AUX))
            .containsExactly(Upos.PROPN, Upos.CCONJ, Upos.PROPN, Upos.AUX);
    }

    /** From GermEval 2014 NER (dev split, news, hand-read set 138 for #13): "Zehntausende schrieben Wut-Mails …". */
    @Test
    void aCapitalisedWordKnownOnlyAsANounIsANoun() {
        assertThat(retagged(List.of("Zehntausende", "schrieben", "Wut-Mails"), Upos.ADJ, Upos.VERB, Upos.NOUN))
            .containsExactly(Upos.NOUN, Upos.VERB, Upos.NOUN);
    }

    /** From GermEval 2014 NER (dev split, news, hand-read set 139 for #13): "Zudem befassten sich die Belmer …". */
    @Test
    void aSmallPlacesAdjectiveBeforeItsNounIsAnAdjective() {
        assertThat(retagged(List.of("die", "Belmer", "Ausschussmitglieder", "mit"), Upos.DET, Upos.NOUN, Upos.NOUN,
            Upos.ADP)).containsExactly(Upos.DET, Upos.ADJ, Upos.NOUN, Upos.ADP);
    }

    /** From GermEval 2014 NER (dev split, news, hand-read set 140 for #13): "… der USA Tausende Wildpferde …". */
    @Test
    void aRoughCountBeforeItsNounIsNoName() {
        assertThat(retagged(List.of("der", "USA", "Tausende", "Wildpferde"), Upos.DET, Upos.PROPN, Upos.PROPN, Upos.NOUN))
            .containsExactly(Upos.DET, Upos.PROPN, Upos.ADJ, Upos.NOUN);
    }

    /** An adverb the tagger took for a preposition first in the sentence is an adverb too. */
    @Test
    void anAdverbFirstInTheSentenceTakenForAPrepositionIsAnAdverb() {
        assertThat(retagged(List.of("Unterdessen", "erwog", "die", "Regierung"), Upos.ADP, Upos.VERB, Upos.DET,
            Upos.NOUN)).containsExactly(Upos.ADV, Upos.VERB, Upos.DET, Upos.NOUN);
    }

    /** From the corpus: "Stundenlang hatte Unklarheit über die Identität der Opfer geherrscht." */
    @Test
    void aCapitalisedAdjectiveOpeningTheSentenceIsNoNoun() {
        assertThat(retagged(List.of("Stundenlang", "hatte", "Unklarheit", "geherrscht"), Upos.NOUN, Upos.AUX, Upos.NOUN,
            Upos.VERB)).containsExactly(Upos.ADJ, Upos.AUX, Upos.NOUN, Upos.VERB);
    }

    @Test
    void aNounOrAVerbTheDictionaryKnowsAsOneKeepsItsTag() {
        assertThat(retagged(List.of("Unklarheit", "hatte", "geherrscht", "Essen"), Upos.NOUN, Upos.AUX, Upos.VERB,
            Upos.NOUN)).containsExactly(Upos.NOUN, Upos.AUX, Upos.VERB, Upos.NOUN);
        assertThat(retagged(List.of("Sie", "schrieb", "Stundenlang"), Upos.PRON, Upos.VERB, Upos.NOUN))
            .as("capitalised inside a sentence, the word is as the tagger says").containsExactly(Upos.PRON, Upos.VERB,
                Upos.NOUN);
        assertThat(retagged(List.of("Human", "Rights", "Watch", "hatte"), Upos.PROPN, Upos.PROPN, Upos.PROPN, Upos.AUX))
            .as("the first word of a name").containsExactly(Upos.PROPN, Upos.PROPN, Upos.PROPN, Upos.AUX);
    }
    /**
     * From Wikinews (dev split, hand-read set 121 for #13): "Am 25. Juni verunglückte ein 24-jähriger Taucher aus einer
     * Kieler Bundeswehreinheit …", with "Kieler" a noun the parse hung the phrase's noun on.
     */
    @Test
    void aPlacesAdjectiveBetweenAnArticleAndItsNounIsAnAdjective() {
        assertThat(retagged(List.of("aus", "einer", "Kieler", "Bundeswehreinheit"), Upos.ADP, Upos.DET, Upos.NOUN,
            Upos.NOUN)).containsExactly(Upos.ADP, Upos.DET, Upos.ADJ, Upos.NOUN);
        assertThat(retagged(List.of("mit", "dem", "Lehrer", "Müller"), Upos.ADP, Upos.DET, Upos.NOUN, Upos.NOUN))
            .as("a noun that is no adjective").containsExactly(Upos.ADP, Upos.DET, Upos.NOUN, Upos.NOUN);
        assertThat(retagged(List.of("der", "Kieler", "sagte"), Upos.DET, Upos.NOUN, Upos.VERB))
            .as("a man from Kiel, with no noun after").containsExactly(Upos.DET, Upos.NOUN, Upos.VERB);
    }

    /** From Klexikon ("Wiederkäuer", hand-read set 208 for #13): a noun opening the sentence, tagged an adverb. */
    @Test
    void aCapitalisedWordTheDictionaryKnowsOnlyAsANounIsNoAdverb() {
        assertThat(retagged(List.of("Wiederkäuer", "sind", "eine", "Gruppe"), Upos.ADV, Upos.VERB, Upos.DET, Upos.NOUN))
            .containsExactly(Upos.NOUN, Upos.VERB, Upos.DET, Upos.NOUN);
        assertThat(retagged(List.of("Heute", "sind", "sie", "hier"), Upos.ADV, Upos.VERB, Upos.PRON, Upos.ADV))
            .as("an adverb in small letters too").containsExactly(Upos.ADV, Upos.VERB, Upos.PRON, Upos.ADV);
    }
}
