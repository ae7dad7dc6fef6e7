package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.analysis.WordFields;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;

/**
 * W-questions on a relative clause whose pronoun is its subject, asking for the noun it describes: "der ICE 672,
 * der auf dem Weg von Stuttgart nach Hamburg war" gives "Was war auf dem Weg von Stuttgart nach Hamburg?" (der ICE
 * 672); "der Gutachter, der für die Stadt den Verkaufspreis ermittelte" gives "Wer ermittelte für die Stadt den
 * Verkaufspreis?". The finite verb moves from the end to second place, the rest of the verbs stay last.
 */
final class RelativeClauseQuestions {

    private static final java.util.regex.Pattern INDEFINITE_PREDICATE = java.util.regex.Pattern.compile(
        "(?:Wer|Was) (?:ist|sind|war|waren|wird|wurde) (?:ein|eine|einer|eines|einem|einen)\\b.*");
    private static final Set<String> ANYONE = Set.of("jeder", "jede", "jedes", "jemand", "niemand", "keiner", "alle",
        "viele", "manche", "einige", "wer");
    private static final Set<String> SOME = Set.of("einige", "manche", "viele", "mehrere", "wenige");
    private static final Set<String> INDEFINITE = Set.of("ein", "eine", "einen", "einem", "einer", "eines");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("der", "die", "das", "welcher", "welche", "welches");
    private static final int MAX_ANSWER_WORDS = 8;
    private static final int MAX_CLAUSE_WORDS = 18;

    private final Morphology morphology;
    private final WordFields fields;
    private final ClauseQuestions clauses;

    RelativeClauseQuestions(Morphology morphology, WordFields fields, ClauseQuestions clauses) {
        this.morphology = morphology;
        this.fields = fields;
        this.clauses = clauses;
    }

    List<ClauseQuestions.Asked> ask(Parse parse, People people) {
        List<ClauseQuestions.Asked> questions = new ArrayList<>();
        for (int verb = 0; verb < parse.words().size(); verb++) {
            if (parse.word(verb).relation().startsWith("acl") && parse.contiguous(verb)) {
                ask(parse, verb, people).ifPresent(questions::add);
            }
        }
        return questions;
    }

    /** "die modernsten …", "die ersten …", "der einzige …": a noun the relative clause after it singles out. */
    private boolean superlative(Parse parse, int noun) {
        return parse.children(noun, "amod").stream().map(parse::word).anyMatch(a -> {
            String form = Words.lower(a.form());
            return SINGLING_OUT.matcher(form).matches() || morphology.readings(a.form()).stream()
                .filter(m -> m.upos() == Upos.ADJ).map(m -> Words.lower(m.lemma()))
                .anyMatch(lemma -> form.startsWith(lemma) && form.substring(lemma.length()).matches("e?st(e|en|er|es|em)"));
        });
    }

    /**
     * "Die meisten Menschen, die Theologie studiert haben, …": a share of those the relative clause names, which
     * "Wer hat Theologie studiert? – Die meisten Menschen" makes a share of everyone.
     */
    private static boolean quantified(Parse parse, int noun) {
        return parse.children(noun).stream().map(parse::word).filter(w -> w.upos() == Upos.DET || w.upos() == Upos.ADJ
            || w.upos() == Upos.PRON).anyMatch(w -> QUANTIFIERS.contains(Words.lower(w.form())));
    }

    /** Shares of the whole ("viele Arten, die …" may be asked: many of them are such). */
    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("meisten", "alle", "allen", "sämtliche",
        "sämtlichen", "jeder", "jede", "jedes", "jedem", "jeden");

    private static final java.util.regex.Pattern SINGLING_OUT = java.util.regex.Pattern.compile(
        "(erst|letzt|einzig|größt|best|meist|höchst|nächst)(e|en|er|es|em)");

    private Optional<ClauseQuestions.Asked> ask(Parse parse, int verb, People people) {
        int noun = parse.word(verb).head();
        List<Integer> clause = parse.subtree(verb);
        int from = clause.get(0);
        int to = clause.get(clause.size() - 1);
        while (to > from && parse.word(to).upos() == Upos.PUNCT) {
            to--;
        }
        if (parse.word(from).form().equals(",")) {
            from++;
        }
        if (noun < 0 || noun >= from || from == 0 || !parse.word(from - 1).form().equals(",")
            || !SUBJECT_PRONOUNS.contains(parse.word(from).form()) || !parse.word(from).relation().startsWith("nsubj")
            || to - from > MAX_CLAUSE_WORDS || to - from < 2) {
            return Optional.empty();
        }
        for (int w = from + 1; w <= to; w++) {
            // "das zwar erst 1610 veröffentlicht worden war, doch …": a "zwar" whose other half the question leaves out
            if (parse.word(w).upos() == Upos.PUNCT || Words.lower(parse.word(w).form()).equals("zwar")) {
                return Optional.empty();
            }
        }
        boolean coordinatedAfter = false;
        for (int w = from - 2; w > noun; w--) {
            coordinatedAfter |= parse.word(w).upos() == Upos.CCONJ;
            if (parse.word(w).upos() == Upos.ADP && !coordinatedAfter) {
                // "Die 55-jährige Beifahrerin in dem Auto, das … gerast ist": the noun right before the comma, inside
                // a phrase with a preposition, may be the one the clause is about
                return Optional.empty();
            }
        }
        if (parse.word(noun).relation().equals("nmod") && parse.children(noun, "case").isEmpty()
            && parse.children(noun, "det").stream().anyMatch(d -> genitive(parse.word(d), parse.word(parse.word(d).head())))) {
            // "Der Grad der Alphabetisierung, der … erreicht hat": a genitive attribute, whose noun the clause may be
            // about as well; the answer would stand in the genitive
            return Optional.empty();
        }
        if (superlative(parse, noun) || quantified(parse, noun) || parse.word(noun).upos() == Upos.ADV) {
            // "die modernsten Lebenserhaltungssysteme, die jemals an Bord der ISS gebracht wurden": the clause says
            // of what the noun is the most, and alone would say something else
            return Optional.empty();
        }
        Word finite = parse.word(to);
        if (!finite(finite)) {
            return Optional.empty();
        }
        int cluster = to;
        while (cluster - 1 > from && verbal(parse.word(cluster - 1))) {
            cluster--;
        }
        if (cluster - 1 <= from) {
            return Optional.empty();
        }
        for (int w = from + 1; w < cluster; w++) {
            if (parse.word(w).upos() == Upos.VERB || parse.word(w).upos() == Upos.AUX) {
                return Optional.empty();
            }
        }
        boolean plural = plural(finite);
        Optional<int[]> antecedent = antecedent(parse, noun, from - 1, plural, parse.word(from).form());
        if (antecedent.isEmpty() || Set.of(Upos.ADP, Upos.ADV).contains(parse.word(antecedent.get()[0]).upos())) {
            // "zusammen mit der FDP, die 8,0 Prozent … erreichte": the noun inside a phrase with a preposition
            return Optional.empty();
        }
        if (!plural && genderDisagrees(parse.word(from).form(), parse.word(noun))) {
            // "eine gelbe Karte gegen Hannovers Spieler Steven Cherundolo, der elf Minuten später … Gelb-Rot sah": "der"
            // is the player, not the card the parse hung the clause on
            return Optional.empty();
        }
        int[] span = antecedent.get();
        List<Integer> roots = java.util.stream.IntStream.rangeClosed(span[0], span[1]).boxed()
            .filter(w -> parse.word(w).head() < span[0] || parse.word(w).head() > span[1]).toList();
        if (roots.size() != 1) {
            return Optional.empty();
        }
        // "Jaroslaw und sein Zwillingsbruder Lech, der 2010 … starb" with the clause hung on "Jaroslaw": the noun it
        // describes is the phrase's before the comma
        noun = roots.get(0);
        // "die PVV, die zum ersten Mal … kandidiert hatte": a body's letters, doing what only a body does
        boolean person = isPerson(parse, noun, people) || ClauseQuestions.bodyAcronym(parse.word(noun).form())
            && morphology.readings(parse.word(verb).form()).stream().filter(m -> m.upos() == Upos.VERB)
                .anyMatch(m -> ClauseQuestions.actingVerb(m.lemma()));
        Optional<String> verbForm = clauses.singular(finite);
        if (verbForm.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder prompt = new StringBuilder(person ? "Wer" : "Was").append(' ').append(verbForm.get())
            .append(' ').append(Words.text(parse, from + 1, cluster - 1));
        if (cluster < to) {
            prompt.append(' ').append(Words.text(parse, cluster, to - 1));
        }
        if (INDEFINITE_PREDICATE.matcher(prompt).matches()) {
            // "das Steinhuder Meer, das ein See ist" asked "Was ist ein See?": one of many, which the question would
            // ask as if it were the only one
            return Optional.empty();
        }
        String answer = Words.text(parse, antecedent.get()[0], antecedent.get()[1]);
        // "Diejenige, die am Wort ist, vergällt …": the one the clause alone says who it is, no answer
        if (!Words.quotesBalanced(answer) || answer.chars().filter(c -> c == '"').count() % 2 != 0
            || Words.lower(parse.word(noun).form()).matches("(?:der|die|das|den|dem|des)jenige[nmrs]?")
            // "jedes Kind, das aus einem Kriegsgebiet geflüchtet ist": anyone who did, no one to name
            || Words.lower(answer).matches("(?:jede[nmrs]?|alle|keine[nmrs]?|wer) .*")
            // "Die Person, die das Fax verschickt, behält ihr Blatt": whoever does it, whom the clause defines
            || Words.lower(answer).matches("(?:der|die|eine?) (?:person|mensch|menschen|leute|personen)")
            || answer.startsWith(":")) {
            return Optional.empty();
        }
        List<String> answers = new ArrayList<>(List.of(answer));
        String head = parse.word(noun).form();
        List<Integer> names = parse.children(noun, "flat");
        if ((Words.isAge(head) || morphology.readings(head).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME)))
            && !names.isEmpty()) {
            // "Der 66-jährige Trapattoni" with the age as the head, "Stefan Fleck" with the given name: the surname is
            // what answers
            head = parse.word(names.get(names.size() - 1)).form();
        }
        int last = antecedent.get()[1];
        List<Morph> readings = morphology.readings(head);
        if (readings.stream().anyMatch(m -> m.upos() == Upos.ADJ) && last > noun
            && Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(last).upos()) && morphology.readings(parse.word(last).form()).stream().anyMatch(m -> m.upos() == Upos.NOUN)) {
            // "Der Französische Digitale Rat" with the adjective as the head: the council is what answers
            head = parse.word(last).form();
        }
        if (!answers.contains(head) && !Words.halfAWord(head, answer)) {
            answers.add(head);
        }
        return Optional.of(new ClauseQuestions.Asked(prompt.append('?').toString(), answers, person ? 2.0 : 1.5));
    }

    /**
     * The words of the noun phrase the clause describes, up to the comma before it, when it names its noun in the
     * nominative (a name, "der ICE 672", "die Oppositionspartei MDC"), so that it answers "wer" or "was" as it stands.
     */
    private boolean plural(Word verb) {
        List<Morph> readings = morphology.readings(verb.form()).stream()
            .filter(m -> m.has(Feature.FINITE) && m.has(Feature.THIRD_PERSON)).toList();
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.PLURAL));
    }

    /** "des Landes", "der Alphabetisierung": an article that is the genitive with this noun, not its nominative. */
    private boolean genitive(Word article, Word noun) {
        String form = Words.lower(article.form());
        return Set.of("des", "eines").contains(form) || Set.of("der", "einer").contains(form)
            && morphology.readings(noun.form()).stream().filter(m -> m.upos() == Upos.NOUN)
                .noneMatch(m -> m.has(Feature.MASCULINE) && m.has(Feature.SINGULAR));
    }

    /**
     * @param plural whether the clause's verb is plural, as the noun it describes must be then; a singular verb after
     *               "ein Krater und der Schnellzug, der …" describes the last of them only
     */
    private Optional<int[]> antecedent(Parse parse, int noun, int comma, boolean plural, String pronoun) {
        Feature number = plural ? Feature.PLURAL : Feature.SINGULAR;
        List<Integer> phrase = parse.subtree(noun);
        int start = phrase.get(0);
        if (parse.word(start).upos() == Upos.ADP) {
            return Optional.empty();
        }
        int end = comma - 1;
        if (parse.word(noun).head() < 0 || !parse.children(noun, "cop").isEmpty()) {
            return Optional.empty();
        }
        for (int w = start; w <= end; w++) {
            Word word = parse.word(w);
            if (!phrase.contains(w) || word.form().equals(",") || word.form().matches("[()]")
                || word.upos() == Upos.VERB || word.upos() == Upos.AUX) {
                return Optional.empty();
            }
        }
        if (!plural) {
            for (int w = end; w > start; w--) {
                if (parse.word(w).upos() == Upos.CCONJ) {
                    start = w + 1;
                    break;
                }
            }
        }
        if (end - start + 1 > MAX_ANSWER_WORDS || end < noun) {
            return Optional.empty();
        }
        Word first = parse.word(start);
        if (first.upos() == Upos.PRON || first.upos() == Upos.ADJ || Words.PRONOUNS.contains(Words.lower(first.form()))
            // "jeder, der zur Taufe gezwungen worden war": anyone, no one to name
            || start == end && ANYONE.contains(Words.lower(first.form()))
            // "Einige Autoren, die Theaterstücke geschrieben haben, sind … berühmt": which of them, only the clause
            // says, and "Wer hat Theaterstücke geschrieben? – Einige Autoren" tells nothing
            || end == start + 1 && SOME.contains(Words.lower(first.form()))
            // "Mit Freikirche meint man eine Kirche, die nicht zu den großen … gehört": "eine Kirche" alone says which
            // no more than "einige Autoren" does
            || end == start + 1 && INDEFINITE.contains(Words.lower(first.form()))
            // "ein Auto und kein Pferd, das Hufeisen braucht": nothing the clause could be said of
            || Words.lower(first.form()).startsWith("kein")) {
            return Optional.empty();
        }
        List<Morph> nounReadings = morphology.readings(parse.word(noun).form()).stream()
            .filter(m -> (m.upos() == Upos.NOUN || m.upos() == Upos.PROPN) && m.has(Feature.NOMINATIVE)
                && (m.has(number) || !m.has(Feature.SINGULAR) && !m.has(Feature.PLURAL))).toList();
        if (first.upos() == Upos.DET) {
            List<Morph> readings = morphology.readings(first.form().toLowerCase(Locale.GERMAN)).stream()
                .filter(m -> m.has(Feature.NOMINATIVE) && m.has(number)).toList();
            // "Mitglieder der Militärjunta, die …": a noun the dictionary does not know has the pronoun's gender, which
            // a nominative article must show
            Feature gender = gender(pronoun);
            boolean agrees = nounReadings.isEmpty()
                ? readings.stream().anyMatch(d -> plural || gender == null || d.has(gender))
                : nounReadings.stream().filter(n -> n.has(Feature.NOMINATIVE))
                    .anyMatch(n -> readings.stream().anyMatch(d -> same(d, n)));
            if (!agrees) {
                return Optional.empty();
            }
        } else if (first.upos() != Upos.PROPN && parse.word(noun).upos() != Upos.PROPN
            || start == noun && Words.commonNounOnly(first.form(), morphology)) {
            return Optional.empty();
        }
        boolean known = morphology.readings(parse.word(noun).form()).stream()
            .anyMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN);
        if (known && nounReadings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {start, end});
    }

    private static Feature gender(String pronoun) {
        return switch (Words.lower(pronoun)) {
            case "der", "welcher" -> Feature.MASCULINE;
            case "die", "welche" -> Feature.FEMININE;
            case "das", "welches" -> Feature.NEUTER;
            default -> null;
        };
    }

    /** Whether a singular relative pronoun ("der", "die", "das") names a gender the noun it hangs on never has. */
    private boolean genderDisagrees(String pronoun, Word noun) {
        Feature gender = gender(pronoun);
        List<Morph> singulars = morphology.readings(noun.form()).stream()
            .filter(m -> (m.upos() == Upos.NOUN || m.upos() == Upos.PROPN) && m.has(Feature.SINGULAR) && hasGender(m))
            .toList();
        return gender != null && !singulars.isEmpty() && singulars.stream().noneMatch(m -> m.has(gender));
    }

    /** Whether an article and a noun agree in number and, in the singular, gender. */
    private static boolean same(Morph determiner, Morph noun) {
        if (determiner.has(Feature.PLURAL) != noun.has(Feature.PLURAL)) {
            return false;
        }
        return noun.has(Feature.PLURAL) || java.util.stream.Stream.of(Feature.MASCULINE, Feature.FEMININE,
            Feature.NEUTER).allMatch(g -> !determiner.has(g) || !hasGender(noun) || noun.has(g));
    }

    private static boolean hasGender(Morph morph) {
        return morph.has(Feature.MASCULINE) || morph.has(Feature.FEMININE) || morph.has(Feature.NEUTER);
    }

    private boolean finite(Word word) {
        if (word.upos() != Upos.VERB && word.upos() != Upos.AUX) {
            return false;
        }
        List<Morph> readings = morphology.readings(word.form());
        return readings.stream().anyMatch(m -> m.has(Feature.FINITE) && m.has(Feature.THIRD_PERSON)
            && (m.has(Feature.PRESENT) || m.has(Feature.PAST)) && !m.has(Feature.SUBJUNCTIVE_1))
            && readings.stream().noneMatch(m -> m.has(Feature.SEPARABLE_JOINED));
    }

    private static boolean verbal(Word word) {
        return word.upos() == Upos.VERB || word.upos() == Upos.AUX
            || word.upos() == Upos.PART && word.form().equalsIgnoreCase("zu");
    }

    private boolean isPerson(Parse parse, int noun, People people) {
        int token = parse.word(noun).token();
        if (people.in(parse.sentence()).stream().anyMatch(m -> token >= m.from() && token < m.to())) {
            return true;
        }
        List<Integer> phrase = parse.subtree(noun);
        boolean givenName = phrase.stream().filter(w -> w <= noun).map(parse::word).anyMatch(w -> w.upos() == Upos.PROPN
            && morphology.readings(w.form()).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME)));
        if (givenName || Words.nameWithAnAge(parse, noun)) {
            return true;
        }
        String form = parse.word(noun).form();
        String lemma = morphology.readings(form).stream().filter(m -> m.upos() == Upos.NOUN).map(Morph::lemma)
            .findFirst().orElse(form);
        // "die Wiener Anwaltskanzlei/PROPN Lansky": a noun to the dictionary, whatever the tagger made of it
        boolean aNoun = parse.word(noun).upos() == Upos.NOUN || parse.word(noun).upos() == Upos.PROPN
            && morphology.readings(form).stream().anyMatch(m -> m.upos() == Upos.NOUN);
        return aNoun && ("person".equals(fields.fieldOf(lemma, Upos.NOUN))
            || WhPhrases.agent(Words.lower(lemma)));
    }
}
