package org.textquiz.core.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.textquiz.core.analysis.Lexicon;
import org.textquiz.core.analysis.WordFields;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.quiz.AnswerChecker;

/**
 * Wrong options for a multiple-choice gap: other words of the same class from the same article,
 * written with the answer's capitalisation, preferring those that look like the answer
 * (same ending, similar length) so that the learner has to read the sentence. An option that might also be
 * right is never offered: another form of the answer, a compound of it or its last part ("Fest" for
 * "Stadtfest"), or a word of its field of meaning ("Besucher" for "Menschen", "warnte" for "sagte").
 */
final class Distractors {

    private static final int SHORTEST_FORM_PART = 4;
    private static final int SHORTEST_LEMMA_PART = 3;

    private final Lexicon lexicon;
    private final WordFields fields;

    Distractors(Lexicon lexicon, WordFields fields) {
        this.lexicon = lexicon;
        this.fields = fields;
    }

    List<String> pick(Gap gap, Article article, List<String> accepted, int wanted, Random random) {
        Token answer = gap.token();
        Set<String> answerReadings = lexicon.grammaticalReadings(answer.text());
        String field = fields.fieldOf(answer.lemma(), answer.upos());
        Map<String, Token> candidates = new LinkedHashMap<>();
        for (Token token : article.tokens().toList()) {
            if (!isCandidate(token, answer) || inSentence(gap, token)
                || !field.isEmpty() && field.equals(fields.fieldOf(token.lemma(), token.upos()))) {
                continue;
            }
            String option = withCapitalisationOf(answer.text(), token.text());
            boolean isAccepted = accepted.stream().anyMatch(a -> AnswerChecker.sameIgnoringCase(a, option));
            if (!isAccepted) {
                candidates.putIfAbsent(option.toLowerCase(Locale.GERMAN), token);
            }
        }
        List<String> options = new ArrayList<>();
        candidates.values().forEach(t -> options.add(withCapitalisationOf(answer.text(), t.text())));
        Collections.shuffle(options, random);
        options.sort(Comparator.comparingInt(o -> unlikeness(answer.text(), answerReadings, o)));
        return options.subList(0, Math.min(wanted, options.size()));
    }

    /** A word the sentence itself shows ("elektrische _____ und Batterien") would be no real option. */
    private static boolean inSentence(Gap gap, Token token) {
        String word = token.text().toLowerCase(Locale.GERMAN);
        return gap.sentence().tokens().stream().anyMatch(t -> t.text().toLowerCase(Locale.GERMAN).equals(word));
    }

    /** A word of the same class, confirmed by the dictionary (numbers need none), and not another form of the answer. */
    private boolean isCandidate(Token token, Token answer) {
        if (token.upos() != answer.upos() || token.probability() < GapFinder.PLAUSIBLE || token.text().length() < 2
            || token.lemma().equalsIgnoreCase(answer.lemma()) || sameCompoundFamily(token.text(), answer.text())
            || sameCompoundFamily(token.lemma(), answer.lemma(), SHORTEST_LEMMA_PART)) {
            return false;
        }
        if (answer.upos() == Upos.NUM) {
            return token.text().chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
        }
        return token.text().chars().allMatch(c -> Character.isLetter(c) || c == '-')
            && lexicon.wordClasses(token.text()).contains(answer.upos());
    }

    /**
     * Lower is better: a form that fits the same grammatical slot (case, number, gender, tense) makes the
     * learner choose by meaning; then a shared ending and a similar length.
     */
    private int unlikeness(String answer, Set<String> answerReadings, String option) {
        Set<String> readings = lexicon.grammaticalReadings(option);
        int grammar = readings.stream().anyMatch(answerReadings::contains) ? 0 : 8;
        int ending = sharedEnding(answer, option) >= 2 ? 0 : 4;
        return grammar + ending + Math.min(Math.abs(answer.length() - option.length()), 6);
    }

    /** "Bundespräsidentschaftskandidatin" would also be right where "Präsidentschaftskandidatin" is. */
    private static boolean sameCompoundFamily(String a, String b) {
        return sameCompoundFamily(a, b, SHORTEST_FORM_PART);
    }

    /** "Ort" and "Unglücksort": a lemma may be as short as three letters and still head a compound. */
    private static boolean sameCompoundFamily(String a, String b, int shortest) {
        String x = a.toLowerCase(Locale.GERMAN);
        String y = b.toLowerCase(Locale.GERMAN);
        return x.length() >= shortest && y.length() >= shortest && (x.endsWith(y) || y.endsWith(x) || x.startsWith(y)
            || y.startsWith(x));
    }

    private static int sharedEnding(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length()
            && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    static String withCapitalisationOf(String model, String word) {
        if (word.isEmpty() || model.isEmpty()) {
            return word;
        }
        boolean upper = Character.isUpperCase(model.charAt(0));
        char first = upper ? Character.toUpperCase(word.charAt(0)) : Character.toLowerCase(word.charAt(0));
        return first + word.substring(1);
    }
}
