package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
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
 */
record Constituents(Parse parse, int head, int finite, Part vorfeld, List<Part> parts) {

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
        List<Word> words = parse.words();
        boolean copula = !parse.children(head, "cop").isEmpty();
        if (words.get(head).upos() != Upos.VERB && words.get(head).upos() != Upos.AUX && !copula) {
            return Optional.empty();
        }
        List<Integer> predicate = new ArrayList<>(List.of(head));
        if (copula && words.get(head).upos() != Upos.VERB) {
            for (int child : parse.children(head)) {
                if (!CLAUSE_LEVEL.contains(words.get(child).baseRelation())) {
                    predicate.addAll(parse.subtree(child));
                }
            }
            predicate.sort(Integer::compareTo);
            if (predicate.get(predicate.size() - 1) - predicate.get(0) + 1 != predicate.size()) {
                return Optional.empty();
            }
        }
        List<Integer> verbs = new ArrayList<>();
        verbs.add(head);
        for (int child : parse.children(head)) {
            String relation = words.get(child).relation();
            if (relation.startsWith("aux") || relation.equals("cop")) {
                verbs.add(child);
            }
        }
        int finite = verbs.stream().filter(v -> isFinite(parse, v, morphology)).min(Integer::compareTo).orElse(-1);
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
        if (head != finite) {
            if (head < finite) {
                return Optional.empty();
            }
            after.add(new Part(head, predicate.get(0), predicate.get(predicate.size() - 1), "head", true));
        }
        if (before.size() != 1 || before.get(0).verbal()) {
            return Optional.empty();
        }
        after.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return Optional.of(new Constituents(parse, head, finite, before.get(0), after));
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
        return !subjunctive && readings.stream().anyMatch(m -> m.has(Feature.FINITE)
            && (m.has(Feature.PRESENT) || m.has(Feature.PAST)) && !m.has(Feature.SUBJUNCTIVE_1)
            && !m.has(Feature.SUBJUNCTIVE_2));
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
            List<Integer> tree = parse.subtree(w);
            int first = tree.get(0);
            int last = tree.get(tree.size() - 1);
            boolean openedByComma = first > part.from() && parse.word(first - 1).form().equals(",")
                || parse.word(first).form().equals(",");
            if (!openedByComma) {
                continue;
            }
            int opening = parse.word(first).form().equals(",") ? first + 1 : first;
            if (relation.startsWith("acl") && !relative(parse, opening)) {
                continue;
            }
            int from = parse.word(first).form().equals(",") ? first : first - 1;
            int to = last;
            boolean closedByComma = parse.word(to).form().equals(",")
                || to + 1 <= part.to() && parse.word(to + 1).form().equals(",");
            if (!closedByComma) {
                continue;
            }
            if (!parse.word(to).form().equals(",")) {
                to++;
            }
            for (int p = Math.max(from, part.from()); p <= Math.min(to, part.to()); p++) {
                pruned[p - part.from()] = true;
            }
        }
        return pruned;
    }

    /** A relative clause opens with its pronoun, or a preposition and its pronoun ("der …", "auf dem …"). */
    private static boolean relative(Parse parse, int opening) {
        if (opening >= parse.words().size()) {
            return false;
        }
        int pronoun = parse.word(opening).upos() == Upos.ADP && opening + 1 < parse.words().size() ? opening + 1 : opening;
        return RELATIVE_PRONOUNS.contains(parse.word(pronoun).form().toLowerCase(java.util.Locale.GERMAN));
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "deren", "dessen",
        "denen", "welcher", "welche", "welches", "welchem", "welchen", "wo", "was");

    /** The finite verb as the sentence has it. */
    String finiteText() {
        return text(finite, finite);
    }
}
