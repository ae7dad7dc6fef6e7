package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;

/**
 * True statements a sentence holds besides its main clause: an apposition to the subject said as a sentence
 * ("Mark Rutte, der frühere Premierminister der Niederlande, …" → "Mark Rutte ist der frühere Premierminister der
 * Niederlande."), and a relative clause on a name said as a main clause ("Kroatien, das zuvor Österreich besiegt
 * hatte, …" → "Kroatien hatte zuvor Österreich besiegt.").
 */
final class Extractions {

    private static final java.util.Set<String> RELATIVE_SUBJECTS = java.util.Set.of("der", "die", "das", "welcher",
        "welche", "welches");

    private final Morphology morphology;

    Extractions(Morphology morphology) {
        this.morphology = morphology;
    }

    List<String> in(Parse parse) {
        List<String> statements = new ArrayList<>();
        for (int w = 0; w < parse.words().size(); w++) {
            Word word = parse.word(w);
            if (word.relation().equals("appos")) {
                apposition(parse, w).ifPresent(statements::add);
            } else if (word.relation().startsWith("acl")) {
                relative(parse, w).ifPresent(statements::add);
            }
        }
        return statements;
    }

    /**
     * "X, der …, tat Y" with X the subject: "X ist der …"; and with X an object whose article reads the same in the
     * nominative ("zeigt man … eine Silberbüchse, das Gewehr von Winnetou").
     */
    private Optional<String> apposition(Parse parse, int appos) {
        int head = parse.word(appos).head();
        if (head < 0 || !(parse.word(head).relation().startsWith("nsubj") || objectAsItWouldBeSubject(parse, head))
            || !parse.contiguous(appos)
            || Constituents.relativeClauseReadAsApposition(parse, appos)) {
            return Optional.empty();
        }
        List<Integer> tree = parse.subtree(appos);
        if (tree.stream().anyMatch(w -> parse.word(w).relation().equals("cc"))
            || !parse.children(head, "conj").isEmpty()
            // "der Mond, die Sonne, die Planeten und die Sterne" with each a second name of the first: a list
            || parse.children(head, "appos").stream().anyMatch(a -> a != appos && parse.subtree(a).stream()
                .anyMatch(w -> parse.word(w).relation().equals("cc")))) {
            // "der Weiße Hai, der Tigerhai, der Bullenhai und der Große Hammerhai": a list, not a second name
            return Optional.empty();
        }
        int from = tree.get(0);
        int to = tree.get(tree.size() - 1);
        if (parse.word(from).form().equals(",")) {
            from++;
        }
        if (parse.word(to).form().equals(",")) {
            to--;
        }
        Word first = parse.word(from);
        boolean nominative = first.upos() == Upos.DET && morphology.readings(first.form()).stream()
            .anyMatch(m -> m.upos() == Upos.DET && m.has(Feature.NOMINATIVE));
        if (!nominative || from == 0 || !parse.word(from - 1).form().equals(",") || to - from > 8) {
            return Optional.empty();
        }
        if (java.util.stream.IntStream.range(from, to).anyMatch(w -> parse.word(w).form().equals(","))) {
            // "Howard Carter, ein britischer Archäologe, Tutanchamuns Grab": the object read into the apposition
            return Optional.empty();
        }
        int subjectStart = parse.subtree(head).get(0);
        if (subjectStart > head || head > from - 2) {
            return Optional.empty();
        }
        int end = to;
        if (java.util.stream.IntStream.rangeClosed(subjectStart, end).noneMatch(w -> parse.word(w).upos() == Upos.PROPN
            || parse.word(w).upos() == Upos.NUM)) {
            // "steht immer die Musikalität, der Rhythmus": two common nouns side by side may be a list as well as one
            // thing named twice; a name or a number shows which
            return Optional.empty();
        }
        if (parse.word(subjectStart).upos() == Upos.ADV && !FOCUS_FIRST.matcher(parse.word(subjectStart).form() + " ").lookingAt()) {
            // "Dann die Kapitulation, der Rücktransport nach Athen, …": no subject of a clause, a note in passing
            return Optional.empty();
        }
        if (Words.INDEFINITE_ARTICLES.contains(Words.lower(first.form()))
            && Words.INDEFINITE_ARTICLES.contains(Words.lower(parse.word(subjectStart).form()))) {
            // "Ein junges Ehepaar aus Marokko, ein kleines Kind an der Hand, …": what they have with them, not who
            return Optional.empty();
        }
        // "Vor allem Sinjibar, die Provinzhauptstadt von Abian, ist …": the focus is the clause's, not the name's
        Optional<String> name = Optional.of(FOCUS_FIRST.matcher(Words.text(parse, subjectStart, from - 2)).replaceFirst(""))
            .filter(n -> !n.isBlank() && !n.matches(".*[()„“\"].*") && !n.matches("(?i).*\\b(nicht|kein\\p{L}*)\\b.*"))
            // "Den Vorsitz führte turnusgemäß Matthias Platzeck, der …": an adverb of the clause, no part of the name
            .filter(n -> !Character.isLowerCase(n.codePointAt(0)) || n.matches("(?:der|die|das|den|dem|des|ein|eine|einen|"
                + "einem|einer|eines) .*"));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        boolean plural = plural(parse.word(head)) || pluralVerb(parse, parse.word(head).head());
        if (plural && singular(parse, head)) {
            // "In Nepal befinden sich der Mount Everest, der höchste Berg …": a singular subject of a plural verb
            // leaves the number the statement needs in doubt
            return Optional.empty();
        }
        int opening = from;
        if (plural && parse.children(head, "appos").stream().anyMatch(a -> a < opening - 1)) {
            // "die meisten Einwohner Finnisch, eine ganz andere Sprache" with the object read as a second apposition
            // to the subject: the apposition is the object's
            return Optional.empty();
        }
        // "Dazu gehörte auch der Ostteil Deutschlands, die Deutsche Demokratische Republik": what it was then
        boolean past = pastVerb(parse, parse.word(head).head());
        String copula = plural ? (past ? " waren " : " sind ") : past ? " war " : " ist ";
        if (Words.INDEFINITE_ARTICLES.contains(Words.lower(parse.word(subjectStart).form()))
            && Set.of("der", "die", "das").contains(Words.lower(first.form()))) {
            // "eine Silberbüchse, das Gewehr von Winnetou": the one the apposition names is what the subject says
            return Optional.of(capitalised(Words.text(parse, from, to)) + copula + Words.lower(name.get().substring(0, 1))
                + name.get().substring(1) + ".");
        }
        return Optional.of(capitalised(name.get()) + copula + Words.text(parse, from, to) + ".");
    }

    /** "die Loire, sprich: Lu-ahr, die …": how the name before is said, which the relative clause is not about. */
    private static boolean spokenAs(Parse parse, int noun) {
        for (int w = noun - 1; w >= Math.max(0, noun - 3); w--) {
            if (parse.word(w).form().equalsIgnoreCase("sprich")) {
                return true;
            }
        }
        return false;
    }

    private boolean objectAsItWouldBeSubject(Parse parse, int head) {
        if (!parse.word(head).relation().equals("obj")) {
            return false;
        }
        List<Integer> articles = parse.children(head, "det");
        return !articles.isEmpty() && morphology.readings(parse.word(articles.get(0)).form()).stream()
            .anyMatch(m -> m.upos() == Upos.DET && m.has(Feature.NOMINATIVE));
    }

    private static final java.util.regex.Pattern FOCUS_FIRST = java.util.regex.Pattern.compile(
        "^(?i:vor allem|allen voran|auch|nur|sogar|selbst|gerade|besonders|insbesondere|etwa|zum Beispiel|vor allen) ");

    /** "Kroatien, das zuvor Österreich besiegt hatte, …": the relative clause as a main clause about Kroatien. */
    private Optional<String> relative(Parse parse, int verb) {
        int noun = parse.word(verb).head();
        if (noun < 0 || parse.word(noun).upos() != Upos.PROPN || !parse.contiguous(verb) || spokenAs(parse, noun)) {
            return Optional.empty();
        }
        List<Integer> tree = parse.subtree(verb);
        int from = tree.get(0);
        int to = tree.get(tree.size() - 1);
        while (from <= to && parse.word(from).upos() == Upos.PUNCT) {
            from++;
        }
        while (to >= from && parse.word(to).upos() == Upos.PUNCT) {
            to--;
        }
        if (from > to || !parse.word(from).relation().startsWith("nsubj")
            || !RELATIVE_SUBJECTS.contains(parse.word(from).form()) || from == 0
            || !parse.word(from - 1).form().equals(",")) {
            return Optional.empty();
        }
        int finite = to;
        Word last = parse.word(finite);
        boolean isFinite = (last.upos() == Upos.VERB || last.upos() == Upos.AUX) && morphology.readings(last.form())
            .stream().anyMatch(m -> m.has(Feature.FINITE) && (m.has(Feature.PRESENT) || m.has(Feature.PAST)));
        boolean separable = morphology.readings(last.form()).stream().anyMatch(m -> m.has(Feature.SEPARABLE_JOINED));
        if (!isFinite || separable || to - from > 14 || moreThanOneClause(parse, from + 1, finite - 1)) {
            return Optional.empty();
        }
        if (pluralVerb(parse, verb) && morphology.readings(parse.word(noun).form()).stream()
                .noneMatch(m -> m.has(Feature.PLURAL))) {
            // "… über Freiburg, die schon über Österreich herrschten": a plural verb, whose relative clause belongs to
            // the plural before the name ("die Habsburger"), not to it
            return Optional.empty();
        }
        Optional<String> name = nameBefore(parse, noun, from - 1);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder statement = new StringBuilder(capitalised(name.get())).append(' ').append(last.form());
        if (from + 1 <= finite - 1) {
            statement.append(' ').append(Words.text(parse, from + 1, finite - 1));
        }
        return Optional.of(statement.append('.').toString());
    }

    /**
     * "…, die beinahe nur muslimische Frauen vertritt und dort oft … zu tun hat": a relative clause of two verbs, or one
     * holding a clause of its own ("…, die auch angab, dass …"), has no one last verb to put second.
     */
    private boolean moreThanOneClause(Parse parse, int from, int to) {
        for (int w = from; w <= to; w++) {
            Word word = parse.word(w);
            if (word.upos() == Upos.CCONJ || word.upos() == Upos.SCONJ) {
                return true;
            }
            boolean afterZu = w > 0 && parse.word(w - 1).form().equalsIgnoreCase("zu");
            if ((word.upos() == Upos.VERB || word.upos() == Upos.AUX) && !afterZu) {
                var readings = morphology.readings(word.form());
                if (!readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.FINITE))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The name a relative clause follows: the run of name words right before its comma, with no article before it
     * (an article would have to change with the case: "mit dem Mann, der …").
     */
    private Optional<String> nameBefore(Parse parse, int head, int comma) {
        if (comma < 1 || !parse.word(comma).form().equals(",")) {
            return Optional.empty();
        }
        int start = comma;
        while (start - 1 >= 0 && (parse.word(start - 1).upos() == Upos.PROPN || parse.word(start - 1).upos() == Upos.NUM)) {
            start--;
        }
        if (start == comma || start > head || head > comma - 1
            || start > 0 && java.util.Set.of(Upos.DET, Upos.NOUN, Upos.ADJ, Upos.NUM, Upos.VERB, Upos.AUX)
                .contains(parse.word(start - 1).upos())
            || Words.commonNounOnly(parse.word(start).form(), morphology)
            // "mehr als 100 Asylwerber, die …": a count, whose "mehr als" stands before it, is no name
            || parse.word(start).upos() == Upos.NUM
            // "die Zahl der Kinder mit SPF, die an Sonderschulen unterrichtet werden": a name in a noun's phrase,
            // which the clause may as well be about
            || start > 0 && parse.word(start - 1).upos() == Upos.ADP && "nmod".equals(parse.word(head).relation())
            // "Plug-in-Hybrid" with "Hybrid" its last token: part of a word
            || start > 0 && parse.word(start - 1).form().endsWith("-") || parse.word(start).form().startsWith("-")
            || morphology.readings(parse.word(start).form()).stream()
                .anyMatch(m -> m.upos() == Upos.DET || m.upos() == Upos.PRON)) {
            return Optional.empty();
        }
        return Optional.of(Words.text(parse, start, comma - 1)).filter(n -> !n.matches(".*[()„“\"].*"));
    }

    /** "gehörte": a verb of a state whose finite form, its own or its auxiliary's, is past only. */
    private boolean pastVerb(Parse parse, int verb) {
        var finite = finiteReadings(parse, verb);
        return finite.stream().anyMatch(m -> m.has(Feature.PAST))
            && finite.stream().noneMatch(m -> m.has(Feature.PRESENT))
            // "Mark Rutte, der frühere Premierminister, traf …": what someone did then says nothing of what he is now
            && morphology.readings(parse.word(verb).form()).stream().anyMatch(m -> PAST_STATES.contains(m.lemma()));
    }

    /** Verbs of being, belonging or ruling: said in the past, so was what the apposition says. */
    private static final Set<String> PAST_STATES = Set.of("sein", "gehören", "bestehen", "bleiben", "liegen",
        "herrschen", "regieren", "existieren");

    private List<org.textquiz.core.analysis.Morph> finiteReadings(Parse parse, int verb) {
        if (verb < 0) {
            return List.of();
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(verb), parse.children(verb).stream()
                .filter(c -> Set.of("aux", "cop").contains(parse.word(c).relation())))
            .flatMap(w -> morphology.readings(parse.word(w).form()).stream()).filter(m -> m.has(Feature.FINITE))
            .toList();
    }

    /** "sprechen die meisten Einwohner": a verb whose finite form, its own or its auxiliary's, is plural only. */
    private boolean pluralVerb(Parse parse, int verb) {
        var finite = finiteReadings(parse, verb);
        return !finite.isEmpty() && finite.stream().allMatch(m -> m.has(Feature.PLURAL));
    }

    private boolean plural(Word noun) {
        var readings = morphology.readings(noun.form()).stream()
            .filter(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN).toList();
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.PLURAL));
    }

    /** "der Mount Everest": a noun the dictionary knows only in the singular, or after a singular-only article. */
    private boolean singular(Parse parse, int noun) {
        var readings = morphology.readings(parse.word(noun).form()).stream()
            .filter(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN).toList();
        if (!readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.SINGULAR))) {
            return true;
        }
        return parse.children(noun, "det").stream().map(d -> morphology.readings(Words.lower(parse.word(d).form()))
                .stream().filter(m -> m.upos() == Upos.DET && m.has(Feature.NOMINATIVE)).toList())
            .anyMatch(nominative -> !nominative.isEmpty() && nominative.stream().allMatch(m -> m.has(Feature.SINGULAR)));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
