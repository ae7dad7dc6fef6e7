package org.textquiz.core.grammar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.Question;

/**
 * Verb forms: a finite verb, with its infinitive and tense after the gap ("(treffen, Präteritum)";
 * "(zusammentreffen, Präteritum)" for "traf … zusammen"), since nothing else in the sentence fixes the tense; the
 * person and number follow from the subject and are the hint. The choices are forms of the same verb made by the
 * dictionary that cannot agree with the subject (another person or number), and its participle, so that only the
 * form of the text fits.
 */
public final class VerbExercises implements ExerciseFinder {

    private static final Set<Feature> PERSONS = EnumSet.of(Feature.FIRST_PERSON, Feature.SECOND_PERSON,
        Feature.THIRD_PERSON);
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "!", "?", "–", "(", ")");

    private final Morphology morphology;

    public VerbExercises(Morphology morphology) {
        this.morphology = morphology;
    }

    @Override
    public Focus focus() {
        return Focus.VERBS;
    }

    @Override
    public Optional<Exercise> exerciseAt(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(i);
        String word = token.text();
        if ((token.upos() != Upos.VERB && token.upos() != Upos.AUX) || !word.equals(word.toLowerCase())
            || i + 1 >= tokens.size() || !tokens.get(i + 1).isWord() || tokens.get(i + 1).upos() == Upos.VERB
            || tokens.get(i + 1).upos() == Upos.AUX || ambiguousSubject(tokens, i)) {
            return Optional.empty();
        }
        List<Morph> finite = morphology.readings(word).stream()
            .filter(m -> (m.upos() == Upos.VERB || m.upos() == Upos.AUX) && m.has(Feature.FINITE)
                && !m.has(Feature.SEPARABLE_JOINED) && m.lemma().equals(token.lemma()))
            .sorted(java.util.Comparator.comparing((Morph m) -> !m.has(Feature.THIRD_PERSON))
                .thenComparing(m -> m.has(Feature.SUBJUNCTIVE_1) || m.has(Feature.SUBJUNCTIVE_2)))
            .toList();
        if (finite.isEmpty()) {
            return Optional.empty();
        }
        Upos upos = finite.get(0).upos();
        String lemma = token.lemma();
        Set<String> personNumbers = finite.stream().map(VerbExercises::personNumber).collect(Collectors.toSet());
        Set<Feature> tenses = finite.stream().map(VerbExercises::tense).collect(Collectors.toSet());
        List<String> sameTense = new ArrayList<>();
        List<String> otherTense = new ArrayList<>();
        for (Feature tense : List.of(Feature.PRESENT, Feature.PAST)) {
            for (String form : morphology.forms(lemma, upos, Set.of(Feature.FINITE, tense))) {
                if (form.equals(word) || !form.equals(form.toLowerCase()) || agrees(form, personNumbers)) {
                    continue;
                }
                (tenses.contains(tense) ? sameTense : otherTense).add(form);
            }
        }
        Set<String> wrong = new LinkedHashSet<>();
        firstOf(sameTense, "en").ifPresent(wrong::add);
        firstOf(sameTense, "st").ifPresent(wrong::add);
        morphology.forms(lemma, upos, Set.of(Feature.PARTICIPLE)).stream()
            .filter(p -> !p.equals(word) && !agrees(p, personNumbers)).findFirst().ifPresent(wrong::add);
        sameTense.forEach(wrong::add);
        otherTense.forEach(wrong::add);
        wrong.remove(word);
        wrong.removeIf(f -> f.contains("ß") && wrong.contains(f.replace("ß", "ss")));
        String infinitive = particle(tokens, i).map(p -> p + lemma).filter(this::isVerb).orElse(lemma);
        String persons = persons(finite);
        String time = time(finite.get(0));
        String prompt = Gaps.replace(sentence, token.span(), Question.GAP + " (" + infinitive + ", " + time + ")");
        return Optional.of(new Exercise(focus(), sentence, token.span(), prompt, word, List.copyOf(wrong),
            persons, persons + " " + time, upos.name()));
    }

    /**
     * Only the first verb of its clause is asked for (after a modal, "solle Stellung nehmen", the second is an
     * infinitive), and not with "sie" in the clause, where singular and plural forms would both be right.
     */
    private static boolean ambiguousSubject(List<Token> tokens, int verb) {
        int from = verb;
        while (from > 0 && !CLAUSE_ENDS.contains(tokens.get(from - 1).text())) {
            from--;
            Upos upos = tokens.get(from).upos();
            if (upos == Upos.VERB || upos == Upos.AUX) {
                return true;
            }
        }
        int to = verb;
        while (to < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(to).text())) {
            to++;
        }
        return tokens.subList(from, to).stream().anyMatch(t -> t.text().equalsIgnoreCase("sie"));
    }

    private static Optional<String> firstOf(List<String> forms, String ending) {
        return forms.stream().filter(f -> f.endsWith(ending)).findFirst();
    }

    /**
     * Whether a form can stand where the text's form stands: it shares a person and number with it, also as a
     * form of another verb ("gelangt" is "ihr gelangt" of gelingen, but also "er gelangt").
     */
    private boolean agrees(String form, Set<String> personNumbers) {
        return morphology.readings(form).stream()
            .filter(m -> m.has(Feature.FINITE))
            .anyMatch(m -> personNumbers.contains(personNumber(m)));
    }

    /** The separable particle closing the clause of the verb at {@code verb} ("zusammen" in "traf … zusammen,"). */
    private Optional<String> particle(List<Token> tokens, int verb) {
        for (int i = verb + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (CLAUSE_ENDS.contains(token.text())) {
                Token last = tokens.get(i - 1);
                boolean isParticle = i - 1 > verb && morphology.readings(last.text()).stream()
                    .anyMatch(m -> m.has(Feature.VERB_PARTICLE));
                return isParticle ? Optional.of(last.text()) : Optional.empty();
            }
            if (token.upos() == Upos.VERB || token.upos() == Upos.AUX) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean isVerb(String infinitive) {
        return morphology.readings(infinitive).stream().anyMatch(m -> m.has(Feature.INFINITIVE)
            && m.lemma().equals(infinitive));
    }

    private static String personNumber(Morph morph) {
        Feature person = PERSONS.stream().filter(morph::has).findFirst().orElse(null);
        Feature number = morph.has(Feature.PLURAL) ? Feature.PLURAL : Feature.SINGULAR;
        return person + "/" + number;
    }

    private static Feature tense(Morph morph) {
        return morph.has(Feature.PAST) || morph.has(Feature.SUBJUNCTIVE_2) ? Feature.PAST : Feature.PRESENT;
    }

    /** "3. Person Singular"; "1./3. Person Singular" when the form is both. */
    private static String persons(List<Morph> readings) {
        Morph first = readings.get(0);
        String persons = readings.stream()
            .filter(m -> m.has(Feature.PLURAL) == first.has(Feature.PLURAL) && tense(m) == tense(first)
                && m.has(Feature.SUBJUNCTIVE_1) == first.has(Feature.SUBJUNCTIVE_1))
            .map(m -> m.has(Feature.FIRST_PERSON) ? "1." : m.has(Feature.SECOND_PERSON) ? "2." : "3.")
            .distinct().sorted().collect(Collectors.joining("/"));
        String number = first.has(Feature.PLURAL) ? "Plural" : "Singular";
        return persons + " Person " + number;
    }

    /** The tense or mood of a finite form: Präsens, Präteritum, Konjunktiv I or Konjunktiv II. */
    private static String time(Morph reading) {
        return reading.has(Feature.SUBJUNCTIVE_1) ? "Konjunktiv I" : reading.has(Feature.SUBJUNCTIVE_2)
            ? "Konjunktiv II" : reading.has(Feature.PAST) ? "Präteritum" : "Präsens";
    }
}
