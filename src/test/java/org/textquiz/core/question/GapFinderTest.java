package org.textquiz.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.nlp.de.GermanLexicon;

class GapFinderTest {

    private final GapFinder finder = new GapFinder(new GermanLexicon(GermanAnalysis.DICTIONARY),
        new org.textquiz.nlp.de.GermanLemmaGuesser(org.textquiz.nlp.OpenNlpLemmatizer::new));
    private final Article article = GermanAnalysis.bundled();

    @Test
    void gapsOnlyConfidentlyTaggedContentWords() {
        List<Gap> gaps = article.sentences().flatMap(s -> finder.gaps(s).stream()).toList();

        assertThat(gaps).isNotEmpty().allSatisfy(gap -> {
            Token token = gap.token();
            assertThat(token.upos()).isIn(Upos.NOUN, Upos.VERB, Upos.ADJ, Upos.ADV, Upos.NUM);
            assertThat(token.probability()).isGreaterThanOrEqualTo(GapFinder.PLAUSIBLE);
            assertThat(token.text()).matches("[\\p{L}\\d][\\p{L}\\d.,-]*");
        });
    }

    @Test
    void neverGapsAHeadline() {
        Sentence headline = article.sentences().filter(Sentence::headline).findFirst().orElseThrow();

        assertThat(finder.gaps(headline)).isEmpty();
    }

    @Test
    void neverGapsAWordTheRestOfTheSentenceGivesAway() {
        Article echo = GermanAnalysis.analyze(
            "Die Regierung lobte die Regierung des Nachbarlandes für ihre schnelle und mutige Entscheidung.");
        List<String> gapped = finder.gaps(echo.sentences().findFirst().orElseThrow()).stream()
            .map(g -> g.token().text()).toList();

        assertThat(gapped).doesNotContain("Regierung").contains("Entscheidung");
    }

    @Test
    void rejectsAWordWhoseTagTheDictionaryContradicts() {
        Token investiere = article.tokens().filter(t -> t.text().equals("investiere")).findFirst().orElseThrow();
        // OpenNLP tags it ADJ; GermanVerbTags, knowing it only as a verb, now mends that before the gap finder
        assertThat(investiere.upos()).isEqualTo(Upos.VERB);
        Token mistagged = new Token(investiere.span(), investiere.text(), Upos.ADJ, investiere.probability(),
            investiere.lemma(), investiere.known());

        assertThat(finder.isFairGap(mistagged)).isFalse();
    }

    @Test
    void thePromptIsTheSentenceWithOnlyTheGapReplaced() {
        Sentence first = article.sentences().findFirst().orElseThrow();
        Gap gap = finder.gaps(first).stream().filter(g -> g.token().text().equals("traf")).findFirst().orElseThrow();

        assertThat(gap.prompt()).isEqualTo("NATO-Generalsekretär Mark Rutte _____ am Montag in Berlin mit "
            + "Bundeskanzler Olaf Scholz zusammen, bei seinem ersten Besuch in Deutschland als Chef des Bündnisses.");
    }

    @Test
    void neverGapsPartOfAHyphenatedCompound() {
        Article compounds = GermanAnalysis.analyze("Die Erwartungen wurden von beiden Staats- und Regierungschefs "
            + "heruntergespielt, sagten die NATO-Staaten am Montag.");
        List<String> gapped = finder.gaps(compounds.sentences().findFirst().orElseThrow()).stream()
            .map(g -> g.token().text()).toList();

        assertThat(gapped).doesNotContain("Staats", "Staaten").contains("Erwartungen");
    }
}
