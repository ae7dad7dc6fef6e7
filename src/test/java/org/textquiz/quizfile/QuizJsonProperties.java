package org.textquiz.quizfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, VALID.length()), Arbitraries.integers()
                .between(0, 2), Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(4),
                Arbitraries.of("9999999999999999999999", "-1", "null", "[]", "{}", "\"\"", "1e400", "true", "\"x\"")))
            .as(Mutation::new);
    }

    @Property(tries = 1000)
    void aMutatedQuizLoadsOrIsRefusedInOneLine(@ForAll("mutations") Mutation mutation) {
        String mutated = mutation.apply(VALID);
        try {
            Quiz quiz = JSON.read(mutated, "q.json");
            assertThat(quiz.questions()).isNotNull();
        } catch (InvalidQuizFileException refused) {
            assertThat(refused.getMessage()).startsWith("invalid quiz file q.json: ").doesNotContain("\n");
        }
    }
}
