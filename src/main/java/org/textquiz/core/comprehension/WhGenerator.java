package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.question.ComprehensionGenerator;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionIds;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.WhQuestion;

/**
 * W-questions from declarative sentences: the W-phrase takes the place of the phrase asked for, the finite
 * verb stays second, and the rest of the main clause follows.
 */
public final class WhGenerator implements ComprehensionGenerator {

    private final Morphology morphology;
    private final WhPhrases phrases;

    public WhGenerator(Morphology morphology) {
        this.morphology = morphology;
        this.phrases = new WhPhrases(morphology);
    }

    @Override
    public QuestionType type() {
        return QuestionType.WH;
    }

    @Override
    public List<Question> questions(Article article, Random random) {
        People people = People.of(article, morphology);
        List<Candidate> candidates = new ArrayList<>();
        for (Paragraph paragraph : article.paragraphs()) {
            for (int s = 0; s < paragraph.sentences().size(); s++) {
                Sentence sentence = paragraph.sentences().get(s);
                Optional<MainClause> clause = MainClause.of(sentence, morphology);
                if (clause.isEmpty()) {
                    continue;
                }
                for (WhPhrase phrase : phrases.find(clause.get(), people)) {
                    int position = s;
                    clause.get().ask(phrase).ifPresent(prompt -> {
                        String id = QuestionIds.of(article.sha256(), type(), sentence.span(), sentence.span(),
                            prompt);
                        List<String> hints = List.of(Hint.of(phrase.answers().get(0)));
                        Question question = new WhQuestion(id, prompt, phrase.answers(), hints, sentence.span(),
                            sentence.text());
                        candidates.add(new Candidate(question, phrase.score(), position));
                    });
                }
            }
        }
        return Ranking.best(candidates, random);
    }
}
