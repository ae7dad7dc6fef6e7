package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.textquiz.core.article.Article;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.question.ChoiceHints;
import org.textquiz.core.question.ComprehensionGenerator;
import org.textquiz.core.question.HeadlineQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionIds;
import org.textquiz.core.question.QuestionType;

/**
 * For an article with section headlines: which headline belongs to a paragraph, shown by its opening words;
 * the choices are the article's section headlines.
 */
public final class HeadlineGenerator implements ComprehensionGenerator {

    private static final int EXCERPT_WORDS = 18;
    private static final int OPTIONS = 4;
    private static final String ASK = "Welche Zwischenüberschrift gehört zu dem Absatz, der so beginnt: „";

    @Override
    public QuestionType type() {
        return QuestionType.HEADLINE;
    }

    @Override
    public List<Question> questions(Article article, Random random) {
        List<Paragraph> paragraphs = article.paragraphs();
        List<String> headlines = new ArrayList<>();
        List<Paragraph> firsts = new ArrayList<>();
        for (int p = 1; p < paragraphs.size() - 1; p++) {
            if (paragraphs.get(p).isHeadline() && !paragraphs.get(p + 1).isHeadline()
                && !paragraphs.get(p + 1).sentences().isEmpty()) {
                String headline = paragraphs.get(p).sentences().get(0).text().strip();
                if (!headlines.contains(headline)) {
                    headlines.add(headline);
                    firsts.add(paragraphs.get(p + 1));
                }
            }
        }
        if (headlines.size() < 2) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int h = 0; h < headlines.size(); h++) {
            String headline = headlines.get(h);
            Paragraph paragraph = firsts.get(h);
            String opening = article.text().substring(paragraph.span().start(), paragraph.span().end());
            String prompt = ASK + excerpt(opening) + "“?";
            List<String> others = new ArrayList<>(headlines);
            others.remove(headline);
            Collections.shuffle(others, random);
            List<String> choices = new ArrayList<>(others.subList(0, Math.min(OPTIONS - 1, others.size())));
            choices.add(headline);
            Collections.shuffle(choices, random);
            var sentence = paragraph.sentences().get(0).span();
            String id = QuestionIds.of(article.sha256(), type(), sentence, sentence, headline);
            candidates.add(new Candidate(new HeadlineQuestion(id, prompt, List.of(headline), choices,
                ChoiceHints.rulingOut(others, choices.size()), sentence), 1.5, 0));
        }
        return Ranking.best(candidates, random);
    }

    private static String excerpt(String paragraph) {
        String[] words = paragraph.strip().replace("„", "‚").replace("“", "‘").split("\\s+");
        if (words.length <= EXCERPT_WORDS) {
            return String.join(" ", words);
        }
        String cut = String.join(" ", java.util.Arrays.copyOf(words, EXCERPT_WORDS));
        return cut.replaceAll("[,;:.!?–-]+$", "") + " …";
    }
}
