package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.DependencyParser;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;
import org.textquiz.nlp.ModelLoadingException;
import org.textquiz.nlp.TreebankQuotes;

/**
 * Stanford CoreNLP's neural dependency parser with its Universal Dependencies model for German (trained on UD
 * German GSD), run by textquiz's {@link TransitionNetwork} and fed with textquiz's own tokens and OpenNLP's UPOS tags.
 * CoreNLP's table of precomputed hidden-layer products is left out: making it would take seconds and only pays off
 * over thousands of sentences, while a quiz parses a sample of at most sixty. Contractions are split into their two
 * words first, as the model knows them ("zum" → "zu dem"); both words keep the index of their token.
 * The network is shared, so that {@link #parseAll} parses on every core.
 */
public final class GermanDependencyParser implements DependencyParser {

    private final TransitionNetwork network;
    private final int cores;

    private GermanDependencyParser(TransitionNetwork network, int cores) {
        this.network = network;
        this.cores = cores;
    }

    /** Loads the model from the classpath (a tenth of a second); nothing is downloaded. */
    public static GermanDependencyParser load() {
        return load(Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The parser that parses {@code cores} sentences at once. */
    static GermanDependencyParser load(int cores) {
        try (java.io.InputStream in = GermanDependencyParser.class.getClassLoader()
            .getResourceAsStream(ParserWeights.RESOURCE)) {
            if (in == null) {
                throw new ModelLoadingException(ParserWeights.RESOURCE, null);
            }
            return new GermanDependencyParser(TransitionNetwork.read(in), Math.max(1, cores));
        } catch (java.io.IOException | RuntimeException e) {
            throw new ModelLoadingException(ParserWeights.RESOURCE, e);
        }
    }

    /** The parses of these sentences in their order, made on as many cores as the parser was given. */
    public List<Parse> parseAll(List<Sentence> sentences) {
        return (cores < 2 ? sentences.stream() : sentences.parallelStream()).map(this::parse).toList();
    }

    @Override
    public Parse parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Integer> tokenOf = new ArrayList<>();
        List<Upos> tags = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> treebank = TreebankQuotes.of(tokens.stream().map(Token::text).toList());
        List<String> input = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Optional<List<String>> parts = GermanContractions.split(token.text());
            if (parts.isPresent()) {
                add(input, tokenOf, tags, parts.get().get(0), Upos.ADP, i);
                add(input, tokenOf, tags, parts.get().get(1), Upos.DET, i);
                forms.addAll(parts.get());
            } else {
                add(input, tokenOf, tags, treebank.get(i), token.upos(), i);
                forms.add(token.text());
            }
        }
        if (input.isEmpty()) {
            return new Parse(sentence, List.of());
        }
        tags = GermanPrepositions.retagged(forms, GermanAuxiliaries.retagged(forms, tags));
        TransitionNetwork.CoreNlpParse parsed = network.parse(input, tags.stream().map(Upos::name).toList());
        int[] heads = parsed.heads();
        String[] relations = GermanCaseRoles.corrected(forms, tags, heads, parsed.relations());
        relabelMarksThatSubordinateNothing(heads, relations, tags);
        reattachParticles(heads, relations, tags);
        reattachPurposeUm(forms, heads, relations);
        reattachWhatAnOfficeIsFor(forms, tags, heads, relations);
        reattachWhereTo(forms, heads, relations);
        reattachWhatARegardIsTo(forms, heads, relations);
        reattachHinToItsZu(forms, heads, relations);
        reattachWhatANounIsAbout(forms, tags, heads, relations);
        reattachWhatOneCaresFor(forms, heads, relations);
        reattachPhrasesBeforeTheirNoun(forms, tags, heads, relations);
        reattachTheEndOfVonAn(forms, tags, heads, relations);
        reattachNachWieVor(forms, heads, relations);
        reattachTheMonthOfACountedDay(forms, heads, relations);
        makeSeinTheCopulaOfItsObject(forms, tags, heads, relations);
        reattachWhatARulerRules(forms, tags, heads, relations);
        reattachWhatSomeoneIsMade(forms, tags, heads, relations);
        reattachAberInsideTheClause(forms, tags, heads, relations);
        makeTheAdjectiveThePredicateOfNicht(forms, tags, heads, relations);
        List<Word> words = new ArrayList<>(input.size());
        for (int w = 0; w < input.size(); w++) {
            words.add(new Word(tokenOf.get(w), forms.get(w), tags.get(w), heads[w], relations[w]));
        }
        return new Parse(sentence, words);
    }

    /**
     * A separable particle belongs to a verb ("führe … durch"); the parser sometimes hangs it on the noun before it,
     * which would take it into that noun's phrase. It goes to the nearest verb above instead.
     */
    private static void reattachParticles(int[] heads, String[] relations, List<Upos> tags) {
        for (int w = 0; w < heads.length; w++) {
            if (!"compound:prt".equals(relations[w]) || heads[w] < 0 || isVerb(tags.get(heads[w]))) {
                continue;
            }
            int verb = heads[w];
            for (int steps = 0; verb >= 0 && !isVerb(tags.get(verb)) && steps < heads.length; steps++) {
                verb = heads[verb];
            }
            if (verb >= 0 && isVerb(tags.get(verb))) {
                heads[w] = verb;
            }
        }
    }

    /**
     * "Die IADB und der MIF geben … bekannt", "werden … weiter zunehmen": the parser sometimes takes an adverb or a
     * verb's adjective particle for the subordinator of the verb's clause, which makes the main clause read as a
     * subordinate one. Only a conjunction subordinates; the adjective is the verb's particle ("bekanntgeben"), as the
     * treebank has it, and the adverb modifies the verb.
     */
    private static void relabelMarksThatSubordinateNothing(int[] heads, String[] relations, List<Upos> tags) {
        for (int w = 0; w < heads.length; w++) {
            if (!"mark".equals(relations[w]) || heads[w] < 0 || !isVerb(tags.get(heads[w]))) {
                continue;
            }
            if (tags.get(w) == Upos.ADV) {
                relations[w] = "advmod";
            } else if (tags.get(w) == Upos.ADJ) {
                relations[w] = "compound:prt";
            }
        }
    }

    /**
     * "Um Schüler … zu gewinnen, wurde …": the "um" of a purpose belongs to its infinitive with "zu", as the treebank
     * has it; the parser sometimes takes it for the preposition of the noun after it.
     */
    private static void reattachPurposeUm(List<String> forms, int[] heads, String[] relations) {
        for (int w = 0; w < heads.length; w++) {
            if (!forms.get(w).equalsIgnoreCase("um") || !"case".equals(relations[w]) || heads[w] < 0) {
                continue;
            }
            int verb = heads[heads[w]];
            if (verb > w && infinitiveWithZu(forms, heads, relations, verb)) {
                heads[w] = verb;
                relations[w] = "mark";
            }
        }
    }

    /**
     * "auf dem Weg von Lima nach Pucallpa": where to belongs to the noun where from belongs to, as the treebank has it;
     * the parser sometimes hangs it on the verb, which cuts the route in two.
     */
    private static void reattachWhereTo(List<String> forms, int[] heads, String[] relations) {
        for (int w = 2; w < heads.length; w++) {
            int to = heads[w];
            if (!forms.get(w).equals("nach") || !"case".equals(relations[w]) || to <= w || heads[to] < 0
                || !relations[to].startsWith("obl")) {
                continue;
            }
            int from = "flat".equals(relations[w - 1]) ? heads[w - 1] : w - 1;
            boolean fromPhrase = from >= 0 && from < w && "nmod".equals(relations[from]) && heads[from] >= 0
                && heads[from] != heads[to];
            boolean von = false;
            for (int d = 0; d < from && fromPhrase; d++) {
                von |= heads[d] == from && "case".equals(relations[d])
                    && (forms.get(d).equalsIgnoreCase("von") || forms.get(d).equalsIgnoreCase("vom"));
            }
            if (fromPhrase && von) {
                heads[to] = heads[from];
                relations[to] = "nmod";
            }
        }
    }

    /**
     * "im Hinblick auf ihr zukünftiges Ziel", "in Bezug auf die Kosten": the phrase with "auf" belongs to the noun
     * that needs it, as the treebank has it; the parser sometimes hangs both on the verb, which cuts them apart.
     */
    private static void reattachWhatARegardIsTo(List<String> forms, int[] heads, String[] relations) {
        for (int w = 1; w < heads.length; w++) {
            int noun = heads[w];
            int regard = w - 1;
            if (!forms.get(w).equalsIgnoreCase("auf") || !"case".equals(relations[w]) || noun <= w
                || !REGARDS.contains(forms.get(regard)) || !relations[noun].startsWith("obl")
                || heads[noun] != heads[regard]) {
                continue;
            }
            heads[noun] = regard;
            relations[noun] = "nmod";
        }
    }

    /**
     * "von den starren Frontlinien … hin zu erhöhter Mobilität": "hin" belongs to the phrase with "zu" after it, as the
     * treebank has it; hung on the verb, it is cut from that phrase.
     */
    private static void reattachHinToItsZu(List<String> forms, int[] heads, String[] relations) {
        for (int w = 0; w + 1 < heads.length; w++) {
            int zu = w + 1;
            if (forms.get(w).equals("hin") && forms.get(zu).equals("zu") && "case".equals(relations[zu])
                && heads[zu] > zu && heads[heads[zu]] == heads[w]) {
                heads[w] = heads[zu];
            }
        }
    }

    /**
     * "aufgrund ungeklärter Beteiligungen am gemeinsamen geistigen Eigentum": a noun that takes "an" has the phrase
     * right after it, as the treebank has it; the parser sometimes hangs that phrase on the verb.
     */
    private static void reattachWhatANounIsAbout(List<String> forms, List<Upos> tags, int[] heads, String[] relations) {
        for (int w = 1; w < heads.length; w++) {
            int noun = heads[w];
            int before = w - 1;
            if (!forms.get(w).equals("an") || !"case".equals(relations[w]) || noun <= w || heads[noun] < 0
                || !relations[noun].startsWith("obl") || !isVerb(tags.get(heads[noun])) || tags.get(before) != Upos.NOUN
                || TAKING_AN.stream().noneMatch(forms.get(before)::startsWith)) {
                continue;
            }
            heads[noun] = before;
            relations[noun] = "nmod";
        }
    }

    /**
     * "Die UNESCO kümmert sich für die Vereinten Nationen um die Kultur der Welt": what one cares or strives for, with
     * "um", belongs to the verb that takes it; the parser sometimes hangs it on the noun of the phrase before.
     */
    private static void reattachWhatOneCaresFor(List<String> forms, int[] heads, String[] relations) {
        for (int w = 1; w < heads.length; w++) {
            int noun = heads[w];
            if (!forms.get(w).equals("um") || !"case".equals(relations[w]) || noun <= w || !"nmod".equals(relations[noun])) {
                continue;
            }
            int before = heads[noun];
            int verb = before >= 0 && relations[before].startsWith("obl") ? heads[before] : -1;
            if (verb >= 0 && CARING.matcher(forms.get(verb).toLowerCase(java.util.Locale.GERMAN)).matches()) {
                heads[noun] = verb;
                relations[noun] = "obl";
            }
        }
    }

    /**
     * "Insgesamt leben in Malawi 13 verschiedene Volksgruppen": a phrase with a preposition follows the noun it belongs
     * to, never stands before it; the parser sometimes hangs it on the noun after it, which then takes it into the
     * subject. It goes to that noun's head instead.
     */
    private static void reattachPhrasesBeforeTheirNoun(List<String> forms, List<Upos> tags, int[] heads,
                                                       String[] relations) {
        for (int w = 0; w < heads.length; w++) {
            int noun = heads[w];
            // "zu Karls größtem Feind": a name in the genitive before its noun, whose preposition is the noun's
            boolean genitiveName = tags.get(w) == Upos.PROPN && forms.get(w).endsWith("s");
            if (!"nmod".equals(relations[w]) || noun <= w || !isNoun(tags.get(w)) || !isNoun(tags.get(noun))
                || heads[noun] < 0 || genitiveName || !dependentBefore(heads, relations, w, w, "case")
                // "acht, nach anderen Angaben neun Stunden": a phrase inside the noun's, which opened before it
                || dependentBefore(heads, relations, noun, w, null)) {
                continue;
            }
            heads[w] = heads[noun];
            relations[w] = isVerb(tags.get(heads[noun])) ? "obl" : "nmod";
        }
    }

    private static boolean isNoun(Upos upos) {
        return upos == Upos.NOUN || upos == Upos.PROPN;
    }

    /** Whether {@code head} has a dependent before {@code word}, in {@code relation} unless that is null. */
    private static boolean dependentBefore(int[] heads, String[] relations, int head, int word, String relation) {
        for (int d = 0; d < word; d++) {
            if (heads[d] == head && (relation == null || relation.equals(relations[d]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "brach von sich aus … ab", "stellt von sofort an alle … Ansagedienste … um": "an", "aus" and "auf" close the
     * phrase "von" opens, as the treebank has it; the parser sometimes takes them for the preposition of the phrase
     * after, which then loses it. What is left of that phrase with no preposition is the verb's object.
     */
    private static void reattachTheEndOfVonAn(List<String> forms, List<Upos> tags, int[] heads, String[] relations) {
        for (int w = 2; w < heads.length; w++) {
            int phrase = heads[w];
            if (!Set.of("an", "aus", "auf").contains(forms.get(w)) || !"case".equals(relations[w]) || phrase <= w
                || !forms.get(w - 2).equalsIgnoreCase("von") || heads[w - 2] != w - 1) {
                continue;
            }
            heads[w] = w - 1;
            boolean noOtherPreposition = java.util.stream.IntStream.range(0, heads.length)
                .noneMatch(c -> heads[c] == phrase && "case".equals(relations[c]));
            boolean noOtherObject = java.util.stream.IntStream.range(0, heads.length)
                .noneMatch(c -> heads[c] == heads[phrase] && "obj".equals(relations[c]));
            if (noOtherPreposition && noOtherObject && "obl".equals(relations[phrase]) && tags.get(phrase) == Upos.NOUN) {
                relations[phrase] = "obj";
            }
        }
    }

    /**
     * "Schwarze Zahlen schreibt nach wie vor die Sparte …": "nach wie vor" is an adverb of the verb, as the treebank has
     * it; the parser sometimes takes it for the preposition of the noun after, whose role it then got wrong as well,
     * so that noun, unless it has a preposition of its own ("nach wie vor auf Platz 15"), is left a bare dependent no
     * question or statement is built on.
     */
    private static void reattachNachWieVor(List<String> forms, int[] heads, String[] relations) {
        for (int w = 0; w + 2 < heads.length; w++) {
            int noun = heads[w];
            if (!forms.get(w).equalsIgnoreCase("nach") || !forms.get(w + 1).equals("wie") || !forms.get(w + 2).equals("vor")
                || !"case".equals(relations[w]) || noun < 0 || noun == w) {
                continue;
            }
            heads[w] = heads[noun];
            relations[w] = "advmod";
            heads[w + 1] = w;
            heads[w + 2] = w;
            relations[w + 1] = "fixed";
            relations[w + 2] = "fixed";
            boolean anotherPreposition = java.util.stream.IntStream.range(0, heads.length)
                .anyMatch(c -> heads[c] == noun && "case".equals(relations[c]));
            if (!anotherPreposition) {
                relations[noun] = "dep";
            }
        }
    }

    /**
     * "der erste Sonntag im November": the month says which Sunday is meant, and belongs to the day; the parser
     * sometimes hangs it on the verb, which tears "im November" from the Sunday it counts.
     */
    private static void reattachTheMonthOfACountedDay(List<String> forms, int[] heads, String[] relations) {
        for (int day = 0; day + 3 < heads.length; day++) {
            int month = day + 3;
            int counted = day;
            boolean ordinal = java.util.stream.IntStream.range(0, day).anyMatch(a -> heads[a] == counted
                && "amod".equals(relations[a]) && COUNTING.matcher(forms.get(a)).matches());
            if (!DAYS.contains(forms.get(day)) || !ordinal || !forms.get(day + 1).equals("in")
                || !forms.get(day + 2).equals("dem") || !MONTHS.contains(forms.get(month))
                || heads[month] == day || heads[day + 1] != month) {
                continue;
            }
            heads[month] = day;
            relations[month] = "nmod";
        }
    }

    private static final Set<String> DAYS = Set.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
        "Samstag", "Sonntag", "Tag", "Wochenende", "Woche");
    private static final Set<String> MONTHS = Set.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember");
    private static final java.util.regex.Pattern COUNTING = java.util.regex.Pattern.compile(
        "(?:erst|zweit|dritt|viert|letzt|\\d+\\.)e[nmrs]?|\\d+\\.");

    /**
     * "Wiederkäuer sind/VERB eine bestimmte Gruppe von Säugetieren": "sein" takes no accusative object, but with "sein"
     * tagged a full verb the parser sometimes makes the predicate noun its object. The treebank makes that noun the
     * head of the clause and "sein" its copula, as the parser does itself when the tagger says AUX.
     */
    private static void makeSeinTheCopulaOfItsObject(List<String> forms, List<Upos> tags, int[] heads,
                                                     String[] relations) {
        for (int verb = 0; verb < heads.length; verb++) {
            if (tags.get(verb) != Upos.VERB || !SEIN.contains(forms.get(verb).toLowerCase(Locale.GERMAN))) {
                continue;
            }
            int finalVerb = verb;
            int[] objects = java.util.stream.IntStream.range(0, heads.length)
                .filter(c -> heads[c] == finalVerb && "obj".equals(relations[c])).toArray();
            if (objects.length != 1 || tags.get(objects[0]) != Upos.NOUN && tags.get(objects[0]) != Upos.PROPN) {
                continue;
            }
            int predicate = objects[0];
            heads[predicate] = heads[verb];
            relations[predicate] = relations[verb];
            for (int c = 0; c < heads.length; c++) {
                if (heads[c] == verb && c != predicate) {
                    heads[c] = predicate;
                }
            }
            heads[verb] = predicate;
            relations[verb] = "cop";
            tags.set(verb, Upos.AUX);
        }
    }

    /**
     * "der damalige König von Preußen", "die Königin von England": the land a ruler rules belongs to the title, as the
     * treebank has it; the parser sometimes hangs it on the verb, which tears the title apart.
     */
    private static void reattachWhatARulerRules(List<String> forms, List<Upos> tags, int[] heads, String[] relations) {
        for (int w = 1; w + 1 < heads.length; w++) {
            int name = heads[w];
            if (!forms.get(w).equals("von") || !"case".equals(relations[w]) || name != w + 1 || heads[name] < 0
                || !relations[name].startsWith("obl") || tags.get(name) != Upos.PROPN || tags.get(w - 1) != Upos.NOUN
                || !RULER.matcher(forms.get(w - 1)).matches()) {
                continue;
            }
            heads[name] = w - 1;
            relations[name] = "nmod";
        }
    }

    /**
     * "Riesig sind die Unterschiede allerdings nicht": the adjective is the predicate the copula and "nicht" belong to,
     * as the treebank has it; the parser sometimes makes "nicht" the root, with the adjective its adverb.
     */
    private static void makeTheAdjectiveThePredicateOfNicht(List<String> forms, List<Upos> tags, int[] heads,
                                                             String[] relations) {
        for (int root = 0; root < heads.length; root++) {
            if (heads[root] >= 0 || !forms.get(root).equals("nicht")) {
                continue;
            }
            int adjective = -1;
            boolean copula = false;
            for (int w = 0; w < heads.length; w++) {
                copula |= heads[w] == root && "cop".equals(relations[w]);
                if (heads[w] == root && "advmod".equals(relations[w]) && tags.get(w) == Upos.ADJ && adjective < 0) {
                    adjective = w;
                }
            }
            if (!copula || adjective < 0) {
                continue;
            }
            for (int w = 0; w < heads.length; w++) {
                if (heads[w] == root && w != adjective) {
                    heads[w] = adjective;
                }
            }
            heads[adjective] = -1;
            relations[adjective] = "root";
            heads[root] = adjective;
            relations[root] = "advmod";
        }
    }

    /**
     * "Inzwischen hat Albanien aber seine Wasserkraftwerke erneuert": "aber" inside the clause, with no comma before it,
     * is the verb's adverb, as the treebank has it; the parser sometimes joins the subject and the object with it.
     */
    private static void reattachAberInsideTheClause(List<String> forms, List<Upos> tags, int[] heads, String[] relations) {
        for (int w = 1; w + 1 < heads.length; w++) {
            int second = heads[w];
            if (!forms.get(w).equals("aber") || !"cc".equals(relations[w]) || forms.get(w - 1).equals(",")
                || second != w + 1 && !(second > w && "det:poss".equals(relations[w + 1]) && heads[w + 1] == second)
                || !"conj".equals(relations[second]) || heads[second] < 0 || heads[second] != w - 1) {
                continue;
            }
            int first = heads[second];
            int verb = heads[first];
            if (!"nsubj".equals(relations[first]) || verb < 0 || !isVerb(tags.get(verb))
                || !(tags.get(second) == Upos.NOUN || tags.get(second) == Upos.PROPN)) {
                continue;
            }
            heads[w] = verb;
            relations[w] = "advmod";
            tags.set(w, Upos.ADV);
            heads[second] = verb;
            relations[second] = "obj";
        }
    }

    /**
     * "Karl der Große wurde zum Kaiser gekrönt": what someone is crowned, elected or made, with "zu", is the verb's,
     * as the treebank has it; the parser sometimes hangs it on the name, which makes it part of who was crowned.
     */
    private static void reattachWhatSomeoneIsMade(List<String> forms, List<Upos> tags, int[] heads, String[] relations) {
        for (int w = 0; w + 2 < heads.length; w++) {
            int noun = heads[w];
            if (!forms.get(w).equals("zu") || !"case".equals(relations[w]) || noun < 0 || !"nmod".equals(relations[noun])) {
                continue;
            }
            int name = heads[noun];
            while (name >= 0 && Set.of("nmod", "flat", "appos").contains(relations[name])) {
                name = heads[name];
            }
            if (name < 0 || tags.get(name) != Upos.PROPN || heads[name] < 0 || !isVerb(tags.get(heads[name]))
                || !Set.of("nsubj", "nsubj:pass", "obj").contains(relations[name])
                || !MAKING_SOMEONE.matcher(forms.get(heads[name])).matches()) {
                continue;
            }
            heads[noun] = heads[name];
            relations[noun] = "obl";
        }
    }

    private static final java.util.regex.Pattern MAKING_SOMEONE = java.util.regex.Pattern.compile(
        "(?:ge)?(?:krön|wähl|ernann|ernenn|beförder|weih|kür|berief|beruf|erhob|erhoben|mach)(?:t|te|ten|en|e)?");

    private static final java.util.regex.Pattern RULER = java.util.regex.Pattern.compile(
        "(?:Ex-)?(?:König|Kaiser|Herzog|Graf|Fürst|Prinz|Zar|Sultan|Kurfürst|Markgraf|Landgraf|Großherzog|Erzherzog|Bischof"
            + "|Erzbischof|Präsident|Regent|Statthalter)(?:in|s)?");

    private static final Set<String> SEIN = Set.of("sein", "bin", "bist", "ist", "sind", "seid", "war", "warst", "waren",
        "wart", "sei", "seien", "wäre", "wären", "gewesen");

    /** Nouns whose "an" phrase says what they are about ("Beteiligung am Eigentum", "Kritik an der Regierung"). */
    private static final Set<String> TAKING_AN = Set.of("Beteiligung", "Teilnahme", "Kritik", "Interesse", "Anteil",
        "Zweifel", "Mangel", "Angriff", "Anschlag", "Anschläge", "Bedarf", "Mitwirkung", "Verrat", "Nachfrage");

    /** Forms of the verbs whose object takes "um": "kümmern", "bemühen", "bewerben". */
    private static final java.util.regex.Pattern CARING = java.util.regex.Pattern.compile(
        "(?:ge)?kümmer(?:e|n|t|st|te|ten|test|tet)?|bemüh(?:e|en|t|st|te|ten|test|tet)|bewirbt|bewerb\\p{Ll}*");

    private static final Set<String> REGARDS = Set.of("Hinblick", "Bezug", "Rücksicht", "Blick");

    /**
     * "das Bundesamt für Verfassungsschutz", "das Ministerium für Bildung": what an office is for, without an article,
     * belongs to its name, as the treebank has it; the parser sometimes hangs it on the verb, which cuts the name in two.
     */
    private static void reattachWhatAnOfficeIsFor(List<String> forms, List<Upos> tags, int[] heads, String[] relations) {
        for (int w = 1; w < heads.length; w++) {
            int noun = heads[w];
            if (!forms.get(w).equals("für") || !"case".equals(relations[w]) || noun <= w || heads[noun] < 0
                || !relations[noun].startsWith("obl") || !isVerb(tags.get(heads[noun])) || tags.get(w - 1) != Upos.NOUN
                || !OFFICE.matcher(forms.get(w - 1).toLowerCase(Locale.GERMAN)).matches()) {
                continue;
            }
            boolean bare = true;
            for (int d = w + 1; d < noun; d++) {
                bare &= !(heads[d] == noun && relations[d].startsWith("det"));
            }
            if (bare) {
                heads[noun] = w - 1;
                relations[noun] = "nmod";
            }
        }
    }

    private static final java.util.regex.Pattern OFFICE = java.util.regex.Pattern.compile(
        ".*(amt|ministerium|institut|behörde|zentrale|zentrum|agentur|kommission|ausschuss|beauftragte[rn]?|minister"
            + "|ministerin|senator|senatorin|akademie|anstalt|büro|referat|abteilung)");

    private static boolean infinitiveWithZu(List<String> forms, int[] heads, String[] relations, int verb) {
        for (int w = 0; w < verb; w++) {
            if (heads[w] == verb && "mark".equals(relations[w]) && forms.get(w).equals("zu")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(Upos upos) {
        return upos == Upos.VERB || upos == Upos.AUX;
    }

    private static void add(List<String> input, List<Integer> tokenOf, List<Upos> tags, String form, Upos upos,
                            int token) {
        input.add(form);
        tokenOf.add(token);
        tags.add(upos);
    }
}
