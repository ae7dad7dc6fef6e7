package org.textquiz.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;

/** The real pipeline on random Unicode text: it never throws, and every span cuts out exactly its text. */
class AnalysisProperties {

    @Property(tries = 300)
    void everySpanCutsOutItsTextWhateverTheText(@ForAll @StringLength(max = 300) String text) {
        Article article = GermanAnalysis.ANALYZER.analyze(ArticleText.of("random", text));

        for (Sentence sentence : article.sentences().toList()) {
            assertThat(sentence.span().cut(text)).isEqualTo(sentence.text());
            for (Token token : sentence.tokens()) {
                assertThat(token.span().cut(text)).isEqualTo(token.text());
            }
        }
    }

    @Property(tries = 200)
    void germanishTextWithNoiseAnalysesToo(@ForAll("germanish") String text) {
        Article article = GermanAnalysis.ANALYZER.analyze(ArticleText.of("random", text));

        assertThat(article.tokens()).allSatisfy(t -> assertThat(t.span().cut(text)).isEqualTo(t.text()));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> germanish() {
        return net.jqwik.api.Arbitraries.strings()
            .withChars("aäbcdeéfghijklmnoöpqrsßtuüvwxyzÄÖÜ .,;:!?-–„“\"'()\n\t0123456789\u00a0\u200b\u202e\u001b")
            .ofMaxLength(400);
    }
}
