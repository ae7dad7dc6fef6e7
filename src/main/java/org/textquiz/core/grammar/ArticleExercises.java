package org.textquiz.core.grammar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Articles and case: a definite or indefinite article, "kein" or a possessive before a noun ("des Bündnisses").
 * The gap names the determiner asked for ("_____ (d-) Bündnisses", "_____ (ein-) kurzen Rede"), so that only its
 * form is right. The choices are the other forms of its paradigm (der, die, das, den, dem, des) that no reading
 * of the noun phrase allows, so that exactly one fits.
 */
public final class ArticleExercises implements ExerciseFinder {

    private final Morphology morphology;

    public ArticleExercises(Morphology morphology) {
        this.morphology = morphology;
    }

    @Override
    public Focus focus() {
        return Focus.ARTICLES;
    }

    @Override
    public Optional<Exercise> exerciseAt(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(i);
        if (token.upos() != Upos.DET) {
            return Optional.empty();
        }
        String lower = token.text().toLowerCase(java.util.Locale.GERMAN);
        Optional<Morph> kind = morphology.readings(token.text()).stream()
            .filter(m -> m.upos() == Upos.DET && (m.has(Feature.DEFINITE) || m.has(Feature.INDEFINITE)
                || m.has(Feature.POSSESSIVE)))
            .min(java.util.Comparator.comparing(m -> !lower.startsWith(m.lemma())));
        Optional<NounPhrase> phrase = NounPhrase.at(tokens, i, morphology);
        if (kind.isEmpty() || phrase.isEmpty()) {
            return Optional.empty();
        }
        String lemma = kind.get().lemma();
        Feature paradigm = kind.get().has(Feature.DEFINITE) ? Feature.DEFINITE
            : kind.get().has(Feature.POSSESSIVE) ? Feature.POSSESSIVE : Feature.INDEFINITE;
        Set<Agreement> allowed = phrase.get().agreements();
        Set<Agreement> fitting = new LinkedHashSet<>(NounPhrase.readings(token.text(), lemma, Upos.DET, morphology));
        fitting.retainAll(allowed);
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        String key = token.text();
        boolean capital = Character.isUpperCase(key.charAt(0));
        List<String> wrong = new ArrayList<>();
        String cue = cue(paradigm, lemma);
        String stem = cue.substring(0, cue.length() - 1);
        for (String form : morphology.forms(lemma, Upos.DET, Set.of(paradigm))) {
            if (paradigm != Feature.DEFINITE && !form.startsWith(stem)) {
                continue;
            }
            String shown = capital ? capitalise(form) : form;
            Set<Agreement> readings = NounPhrase.readings(form, lemma, Upos.DET, morphology);
            if (!shown.equals(key) && !form.isEmpty() && Character.isLowerCase(form.charAt(0))
                && readings.stream().noneMatch(allowed::contains) && !wrong.contains(shown)) {
                wrong.add(shown);
            }
        }
        String note = Agreement.describe(fitting);
        String prompt = Gaps.replace(sentence, token.span(), Question.GAP + " (" + cue + ")");
        return Optional.of(new Exercise(focus(), sentence, token.span(), prompt, key, wrong, note, note, "DET"));
    }

    /**
     * Which determiner is asked, as German exercises write it: "d-" for the definite article, "ein-", "kein-",
     * "sein-" for the others. Without it "der", "einer" and "seiner" could all be right in one place.
     */
    static String cue(Feature paradigm, String lemma) {
        return paradigm == Feature.DEFINITE ? "d-" : lemma.toLowerCase(java.util.Locale.GERMAN) + "-";
    }

    private static String capitalise(String form) {
        return form.substring(0, 1).toUpperCase() + form.substring(1);
    }
}
