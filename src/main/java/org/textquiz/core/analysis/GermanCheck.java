package org.textquiz.core.analysis;

import java.util.List;
import java.util.Optional;

import org.textquiz.core.article.Article;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * Whether an analysed article is German: most of its words are in the German dictionary. Only when
 * they are not is the (larger, slower) language guesser asked what the text is instead.
 */
public final class GermanCheck {

    static final double GERMAN_SHARE = 0.5;
    static final int MIN_WORDS = 20;
    private static final int SAMPLE_CHARS = 5000;

    private final LanguageGuesser guesser;

    public GermanCheck(LanguageGuesser guesser) {
        this.guesser = guesser;
    }

    /** A one-line warning when the article is not German; empty when it is, or too short to tell. */
    public Optional<String> warning(Article article) {
        List<Token> words = article.tokens()
            .filter(t -> t.upos() != Upos.PROPN && t.text().codePoints().allMatch(Character::isLetter))
            .toList();
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        double known = (double) words.stream().filter(Token::known).count() / words.size();
        if (known >= GERMAN_SHARE) {
            return Optional.empty();
        }
        String sample = article.text().substring(0, Math.min(article.text().length(), SAMPLE_CHARS));
        String language = guesser.guess(sample).orElse("not German");
        if (language.equals("German")) {
            return Optional.empty();
        }
        String described = language.equals("not German") ? "does not look like German"
            : "looks like " + language + ", not German";
        return Optional.of(article.source() + " " + described + "; textquiz builds its questions for German, so "
            + "expect poor ones");
    }
}
