package org.textquiz.shell;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.textquiz.core.analysis.Passages;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.Quiz;

/** One-line summaries of articles and quizzes. */
final class Describe {

    private Describe() {
    }

    static String article(Article article) {
        if (Passages.sampled(article.text())) {
            return String.format(java.util.Locale.ROOT, "%.1f MB of text, %s; each quiz analyses passages of it "
                + "chosen by its seed", article.text().length() / 1_048_576.0,
                count(article.paragraphs().size(), "paragraph"));
        }
        long headlines = article.paragraphs().stream().filter(Paragraph::isHeadline).count();
        long sentences = article.sentences().filter(s -> !s.headline()).count();
        long words = article.tokens().filter(t -> t.isWord()).count();
        return count(sentences, "sentence") + ", " + count(headlines, "headline") + ", " + count(words, "word");
    }

    static String types(Quiz quiz) {
        Map<String, Long> counts = new TreeMap<>(quiz.questions().stream()
            .collect(Collectors.groupingBy(q -> q.type().id(), Collectors.counting())));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    }

    /** The solution as the learner reads it: a true-or-false key in the words the shell accepts. */
    static String solution(Question question) {
        if (question instanceof TrueFalseQuestion statement) {
            return statement.inGerman();
        }
        return question.solution();
    }

    /** "1 question", "2 questions". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
