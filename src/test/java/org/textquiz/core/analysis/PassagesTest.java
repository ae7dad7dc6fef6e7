package org.textquiz.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.article.Span;

class PassagesTest {

    /** 1,200 lines: a headline before every twentieth, the others sentences of about 200 characters. */
    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 1_200; line++) {
            if (line % 20 == 0) {
                text.append("Kapitel ").append(line / 20).append('\n');
            }
            text.append(("Zeile " + line + " erzählt etwas. ").repeat(8).strip()).append('\n');
        }
        return text.toString();
    }

    private static List<Integer> chosen(LineSelection selection, int lines) {
        return IntStream.range(0, lines).filter(selection::analyses).boxed().toList();
    }

    @Test
    void onlyTextsLongerThanAboutThirtyThousandTokensAreSampled() {
        assertThat(Passages.sampled("x".repeat(Passages.WHOLE_TEXT))).isFalse();
        assertThat(Passages.sampled("x".repeat(Passages.WHOLE_TEXT + 1))).isTrue();
    }

    @Test
    void theSeedChoosesTheSamePassagesAndALargerBudgetKeepsThemAndAddsMore() {
        String text = longText();
        int lines = Lines.of(text).size();
        List<Integer> small = chosen(Passages.sample(text, 7, 20_000), lines);
        List<Integer> again = chosen(Passages.sample(text, 7, 20_000), lines);
        List<Integer> larger = chosen(Passages.sample(text, 7, 80_000), lines);
        List<Integer> otherSeed = chosen(Passages.sample(text, 8, 20_000), lines);

        assertThat(again).isEqualTo(small);
        assertThat(larger).containsAll(small).hasSizeGreaterThan(small.size() * 3);
        assertThat(otherSeed).isNotEqualTo(small);
        int chars = small.stream().mapToInt(i -> Lines.of(text).get(i).length()).sum();
        assertThat(chars).isBetween(20_000, 20_000 + Passages.LINES_PER_PASSAGE * 300);
    }

    @Test
    void passagesAreRunsOfConsecutiveLinesSoThatPronounsKeepTheirPeople() {
        String text = longText();
        List<Integer> small = chosen(Passages.sample(text, 3, 20_000), Lines.of(text).size());

        List<List<Integer>> runs = new ArrayList<>();
        for (int line : small) {
            if (runs.isEmpty() || runs.get(runs.size() - 1).get(runs.get(runs.size() - 1).size() - 1) != line - 1) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(line);
        }
        int last = Lines.of(text).size() - 1;
        assertThat(runs).allSatisfy(run -> assertThat(run.size() % Passages.LINES_PER_PASSAGE == 0
            || run.contains(last)).isTrue());
        assertThat(runs).allSatisfy(run -> assertThat(run.get(0) % Passages.LINES_PER_PASSAGE).isZero());
    }

    @Test
    void aSampledAnalysisKeepsEveryParagraphAndHeadlineInPlaceAndAnalysesOnlyTheChosenLines() {
        String text = longText();
        Pipeline pipeline = new Pipeline(line -> List.of(new Span(0, line.length())),
            sentence -> List.of(new Span(0, sentence.length())),
            tokens -> tokens.stream().map(t -> new Tagger.Tag(org.textquiz.core.article.Upos.NOUN, 1)).toList(),
            (tokens, tags) -> tokens.stream().map(t -> new Lemmatizer.Lemma(t, true)).toList());
        ArticleText source = ArticleText.of("lang.txt", text);
        LineSelection selection = Passages.sample(text, 5, 20_000);

        Article whole = pipeline.analyze(source);
        Article sampled = pipeline.analyze(source, selection, done -> { });

        assertThat(sampled.paragraphs()).extracting(Paragraph::span)
            .containsExactlyElementsOf(whole.paragraphs().stream().map(Paragraph::span).toList());
        for (int i = 0; i < whole.paragraphs().size(); i++) {
            Paragraph paragraph = sampled.paragraphs().get(i);
            if (paragraph.isHeadline()) {
                assertThat(paragraph.sentences().get(0).text()).startsWith("Kapitel");
                assertThat(paragraph.sentences().get(0).tokens().isEmpty()).isEqualTo(!selection.analyses(i));
            } else if (selection.analyses(i)) {
                assertThat(paragraph).isEqualTo(whole.paragraphs().get(i));
            } else {
                assertThat(paragraph.sentences()).isEmpty();
            }
        }
    }
}
