package org.textquiz.core.question;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.textquiz.core.analysis.Lemmatizer;
import org.textquiz.core.analysis.Lexicon;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * Finds the words of a sentence that make fair gaps: content words the learner can reason about,
 * whose word class both the tagger and the dictionary vouch for, and that the rest of the sentence
 * does not give away.
 */
public final class GapFinder {

    static final Set<Upos> CONTENT_WORDS = EnumSet.of(Upos.NOUN, Upos.VERB, Upos.ADJ, Upos.ADV, Upos.NUM);
    /** Below this the tagger is wrong nearly half the time (UD German GSD dev). */
    static final double PLAUSIBLE = 0.7;
    /** A word the dictionary cannot confirm needs a tag this sure. */
    static final double CONFIDENT = 0.95;
    static final int MIN_SENTENCE_WORDS = 6;
    static final int MAX_SENTENCE_WORDS = 60;
    static final int MIN_LETTERS = 3;
    static final int MIN_ADVERB_LETTERS = 5;

    private static final Map<Upos, Double> WEIGHT = Map.of(
        Upos.NOUN, 3.0, Upos.VERB, 3.0, Upos.ADJ, 2.5, Upos.NUM, 2.0, Upos.ADV, 1.5);

    private final Lexicon lexicon;
    private final Lemmatizer guesser;

    /**
     * @param guesser lemmas for the words the analysis could not lemmatise (unknown to the dictionary),
     *                asked only for a sentence that has gaps to check
     */
    public GapFinder(Lexicon lexicon, Lemmatizer guesser) {
        this.lexicon = lexicon;
        this.guesser = guesser;
    }

    /**
     * The fair gaps of a sentence, best first; none for headlines, for very short or long sentences, and
     * for sentences that are mostly numbers.
     */
    public List<Gap> gaps(Sentence sentence) {
        long words = sentence.wordCount();
        long lettered = sentence.tokens().stream().filter(t -> t.text().codePoints().anyMatch(Character::isLetter))
            .count();
        if (sentence.headline() || words < MIN_SENTENCE_WORDS || words > MAX_SENTENCE_WORDS
            || lettered < MIN_SENTENCE_WORDS / 2) {
            return List.of();
        }
        List<Token> candidates = sentence.tokens().stream()
            .filter(t -> isFairGap(t) && isWholeWord(t, sentence))
            .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<String> lemmas = lemmas(sentence);
        List<Gap> gaps = new ArrayList<>();
        for (Token token : candidates) {
            if (!givenAway(token, sentence, lemmas)) {
                gaps.add(new Gap(sentence, token, score(token)));
            }
        }
        gaps.sort((a, b) -> Double.compare(b.score(), a.score()));
        return gaps;
    }

    boolean isFairGap(Token token) {
        if (!CONTENT_WORDS.contains(token.upos()) || token.probability() < PLAUSIBLE) {
            return false;
        }
        String text = token.text();
        if (token.upos() == Upos.NUM) {
            return text.chars().anyMatch(Character::isDigit) && text.chars().allMatch(c -> Character.isDigit(c)
                || c == '.' || c == ',');
        }
        if (!isWord(text) || isAcronym(text)) {
            return false;
        }
        int minLetters = token.upos() == Upos.ADV ? MIN_ADVERB_LETTERS : MIN_LETTERS;
        if (text.length() < minLetters) {
            return false;
        }
        Set<Upos> classes = lexicon.wordClasses(text);
        if (classes.isEmpty()) {
            return token.probability() >= CONFIDENT;
        }
        return classes.contains(token.upos());
    }

    /** Part of a hyphenated compound ("Staats-" in "Staats- und Regierungschefs") is not a word to gap. */
    private static boolean isWholeWord(Token token, Sentence sentence) {
        String text = sentence.text();
        int from = token.span().start() - sentence.span().start();
        int to = token.span().end() - sentence.span().start();
        boolean joinedBefore = from > 0 && isJoiner(text.charAt(from - 1));
        boolean joinedAfter = to < text.length() && isJoiner(text.charAt(to));
        return !joinedBefore && !joinedAfter;
    }

    private static boolean isJoiner(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '‐' || c == '/' || c == '_';
    }

    private static boolean isWord(String text) {
        return Character.isLetter(text.charAt(0)) && Character.isLetter(text.charAt(text.length() - 1))
            && text.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    private static boolean isAcronym(String text) {
        return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The lemma of every token: the analysis's, or the guesser's where the dictionary had none. */
    private List<String> lemmas(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean unknown = tokens.stream().anyMatch(t -> !t.known() && t.upos() != Upos.PROPN && t.isWord());
        List<Lemmatizer.Lemma> guessed = unknown
            ? guesser.lemmatize(tokens.stream().map(Token::text).toList(), tokens.stream().map(Token::upos).toList())
            : null;
        List<String> lemmas = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lemma = token.known() || guessed == null ? token.lemma() : guessed.get(i).form();
            lemmas.add(lemma.toLowerCase(Locale.GERMAN));
        }
        return lemmas;
    }

    /** Another word of the sentence with the same stem would hand the learner the answer. */
    private static boolean givenAway(Token gap, Sentence sentence, List<String> lemmas) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(gap);
        String answer = gap.text().toLowerCase(Locale.GERMAN);
        String lemma = lemmas.get(at);
        for (int i = 0; i < tokens.size(); i++) {
            Token other = tokens.get(i);
            if (i == at || !other.isWord()) {
                continue;
            }
            String text = other.text().toLowerCase(Locale.GERMAN);
            if (text.equals(answer) || lemmas.get(i).equals(lemma) || (answer.length() >= 4 && text.contains(answer))) {
                return true;
            }
        }
        return false;
    }

    private static double score(Token token) {
        double length = Math.min(token.text().length(), 12) / 12.0;
        return WEIGHT.get(token.upos()) + length + token.probability() + (token.known() ? 0.5 : 0);
    }
}
