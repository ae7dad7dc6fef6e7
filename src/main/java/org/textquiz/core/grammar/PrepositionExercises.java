package org.textquiz.core.grammar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.Question;

/**
 * Prepositions, contracted ones too (am, im, zum). The choices are prepositions that grammar rules out before
 * the noun phrase after the gap: of the same case where that is possible (a contracted form whose article does
 * not fit: "zur Montag"), then of a case the phrase cannot take ("für seinem Besuch"). Another preposition of the
 * same case might fit by meaning, which no dictionary can rule out, so none is offered. A word before a phrase
 * it cannot govern ("seiner Meinung nach die …"), opening "um … zu", or between two numbers ("90 bis 120")
 * is no exercise. The note names the case
 * the preposition governs here.
 */
public final class PrepositionExercises implements ExerciseFinder {

    /** Prepositions by the case they govern; "in", "an", "auf" … take dative or accusative. */
    private static final Map<Feature, List<String>> BY_CASE = Map.of(
        Feature.DATIVE, List.of("mit", "von", "zu", "bei", "nach", "aus", "seit", "gegenüber", "am", "im", "zum",
            "zur", "vom", "beim", "in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen"),
        Feature.ACCUSATIVE, List.of("für", "durch", "gegen", "ohne", "um", "ins", "ans", "aufs", "in", "an", "auf",
            "über", "unter", "vor", "hinter", "neben", "zwischen"),
        Feature.GENITIVE, List.of("wegen", "trotz", "während", "angesichts", "innerhalb", "außerhalb", "aufgrund",
            "statt", "anstatt", "laut"));
    private static final Set<String> CONTRACTED = Set.of("am", "im", "zum", "zur", "vom", "beim", "ins", "ans", "aufs");
    /** The article a contracted preposition holds: "am" is "an dem". */
    private static final Map<String, String> ARTICLE_IN = Map.of("am", "dem", "im", "dem", "zum", "dem", "vom", "dem",
        "beim", "dem", "zur", "der", "ins", "das", "ans", "das", "aufs", "das");

    private final Morphology morphology;

    public PrepositionExercises(Morphology morphology) {
        this.morphology = morphology;
    }

    @Override
    public Focus focus() {
        return Focus.PREPOSITIONS;
    }

    @Override
    public Optional<Exercise> exerciseAt(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        if (i + 1 >= tokens.size()) {
            return Optional.empty();
        }
        Token token = tokens.get(i);
        String word = token.text();
        List<Morph> readings = morphology.readings(word).stream().filter(m -> m.upos() == Upos.ADP).toList();
        Upos next = tokens.get(i + 1).upos();
        boolean object = next == Upos.DET || next == Upos.NOUN || next == Upos.PROPN || next == Upos.ADJ
            || next == Upos.NUM || next == Upos.PRON;
        if (readings.isEmpty() || !object || !word.equals(word.toLowerCase()) || token.upos() == Upos.SCONJ
            || word.equals("um") && opensInfinitive(tokens, i) || betweenNumbers(tokens, i)) {
            return Optional.empty();
        }
        Set<Feature> cases = EnumSet.noneOf(Feature.class);
        for (Morph morph : readings) {
            morph.features().stream().filter(Agreement.CASES::contains).forEach(cases::add);
        }
        Optional<Feature> governed = governedHere(tokens, i, cases).filter(BY_CASE::containsKey);
        if (governed.isEmpty()) {
            return Optional.empty();
        }
        Optional<NounPhrase> phrase = NounPhrase.alone(tokens, i + 1, morphology);
        List<String> wrong = new ArrayList<>();
        for (Feature group : List.of(governed.get(), Feature.DATIVE, Feature.ACCUSATIVE, Feature.GENITIVE)) {
            for (String other : BY_CASE.get(group)) {
                if (!other.equals(word) && CONTRACTED.contains(other) == CONTRACTED.contains(word)
                    && !wrong.contains(other) && !couldGovern(other, phrase, tokens)) {
                    wrong.add(other);
                }
            }
        }
        String note = word + " + " + Agreement.german(governed.get());
        String prompt = Gaps.replace(sentence, token.span(), Question.GAP);
        return Optional.of(new Exercise(focus(), sentence, token.span(), prompt, word, wrong,
            "+ " + Agreement.german(governed.get()), note, "ADP"));
    }

    /** "90 bis 120 Millionen": a range, not a preposition with a case. */
    private static boolean betweenNumbers(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).upos() == Upos.NUM && tokens.get(i + 1).upos() == Upos.NUM;
    }

    private static boolean opensInfinitive(List<Token> tokens, int um) {
        for (int i = um + 1; i < tokens.size() - 1; i++) {
            String word = tokens.get(i).text();
            if (word.equals("zu") && tokens.get(i + 1).upos() == Upos.VERB || word.matches("\\p{Ll}+zu\\p{Ll}+en")) {
                return true;
            }
        }
        return false;
    }

    /** The case the preposition governs here: its only one, or the one the noun phrase after it shows. */
    private Optional<Feature> governedHere(List<Token> tokens, int i, Set<Feature> cases) {
        Optional<NounPhrase> alone = NounPhrase.alone(tokens, i + 1, morphology);
        if (alone.isPresent() && !couldGovern(tokens.get(i).text(), alone, tokens)) {
            return Optional.empty();
        }
        if (cases.size() == 1) {
            return cases.stream().findFirst();
        }
        Optional<NounPhrase> phrase = NounPhrase.at(tokens, i + 1, morphology);
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        Set<Feature> shown = EnumSet.noneOf(Feature.class);
        phrase.get().agreements().forEach(a -> shown.add(a.grammaticalCase()));
        shown.retainAll(cases);
        return shown.size() == 1 ? shown.stream().findFirst() : Optional.empty();
    }

    /**
     * Whether {@code other} could stand before the noun phrase by its grammar: it governs a case the phrase
     * can have (for a contracted form, its article "dem", "der" or "das" fits the phrase). Without a phrase
     * to check, any could.
     */
    private boolean couldGovern(String other, Optional<NounPhrase> phrase, List<Token> tokens) {
        if (phrase.isEmpty()) {
            return true;
        }
        Set<Agreement> agreements = new java.util.LinkedHashSet<>(phrase.get().agreements());
        if (phrase.get().determiner() >= 0) {
            agreements.retainAll(Agreement.of(morphology.readings(tokens.get(phrase.get().determiner()).text())
                .stream().filter(m -> m.upos() == Upos.DET).toList()));
        }
        Set<Feature> cases = casesOf(other);
        if (CONTRACTED.contains(other)) {
            Set<Agreement> article = NounPhrase.readings(ARTICLE_IN.get(other), "der", Upos.DET, morphology);
            return article.stream().anyMatch(a -> cases.contains(a.grammaticalCase()) && agreements.contains(a));
        }
        return agreements.stream().anyMatch(a -> cases.contains(a.grammaticalCase()));
    }

    private Set<Feature> casesOf(String preposition) {
        Set<Feature> cases = EnumSet.noneOf(Feature.class);
        morphology.readings(preposition).stream().filter(m -> m.upos() == Upos.ADP)
            .forEach(m -> m.features().stream().filter(Agreement.CASES::contains).forEach(cases::add));
        return cases;
    }

}
