package org.textquiz.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.quiz.Quiz;

class QuizGeneratorTest {

    private final Article article = GermanAnalysis.bundled();
    private final QuizGenerator generator = GermanAnalysis.QUIZZES;

    @Test
    void theSameSeedGivesTheSameQuiz() {
        QuizRequest request = new QuizRequest(10, List.of(QuestionType.CLOZE, QuestionType.CHOICE), 7);

        assertThat(generator.generate(article, request)).isEqualTo(generator.generate(article, request));
    }

    @Test
    void anotherSeedGivesAnotherQuiz() {
        Quiz a = generator.generate(article, new QuizRequest(10, List.of(QuestionType.CLOZE), 1));
        Quiz b = generator.generate(article, new QuizRequest(10, List.of(QuestionType.CLOZE), 2));

        assertThat(a.questions()).isNotEqualTo(b.questions());
    }

    @Test
    void givesTheCountAskedForAndMixesTheTypesAskedFor() {
        Quiz quiz = generator.generate(article,
            new QuizRequest(10, List.of(QuestionType.CLOZE, QuestionType.CHOICE), 3));

        assertThat(quiz.questions()).hasSize(10);
        assertThat(quiz.questions()).extracting(Question::type)
            .contains(QuestionType.CLOZE, QuestionType.CHOICE);
    }

    @Test
    void noAnswerIsAskedTwiceInOneQuiz() {
        for (long seed = 1; seed <= 20; seed++) {
            Quiz quiz = generator.generate(article, new QuizRequest(500, List.of(QuestionType.CLOZE), seed));

            assertThat(quiz.questions()).extracting(q -> q.solution().toLowerCase(Locale.GERMAN))
                .doesNotHaveDuplicates();
        }
    }

    @Test
    void aCountLargerThanTheArticleAllowsGivesWhatItHas() {
        Quiz quiz = generator.generate(article, new QuizRequest(500, List.of(QuestionType.CLOZE), 3));

        long sentences = article.sentences().filter(s -> !s.headline()).count();
        assertThat(quiz.questions()).hasSizeGreaterThan(10).hasSizeLessThanOrEqualTo((int) sentences);
    }

    @Test
    void hintsGiveTheBaseFormThenTheFirstLetterThenTheLength() {
        Token traf = article.tokens().filter(t -> t.text().equals("traf")).findFirst().orElseThrow();
        Token montag = article.tokens().filter(t -> t.text().equals("Montag")).findFirst().orElseThrow();

        assertThat(Hints.of(traf)).containsExactly("(treffen)", "erster Buchstabe: t", "4 Buchstaben");
        assertThat(Hints.of(montag)).as("no base form when it is the word itself")
            .containsExactly("erster Buchstabe: M", "6 Buchstaben");
    }

    @Test
    void everyQuestionCarriesItsHints() {
        Quiz quiz = generator.generate(article, new QuizRequest(500, List.of(QuestionType.CLOZE), 11));

        assertThat(quiz.questions()).allSatisfy(q -> assertThat(q.hints()).hasSizeBetween(2, 3)
            .last().isIn(q.solution().length() + " Buchstaben", q.solution().length() + " Zeichen"));
    }

    @Test
    void theHintOfAChoiceRulesOutTwoWrongOptions() {
        Quiz quiz = generator.generate(article, new QuizRequest(500, List.of(QuestionType.CHOICE), 8));

        assertThat(quiz.questions()).isNotEmpty().allSatisfy(q -> {
            ChoiceQuestion choice = (ChoiceQuestion) q;
            List<String> wrong = choice.choices().stream().filter(c -> !c.equals(choice.solution())).toList();
            assertThat(choice.hints()).hasSize(1);
            assertThat(wrong.stream().filter(w -> choice.hints().get(0).contains(w))).hasSize(2);
            assertThat(choice.hints().get(0)).doesNotContain(choice.solution());
        });
    }

    @Test
    void choicesAreWordsOfTheSameClassFromTheArticleWrittenLikeTheAnswer() {
        Quiz quiz = generator.generate(article, new QuizRequest(500, List.of(QuestionType.CHOICE), 5));

        assertThat(quiz.questions()).isNotEmpty();
        for (Question question : quiz.questions()) {
            ChoiceQuestion choice = (ChoiceQuestion) question;
            Token answer = tokenAt(choice.gap().start());
            assertThat(choice.choices()).hasSize(ChoiceGenerator.OPTIONS).doesNotHaveDuplicates();
            assertThat(choice.choices().stream().filter(c -> c.equalsIgnoreCase(choice.solution()))).hasSize(1);
            for (String option : choice.choices()) {
                assertThat(Character.isUpperCase(option.charAt(0)))
                    .isEqualTo(Character.isUpperCase(choice.solution().charAt(0)));
                boolean sameClassInArticle = article.tokens().anyMatch(t -> t.upos() == answer.upos()
                    && t.text().toLowerCase(Locale.GERMAN).equals(option.toLowerCase(Locale.GERMAN)));
                assertThat(sameClassInArticle).as(option + " is a " + answer.upos() + " of the article").isTrue();
            }
        }
    }

    @Test
    void numbersAreAcceptedInEitherForm() {
        Quiz quiz = generator.generate(article, new QuizRequest(500, List.of(QuestionType.CLOZE), 5));

        quiz.questions().stream().filter(q -> q.solution().equals("8.000"))
            .forEach(q -> assertThat(q.answers()).containsExactly("8.000", "8000"));
        assertThat(article.tokens().filter(t -> t.upos() == Upos.NUM)).isNotEmpty();
    }

    private Token tokenAt(int start) {
        return article.tokens().filter(t -> t.span().start() == start).findFirst().orElseThrow();
    }
}
