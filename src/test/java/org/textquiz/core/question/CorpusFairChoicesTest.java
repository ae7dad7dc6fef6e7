package org.textquiz.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.textquiz.CorpusSweep;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Upos;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.nlp.de.GermanWordFields;

/** Over every corpus article: no wrong option of a multiple-choice gap shares the key's field or compound family. */
@CorpusSweep
class CorpusFairChoicesTest {

    private static final GermanWordFields FIELDS = new GermanWordFields(GermanAnalysis.DICTIONARY);

    @Test
    void noWrongOptionSharesTheKeysFieldOfMeaningOrItsCompoundFamily() throws IOException {
        int checked = 0;
        for (Path file : GermanAnalysis.corpus()) {
            Article article = GermanAnalysis.analyze(Files.readString(file));
            Quiz quiz = GermanAnalysis.QUIZZES.generate(article, new QuizRequest(500, List.of(QuestionType.CHOICE), 5));
            for (Question question : quiz.questions()) {
                ChoiceQuestion q = (ChoiceQuestion) question;
                Upos upos = Upos.valueOf(q.wordClass());
                String key = lemma(q.solution(), upos);
                String field = FIELDS.fieldOf(key, upos);
                for (String option : q.choices()) {
                    if (option.equals(q.solution())) {
                        continue;
                    }
                    String other = lemma(option, upos);
                    if (!field.isEmpty()) {
                        assertThat(FIELDS.fieldOf(other, upos)).as(file + ": " + option + " for " + q.solution())
                            .isNotEqualTo(field);
                    }
                    String a = key.toLowerCase(Locale.GERMAN);
                    String b = other.toLowerCase(Locale.GERMAN);
                    assertThat(a.endsWith(b) || b.endsWith(a)).as(file + ": " + option + " for " + q.solution()).isFalse();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    private static String lemma(String word, Upos upos) {
        return GermanAnalysis.MORPHOLOGY.readings(word).stream().filter(m -> m.upos() == upos)
            .map(m -> m.lemma()).findFirst().orElse(word);
    }
}
