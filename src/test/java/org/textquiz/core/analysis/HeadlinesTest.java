package org.textquiz.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Rutte will höhere deutsche Verteidigungsausgaben",
        "Mindestens 8.000 Nordkoreaner in Russland",
        "Keine Neuigkeiten zur NATO-Mitgliedschaft der Ukraine",
        "Topmanager verurteilt – 300 Arbeitsplätze weg"})
    void aShortLineWithoutFinalPunctuationIsAHeadline(String line) {
        assertThat(Headlines.isHeadline(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Er dankte Scholz insbesondere für die Budgeterhöhungen in den letzten Jahren.",
        "„Dafür haben wir eine Grundlage. Das ist der Koalitionsvertrag. Der ist ausgehandelt“, sagte Scholz.",
        "Wer hat das gesagt?",
        "„Es geht darum, jeder Bedrohung der Sicherheit in Europa begegnen zu können.“",
        "8.000 – 9.000",
        "   "})
    void aSentenceOrALineWithoutWordsIsNot(String line) {
        assertThat(Headlines.isHeadline(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In der Debatte um alternative Energieträger hat der Staatssekretär heute im Bundestag erneut lange und "
            + "ausführlich über die Zukunft gesprochen ohne Punkt am Ende"})
    void aLongLineWithoutPunctuationIsStillNoHeadline(String line) {
        assertThat(Headlines.isHeadline(line)).isFalse();
    }
}
