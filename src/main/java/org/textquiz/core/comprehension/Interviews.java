package org.textquiz.core.comprehension;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;

/**
 * The answers of an interview printed as turns ("STANDARD: Wer hat recht? Behr: Meines Wissens …"): in an article
 * with the interviewer's turns, each sentence from a turn labelled with the name of someone the article introduces
 * ("der Polizeiwissenschafter Rafael Behr") to the next turn is that person's words, which no question or statement
 * may give as what happened.
 */
final class Interviews {
    private static final Pattern ARTICLES = Pattern.compile("(?i)der|die|das|den|dem|des|im|am|vom|zum");

    private Interviews() {
    }

    static Set<Span> answers(Article article) {
        List<Sentence> sentences = article.sentences().toList();
        Set<Span> answers = new HashSet<>();
        if (sentences.stream().map(Interviews::label).noneMatch(Interviews::interviewer)) {
            // "Salzburg: …" under a map, "Wichtig: …": labels, but no one asks
            return answers;
        }
        Set<String> labels = new HashSet<>();
        sentences.stream().map(Interviews::label).filter(java.util.Objects::nonNull).forEach(labels::add);
        boolean answering = false;
        for (Sentence sentence : sentences) {
            String label = label(sentence);
            if (label != null) {
                answering = introducedByName(article.text(), label) || fullNameOfATurn(labels, label);
            }
            if (answering) {
                answers.add(sentence.span());
            }
        }
        return answers;
    }

    /**
     * "Behr" of "Behr: Meines Wissens …", "Eva Glawischnig" of "Eva Glawischnig: Bei meiner ersten Wahl …": up to three
     * capitalised words and a colon opening the sentence.
     */
    private static String label(Sentence sentence) {
        List<org.textquiz.core.article.Token> tokens = sentence.tokens();
        for (int colon = 1; colon <= 3 && colon + 1 < tokens.size(); colon++) {
            if (!tokens.get(colon - 1).text().matches("\\p{Lu}[\\p{L}-]*")) {
                return null;
            }
            if (tokens.get(colon).text().equals(":")) {
                return String.join(" ", tokens.subList(0, colon).stream().map(org.textquiz.core.article.Token::text)
                    .toList());
            }
        }
        return null;
    }

    /**
     * "Eva Glawischnig:" over her first answer and "Glawischnig:" over the others: a full name whose surname labels
     * other turns, or a surname whose full name labels one, is the one who answers.
     */
    private static boolean fullNameOfATurn(Set<String> labels, String label) {
        if (label.contains(" ")) {
            return labels.contains(label.substring(label.lastIndexOf(' ') + 1));
        }
        return labels.stream().anyMatch(other -> other.endsWith(" " + label));
    }

    /** "STANDARD:", "SPIEGEL:", "Frage:": the newspaper or the one who asks. */
    private static boolean interviewer(String label) {
        return label != null && (label.length() > 2 && label.equals(label.toUpperCase(java.util.Locale.ROOT))
            || label.equals("Frage"));
    }

    /** "Rafael Behr" somewhere in the article, not "DER STANDARD": the label is the surname of someone it names. */
    private static boolean introducedByName(String text, String label) {
        if (label.equals(label.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        java.util.regex.Matcher named = Pattern.compile("\\b(\\p{Lu}\\p{L}+) " + Pattern.quote(label) + "\\b(?!:)")
            .matcher(text);
        while (named.find()) {
            if (!ARTICLES.matcher(named.group(1)).matches()) {
                return true;
            }
        }
        return false;
    }
}
