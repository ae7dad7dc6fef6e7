package org.textquiz.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;

/** The real pipeline on random Unicode text: it never throws, and every span cuts out exactly its text. */
class AnalysisProperties {

    private static final List<Character> GERMANISH =
        "aäbcdeéfghijklmnoöpqrsßtuüvwxyzÄÖÜ .,;:!?-–„“\"'()\n\t0123456789\u00a0\u200b\u202e\u001b".chars()
            .mapToObj(c -> (char) c).toList();

    @Test
    void everySpanCutsOutItsTextWhateverTheText() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(text -> {
            Article article = GermanAnalysis.ANALYZER.analyze(ArticleText.of("random", text));

            for (Sentence sentence : article.sentences().toList()) {
                assertThat(sentence.span().cut(text)).isEqualTo(sentence.text());
                for (Token token : sentence.tokens()) {
                    assertThat(token.span().cut(text)).isEqualTo(token.text());
                }
            }
        });
    }

    @Test
    void germanishTextWithNoiseAnalysesToo() {
        qt().withExamples(200).forAll(germanish()).checkAssert(text -> {
            Article article = GermanAnalysis.ANALYZER.analyze(ArticleText.of("random", text));

            assertThat(article.tokens()).allSatisfy(t -> assertThat(t.span().cut(text)).isEqualTo(t.text()));
        });
    }

    private static Gen<String> germanish() {
        return lists().of(arbitrary().pick(GERMANISH)).ofSizeBetween(0, 400)
            .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }
}
