package org.textquiz.quizfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;

/** Any change to a valid quiz file either still loads, or is refused with one readable line. */
class QuizJsonProperties {

    private static final QuizJson JSON = new QuizJson();
    private static final String VALID = JSON.write(new Quiz(Quiz.SCHEMA, new ArticleRef("T", "t.txt", "ab"), "de", 7,
        List.of(new ClozeQuestion("cloze-1", "Rutte _____ Scholz.", List.of("traf"), List.of("(treffen)"),
                new Span(0, 17), new Span(6, 10), "VERB"),
            new ChoiceQuestion("choice-1", "Er _____ Scholz.", List.of("dankte"),
                List.of("zeigte", "dankte", "warnte", "betonte"), List.of(), new Span(18, 34), new Span(21, 27)))));

    record Mutation(int position, int kind, String text) {
        String apply(String json) {
            int at = Math.min(position, json.length());
            return switch (kind) {
                case 0 -> json.substring(0, at) + json.substring(Math.min(json.length(), at + text.length() + 1));
                case 1 -> json.substring(0, at) + text + json.substring(at);
                default -> json.substring(0, at) + text + json.substring(Math.min(json.length(), at + text.length()));
            };
        }
    }

    static Gen<Mutation> mutations() {
        Gen<String> texts = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 4),
            arbitrary().pick("9999999999999999999999", "-1", "null", "[]", "{}", "\"\"", "1e400", "true", "\"x\""));
        return integers().between(0, VALID.length()).zip(integers().between(0, 2), texts, Mutation::new);
    }

    @Test
    void aMutatedQuizLoadsOrIsRefusedInOneLine() {
        qt().withExamples(1000).forAll(mutations()).checkAssert(mutation -> {
            String mutated = mutation.apply(VALID);
            try {
                Quiz quiz = JSON.read(mutated, "q.json");
                assertThat(quiz.questions()).isNotNull();
            } catch (InvalidQuizFileException refused) {
                assertThat(refused.getMessage()).startsWith("invalid quiz file q.json: ").doesNotContain("\n");
            }
        });
    }
}
