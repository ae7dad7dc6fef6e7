package org.textquiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuizRequest;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.files.ArticleFiles;

/** Invariants of analysis and of cloze questions over the bundled article and every corpus article. */
@CorpusSweep
class CorpusInvariantsTest {

    static Stream<Path> articles() throws IOException {
        List<Path> all = new ArrayList<>(GermanAnalysis.corpus());
        all.add(0, GermanAnalysis.BUNDLED);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everySentenceAndTokenSpanCutsOutExactlyItsText(Path file) {
        Article article = GermanAnalysis.ANALYZER.analyze(ArticleFiles.read(file, file.toString()));
        String text = article.text();

        assertThat(article.sentences()).isNotEmpty();
        for (Sentence sentence : article.sentences().toList()) {
            assertThat(sentence.span().cut(text)).isEqualTo(sentence.text());
            assertThat(sentence.text()).doesNotContain("\n");
            for (Token token : sentence.tokens()) {
                assertThat(token.span().cut(text)).isEqualTo(token.text());
                assertThat(token.lemma()).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyGapQuestionIsItsSentenceWithTheGappedTextLeftOut(Path file) {
        Article article = GermanAnalysis.ANALYZER.analyze(ArticleFiles.read(file, file.toString()));
        String text = article.text();
        Quiz quiz = GermanAnalysis.QUIZZES.generate(article,
            new QuizRequest(1000, List.of(QuestionType.CLOZE, QuestionType.CHOICE), 42));

        assertThat(quiz.questions()).isNotEmpty();
        List<Integer> sentenceStarts = new ArrayList<>();
        for (Question question : quiz.questions()) {
            var gap = question instanceof ClozeQuestion c ? c.gap() : ((ChoiceQuestion) question).gap();
            String sentence = question.sentence().cut(text);
            int from = gap.start() - question.sentence().start();
            int to = gap.end() - question.sentence().start();
            assertThat(question.prompt())
                .isEqualTo(sentence.substring(0, from) + "_____" + sentence.substring(to));
            assertThat(question.solution()).isEqualTo(gap.cut(text));
            assertThat(question.solution()).matches("[\\p{L}\\d][\\p{L}\\d.,-]*");
            sentenceStarts.add(question.sentence().start());
            if (question instanceof ChoiceQuestion choice) {
                assertThat(choice.choices()).hasSize(4).doesNotHaveDuplicates().contains(choice.solution());
            }
        }
        assertThat(sentenceStarts).as("at most one gap per sentence").doesNotHaveDuplicates();
        boolean inHeadline = quiz.questions().stream().anyMatch(q -> article.sentences()
            .anyMatch(s -> s.headline() && s.span().equals(q.sentence())));
        assertThat(inHeadline).as("no gap in a headline").isFalse();
    }
}
