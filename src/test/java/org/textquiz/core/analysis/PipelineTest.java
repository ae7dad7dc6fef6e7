package org.textquiz.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/** The pipeline's own logic, with simple stand-ins for the statistical models. */
class PipelineTest {

    /** Splits after every full stop, even across what the pipeline hands it: it must hand over single lines. */
    private static final SentenceSplitter FULL_STOPS = line -> {
        List<Span> spans = new ArrayList<>();
        Matcher m = Pattern.compile("[^.]+\\.?").matcher(line);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    };
    private static final Tokenizer WORDS = sentence -> {
        List<Span> spans = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}+|\\S").matcher(sentence);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    };
    private static final Tagger NOUNS = tokens -> tokens.stream()
        .map(t -> new Tagger.Tag(t.matches("\\p{L}+") ? Upos.NOUN : Upos.PUNCT, 0.9)).toList();
    private static final Lemmatizer SAME = (tokens, tags) -> tokens.stream()
        .map(t -> new Lemmatizer.Lemma(t, true)).toList();

    private final Pipeline pipeline = new Pipeline(FULL_STOPS, WORDS, NOUNS, SAME);

    @Test
    void aSentenceNeverCrossesALineBreak() {
        String text = "Erste Zeile ohne Ende\nzweite Zeile. Dritter Satz.\r\n\r\n  Vierter Satz.  ";
        Article article = pipeline.analyze(ArticleText.of("t", text));

        assertThat(article.sentences().map(Sentence::text))
            .containsExactly("Erste Zeile ohne Ende", "zweite Zeile.", "Dritter Satz.", "Vierter Satz.");
        assertThat(article.sentences()).allSatisfy(s -> assertThat(s.text()).doesNotContain("\n", "\r"));
    }

    @Test
    void aHeadlineIsItsOwnUnitAndNotMergedIntoTheNextSentence() {
        String text = "Einleitung des Artikels steht hier.\nRutte will höhere deutsche Verteidigungsausgaben\n"
            + "Auf einer Pressekonferenz sagte Rutte etwas.";
        Article article = pipeline.analyze(ArticleText.of("t", text));

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.paragraphs().get(1).isHeadline()).isTrue();
        assertThat(article.paragraphs().get(1).sentences().get(0).text())
            .isEqualTo("Rutte will höhere deutsche Verteidigungsausgaben");
        assertThat(article.paragraphs().get(0).isHeadline()).isFalse();
        assertThat(article.paragraphs().get(2).isHeadline()).isFalse();
    }

    @Test
    void everySpanCutsItsOwnTextOutOfTheArticle() {
        String text = "  Der Kanzler\u00a0versuchte, gelassen zu wirken.\n\nEr forderte  seine Partner auf. ";
        Article article = pipeline.analyze(ArticleText.of("t", text));

        for (Sentence sentence : article.sentences().toList()) {
            assertThat(sentence.span().cut(text)).isEqualTo(sentence.text());
            for (Token token : sentence.tokens()) {
                assertThat(token.span().cut(text)).isEqualTo(token.text());
            }
        }
        assertThat(article.tokens().map(Token::text)).contains("Kanzler", "versuchte", ",", "Partner");
    }

    @Test
    void anEmptyTextHasNoParagraphs() {
        assertThat(pipeline.analyze(ArticleText.of("t", "\n \n\t")).paragraphs()).isEmpty();
    }
}
