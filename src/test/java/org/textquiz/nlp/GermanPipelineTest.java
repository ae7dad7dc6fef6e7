package org.textquiz.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/** The real OpenNLP models and the German dictionary, on the bundled article. */
class GermanPipelineTest {

    private final Article article = GermanAnalysis.bundled();

    @Test
    void findsTheBundledArticlesThreeSectionHeadlines() {
        List<String> headlines = article.paragraphs().stream()
            .filter(Paragraph::isHeadline)
            .map(p -> p.sentences().get(0).text())
            .toList();

        assertThat(headlines).containsExactly(
            "Rutte will höhere deutsche Verteidigungsausgaben",
            "Keine Neuigkeiten zur NATO-Mitgliedschaft der Ukraine",
            "Mindestens 8.000 Nordkoreaner in Russland");
    }

    @Test
    void splitsALineIntoItsSentences() {
        List<String> sentences = article.sentences().map(Sentence::text).toList();

        assertThat(sentences).contains(
            "Doch Rutte zeigte sich zuversichtlich, dass Deutschland weiterhin Schritte in diese Richtung "
                + "unternehmen werde.",
            "Er dankte Scholz insbesondere für die Budgeterhöhungen in den letzten Jahren.");
    }

    @Test
    void lemmasComeFromTheDictionaryByWordClass() {
        assertThat(token("traf").lemma()).isEqualTo("treffen");
        assertThat(token("investiere").lemma()).isEqualTo("investieren");
        assertThat(token("ersten").lemma()).isEqualTo("erste");
        assertThat(token("Bündnisses").lemma()).isEqualTo("Bündnis");
        assertThat(token("Soldaten").lemma()).isEqualTo("Soldat");
        assertThat(token("traf").known()).isTrue();
    }

    @Test
    void compoundNounsTheDictionaryLacksAreReadThroughTheirLastPart() {
        assertThat(token("Verteidigungsausgaben").lemma()).isEqualTo("Verteidigungsausgabe");
        assertThat(token("Verteidigungsausgaben").known()).isTrue();
    }

    @Test
    void namesUnknownToTheDictionaryKeepTheirSpelling() {
        assertThat(token("Rutte").lemma()).isEqualTo("Rutte");
    }

    @Test
    void tagsCarryTheTaggersProbability() {
        Token traf = token("traf");
        assertThat(traf.upos()).isEqualTo(Upos.VERB);
        assertThat(traf.probability()).isBetween(0.9, 1.0);
        assertThat(article.tokens()).allSatisfy(t -> assertThat(t.probability()).isBetween(0.0, 1.0));
    }

    private Token token(String text) {
        return article.tokens().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }
}
