package org.textquiz.core.comprehension;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * The main clause a German declarative sentence opens with: the part before the finite verb (Vorfeld),
 * the finite verb in second place, and the rest up to the first comma, semicolon, colon or dash; what follows
 * that (a subordinate clause, an added phrase) is left out of questions.
 *
 * @param start index of the clause's first token (after a leading "und", "aber", "doch" …)
 * @param verb index of the finite verb
 * @param end index after the clause's last token
 */
record MainClause(Sentence sentence, int start, int verb, int end, boolean thirdSingular) {

    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("und", "aber", "doch", "denn", "sondern", "oder");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", "–", "—", "-", "/");
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("dass", "ob", "wie", "was", "wer", "wo", "warum",
        "weshalb", "wann", "welche", "welcher", "welches");
    private static final String QUOTE_MARKS = "„“”\"»«‚‘’";

    static Optional<MainClause> of(Sentence sentence, Morphology morphology) {
        List<Token> tokens = sentence.tokens();
        if (sentence.headline() || tokens.size() < 4 || !tokens.get(tokens.size() - 1).text().equals(".")
            || sentence.text().chars().anyMatch(c -> QUOTE_MARKS.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        int start = LEADING_CONJUNCTIONS.contains(tokens.get(0).text().toLowerCase()) ? 1 : 0;
        int verb = -1;
        for (int i = start + 1; i < tokens.size() && verb < 0; i++) {
            Token token = tokens.get(i);
            if (!token.isWord()) {
                return Optional.empty();
            }
            if ((token.upos() == Upos.VERB || token.upos() == Upos.AUX) && Words.lower(token.text()).equals(token.text())
                && morphology.readings(token.text()).stream().anyMatch(m -> m.has(Feature.FINITE))) {
                verb = i;
            }
        }
        if (verb < 0 || Words.SPEECH_VERBS.contains(tokens.get(verb).lemma())) {
            return Optional.empty();
        }
        int end = verb + 1;
        while (end < tokens.size() - 1 && !CLAUSE_BREAKS.contains(tokens.get(end).text())
            && !secondClause(tokens, end)) {
            end++;
        }
        if (end < tokens.size() - 1 && COMPLEMENT_OPENERS.contains(Words.lower(tokens.get(end + 1).text()))) {
            return Optional.empty();
        }
        if (end - verb < 2) {
            return Optional.empty();
        }
        List<Morph> verbReadings = morphology.readings(tokens.get(verb).text());
        boolean indicative = verbReadings.stream().anyMatch(m -> m.has(Feature.THIRD_PERSON)
            && (m.has(Feature.PRESENT) || m.has(Feature.PAST)));
        if (!indicative) {
            return Optional.empty();
        }
        boolean thirdSingular = verbReadings.stream().anyMatch(m -> m.has(Feature.THIRD_PERSON)
            && m.has(Feature.SINGULAR) && (m.has(Feature.PRESENT) || m.has(Feature.PAST)));
        return Optional.of(new MainClause(sentence, start, verb, end, thirdSingular));
    }

    /** "… nicht bestritten und argumentiert, dass …": a conjunction that joins a second verb to the clause. */
    private static boolean secondClause(List<Token> tokens, int i) {
        return tokens.get(i).upos() == Upos.CCONJ && i + 1 < tokens.size()
            && (tokens.get(i + 1).upos() == Upos.VERB || tokens.get(i + 1).upos() == Upos.AUX);
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    Token token(int index) {
        return sentence.tokens().get(index);
    }

    String text(int from, int to) {
        return Words.text(sentence, sentence.tokens(), from, to);
    }

    boolean inVorfeld(int index) {
        return index >= start && index < verb;
    }

    /**
     * The question that asks for tokens {@code from}–{@code to} with {@code asking} ("Wann", "Wie viele Soldaten"):
     * the W-phrase, the finite verb, then the rest of the clause without the phrase asked for; empty when the
     * phrase is only part of the Vorfeld, or the Vorfeld cannot move behind the verb.
     */
    Optional<String> ask(String asking, int from, int to) {
        StringBuilder question = new StringBuilder(asking).append(' ').append(token(verb).text());
        if (from < verb) {
            if (from != start || to != verb) {
                return Optional.empty();
            }
            append(question, text(verb + 1, end));
        } else {
            Token first = token(start);
            if (verb - start == 1 && Words.CONNECTIVES.contains(Words.lower(first.text()))) {
                return Optional.empty();
            }
            String vorfeld = text(start, verb);
            if (first.upos() != Upos.NOUN && first.upos() != Upos.PROPN && !isAcronym(first.text())) {
                vorfeld = Words.decapitalise(vorfeld);
            }
            append(question, vorfeld);
            append(question, text(verb + 1, from));
            append(question, text(to, end));
        }
        return Optional.of(question.append('?').toString());
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static void append(StringBuilder question, String part) {
        if (!part.isEmpty()) {
            question.append(' ').append(part);
        }
    }
}
