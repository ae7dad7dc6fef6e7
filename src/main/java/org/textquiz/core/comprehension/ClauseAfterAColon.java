package org.textquiz.core.comprehension;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * The clause after a colon, as a sentence of its own: "Gesichert ist: Grünbaums Schwägerin verkaufte … 72 Werke"
 * holds "Grünbaums Schwägerin verkaufte … 72 Werke", which a parse of the whole sentence hangs on "Gesichert" and
 * a parse of it alone reads as the main clause it is. Not after someone's name ("Fraser: Ich bin vorsichtig"), which
 * is an interview's turn, nor after a verb of saying ("erklärt ein Sprecher: Der ORF ergreift …"), which makes it
 * what someone said and not what the article tells.
 */
final class ClauseAfterAColon {

    /** Fewer words than these after the colon make a list or a label, not a clause ("Wohnungen oder Hotelbetrieb"). */
    private static final int MIN_WORDS = 4;
    private static final String QUOTATION_MARKS = "„“”\"»«‚‘’";

    private ClauseAfterAColon() {
    }

    static Optional<Sentence> of(Sentence sentence, Morphology morphology) {
        List<Token> tokens = sentence.tokens();
        List<Integer> colons = colons(tokens);
        if (colons.size() != 1 || sentence.text().strip().endsWith("?")) {
            return Optional.empty();
        }
        int colon = colons.get(0);
        List<Token> lead = tokens.subList(0, colon);
        List<Token> tail = tokens.subList(colon + 1, tokens.size());
        if (lead.isEmpty() || tail.stream().filter(Token::isWord).count() < MIN_WORDS
            || !Character.isLetter(tail.get(0).text().charAt(0)) || quoted(sentence.text())
            || aLabel(lead) || lead.stream().anyMatch(t -> saying(t, morphology)) || fragmentBeforeItsVerb(tail)
            || subtitle(lead, tail)) {
            return Optional.empty();
        }
        int start = tail.get(0).span().start();
        String text = sentence.text().substring(start - sentence.span().start());
        return Optional.of(new Sentence(new Span(start, sentence.span().end()), text, tail, false));
    }

    /**
     * Whether the sentence opens with who speaks and a colon ("STANDARD: …", "ZTE-Chef Schuster: Bis 2020 wird …"):
     * what follows is that speaker's, not the article's.
     */
    static boolean labelled(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Integer> colons = colons(tokens);
        return colons.size() == 1 && colons.get(0) > 0 && aLabel(tokens.subList(0, colons.get(0)));
    }

    /** "Zum Vergleich: Die größte Empfängerin …": a few words without a verb before the sentence's first colon. */
    static boolean opensWithALabel(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        // "VORSCHULSTUFE: Immer mehr Kinder … (2006: 7,2 Prozent; …)": the first colon, whatever follows, and one the
        // tokenizer left on the label's word
        List<Integer> colons = java.util.stream.IntStream.range(0, tokens.size())
            .filter(t -> tokens.get(t).text().endsWith(":")).boxed().toList();
        if (colons.isEmpty() || colons.get(0) == 0 && tokens.get(0).text().equals(":")) {
            return false;
        }
        int colon = colons.get(0);
        List<Token> lead = tokens.subList(0, tokens.get(colon).text().equals(":") ? colon : colon + 1);
        return lead.stream().filter(Token::isWord).count() <= 3 && lead.stream().noneMatch(ClauseAfterAColon::verb);
    }

    private static List<Integer> colons(List<Token> tokens) {
        return java.util.stream.IntStream.range(0, tokens.size()).filter(t -> tokens.get(t).text().equals(":")).boxed()
            .toList();
    }

    /**
     * "Inklusive Tiefspeicher 90 bis 120 Millionen Euro, nennt ein Experte eine Gesamtzahl": words without a verb
     * before a comma and the verb after it, what someone said put first.
     */
    private static boolean fragmentBeforeItsVerb(List<Token> tail) {
        for (int t = 0; t + 1 < tail.size(); t++) {
            if (verb(tail.get(t))) {
                return false;
            }
            if (tail.get(t).text().equals(",")) {
                return verb(tail.get(t + 1));
            }
        }
        return false;
    }

    /**
     * "George Millers Actionspektakel Mad Max: Fury Road liegt …": a title and its subtitle, one name before the verb,
     * not a label and a clause.
     */
    private static boolean subtitle(List<Token> lead, List<Token> tail) {
        if (lead.stream().anyMatch(ClauseAfterAColon::verb) || lead.get(lead.size() - 1).upos() != Upos.PROPN) {
            return false;
        }
        int name = 0;
        while (name < tail.size() && tail.get(name).upos() == Upos.PROPN) {
            name++;
        }
        return name > 0 && name <= MAX_SUBTITLE_WORDS && name < tail.size() && verb(tail.get(name));
    }

    private static final int MAX_SUBTITLE_WORDS = 4;

    private static boolean verb(Token token) {
        return token.upos() == Upos.VERB || token.upos() == Upos.AUX;
    }

    private static boolean quoted(String text) {
        return text.chars().anyMatch(c -> QUOTATION_MARKS.indexOf(c) >= 0);
    }

    /**
     * A name or a word in capitals alone before the colon: who speaks ("STANDARD:", "Fraser:") or a place's line; or a
     * role and a name.
     */
    private static boolean aLabel(List<Token> lead) {
        List<Token> words = lead.stream().filter(Token::isWord).toList();
        return words.size() <= 2 && words.stream().allMatch(t -> t.upos() == Upos.PROPN
            || t.text().equals(t.text().toUpperCase(Locale.GERMAN)))
            || aRoleAndAName(words);
    }

    /** "ZTE-Chef Schuster: Bis 2020 wird …": a title's speaker, whose claim follows, not the article's. */
    private static boolean aRoleAndAName(List<Token> words) {
        // the name may be a word the tagger knows as a noun ("Schuster")
        // "ZTE-/ADJ Chef": a compound the tokens split at its hyphen
        return words.size() >= 2 && words.size() <= 4 && words.stream().allMatch(t -> (t.upos() == Upos.PROPN
            || t.upos() == Upos.NOUN || t.text().endsWith("-")) && Character.isUpperCase(t.text().replaceFirst("^-", "").charAt(0)));
    }

    private static boolean saying(Token token, Morphology morphology) {
        return verb(token) && (CueVerbs.contains(token.lemma())
            || morphology.readings(token.text()).stream().anyMatch(m -> CueVerbs.contains(m.lemma())));
    }
}
