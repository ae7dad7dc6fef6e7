package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;

/**
 * A declarative main clause read from a dependency parse, as German topology sees it: one constituent before
 * the finite verb (the Vorfeld), the finite verb second, the other constituents after it in their order, and
 * the verbal rest (participle, infinitive, separable particle) where it stands. Every constituent is a whole
 * subtree of the parse.
 *
 * @param head the word the clause's dependents hang from (its main verb, or the predicate of a copula)
 * @param finite the finite verb, second in the clause
 * @param parts the constituents and verbal words after the Vorfeld, in sentence order
 * @param finiteForm the finite verb as a question says it: as it stands, or in the indicative for reported speech
 */
record Constituents(Parse parse, int head, int finite, Part vorfeld, List<Part> parts, String finiteForm) {

    /** Relations that make up the verb of the clause rather than a constituent of their own. */
    private static final Set<String> VERBAL = Set.of("aux", "aux:pass", "cop", "compound:prt", "mark", "cc",
        "punct", "expl:pv");

    /** Relations of a copula's predicate that belong to the clause, not to the predicate's own phrase. */
    private static final Set<String> CLAUSE_LEVEL = Set.of("nsubj", "csubj", "obl", "advmod", "advcl", "aux", "cop",
        "punct", "cc", "conj", "mark", "expl", "parataxis", "ccomp", "xcomp", "discourse", "obj", "iobj",
        "dislocated", "vocative");

    /** One constituent: the words {@code from}–{@code to} (inclusive) of the parse, with its own head word. */
    record Part(int word, int from, int to, String relation, boolean verbal) {
    }

    /** The clause headed by {@code head}, when it is a whole declarative main clause with its verb second. */
    static Optional<Constituents> of(Parse parse, int head, Morphology morphology) {
        return of(parse, head, morphology, false);
    }

    /**
     * A main clause of reported speech, its finite verb in the subjunctive I ("Die Ursache sei nie gefunden
     * worden"), read as the indicative a question about what was reported says ("ist").
     */
    static Optional<Constituents> reported(Parse parse, int head, Morphology morphology) {
        return of(parse, head, morphology, true).filter(c -> !c.finiteForm().equals(c.text(c.finite(), c.finite())));
    }

    /**
     * A verb coordinated with the main clause's, sharing its subject: "Der ICE wurde gestoppt und kam im Tunnel zum
     * Stehen" holds the clause "der ICE kam im Tunnel zum Stehen", its subject standing where a Vorfeld would.
     */
    static Optional<Constituents> coordinated(Parse parse, int conj, Morphology morphology) {
        Word verb = parse.word(conj);
        int root = verb.head();
        if (!"conj".equals(verb.relation()) || root < 0 || verb.upos() != Upos.VERB
            || !isFinite(parse, conj, morphology) || !parse.children(conj, "nsubj").isEmpty()
            || parse.children(conj).stream().anyMatch(c -> parse.word(c).relation().startsWith("aux")
                || parse.word(c).relation().startsWith("nsubj") || parse.word(c).relation().equals("cop"))) {
            return Optional.empty();
        }
        List<Integer> subjects = parse.children(root).stream()
            .filter(c -> parse.word(c).relation().startsWith("nsubj")).toList();
        boolean sharedAuxiliary = parse.children(root).stream().anyMatch(c -> parse.word(c).relation().startsWith("aux"));
        boolean saying = morphology.readings(verb.form()).stream().anyMatch(m -> CueVerbs.contains(m.lemma()));
        if (subjects.size() != 1 || subjects.get(0) > root || !parse.contiguous(subjects.get(0)) || sharedAuxiliary
            || saying || parse.word(root).upos() != Upos.VERB
            || parse.children(conj, "cc").stream().noneMatch(c -> c < conj) || alternative(parse, conj)
            || parse.children(root, "conj").stream().anyMatch(c -> listHungOnAVerb(parse, c))) {
            return Optional.empty();
        }
        List<Integer> subjectTree = parse.subtree(subjects.get(0));
        Part subject = new Part(subjects.get(0), subjectTree.get(0), subjectTree.get(subjectTree.size() - 1),
            parse.word(subjects.get(0)).relation(), false);
        List<Part> after = new ArrayList<>();
        for (int child : parse.children(conj)) {
            Word word = parse.word(child);
            if (word.relation().equals("punct") || word.relation().equals("cc") && child < conj) {
                continue;
            }
            if (child < conj || word.relation().equals("mark") || !parse.contiguous(child)) {
                return Optional.empty();
            }
            List<Integer> tree = parse.subtree(child);
            after.add(new Part(child, tree.get(0), tree.get(tree.size() - 1), word.relation(),
                VERBAL.contains(word.relation())));
        }
        after.sort((a, b) -> Integer.compare(a.from(), b.from()));
        if (after.stream().allMatch(Part::verbal)) {
            return Optional.empty();
        }
        return Optional.of(new Constituents(parse, conj, conj, subject, after, verb.form()));
    }

    /** Words that join the other of two ("… oder kamen mit dem Zug … an"). */
    static final Set<String> ALTERNATIVES = Set.of("oder", "beziehungsweise", "bzw.", "respektive");

    /** Whether the conjunct {@code conj} is joined by "oder": one of two, of which the sentence says neither. */
    private static boolean alternative(Parse parse, int conj) {
        return parse.children(conj, "cc").stream().anyMatch(c -> ALTERNATIVES.contains(Words.lower(parse.word(c).form())));
    }

    /**
     * Subordinators whose clause tells what happened, true alone once its verb stands second: "Nachdem China im Jahr
     * 2014 eine Bohrinsel in den Gewässern installierte, kam es …" holds "China installierte im Jahr 2014 eine
     * Bohrinsel in den Gewässern". Not "wenn", "falls", "sobald" (a condition or what is still to come), "damit" (a
     * purpose), "dass", "ob" (what someone says or asks, which may not be so).
     */
    private static final Set<String> FACTUAL_SUBORDINATORS = Set.of("nachdem", "weil", "da", "obwohl", "als", "bevor",
        "seit", "seitdem", "während");

    /** The clauses of time, reason or concession on the sentence's main clauses ({@link #subordinate}). */
    static List<Constituents> subordinates(Parse parse, Morphology morphology) {
        List<Constituents> found = new ArrayList<>();
        int root = parse.root();
        if (root < 0) {
            return found;
        }
        List<Integer> heads = new ArrayList<>(List.of(root));
        heads.addAll(parse.children(root, "conj"));
        for (int head : heads) {
            for (int clause : parse.children(head, "advcl")) {
                subordinate(parse, clause, morphology).ifPresent(found::add);
            }
        }
        return found;
    }

    static final Set<String> SEIN_FORMS = Set.of("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären");

    /** Adverbs that in a subordinate clause say when it was by the time its main clause tells. */
    private static final Set<String> TIMED_BY_THE_MAIN_CLAUSE = Set.of("zuvor", "vorher", "davor", "danach", "dann",
        "daraufhin", "gleichzeitig", "zugleich", "dabei");

    /**
     * A clause of time, reason or concession on a main clause, read as the main clause it would be: its subject
     * standing where a Vorfeld would, its finite verb moved from the end to second place.
     */
    static Optional<Constituents> subordinate(Parse parse, int head, Morphology morphology) {
        Word verb = parse.word(head);
        List<Integer> marks = parse.children(head, "mark");
        if (!verb.relation().equals("advcl") || marks.size() != 1 || !parse.contiguous(head)
            || !FACTUAL_SUBORDINATORS.contains(Words.lower(parse.word(marks.get(0)).form()))) {
            return Optional.empty();
        }
        int mark = marks.get(0);
        if (!toldAsAFact(parse, verb.head(), morphology) || comparison(parse, mark)) {
            return Optional.empty();
        }
        if (Words.lower(parse.word(mark).form()).equals("als") && verb.upos() == Upos.ADJ
            && !parse.children(head, "cop").isEmpty()) {
            // "Als Peter klein war, schenkte ihm sein Vater ein … Klavier": when, said by how he was then
            return Optional.empty();
        }
        if (Words.lower(parse.word(mark).form()).equals("bevor") && stillToCome(parse, head, morphology)) {
            // "…, bevor die anderen Parteien kollektiv reagieren": in the present, what has not happened yet
            return Optional.empty();
        }
        List<Integer> tree = parse.subtree(head);
        int end = tree.get(tree.size() - 1);
        while (end > mark && parse.word(end).upos() == Upos.PUNCT) {
            end--;
        }
        boolean copula = !parse.children(head, "cop").isEmpty();
        if (tree.get(0) != mark && !(tree.get(0) == mark - 1 && parse.word(tree.get(0)).form().equals(","))
            || verb.upos() != Upos.VERB && verb.upos() != Upos.AUX && !copula
            || mark + 1 < parse.words().size() && Set.of("ob", "wenn").contains(Words.lower(parse.word(mark + 1).form()))) {
            return Optional.empty();
        }
        Optional<List<Integer>> predicateWords = predicate(parse, head, copula);
        if (predicateWords.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> predicate = predicateWords.get();
        int finite = end;
        boolean verbOfTheClause = finite == head || parse.word(finite).head() == head
            && (parse.word(finite).relation().startsWith("aux") || parse.word(finite).relation().equals("cop"));
        if (!verbOfTheClause || !isFinite(parse, finite, morphology)
            // "weil das Warnsystem … zusammenbrach": a separable verb written as one, which a main clause splits
            || morphology.readings(parse.word(finite).form()).stream().anyMatch(m -> m.has(Feature.SEPARABLE_JOINED))) {
            return Optional.empty();
        }
        Part subject = null;
        List<Part> after = new ArrayList<>();
        for (int child : parse.children(head)) {
            Word word = parse.word(child);
            String relation = word.relation();
            if (child == finite || child == mark || predicate.contains(child) || relation.equals("punct")) {
                continue;
            }
            if (relation.equals("conj") || relation.equals("cc") || relation.startsWith("aux") || relation.equals("mark")
                || relation.equals("parataxis") || child > finite || !parse.contiguous(child)) {
                return Optional.empty();
            }
            if (TIMED_BY_THE_MAIN_CLAUSE.contains(Words.lower(word.form()))) {
                // "obwohl die Regierung zuvor Versammlungen untersagt hatte": before what the main clause tells
                return Optional.empty();
            }
            List<Integer> words = parse.subtree(child);
            Part part = new Part(child, words.get(0), words.get(words.size() - 1), relation, VERBAL.contains(relation));
            if (relation.startsWith("nsubj")) {
                if (subject != null) {
                    return Optional.empty();
                }
                subject = part;
            } else {
                after.add(part);
            }
        }
        if (subject == null || subject.from() == subject.to()
            && parse.word(subject.word()).upos() == Upos.PRON) {
            return Optional.empty();
        }
        if (head != finite) {
            after.add(new Part(head, predicate.get(0), predicate.get(predicate.size() - 1), "head", true));
        }
        after.sort((a, b) -> Integer.compare(a.from(), b.from()));
        List<Part> all = new ArrayList<>(after);
        all.add(0, subject);
        if (!wholeBetween(parse, mark + 1, end, head, finite, predicate, all)
            || after.stream().anyMatch(part -> dateReadAsAnArgument(parse, part) || contentCutOff(parse, part))
            || predicateNeedsItsRelativeClause(parse, head) || misparsed(parse, head, all, morphology)) {
            return Optional.empty();
        }
        return Optional.of(new Constituents(parse, head, finite, subject, after, parse.word(finite).form()));
    }

    /** "weniger, als sich Kachelmann erhoffen konnte": "als" after a comparative compares, it tells no time. */
    private static boolean comparison(Parse parse, int mark) {
        int before = parse.word(mark - 1 >= 0 ? mark - 1 : mark).form().equals(",") ? mark - 2 : mark - 1;
        if (before < 0 || !Words.lower(parse.word(mark).form()).equals("als")) {
            return false;
        }
        Word word = parse.word(before);
        String form = Words.lower(word.form());
        // "Jahre später, als …" tells when
        return Set.of("weniger", "mehr", "eher", "lieber", "anders").contains(form)
            || (word.upos() == Upos.ADJ || word.upos() == Upos.ADV) && form.endsWith("er") && form.length() > 4
                && !Set.of("später", "früher").contains(form);
    }

    /**
     * Whether the clause a subordinate one hangs on tells a fact: its finite verb in the indicative, and not what
     * someone said ("…, weil …, sagte Henderson"), where the subordinate clause is only their word.
     */
    private static boolean toldAsAFact(Parse parse, int governor, Morphology morphology) {
        if (governor < 0 || !parse.children(governor, "parataxis").isEmpty()
            || parse.word(governor).relation().equals("parataxis") || parse.word(governor).relation().equals("ccomp")) {
            return false;
        }
        List<Integer> verbs = new ArrayList<>(List.of(governor));
        parse.children(governor).stream().filter(c -> parse.word(c).relation().startsWith("aux")
            || parse.word(c).relation().equals("cop")).forEach(verbs::add);
        return verbs.stream().anyMatch(v -> isFinite(parse, v, morphology)
            && !MODAL_HEDGES.contains(Words.lower(parse.word(v).form())));
    }

    /**
     * The words of the clause's head: the verb alone, or a copula's predicate with its own phrase; empty when that
     * phrase is not one run of words.
     */
    private static Optional<List<Integer>> predicate(Parse parse, int head, boolean copula) {
        List<Integer> predicate = new ArrayList<>(List.of(head));
        if (copula && parse.word(head).upos() != Upos.VERB) {
            for (int child : parse.children(head)) {
                if (!CLAUSE_LEVEL.contains(parse.word(child).baseRelation()) || nominalConjunct(parse, child)) {
                    predicate.addAll(parse.subtree(child));
                }
            }
            predicate.sort(Integer::compareTo);
            if (predicate.get(predicate.size() - 1) - predicate.get(0) + 1 != predicate.size()) {
                return Optional.empty();
            }
        }
        return Optional.of(predicate);
    }

    /**
     * "ist für Autos und Fußgänger": a noun or adjective joined to a copula's predicate, with no verb or subject of its
     * own, is part of the predicate, not a second clause.
     */
    private static boolean nominalConjunct(Parse parse, int child) {
        Word word = parse.word(child);
        // "lang werden und wiegen … Kilogramm" with "Kilogramm" joined to the adjective: another clause the parse lost
        boolean nominal = word.upos() == Upos.NOUN || word.upos() == Upos.PROPN;
        Upos head = parse.word(word.head()).upos();
        boolean alike = nominal ? head == Upos.NOUN || head == Upos.PROPN : word.upos() == Upos.ADJ && head == Upos.ADJ;
        // not "sind Hindus, wie auch viele Menschen in Indien": a comparison after the predicate, no part of it
        boolean joined = parse.children(child, "cc").stream()
            .anyMatch(c -> Set.of("und", "oder", "sowie").contains(Words.lower(parse.word(c).form())));
        return word.relation().equals("conj") && alike && joined
            && parse.children(child).stream().map(c -> parse.word(c).baseRelation())
                .noneMatch(r -> Set.of("nsubj", "cop", "aux", "csubj").contains(r));
    }

    private static boolean wholeBetween(Parse parse, int from, int to, int head, int finite, List<Integer> predicate,
                                        List<Part> parts) {
        boolean[] covered = new boolean[parse.words().size()];
        covered[head] = true;
        covered[finite] = true;
        predicate.forEach(w -> covered[w] = true);
        parts.forEach(part -> java.util.Arrays.fill(covered, part.from(), part.to() + 1, true));
        for (int w = from; w <= to; w++) {
            if (!covered[w] && parse.word(w).upos() != Upos.PUNCT) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Constituents> of(Parse parse, int head, Morphology morphology, boolean reported) {
        List<Word> words = parse.words();
        if (parse.children(head, "conj").stream().anyMatch(c -> (words.get(c).upos() == Upos.VERB
            || words.get(c).upos() == Upos.AUX) && alternative(parse, c))) {
            // "3.500 Menschen überquerten die Übergänge … oder kamen mit dem Zug … an": each did one or the other, and
            // neither is said of them all; "Die EU wird demokratisiert werden oder sie wird zerfallen": neither is said
            return Optional.empty();
        }
        boolean copula = !parse.children(head, "cop").isEmpty();
        if (words.get(head).upos() != Upos.VERB && words.get(head).upos() != Upos.AUX && !copula) {
            return Optional.empty();
        }
        if (words.get(head).upos() == Upos.AUX && SEIN_FORMS.contains(Words.lower(words.get(head).form()))
            && parse.children(head).stream().map(c -> words.get(c).baseRelation())
                .noneMatch(r -> Set.of("obl", "obj", "xcomp", "ccomp", "csubj", "advcl", "iobj").contains(r))) {
            // "Meist sind die … Spielräume der Vereinigten Staaten im Fokus der Untersuchungen" with "im Fokus" in the
            // subject: "sein" with nothing it says of the subject
            return Optional.empty();
        }
        if (copula && words.get(head).upos() != Upos.VERB && parse.children(head, "conj").stream()
            .anyMatch(c -> words.get(c).upos() == Upos.VERB && parse.children(c, "nsubj").isEmpty()
                && c == lastWord(parse))) {
            // "Der NPD-Demonstration war ein Rechtsstreit … vorausgegangen": the participle at the end is the verb
            // of the clause, which the parse hung on the noun it took for a predicate
            return Optional.empty();
        }
        if (copula && words.get(head).upos() != Upos.VERB && parse.children(head, "acl").stream()
            .anyMatch(c -> words.get(c).upos() == Upos.VERB && c == lastWord(parse)
                && parse.subtree(c).stream().noneMatch(w -> words.get(w).form().equals(","))
                && !words.get(Math.max(0, parse.subtree(c).get(0) - 1)).form().equals(","))) {
            // "Das Flüchtlingsboot war wenige hundert Meter vor der Küste … gekentert": the same, hung as an attribute
            return Optional.empty();
        }
        if (parse.children(head).stream().filter(c -> words.get(c).relation().equals("nsubj:pass")).count() > 1) {
            // "Eine Person musste in das Landeskrankenhaus Wagna gebracht werden" with the hospital's name a second
            // subject of the passive (two active ones are a subject and an object the parse mislabelled, asked as
            // elsewhere)
            return Optional.empty();
        }
        Optional<List<Integer>> predicateWords = predicate(parse, head, copula);
        if (predicateWords.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> predicate = predicateWords.get();
        List<Integer> verbs = new ArrayList<>();
        verbs.add(head);
        for (int child : parse.children(head)) {
            String relation = words.get(child).relation();
            if (relation.startsWith("aux") || relation.equals("cop")) {
                verbs.add(child);
            }
        }
        // "Kritisiert wird …", "seien … entstanden": with an auxiliary of its own, the main verb is the participle
        // whatever else its form is, and an auxiliary in the subjunctive is left to reported speech
        int finite = verbs.stream().filter(v -> v != head || verbs.size() == 1)
            .filter(v -> isFinite(parse, v, morphology)).min(Integer::compareTo)
            .orElse(-1);
        String finiteForm = finite < 0 ? null : parse.word(finite).form();
        if (finite < 0 && reported) {
            for (int v : verbs.stream().sorted().toList()) {
                Optional<String> indicative = indicative(parse.word(v), morphology);
                if (indicative.isPresent()) {
                    finite = v;
                    finiteForm = indicative.get();
                    break;
                }
            }
        }
        if (finite < 0) {
            return Optional.empty();
        }
        List<Part> before = new ArrayList<>();
        List<Part> after = new ArrayList<>();
        for (int child : parse.children(head)) {
            if (child == finite || predicate.contains(child)) {
                continue;
            }
            Word word = words.get(child);
            if (word.relation().equals("punct")) {
                continue;
            }
            if (word.relation().equals("mark")) {
                return Optional.empty();
            }
            if (word.relation().equals("cc") && child < finite) {
                continue;
            }
            if (!parse.contiguous(child)) {
                return Optional.empty();
            }
            List<Integer> tree = parse.subtree(child);
            boolean verbal = VERBAL.contains(word.relation());
            Part part = new Part(child, tree.get(0), tree.get(tree.size() - 1), word.relation(), verbal);
            (part.to() < finite ? before : after).add(part);
        }
        boolean participleFirst = false;
        if (head != finite) {
            if (head > finite) {
                after.add(new Part(head, predicate.get(0), predicate.get(predicate.size() - 1), "head", true));
            } else if (before.isEmpty() && head == 0 && predicate.size() == 1 && words.get(head).upos() == Upos.VERB) {
                // "Kritisiert wird die Stiftung …": the participle alone before the finite verb stands in the Vorfeld
                before.add(new Part(head, head, head, "head", true));
                participleFirst = true;
            } else {
                return Optional.empty();
            }
        }
        if (before.size() != 1 || before.get(0).verbal() && !participleFirst
            || !whole(parse, head, finite, predicate, before, after)
            || after.stream().anyMatch(part -> dateReadAsAnArgument(parse, part))
            || predicateNeedsItsRelativeClause(parse, head)
            || after.stream().anyMatch(part -> contentCutOff(parse, part))) {
            return Optional.empty();
        }
        after.sort((a, b) -> Integer.compare(a.from(), b.from()));
        List<Part> all = new ArrayList<>(after);
        all.add(0, before.get(0));
        if (misparsed(parse, head, all, morphology) || headlineSubject(parse, all, morphology)) {
            return Optional.empty();
        }
        return Optional.of(new Constituents(parse, head, finite, before.get(0), after, finiteForm));
    }

    /**
     * "die Verhandlungen aus der Sicht von Obamas Vertretern": whose view it is, said of the clause, not a kind of
     * the noun before it.
     */
    private static boolean viewHungOnANoun(Parse parse, int w) {
        Word word = parse.word(w);
        return VIEWS.contains(word.form()) && word.head() >= 0 && parse.word(word.head()).upos() == Upos.NOUN
            && parse.children(w, "case").stream().anyMatch(c -> Words.lower(parse.word(c).form()).equals("aus"));
    }

    private static final Set<String> VIEWS = Set.of("Sicht", "Perspektive");

    /**
     * "stellte Grupp Forderungen" with "Forderungen" the end of the name: a word the dictionary knows only as a
     * common noun in the plural, with the ending of an abstract noun, names no one.
     */
    private static boolean pluralNounAfterAName(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (!word.relation().equals("flat") || word.head() < 0 || parse.word(word.head()).upos() != Upos.PROPN
            || parse.word(w - 1).form().equals("-")) {
            // "UN-Organisationen": a compound whose parts the tokens split
            return false;
        }
        List<Morph> readings = morphology.readings(word.form());
        return PLURAL_OF_AN_ABSTRACT_NOUN.matcher(word.form()).matches() && !readings.isEmpty()
            && readings.stream().allMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.PLURAL)
                && !m.has(Feature.SINGULAR) && !m.has(Feature.GIVEN_NAME) && !m.has(Feature.SURNAME));
    }

    /** "Forderungen", "Freiheiten", "Aktionen": endings no name has ("Leinonen" is a Finnish surname). */
    private static final java.util.regex.Pattern PLURAL_OF_AN_ABSTRACT_NOUN = java.util.regex.Pattern.compile(
        "\\p{Lu}\\p{Ll}+(?:ungen|heiten|keiten|schaften|ionen|täten|nisse)");

    private static final java.util.regex.Pattern QUOTE_BEFORE_A_WORD = java.util.regex.Pattern.compile(
        "['‚‘’\"„“”»«]+\\p{L}.*");

    /**
     * "eine Jahrestemperatur von 30 bis 35°C" with "von 30" and "bis 35°C" two phrases of the verb: a range is one,
     * and belongs to the noun before it.
     */
    private static boolean rangeCutInTwo(Parse parse, int w) {
        Word word = parse.word(w);
        if (!Words.lower(word.form()).equals("bis") || word.upos() != Upos.ADP || word.head() < 0 || w < 2) {
            return false;
        }
        int to = word.head();
        int from = w - 1;
        boolean vonBefore = Words.lower(parse.word(w - 2).form()).equals("von") && parse.word(from).upos() == Upos.NUM;
        return vonBefore && to != from && parse.word(from).relation().startsWith("obl")
            && parse.word(to).relation().startsWith("obl") && parse.word(from).head() == parse.word(to).head();
    }

    /**
     * "traten geringe Mengen | Öl aus" with "Öl" a second argument of the clause's verb: a measure and what it
     * measures are one phrase.
     */
    private static boolean substanceCutFromItsMeasure(Parse parse, int w, int head) {
        Word word = parse.word(w);
        if (w < 1 || word.upos() != Upos.NOUN || word.head() != head || !parse.children(w, "det").isEmpty()) {
            return false;
        }
        Word before = parse.word(w - 1);
        return MEASURES.contains(before.form()) && before.head() == word.head()
            && !before.relation().equals(word.relation());
    }

    /** "bestätigte dieses anschließend" with "dieses" the article of "anschließend": a pronoun read as an article. */
    private static boolean determinerOfAnAdverb(Parse parse, int w) {
        Word word = parse.word(w);
        if (word.upos() != Upos.DET || !word.relation().equals("det") || word.head() <= w) {
            return false;
        }
        Word head = parse.word(word.head());
        // "widerspricht dem vehementest": "dem" the verb's object, pointing back, and the adverb read as its noun
        return (head.upos() == Upos.ADV || head.upos() == Upos.ADJ) && (head.relation().equals("advmod")
            || Set.of("obl", "obj", "iobj").contains(head.baseRelation()) && head.form().equals(Words.lower(head.form()))
                // not "nach dem „mangelhaft“", a grade quoted as a noun
                && word.head() == w + 1
            // "Mit den Pferden ging das erst vor … Jahren los" with "das … los" the subject: a pronoun and the particle
            || head.baseRelation().equals("nsubj") && head.upos() == Upos.ADV && head.form().equals(Words.lower(head.form())));
    }

    /**
     * "filmten Flugzeuge der Air Force den Start" with "der Air Force" a dative of the verb: right after a noun, "der"
     * opens that noun's genitive.
     */
    private static boolean genitiveReadAsAnArgument(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("obl:arg") && !word.relation().equals("iobj") || word.head() < 0) {
            return false;
        }
        List<Integer> tree = parse.subtree(w);
        int first = tree.get(0);
        if (first < 1 || !Words.lower(parse.word(first).form()).equals("der")) {
            return false;
        }
        Word before = parse.word(first - 1);
        return (before.upos() == Upos.NOUN || before.upos() == Upos.PROPN) && before.head() == word.head()
            && (before.relation().startsWith("nsubj") || before.relation().equals("obj"));
    }

    /**
     * "hat die hessische SPD-Chefin | Andrea Ypsilanti die Länder … aufgefordert" with the title and the name two
     * arguments of the verb: a noun right before a full name is one phrase with it.
     */
    private static boolean titleCutFromItsName(Parse parse, int w) {
        Word name = parse.word(w);
        if (w < 1 || w + 1 >= parse.words().size() || name.upos() != Upos.PROPN || name.head() < 0
            || !parse.subtree(w).contains(w + 1) || parse.word(w + 1).upos() != Upos.PROPN) {
            return false;
        }
        if (parse.word(w - 1).upos() != Upos.NOUN || parse.subtree(w).get(0) != w) {
            return false;
        }
        int top = w - 1;
        for (int steps = 0; top >= 0 && parse.word(top).head() != name.head() && steps < parse.words().size(); steps++) {
            top = parse.word(top).head();
        }
        return top >= 0 && top != w && Set.of("nsubj", "obj", "iobj").contains(parse.word(top).relation())
            && Set.of("nsubj", "obj", "iobj").contains(name.relation());
    }

    /** Nouns of a quantity that a bare noun after them fills ("Mengen Öl", "Tonnen Weizen"). */
    private static final Set<String> MEASURES = Set.of("Menge", "Mengen", "Tonnen", "Liter", "Kilogramm", "Kilo",
        "Gramm", "Barrel", "Kubikmeter", "Flaschen", "Säcke", "Kisten", "Tassen", "Fässer", "Ladungen");

    /**
     * "stürzte … ein Bus | in eine 200 Meter tiefe Schlucht" with the direction hung on the subject: where something
     * goes to is the verb's, no kind of the noun.
     */
    private static boolean directionInsideASubject(Parse parse, int w) {
        Word word = parse.word(w);
        if (!Set.of("in", "auf", "an").contains(Words.lower(word.form())) || word.upos() != Upos.ADP
            || w + 1 >= parse.words().size() || !Set.of("eine", "einen").contains(Words.lower(parse.word(w + 1).form()))
            || word.head() < 0) {
            return false;
        }
        Word noun = parse.word(word.head());
        return noun.relation().equals("nmod") && noun.head() >= 0
            && parse.word(noun.head()).relation().startsWith("nsubj");
    }

    /**
     * "empfahl dem Gericht, der … Klage … stattzugeben" with "der" read as a relative pronoun: a clause whose verb is a
     * zu-infinitive is no relative clause, and what was recommended would be left out as if it were.
     */
    private static boolean infinitiveReadAsARelativeClause(Parse parse, int w) {
        Word word = parse.word(w);
        return word.relation().startsWith("acl") && word.upos() == Upos.VERB
            && isZuInfinitive(word.form())
            && parse.children(w).stream().anyMatch(c -> parse.word(c).relation().startsWith("nsubj")
                && RELATIVE_PRONOUNS.contains(Words.lower(parse.word(c).form())));
    }

    static boolean isZuInfinitive(String word) {
        return ZU_INFINITIVE.matcher(word).matches();
    }

    /** "stattzugeben", "anzuerkennen", "aufzugeben": a separable verb's zu-infinitive, written as one word. */
    private static final java.util.regex.Pattern ZU_INFINITIVE = java.util.regex.Pattern.compile(
        "\\p{Ll}{2,}zu\\p{Ll}{2,}(?:en|ern|eln)");

    /**
     * "warb für eine Diskussion … beziehungsweise eine stärkere Beteiligung …" with "beziehungsweise" an adverb of the
     * verb: the coordination the parse cut into two phrases of the verb.
     */
    private static boolean coordinatorReadAsAnAdverb(Parse parse, int w) {
        Word word = parse.word(w);
        return COORDINATORS_LIKE_ADVERBS.contains(Words.lower(word.form())) && !word.relation().equals("cc");
    }

    private static final Set<String> COORDINATORS_LIKE_ADVERBS = Set.of("beziehungsweise", "bzw.", "respektive");

    /** "''Titanoboa''" split as "'" and "'Titanoboa": a word the tagger took for punctuation, and left out. */
    private static boolean wordTaggedAsPunctuation(Parse parse, int w) {
        Word word = parse.word(w);
        // "Start-ups" as "Start" and "-ups" hung on the verb: the compound's tail, which a question would drop
        boolean tailOnTheVerb = word.form().matches("-\\p{Ll}+") && word.head() == parse.root() && w - 1 != parse.root();
        return word.upos() == Upos.PUNCT && (QUOTE_BEFORE_A_WORD.matcher(word.form()).matches() || tailOnTheVerb);
    }

    /**
     * "stellten die Insel … wieder her, nachdem …" with "her" as a conjunct: a separable particle at the end of a clause
     * that the parse did not take for the verb's, which a question would leave out.
     */
    private static boolean strandedParticle(Parse parse, int w) {
        Word word = parse.word(w);
        boolean last = w + 1 < parse.words().size() && parse.word(w + 1).upos() == Upos.PUNCT
            && Set.of(",", ".", "!", ";").contains(parse.word(w + 1).form());
        return last && !word.relation().equals("compound:prt") && word.upos() == Upos.ADV
            && PARTICLES_ONLY.contains(word.form()) && word.head() >= 0 && parse.word(word.head()).upos() == Upos.VERB;
    }

    /**
     * "sind drei von den bekannten vier Behandlungsmethoden fehlgeschlagen" with "drei" the subject alone and "von den …"
     * hung on the verb: the number counts the phrase after it.
     */
    private static boolean countCutFromItsWhole(Parse parse, int w) {
        Word word = parse.word(w);
        return word.upos() == Upos.NUM && (word.relation().startsWith("nsubj") || word.relation().startsWith("obl"))
            && w + 1 < parse.words().size()
            && parse.word(w + 1).form().equals("von") && parse.word(w + 1).head() != w
            && !parse.subtree(w).contains(w + 1);
    }

    /** "Bisher sind drei … fehlgeschlagen" with "Bisher" the subject: a word the dictionary knows only as an adverb. */
    private static boolean adverbAsSubject(Word word, Morphology morphology) {
        if (!word.relation().startsWith("nsubj")) {
            return false;
        }
        List<Morph> readings = java.util.stream.Stream.of(word.form(), word.form().toLowerCase(java.util.Locale.GERMAN))
            .distinct().flatMap(form -> morphology.readings(form).stream()).toList();
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.upos() == Upos.ADV);
    }

    /** Adverbs that end a clause of a full verb only as its separable particle. */
    private static final Set<String> PARTICLES_ONLY = Set.of("her", "hin", "heraus", "herbei", "hervor", "hinein",
        "zurück", "vorbei", "voran", "entgegen");

    /**
     * "gehen weiter und führen zu … zwischen der Türkei, kurdischen Milizen und Russland" with the list's second item
     * hung on the first verb, and the rest of the list on it: not an afterthought ("…, allerdings bei … Umfang").
     */
    private static boolean listHungOnAVerb(Parse parse, int w) {
        Word word = parse.word(w);
        return word.relation().equals("conj") && (word.upos() == Upos.NOUN || word.upos() == Upos.PROPN)
            && word.head() >= 0 && parse.word(word.head()).upos() == Upos.VERB
            && parse.children(w, "conj").stream().anyMatch(c -> !parse.children(c, "cc").isEmpty());
    }

    private static final Set<String> NEVER_PARTICLES = Set.of("ohne", "für", "von", "seit", "wegen", "trotz", "während");

    /**
     * "eroberten die Krieger des Kaisers Böhmen und noch weitere Gebiete" with "Böhmen" read into the subject and
     * "Gebiete" coordinated with the verb: a verb with no object of its own and a noun joined to it by "und", which
     * is the second half of the object the parse lost.
     */
    private static boolean objectsConjoinedToTheVerb(Parse parse, int head) {
        return parse.word(head).upos() == Upos.VERB && parse.children(head, "obj").isEmpty()
            && parse.children(head, "conj").stream().anyMatch(c -> parse.word(c).upos() == Upos.NOUN
                && parse.children(c, "cc").stream().anyMatch(cc -> cc < c)
                // not "liegt … und ist die größte Stadt", a second predicate, nor "in Savannen, aber auch in
                // Regenwäldern", a second phrase of the verb
                && parse.children(c).stream().map(d -> parse.word(d).relation())
                    .noneMatch(r -> r.startsWith("nsubj") || r.equals("cop") || r.equals("case")));
    }

    /**
     * "Anders als eine Kirmes ist ein Freizeitpark …" with "eine Kirmes" read as the subject: a subject after "als" or
     * "wie" is the thing compared with, which no subject has before it.
     */
    private static boolean subjectAfterAComparison(Parse parse, int head) {
        return parse.children(head).stream().filter(c -> parse.word(c).relation().startsWith("nsubj"))
            .anyMatch(n -> parse.children(n, "case").stream()
                .anyMatch(c -> c < n && Set.of("als", "wie").contains(Words.lower(parse.word(c).form()))));
    }

    /** Whether the clause's finite verb is in the present, and none of its auxiliaries in the past. */
    private static boolean stillToCome(Parse parse, int head, Morphology morphology) {
        List<Integer> verbs = new ArrayList<>(parse.children(head).stream()
            .filter(c -> parse.word(c).relation().startsWith("aux") || parse.word(c).relation().equals("cop")).toList());
        verbs.add(head);
        boolean past = verbs.stream().anyMatch(v -> morphology.readings(parse.word(v).form()).stream()
            .anyMatch(m -> m.has(Feature.PAST) && m.has(Feature.FINITE)));
        boolean present = verbs.stream().anyMatch(v -> morphology.readings(parse.word(v).form()).stream()
            .anyMatch(m -> m.has(Feature.PRESENT) && m.has(Feature.FINITE)));
        return present && !past;
    }

    private static final Set<String> QUESTION_WORDS = Set.of("wann", "wie", "wo", "warum", "weshalb", "wieso", "wer",
        "was", "wohin", "woher", "ob");

    private static boolean auxiliaryAcrossTheColon(Parse parse, int head, int colon) {
        return parse.children(head).stream().anyMatch(c -> (c < colon) != (head < colon)
            && (parse.word(c).relation().startsWith("aux") || parse.word(c).relation().equals("cop")));
    }

    private static boolean relativeClauseCutUp(Parse parse, int comma) {
        if (!parse.word(comma).form().equals(",") || comma + 2 >= parse.words().size() || comma == 0
            || !Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(comma - 1).upos())
            || parse.word(comma + 1).upos() != Upos.ADP
            || !Set.of("dem", "der", "denen", "welchem", "welcher", "welchen").contains(Words.lower(parse.word(comma + 2).form()))) {
            return false;
        }
        int end = comma + 3;
        while (end < parse.words().size() && !Set.of(",", ".", ";", ":", "!", "?").contains(parse.word(end).form())) {
            end++;
        }
        if (!Set.of(Upos.VERB, Upos.AUX).contains(parse.word(end - 1).upos())) {
            // "in Pamulang, in der Nähe der Hauptstadt": a phrase beside the name, no clause with its verb last
            return false;
        }
        int verb = parse.word(comma + 2).head();
        for (int steps = 0; verb >= 0 && !Set.of(Upos.VERB, Upos.AUX).contains(parse.word(verb).upos())
            && steps < parse.words().size(); steps++) {
            verb = parse.word(verb).head();
        }
        return verb < 0 || !parse.word(verb).relation().startsWith("acl");
    }

    private static boolean onlyANoun(String form, Morphology morphology) {
        List<Morph> readings = morphology.readings(form);
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.upos() == Upos.NOUN);
    }

    /**
     * Readings of the parse no German sentence has, which show it went wrong, so that any question or statement
     * from it would too: a finite verb as a separable particle ("…, während der Ölpreis … lag" with "lag" hung on
     * "stieg"), "um sich" hung on a noun, an apposition of the verb ("zusammen geschlossen, der „People's
     * Alliance …“"), a name in the genitive read as a phrase of its own ("starb Nafisatus | einzige Schwester"), a
     * counted noun with no preposition inside a phrase ("die 17-jährige Oumar Nafisatu vier Schafe") and a verb's
     * prepositional object inside its subject ("sorgte … eine Rauchwolke für schlechte Sicht").
     */
    private static boolean misparsed(Parse parse, int head, List<Part> parts, Morphology morphology) {
        if (auxiliaryCutFromItsParticiple(parse, head) || participleAtTheEndCutOff(parse, head, morphology)
            || objectsConjoinedToTheVerb(parse, head) || subjectAfterAComparison(parse, head)) {
            return true;
        }
        for (int w = 0; w < parse.words().size(); w++) {
            Word word = parse.word(w);
            if (word.relation().equals("compound:prt") && (word.upos() == Upos.VERB || word.upos() == Upos.AUX
                // "sprechen das Wort „Garage“ ohne e am Ende": a preposition no verb has for its particle
                || NEVER_PARTICLES.contains(Words.lower(word.form())))) {
                return true;
            }
            if (w == 0 && word.relation().startsWith("nsubj") && word.upos() == Upos.PROPN
                && morphology.readings(word.form()).stream().noneMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN)
                && morphology.readings(Words.lower(word.form())).stream()
                    .anyMatch(m -> m.upos() == Upos.ADJ || m.upos() == Upos.ADV)) {
                // "Ganz im Norden … leben die Samen" with "Ganz" tagged a name for its capital: an adverb, no subject
                return true;
            }
            if (word.relation().equals("case") && word.upos() == Upos.PART && morphology.readings(word.form()).stream()
                .anyMatch(m -> m.upos() == Upos.ADJ || m.has(Feature.PARTICIPLE))) {
                // "lassen … ein Stück Land unberührt für die Lerchen" with the predicate read as a preposition
                return true;
            }
            if (word.relation().equals("nmod") && word.head() >= 0 && parse.word(word.head()).upos() == Upos.PROPN
                && TIME_NOUNS.contains(word.form()) && !parse.children(w, "case").isEmpty()
                // "im Alter von 50 Jahren" with "Alter" tagged a name
                && morphology.readings(parse.word(word.head()).form()).stream().noneMatch(m -> m.upos() == Upos.NOUN)) {
                // "von Percy Spencer um das Jahr 1947": a time read into the name before it
                return true;
            }
            if (word.relation().equals("nmod") && word.upos() == Upos.NOUN && parse.children(w, "case").isEmpty()
                && parse.children(w, "det").stream().map(d -> Words.lower(parse.word(d).form()))
                    .anyMatch(NO_GENITIVE_ARTICLES::contains) && w > 0 && parse.word(w - 1).upos() == Upos.DET
                && parse.word(w - 1).head() == w && word.head() == w - 2) {
                // "zeigt eine Ausstellung die Geschichte der Burg" with the object read as an attribute of the
                // subject: an article no genitive takes
                return true;
            }
            if (word.upos() == Upos.NOUN && w >= 2 && parse.word(w - 1).upos() == Upos.ADJ
                && Character.isLowerCase(parse.word(w - 1).form().charAt(0)) && parse.word(w - 1).head() == w
                && parse.word(w - 2).head() == w && parse.word(w - 2).form().matches("\\p{Lu}\\p{Ll}+er")
                && parse.word(w - 2).relation().equals("amod")) {
                // "eroberten die Berner weite Teile der Umgebung": the people of a town read as its adjective,
                // which stands last before the noun
                return true;
            }
            if (word.relation().equals("flat") && word.upos() == Upos.NOUN
                && parse.word(word.head()).upos() == Upos.PROPN && commonPluralOnly(word.form(), morphology)
                // "UN-Organisationen": a compound of the name, joined by its hyphen
                && !(w >= 2 && parse.word(w - 1).form().equals("-") && word.head() == w - 2)) {
                // "bauten die USA und die Sowjetunion Radar-Stationen" with the object read into the last name
                return true;
            }
            if (word.relation().equals("nmod") && w > 0 && word.head() == w - 1 && parse.word(w - 1).upos() == Upos.NOUN
                && parse.children(w).isEmpty() && commonPluralOnly(word.form(), morphology)) {
                // "eroberten die Spanier Kolonien auf fast jedem Kontinent" with the object read as the subject's
                // attribute: a plural alone, which no genitive is without an article
                return true;
            }
            if (word.relation().equals("nmod") && word.head() >= 0 && parse.word(word.head()).upos() == Upos.NUM
                && parse.word(word.head()).form().matches("1\\d{3}|20\\d{2}") && !parse.children(w, "det").isEmpty()
                && parse.children(w, "case").isEmpty()) {
                // "trat im Jahr 1353 der Eidgenossenschaft bei" with the verb's dative read as the year's genitive
                return true;
            }
            if (word.relation().equals("det") && Words.lower(word.form()).equals("das") && word.head() == w + 1
                && (w == 0 || !parse.word(w - 1).form().equals(","))
                && nameNeverNeuter(parse.word(w + 1).form(), morphology)) {
                // "gelang das Hitler auch": "das" the subject, no article of a man's name
                return true;
            }
            if (word.upos() == Upos.ADJ && w > 0 && Character.isUpperCase(word.form().charAt(0))
                && parse.word(w - 1).upos() == Upos.DET && onlyANoun(word.form(), morphology)) {
                // "mit seiner Antenne Fernseh- und Radioprogramme" with "Antenne" read as an adjective of the object
                return true;
            }
            if (word.relation().equals("det") && Words.lower(word.form()).equals("das") && word.head() == w + 1
                // "…, das Redakteure … fordern": the relative pronoun after a comma, whose clause is asked on its own
                && (w == 0 || !parse.word(w - 1).form().equals(","))
                && parse.word(w + 1).upos() == Upos.NOUN && pluralNeverNeuter(parse.word(w + 1).form(), morphology)
                && (w + 2 >= parse.words().size() || parse.word(w + 2).upos() != Upos.PROPN)) {
                // "Erst nach 1960 haben das Satelliten übernommen": "das" the object, no article of a plural
                return true;
            }
            if (word.relation().equals("cop") && Set.of("hatte", "hat", "hatten", "haben", "hätte", "hätten")
                .contains(Words.lower(word.form()))) {
                // "hatte … direkten und ungefilterten Zugriff" read with "direkten" the predicate and "hatte" its copula
                return true;
            }
            if (word.relation().equals("advcl") && (word.upos() == Upos.NOUN || word.upos() == Upos.PROPN)
                && parse.children(w, "cop").isEmpty()) {
                // "kommen … zusammen, um 16.30 Uhr dann die Mitarbeiter": a second clause whose verb is left out
                return true;
            }
            if (word.relation().equals("nmod") && (word.upos() == Upos.NOUN || word.upos() == Upos.PROPN)
                && parse.children(w, "case").isEmpty()
                && parse.children(w, "det").stream().anyMatch(d -> Set.of("den", "dem").contains(Words.lower(parse.word(d).form())))) {
                // "die Reform den Italienern … unterbreiten": a dative read as the noun's genitive, which no "den" is
                return true;
            }
            if (word.form().equals(":") && word.head() == head && auxiliaryAcrossTheColon(parse, head, w)) {
                // "Es soll das Gegenstück … werden: Das ZDF startet …": two clauses read as one, across the colon
                return true;
            }
            if (relativeClauseCutUp(parse, w)) {
                // "zum Ende eines Quartals, in dem Analysten … rechnen" with "in dem Analysten" hung on the verb
                return true;
            }
            if (listHungOnAVerb(parse, w)) {
                // "zwischen der Türkei, kurdischen Milizen und Russland" with the list's second item hung on the verb
                return true;
            }
            if (w == 0 && QUESTION_WORDS.contains(Words.lower(word.form())) && parse.words().size() > 1
                && Set.of("und", ",").contains(parse.word(1).form())) {
                // "Wann und wie, behalte sich die Türkei vor.": the question it leaves open first, no Vorfeld to ask
                return true;
            }
            if (strandedParticle(parse, w) || countCutFromItsWhole(parse, w) || adverbAsSubject(word, morphology)
                || capitalisedAdverb(parse, w) || verbTheDictionaryDoesNotKnow(parse, w, morphology)
                || word.relation().equals("appos") && word.upos() == Upos.PRON || dayPartAsObject(parse, w)
                || agentWithoutPassive(parse, w) || caselessNounWithAnotherCase(parse, w)
                || quotedObjectReadAsApposition(parse, w) || weekOfTheDayCutOff(parse, w)
                || phraseInsideAnAttribute(parse, w) || bareNounReadAsApposition(parse, w, head, morphology)
                || zuInfinitiveReadAsAttribute(parse, w) || relativeClauseReadAsApposition(parse, w)
                || twoBareNamesInAPassive(parse, w) || spanCutFromItsClause(parse, w)
                || measureReadAsObject(parse, w, morphology) || participleCutFromItsAuxiliary(parse, w, head)
                || clauseReadAsAttribute(parse, w) || phraseListedWithADay(parse, w)
                || prepositionBeforeAGap(parse, w) || attributeInTheDativeOrAccusative(parse, w)
                || clauseAfterACoordinatedNoun(parse, w) || pronounReadAsAnArticle(parse, w)
                || particleReadAsAPreposition(parse, w) || zufolgeBeforeANoun(parse, w)
                || genitiveNameAsAnArgument(parse, w, morphology) || adjectiveAfterItsNoun(parse, w, morphology)
                || agentInsideThePassiveSubject(parse, w)
                || adjectiveOfANameReadAsANoun(parse, w, morphology) || numeralGenitiveAlone(parse, w)
                || participleWithoutItsAuxiliary(parse, w, morphology) || articleAsAnArgument(parse, w)
                || subordinatorReadAsACoordinator(parse, w) || numberCutFromTheNounItNames(parse, w)
                || twoArticles(parse, w) || auxiliaryAcrossAComma(parse, w) || appositionInAnotherCase(parse, w)
                || uninflectedParticipleAsAttribute(parse, w, morphology)
                || participleAfterACommaWithItsOwnObject(parse, w, morphology) || clauseAsSubjectOfACopula(parse, w)
                || dayPartCutFromItsDay(parse, w) || indefiniteAppositionWithoutAComma(parse, w)
                || particlesDirectionInsideAPhrase(parse, w) || commonWordAfterAFullName(parse, w, morphology)
                || viewHungOnANoun(parse, w) || pluralNounAfterAName(parse, w, morphology)
                || wordTaggedAsPunctuation(parse, w) || rangeCutInTwo(parse, w) || directionInsideASubject(parse, w)
                || substanceCutFromItsMeasure(parse, w, head) || determinerOfAnAdverb(parse, w)
                || genitiveReadAsAnArgument(parse, w) || titleCutFromItsName(parse, w)
                || infinitiveReadAsARelativeClause(parse, w) || coordinatorReadAsAnAdverb(parse, w)
                || surnameReadAsAnArgument(parse, w, morphology) || adjectiveReadAsTheSubjectOfANamingCopula(parse, w, morphology)
                || participleBesideAFullFiniteVerb(parse, w, morphology) || titleInAppositionToAnAge(parse, w)
                || titleCutFromItsNoun(parse, w, head) || clauseAsThePredicate(parse, w, head)
                || adverbTaggedAsAName(parse, w, morphology) || zuInfinitiveCoordinatedWithAFiniteVerb(parse, w)
                || genitiveObjectHungOnAName(parse, w, morphology) || dativeReadAsAnAttribute(parse, w, morphology)
                // "in einer … Aktion private/PROPN Eilande" with the object the action's apposition: a name is written
                // with a capital somewhere ("iPhone")
                || word.relation().equals("appos") && word.upos() == Upos.PROPN && word.form().equals(Words.lower(word.form()))
                    && Character.isLetter(word.form().charAt(0))) {
                return true;
            }
            if (word.upos() == Upos.ADV && word.head() != head && w > head && w + 1 < parse.words().size()
                && Set.of(".", ":", ";").contains(parse.word(w + 1).form()) && parse.word(w - 1).form().equals(",")
                && particleOfTheVerb(parse, w, head, morphology)) {
                // "stachen die üblichen Verdächtigen, erweitert um Mikki Moore (14 Punkte), hervor" with "hervor" hung
                // on the participle: the clause's verb is "hervorstechen"
                return true;
            }
            if (word.relation().equals("obl") && word.upos() == Upos.NOUN && parse.children(w, "case").isEmpty()
                && Words.lower(parse.word(parse.subtree(w).get(0)).form()).equals("des") && !adverbialGenitive(word.form())) {
                // "in der Nähe | … des Hauptbahnhofs" with the genitive hung on the verb: it belongs to a noun the parse
                // cut it from
                return true;
            }
            if (word.form().equals("zu") && word.upos() == Upos.ADP && w + 2 < parse.words().size()
                && parse.word(w + 1).form().matches("\\p{Ll}+en") && parse.word(w + 1).upos() != Upos.VERB
                && parse.word(w + 2).upos() == Upos.PUNCT) {
                // "Unter dem Zwang, Kosten zu sparen, leidet …" with "zu sparen" read as a preposition and an adjective
                return true;
            }
            if (word.relation().equals("conj") && word.head() == head && parse.word(head).upos() == Upos.VERB
                && (Words.MONTHS.contains(word.form()) || Set.of(Upos.NOUN, Upos.PROPN).contains(word.upos())
                    && !parse.children(w, "nummod").isEmpty())) {
                // "veröffentlichte am Freitag, den 11. August mit einer Pressenotiz eine Liste …" with the date and
                // all after it coordinated with the verb, "mit 24 Punkten, 13 Rebounds und 9 Blocks": a date or a count
                // is no verb's conjunct
                return true;
            }
            if (word.relation().equals("conj") && word.head() == head && w > head && parse.word(head).upos() == Upos.VERB
                && word.upos() == Upos.NOUN && !parse.children(w, "det").isEmpty()
                && parse.children(w).stream().noneMatch(c -> Set.of("cop", "aux").contains(parse.word(c).baseRelation()))) {
                // "wird Uber eine Milliarde Dollar … erhalten sowie einen Sitz im Vorstand": an object after the verb,
                // coordinated with the one before it, which a question on either would leave half said
                return true;
            }
            if (adjectiveBeforeItsNounAsHead(parse, w) || articleCutFromItsNounByAPhrase(parse, w)
                || nameInAppositionToATime(parse, w)
                // "Es ist halt eine Schwerstpartie" with the particle "halt" read as the verb
                || w == head && PARTICLES_READ_AS_VERBS.contains(word.form())
                || w == 0 && word.upos() == Upos.CCONJ && word.head() != head) {
                // "Und mit der Cardboard Camera … können Rundumaufnahmen getätigt werden" with "Und" inside the phrase
                return true;
            }
            // "greift … eine Fieberepidemie um sich": "um sich" of the verb, hung on the subject
            if (word.form().equals("um") && w + 1 < parse.words().size() && parse.word(w + 1).form().equals("sich")
                && parse.word(w + 1).head() != head && word.head() != head) {
                return true;
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Word word = parse.word(part.word());
            if (word.relation().equals("appos") && word.head() == head) {
                return true;
            }
            if (!part.verbal() && holdsTheVerbsObject(parse, head, part, parts, morphology)) {
                // "sorgte dann eine große Rauchwolke für schlechte Sicht" with "für schlechte Sicht" in the subject,
                // "geht bei dem ehemaligen Manager von Fluchtgefahr aus" with "von Fluchtgefahr" in another phrase
                return true;
            }
            Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            boolean saxonGenitive = part.from() == part.to() && word.upos() == Upos.PROPN && word.form().endsWith("s")
                && next != null && next.from() == part.to() + 1 && !next.verbal()
                && (parse.word(next.from()).upos() == Upos.ADJ || parse.word(next.from()).upos() == Upos.NOUN)
                && (parse.word(next.word()).upos() == Upos.NOUN);
            if (next != null && next.from() == part.to() + 1 && NAMING_NOUNS.contains(parse.word(part.to()).form())
                && !next.verbal() && Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(next.word()).upos())
                && parse.children(next.word(), "case").isEmpty()
                && parse.children(next.word(), "det").isEmpty()) {
                // "fällt eher unter die Kategorie umfassendes Video" with the category's name read as the object
                return true;
            }
            if (saxonGenitive || nameCutInTwo(parse, part, next) || givenNameCutFromItsSurname(parse, part, next, morphology) || countCutFromItsNoun(parse, part, next)
                || genitiveReadAsObject(parse, part, morphology) || endsTheSentence(parse, part)
                || infinitiveAfterARelativeClause(parse, head, part) || ordinalCutFromItsNoun(parse, part)
                || timeAdverbInsideAnArgument(parse, part) || objectWithAnArticleOfAnotherCase(parse, part)
                || genitiveNameCutFromItsNoun(parse, part, i > 0 ? parts.get(i - 1) : null)
                || verbsPhraseInsideANoun(parse, head, part, morphology)) {
                return true;
            }
            for (int w = part.from(); w <= part.to(); w++) {
                Word inner = parse.word(w);
                boolean countedAfterAName = parse.children(w, "nummod").stream()
                    .anyMatch(n -> n > 0 && parse.word(n - 1).upos() == Upos.PROPN);
                if (inner.relation().equals("nmod") && inner.upos() == Upos.NOUN && parse.children(w, "case").isEmpty()
                    && countedAfterAName) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "hatte nach der Tat Kontakt zu ihrem Sohn" with "Kontakt" an apposition of "Tat", "trugen einige Demonstranten
     * Stoffbänder …" with "Stoffbänder" one of "Demonstranten": a noun with neither article nor preposition, right
     * after another phrase and no comma between, is a phrase of the verb.
     */
    private static boolean bareNounReadAsApposition(Parse parse, int w, int head, Morphology morphology) {
        Word word = parse.word(w);
        // "Stoffbänder/PROPN", but not "die Stiftung Warentest", "die Halbinsel Wales": a name is rarely a plural
        boolean noun = word.upos() == Upos.NOUN || word.upos() == Upos.PROPN
            && People.onlyACommonNoun(word.form(), morphology)
            // "Plakate" is also the old dative singular "dem Plakate", which no one writes now
            && morphology.readings(word.form()).stream().allMatch(m -> m.has(Feature.PLURAL)
                || m.has(Feature.DATIVE) && m.has(Feature.SINGULAR) && word.form().endsWith("e")
                // "Juden", "Studenten": a weak masculine, whose singular in -n is never its nominative
                || m.has(Feature.SINGULAR) && !m.has(Feature.NOMINATIVE) && word.form().endsWith("en"));
        if (!word.relation().equals("appos") || !noun || word.head() < 0 || w == 0
            || phraseOf(parse, word.head()) != head || parse.word(w - 1).upos() == Upos.PUNCT
            || parse.word(w - 1).upos() == Upos.NUM || Words.MONTHS.contains(word.form())) {
            return false;
        }
        if (NAMING_NOUNS.contains(parse.word(word.head()).form())) {
            return false;
        }
        List<Integer> owner = parse.subtree(word.head());
        boolean rightAfter = owner.stream().filter(o -> o < w).max(Integer::compare).orElse(-2) == w - 1;
        return rightAfter && parse.word(word.head()).upos() == Upos.NOUN && parse.children(w, "case").isEmpty()
            && parse.children(w, "det").isEmpty();
    }

    /**
     * The word whose phrase a noun belongs to, past the genitives it may be an attribute of: "mit Hilfe ihrer Dozenten"
     * belongs to the verb "Hilfe" hangs on, "ihrer Dozenten" too.
     */
    private static int phraseOf(Parse parse, int noun) {
        int owner = noun;
        while (owner >= 0 && parse.word(owner).relation().equals("nmod") && parse.children(owner, "case").isEmpty()) {
            owner = parse.word(owner).head();
        }
        return owner < 0 ? -1 : parse.word(owner).head();
    }

    /**
     * "mit insgesamt 1.800 am Einsatz beteiligten Männern" with "Männern" an attribute of "Einsatz": a noun's attribute
     * without a preposition is in the genitive, and a noun that can only be a dative is none; the parse missed the
     * participle's own phrase before it.
     */
    private static boolean dativeReadAsAnAttribute(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (!word.relation().equals("nmod") || word.upos() != Upos.NOUN || !parse.children(w, "case").isEmpty()) {
            return false;
        }
        List<Morph> nouns = morphology.readings(word.form()).stream().filter(m -> m.upos() == Upos.NOUN).toList();
        return !nouns.isEmpty() && nouns.stream().allMatch(m -> m.has(Feature.DATIVE) && !m.has(Feature.GENITIVE));
    }

    /**
     * "prüft zahlreiche Hinweise und Vorfälle in der Stadt auf Zusammenhänge", "hatte sich nach seiner Rettung in die
     * Schweiz zurückgezogen": what a verb of checking looks for, or where a verb of moving goes, hung on a noun
     * inside another phrase; a question or statement would take it with that phrase.
     */
    private static boolean verbsPhraseInsideANoun(Parse parse, int head, Part part, Morphology morphology) {
        if (part.verbal() || parse.word(head).upos() != Upos.VERB) {
            return false;
        }
        Set<String> lemmas = new java.util.HashSet<>();
        morphology.readings(parse.word(head).form()).stream().filter(m -> m.upos() == Upos.VERB)
            .forEach(m -> lemmas.add(m.lemma()));
        // "führe" is "führen" as well as "fahren": only a verb that is nothing else counts
        boolean checking = !lemmas.isEmpty() && lemmas.stream().allMatch(CHECKING_VERBS::contains);
        boolean moving = !lemmas.isEmpty() && lemmas.stream().allMatch(MOVING_VERBS::contains);
        if (!checking && !moving) {
            return false;
        }
        for (int w = part.from(); w <= part.to(); w++) {
            if (w == part.word() || !parse.word(w).relation().equals("nmod")) {
                continue;
            }
            List<String> prepositions = parse.children(w, "case").stream().map(c -> Words.lower(parse.word(c).form()))
                .toList();
            boolean intoSomewhere = prepositions.contains("ins") || prepositions.contains("in")
                && parse.children(w, "det").stream().anyMatch(d -> Words.lower(parse.word(d).form()).equals("die"));
            // "durchsuchen die Wohnungen nach Drogen": what is searched for
            boolean searching = lemmas.contains("durchsuchen") && prepositions.contains("nach");
            if (checking && prepositions.contains("auf") || searching || moving && intoSomewhere) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that look for something in what they check ("prüfen auf", "untersuchen auf"). */
    private static final Set<String> CHECKING_VERBS = Set.of("prüfen", "überprüfen", "untersuchen", "testen",
        "kontrollieren", "durchsuchen", "abklopfen", "durchleuchten");
    /** Verbs of moving whose goal follows with "in" and the accusative ("zog sich … in die Schweiz zurück"). */
    private static final Set<String> MOVING_VERBS = Set.of("zurückziehen", "ziehen", "fliehen", "flüchten", "reisen",
        "fahren", "fliegen", "gehen", "kommen", "bringen", "schicken", "zurückkehren", "umziehen", "wechseln",
        "gelangen", "einreisen", "abschieben", "verlegen", "überführen", "transportieren", "ausliefern", "absetzen",
        "zurückbringen", "einliefern", "einziehen");

    /**
     * "Lötzsch hat die jüngste Kritik …, Gregor Gysi, am Erscheinungsbild der Partei zurückgewiesen" with the
     * participle hung on "Kritik": an auxiliary as the clause's head and a participle with neither subject nor
     * conjunction of its own, which is the auxiliary's.
     */
    private static boolean participleCutFromItsAuxiliary(Parse parse, int w, int head) {
        Word word = parse.word(w);
        return parse.word(head).upos() == Upos.AUX && word.upos() == Upos.VERB && word.relation().equals("acl")
            && w > head && parse.children(w).stream().map(parse::word)
                .noneMatch(c -> c.relation().startsWith("nsubj") || c.relation().equals("mark"));
    }

    /**
     * "kamen … 900 Menschen ums Leben, zehntausende Menschen befinden sich auf der Flucht" with "Menschen" hung on
     * "Leben": a noun after a comma with neither preposition nor genitive article opens a clause of its own.
     */
    private static boolean clauseReadAsAttribute(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("nmod") || word.upos() != Upos.NOUN || !parse.children(w, "case").isEmpty()) {
            return false;
        }
        int first = firstWordPastItsComma(parse, w);
        // "…, darunter zahlreiche Touristen": an adverb opens an addition to the noun before
        return first > 0 && parse.word(first - 1).form().equals(",") && first > word.head()
            && parse.word(first).upos() != Upos.ADV
            && parse.children(w, "det").stream().noneMatch(d -> Set.of("des", "der").contains(Words.lower(parse.word(d).form())));
    }

    /**
     * "trauert eine Familie um ihre Schildkröte Stig" with "Stig" the object: a word the dictionary does not know,
     * alone right after a noun, is that noun's name, which a question or a moved phrase would leave behind (a
     * negation, which moves nothing, keeps it in place).
     */
    boolean nameReadAsObject(Morphology morphology) {
        return java.util.stream.IntStream.range(0, parse.words().size())
            .anyMatch(w -> nameReadAsObject(parse, w, morphology));
    }

    private static boolean nameReadAsObject(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        return word.relation().equals("obj") && w > 0 && parse.word(w - 1).upos() == Upos.NOUN
            && parse.word(w - 1).head() != w && parse.children(w).isEmpty()
            && Character.isUpperCase(word.form().charAt(0)) && morphology.readings(word.form()).isEmpty()
            && morphology.readings(Words.lower(word.form())).isEmpty();
    }

    /**
     * "am Montag, dem 18. Dezember, im Alter von 58 Jahren" with "im Alter" a conjunct of "Montag": a phrase with a
     * preposition of its own is no second day.
     */
    private static boolean phraseListedWithADay(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("conj") || word.head() < 0 || parse.children(w, "case").isEmpty()) {
            return false;
        }
        String day = parse.word(word.head()).form();
        return (Words.WEEKDAYS.contains(day) || Words.MONTHS.contains(day)) && !Words.WEEKDAYS.contains(word.form())
            && !Words.MONTHS.contains(word.form());
    }

    /** The first word of {@code w}'s phrase, past the comma the parse may have hung on it. */
    private static int firstWordPastItsComma(Parse parse, int w) {
        return parse.subtree(w).stream().filter(a -> !parse.word(a).form().equals(",")).findFirst().orElse(w);
    }

    /** Nouns a bare noun names right after them ("zum Thema interne Revision", "unter dem Motto Freiheit"). */
    private static final Set<String> NAMING_NOUNS = Set.of("Thema", "Motto", "Titel", "Stichwort", "Begriff", "Namen",
        "Name", "Fach", "Bereich", "Kategorie", "Marke", "Projekt", "Programm", "Operation");

    /**
     * "hatte Steinbrück Positives zu vermelden" with "zu vermelden" hung on "Steinbrück": an infinitive with "zu" and
     * its own object, with no comma before it, is the verb's ("haben … zu", "sein … zu"), not a noun's attribute.
     */
    private static boolean zuInfinitiveReadAsAttribute(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("acl") || word.upos() != Upos.VERB || word.head() < 0
            || parse.children(w, "mark").stream().noneMatch(m -> parse.word(m).form().equals("zu"))) {
            return false;
        }
        int first = parse.subtree(w).get(0);
        return first > 0 && parse.word(first).upos() != Upos.PUNCT && parse.word(first - 1).upos() != Upos.PUNCT
            && !parse.children(w, "obj").isEmpty();
    }

    /**
     * "Hongkong wurde Britannien überlassen": which of two names without an article is the subject and which the
     * dative, only knowledge tells; the parse guesses, and a question or statement moving either may turn it round.
     */
    private static boolean twoBareNamesInAPassive(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("nsubj:pass") || !bareName(parse, w) || word.head() < 0) {
            return false;
        }
        return parse.children(word.head()).stream().anyMatch(c -> c != w && Set.of("obj", "iobj", "obl:arg")
            .contains(parse.word(c).relation()) && bareName(parse, c));
    }

    private static boolean bareName(Parse parse, int w) {
        return parse.word(w).upos() == Upos.PROPN && parse.children(w).stream()
            .noneMatch(c -> Set.of("det", "case").contains(parse.word(c).relation()));
    }

    /**
     * "am 27. Januar 1820, drei Tage, bevor Bransfield Land sichtete": a span after a comma that the clause after it
     * measures, cut from that clause by the parse.
     */
    private static boolean spanCutFromItsClause(Parse parse, int w) {
        Word word = parse.word(w);
        return w > 0 && w + 2 < parse.words().size() && word.upos() == Upos.NOUN
            && SPAN_UNITS.contains(word.form()) && !parse.children(w, "nummod").isEmpty()
            && parse.word(w + 1).form().equals(",")
            && Set.of("bevor", "nachdem", "ehe").contains(Words.lower(parse.word(w + 2).form()))
            && parse.word(w + 2).head() >= 0 && parse.word(parse.word(w + 2).head()).head() != w;
    }

    private static final Set<String> SPAN_UNITS = Set.of("Sekunden", "Minuten", "Stunden", "Tage", "Wochen", "Monate",
        "Jahre", "Jahrzehnte", "Tag", "Monat", "Jahr");

    /**
     * "das neue Tonband, das Al-Qaida-Vizechef Aiman az-Zawahiri zugeschrieben wird, …" with "das" an article of an
     * apposition: a verb before the next comma, outside the apposition, shows the comma opened a relative clause.
     */
    static boolean relativeClauseReadAsApposition(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("appos") || w == 0) {
            return false;
        }
        List<Integer> apposition = parse.subtree(w);
        int first = firstWordPastItsComma(parse, w);
        if (first == 0 || !parse.word(first - 1).form().equals(",")
            || !RELATIVE_PRONOUNS.contains(Words.lower(parse.word(first).form()))) {
            return false;
        }
        for (int at = first + 1; at < parse.words().size() && !parse.word(at).form().equals(","); at++) {
            Upos upos = parse.word(at).upos();
            // "das Schloss Sanssouci, das Friedrich der Große erbauen ließ" with the clause hung on the name in it:
            // a verb that ends it
            boolean last = at + 1 == parse.words().size() || parse.word(at + 1).upos() == Upos.PUNCT;
            if ((upos == Upos.VERB || upos == Upos.AUX) && (!apposition.contains(at) || last)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Arten … stehen eine Stufe unter der Einstufung …" with "eine Stufe" the object: a verb of position or motion
     * takes no object in the accusative; the phrase measures how far.
     */
    private static boolean measureReadAsObject(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (!word.relation().equals("obj") || word.head() < 0 || parse.word(word.head()).upos() != Upos.VERB) {
            return false;
        }
        List<Morph> verbs = morphology.readings(parse.word(word.head()).form()).stream()
            .filter(m -> m.upos() == Upos.VERB).toList();
        return !verbs.isEmpty() && verbs.stream().allMatch(m -> WITHOUT_AN_OBJECT.contains(m.lemma()));
    }

    /** Verbs of position and motion that take no object in the accusative ("Schlange stehen" aside). */
    private static final Set<String> WITHOUT_AN_OBJECT = Set.of("stehen", "liegen", "sitzen", "kommen", "gehen",
        "fallen", "steigen", "sinken", "bleiben", "wohnen", "schlafen", "sterben", "gelangen", "geraten", "erfolgen",
        "geschehen", "entstehen", "stattfinden");

    /**
     * "Das Ministerium hat Pressemeldungen … zurückgewiesen" with "hat" the root and "zurückgewiesen" its conjunct: an
     * auxiliary whose participle the parse coordinated with it, which a question would leave out.
     */
    private static boolean auxiliaryCutFromItsParticiple(Parse parse, int head) {
        return parse.word(head).upos() == Upos.AUX && parse.children(head, "cop").isEmpty()
            && parse.children(head, "conj").stream().anyMatch(c -> parse.word(c).upos() == Upos.VERB
                && parse.children(c, "nsubj").isEmpty() && parse.children(c, "nsubj:pass").isEmpty());
    }

    /**
     * "Einen entsprechenden Antrag haben die jungen SPÖler, vertreten durch …, bereits … eingebracht." with "haben" a
     * full verb and "eingebracht" hung inside the words between the commas: a form of haben, sein or werden as the
     * clause's only verb, and a participle with no auxiliary of its own closing the sentence, outside any clause of
     * its own, is the clause's verb cut off.
     */
    private static boolean participleAtTheEndCutOff(Parse parse, int head, Morphology morphology) {
        if (!HABEN_SEIN_WERDEN.contains(Words.lower(parse.word(head).form()))
            || parse.children(head).stream().anyMatch(c -> parse.word(c).relation().startsWith("aux"))) {
            return false;
        }
        int last = parse.words().size() - 1;
        while (last >= 0 && parse.word(last).upos() == Upos.PUNCT) {
            last--;
        }
        if (last <= head || parse.word(last).upos() != Upos.VERB || !parse.children(last, "aux").isEmpty()
            || !parse.children(last, "aux:pass").isEmpty() || morphology.readings(parse.word(last).form()).stream()
                .noneMatch(m -> m.upos() == Upos.VERB && m.has(Feature.PARTICIPLE))) {
            return false;
        }
        boolean insideAnotherPhrase = false;
        for (int at = last; at >= 0 && at != head; at = parse.word(at).head()) {
            int verb = at;
            if (!parse.children(verb, "mark").isEmpty() || parse.children(verb).stream()
                .anyMatch(c -> RELATIVE_PRONOUNS.contains(Words.lower(parse.word(c).form())) && c < verb)) {
                return false;
            }
            // "haben … versehen/xcomp und … angekündigt/conj": the participles, misparsed as they are, are still the
            // clause's own, and the questions keep them
            insideAnotherPhrase |= !Set.of("conj", "xcomp").contains(parse.word(verb).relation());
        }
        return insideAnotherPhrase;
    }

    private static final Set<String> HABEN_SEIN_WERDEN = Set.of("hat", "haben", "hatte", "hatten", "habe", "hätte",
        "hätten", "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "wird", "werden", "wurde", "wurden");

    /**
     * "Würde/NOUN das Objekt aufgeteilt, müssten …" with "Würde" the subject of "aufgeteilt": a participle with a
     * subject and an object of its own but no auxiliary is a clause the parse misread.
     */
    private static boolean participleWithoutItsAuxiliary(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (word.upos() != Upos.VERB || parse.children(w, "nsubj").isEmpty() || parse.children(w, "obj").isEmpty()
            || !parse.children(w, "aux").isEmpty() || !parse.children(w, "aux:pass").isEmpty()) {
            return false;
        }
        List<Morph> readings = morphology.readings(word.form()).stream().filter(m -> m.upos() == Upos.VERB).toList();
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.PARTICIPLE));
    }

    /**
     * "tritt Iggy | Pop am 4. Juni … auf" with "Pop" the object: a bare capitalised noun right after a one-word name
     * that is the subject is the rest of that name ("Heute spielt Peter Klavier", rare in the news, is refused too).
     */
    private static boolean surnameReadAsAnArgument(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (!word.relation().startsWith("nsubj") || word.upos() != Upos.PROPN || !parse.children(w).isEmpty()
            || w + 1 >= parse.words().size()) {
            return false;
        }
        Word next = parse.word(w + 1);
        return Set.of(Upos.NOUN, Upos.PROPN).contains(next.upos()) && Character.isUpperCase(next.form().charAt(0))
            && next.head() == word.head() && Set.of("obj", "obl", "iobj").contains(next.relation())
            && parse.children(w + 1).isEmpty()
            && morphology.readings(word.form()).stream().noneMatch(m -> m.upos() == Upos.NOUN && !m.has(Feature.GIVEN_NAME));
    }

    /**
     * "entledigt sich Strache des letzten Repräsentanten …" with the genitive the name's: a name takes no genitive
     * after it, the verb does.
     */
    private static boolean genitiveObjectHungOnAName(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (!word.relation().equals("nmod") || word.head() < 0 || !parse.children(w, "case").isEmpty()
            || word.upos() != Upos.NOUN) {
            return false;
        }
        Word name = parse.word(word.head());
        // "Strache/NOUN": a name the tagger took for a noun, which the dictionary does not know as one
        boolean aName = name.upos() == Upos.PROPN || name.upos() == Upos.NOUN
            && parse.children(word.head(), "det").isEmpty()
            && morphology.readings(name.form()).stream().noneMatch(m -> m.upos() == Upos.NOUN);
        if (!aName) {
            return false;
        }
        return name.relation().startsWith("nsubj") && parse.children(w, "det").stream()
            .anyMatch(d -> Words.lower(parse.word(d).form()).equals("des"))
            && parse.children(word.head(), "flat").isEmpty() && w > word.head();
    }

    /**
     * "versuchten … den Rücktritt eines Regierungsmitglieds bzw. der Bundesregierung zu erzwingen" with "erzwingen" a
     * conjunct of "versuchten": an infinitive with "zu" is what the verb tries, no second verb beside it.
     */
    private static boolean zuInfinitiveCoordinatedWithAFiniteVerb(Parse parse, int w) {
        Word word = parse.word(w);
        return word.relation().equals("conj") && word.upos() == Upos.VERB && word.head() >= 0
            && parse.children(w, "mark").stream().anyMatch(m -> parse.word(m).form().equals("zu"))
            && Set.of(Upos.VERB, Upos.AUX).contains(parse.word(word.head()).upos())
            && parse.children(word.head(), "mark").isEmpty();
    }

    /**
     * "Ganz/PROPN starr sollen die Tageskontingente … gehandhabt werden": an adverb opening the sentence, which the
     * tagger took for a name and the parse hung loose.
     */
    private static boolean adverbTaggedAsAName(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        List<Morph> readings = morphology.readings(Words.lower(word.form()));
        return w == 0 && word.upos() == Upos.PROPN && word.relation().equals("dep") && !readings.isEmpty()
            && readings.stream().allMatch(m -> m.upos() == Upos.ADV || m.upos() == Upos.ADJ);
    }

    /**
     * "Fix ist FP-Landeschef Johann Tschürtz als … Stellvertreter" with "Fix" the subject: an adjective that opens
     * the sentence is the predicate of a copula whose noun names someone, and that one is the subject.
     */
    private static boolean adjectiveReadAsTheSubjectOfANamingCopula(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (w != 0 || !word.relation().startsWith("nsubj") || !parse.children(w).isEmpty() || word.head() < 0
            || parse.children(word.head(), "cop").isEmpty()) {
            return false;
        }
        boolean adjective = morphology.readings(Words.lower(word.form())).stream().anyMatch(m -> m.upos() == Upos.ADJ)
            && morphology.readings(word.form()).stream().noneMatch(m -> m.has(Feature.GIVEN_NAME) || m.has(Feature.SURNAME));
        return adjective && parse.children(word.head()).stream()
            .anyMatch(c -> parse.word(c).upos() == Upos.PROPN && Set.of("appos", "flat").contains(parse.word(c).relation()));
    }

    /**
     * "Als Grund nannte die Behörde einen Personalengpass angeführt": a participle with its own object beside a
     * finite full verb, two versions of the sentence run together, of which neither is whole.
     */
    private static boolean participleBesideAFullFiniteVerb(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (word.upos() != Upos.VERB || !word.relation().equals("xcomp") || word.head() < 0
            || parse.word(word.head()).upos() != Upos.VERB || parse.children(w, "obj").isEmpty()
            || !parse.children(w, "mark").isEmpty()) {
            return false;
        }
        List<Morph> own = morphology.readings(word.form()).stream().filter(m -> m.upos() == Upos.VERB).toList();
        List<Morph> governing = morphology.readings(parse.word(word.head()).form()).stream()
            .filter(m -> m.upos() == Upos.VERB).toList();
        return !own.isEmpty() && own.stream().allMatch(m -> m.has(Feature.PARTICIPLE))
            && governing.stream().anyMatch(m -> m.has(Feature.FINITE))
            && governing.stream().noneMatch(m -> Set.of("bekommen", "kriegen", "erhalten", "halten", "kommen")
                .contains(m.lemma()));
    }

    /**
     * "veröffentlicht der 68-Jährige „Post Pop Depression“" with the album the singer's apposition: a title in
     * quotation marks is no name of someone given by their age, and a clause without an object has it there.
     */
    private static boolean titleInAppositionToAnAge(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("appos") || word.head() < 0 || w == 0) {
            return false;
        }
        Word owner = parse.word(word.head());
        return openedByAQuotationMark(parse, w) && owner.form().matches("\\d+-Jährige[rn]?") && owner.relation().startsWith("nsubj")
            && owner.head() >= 0 && parse.children(owner.head(), "obj").isEmpty();
    }

    /**
     * "singt ein Chor jeweils das Gedicht "An die Freude" von Friedrich Schiller" with the title hung on the verb: a
     * title in quotation marks right after a common noun names what the noun is, and the two go together.
     */
    private static boolean titleCutFromItsNoun(Parse parse, int w, int head) {
        Word word = parse.word(w);
        int first = parse.subtree(w).get(0);
        if (word.head() != head || first == 0 || !OPENING_QUOTES.contains(parse.word(first).form())) {
            return false;
        }
        Word before = parse.word(first - 1);
        return before.upos() == Upos.NOUN && before.head() == head
            && Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl").contains(before.relation());
    }

    /**
     * "Der kurz nach der Tat … verhaftete 15 Jahre alte Junge wurde … angeklagt" with "Der" the subject of
     * "verhaftete": an article the tagger saw as one is no phrase of its own.
     */
    private static boolean articleAsAnArgument(Parse parse, int w) {
        Word word = parse.word(w);
        // not "die Limousine F3, die im Land … Marktführer ist", a relative pronoun tagged as an article
        boolean relative = w > 0 && parse.word(w - 1).form().equals(",")
            || word.head() >= 0 && parse.word(word.head()).relation().startsWith("acl");
        return word.upos() == Upos.DET && Set.of("nsubj", "nsubj:pass", "obj", "iobj").contains(word.relation())
            && parse.children(w).isEmpty() && Words.ARTICLES.contains(Words.lower(word.form())) && !relative;
    }

    /**
     * "Kaesong gerät erst in Gefahr wenn die Abläufe stoppen" with "stoppen" coordinated by "wenn": a subordinating
     * conjunction read as "und" opens a clause the parse does not see.
     */
    private static boolean subordinatorReadAsACoordinator(Parse parse, int w) {
        Word word = parse.word(w);
        return word.relation().equals("cc") && SUBORDINATORS.contains(Words.lower(word.form()));
    }

    private static final Set<String> SUBORDINATORS = Set.of("wenn", "weil", "dass", "ob", "obwohl", "falls", "da",
        "als", "nachdem", "bevor", "während", "sobald", "damit");

    /** "ist … gestern | Abend nach dem Spiel zurückgetreten": the part of the day belongs to its day. */
    private static boolean dayPartCutFromItsDay(Parse parse, int w) {
        Word word = parse.word(w);
        if (w + 1 >= parse.words().size() || !Set.of("gestern", "heute", "morgen", "vorgestern")
            .contains(Words.lower(word.form()))) {
            return false;
        }
        Word next = parse.word(w + 1);
        return Set.of("Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend", "Nacht").contains(next.form())
            && next.head() != w && word.head() != w + 1;
    }

    /**
     * "Das genaue Wahlergebnis könnte einen neuen Bürgerkrieg auslösen, ist die unausgesprochene Angst …" with "Angst"
     * coordinated: a copula right after the comma, with no subject of its own, has the clause before it for one.
     */
    private static boolean clauseAsSubjectOfACopula(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("conj") || parse.children(w, "cop").isEmpty()
            || parse.children(w).stream().anyMatch(c -> parse.word(c).relation().startsWith("nsubj"))) {
            return false;
        }
        int first = parse.subtree(w).get(0);
        int copula = parse.word(first).form().equals(",") ? first + 1 : first;
        return copula > 0 && parse.word(copula - 1).form().equals(",") && parse.children(w, "cop").contains(copula);
    }

    /**
     * "Die Frage ist ja, was man mit den … Jungtieren machen soll": "sein" with a clause for its predicate says what the
     * subject holds, and asked for, the subject would leave a clause no question can stand before.
     */
    private static boolean clauseAsThePredicate(Parse parse, int w, int head) {
        return parse.word(w).relation().equals("ccomp") && parse.word(w).head() == head
            && SEIN_FORMS.contains(Words.lower(parse.word(head).form()));
    }

    /**
     * "Besonders sind betroffen ältere Menschen" with "betroffen" an attribute of "Menschen": a participle before its
     * noun is inflected, so one without an ending is the predicate.
     */
    private static boolean uninflectedParticipleAsAttribute(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        // not "ein Lösegeld von umgerechnet 7,3 Millionen Euro": before an inflected adjective
        if (word.upos() != Upos.ADJ || !word.relation().equals("amod") || w >= word.head()
            || parse.word(word.head()).upos() != Upos.NOUN || parse.word(w + 1).upos() != Upos.ADJ) {
            return false;
        }
        List<Morph> adjective = morphology.readings(word.form()).stream().filter(m -> m.upos() == Upos.ADJ).toList();
        return !adjective.isEmpty() && adjective.stream().allMatch(m -> m.has(Feature.PARTICIPLE)
            && !m.has(Feature.NOMINATIVE) && !m.has(Feature.ACCUSATIVE) && !m.has(Feature.DATIVE)
            && !m.has(Feature.GENITIVE));
    }

    /**
     * "Straßen und Zugstrecken wurden gesperrt, Flugverbindungen gestrichen": a participle after a comma with an object
     * of its own is a second clause whose auxiliary the sentence leaves out.
     */
    private static boolean participleAfterACommaWithItsOwnObject(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (!word.relation().equals("xcomp") || !parse.children(w, "mark").isEmpty() || parse.children(w).stream()
            .noneMatch(c -> Set.of("obj", "nsubj", "nsubj:pass").contains(parse.word(c).relation()))) {
            return false;
        }
        int first = parse.subtree(w).get(0);
        List<Morph> verb = morphology.readings(word.form()).stream().filter(m -> m.upos() == Upos.VERB).toList();
        boolean participle = verb.stream().anyMatch(m -> m.has(Feature.PARTICIPLE))
            && verb.stream().noneMatch(m -> m.has(Feature.INFINITIVE));
        return participle && first > 0
            && (parse.word(first - 1).form().equals(",") || parse.word(first).form().equals(","));
    }

    /**
     * "überstieg die der Vergleichsgruppe", with both articles side by side on one noun: the first stands for a noun of
     * its own.
     */
    private static boolean twoArticles(Parse parse, int w) {
        List<Integer> articles = parse.children(w).stream().filter(c -> parse.word(c).relation().equals("det")
            && Words.ARTICLES.contains(Words.lower(parse.word(c).form()))).toList();
        return articles.size() > 1 && articles.get(1) == articles.get(0) + 1;
    }

    /**
     * "Die Gefährdung … ist bei Frauen noch höher als bei Männern, stellten die Wissenschaftler außerdem fest" with
     * "ist" the auxiliary of "stellten": an auxiliary and its verb one comma apart (an aside has two) are in two
     * clauses.
     */
    private static boolean auxiliaryAcrossAComma(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.baseRelation().equals("aux") && !word.relation().equals("cop") || word.head() < 0) {
            return false;
        }
        int from = Math.min(w, word.head());
        int to = Math.max(w, word.head());
        // not the commas of a list ("an EU-Syrien-Fonds, EU-Afrika-Fonds und UN-Organisationen fließen")
        long commas = java.util.stream.IntStream.range(from + 1, to).filter(i -> parse.word(i).form().equals(",")
            && (parse.word(i).head() < 0 || !parse.word(parse.word(i).head()).relation().equals("conj"))).count();
        return commas % 2 == 1;
    }

    /**
     * "erhielt die Krankheit, die früher … auftrat, ihren Namen" with "ihren Namen" an apposition of the subject: an
     * apposition of a subject with an article that is never nominative is the verb's object.
     */
    private static boolean appositionInAnotherCase(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("appos") || word.head() < 0
            || !parse.word(word.head()).relation().startsWith("nsubj")) {
            return false;
        }
        return parse.children(w).stream().filter(c -> parse.word(c).relation().startsWith("det"))
            .anyMatch(c -> NEVER_NOMINATIVE.contains(Words.lower(parse.word(c).form())));
    }

    /**
     * "erlitt die „Do 228“ eine unglimpfliche Landung" with "eine … Landung" an apposition of the subject: an
     * apposition with the indefinite article and no comma, bracket or dash before it is a phrase of the verb.
     */
    private static boolean indefiniteAppositionWithoutAComma(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("appos")) {
            return false;
        }
        int first = parse.subtree(w).get(0);
        while (first < w && parse.word(first).upos() == Upos.PUNCT && !SETTING_OFF.contains(parse.word(first).form())) {
            first++;
        }
        boolean setOff = first > 0 && SETTING_OFF.contains(parse.word(first - 1).form())
            || SETTING_OFF.contains(parse.word(first).form());
        return !setOff && parse.word(first).upos() == Upos.DET && Words.INDEFINITE_ARTICLES.contains(Words.lower(
            parse.word(first).form()));
    }

    /** The marks that set an apposition off from the noun before it. */
    private static final Set<String> SETTING_OFF = Set.of(",", "(", "–", "-", ":");

    /**
     * "drangen … die Brandstifter in die Moschee ein" with "in die Moschee" hung on the subject: a phrase in the
     * accusative after the preposition of the verb's separable particle ("ein" and "in", "auf" and "auf") is the
     * verb's, wherever the parse hung it.
     */
    private static boolean particlesDirectionInsideAPhrase(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("nmod") || word.head() < 0 || parse.word(word.head()).head() < 0) {
            return false;
        }
        List<Integer> cases = parse.children(w, "case");
        List<Integer> articles = parse.children(w, "det");
        if (cases.isEmpty()) {
            return false;
        }
        String preposition = Words.lower(parse.word(cases.get(0)).form());
        String written = Words.lower(parse.sentence().tokens().get(parse.word(cases.get(0)).token()).text());
        boolean accusative = Set.of("ins", "aufs", "ans").contains(written) || !articles.isEmpty()
            && Set.of("die", "das").contains(Words.lower(parse.word(articles.get(0)).form()))
            && Set.of("in", "auf", "an").contains(preposition);
        int verb = parse.word(word.head()).head();
        return accusative && parse.children(verb, "compound:prt").stream().map(p -> Words.lower(parse.word(p).form()))
            .anyMatch(particle -> particle.equals(preposition) || particle.equals("ein") && preposition.equals("in")
                || particle.equals("hinein") && preposition.equals("in"));
    }

    /**
     * "sah dann der Leverkusener Stefan Reinartz Gelb" with "Gelb" the end of the name: after a given name and a
     * surname, a word the dictionary knows only as a common noun or an adjective is no part of the name.
     */
    private static boolean commonWordAfterAFullName(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (!word.relation().equals("flat") || word.head() < 0 || w < 2 || parse.word(w - 1).upos() != Upos.PROPN
            || parse.word(w - 2).upos() != Upos.PROPN || parse.children(word.head(), "flat").stream()
                .anyMatch(c -> c > w)) {
            return false;
        }
        if (morphology.readings(parse.word(w - 2).form()).stream().noneMatch(m -> m.has(Feature.GIVEN_NAME))) {
            return false;
        }
        List<Morph> readings = java.util.stream.Stream.of(word.form(), Words.lower(word.form())).distinct()
            .flatMap(form -> morphology.readings(form).stream()).toList();
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.ADJ)
            && readings.stream().noneMatch(m -> m.has(Feature.GIVEN_NAME) || m.has(Feature.SURNAME));
    }

    private static final Set<String> NEVER_NOMINATIVE = Set.of("den", "dem", "des", "einen", "einem", "eines",
        "diesen", "diesem", "ihren", "ihrem", "seinen", "seinem", "meinen", "meinem", "unseren", "unserem");

    /**
     * "mit der Veröffentlichung der Version | 17.10 Ende Oktober": a number right after a noun such as "Version" or
     * "Kapitel" names the one it is, and belongs to it whatever the parse says.
     */
    private static boolean numberCutFromTheNounItNames(Parse parse, int w) {
        Word word = parse.word(w);
        if (word.upos() != Upos.NUM || w == 0 || word.head() == w - 1
            || parse.word(w - 1).token() != word.token() - 1) {
            return false;
        }
        Word before = parse.word(w - 1);
        // "die Playstation 3 zwar …", "das Profil 1.1 für jede … Hardware": a number after a name or a noun, with no
        // noun after it that it counts, is the one's number
        boolean countsNothingAfter = w + 1 >= parse.words().size()
            || !Set.of(Upos.NOUN, Upos.PROPN, Upos.ADJ, Upos.NUM).contains(parse.word(w + 1).upos());
        boolean named = (before.upos() == Upos.NOUN || before.upos() == Upos.PROPN) && countsNothingAfter
            && word.form().matches("\\d+(\\.\\d+)?")
            && !parse.children(w - 1).isEmpty() && parse.children(w - 1).stream()
                .anyMatch(c -> parse.word(c).relation().startsWith("det"));
        return NUMBERED.contains(before.form()) || named;
    }

    private static final Set<String> NUMBERED = Set.of("Version", "Nummer", "Kapitel", "Artikel", "Paragraf",
        "Paragraph", "Absatz", "Seite", "Gleis", "Linie", "Staffel", "Folge", "Episode", "Level", "Stufe", "Runde",
        "Halle", "Saal", "Raum", "Zimmer", "Terminal", "Bahnsteig", "Tor",
        // "bis zum ersten Halbjahr | 2021": a year after the period it dates
        "Halbjahr", "Halbjahres", "Quartal", "Quartals");

    /**
     * "Team von Arsene Wenger kämpft in Griechenland …", "Außenministerium streicht …": a body in the singular as
     * subject with no article, as a headline or a teaser writes, which no question or statement may copy.
     */
    private static boolean headlineSubject(Parse parse, List<Part> parts, Morphology morphology) {
        return parts.stream().anyMatch(part -> {
            Word head = parse.word(part.word());
            return head.relation().equals("nsubj") && head.upos() == Upos.NOUN && part.from() == part.word()
                && WhPhrases.bodyThatTakesAnArticle(head.form(), morphology)
                && parse.children(part.word()).stream().map(c -> parse.word(c).baseRelation())
                    .noneMatch(r -> Set.of("det", "nummod", "amod", "appos", "flat", "conj").contains(r));
        });
    }

    /**
     * "ruft Griechenlands/nsubj geschlagene Linke/obj … auf": a name in the genitive, which only ever stands before the
     * noun it belongs to, read as a subject or an object of its own.
     */
    private static boolean genitiveNameAsAnArgument(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (!Set.of("nsubj", "nsubj:pass", "obj", "iobj").contains(word.relation()) || !word.form().endsWith("s")
            || w + 1 >= parse.words().size()
            || parse.word(w + 1).upos() != Upos.ADJ && parse.word(w + 1).upos() != Upos.NOUN) {
            return false;
        }
        List<Morph> readings = morphology.readings(word.form());
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.GENITIVE));
    }

    /**
     * "ein Dauergast in der K.o.-Phase schwer/amod unter Druck": an adjective hung on a noun before it, where German
     * puts none, is the clause's predicate or adverb the parse took into the phrase.
     */
    private static boolean adjectiveAfterItsNoun(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (!word.relation().equals("amod") || word.upos() != Upos.ADJ || word.head() < 0 || word.head() > w
            || parse.word(word.head()).upos() != Upos.NOUN
            // "der Hochhaus-Trakt links vom Haupteingang": an adverb of place, which may follow its noun
            || Set.of("links", "rechts", "oben", "unten", "vorne", "hinten").contains(word.form())) {
            return false;
        }
        int root = parse.root();
        boolean particle = root >= 0 && morphology.readings(parse.word(root).form()).stream()
            .filter(m -> m.upos() == Upos.VERB)
            .anyMatch(m -> morphology.readings(Words.lower(word.form()) + m.lemma()).stream()
                .anyMatch(v -> v.upos() == Upos.VERB));
        if (particle) {
            // "gab … einen Schuldenerlass … bekannt/amod": the particle of "bekanntgeben", which the verb's questions keep
            return false;
        }
        return java.util.stream.IntStream.range(word.head() + 1, w)
            .noneMatch(k -> Set.of(",", "(", ")", ";", ":", "–", "—").contains(parse.word(k).form()));
    }

    /**
     * "hatte Klagen zweier Abgeordneter abgewiesen" with "zweier Abgeordneter" a phrase of the verb: a number in the
     * genitive belongs to the noun before it.
     */
    private static boolean numeralGenitiveAlone(Parse parse, int w) {
        Word word = parse.word(w);
        if (word.head() < 0 || !Set.of("zweier", "dreier").contains(Words.lower(word.form()))) {
            return false;
        }
        Word phrase = parse.word(word.head());
        return phrase.head() >= 0 && (phrase.relation().equals("obj") || phrase.relation().startsWith("obl")
            || phrase.relation().startsWith("nsubj")) && parse.word(phrase.head()).upos() == Upos.VERB;
    }

    /**
     * "führten … eine großangelegte Suche nach den … Häftlingen durch" with "durch" the preposition of "Suche": a word
     * that may be a verb's particle, last in its clause with its noun before it, is that particle.
     */
    private static boolean particleReadAsAPreposition(Parse parse, int w) {
        Word word = parse.word(w);
        return word.relation().equals("case") && word.head() >= 0 && word.head() < w
            && PARTICLES_LIKE_PREPOSITIONS.contains(word.form().toLowerCase(java.util.Locale.GERMAN))
            && w + 1 < parse.words().size() && parse.word(w + 1).upos() == Upos.PUNCT;
    }

    private static final Set<String> PARTICLES_LIKE_PREPOSITIONS = Set.of("durch", "an", "auf", "aus", "ein", "mit",
        "vor", "zu", "ab", "nach", "um", "bei", "fest", "vorbei", "zurück");

    /** "offiziellen Angaben zufolge etwa 200 Menschen" with "zufolge" the preposition of "Menschen": it follows its noun. */
    private static boolean zufolgeBeforeANoun(Parse parse, int w) {
        Word word = parse.word(w);
        return word.form().equalsIgnoreCase("zufolge") && word.head() > w;
    }

    /**
     * "hatte die Deutsche/NOUN Bischofskonferenz/PROPN beschlossen" with "die Deutsche" the object and the name the
     * subject: an adjective's form with its article, taken for a noun, right before a name without one is the
     * adjective of that name.
     */
    private static boolean adjectiveOfANameReadAsANoun(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        if (word.upos() != Upos.NOUN || w + 1 >= parse.words().size() || parse.children(w, "det").isEmpty()
            || !word.form().matches("\\p{Lu}\\p{Ll}+(e|en|er|es)") || morphology
                .readings(word.form().toLowerCase(java.util.Locale.GERMAN)).stream().noneMatch(m -> m.upos() == Upos.ADJ)) {
            return false;
        }
        Word next = parse.word(w + 1);
        return Set.of(Upos.NOUN, Upos.PROPN).contains(next.upos()) && next.head() != w && next.head() == word.head()
            && parse.children(w + 1, "det").isEmpty() && (next.relation().startsWith("nsubj") || next.relation().equals("obj"));
    }

    /**
     * "entspricht das einem Ergebnis von 0,48 Euro" with "das" an article of "Ergebnis": a definite article before an
     * indefinite one of the same noun is a pronoun the parse took into the phrase.
     */
    private static boolean pronounReadAsAnArticle(Parse parse, int w) {
        List<Integer> articles = parse.children(w, "det");
        return articles.size() >= 2
            && DEFINITE.contains(parse.word(articles.get(0)).form().toLowerCase(java.util.Locale.GERMAN))
            && parse.word(articles.get(1)).form().toLowerCase(java.util.Locale.GERMAN).startsWith("ein");
    }

    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "dem", "den", "des");

    /**
     * "Hubschrauber kreisten über dem Gelände und Krankenwagen heulen über das Gelände" with "Krankenwagen" coordinated
     * with "Gelände" and "heulen" hung on "kreisten": a verb without "zu" right after a coordinated noun is the verb of
     * a second clause, of which that noun is the subject.
     */
    private static boolean clauseAfterACoordinatedNoun(Parse parse, int w) {
        Word word = parse.word(w);
        return word.relation().equals("xcomp") && word.upos() == Upos.VERB && w > 0
            && parse.children(w, "mark").isEmpty() && parse.word(w - 1).relation().equals("conj")
            && Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(w - 1).upos());
    }

    /**
     * "76 Prozent … stimmten für, 24 Prozent gegen die Ausweitung …": a preposition right before a comma, whose noun
     * the sentence leaves out to say it once for two clauses; the parse joins what the gap divides.
     */
    private static boolean prepositionBeforeAGap(Parse parse, int w) {
        return parse.word(w).relation().equals("case") && w + 1 < parse.words().size()
            && parse.word(w + 1).upos() == Upos.PUNCT && parse.word(w + 1).form().equals(",");
    }

    /**
     * "in Belgien einem Haftrichter vorgeführt" with "einem Haftrichter" an attribute of "Belgien": a noun's attribute
     * without a preposition is in the genitive, never opened by "dem", "einem" or "den"; the phrase is the verb's.
     */
    private static boolean attributeInTheDativeOrAccusative(Parse parse, int w) {
        Word word = parse.word(w);
        return word.relation().equals("nmod") && word.upos() == Upos.NOUN && word.head() >= 0
            && Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(word.head()).upos()) && parse.children(w, "case").isEmpty()
            && parse.children(w, "det").stream().anyMatch(d -> d < w
                && NOT_GENITIVE.contains(parse.word(d).form().toLowerCase(java.util.Locale.GERMAN)));
    }

    private static final Set<String> NOT_GENITIVE = Set.of("dem", "einem", "den", "einen", "diesem", "diesen",
        "keinem", "keinen", "jedem");

    /**
     * "liegt … die zurückhaltende Äußerung vor, er werde sich …": a noun of saying or thinking whose content the clause
     * after its comma gives, which a question or statement on the main clause would leave out.
     */
    private static boolean contentCutOff(Parse parse, Part part) {
        // "eine Ergänzung des Gesetzes mit dem Ziel, … zu stärken": the noun may head a phrase inside the part
        int noun = part.word();
        for (int w = part.from(); w < part.to() && !CONTENT_NOUNS.contains(parse.word(noun).form()); w++) {
            if ((CONTENT_NOUNS.contains(parse.word(w).form()) || parse.word(w).form().equals("Ziel"))
                && parse.word(w + 1).form().equals(",")) {
                noun = w;
            }
        }
        // "verfolgen das Ziel, ein … Betriebssystem zu schaffen": the phrase's own aim keeps its clause in a question
        boolean nestedAim = noun != part.word() && parse.word(noun).form().equals("Ziel");
        if (part.verbal() || !CONTENT_NOUNS.contains(parse.word(noun).form()) && !nestedAim) {
            return false;
        }
        int comma = noun + 1;
        // "liegt … die Äußerung vor, er werde …": the verb's particle may stand between the noun and its content
        while (comma < parse.words().size() && parse.word(comma).relation().equals("compound:prt")) {
            comma++;
        }
        if (comma + 1 >= parse.words().size() || !parse.word(comma).form().equals(",")) {
            return false;
        }
        Word next = parse.word(comma + 1);
        // "die Ankündigung, der Iran werde …": an article, not a relative pronoun
        boolean relative = RELATIVE_PRONOUNS.contains(Words.lower(next.form())) && !next.relation().equals("det");
        return !relative && next.upos() != Upos.CCONJ;
    }

    /** Nouns whose content a clause after them gives ("die Ankündigung, der Iran werde …", "die Sorge, dass …"). */
    static final Set<String> CONTENT_NOUNS = Set.of("Äußerung", "Aussage", "Erklärung", "Ankündigung",
        "Mitteilung", "Meldung", "Hinweis", "Hinweise", "Forderung", "Warnung", "Behauptung", "Vermutung",
        "Befürchtung", "Hoffnung", "Angst", "Sorge", "Frage", "Nachricht", "Information", "Informationen", "Vorwurf",
        "Vorwürfe", "Ansicht", "Meinung", "Auffassung", "Überzeugung", "Eindruck", "Gerücht", "Gerüchte", "Annahme",
        "Verdacht", "Zusage", "Versprechen", "Bedingung", "Idee", "Vorschlag", "Beschluss", "Entscheidung",
        "Tatsache", "Zusicherung", "Drohung", "Bitte", "Aufforderung", "Appell", "Einschätzung", "Schluss",
        "Feststellung", "Vereinbarung", "Botschaft", "Versicherung");

    /** "die einzige Hochschule", "der erste Politiker", "das größte Land": one of a kind that a clause may define. */
    private static final java.util.regex.Pattern ONE_OF_A_KIND = java.util.regex.Pattern.compile(
        "(einzig|erst|letzt|\\p{L}+(?:st|ßt))e[nmrs]?");

    /**
     * "Clintons Name ist nicht der einzige, der …": a predicate whose relative clause says what it is, which a question
     * or statement on the clause would leave out.
     */
    private static boolean predicateNeedsItsRelativeClause(Parse parse, int head) {
        Word predicate = parse.word(head);
        boolean onlyOne = predicate.upos() == Upos.ADJ || parse.children(head, "amod").stream()
            .anyMatch(a -> ONE_OF_A_KIND.matcher(Words.lower(parse.word(a).form())).matches());
        if (!onlyOne || parse.children(head, "cop").isEmpty()) {
            // "Der Verkäufer war die Firma Cargolifter AG, die …": a clause that adds to a name the predicate gives
            return false;
        }
        return parse.children(head, "acl").stream().map(parse::subtree).anyMatch(clause -> {
            int first = clause.get(0);
            int opening = parse.word(first).form().equals(",") ? first + 1 : first;
            // "das einzige Anbaugebiet, in dem …": the pronoun after its preposition
            int pronoun = opening + 1 < parse.words().size() && parse.word(opening).upos() == Upos.ADP ? opening + 1
                : opening;
            return opening < parse.words().size() && opening > 0 && parse.word(opening - 1).form().equals(",")
                && (RELATIVE_PRONOUNS.contains(Words.lower(parse.word(pronoun).form()))
                    || Words.lower(parse.word(opening).form()).equals("wo"));
        });
    }

    private static final Set<String> NO_GENITIVE_ARTICLES = Set.of("die", "das", "den", "dem", "ein", "eine", "einen",
        "einem");
    private static final Set<String> TIME_NOUNS = Set.of("Jahr", "Jahren", "Jahrhundert", "Jahrhunderts",
        "Jahrzehnt", "Monat", "Woche", "Tag", "Tagen", "Zeit");

    /** "Satelliten": a noun that may be a plural and is never a neuter, which "das" can stand before in no reading. */
    private static boolean pluralNeverNeuter(String form, Morphology morphology) {
        var readings = morphology.readings(form);
        return !form.endsWith("-") && readings.stream().anyMatch(m -> m.has(Feature.PLURAL))
            && readings.stream().allMatch(m -> m.upos() == Upos.NOUN && !m.has(Feature.NEUTER));
    }

    private static boolean nameNeverNeuter(String form, Morphology morphology) {
        var readings = morphology.readings(form);
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.upos() == Upos.PROPN && !m.has(Feature.NEUTER)
            && (m.has(Feature.MASCULINE) || m.has(Feature.FEMININE)));
    }

    private static boolean commonPluralOnly(String form, Morphology morphology) {
        var readings = morphology.readings(form);
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.PLURAL)
            && !m.has(Feature.SURNAME) && !m.has(Feature.GIVEN_NAME));
    }

    /**
     * "warf Lech | Kaczyński Wałęsa … vor": a given name alone, and the surname that follows it in another phrase;
     * "wurde Michael | Ende 1929 … geboren" with a surname that is a noun too.
     */
    private static boolean givenNameCutFromItsSurname(Parse parse, Part part, Part next, Morphology morphology) {
        return next != null && next.from() == part.to() + 1 && part.from() == part.to()
            && parse.word(part.to()).upos() == Upos.PROPN
            && (parse.word(next.from()).upos() == Upos.PROPN || parse.word(next.from()).upos() == Upos.NOUN
                && Character.isUpperCase(parse.word(next.from()).form().charAt(0)))
            && morphology.readings(parse.word(part.to()).form()).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME))
            && morphology.readings(parse.word(part.to()).form()).stream().noneMatch(m -> m.has(Feature.SURNAME));
    }

    /**
     * "Ein Tankflugzeug der US | Air Force ließ …": a name inside one phrase runs on into the next, which the parse took
     * for a phrase of its own ("Merkel | Obama", each a whole phrase, is two).
     */
    private static boolean nameCutInTwo(Parse parse, Part part, Part next) {
        return next != null && next.from() == part.to() + 1 && part.to() != part.word()
            && parse.word(part.to()).upos() == Upos.PROPN && parse.word(next.from()).upos() == Upos.PROPN
            && Character.isUpperCase(parse.word(next.from()).form().charAt(0));
    }

    /**
     * "ließ über der Pfalz 43 | Tonnen Kerosin ab": a number that counts the noun after it, hung on the noun before it.
     */
    private static boolean countCutFromItsNoun(Parse parse, Part part, Part next) {
        Word last = parse.word(part.to());
        return next != null && next.from() == part.to() + 1 && last.form().matches("\\d[\\d.,]*") && part.to() != part.word()
            && last.head() != part.to() && parse.word(last.head()).upos() != Upos.NUM
            && !last.form().matches("(1[5-9]|20)\\d\\d") && parse.word(next.from()).upos() == Upos.NOUN
            && Character.isUpperCase(parse.word(next.from()).form().charAt(0));
    }

    /**
     * "wurden anschließend Tausende inhaftiert" with "anschließend" inside the subject, "wird das AWI in Kürze einen
     * Antrag … stellen" with "in Kürze" on "AWI": an adverb of the clause.
     */
    private static boolean timeAdverbInsideAnArgument(Parse parse, Part part) {
        String relation = parse.word(part.word()).relation();
        if (!relation.startsWith("nsubj") && !relation.equals("obj")) {
            return false;
        }
        boolean adverbFirst = part.from() < part.word()
            && (parse.word(part.from()).upos() == Upos.ADV || parse.word(part.from()).upos() == Upos.ADJ)
            && CLAUSE_ADVERBS.contains(parse.word(part.from()).form().toLowerCase(java.util.Locale.GERMAN));
        boolean adverbialLast = part.to() - 1 > part.word() && CLAUSE_PHRASES.contains(
            Words.lower(parse.word(part.to() - 1).form()) + " " + Words.lower(parse.word(part.to()).form()));
        return adverbFirst || adverbialLast;
    }

    private static final Set<String> CLAUSE_PHRASES = Set.of("in kürze", "in zukunft", "zur zeit", "bis dahin",
        "seit langem", "vor kurzem");

    private static final Set<String> CLAUSE_ADVERBS = Set.of("anschließend", "danach", "dann", "zuvor", "inzwischen",
        "mittlerweile", "gestern", "damals", "zunächst", "seither", "bislang", "bisher", "weiterhin", "daraufhin",
        // "wurden beispielweise mehrfach soziale Netzwerke … gesperrt": how often, of the clause
        "mehrfach", "mehrmals", "wiederholt", "erneut");

    /**
     * "äußerten die Richter „gravierende rechtliche Bedenken“ gegen …" with the quotation the subject's apposition: a
     * phrase in quotation marks right after a subject noun, in a clause with no object, is the object.
     */
    private static boolean quotedObjectReadAsApposition(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("appos") || word.upos() != Upos.NOUN || word.head() < 0) {
            return false;
        }
        Word owner = parse.word(word.head());
        int first = parse.subtree(w).get(0);
        boolean quoted = openedByAQuotationMark(parse, w);
        int opening = OPENING_QUOTES.contains(parse.word(first).form()) ? first : first - 1;
        // a title in quotation marks ("der Kurzfilm „Elephants Dream“") is no phrase opened by a small adjective
        boolean adjectiveFirst = opening + 1 < parse.words().size() && parse.word(opening + 1).upos() == Upos.ADJ
            && Character.isLowerCase(parse.word(opening + 1).form().charAt(0));
        return quoted && adjectiveFirst && owner.relation().startsWith("nsubj") && owner.upos() == Upos.NOUN
            && opening == word.head() + 1 && owner.head() >= 0 && parse.children(owner.head(), "obj").isEmpty();
    }

    /**
     * "den in Afghanistan stationierten deutschen Truppen" with "in Afghanistan" hung on the verb: a phrase with a
     * preposition between an article and the noun it opens belongs to that noun's participle.
     */
    private static boolean phraseInsideAnAttribute(Parse parse, int w) {
        Word word = parse.word(w);
        if (word.upos() != Upos.ADP || !word.relation().equals("case") || w == 0) {
            return false;
        }
        Word before = parse.word(w - 1);
        int phrase = word.head();
        return before.upos() == Upos.DET && before.head() > w && phrase >= 0 && phrase < before.head()
            && !isAncestor(parse, before.head(), phrase);
    }

    private static boolean isAncestor(Parse parse, int ancestor, int word) {
        for (int at = parse.word(word).head(), steps = 0; at >= 0 && steps < parse.words().size();
             at = parse.word(at).head(), steps++) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase of word {@code w} opens with a quotation mark, inside it or right before it. */
    private static boolean openedByAQuotationMark(Parse parse, int w) {
        int first = parse.subtree(w).get(0);
        return OPENING_QUOTES.contains(parse.word(first).form())
            || first > 0 && OPENING_QUOTES.contains(parse.word(first - 1).form());
    }

    private static final Set<String> OPENING_QUOTES = Set.of("„", "``", "»", "\"");

    /**
     * "am Freitag vergangener Woche" with "vergangener Woche" a phrase of its own, which a question would leave behind
     * or a statement put first.
     */
    private static boolean weekOfTheDayCutOff(Parse parse, int w) {
        Word word = parse.word(w);
        return w >= 2 && Set.of("Woche", "Jahres", "Monats").contains(word.form()) && word.relation().startsWith("obl")
            && parse.word(w - 1).upos() == Upos.ADJ && (Words.WEEKDAYS.contains(parse.word(w - 2).form())
                || Words.MONTHS.contains(parse.word(w - 2).form()));
    }

    /** "konnte heute Morgen … abrücken" with "Morgen" the object: the time of day after "heute" or "gestern". */
    private static boolean dayPartAsObject(Parse parse, int w) {
        return w > 0 && "obj".equals(parse.word(w).relation())
            && Set.of("Morgen", "Abend", "Nachmittag", "Vormittag", "Mittag", "Nacht", "früh").contains(parse.word(w).form())
            && Set.of("heute", "gestern", "morgen", "vorgestern").contains(Words.lower(parse.word(w - 1).form()));
    }

    /**
     * "hat sich die Koalition von Präsident Venetiaan durchgesetzt" with "von Präsident …" an agent: a perfect with
     * "haben" is no passive ("von ihm realisiert", a participle alone, may have an agent).
     */
    private static boolean agentWithoutPassive(Parse parse, int w) {
        Word word = parse.word(w);
        return word.relation().equals("obl:agent") && word.head() >= 0
            && parse.children(word.head(), "aux:pass").isEmpty() && parse.children(word.head(), "cop").isEmpty()
            && parse.words().stream().noneMatch(x -> x.relation().equals("aux:pass"))
            && parse.children(word.head(), "aux").stream().map(a -> parse.word(a).form().toLowerCase(java.util.Locale.GERMAN))
                .anyMatch(Set.of("hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten")::contains);
    }

    /**
     * "wurde in Liesing ein Arbeiter von einer Betonplatte/nmod getroffen": a "von" phrase at the end of a passive's
     * subject, in a passive with no agent, is that agent, which moved with the subject would say who the worker is.
     */
    private static boolean agentInsideThePassiveSubject(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("nmod") || word.head() < 0 || word.head() > w
            || !parse.word(word.head()).relation().equals("nsubj:pass") || parse.children(w, "case").stream()
                .noneMatch(c -> Words.lower(parse.word(c).form()).equals("von"))) {
            return false;
        }
        int verb = parse.word(word.head()).head();
        List<Integer> subject = parse.subtree(word.head());
        List<Integer> phrase = parse.subtree(w);
        // "der Hochhaus-Trakt links vom Haupteingang": a "von" the noun's own adverb ties to the noun
        boolean rightAfterTheNoun = phrase.get(0) == word.head() + 1;
        return rightAfterTheNoun && verb >= 0 && parse.children(verb, "obl:agent").isEmpty()
            && subject.get(subject.size() - 1).equals(phrase.get(phrase.size() - 1));
    }

    /** "kostete 40 Menschen das Leben" with "das Leben" hung on "Menschen": a noun on a noun is genitive or has a preposition. */
    private static boolean caselessNounWithAnotherCase(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.relation().equals("nmod") || word.upos() != Upos.NOUN || !parse.children(w, "case").isEmpty()
            || word.head() < 0 || word.head() > w || parse.word(word.head()).upos() != Upos.NOUN) {
            return false;
        }
        return parse.children(w, "det").stream().map(d -> Words.lower(parse.word(d).form()))
            .anyMatch(d -> Set.of("das", "den", "dem", "ein", "einen", "einem").contains(d));
    }

    /** "am 22 | . Juni" with the number and the month two phrases: an ordinal's full stop goes with its number. */
    private static boolean ordinalCutFromItsNoun(Parse parse, Part part) {
        int after = part.to() + 1;
        return parse.word(part.to()).upos() == Upos.NUM && after + 1 < parse.words().size() - 1
            && parse.word(after).form().equals(".") && Character.isUpperCase(parse.word(after + 1).form().charAt(0));
    }

    /** "eine Spur Sahirons" with "Sahirons" an adverb: a capitalised adverb inside a sentence is a name or noun. */
    private static boolean capitalisedAdverb(Parse parse, int w) {
        Word word = parse.word(w);
        return word.upos() == Upos.ADV && w > 0 && Character.isUpperCase(word.form().charAt(0))
            && parse.word(w - 1).upos() != Upos.PUNCT;
    }

    /**
     * "gab die Festnahme gestern … bekannt" with "gestern" a verb and "die Festnahme" its subject: a word the
     * dictionary knows only as another word class, heading phrases as a verb would.
     */
    private static boolean verbTheDictionaryDoesNotKnow(Parse parse, int w, Morphology morphology) {
        Word word = parse.word(w);
        // "ist unterdessen/VERB auf Kritik gestoßen", with the adverb an auxiliary
        boolean auxiliary = word.baseRelation().equals("aux");
        if (word.upos() != Upos.VERB || parse.children(w).isEmpty() && !auxiliary) {
            return false;
        }
        List<Morph> readings = morphology.readings(word.form());
        // "wird … herangezogen", "die in der Galerie gezeigte Fotoserie": the dictionary may know a participle only as
        // the adjective it also is
        return !readings.isEmpty() && readings.stream().noneMatch(m -> m.upos() == Upos.VERB || m.upos() == Upos.AUX
            || m.has(Feature.PARTICIPLE));
    }

    /**
     * "liegen im Bereich der Beobachtung terroristischer … Organisationen" with the genitive an object: an adjective
     * in -er opening a phrase with no article is never accusative.
     */
    private static boolean genitiveReadAsObject(Parse parse, Part part, Morphology morphology) {
        Word first = parse.word(part.from());
        if (!"obj".equals(parse.word(part.word()).relation()) || first.upos() != Upos.ADJ || !first.form().endsWith("er")) {
            return false;
        }
        List<Morph> readings = morphology.readings(first.form());
        return !readings.isEmpty() && readings.stream().noneMatch(m -> m.has(Feature.ACCUSATIVE));
    }

    /**
     * "hatte der Kanzler noch Schalke die Meisterschale gewünscht" with "der Kanzler" the object and Schalke the
     * subject: an article that is never accusative does not open an object.
     */
    private static boolean objectWithAnArticleOfAnotherCase(Parse parse, Part part) {
        Word first = parse.word(part.from());
        return "obj".equals(parse.word(part.word()).relation()) && first.upos() == Upos.DET
            && first.head() == part.word() && NEVER_ACCUSATIVE.contains(Words.lower(first.form()));
    }

    /**
     * "in mehreren Städten | Thailands" with the country's genitive a phrase of its own: a name in -s alone right
     * after a noun is that noun's.
     */
    private static boolean genitiveNameCutFromItsNoun(Parse parse, Part part, Part before) {
        Word first = parse.word(part.from());
        return before != null && first.upos() == Upos.PROPN && first.form().endsWith("s") && first.form().length() > 3
            && before.to() == part.from() - 1 && parse.word(before.to()).upos() == Upos.NOUN && !before.verbal()
            && (first.head() < before.from() || first.head() > before.to());
    }

    private static final Set<String> NEVER_ACCUSATIVE = Set.of("der", "dem", "des", "einem", "einer", "eines");

    /** "mit seinem Tattoo-verzierten Körper sogar zum Unterwäschemodell." with the full stop hung on the phrase. */
    private static boolean endsTheSentence(Parse parse, Part part) {
        int last = parse.words().size() - 1;
        return part.to() == last && part.word() != last && parse.word(last).upos() == Upos.PUNCT
            && Set.of(".", "!", "?").contains(parse.word(last).form());
    }

    /**
     * "wurde ein Prediger zugeschaltet, der alle aufforderte, nicht mehr Israel zu unterstützen" with the infinitive
     * hung on "zugeschaltet": after a relative clause, an infinitive clause is the relative clause's.
     */
    private static boolean infinitiveAfterARelativeClause(Parse parse, int head, Part part) {
        if (!"xcomp".equals(parse.word(part.word()).relation()) || part.from() < 2
            || !parse.word(part.from() - 1).form().equals(",")) {
            return false;
        }
        int before = part.from() - 2;
        for (int w = before; w >= 0 && w != head; w = parse.word(w).head()) {
            if (parse.word(w).relation().equals("acl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "geht nach der Auffindesituation von einem Verbrechen aus" with "von einem Verbrechen" hung on the phrase before:
     * a phrase that holds the verb's prepositional object, which the clause has nowhere else.
     */
    static boolean holdsTheVerbsObject(Parse parse, int head, Part part, List<Part> parts, Morphology morphology) {
        String particle = parse.children(head, "compound:prt").stream()
            .map(c -> parse.word(c).form().toLowerCase(java.util.Locale.GERMAN)).findFirst().orElse("");
        Set<String> objects = morphology.readings(parse.word(head).form()).stream().filter(m -> m.upos() == Upos.VERB)
            .flatMap(m -> PrepositionalObjects.obligatory(particle + m.lemma()).stream())
            .collect(java.util.stream.Collectors.toSet());
        // "schützt … vor der Kälte" has its object, whatever "gegen" may stand inside another phrase
        return parts.stream().noneMatch(p -> objects.contains(Words.lower(parse.word(p.from()).form())))
            && parse.subtree(part.word()).stream().anyMatch(w -> parse.word(w).relation().equals("case")
                && objects.contains(Words.lower(parse.word(w).form())));
    }

    /** Whether word {@code w} and the clause's verb make a separable verb the dictionary knows ("hervorstechen"). */
    private static boolean particleOfTheVerb(Parse parse, int w, int head, Morphology morphology) {
        String particle = Words.lower(parse.word(w).form());
        return particle.length() > 2 && morphology.readings(parse.word(head).form()).stream()
            .filter(m -> m.upos() == Upos.VERB)
            .anyMatch(m -> morphology.readings(particle + m.lemma()).stream().anyMatch(r -> r.upos() == Upos.VERB
                && r.lemma().equals(particle + m.lemma())));
    }

    /**
     * "herrscht indes Unzufriedenheit mit Van der Bellens Kandidatur" with "mit …" hung on the verb: a verb that only
     * says something is there takes no such phrase, which belongs to the noun right before it; neither is asked for
     * or moved alone.
     */
    boolean phraseOfTheNounBeforeIt(Part part, Morphology morphology) {
        List<Part> all = new ArrayList<>(constituents());
        all.sort((a, b) -> Integer.compare(a.from(), b.from()));
        for (int i = 0; i + 1 < all.size(); i++) {
            if ((all.get(i) == part || all.get(i + 1) == part)
                && phraseOfTheNounBeforeIt(parse, head, all.get(i), all.get(i + 1), morphology)) {
                return true;
            }
        }
        return false;
    }

    private static boolean phraseOfTheNounBeforeIt(Parse parse, int head, Part part, Part next, Morphology morphology) {
        return part.to() + 1 == next.from() && !part.verbal() && !next.verbal()
            && parse.word(part.word()).upos() == Upos.NOUN && parse.word(next.from()).upos() == Upos.ADP
            && parse.word(next.word()).relation().startsWith("obl")
            && (morphology.readings(parse.word(head).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && BEING_THERE.contains(m.lemma()))
                // "nahm das Team um Daniel Takahashi … auf": whose team, not whom it was about
                || Words.lower(parse.word(next.from()).form()).equals("um")
                    && GROUP_AROUND_SOMEONE.matcher(Words.lower(parse.word(part.word()).form())).matches());
    }

    private static final java.util.regex.Pattern GROUP_AROUND_SOMEONE = java.util.regex.Pattern.compile(
        ".*(team|teams|gruppe|gruppen|kreis|kreise|umfeld|lager)");

    private static final Set<String> BEING_THERE = Set.of("herrschen", "bestehen", "aufkommen", "wachsen", "entstehen");

    /**
     * "für den nominell etwas schwächeren, aber anscheinend weniger hitzköpfigen, Snapdragon-808" with the adjective the
     * phrase's head and the name it describes an apposition: a question would keep the article and the adjective and
     * drop the noun after the commas.
     */
    private static boolean adjectiveBeforeItsNounAsHead(Parse parse, int w) {
        Word word = parse.word(w);
        return word.upos() == Upos.ADJ && !parse.children(w, "det").isEmpty()
            && Set.of("nmod", "obl", "obj", "nsubj", "iobj").contains(word.baseRelation())
            && parse.subtree(w).stream().anyMatch(d -> d > w + 1 && parse.word(d - 1).form().equals(",")
                && Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(d).upos()) && parse.word(d).relation().equals("appos"));
    }

    /**
     * "an dem vom Bildungsministerium aus Anlass der Präsidentschaftswahlen erneuerten Erlass" with "dem" the article of
     * "Anlass": an article stands apart from its noun only before an attribute of its own, which ends right before the
     * noun; with a preposition just before the noun the parse hung the article on the wrong one.
     */
    private static boolean articleCutFromItsNounByAPhrase(Parse parse, int w) {
        Word word = parse.word(w);
        int noun = word.head();
        return word.relation().equals("det") && noun > w + 2
            && java.util.stream.IntStream.range(w + 1, noun).anyMatch(b -> parse.word(b).upos() == Upos.ADP)
            && parse.word(noun - 1).upos() == Upos.ADP;
    }

    /** "brachte in der 57. Minute Milos Jojic und Simon Zoller": the players brought on, hung on the minute. */
    private static boolean nameInAppositionToATime(Parse parse, int w) {
        Word word = parse.word(w);
        return word.relation().equals("appos") && word.upos() == Upos.PROPN && word.head() >= 0
            && TIMES_NAMING_NO_ONE.contains(parse.word(word.head()).form());
    }

    private static final Set<String> TIMES_NAMING_NO_ONE = Set.of("Minute", "Sekunde", "Stunde", "Runde", "Spieltag",
        "Halbzeit", "Nachspielzeit");
    private static final Set<String> PARTICLES_READ_AS_VERBS = Set.of("halt", "eben");

    /** "des Weiteren", "eines Tages": a genitive that is an adverb of its own. */
    private static boolean adverbialGenitive(String noun) {
        return noun.matches("(?i)(Weiteren|Öfteren|Tages|Nachts|Morgens|Abends|Jahres|Monats)");
    }

    static int lastWord(Parse parse) {
        int last = parse.words().size() - 1;
        while (last > 0 && parse.word(last).upos() == Upos.PUNCT) {
            last--;
        }
        return last;
    }

    /**
     * "am Freitag, den 22. September 2006, …", "am Donnerstag, dem 1. Dezember, …": a date in apposition to a day,
     * which the parse took for the subject or an object, so that the clause's real parts hang in the wrong places.
     */
    private static boolean dateReadAsAnArgument(Parse parse, Part part) {
        return Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:arg").contains(parse.word(part.word()).relation())
            && Words.MONTHS.contains(parse.word(part.word()).form())
            && parse.children(part.word(), "nummod").stream().anyMatch(n -> parse.word(n).form().matches("\\d{1,2}\\.?"));
    }

    /**
     * Whether the clause's verb, predicate and constituents hold every word of the sentence but punctuation: a word
     * the parse hangs elsewhere ("möchte erreichen, dass …" with the clause on "möchte") would fall out of a question.
     */
    private static boolean whole(Parse parse, int head, int finite, List<Integer> predicate, List<Part> before,
                                 List<Part> after) {
        List<Part> parts = new ArrayList<>(before);
        parts.addAll(after);
        return wholeBetween(parse, 0, parse.words().size() - 1, head, finite, predicate, parts);
    }

    private static boolean isFinite(Parse parse, int word, Morphology morphology) {
        Word w = parse.word(word);
        if (w.upos() != Upos.VERB && w.upos() != Upos.AUX) {
            return false;
        }
        var readings = morphology.readings(w.form());
        boolean subjunctive = readings.stream().anyMatch(m -> m.has(Feature.SUBJUNCTIVE_1))
            && readings.stream().noneMatch(m -> m.has(Feature.FINITE) && m.has(Feature.THIRD_PERSON)
                && !m.has(Feature.SUBJUNCTIVE_1) && !m.has(Feature.SUBJUNCTIVE_2));
        boolean modalHedge = MODAL_HEDGES.contains(w.form().toLowerCase(java.util.Locale.GERMAN));
        return modalHedge || !subjunctive && readings.stream().anyMatch(m -> m.has(Feature.FINITE)
            && (m.has(Feature.PRESENT) || m.has(Feature.PAST)) && !m.has(Feature.SUBJUNCTIVE_1)
            && !m.has(Feature.SUBJUNCTIVE_2));
    }

    /**
     * Whether a constituent is a subordinate clause set off by commas that the question or statement may leave out
     * and stay true: a clause of reason, time or concession ("…, weil …", "Nachdem …,"), or a relative clause on the
     * verb's phrase ("…, wo er …"). A condition ("wenn …") is kept, as leaving it out would state what is only
     * supposed.
     */
    boolean droppable(Part part) {
        Word head = parse.word(part.word());
        String relation = head.baseRelation();
        if (part.verbal() || !relation.equals("advcl") && !relation.equals("acl")) {
            return false;
        }
        boolean setOff = parse.word(part.from()).form().equals(",") || part.from() > 0
            && parse.word(part.from() - 1).form().equals(",") || part.from() == vorfeld.from()
            && part.to() + 1 < parse.words().size() && parse.word(part.to() + 1).form().equals(",");
        if (!setOff) {
            return false;
        }
        int opening = parse.word(part.from()).form().equals(",") ? part.from() + 1 : part.from();
        if (relation.equals("acl")) {
            // "Die Kinder dürfen sich aussuchen, was sie spielen möchten": what they choose, the verb's object
            List<Integer> objects = parse.children(head.head(), "obj");
            boolean objectOfAReflexiveVerb = Words.lower(parse.word(opening).form()).equals("was") && !objects.isEmpty()
                && objects.stream().allMatch(o -> Words.lower(parse.word(o).form()).equals("sich"));
            // "wollte der Staat bestimmen, was in der Wirtschaft gemacht wurde": what it decides, the verb's object
            boolean objectOfTheVerb = Words.lower(parse.word(opening).form()).equals("was") && head.head() >= 0
                && parse.word(head.head()).upos() == Upos.VERB && objects.isEmpty();
            return relative(parse, opening) && verbFinal(parse, parse.subtree(part.word())) && !objectOfAReflexiveVerb
                && !objectOfTheVerb;
        }
        // "Der Leinenschirm sieht aus, als habe …": how it looks, which "aussehen" cannot do without
        boolean looksAs = parse.children(head.head() >= 0 ? head.head() : part.word(), "compound:prt").stream()
            .anyMatch(c -> Words.lower(parse.word(c).form()).equals("aus"))
            && head.head() >= 0 && Set.of("sieht", "sehen", "sah", "sahen").contains(Words.lower(parse.word(head.head()).form()));
        return !looksAs && parse.children(part.word(), "mark").stream().anyMatch(m -> DROPPABLE_MARKS.contains(
            parse.word(m).form().toLowerCase(java.util.Locale.GERMAN)) && !comparison(part, m)
            || parse.word(m).form().equals("dass") && m > 0 && parse.word(m - 1).form().equals("so"));
    }

    /**
     * "sind komplexer, als bei Shenzhou-5": "als" after a comparative, or with no verb of its own, compares; leaving
     * it out changes what is said ("Was ist komplexer?").
     */
    private boolean comparison(Part part, int mark) {
        if (!parse.word(mark).form().equalsIgnoreCase("als")) {
            return false;
        }
        Word head = parse.word(part.word());
        boolean verbal = head.upos() == Upos.VERB || head.upos() == Upos.AUX
            || !parse.children(part.word(), "cop").isEmpty() || !parse.children(part.word(), "aux").isEmpty();
        Word governor = head.head() >= 0 ? parse.word(head.head()) : head;
        boolean afterAComparative = (governor.upos() == Upos.ADJ || governor.upos() == Upos.ADV)
            && governor.form().endsWith("er");
        // "ist also mehr wert, als was die Prägung sagt": "mehr" beside the governor, and "als was", compare
        boolean gradedGovernor = head.head() >= 0 && parse.children(head.head(), "advmod").stream()
            .anyMatch(c -> Set.of("mehr", "weniger", "eher", "lieber").contains(Words.lower(parse.word(c).form())));
        boolean alsWas = mark + 1 < parse.words().size() && Words.lower(parse.word(mark + 1).form()).equals("was");
        return !verbal || afterAComparative || gradedGovernor || alsWas;
    }

    private static final Set<String> DROPPABLE_MARKS = Set.of("weil", "da", "nachdem", "als", "während", "bevor",
        "obwohl", "obgleich", "seit", "seitdem", "sodass", "indem", "damit", "ehe");

    /** Subjunctive II of the modal verbs, a polite or cautious indicative in news rather than reported speech. */
    private static final Set<String> MODAL_HEDGES = Set.of("möchte", "möchten", "könnte", "könnten", "sollte",
        "sollten", "dürfte", "dürften", "müsste", "müssten");

    /**
     * The indicative present of a verb in the subjunctive I, same person and number ("sei" → "ist", "seien" →
     * "sind", "habe" → "hat"); empty for any other form.
     */
    private static Optional<String> indicative(Word verb, Morphology morphology) {
        if (verb.upos() != Upos.VERB && verb.upos() != Upos.AUX) {
            return Optional.empty();
        }
        List<Morph> readings = morphology.readings(verb.form());
        boolean indicativeToo = readings.stream().anyMatch(m -> m.has(Feature.FINITE) && m.has(Feature.THIRD_PERSON)
            && !m.has(Feature.SUBJUNCTIVE_1) && !m.has(Feature.SUBJUNCTIVE_2));
        Optional<Morph> subjunctive = readings.stream()
            .filter(m -> m.has(Feature.SUBJUNCTIVE_1) && m.has(Feature.THIRD_PERSON)).findFirst();
        if (indicativeToo || subjunctive.isEmpty()) {
            return Optional.empty();
        }
        Morph said = subjunctive.get();
        Feature number = said.has(Feature.PLURAL) ? Feature.PLURAL : Feature.SINGULAR;
        return morphology.forms(said.lemma(), said.upos(), Set.of(Feature.THIRD_PERSON, number, Feature.PRESENT,
            Feature.FINITE)).stream()
            .filter(form -> morphology.readings(form).stream().anyMatch(m -> m.lemma().equals(said.lemma())
                && m.has(Feature.THIRD_PERSON) && m.has(number) && m.has(Feature.PRESENT)
                && !m.has(Feature.SUBJUNCTIVE_1) && !m.has(Feature.SUBJUNCTIVE_2)))
            .findFirst();
    }

    Sentence sentence() {
        return parse.sentence();
    }

    /** Every constituent, the Vorfeld first. */
    List<Part> constituents() {
        List<Part> all = new ArrayList<>();
        all.add(vorfeld);
        parts.stream().filter(p -> !p.verbal()).forEach(all::add);
        return all;
    }

    /** The text of words {@code from}–{@code to} of the parse as it stands in the sentence. */
    String text(int from, int to) {
        Sentence sentence = parse.sentence();
        List<Token> tokens = sentence.tokens();
        int start = tokens.get(parse.word(from).token()).span().start() - sentence.span().start();
        int end = tokens.get(parse.word(to).token()).span().end() - sentence.span().start();
        return sentence.text().substring(start, end).replaceAll("\\s+", " ");
    }

    /**
     * The constituent as it stands, less a relative clause or apposition set off by commas inside it ("Der
     * Beschluss, dem das Direktorium zugestimmt hat," is "Der Beschluss"): what is left is still true and whole.
     */
    String text(Part part) {
        boolean[] pruned = pruned(part);
        List<String> runs = new ArrayList<>();
        int w = part.from();
        while (w <= part.to()) {
            if (pruned[w - part.from()]) {
                w++;
                continue;
            }
            int start = w;
            while (w + 1 <= part.to() && !pruned[w + 1 - part.from()]) {
                w++;
            }
            runs.add(text(start, w));
            w++;
        }
        return String.join(" ", runs).replaceAll("\\s+,", ",").replaceAll("[\\s,]+$", "");
    }

    /** Whether word {@code w} of a part is left out of its text. */
    boolean isPruned(Part part, int w) {
        return w >= part.from() && w <= part.to() && pruned(part)[w - part.from()];
    }

    private boolean[] pruned(Part part) {
        boolean[] pruned = new boolean[part.to() - part.from() + 1];
        for (int w = part.from(); w <= part.to(); w++) {
            String relation = parse.word(w).relation();
            boolean aside = relation.startsWith("acl") || relation.equals("appos");
            if (!aside || w == part.word() || !parse.contiguous(w)) {
                continue;
            }
            if (relation.equals("appos") && Words.MONTHS.contains(parse.word(w).form()) && parse.word(w).head() >= 0
                && Words.WEEKDAYS.contains(parse.word(parse.word(w).head()).form())) {
                // "am Mittwoch, dem 15. Juli,": the date of the weekday, which says which Wednesday
                continue;
            }
            List<Integer> tree = parse.subtree(w);
            int first = tree.get(0);
            int last = tree.get(tree.size() - 1);
            boolean openedByComma = first > part.from() && parse.word(first - 1).form().equals(",")
                || parse.word(first).form().equals(",");
            if (!openedByComma) {
                continue;
            }
            int opening = parse.word(first).form().equals(",") ? first + 1 : first;
            if (relation.startsWith("acl") && (!relative(parse, opening) || !verbFinal(parse, tree))) {
                continue;
            }
            if (relation.startsWith("acl") && parse.word(w).head() >= 0
                && ONLY_THEIR_CLAUSE_SAYS.contains(Words.lower(parse.word(parse.word(w).head()).form()))) {
                // "dass jemand, der gegenüber dem Arbeitsamt lüge, …": without it "jemand" says something else
                continue;
            }
            if (relation.startsWith("acl") && bareNoun(parse.word(w).head())) {
                // "Lediglich Bürger, die … geltend gemacht haben, sollten …": the clause says which ones
                continue;
            }
            int from = parse.word(first).form().equals(",") ? first : first - 1;
            int to = last;
            boolean closedByComma = parse.word(to).form().equals(",")
                || to + 1 <= part.to() && parse.word(to + 1).form().equals(",")
                || to == part.to() && relation.startsWith("acl") && endsSentence(to) && definite(parse.word(w).head());
            if (!closedByComma) {
                continue;
            }
            if (!parse.word(to).form().equals(",") && to < part.to()) {
                to++;
            }
            for (int p = Math.max(from, part.from()); p <= Math.min(to, part.to()); p++) {
                pruned[p - part.from()] = true;
            }
        }
        return pruned;
    }

    /**
     * Whether a relative clause on this noun only adds to what is already certain (a name, "der Beschluss", "ein Unternehmen"), so that
     * leaving it out keeps the sentence true; after "Gebieten" or "einige Orte" it may say which ones.
     */
    private boolean definite(int noun) {
        // "21 Menschen, die bestimmen, was …" parsed with "bestimmen" a noun's word: a verb's clause is no aside
        if (noun < 0 || parse.word(noun).upos() != Upos.NOUN && parse.word(noun).upos() != Upos.PROPN) {
            return false;
        }
        if (parse.word(noun).upos() == Upos.PROPN) {
            return true;
        }
        return parse.children(noun, "det").stream().map(d -> parse.word(d).form().toLowerCase(java.util.Locale.GERMAN))
            .anyMatch(d -> Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "einem",
                "einen").contains(d));
    }

    /** Whether only closing punctuation follows word {@code w} in its sentence. */
    private boolean endsSentence(int w) {
        for (int next = w + 1; next < parse.words().size(); next++) {
            if (parse.word(next).upos() != Upos.PUNCT || parse.word(next).form().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A relative clause ends with its verb ("…, die Gelder in ihre Heimat senden"); "…, die Ausgaben seien zu
     * niedrig" has it second, and reports what was said.
     */
    private static boolean verbFinal(Parse parse, List<Integer> clause) {
        for (int i = clause.size() - 1; i >= 0; i--) {
            Word word = parse.word(clause.get(i));
            if (word.upos() != Upos.PUNCT) {
                return word.upos() == Upos.VERB || word.upos() == Upos.AUX;
            }
        }
        return false;
    }

    /** A relative clause opens with its pronoun, or a preposition and its pronoun ("der …", "auf dem …"). */
    private static boolean relative(Parse parse, int opening) {
        if (opening >= parse.words().size()) {
            return false;
        }
        int pronoun = parse.word(opening).upos() == Upos.ADP && opening + 1 < parse.words().size() ? opening + 1 : opening;
        return RELATIVE_PRONOUNS.contains(parse.word(pronoun).form().toLowerCase(java.util.Locale.GERMAN));
    }

    /** A noun alone, without an article, a number or an adjective ("Bürger"), which a relative clause narrows down. */
    private boolean bareNoun(int noun) {
        return noun >= 0 && parse.word(noun).upos() == Upos.NOUN && parse.children(noun).stream()
            .noneMatch(c -> parse.word(c).relation().startsWith("det")
                || Set.of("nummod", "amod").contains(parse.word(c).relation()));
    }

    /** Pronouns whose relative clause says who or what they are ("jemand, der …", "alle, die …"). */
    private static final Set<String> ONLY_THEIR_CLAUSE_SAYS = Set.of("jemand", "jemanden", "jemandem", "niemand",
        "niemanden", "niemandem", "jeder", "jeden", "jedem", "alle", "allen", "derjenige", "diejenige", "diejenigen",
        "demjenigen", "denjenigen", "einer", "keiner", "etwas", "nichts", "alles");

    static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "deren", "dessen",
        "denen", "welcher", "welche", "welches", "welchem", "welchen", "wo", "was");

    /** The finite verb as the sentence has it. */
    String finiteText() {
        return finiteForm;
    }
}
