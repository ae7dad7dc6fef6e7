package org.textquiz.nlp.de;

import java.util.List;
import java.util.regex.Pattern;

import org.textquiz.core.analysis.Tokenizer;
import org.textquiz.core.article.Span;

/**
 * Keeps an ordinal number whole, as the German treebank writes it ("am 22. Oktober", "vom 26. auf den 27."): the
 * statistical tokenizer splits off its full stop, and the tagger and the parser, trained on "22." as one adjective,
 * then read "22" as a count and the month as a phrase of its own. Inside a sentence a number of one to three digits
 * with a full stop that more words follow is an ordinal; the sentence splitter has already kept the full stops that
 * end a sentence apart.
 */
public final class GermanOrdinals implements Tokenizer {

    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}\\.");

    private final Tokenizer tokenizer;

    public GermanOrdinals(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public List<Span> tokenize(String sentence) {
        return FullStops.joined(sentence, tokenizer.tokenize(sentence), (tokens, i, text) -> {
            Span token = tokens.get(i);
            return isNumber(token.cut(text)) && opensAWord(tokens.get(i + 2), text)
                && tokens.get(i + 2).start() > tokens.get(i + 1).end()
                && (i == 0 || tokens.get(i - 1).end() < token.start());
        });
    }

    private static boolean isNumber(String token) {
        return ORDINAL.matcher(token + ".").matches();
    }

    private static boolean opensAWord(Span token, String sentence) {
        return Character.isLetterOrDigit(sentence.charAt(token.start()));
    }
}
