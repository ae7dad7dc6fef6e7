package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.analysis.WordFields;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;

/**
 * W-questions on the constituents of a parsed main clause: the W-phrase takes the place of the constituent asked
 * for and stands first, the finite verb second, the other constituents follow in their order (the one that
 * stood first moved behind the verb, or behind the subject), the verbal rest at the end. The W-word follows the
 * constituent's role and case: wer/was (subject), wen/was (accusative object), wem (dative object), mit wem,
 * für wen …, womit, worüber … (prepositional), wann, seit wann, bis wann (time), wo, wohin, woher (place),
 * warum (wegen …), wie viele (a counted noun).
 */
final class ClauseQuestions {

    /** A question: its text, the accepted answers (the constituent first), and how good a question it is. */
    record Asked(String prompt, List<String> answers, double score) {
    }

    /** Adverbs that say the clause happens now, so that no other time is the clause's. */
    private static final Set<String> NOW = Set.of("nunmehr", "jetzt", "nun", "derzeit", "momentan", "zurzeit",
        "gegenwärtig", "mittlerweile", "inzwischen");

    private static final Set<String> DATIVE_ONLY = Set.of("mit", "von", "bei", "zu", "aus", "nach", "seit",
        "gegenüber");
    private static final Set<String> ACCUSATIVE_ONLY = Set.of("für", "gegen", "ohne", "um", "durch");
    /**
     * "der Kunstrückgabebeirat: keine NS" of "… keine NS-Raubkunst": a phrase that ends or begins inside a word
     * joined by a hyphen, which would leave its other half behind.
     */
    private static boolean cutsACompound(Constituents clause, Constituents.Part asked) {
        List<org.textquiz.core.article.Token> tokens = clause.sentence().tokens();
        int first = clause.parse().word(asked.from()).token();
        int last = clause.parse().word(asked.to()).token();
        boolean joinedBefore = first > 0 && tokens.get(first - 1).span().end() == tokens.get(first).span().start()
            && (tokens.get(first).text().startsWith("-") || tokens.get(first - 1).text().endsWith("-"));
        boolean joinedAfter = last + 1 < tokens.size() && tokens.get(last).span().end() == tokens.get(last + 1).span().start()
            && (tokens.get(last + 1).text().startsWith("-") || tokens.get(last).text().endsWith("-"));
        return joinedBefore || joinedAfter;
    }

    /** Verbs of going somewhere, after which "über" names the way ("über Wien gereist"), not a topic. */
    private static final Set<String> MOTION_VERBS = Set.of("gelangen", "kommen", "gehen", "fahren", "fliegen",
        "reisen", "fliehen", "laufen", "führen", "verlaufen", "ziehen", "einreisen", "ausreisen", "flüchten",
        "transportieren", "schmuggeln", "liefern", "senden", "schicken", "schleudern", "werfen", "bringen", "treiben",
        "schwimmen", "segeln", "wandern", "kriechen", "klettern");

    private static final Set<String> DENYING_VERBS = Set.of("bestreiten", "leugnen", "dementieren", "verneinen",
        "abstreiten", "zurückweisen", "verweigern", "ablehnen");

    private static final Set<String> GENITIVE_PREPOSITIONS = Set.of("zugunsten", "zulasten", "zuungunsten", "anstelle",
        "statt", "anstatt", "seitens", "infolge", "mithilfe", "anhand", "innerhalb", "außerhalb", "trotz", "während",
        "wegen", "aufgrund", "angesichts", "laut");

    private static final java.util.regex.Pattern ATTACK = java.util.regex.Pattern.compile(
        ".*(anschlag|anschläge|angriff|angriffe|attacke|attacken|überfall|beschuss)");

    private static final java.util.regex.Pattern AN_EXAMPLE = java.util.regex.Pattern.compile(
        "\\b(?:zum Beispiel|beispielsweise|unter anderem|etwa)$");

    /** Ways one goes by: "über den Landweg", "über die Balkanroute", "über die Grenze". */
    private static final java.util.regex.Pattern WAYS = java.util.regex.Pattern.compile(
        "(land|see|luft|wasser|post|schienen)wege?s?|.*route[n]?|.*brücke[n]?|.*grenze[n]?|.*autobahn(en)?"
            // "gewann über die 100-m-Distanz": a race's distance
            + "|.*distan[tz]|.*strecke"
            // "verliert man über den Schweiß und den Atem", "geht über das Blut in die Leber": the body's way
            + "|blut|schweiß|atem|atemluft|haut|urin|harn|nahrung|kot|speichel|lungen?|darm");
    private static final Map<String, String> WO_FORMS = Map.of("mit", "Womit", "für", "Wofür", "über", "Worüber",
        "gegen", "Wogegen", "um", "Worum", "zu", "Wozu");
    /** "er" and "sie" may stand for a person the article named just before ({@link Referents}). */
    private static final Set<String> PERSONAL = Set.of("er", "sie");
    /** "Großbritannien bestreitet das.": an object that points back to what the sentence before said. */
    private static final Set<String> POINTING_OBJECTS = Set.of("das", "dies", "dieses", "diese", "jenes", "dasselbe",
        // "Man hat in Sachsen welche gefunden": some of those the sentence before named
        "welche");
    private static final Set<String> POINTING = Set.of("deren", "dessen", "derselbe", "dieselbe", "dasselbe");
    /** Possessives that point back to the subject; "Wer hat ihren Arbeitsplatz verloren?" would not agree. */
    private static final Set<String> POSSESSIVES = Set.of("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "sein",
        "seine", "seinen", "seinem", "seiner", "seines");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("an", "in", "um", "gegen", "vor");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "an", "auf", "bei");
    private static final Set<String> CAUSES = Set.of("wegen", "aufgrund", "angesichts");
    private static final Set<String> TIME_ADVERBS = Set.of("heute", "gestern", "morgen", "vorgestern", "kürzlich");
    /** "nur", "erst": what holds only because of, or only from, the clause that says when or why. */
    static final Set<String> ONLY_UNDER_A_CONDITION = Set.of("nur", "erst");
    private static final Set<String> FLOATING_QUANTIFIERS = Set.of("jeder", "jede", "jedes", "beide", "alle");
    /** Constituents that never become part of a question: a coordinated clause, a loose addition. */
    private static final Set<String> LEFT_OUT = Set.of("conj", "parataxis", "discourse", "vocative", "dislocated",
        "reparandum", "orphan");

    /** A clause with "zu" and an infinitive, or one opened by "dass" or "ob": what a correlate points ahead to. */
    private static boolean complementClause(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return parse.subtree(part.word()).stream().map(parse::word).anyMatch(w -> w.relation().equals("mark")
            && Set.of("zu", "dass", "ob").contains(w.form().toLowerCase(Locale.GERMAN)));
    }

    /**
     * Words that point ahead to a clause ("darauf bestanden, unschuldig zu sein"): with that clause left out, what
     * they point to is lost.
     */
    private static final Set<String> CORRELATES = Set.of("darauf", "darüber", "dafür", "damit", "davon", "dazu",
        "daran", "darum", "dagegen", "darin", "dabei", "dadurch", "daraus", "danach");

    static final Set<String> CONNECTIVES = Set.of("demnach", "nämlich", "jedoch", "allerdings", "außerdem",
        "zudem", "dennoch", "trotzdem", "somit", "folglich", "ebenfalls", "also", "aber", "indessen", "jedenfalls",
        "freilich", "schließlich", "übrigens", "daraufhin", "deshalb", "daher", "deswegen", "dabei", "nun",
        "inzwischen", "mittlerweile", "ebenso", "ferner", "zunächst", "zwar", "unterdessen", "hingegen", "wiederum", "derweil",
        "so", "vielmehr", "indes", "dann", "darüberhinaus", "währenddessen", "erstens", "zweitens", "drittens",
        "viertens", "andersherum", "umgekehrt",
        // Swiss spelling
        "ausserdem", "schliesslich");
    private static final Set<String> OPENED_BY_A_COLON = Set.of("der", "die", "das", "den", "dem", "viele", "einige",
        "mehrere", "manche", "zwei", "drei", "vier");
    private static final Set<String> GRADING = Set.of("besonders", "sehr", "ganz", "extrem", "ziemlich", "äußerst",
        "überaus", "verschieden", "unterschiedlich", "relativ", "recht");
    private static final Set<String> LINKS_ONLY = Set.of("nämlich", "jedoch", "allerdings", "hingegen", "übrigens",
        "demnach", "freilich", "indes", "indessen", "wiederum");
    /** "(MDC)", "(Grüne)", "(TS)": an abbreviation or party in brackets, left out of what a question says. */
    private static final java.util.regex.Pattern SHORT_ASIDE = java.util.regex.Pattern.compile(
        " \\([\\p{L}\\p{N}.-]+( [\\p{L}\\p{N}.-]+)?\\)");
    /** "Celine Dion, sprich sselien-dioh, ist …": how the name is said, which a question or statement leaves out. */
    private static final java.util.regex.Pattern SPOKEN_ASIDE = java.util.regex.Pattern.compile(
        ",\\s*sprich:? [^,]+?(?:,|(?=[.?]?$))");

    static String withoutSpokenAside(String text) {
        return SPOKEN_ASIDE.matcher(text).replaceAll("");
    }

    /** Determiners that are the same in the nominative and the accusative. */
    private static final Set<String> NOMINATIVE_OR_ACCUSATIVE = Set.of("die", "das", "eine", "ein", "keine", "kein",
        "meine", "mein", "deine", "dein", "seine", "sein", "ihre", "ihr", "unsere", "unser", "eure", "euer", "diese",
        "dieses", "jene", "jenes", "alle", "manche", "welche", "beide", "einige", "viele", "mehrere");
    /** The nouns of "zur Verfügung stehen", "in Kraft treten", "zum Einsatz kommen", "in Frage stellen" …. */
    private static final Set<String> LIGHT_VERB_NOUNS = Set.of("Verfügung", "Kraft", "Einsatz", "Frage", "Ende",
        "Betrieb", "Anwendung", "Sprache", "Geltung", "Ausdruck", "Gang", "Anspruch", "Kenntnis", "Verantwortung",
        "Rechenschaft", "Wort", "Last", "Disposition", "Hilfe", "Schutz", "Betracht", "Aussicht", "Acht", "Kauf", "Leben",
        "Flammen", "Kontrolle", "Haft", "Gewahrsam", "Erwägung", "Erliegen", "Patent", "Schleudern", "Stocken",
        "Rollen", "Wanken", "Abstimmung", "Debatte", "Diskussion");
    private static final Set<String> LIGHT_VERB_PREPOSITIONS = Set.of("zur", "zum", "zu", "in", "ins", "außer", "ums",
        "unter");

    /**
     * "Was wurde erfunden?", "Was ging zu Ende?": a question that keeps nothing but its verb and adverbs, no noun, name
     * or number that would say what it is about.
     */
    static boolean onlyItsVerb(String prompt) {
        String[] words = prompt.replaceAll("[?.]$", "").split(" ");
        return java.util.Arrays.stream(words, 1, words.length).allMatch(word -> !word.isEmpty()
            && Character.isLowerCase(word.charAt(0)) || LIGHT_VERB_NOUNS.contains(word));
    }

    /**
     * Adverbs of time and frequency that may open a statement; "wieder", "auch", "nur", "nicht" and the like change
     * what they refer to when moved ("Wieder wurde die Autobahn freigegeben" is not "…wurde wieder freigegeben").
     */
    private static final Set<String> MOVABLE_ADVERBS = Set.of("heute", "gestern", "morgen", "vorgestern", "bisher",
        "bislang", "inzwischen", "mittlerweile", "zuletzt", "kürzlich", "derzeit", "zurzeit", "damals", "jetzt",
        "seither", "seitdem", "später", "früher", "jährlich", "monatlich", "täglich", "wöchentlich", "stundenlang",
        "tagelang", "jahrelang", "anschließend", "vorerst", "künftig", "demnächst", "ursprünglich", "zunächst", "anfangs",
        "einst", "erstmals");
    /** "eine „Verhöhnung Polens“": the closing quotation mark the parse hung elsewhere comes right after the phrase. */
    private static boolean closedRightAfter(Constituents clause, Constituents.Part part) {
        int next = part.to() + 1;
        return next < clause.parse().words().size()
            && Set.of("“", "”", "\"").contains(clause.parse().word(next).form());
    }

    /**
     * "gegen die neuen Tarife am darauffolgenden Donnerstag": a time at the end of a phrase that says no time is the
     * clause's, which the parse hung on the noun before it.
     */
    private static final java.util.regex.Pattern TIME_AT_THE_END = java.util.regex.Pattern.compile(
        "\\s(am|im|seit) (\\p{L}+ )?(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|"
            + "Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahr \\d{4})\\p{L}*$"
            + "|\\svor (\\p{L}+|\\d+) (Stunden|Tagen|Wochen|Monaten|Jahren)$|\\sbis (heute|jetzt|dato|zuletzt)$");

    private static final Set<String> FIRST_TIME = Set.of("erstmals", "erstmalig", "zuletzt");

    /** Phrases with a preposition that say how the sentence stands to the others, not when, where, why or how. */
    private static final Set<String> LINKING_PHRASES = Set.of("zum beispiel", "zum teil", "zum glück", "zum einen",
        "zum anderen", "zum schluss", "zur zeit", "im grunde", "im übrigen", "im allgemeinen", "im gegenteil",
        "in der regel", "vor allem", "unter anderem", "im prinzip", "in wirklichkeit", "in der tat", "im grunde genommen");

    /** Particles that single out the phrase after them, which a question may not ask for without them. */
    static final Set<String> SINGLING_OUT = Set.of("allein", "nur", "lediglich", "ausschließlich", "sogar",
        "selbst", "gerade", "genau");
    /** "Der nur 1,69 m große Marin": a height told before a name, which a person's is. */
    private static final java.util.regex.Pattern HEIGHT = java.util.regex.Pattern.compile(
        "\\b\\d[\\d,]* ?(?:m|Meter) große[nr]? \\p{Lu}");
    /** "bereits seit Jahren", "erst am Montag": words that say a time is early or late, and belong to it. */
    private static final Set<String> TIME_FOCUS = Set.of("bereits", "schon", "erst");
    /** "gleich zwei Tabus", "satte 40 Prozent": words that say an amount is large, and belong to it. */
    private static final Set<String> AMOUNT_FOCUS = Set.of("gleich", "ganze", "satte", "stolze");
    /** Particles that stand before the phrase they focus on and cannot close a clause on their own. */
    private static final Set<String> FOCUS_PARTICLES = Set.of("auch", "sogar", "nur", "ebenfalls", "selbst");
    /**
     * Adverbs that say how the whole clause holds ("auch", "bereits", "vermutlich"), behind which a moved Vorfeld
     * goes; an adverb of manner ("stark", "besser") stays next to its verb.
     */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("auch", "bereits", "schon", "noch", "nun", "jetzt",
        "jedoch", "allerdings", "aber", "vermutlich", "wohl", "offenbar", "angeblich", "eigentlich", "erst", "nur",
        "sogar", "ebenfalls", "zudem", "außerdem", "inzwischen", "mittlerweile", "zunächst", "damals", "heute",
        "gestern", "derzeit", "zurzeit", "bisher", "bislang", "immer", "zuletzt", "kürzlich", "jüngst", "zuvor",
        "später", "anschließend", "schließlich", "letztlich", "zuerst", "morgen", "weiterhin", "wieder", "dann",
        "möglicherweise", "wahrscheinlich", "womöglich", "mutmaßlich", "bald");
    /** "18 Monate lang", "drei Jahre alt": what a counted phrase measures, which stays beside it. */
    static final Set<String> MEASURED = Set.of("lang", "alt", "hoch", "breit", "tief", "weit", "später",
        "früher", "zuvor", "danach", "zurück");
    /** Particles a statement keeps beside the phrase after them: "noch am Tatort", "bereits 2008". */
    private static final Set<String> STAYING_WITH_THE_NEXT = Set.of("auch", "sogar", "nur", "ebenfalls", "selbst",
        "noch", "erst", "schon", "bereits", "gerade", "genau", "zumeist", "meist", "fast", "kaum", "rund", "etwa",
        "insbesondere", "besonders", "vornehmlich", "hauptsächlich", "ausschließlich", "allein", "lediglich",
        "überwiegend", "vorwiegend", "größtenteils", "mehrheitlich", "teils", "teilweise", "möglichst",
        // "leben eher im Süden"
        "eher");
    /**
     * "rechnen … bereits in diesem Jahr mit Verlusten": a particle that stays with the phrase after it, which a phrase
     * put back from the Vorfeld goes before, not between them.
     */
    private static boolean focusesTheNext(Constituents clause, List<Constituents.Part> rest, int at) {
        return STAYING_WITH_THE_NEXT.contains(clause.parse().word(rest.get(at).word()).form().toLowerCase(Locale.GERMAN))
            && at + 1 < rest.size() && !rest.get(at + 1).verbal();
    }

    /** "den 1 . FC Nürnberg": an ordinal whose full stop the parse hung elsewhere, put back in its place. */
    private static final java.util.regex.Pattern ORDINAL_SPACE = java.util.regex.Pattern.compile("(\\d) \\.(?= )");
    /**
     * "…, so der BGH?", "… im Hyde Park unter anderem?": a frame or a qualifier of the answer left dangling at the end
     * of a question.
     */
    private static final java.util.regex.Pattern LOOSE_END = java.util.regex.Pattern.compile(
        ", so [^,]+\\?$|unter anderem\\?$|[,“”] so (?:der|die|das|\\p{Lu})[^,]*,");
    /** Verbs whose subject is often a clause and whose person is their object: "Mich freut, dass …". */
    private static final Set<String> FEELING_VERBS = Set.of("interessieren", "freuen", "ärgern", "wundern",
        "überraschen", "beunruhigen", "erstaunen", "stören", "beschäftigen", "bewegen", "empören", "erschrecken",
        "verstimmen", "verärgern", "enttäuschen", "irritieren", "schockieren", "verunsichern", "alarmieren");
    /** Time adverbs that, moved out of the Vorfeld, go before the sentence adverbs ("zuletzt wieder"). */
    private static final Set<String> TIME_BEFORE_SENTENCE_ADVERBS = Set.of("zuletzt", "bisher", "bislang", "derzeit",
        "inzwischen", "mittlerweile", "zunächst", "kürzlich", "jüngst", "vorerst", "heute", "gestern", "morgen",
        "momentan", "aktuell", "später", "früher", "danach", "anschließend", "seither", "seitdem", "bald", "damals");

    /** A longer answer is more than a learner can be asked to type. */
    private static final int MAX_ANSWER_WORDS = 10;
    /** A clause of reason is answered in the learner's own words ({@link #keyWords}), so it may be longer. */
    private static final int MAX_REASON_WORDS = 16;
    /** A question longer than this is hard to take in at once, however right its grammar. */
    private static final int MAX_QUESTION_WORDS = 25;

    private final Morphology morphology;
    private final WordFields fields;

    ClauseQuestions(Morphology morphology, WordFields fields) {
        this.morphology = morphology;
        this.fields = fields;
    }

    List<Asked> ask(Constituents clause, People people) {
        return ask(clause, people, Optional.empty());
    }

    /**
     * Whether nothing of the clause may be asked, however its words are read: an idiom, a clause whose verb a second
     * clause leaves out, a list split, a verb that says nothing without the words it leaves out.
     */
    boolean unaskable(Constituents clause) {
        return notOnlyButAlso(clause) || listWithWieAuch(clause) || gapped(clause)
            || idiom(clause) || comparedWithSo(clause) || agentReadAsObject(clause) || saysNothingWithoutWhatFollows(clause)
            || clause.nameReadAsObject(morphology) || contentOfSayingLeftOut(clause) || passiveSubjectWithHaben(clause)
            || oneOfTwo(clause) || correctedBySondern(clause) || experiencerReadAsSubject(clause)
            || saidWithoutWhat(clause) || nameAfterTheVerbReadAsObject(clause)
            || Words.subjunctiveOfAnotherVerb(clause.finiteText(), morphology) || finiteAfterAnAuxiliary(clause)
            || frameInserted(clause) || bareObjectRunIntoAPhrase(clause) || participleReadAsAConjunct(clause)
            || attributeReadAsThePlacesPhrase(clause) || sichReadIntoAPhrase(clause)
            || articleForANounBefore(clause.parse(), clause.head()) || umZuReadAsAPhrase(clause.parse())
            || articleReadAsAPronoun(clause.parse(), clause.head())
            || purposeOfThePredicate(clause.parse(), clause.head())
            || exampleOfWhatCameBefore(clause.parse(), clause.head())
            || superlativeOfWhatCameBefore(clause.parse(), clause.head()) || placeNamedWithDen(clause.parse())
            || superlativeNarrowedByARelativeClause(clause.parse(), clause.head())
            || predicateHungOnAPhrase(clause.parse(), clause.head()) || predicateReadAsAnAdverb(clause)
            || objectReadIntoTheSubject(clause) || yearReadAsACount(clause) || hardlyAny(clause)
            || commonNounsTakenForAName(clause) || nameFrom(clause);
    }

    /**
     * "Den Namen hat der Hexenschuss aus dem Mittelalter": where the name comes from, read into the subject ("Was hat
     * den Namen?").
     */
    private static boolean nameFrom(Constituents clause) {
        Parse parse = clause.parse();
        boolean hasAName = parse.children(clause.head(), "obj").stream()
            .anyMatch(o -> Set.of("Namen", "Name").contains(parse.word(o).form()))
            && Set.of("hat", "haben", "hatte", "hatten").contains(Words.lower(parse.word(clause.head()).form()));
        return hasAName && parse.words().stream().anyMatch(w -> w.relation().equals("case")
            && Set.of("aus", "von", "vom").contains(Words.lower(w.form())));
    }

    /**
     * "beginnen die Hoden Samenflüssigkeit herzustellen" parsed with "Hoden Samenflüssigkeit" one name: two nouns the
     * dictionary knows, and knows as no name, are a subject and an object ("das Wort Tornado" names a word).
     */
    private boolean commonNounsTakenForAName(Constituents clause) {
        Parse parse = clause.parse();
        return clause.constituents().stream().map(Constituents.Part::word)
            .filter(w -> parse.word(w).relation().startsWith("nsubj") || parse.word(w).relation().equals("obj"))
            .filter(w -> !NAMING_PLURALS.contains(parse.word(w).form()) && !NAMING_NOUNS.contains(parse.word(w).form()))
            // ("die „Goldenen Zwanziger Jahre“" is a name)
            // ("Ministerpräsident Giorgos Papandreou", a title before a name, has no article)
            .anyMatch(w -> parse.word(w).upos() == Upos.PROPN && plainNoun(parse.word(w).form())
                && !parse.children(w, "det").isEmpty() && !isPersonNoun(parse.word(w))
                && parse.children(w, "amod").isEmpty() && parse.children(w, "punct").isEmpty()
                && parse.children(w, "flat").stream().anyMatch(f -> f == w + 1 && plainNoun(parse.word(f).form())));
    }

    private boolean plainNoun(String form) {
        return Words.plainNoun(morphology.readings(form));
    }

    /**
     * "seit den Jahren nach 1800 Flaschen ins Meer" parsed with "nach 1800 Flaschen" one phrase: a year after "nach",
     * "vor" or "bis" right behind a time it narrows, taken for a count of the noun after it.
     */
    private static boolean yearReadAsACount(Constituents clause) {
        Parse parse = clause.parse();
        return clause.parts().stream().anyMatch(part -> part.from() > 0 && part.from() + 2 <= part.to()
            && Set.of("nach", "vor", "bis").contains(Words.lower(parse.word(part.from()).form()))
            && parse.word(part.from() + 1).upos() == Upos.NUM
            && YEAR.matcher(parse.word(part.from() + 1).form()).matches()
            && parse.word(part.from() + 2).upos() == Upos.NOUN
            && TIMES_A_YEAR_NARROWS.contains(parse.word(part.from() - 1).form()));
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[0-9]{3}|20[0-9]{2}");
    private static final Set<String> TIMES_A_YEAR_NARROWS = Set.of("Jahren", "Jahrzehnten", "Jahrhunderten", "Zeit",
        "Zeiten", "Jahrzehnte", "Jahre", "Jahrhunderte");

    /**
     * "Jahrhundertelang haben kaum Europäer die Kanaren gesehen": "kaum" before a bare noun says hardly any, which
     * neither "Wer hat … kaum die Kanaren gesehen?" nor a statement that moves the noun away from it keeps.
     */
    private static boolean hardlyAny(Constituents clause) {
        Parse parse = clause.parse();
        return clause.parts().stream().anyMatch(part -> part.from() > 0
            && Words.lower(parse.word(part.from() - 1).form()).equals("kaum")
            && Set.of("nsubj", "nsubj:pass", "obj").contains(parse.word(part.word()).relation())
            && parse.children(part.word(), "det").isEmpty());
    }

    /**
     * "griff die Sowjetunion Finnland an", "eroberten die türkischen Osmanen Konstantinopel" parsed with the object
     * beside the subject as its name: a clause with no object whose subject goes on, with no comma, in a country or a
     * town after a country or a plural.
     */
    private boolean objectReadIntoTheSubject(Constituents clause) {
        Parse parse = clause.parse();
        if (!parse.children(clause.head(), "obj").isEmpty()) {
            return false;
        }
        // (a passive subject has no object beside it to take in)
        return parse.children(clause.head(), "nsubj").stream()
            .filter(subject -> parse.word(subject).relation().equals("nsubj"))
            .anyMatch(subject -> parse.children(subject).stream()
            .filter(c -> c == subject + 1 && Set.of("flat", "appos").contains(parse.word(c).relation()))
            .anyMatch(c -> (isCountry(parse.word(c)) || isCity(parse.word(c)))
                // "die Nachbarländer Syriens": a genitive, which no object is
                && morphology.readings(parse.word(c).form()).stream().anyMatch(m -> m.has(Feature.ACCUSATIVE))
                && (isCountry(parse.word(subject)) || pluralOnly(parse.word(subject)))
                || commonNounTakenForAName(parse, subject, c)
                // "sprechen einige Schweden Finnisch": a language beside the subject is what they speak
                || parse.word(c).form().matches("\\p{Lu}\\p{Ll}+isch|Deutsch")));
    }

    /**
     * "fangen die Menschen Fische" with "Fische/PROPN" beside the plural subject and its article: a noun of the
     * dictionary, in the plural, with no article, that the tagger took for a name ("die Wörter Volk und Nation" name
     * words, "Tesla Roadster" is one name).
     */
    private boolean commonNounTakenForAName(Parse parse, int subject, int next) {
        Word word = parse.word(next);
        List<org.textquiz.core.analysis.Morph> readings = morphology.readings(word.form());
        return word.upos() == Upos.PROPN && parse.children(next, "det").isEmpty()
            && !NAMING_PLURALS.contains(parse.word(subject).form()) && !parse.children(subject, "det").isEmpty()
            // "Erwachsene Aale": an adjective before its noun, whatever the tagger made of the two
            && morphology.readings(Words.lower(parse.word(subject).form())).stream()
                .noneMatch(m -> m.upos() == Upos.ADJ)
            && morphology.readings(parse.word(subject).form()).stream()
                .anyMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.PLURAL) && m.has(Feature.NOMINATIVE))
            && readings.stream().anyMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.PLURAL))
            && readings.stream().noneMatch(m -> m.upos() == Upos.PROPN || m.has(Feature.GIVEN_NAME));
    }

    private static final Set<String> NAMING_PLURALS = Set.of("Wörter", "Begriffe", "Namen", "Titel", "Ausdrücke");

    private boolean isCity(Word word) {
        return morphology.readings(word.form()).stream().anyMatch(m -> m.has(Feature.CITY));
    }

    /** "die türkischen Osmanen Konstantinopel": a noun in the plural only, which a place is no name of. */
    private boolean pluralOnly(Word word) {
        List<org.textquiz.core.analysis.Morph> nouns = morphology.readings(word.form()).stream()
            .filter(m -> m.upos() == Upos.NOUN).toList();
        return word.upos() == Upos.NOUN && !nouns.isEmpty() && nouns.stream().allMatch(m -> m.has(Feature.PLURAL));
    }

    /**
     * "Depressiv wird man oft, weil …" parsed with "Depressiv" an adverb of "wird": the predicate, which belongs at the
     * end of the clause ("Warum wird man oft depressiv?"), not beside the subject.
     */
    private boolean predicateReadAsAnAdverb(Constituents clause) {
        Parse parse = clause.parse();
        Word first = parse.word(clause.vorfeld().word());
        return clause.vorfeld().from() == clause.vorfeld().to() && first.upos() == Upos.ADJ
            && first.relation().equals("advmod") && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> Set.of("werden", "sein", "bleiben").contains(m.lemma()));
    }

    /**
     * "Die Gegend war im Altertum die erste römische Provinz …" parsed with "im Altertum" the predicate and "die erste
     * römische Provinz" hung on it: a noun phrase with its article and no preposition after a copula's phrase is the
     * predicate itself, which "nicht" and a question would put in the wrong place.
     */
    static boolean predicateHungOnAPhrase(Parse parse, int head) {
        return !parse.children(head, "cop").isEmpty() && !parse.children(head, "case").isEmpty()
            && parse.children(head, "nmod").stream().anyMatch(n -> n > head && parse.children(n, "case").isEmpty()
                && parse.word(n).upos() == Upos.NOUN && parse.children(n, "det").stream()
                    .anyMatch(d -> d < n && Set.of("der", "die", "das", "ein", "eine")
                        .contains(Words.lower(parse.word(d).form()))));
    }

    /**
     * "Belarus ist der größte Staat in Europa, der keine eigene Meeresküste hat": a superlative that only holds of
     * those the relative clause names, which a question or a statement without it makes false.
     */
    static boolean superlativeNarrowedByARelativeClause(Parse parse, int head) {
        if (parse.children(head, "cop").isEmpty()) {
            return false;
        }
        List<Integer> nouns = new ArrayList<>(List.of(head));
        nouns.addAll(parse.children(head, "appos"));
        boolean superlative = nouns.stream().anyMatch(n -> RECORD.matcher(parse.word(n).form()).matches()
            || parse.children(n, "amod").stream().anyMatch(a -> RECORD.matcher(parse.word(a).form()).matches()));
        return superlative && nouns.stream().flatMap(n -> parse.children(n).stream())
            .anyMatch(c -> parse.word(c).relation().startsWith("acl") && relativeOpening(parse, c));
    }

    /**
     * "Den Haag besitzt bis heute kein Stadtrecht": a Dutch place whose name opens with "Den", which the parse reads
     * as the accusative article and so takes the place for the object.
     */
    static boolean placeNamedWithDen(Parse parse) {
        for (int w = 0; w + 1 < parse.words().size(); w++) {
            // "Der Gerichtshof in Den Haag": only where the parse took the place for an object
            if (parse.word(w).form().equals("Den")
                && Set.of("Haag", "Helder", "Bosch").contains(parse.word(w + 1).form())
                && Set.of("obj", "iobj").contains(parse.word(w + 1).relation())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Der bekannteste ist wohl der Amerikaner Samuel Morse": the best known of those the sentence before named, an
     * adjective without its noun, which a question would not say.
     */
    static boolean superlativeOfWhatCameBefore(Parse parse, int head) {
        return parse.children(head).stream().anyMatch(c -> parse.word(c).relation().startsWith("nsubj")
            && parse.word(c).upos() == Upos.ADJ && parse.word(c).form().matches("\\p{Ll}+ste[nr]?")
            && parse.children(c).stream().allMatch(d -> parse.word(d).relation().equals("det")));
    }

    /**
     * "Ein Beispiel ist eine Organisation der Vereinten Nationen, …": an example of what the sentence before told,
     * which a question would not say.
     */
    static boolean exampleOfWhatCameBefore(Parse parse, int head) {
        return parse.children(head).stream().anyMatch(c -> parse.word(c).relation().startsWith("nsubj")
            && ONE_OF_THOSE_BEFORE.contains(parse.word(c).form()) && parse.children(c, "nmod").isEmpty());
    }

    /** "Ein Beispiel ist …", "Eine Möglichkeit ist eine Psycho-Therapie": of what, only the sentence before says. */
    private static final Set<String> ONE_OF_THOSE_BEFORE = Set.of("Beispiel", "Beispiele", "Möglichkeit",
        "Möglichkeiten", "Grund", "Gründe", "Ursache", "Ursachen", "Ausnahme", "Ausnahmen");

    /**
     * "Ein Feuerzeug ist ein kleines Gerät, um Feuer zu machen": the purpose of the thing the predicate names, which
     * the parse hung on the clause; neither the purpose nor the thing is asked without the other.
     */
    static boolean purposeOfThePredicate(Parse parse, int head) {
        return !parse.children(head, "cop").isEmpty() && parse.word(head).upos() == Upos.NOUN
            && parse.children(head, "advcl").stream().anyMatch(a -> parse.children(a, "mark").stream()
                .anyMatch(m -> Words.lower(parse.word(m).form()).equals("um")));
    }

    /**
     * "Rentiere eignen sich gut um Lasten zu tragen" without its comma, parsed with "um Lasten" a phrase of the verb:
     * "um" and a "zu" before the infinitive open a clause of purpose, which no phrase of the main clause may be asked
     * from or moved out of.
     */
    static boolean umZuReadAsAPhrase(Parse parse) {
        for (int w = 0; w < parse.words().size(); w++) {
            if (!parse.word(w).form().equalsIgnoreCase("um") || parse.word(w).upos() != Upos.ADP
                || !parse.word(w).relation().equals("case")) {
                continue;
            }
            for (int next = w + 1; next < parse.words().size() && parse.word(next).upos() != Upos.PUNCT; next++) {
                if (parse.word(next).form().equals("zu") && parse.word(next).upos() == Upos.PART
                    && next + 1 < parse.words().size() && parse.word(next + 1).upos() == Upos.VERB) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Zu den beliebtesten Apps gehört die der Deutschen Bahn": an article standing for a noun the sentence before
     * named ("die App"), which neither a question nor a statement can tell; so does "ein" before an adjective with no
     * noun ("Deutschland zum Beispiel hat nur einen einzigen gebaut", a carrier).
     */
    static boolean articleForANounBefore(Parse parse, int head) {
        return parse.children(head).stream()
            .anyMatch(c -> parse.word(c).upos() == Upos.DET && !parse.word(c).relation().equals("det")
                && (Set.of("der", "die", "das", "den", "dem").contains(Words.lower(parse.word(c).form()))
                    && !parse.children(c, "nmod").isEmpty()
                    || Words.lower(parse.word(c).form()).matches("k?ein(?:e[mnrs]?)?") && c + 1 < parse.words().size()
                        && parse.word(c + 1).upos() == Upos.ADJ && parse.word(c + 1).form().matches("\\p{Ll}.*")
                        && (c + 2 >= parse.words().size() || parse.word(c + 2).upos() != Upos.NOUN
                            && parse.word(c + 2).upos() != Upos.PROPN)));
    }

    /**
     * "Nach dem Ende der Gruppe arbeiteten die Männer manchmal weiter zusammen" parsed with "die" a pronoun and the
     * subject, and "Männer" hung elsewhere: the article of the noun after it, read apart from its noun.
     */
    static boolean articleReadAsAPronoun(Parse parse, int head) {
        return parse.children(head).stream()
            .anyMatch(c -> parse.word(c).upos() == Upos.PRON && parse.children(c).isEmpty()
                && Set.of("nsubj", "nsubj:pass", "obj", "iobj").contains(parse.word(c).relation())
                && Set.of("der", "die", "das", "den", "dem").contains(Words.lower(parse.word(c).form()))
                && c + 1 < parse.words().size() && parse.word(c + 1).upos() == Upos.NOUN);
    }

    /**
     * "Im Süden liegt die Halbinsel Azuero mit viel Ackerland …": what the place has, which the parse hung on "liegt";
     * asked or moved, it would tell how the place lies.
     */
    private boolean attributeReadAsThePlacesPhrase(Constituents clause) {
        Parse parse = clause.parse();
        return morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && Set.of("liegen", "befinden").contains(m.lemma()))
            && prepositionsOfTheVerb(parse, clause.head()).contains("mit")
            // "Die Spurs lagen mit einem Spiel vorne": no place where, and no place that lies
            && prepositionsOfTheVerb(parse, clause.head()).stream().anyMatch(WHERE_SOMETHING_LIES::contains);
    }

    private static final Set<String> PRONOUN_OBJECTS = Set.of("es", "ihn", "ihm", "ihnen", "uns", "mich", "mir",
        "dich", "dir", "euch");

    /** "im Süden", not "an sechster Stelle", a rank. */
    private static final Set<String> WHERE_SOMETHING_LIES = Set.of("in", "im", "bei", "zwischen");

    private static Set<String> prepositionsOfTheVerb(Parse parse, int verb) {
        return parse.children(verb, "obl").stream().flatMap(o -> parse.children(o, "case").stream())
            .map(c -> Words.lower(parse.word(c).form())).collect(java.util.stream.Collectors.toSet());
    }

    /** "gucken sich Gewalt im Fernsehen an" with "sich" read as the owner of "Gewalt": the verb's own, cut off. */
    private static boolean sichReadIntoAPhrase(Constituents clause) {
        Parse parse = clause.parse();
        return clause.parts().stream().anyMatch(p -> p.from() < p.to()
            && Words.lower(parse.word(p.from()).form()).equals("sich") && p.from() != p.word());
    }

    /**
     * "Einige historische Sehenswürdigkeiten haben die Bombenangriffe … aber trotzdem überstanden", with "überstanden"
     * read as a second predicate joined by "aber": the perfect's participle, without which "haben" says nothing.
     */
    private boolean participleReadAsAConjunct(Constituents clause) {
        Parse parse = clause.parse();
        boolean auxiliary = morphology.readings(parse.word(clause.head()).form()).stream()
            .anyMatch(m -> m.has(Feature.FINITE) && Set.of("haben", "sein").contains(m.lemma()));
        int last = Constituents.lastWord(parse);
        return auxiliary && parse.children(clause.head(), "conj").stream().anyMatch(c -> c == last
            && parse.children(c).stream().map(parse::word).noneMatch(w -> w.relation().startsWith("nsubj")
                || w.upos() == Upos.AUX || w.upos() == Upos.VERB)
            && morphology.readings(parse.word(c).form()).stream().anyMatch(m -> m.has(Feature.PARTICIPLE)));
    }

    /**
     * "Der Hintergrund …, sagt ein Vereinsmitglied, sei nicht selten …": a frame of saying set off inside the words it
     * reports, read as the clause with the words' first phrase for its Vorfeld.
     */
    private boolean frameInserted(Constituents clause) {
        Parse parse = clause.parse();
        int finite = clause.finite();
        return saying(clause) && finite > 0 && parse.word(finite - 1).form().equals(",") && clause.vorfeld() != null
            && clause.vorfeld().to() < finite && nominal(parse.word(clause.vorfeld().word()))
            // not "Brian Baptie …, die …, sagte, dass …": there the comma closes a relative clause of the subject
            && parse.children(clause.head()).stream().anyMatch(c -> c > finite
                && Set.of("ccomp", "parataxis").contains(parse.word(c).relation()) && parse.children(c, "mark").isEmpty());
    }

    /**
     * "Der Rauch wurde über das Dachgebälk nach außen gleitet": after an auxiliary, a verb the dictionary knows only as
     * finite, where the article lost a letter of its participle; what the clause says is not known.
     */
    private boolean finiteAfterAnAuxiliary(Constituents clause) {
        Parse parse = clause.parse();
        Word head = parse.word(clause.head());
        if (head.upos() != Upos.VERB || parse.children(clause.head()).stream().map(parse::word)
            .noneMatch(w -> w.relation().startsWith("aux") && w.token() < head.token())) {
            return false;
        }
        var readings = morphology.readings(Words.lower(head.form()));
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.upos() == Upos.VERB)
            && readings.stream().noneMatch(m -> m.has(Feature.PARTICIPLE) || m.has(Feature.INFINITIVE)
                || m.has(Feature.ZU_INFINITIVE));
    }

    /**
     * The questions on a clause; with a {@code speaker}, the clause reports what they said, and a question that
     * does not name them says whose words it asks about ("Was ist laut Thomas Steg nie gefunden worden?").
     */
    List<Asked> ask(Constituents clause, People people, Optional<People.Person> speaker) {
        return ask(clause, people, speaker, Optional.empty());
    }

    /**
     * The same, and with the person the clause's pronoun subject stands for ({@code referent}: the pronoun and the
     * name, as {@link Referents} finds them), "Wer gilt als proamerikanisch?" for "Er gilt als proamerikanisch."
     */
    List<Asked> ask(Constituents clause, People people, Optional<People.Person> speaker,
                    Optional<String[]> referent) {
        List<Asked> questions = new ArrayList<>();
        if (unaskable(clause)) {
            return questions;
        }
        for (Constituents.Part part : clause.constituents()) {
            if (LEFT_OUT.contains(clause.parse().word(part.word()).baseRelation())
                || commonNounReadIntoAName(clause, part) || verbsPhraseHungOnANoun(clause, part)
                || originOfTheSubject(clause, part)
                || agentInside(clause, part) || experiencer(clause, part)
                || sameAsSomethingElse(clause, part) || saidByALaterRelativeClause(clause, part)
                || whatItIsAbout(clause, part) || clause.phraseOfTheNounBeforeIt(part, morphology)
                || idiomaticPhrase(clause, part) || adjectiveReadAsTheNoun(clause, part)
                || contrastedAfterAComma(clause, part) || superlativeOfAll(clause, part)
                || placeHungOnThePlacedThing(clause, part) || governedByTheWordBefore(clause, part)
                || gradingTheVerb(clause, part) || particleReadIntoAPhrase(clause, part)
                || placeOfTheEventInside(clause, part) || resultHungOnTheObject(clause, part)
                || dateTornFromItsYear(clause, part) || adverbReadAsAnAttribute(clause.parse(), part)
                // "Wo findet man heute Thermometer, in der Wohnung, …? – auf der Straße": the first of a list
                || placesGoOnAfterAComma(clause, part) && WHERE_PREPOSITIONS.contains(written(clause, part.from()))
                    && WHERE_PREPOSITIONS.contains(written(clause, part.to() + 2))
                // "Bei wem denken viele Menschen … an den Nationalsozialismus? – bei Deutschland": a land, no one
                // ("bedankte sich … bei China" thanks it as one who acts)
                || written(clause, part.from()).equals("bei") && part.word() == part.to()
                    && isCountry(clause.parse().word(part.word())) && verbLemmas(clause).noneMatch(TAKING_BEI::contains)
                // "Wann legt das Weibchen zweimal? – im Jahr …": how often a year, which "wann" tears apart
                || part.from() > 0
                    && HOW_MANY_TIMES.matcher(Words.lower(clause.parse().word(part.from() - 1).form())).matches()) {
                continue;
            }
            whPhrase(clause, part, people).or(() -> resolvedSubject(clause, part, referent))
                // "Wo bespricht man sich … nicht?": where something does not happen asks nothing
                .filter(phrase -> !denied(clause) || !CIRCUMSTANCE.matcher(phrase.words()).lookingAt())
                // "Wer gab es in den frühen 2000ern?": what "es gibt" tells of is no one who does anything, and "Wen gibt
                // es manchmal?" asks for no one either
                .filter(phrase -> !Set.of("Wer", "Wen").contains(phrase.words()) || !esGibt(clause))
                .flatMap(phrase -> build(clause, part, phrase, speaker, people))
                .ifPresent(questions::add);
        }
        for (Constituents.Part part : clause.parts()) {
            if ("head".equals(part.relation())) {
                predicate(clause, part, people).flatMap(phrase -> build(clause, part, phrase, speaker, people))
                    .ifPresent(questions::add);
            }
        }
        boolean said = saying(clause);
        return questions.stream().filter(q -> keepsWhatWasSaidOrPlanned(clause, q, said)).toList();
    }

    /**
     * "wurde von vielen Menschen verehrt, von anderen aber gehasst": a phrase that a second, gapped half after a comma
     * sets against one with the same preposition, which "Von wem wurde … verehrt, von anderen aber gehasst?" asks
     * as if the learner knew who the others are.
     */
    private static boolean contrastedAfterAComma(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word first = parse.word(part.from());
        return first.upos() == Upos.ADP && clause.parts().stream().anyMatch(other -> other != part
            && parse.word(other.from()).form().equals(",") && other.from() + 1 < other.to()
            && Words.lower(parse.word(other.from() + 1).form()).equals(Words.lower(first.form()))
            && java.util.stream.IntStream.rangeClosed(other.from(), other.to())
                .anyMatch(w -> SET_AGAINST.contains(Words.lower(parse.word(w).form()))));
    }

    /**
     * "handelt losgelöst von Gesetzen": a phrase that an adjective or participle before it governs, which asked for
     * or put first leaves the word without it ("Von Gesetzen handelt der absolute Herrscher losgelöst.").
     */
    private boolean governedByTheWordBefore(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (part.from() == 0 || parse.word(part.from()).upos() != Upos.ADP) {
            return false;
        }
        Word before = parse.word(part.from() - 1);
        String form = Words.lower(before.form());
        return before.relation().equals("advmod") && (before.upos() == Upos.ADV || before.upos() == Upos.ADJ)
            && (GOVERNING.contains(form) || Words.lower(parse.word(part.from()).form()).equals("von")
                && morphology.readings(form).stream().anyMatch(m -> m.has(Feature.PARTICIPLE)));
    }

    /**
     * "stammen ab von Europäern" parsed with "ab" a preposition of the phrase: the verb's separable particle, which
     * the phrase takes along when asked for or put first ("Ab von Europäern … stammen …").
     */
    private boolean particleReadIntoAPhrase(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (part.from() + 1 >= part.to() || parse.word(part.from()).upos() != Upos.ADP
            || parse.word(part.from() + 1).upos() != Upos.ADP
            || AMOUNT_PREPOSITIONS.contains(Words.lower(parse.word(part.from() + 1).form()))) {
            return false;
        }
        String particle = Words.lower(parse.word(part.from()).form());
        return morphology.readings(parse.word(clause.head()).form()).stream().filter(m -> m.upos() == Upos.VERB)
            .anyMatch(m -> morphology.readings(particle + m.lemma()).stream().anyMatch(r -> r.upos() == Upos.VERB));
    }

    /**
     * "wurde die Schrift in Mesopotamien erfunden": where a thing came to be, which the parse hung on the thing, and
     * which an answer or a statement would make part of it ("Die Schrift in Mesopotamien wurde … erfunden.").
     */
    private boolean placeOfTheEventInside(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        return head.upos() == Upos.NOUN && (head.relation().startsWith("nsubj") || head.relation().equals("obj"))
            && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && COMING_TO_BE.contains(m.lemma()))
            && parse.children(part.word(), "nmod").stream().anyMatch(n -> parse.word(n).upos() == Upos.PROPN
                && parse.children(n, "case").stream().anyMatch(c -> written(clause, c).equals("in")));
    }

    /** "alte Bäume", "Telefonapparate": things with no article, which a phrase after them may say which of. */
    private boolean withoutAnArticle(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        // ("kamen Briten mit einem Schiff an": people, who come with what they take)
        // ("ein Hubschrauber mit einer dreiköpfigen Besatzung": one, which the "mit" only tells more of)
        return parse.word(part.word()).upos() == Upos.NOUN && !isPersonNoun(parse.word(part.word()))
            && !personLemma(parse.word(part.word())) && parse.children(part.word(), "det").isEmpty();
    }

    /**
     * "wurde am 17. Januar 1706 in Boston geboren" parsed with the year apart: a day and month asked without their
     * year, or the year without them ("Wann wurde Benjamin Franklin 1706 in Boston geboren? – am 17. Januar").
     */
    private static boolean dateTornFromItsYear(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int after = part.to() + 1;
        int before = part.from() - 1;
        return after < parse.words().size() && Words.MONTHS.contains(parse.word(part.to()).form())
                && YEAR.matcher(parse.word(after).form()).matches()
            || before >= 0 && Words.MONTHS.contains(parse.word(before).form())
                && YEAR.matcher(parse.word(part.from()).form()).matches();
    }

    /**
     * "hat die gesamte Altstadt zum Weltkulturerbe erklärt": what the object is made, which the parse hung on it, and
     * which an answer would take along and "nicht" would not go before.
     */
    private boolean resultHungOnTheObject(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return parse.word(part.word()).relation().equals("obj")
            && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && MAKING_INTO.contains(m.lemma()))
            && parse.children(part.word(), "nmod").stream().anyMatch(n -> parse.children(n, "case").stream()
                .anyMatch(c -> Set.of("zu", "zum", "zur").contains(written(clause, c))));
    }

    private static final Set<String> MAKING_INTO = Set.of("erklären", "ernennen", "machen", "wählen", "küren",
        "befördern", "erheben", "krönen", "weihen", "umbauen", "ausbauen", "umwandeln", "verarbeiten", "bestimmen");

    private static final Set<String> COMING_TO_BE = Set.of("erfinden", "entdecken", "gründen", "bauen", "errichten",
        "entwickeln", "entstehen", "erbauen", "schreiben", "drucken", "prägen", "herstellen", "gebären");

    private static final Set<String> AMOUNT_PREPOSITIONS = Set.of("über", "unter", "bis", "rund", "etwa", "zu");

    private static final Set<String> GOVERNING = Set.of("abhängig", "unabhängig", "losgelöst", "getrennt", "entfernt",
        "frei", "voll", "stolz", "typisch", "verantwortlich", "zuständig", "reich", "arm", "bekannt", "berühmt");

    /**
     * "litt sehr unter der Herrschaft von Mussolini" parsed with "sehr" on the noun: a grading adverb right before a
     * preposition grades the verb, and stays with it ("Sehr unter der Herrschaft … litt …" reads wrong).
     */
    private static boolean gradingTheVerb(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return part.from() < part.to() && GRADING_ONLY_WORDS.contains(Words.lower(parse.word(part.from()).form()))
            && parse.word(part.from()).upos() == Upos.ADV && parse.word(part.from() + 1).upos() == Upos.ADP;
    }

    /** Grading adverbs that grade words, never a place or a time ("ganz im Westen", "besonders in Europa" do). */
    private static final Set<String> GRADING_ONLY_WORDS = Set.of("sehr", "ziemlich", "extrem", "äußerst", "überaus",
        "recht");

    private static final Set<String> TAKING_BEI = Set.of("bedanken", "beschweren", "entschuldigen", "melden",
        "bewerben", "erkundigen", "revanchieren", "beklagen", "anfragen", "einschmeicheln");

    /** "zweimal", "dreimal", "10-mal": how many times ("manchmal" and "diesmal" say no number). */
    private static final java.util.regex.Pattern HOW_MANY_TIMES = java.util.regex.Pattern.compile(
        "(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|mehr|viel|\\d+-?)mals?");

    /** "etwa", "rund": how roughly a phrase after them holds, which stays with it. */
    static final Set<String> ROUGHLY = Set.of("etwa", "ungefähr", "circa", "ca.", "rund", "annähernd");

    private static final Set<String> SET_AGAINST = Set.of("aber", "jedoch", "dagegen", "hingegen", "doch");

    /**
     * "gehören zu den häufigsten Krankheiten überhaupt": "überhaupt" after a superlative says "of all" and belongs to
     * its phrase, which asked for or moved leaves it behind ("Wozu gehören psychische Störungen überhaupt?").
     */
    static boolean superlativeOfAll(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int next = part.to() + 1;
        return next < parse.words().size() && Words.lower(parse.word(next).form()).equals("überhaupt")
            && java.util.stream.IntStream.rangeClosed(part.from(), part.to()).anyMatch(w ->
                parse.word(w).upos() == Upos.ADJ && RECORD.matcher(parse.word(w).form()).matches());
    }

    /**
     * "steckt man einen sechskantigen Schlüssel in die Vertiefung", "rinnt durch die Harnleiter in die Blase": where a
     * thing is put or goes, which the parse hung on the thing or on the way, and which an answer would take along.
     */
    private boolean placeHungOnThePlacedThing(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        String relation = parse.word(part.word()).relation();
        List<org.textquiz.core.analysis.Morph> verbs = morphology.readings(parse.word(clause.head()).form()).stream()
            .filter(m -> m.upos() == Upos.VERB).toList();
        boolean placed = relation.equals("obj") && verbs.stream().anyMatch(m -> PLACING.contains(m.lemma()));
        boolean gone = relation.equals("obl") && verbs.stream().anyMatch(m -> FLOWING.contains(m.lemma()));
        // "bewegt sich eine Eizelle durch einen Eileiter zur Gebärmutter": the way hung on what goes it
        boolean going = (relation.startsWith("nsubj") || relation.equals("obj"))
            && verbs.stream().anyMatch(m -> FLOWING.contains(m.lemma()) || m.lemma().equals("bewegen"))
            && parse.children(part.word(), "nmod").stream()
                .anyMatch(n -> parse.children(n, "case").stream()
                    .anyMatch(c -> Set.of("durch", "zu", "zur", "zum", "nach").contains(written(clause, c))));
        if (going) {
            return true;
        }
        if (!placed && !gone) {
            return false;
        }
        // "warfen … die Vertreter des Kaisers aus einem Fenster": where from, hung on what was thrown; not "brachten … den
        // Kakao aus Südamerika nach Europa", which says where to, and where the thing came from
        boolean whereTo = parse.children(clause.head(), "obl").stream().anyMatch(o -> parse.children(o, "case").stream()
            .anyMatch(c -> Set.of("nach", "in", "ins", "zu", "zum", "zur").contains(Words.lower(parse.word(c).form()))));
        boolean whereFrom = placed && !whereTo && parse.children(part.word(), "nmod").stream()
            .anyMatch(n -> parse.children(n, "case").stream().anyMatch(c -> Words.lower(parse.word(c).form()).equals("aus")));
        return whereFrom || parse.children(part.word(), "nmod").stream().anyMatch(n -> parse.children(n, "case").stream()
            .anyMatch(c -> TWO_WAY.contains(Words.lower(parse.word(c).form())))
            && parse.children(n, "det").stream().anyMatch(d -> ACCUSATIVE_AFTER_A_PREPOSITION
                .contains(Words.lower(parse.word(d).form()))));
    }

    private static final Set<String> PLACING = Set.of("stecken", "legen", "setzen", "stellen", "hängen", "bringen",
        "werfen", "schieben", "packen", "füllen", "gießen", "schütten", "kippen", "stopfen", "streuen", "schrauben",
        "drücken", "tauchen", "pflanzen", "graben", "hineinstecken", "einsetzen", "einfüllen");
    private static final Set<String> FLOWING = Set.of("fließen", "rinnen", "strömen", "tropfen", "laufen", "fahren",
        "gehen", "gelangen", "fallen", "fliegen", "schwimmen", "wandern", "rollen", "kriechen", "dringen", "sickern");
    private static final Set<String> TWO_WAY = Set.of("in", "an", "auf", "über", "unter", "vor", "hinter", "neben",
        "zwischen");
    /** After a preposition "die", "das", "den" and "eine" are accusative; the dative is "der", "dem", "einer". */
    private static final Set<String> ACCUSATIVE_AFTER_A_PREPOSITION = Set.of("die", "das", "den", "einen", "eine",
        "ein");

    /**
     * "einen richtigen Winterschlaf" parsed with the adjective "richtigen" its noun and "Winterschlaf" a name beside
     * it: a phrase whose head is no noun, whose answer and case would be read from the wrong word.
     */
    private static boolean adjectiveReadAsTheNoun(Constituents clause, Constituents.Part part) {
        Word head = clause.parse().word(part.word());
        return head.upos() == Upos.NOUN && !head.form().isEmpty() && Character.isLowerCase(head.form().charAt(0))
            && part.word() < part.to();
    }

    /**
     * "Geformt von globalen plattentektonischen Kräften, …, beherbergt Ostafrika …": a participle's phrase of its own,
     * which stands first or after the clause, never inside it.
     */
    private boolean participlePhrase(Constituents clause, Constituents.Part part) {
        Word head = clause.parse().word(part.word());
        // "Geformt/NOUN" opening the sentence, hung on the verb as a mere dependent
        boolean participle = head.upos() == Upos.VERB || head.relation().equals("dep") && part.word() == part.from()
            && morphology.readings(Words.lower(head.form())).stream().anyMatch(m -> m.upos() == Upos.VERB);
        return part.from() < part.to() && participle
            && Set.of("advcl", "xcomp", "acl", "dep").contains(head.relation());
    }

    /**
     * "sagte deren Vorstandssprecher" after "einer Tagung … der Bündnis-Grünen": "deren" and "dessen" own what the
     * noun before them names, which another order of the phrases changes.
     */
    private static boolean possessiveOfANounBefore(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to()).anyMatch(w ->
            Set.of("deren", "dessen").contains(Words.lower(parse.word(w).form()))
                && parse.word(w).relation().endsWith(":poss") && !(w > 0 && parse.word(w - 1).form().equals(","))
                && !(w > 1 && parse.word(w - 2).form().equals(",") && parse.word(w - 1).upos() == Upos.ADP));
    }

    private static boolean pronoun(Constituents clause, Constituents.Part part) {
        return part.from() == part.to() && clause.parse().word(part.word()).upos() == Upos.PRON;
    }

    /** "Der Überlieferung nach", "dem Bericht zufolge": a phrase whose preposition comes after its noun. */
    private static boolean postpositional(Constituents clause, Constituents.Part part) {
        Word last = clause.parse().word(part.to());
        return part.from() < part.to() && last.upos() == Upos.ADP && last.relation().equals("case")
            && last.head() < part.to();
    }

    private static final java.util.regex.Pattern MULTIPLE = java.util.regex.Pattern.compile(
        "(?iu)um (?:ein|das) (?:Vielfaches|Mehrfaches|Doppelte|Dreifache|Vierfache|Zehnfache)\\b");
    private static final java.util.regex.Pattern TURN_OF_A_TIME = java.util.regex.Pattern.compile(
        "(?iu)zu(?:m|r) (?:\\p{L}+ )?(?:(?:Jahres|Monats|Wochen|Quartals|Saison|Semester|Schul|Spiel)"
            + "(?:wechsel|ende|beginn|anfang|auftakt|schluss|mitte)|Jahrtausendwende|Jahrhundertwende|Zeitpunkt)\\b"
            // "Zur Mitte des 19. Jahrhunderts kamen deutsche Kaufleute …": when, not where to
            + "|zu(?:m|r) (?:Mitte|Beginn|Anfang|Ende) (?:des|der) ");

    private static final java.util.regex.Pattern AT_A_PRICE = java.util.regex.Pattern.compile(
        "(?iu)zu(?:m| (?:einem|dem|den|günstigen|hohen|niedrigen))?(?: [\\p{L}-]+){0,3}"
            + " (?:Preis|Preisen|Kurs|Kursen|Tarif|Tarifen|Konditionen|Bedingungen|Festpreis|Spottpreis)\\b");

    private static final java.util.regex.Pattern EXAMPLES_AFTER_A_COMMA = java.util.regex.Pattern.compile(
        ", (?:vor allem|insbesondere|besonders|darunter|allen voran) ");

    private static final java.util.regex.Pattern PURPOSE_WITH_MIT = java.util.regex.Pattern.compile(
        "(?iu)mit (?:dem|der) (?:Ziel|Absicht|Zweck|Vorsatz|Hintergedanken)\\b");

    /** "Wer integrierte die Wirtschaft Kameruns in die Frankreichs? – Frankreich": the question gives the answer away. */
    static boolean genitiveOfTheAnswer(String prompt, String answer) {
        return Words.count(answer) == 1 && answer.length() > 2 && Words.capitalised(answer)
            && (Words.containsWord(prompt, answer + "s") || Words.containsWord(prompt, answer + "es"));
    }

    /** Whether the clause is one of "es gibt", whose "es" the parse takes for an expletive beside the subject. */
    private boolean esGibt(Constituents clause) {
        Parse parse = clause.parse();
        // "Es gibt manchmal viele Beteiligte" with "Es" read as the subject: "es gibt" all the same
        return parse.children(clause.head()).stream().anyMatch(c -> (parse.word(c).relation().equals("expl")
                || parse.word(c).relation().equals("nsubj") && !parse.children(clause.head(), "obj").isEmpty())
                && Words.lower(parse.word(c).form()).equals("es"))
            && morphology.readings(parse.word(clause.head()).form()).stream().anyMatch(m -> m.lemma().equals("geben"));
    }

    private static boolean negationAfterADash(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        // after a dash, not a comma: "…, sie mussten jedoch nicht eingreifen" is a clause of its own
        boolean afterADash = Set.of("–", "—").contains(parse.word(part.from()).form())
            || part.from() > 0 && Set.of("–", "—").contains(parse.word(part.from() - 1).form());
        return afterADash && java.util.stream.IntStream.rangeClosed(part.from(), part.to())
            .anyMatch(w -> Set.of("nicht", "nie", "niemals").contains(Words.lower(parse.word(w).form())));
    }

    /**
     * "begrüßte … den millionsten Besucher im Parlament seit 2005", "für den ersten deutschen Sieg seit 49 Jahren": the
     * time a superlative or an ordinal counts from, which belongs to it, not to the verb.
     */
    private static boolean sinceOfARecord(Constituents clause, Constituents.Part asked) {
        Parse parse = clause.parse();
        return clause.constituents().stream().filter(p -> p != asked)
            .anyMatch(p -> java.util.stream.IntStream.rangeClosed(p.from(), p.to()).anyMatch(w ->
                parse.word(w).upos() == Upos.ADJ && parse.word(w).baseRelation().equals("amod")
                    && RECORD.matcher(parse.word(w).form()).matches()));
    }

    private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile("\\p{L}+(?:st|ßt)e[nmrs]?");

    /**
     * "Eine neue Serie will Lueftner 2017 drehen" read with the series the subject: a bare name right after the finite
     * verb is the subject when what stands first is no one who acts and may as well be the object.
     */
    private boolean nameAfterTheVerbReadAsObject(Constituents clause) {
        Parse parse = clause.parse();
        int finite = clause.finite();
        if (finite < 0 || finite + 1 >= parse.words().size()) {
            return false;
        }
        Word after = parse.word(finite + 1);
        if (!after.relation().equals("obj") || after.upos() != Upos.PROPN
            || parse.children(finite + 1).stream().anyMatch(c -> parse.word(c).baseRelation().equals("det"))) {
            return false;
        }
        Word subject = parse.word(clause.vorfeld().word());
        String article = Words.lower(parse.word(clause.vorfeld().from()).form());
        return subject.relation().startsWith("nsubj") && subject.upos() == Upos.NOUN
            && Set.of("die", "das", "eine", "ein").contains(article) && !isPersonNoun(subject)
            && WhPhrases.AGENTS.stream().noneMatch(Words.lower(subject.form())::endsWith);
    }

    private static final java.util.regex.Pattern CIRCUMSTANCE = java.util.regex.Pattern.compile(
        "(?:Wo|Wohin|Woher|Wann|Seit wann|Bis wann|Warum|Wozu|Wie)\\b");

    /** Whether the clause's verb is denied ("nicht", "nie", "niemals" hung on it). */
    private static boolean denied(Constituents clause) {
        return clause.parse().children(clause.head()).stream().map(c -> Words.lower(clause.parse().word(c).form()))
            .anyMatch(f -> f.equals("nicht") || f.equals("nie") || f.equals("niemals"));
    }

    /**
     * "Die Besonderheit … liegt nicht nur in der Zehn-Prozent-Hürde, sondern auch in einem Bonus …": the first of two,
     * which a question on the clause would ask as if it were all.
     */
    private static boolean notOnlyButAlso(Constituents clause) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.range(0, parse.words().size() - 1).anyMatch(w ->
            Words.lower(parse.word(w).form()).equals("nicht") && Words.lower(parse.word(w + 1).form()).equals("nur"))
            && parse.words().stream().anyMatch(w -> Words.lower(w.form()).equals("sondern"));
    }

    /**
     * "leiten den parlamentarischen Rat wie auch den Exekutivausschuss": a list joined by "wie auch", whose second half
     * the parse hangs on the verb, and a question or statement moving the first would leave it behind.
     */
    private static boolean listWithWieAuch(Constituents clause) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.range(1, parse.words().size() - 1).anyMatch(w ->
            Words.lower(parse.word(w).form()).equals("wie") && Words.lower(parse.word(w + 1).form()).equals("auch")
                && !parse.word(w - 1).form().equals(","));
    }

    /** "Und die Lösung des Problems ist auch immer: Geld.": "Was ist auch immer?" asks nothing. */
    private boolean onlyAdverbsBesideSein(Constituents clause, Constituents.Part asked) {
        Parse parse = clause.parse();
        boolean sein = morphology.readings(clause.finiteText()).stream().anyMatch(m -> m.lemma().equals("sein"));
        List<Constituents.Part> rest = clause.parts().stream().filter(p -> p != asked).toList();
        boolean vorfeldAsked = clause.vorfeld() == asked;
        return sein && rest.stream().allMatch(p -> p.from() == p.to() && parse.word(p.from()).upos() == Upos.ADV
                || p.verbal() && !"head".equals(p.relation()))
            && (vorfeldAsked || clause.vorfeld().from() == clause.vorfeld().to()
                && parse.word(clause.vorfeld().from()).upos() == Upos.ADV);
    }

    /**
     * "lenkt den Blick nicht eigentlich auf die Phänomene, …, sondern vielmehr auf den Prozess": what the clause denies
     * only to put something else in its place; a question or statement without the "sondern" part says what is not so.
     */
    private static boolean correctedBySondern(Constituents clause) {
        Parse parse = clause.parse();
        for (int w = 1; w + 1 < parse.words().size(); w++) {
            int corrected = parse.word(w).head();
            // "sieht keine eigene Rolle für die EU, sondern setzt auf die Nato": a second clause of its own
            if (parse.word(w).form().equals("sondern") && !ADDING_AFTER_SONDERN.contains(Words.lower(parse.word(w + 1).form()))
                && corrected >= 0 && !Set.of(Upos.VERB, Upos.AUX).contains(parse.word(corrected).upos())) {
                int sondern = w;
                return java.util.stream.IntStream.range(0, sondern)
                    .anyMatch(n -> DENYING.contains(Words.lower(parse.word(n).form())));
            }
        }
        return false;
    }

    /**
     * "Österreich steht ein extremes Wochenende bevor" with "Österreich" the subject: a verb of what happens to someone
     * has them in the dative, which a name without an article does not show; the parse cannot tell them from the
     * subject.
     */
    private boolean experiencerReadAsSubject(Constituents clause) {
        Parse parse = clause.parse();
        List<String> particles = new ArrayList<>(List.of(""));
        parse.children(clause.head()).stream().filter(c -> c > clause.head())
            .map(c -> Words.lower(parse.word(c).form())).forEach(particles::add);
        boolean happening = morphology.readings(parse.word(clause.head()).form()).stream()
            .filter(m -> m.upos() == Upos.VERB)
            .anyMatch(m -> particles.stream().anyMatch(p -> Words.HAPPENING_TO_SOMEONE.contains(p + m.lemma())));
        return happening && parse.children(clause.head()).stream().anyMatch(c -> parse.word(c).relation().startsWith("nsubj")
            && parse.word(c).upos() == Upos.PROPN && parse.children(c, "det").isEmpty());
    }

    private static final Set<String> ADDING_AFTER_SONDERN = Set.of("auch", "zudem", "ebenso", "außerdem");
    private static final Set<String> DENYING = Set.of("nicht", "keineswegs", "keinesfalls", "kein", "keine", "keinen",
        "keinem", "keiner", "nie", "niemals");

    /** Words the parse put in the wrong phrase, so that no question or statement of the clause can be trusted. */
    private boolean misreadWords(Constituents clause) {
        return infinitiveOfTheNounBeforeReadApart(clause) || wordHungOnNothing(clause) || dativeHungOnANoun(clause)
            || bareObjectRunIntoAPhrase(clause) || articleReadAsAPronoun(clause.parse(), clause.head())
            || placeNamedWithDen(clause.parse())
            || nominativeReadAsAnotherCase(clause) || nameRunIntoAPlace(clause) || clause.constituents().stream()
                .anyMatch(p -> bareNounRunIntoANoun(clause, p) || phraseOfAPronoun(clause, p)
                    || TWO_ARTICLES.matcher(clause.text(p)).find() || sentenceAdverbInside(clause, p)
                    || WAY_OF_THE_VERB.matcher(clause.text(p)).find());
    }

    /**
     * "der Konflikt um das iranische Atomprogramm auf dem Verhandlungsweg": how the verb's action is done, which the
     * parse hung on the noun before it.
     */
    private static final java.util.regex.Pattern WAY_OF_THE_VERB = java.util.regex.Pattern.compile(
        "(?<=\\p{L}) auf (?:dem \\p{Lu}\\p{Ll}+wege?|(?:diplomatischem|friedlichem|schnellstem|kürzestem|direktem"
            + "|juristischem|gerichtlichem|politischem) Wege?)\\b");

    /**
     * "Auch in Asien schlossen sich die Märkte der allgemeinen Talfahrt … an" read as "die Märkte der Talfahrt": the
     * dative object of a verb that takes one, which the parse hung on the noun before it as a genitive.
     */
    private boolean dativeHungOnANoun(Constituents clause) {
        Parse parse = clause.parse();
        List<String> particles = new ArrayList<>(List.of(""));
        parse.children(clause.head()).stream().filter(c -> c > clause.head() && "compound:prt".equals(parse.word(c).relation()))
            .map(c -> Words.lower(parse.word(c).form())).forEach(particles::add);
        boolean takesADative = morphology.readings(parse.word(clause.head()).form()).stream()
            .filter(m -> m.upos() == Upos.VERB)
            .anyMatch(m -> particles.stream().anyMatch(p -> DATIVE_ONLY_VERBS.contains(p + m.lemma())));
        boolean hasOne = parse.children(clause.head()).stream()
            .anyMatch(c -> Set.of("iobj", "obj", "obl:arg").contains(parse.word(c).relation())
                && !Words.lower(parse.word(c).form()).equals("sich"));
        // "trat in den frühen 2000er Jahren der Demokratischen Partei bei": hung on a time phrase, likewise
        return takesADative && !hasOne && clause.constituents().stream()
            .filter(p -> parse.word(p.word()).relation().startsWith("nsubj")
                || parse.word(p.word()).relation().equals("obl") && isTime(parse.word(p.word())))
            .anyMatch(p -> parse.children(p.word(), "nmod").stream().anyMatch(n -> n > p.word()
                && parse.children(n, "det").stream().anyMatch(d -> Words.lower(parse.word(d).form()).equals("der"))));
    }

    /** Verbs whose object is a dative and never an accusative. */
    private static final Set<String> DATIVE_ONLY_VERBS = Set.of("anschließen", "folgen", "helfen", "widersprechen",
        "zustimmen", "schaden", "begegnen", "entsprechen", "dienen", "ausweichen", "entgehen", "nachkommen", "beitreten",
        "vorstehen", "gehorchen", "trotzen", "unterliegen", "zuvorkommen", "gleichen", "ähneln", "misstrauen");

    /** "Die Ausstattung in dem Bereich allerdings laut PISA-Studie": an adverb of the clause inside a noun's phrase. */
    private static boolean sentenceAdverbInside(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        // "…, allerdings bei erheblich eingeschränktem Funktionsumfang": an afterthought after a comma is no misparse
        return parse.word(part.word()).upos() == Upos.NOUN && parse.word(part.word()).relation().startsWith("nsubj")
            && java.util.stream.IntStream.rangeClosed(part.from() + 1, part.to())
                .anyMatch(w -> LINKING_ADVERBS.contains(Words.lower(parse.word(w).form()))
                    && !parse.word(w - 1).form().equals(","));
    }

    private static final Set<String> LINKING_ADVERBS = Set.of("allerdings", "jedoch", "zudem", "außerdem",
        "nämlich", "freilich", "indes", "indessen", "hingegen", "dagegen", "ebenfalls", "trotzdem", "dennoch");

    private static final Set<String> ONE_OF = Set.of("keiner", "keine", "keines", "einer", "eine", "eines", "jeder",
        "jede", "jedes", "niemand", "jemand");

    /**
     * "Die Wirtschaft wuchs laut Wifo etwas stärker als erwartet": a comparative kept without the "als" that says
     * stronger than what ("Was wuchs etwas stärker?").
     */
    /**
     * "Für so eine Behandlung kommen nicht gezüchtete Kräuter in Frage." for "Gezüchtete Kräuter kommen … nicht in
     * Frage": a "nicht" the new order puts before another word than the sentence did, where it may deny that word.
     */
    private static boolean negationMovedOnto(Constituents clause, String statement) {
        String sentence = " " + clause.sentence().text().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
        java.util.regex.Matcher nicht = NICHT_AND_THE_NEXT_WORD.matcher(statement.toLowerCase(Locale.GERMAN));
        while (nicht.find()) {
            if (!sentence.contains(" " + nicht.group())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NICHT_AND_THE_NEXT_WORD = java.util.regex.Pattern.compile(
        "(?<![\\p{L}])nicht [\\p{L}-]+");

    /** States only people (and animals) are in: "ist erkältet", "ist schwanger". */
    private static final Set<String> PEOPLE_STATES = Set.of("erkältet", "krank", "schwanger", "verheiratet",
        "geschieden", "verwitwet", "arbeitslos", "obdachlos", "bewusstlos", "volljährig", "minderjährig", "verletzt",
        "schwerverletzt", "leichtverletzt", "erschöpft", "gestorben", "verstorben");

    /**
     * A subject that is one capitalised name with no article, which the dictionary knows neither as a word nor as a
     * place, of a verb that does something (no copula, no verb of being somewhere or having).
     */
    private boolean unknownNameThatActs(Constituents clause, Constituents.Part part, People people) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        boolean acting = parse.children(clause.head(), "cop").isEmpty()
            && parse.word(clause.head()).upos() == Upos.VERB && morphology.readings(parse.word(clause.head()).form())
                .stream().filter(m -> m.upos() == Upos.VERB).noneMatch(m -> STATES.contains(m.lemma())
                    || HAVING.contains(m.lemma()) || BEING_SOMEHOW.contains(m.lemma()))
            // "Tanger erfreut sich eines milden Klimas": a reflexive verb a place or a thing has as often
            && parse.children(clause.head()).stream().noneMatch(c -> Words.lower(parse.word(c).form()).equals("sich"));
        return acting && part.from() == part.to() && head.upos() == Upos.PROPN
            && head.form().matches("\\p{Lu}\\p{Ll}{3,}") && morphology.readings(head.form()).isEmpty()
            && morphology.readings(Words.lower(head.form())).isEmpty() && !passive(clause)
            // "Marihuana ist in den meisten Ländern eine verbotene Droge": a thing the article says it is
            && people.introducedAs(head.form()).filter(n -> !WhPhrases.personOrBody(n, fields)).isEmpty();
    }

    /**
     * "Was hat die Resonanz übertroffen?" for "Die Resonanz hat die Erwartungen übertroffen": with "was" for an object
     * whose case did not show and a subject that is a thing in a form of either case, the question reads as well the
     * other way round ("Was musste die U-Bahn-Linie einstellen? – den Betrieb" had its case shown).
     */
    private boolean thingSubjectOfEitherCase(Constituents clause, People people) {
        Parse parse = clause.parse();
        return clause.constituents().stream().filter(p -> "nsubj".equals(parse.word(p.word()).relation()))
            .anyMatch(subject -> parse.word(subject.word()).upos() == Upos.NOUN
                && Set.of("die", "das").contains(Words.lower(parse.word(subject.from()).form()))
                && !isPerson(clause, subject, people));
    }

    /** "das Nomen" of "beschreibt das Nomen näher", with the object read as the subject of "näher" or not. */
    private boolean objectOfEitherCase(Constituents clause, Constituents.Part asked) {
        Parse parse = clause.parse();
        return clause.constituents().stream().filter(p -> p != asked).map(p -> parse.word(p.from()))
            .filter(first -> first.relation().equals("det") && first.head() >= 0)
            .anyMatch(first -> Set.of("das", "die", "eine", "ein").contains(Words.lower(first.form()))
                && (parse.word(first.head()).relation().equals("obj")
                    || parse.word(first.head()).relation().startsWith("nsubj"))
                // "Was hat die Vorwürfe zurückgewiesen?": a plural, which the singular verb leaves no doubt about
                && morphology.readings(parse.word(first.head()).form()).stream()
                    .anyMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.SINGULAR)));
    }

    /** What only people, or a body of them, do: agree, negotiate, organise, decide, sign, invite, sue. */
    private static final Set<String> DELIBERATE_ACTS = Set.of("einigen", "verhandeln", "organisieren", "veranstalten",
        "beschließen", "beantragen", "unterzeichnen", "vereinbaren", "einladen", "ernennen", "verklagen", "klagen",
        "kritisieren", "protestieren", "ablehnen", "zustimmen", "begrüßen", "bedauern", "dementieren",
        // "Zur Klärung des Unfallhergangs bittet das Polizeirevier Biberach um Zeugenhinweise"
        "bitten", "appellieren",
        // "Das Welternährungsprogramm kümmert sich … um 1,8 Millionen Flüchtlinge"
        "kümmern");

    /** Verbs of being somewhere or somehow, which a place or a thing does as often as a person. */
    private static final Set<String> BEING_SOMEHOW = Set.of("liegen", "stehen", "befinden", "bestehen", "grenzen",
        "gelten", "heißen", "bleiben", "werden", "scheinen", "wirken");

    /** "von zwei Schwächephasen abgesehen": a phrase whose "abgesehen" closes it, which neither moves nor is asked. */
    private static boolean closedByAbgesehen(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return part.to() + 1 < parse.words().size() && parse.word(part.to() + 1).form().equals("abgesehen");
    }

    /**
     * "mit einem höheren Gewinn als im Vorquartal": a comparative in the phrase asked for, whose "als" would stay behind
     * ("Womit rechnet der Ölkonzern … als im Vorquartal?").
     */
    private static boolean comparedRightAfter(Constituents clause, Constituents.Part asked) {
        Parse parse = clause.parse();
        return asked.to() + 1 < parse.words().size() && parse.word(asked.to() + 1).form().equals("als")
            && java.util.stream.IntStream.rangeClosed(asked.from(), asked.to()).mapToObj(parse::word)
                .anyMatch(w -> w.upos() == Upos.ADJ && COMPARATIVE_ENDING.matcher(w.form()).matches());
    }

    private static final java.util.regex.Pattern COMPARATIVE_ENDING = java.util.regex.Pattern.compile(
        "\\p{L}+er(?:e[mnrs]?)?");

    private static boolean comparisonLeftOut(Constituents clause, String text) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.range(0, parse.words().size() - 1).anyMatch(w -> {
            String form = parse.word(w).form();
            return Set.of(Upos.ADJ, Upos.ADV).contains(parse.word(w).upos()) && form.endsWith("er")
                && parse.word(w + 1).form().equals("als") && Words.containsWord(text, form)
                && !text.contains(form + " als");
        });
    }

    /** "der oder die Neue Zeit": a choice of articles the parse took for the noun's, with the next word its noun. */
    private static final java.util.regex.Pattern TWO_ARTICLES = java.util.regex.Pattern.compile(
        "(?i)\\b(?:der|die|das|ein|eine) oder (?:der|die|das|ein|eine)\\b");

    /** "folgt in der Steiermark Franz Voves nach": a person named right after a place, the verb's object. */
    private boolean nameRunIntoAPlace(Constituents clause) {
        Parse parse = clause.parse();
        return clause.constituents().stream().anyMatch(p -> {
            int head = p.word();
            return !parse.children(head, "case").isEmpty() && parse.word(head).upos() == Upos.PROPN
                // "von Bundesverkehrsminister Manfred Stolpe": a title before the name is no place
                && !isPersonNoun(parse.word(head)) && !personLemma(parse.word(head))
                && head + 2 <= p.to() && parse.word(head + 1).upos() == Upos.PROPN
                && parse.word(head + 2).upos() == Upos.PROPN && morphology.readings(parse.word(head + 1).form())
                    .stream().anyMatch(m -> m.has(Feature.GIVEN_NAME));
        });
    }

    /**
     * "mit Bauherren oder Besitzern von bestehenden Häusern Energievarianten durchsprechen": a bare noun right after
     * another in the plural, the verb's object the parse hung on the phrase before it, where the verb has no object of
     * its own.
     */
    private boolean bareObjectRunIntoAPhrase(Constituents clause) {
        Parse parse = clause.parse();
        if (!parse.children(clause.head(), "obj").isEmpty() || parse.word(clause.head()).upos() != Upos.VERB) {
            return false;
        }
        return clause.constituents().stream().anyMatch(part -> java.util.stream.IntStream.range(part.from(), part.to())
            .anyMatch(w -> parse.word(w).upos() == Upos.NOUN && isPlural(parse.word(w))
                && Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(w + 1).upos()) && parse.word(w + 1).head() == w
                // not "der Ermittlungsbehörden Japans": a name in the genitive
                && !parse.word(w + 1).form().endsWith("s")
                && Set.of("appos", "nmod").contains(parse.word(w + 1).relation())
                && parse.children(w + 1).isEmpty() && parse.word(w + 1).token() == parse.word(w).token() + 1));
    }

    /** "der Konzern teilautonome Laster": a bare plural after a noun, the verb's object the parse hung on the subject. */
    private static boolean bareNounRunIntoANoun(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int w = part.word();
        // "teilautonome/PROPN Laster/PROPN": the tagger's names in small letters are adjectives; "die Zahl ziviler
        // Opfer", "im Sinne kulturellen Kapitals": a genitive, which needs no article, ends otherwise
        return parse.word(w).relation().startsWith("nsubj") && parse.word(w).upos() == Upos.NOUN && w > part.from()
            && parse.word(w - 1).upos() == Upos.DET && w + 2 <= part.to()
            && Set.of(Upos.ADJ, Upos.PROPN).contains(parse.word(w + 1).upos())
            && parse.word(w + 1).form().matches("\\p{Ll}+e") && Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(w + 2).upos())
            && !"conj".equals(parse.word(w + 2).relation());
    }

    /** "keiner der drei Genannten über mögliche Ambitionen": a phrase hung on a pronoun, which takes none. */
    private static boolean phraseOfAPronoun(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        // "einiges über den Anspruch" is what it is about; "einer von ihnen" one of several
        return parse.word(part.word()).relation().startsWith("nsubj")
            && ONE_OF.contains(Words.lower(parse.word(part.word()).form()))
            && parse.children(part.word(), "nmod").stream().anyMatch(n -> parse.children(n, "case").stream()
                .anyMatch(c -> !Set.of("von", "unter", "aus").contains(Words.lower(parse.word(c).form()))));
    }

    /**
     * "Mitarbeiter sollen … die Möglichkeit haben, wieder aus All-in auszusteigen" with the infinitive read as a
     * conjunct of the verb: it says what the noun before it is, which no question or statement may leave out.
     */
    private static boolean infinitiveOfTheNounBeforeReadApart(Constituents clause) {
        Parse parse = clause.parse();
        List<Constituents.Part> parts = clause.constituents().stream().filter(p -> !p.verbal()).toList();
        for (int i = 1; i < parts.size(); i++) {
            Constituents.Part before = parts.get(i - 1);
            Constituents.Part part = parts.get(i);
            Word noun = parse.word(before.word());
            // "die Möglichkeit haben, …": only the verb's words between
            boolean nextToIt = part.from() > before.to() && parse.word(part.from()).form().equals(",")
                && java.util.stream.IntStream.range(before.to() + 1, part.from()).mapToObj(parse::word)
                    .allMatch(w -> Set.of(Upos.VERB, Upos.AUX).contains(w.upos()) || "compound:prt".equals(w.relation()));
            boolean purpose = part.from() < part.to() && PURPOSE_MARKS.contains(Words.lower(parse.word(part.from() + 1).form()));
            if (nextToIt && noun.upos() == Upos.NOUN && endsInAnInfinitiveWithZu(parse, part) && !purpose
                && ("conj".equals(parse.word(part.word()).relation()) || NOUNS_OF_AN_INFINITIVE.contains(noun.form()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, wieder aus All-in auszusteigen" (tagged as an adjective), "…, sie zu öffnen": unlike
     * {@link #endsInAZuInfinitive}, by the form alone, since the tagger misses the infinitive with "zu" inside it.
     */
    private static boolean endsInAnInfinitiveWithZu(Parse parse, Constituents.Part part) {
        int last = part.to();
        while (last > part.from() && parse.word(last).upos() == Upos.PUNCT) {
            last--;
        }
        String form = parse.word(last).form();
        return last > part.from() && (form.matches("\\p{Ll}+zu\\p{Ll}+en") && parse.word(last).upos() != Upos.NOUN
            || parse.word(last - 1).form().equals("zu") && form.matches("\\p{Ll}+en"));
    }

    private static final Set<String> PURPOSE_MARKS = Set.of("um", "ohne", "statt", "anstatt");
    private static final Set<String> NOUNS_OF_AN_INFINITIVE = Set.of("Möglichkeit", "Recht", "Chance", "Gelegenheit",
        "Pflicht", "Aufgabe", "Ziel", "Mut", "Absicht", "Plan", "Versuch", "Fähigkeit", "Erlaubnis", "Auftrag",
        "Forderung", "Angebot", "Gefahr", "Lust", "Zeit", "Anspruch", "Befugnis", "Bereitschaft");

    /** "An handwerklichem Können ist Servus TV nicht gescheitert" with "Servus" hung on nothing: a misparse. */
    private static boolean wordHungOnNothing(Constituents clause) {
        // "Angesichts/NOUN der wachsenden Proteste …" hung on nothing is still a whole phrase
        return clause.constituents().stream().anyMatch(p -> p.from() == p.to()
            && "dep".equals(clause.parse().word(p.word()).relation()) && nominal(clause.parse().word(p.word())));
    }

    /**
     * "Archäologische Stätten sind aber nur das eine.": one of two things, the other of which only the next sentence
     * says.
     */
    private static boolean oneOfTwo(Constituents clause) {
        Parse parse = clause.parse();
        // "ist eine der herausragendsten Vertreterinnen", "eine von vier Institutionen": one of those it names
        return !parse.children(clause.head(), "cop").isEmpty()
            && Set.of("eine", "eines", "andere", "anderes").contains(Words.lower(parse.word(clause.head()).form()))
            && parse.children(clause.head(), "nmod").isEmpty();
    }

    /**
     * "Der Bundeskanzler hat angekündigt, … den Bundespräsidenten … aufzusuchen": "Wer hat angekündigt?" would leave
     * out what was announced, the clause after the comma, which the question must say or ask for.
     */
    private static boolean keepsWhatWasSaidOrPlanned(Constituents clause, Asked question, boolean saying) {
        Parse parse = clause.parse();
        for (int complement : parse.children(clause.head())) {
            String relation = parse.word(complement).relation();
            int first = parse.subtree(complement).get(0);
            boolean afterAComma = first > 0 && parse.word(first - 1).form().equals(",")
                || parse.word(first).form().equals(",");
            String verb = parse.word(complement).form();
            // "hatte gestern berichtet, 200 feste … Mitarbeiter sollen entlassen werden" with what was reported a conjunct
            boolean reported = saying && (relation.equals("conj") || relation.equals("parataxis"))
                // "So wurden Forderungen … erhoben, sie müssten selbst für Ordnung sorgen": what was demanded
                || relation.equals("parataxis") && java.util.stream.Stream.concat(java.util.stream.Stream.of(complement),
                        parse.children(complement).stream().filter(c -> parse.word(c).relation().startsWith("aux")))
                    .anyMatch(v -> REPORTING_SUBJUNCTIVES.contains(Words.lower(parse.word(v).form())));
            if ((relation.equals("xcomp") || relation.equals("ccomp") || reported) && afterAComma
                && complement > clause.head()
                && !Words.containsWord(question.prompt(), verb)
                && question.answers().stream().noneMatch(a -> Words.containsWord(a, verb))) {
                return false;
            }
        }
        return true;
    }

    /** Finite verbs in the subjunctive that report what someone said or demanded. */
    private static final Set<String> REPORTING_SUBJUNCTIVES = Set.of("sei", "seien", "habe", "hätte", "hätten",
        "müsse", "müssten", "dürfe", "dürften", "könne", "könnten", "solle", "sollten", "werde", "würde", "würden",
        "wolle", "wollten", "wären", "gebe");

    /**
     * "Am Morgen hatte die Koalition … eine Reihe von Gesetzesvorlagen eingebracht" with "eine Reihe" a passive subject
     * and "die Koalition" the object, "Vor einigen Tagen hatte bereits Deutschland eine massive Erhöhung … bekannt
     * gegeben" with "Deutschland" hung on the verb as a phrase: a passive subject beside "haben", and no passive
     * auxiliary and no subject, is a misparse.
     */
    private static boolean passiveSubjectWithHaben(Constituents clause) {
        Parse parse = clause.parse();
        // "Die Regierung hat … ein neues Gesetz beschlossen", with the object so called beside the subject, the
        // questions read right
        return !parse.children(clause.head(), "nsubj:pass").isEmpty() && parse.children(clause.head(), "aux:pass").isEmpty()
            && parse.children(clause.head()).stream().noneMatch(c -> parse.word(c).relation().equals("nsubj"))
            && parse.children(clause.head(), "aux").stream().map(a -> Words.lower(parse.word(a).form()))
                .anyMatch(HABEN::contains);
    }

    private static final Set<String> HABEN = Set.of("hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten");

    /**
     * "Was gestattet das Dekret der Regierung?" for "Der Regierung gestattet das Dekret …": a dative with "der" right
     * after a noun reads as that noun's genitive.
     */
    private static boolean dativeReadAsAGenitive(Constituents clause, Constituents.Part asked, String prompt) {
        for (Constituents.Part part : clause.constituents()) {
            String text = clause.text(part);
            if (part == asked || !Set.of("iobj", "obl:arg").contains(clause.parse().word(part.word()).relation())
                || !Words.lower(text).startsWith("der ")) {
                continue;
            }
            int at = prompt.indexOf(" " + Words.decapitalise(text));
            if (at > 0) {
                String before = prompt.substring(0, at);
                String last = before.substring(before.lastIndexOf(' ') + 1);
                // "… Regierung Griechenlands der Opposition": after a name in the genitive, no second genitive
                if (before.contains(" ") && Words.capitalised(last) && !last.endsWith("s")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "bietet … die Möglichkeit, am Betatest teilzunehmen": a noun whose infinitive with "zu" says what it is, kept by
     * the question without it; neither the question nor the answer may leave it out.
     */
    private static boolean infinitiveOfANounLeftOut(Constituents clause, String prompt, List<String> answers) {
        Parse parse = clause.parse();
        return clauseOfANounLeftOut(clause, prompt, answers, w -> "acl".equals(parse.word(w).relation())
            && parse.word(parse.word(w).head()).upos() == Upos.NOUN && infinitiveWithZu(parse, w));
    }

    /**
     * "gehört zu den wenigen Staaten, die den Atomwaffensperrvertrag nicht unterzeichnet haben": the few, the only or
     * the first that the relative clause alone says which; the question may not keep them without it.
     */
    private static boolean relativeClauseOfAFewLeftOut(Constituents clause, String prompt, List<String> answers) {
        Parse parse = clause.parse();
        return clauseOfANounLeftOut(clause, prompt, answers, w -> parse.children(parse.word(w).head()).stream()
            .anyMatch(c -> RESTRICTED.contains(Words.lower(parse.word(c).form()))));
    }

    /**
     * "Von der Organisation Attac wurde ein Vorschlag scharf kritisiert." of "Ein Vorschlag, den die EU-Kommission …
     * veröffentlichte, wurde …": a subject or object with an indefinite article that only its relative clause says
     * which.
     */
    private static boolean relativeClauseOfAnIndefiniteLeftOut(Constituents clause, String statement) {
        Parse parse = clause.parse();
        return clauseOfANounLeftOut(clause, statement, List.of(), w -> parse.children(parse.word(w).head(), "det").stream()
            .anyMatch(d -> INDEFINITE.contains(Words.lower(parse.word(d).form()))) && !infinitiveWithZu(parse, w)
            && (parse.word(parse.word(w).head()).relation().startsWith("nsubj")
                || parse.word(parse.word(w).head()).relation().equals("obj")));
    }

    /**
     * "Was stammt von Lebewesen wie Pflanzen oder Tieren? – Das Material" of "Das Material, aus dem die Asche entsteht,
     * …": a common noun with the definite article whose relative clause says which one it is.
     */
    private static boolean relativeClauseOfADefiniteLeftOut(Constituents clause, String prompt, List<String> answers,
                                                            People people) {
        Parse parse = clause.parse();
        String kept = prompt + " " + String.join(" ", answers);
        for (int w = 0; w < parse.words().size(); w++) {
            Word verb = parse.word(w);
            if (!verb.relation().startsWith("acl") || verb.head() < 0 || parse.word(verb.head()).upos() != Upos.NOUN
                || !relativeOpening(parse, w) || parse.children(verb.head(), "det").stream()
                    .noneMatch(d -> DEFINITE_ARTICLES.contains(Words.lower(parse.word(d).form())))) {
                continue;
            }
            Word noun = parse.word(verb.head());
            // "die Firma Cargolifter AG, die …", "Der oberste geistliche Führer Irans, der …", "den Entwicklungszielen
            // der Vereinten Nationen, die …": a name or a genitive says which; a noun the article used before is the
            // one it told of
            boolean identified = parse.children(verb.head()).stream()
                .anyMatch(c -> Set.of("flat", "appos", "nmod").contains(parse.word(c).baseRelation())
                    && parse.word(c).upos() == Upos.PROPN
                    || parse.word(c).relation().equals("nmod") && parse.children(c, "case").isEmpty()
                    // "den Vereinten Nationen, die …": a name of words with capitals
                    || parse.word(c).relation().equals("amod") && c > 0 && Words.capitalised(parse.word(c).form()))
                || people.saidBefore(clause.sentence().tokens().get(noun.token()).lemma(), clause.sentence());
            if (identified) {
                continue;
            }
            if (Words.containsWord(kept, parse.word(verb.head()).form()) && !Words.containsWord(kept, verb.form())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEFINITE_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");

    /** Whether the question keeps the noun of a clause on it ({@code which}) and neither it nor an answer the clause. */
    private static boolean clauseOfANounLeftOut(Constituents clause, String prompt, List<String> answers,
                                                java.util.function.IntPredicate which) {
        Parse parse = clause.parse();
        for (int w = 0; w < parse.words().size(); w++) {
            Word verb = parse.word(w);
            if (!verb.relation().startsWith("acl") || verb.head() < 0 || !which.test(w)) {
                continue;
            }
            boolean verbKept = Words.containsWord(prompt, verb.form())
                || answers.stream().anyMatch(a -> Words.containsWord(a, verb.form()));
            if (Words.containsWord(prompt, parse.word(verb.head()).form()) && !verbKept) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RESTRICTED = Set.of("wenigen", "wenige", "einzige", "einzigen", "ersten", "erste",
        "zweite", "zweiten", "dritte", "dritten", "letzten", "letzte", "diejenigen", "denjenigen", "derjenigen",
        "derjenige", "demjenigen", "dasjenige", "jene", "jenen");

    private static boolean infinitiveWithZu(Parse parse, int verb) {
        String form = Words.lower(parse.word(verb).form());
        return parse.children(verb, "mark").stream().anyMatch(m -> Words.lower(parse.word(m).form()).equals("zu"))
            || form.matches("\\p{L}+zu\\p{L}+en") && parse.word(verb).upos() == Upos.VERB;
    }

    /**
     * "am gleichen Tag (wie die deutschsprachige)", "zur selben Zeit": an answer that only says "the same as" tells
     * nothing without what it is the same as, and the question would keep that comparison without its anchor.
     */
    private static boolean sameAsSomethingElse(Constituents clause, Constituents.Part part) {
        return sameAs(clause, part, Set.of());
    }

    /**
     * "hatte einen Mann verteidigt, der wegen Gotteslästerung angeklagt worden war": a phrase with an indefinite
     * article, and after it only the verbs and then a relative clause, which may be all that says who or what it is.
     */
    private static boolean saidByALaterRelativeClause(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (!INDEFINITE.contains(parse.word(part.from()).form().toLowerCase(Locale.GERMAN))) {
            return false;
        }

        for (int w = part.to() + 1; w + 1 < parse.words().size(); w++) {
            if (parse.word(w).form().equals(",")) {
                // "eine Situation entstehen, in der Bayern …": a preposition may open the relative clause of a noun
                // that says nothing without it; "eine Klageschrift eingereicht, nach der …" says what was done
                boolean afterAPreposition = parse.word(w + 1).upos() == Upos.ADP && w + 2 < parse.words().size();
                if (afterAPreposition && !NOUNS_EMPTY_WITHOUT_THEIR_CLAUSE.contains(parse.word(part.word()).form())) {
                    return false;
                }
                int pronoun = afterAPreposition ? w + 2 : w + 1;
                return Constituents.RELATIVE_PRONOUNS.contains(parse.word(pronoun).form().toLowerCase(Locale.GERMAN));
            }
            if (!Set.of(Upos.VERB, Upos.AUX, Upos.PART, Upos.ADV).contains(parse.word(w).upos())) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> NOUNS_EMPTY_WITHOUT_THEIR_CLAUSE = Set.of("Situation", "Lage", "Fall", "Zustand",
        "Ort", "Stelle", "Zeit", "Moment", "Phase", "Art", "Weise", "Form");

    /** "Von ihr werden die Roma … versetzt": a person the phrase names by a pronoun only; "von sich" says who. */
    private static boolean pronounAfterAPreposition(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return part.to() == part.from() + 1 && parse.word(part.from()).upos() == Upos.ADP
            && parse.word(part.to()).upos() == Upos.PRON && !parse.word(part.to()).form().equalsIgnoreCase("sich");
    }

    /**
     * "komplettierte … die Top Ten als Siebte": a role the parse hung on the noun, which says what the subject was;
     * the answer would be the noun and the role together.
     */
    private static boolean roleInside(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to())
            .filter(w -> w != part.word() && !clause.isPruned(part, w))
            .anyMatch(w -> parse.children(w, "case").stream().anyMatch(c -> parse.word(c).form().equals("als")
                    && !comparative(parse, c - 1))
                && !parse.word(w).relation().equals("obl"));
    }

    /** "mehr als 200 Menschen", "älter als": the "als" of a comparison, not of a role. */
    private static boolean comparative(Parse parse, int before) {
        if (before < 0) {
            return false;
        }
        Word word = parse.word(before);
        String lower = Words.lower(word.form());
        return Set.of("mehr", "weniger", "anders", "eher", "lieber").contains(lower)
            || (word.upos() == Upos.ADJ || word.upos() == Upos.ADV) && lower.endsWith("er");
    }

    /** "die gleiche Summe", "zur selben Zeit", but not "ebenso wie …", which says what it compares with. */
    private static boolean sameAsBefore(Constituents clause, Constituents.Part part) {
        return sameAs(clause, part, COMPARING_WITH);
    }

    private static final Set<String> COMPARING_WITH = Set.of("ebenso", "genauso");

    private static boolean sameAs(Constituents clause, Constituents.Part part, Set<String> except) {
        for (int w = part.from(); w <= part.to(); w++) {
            String form = clause.parse().word(w).form().toLowerCase(Locale.GERMAN);
            if (form.startsWith("gleiche") || SAME.contains(form) && !except.contains(form)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SAME = Set.of("selben", "selbe", "derselbe", "dieselbe", "dasselbe", "denselben",
        "demselben", "derselben", "desselben", "dieselben", "ebenso", "genauso");

    /**
     * "Dabei zeigte sich das ganze Ausmaß der Tat": without the clause or the pointing word left out, nothing but a
     * subject and its verb would remain ("Was zeigte sich?"), too little to ask or state.
     */
    private static boolean saysLittle(Constituents clause, Constituents.Part moved, List<Constituents.Part> others) {
        List<Constituents.Part> said = new ArrayList<>(others);
        if (moved != null) {
            said.add(moved);
        }
        return said.stream().noneMatch(p -> {
            Word word = clause.parse().word(p.word());
            return !word.relation().startsWith("nsubj") && !word.relation().equals("head") && word.upos() != Upos.PRON
                && !connective(clause, p);
        });
    }

    /**
     * "Außerdem kann man feste Kleidung tragen, durch die …" asked "Was kann man tragen?": with the link to the
     * sentence before gone, "man" and the verb alone do not say what for.
     */
    private static boolean onlyManBesideTheAsked(Constituents clause, List<Constituents.Part> others) {
        java.util.function.Predicate<Constituents.Part> man = p -> p.from() == p.to()
            && Words.lower(clause.parse().word(p.word()).form()).equals("man");
        return others.stream().anyMatch(man) && others.stream()
            .allMatch(p -> p.verbal() || "head".equals(p.relation()) || connective(clause, p) || man.test(p));
    }

    /** "viel mehr als ein Zeichner", "so groß wie": what a comparative compares with, which goes where it goes. */
    private static boolean comparedWith(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        // "kommen … auf höhere CO2-Werte | als japanische Fabrikate": the comparative and its "als" go together
        // "völlig andere Regeln | als im makroskopischen Universum": "andere" and its "als" go together too
        boolean comparativeInside = java.util.stream.IntStream.rangeClosed(part.from(), part.to())
            .anyMatch(w -> comparative(parse.word(w)) || Words.lower(parse.word(w).form()).matches("andere[mnrs]?"));
        if (comparativeInside && clause.parts().stream().anyMatch(p -> p.from() > part.to()
            && Words.lower(parse.word(p.from()).form()).equals("als"))) {
            return true;
        }
        if (part.from() == 0 || !COMPARING.contains(parse.word(part.from()).form().toLowerCase(Locale.GERMAN))) {
            return false;
        }
        String before = parse.word(part.from() - 1).form().toLowerCase(Locale.GERMAN);
        return Set.of("mehr", "weniger", "so", "ebenso", "genauso", "eher", "lieber").contains(before)
            || Set.of(Upos.ADJ, Upos.ADV).contains(parse.word(part.from() - 1).upos()) && before.endsWith("er")
            || Words.lower(parse.word(part.from()).form()).equals("als") && java.util.stream.IntStream
                .range(Math.max(0, part.from() - 6), part.from()).anyMatch(w -> comparative(parse.word(w)))
            // "gelten … völlig andere Regeln als im makroskopischen Universum": other than, wherever "andere" stands
            || Words.lower(parse.word(part.from()).form()).equals("als") && parse.words().stream()
                .anyMatch(w -> Words.lower(w.form()).matches("andere[mnrs]?|anders"));
    }

    /** "höhere", "größeren": an adjective in a form a comparative takes. */
    private static boolean comparative(Word word) {
        return word.upos() == Upos.ADJ && Words.lower(word.form()).matches("\\p{L}{2,}er(e|en|er|es|em)?");
    }

    /** Verbs whose subject is what happens and whose dative is the person it happens to. */
    private static final Set<String> TO_WHOM_IT_HAPPENS = Set.of("gelingen", "misslingen", "glücken", "passieren",
        "widerfahren", "zustoßen", "einfallen");

    /**
     * "Die Aufstellung der Partei verstimmte die USA und die Niederlande": who feels what a verb of feeling tells is
     * asked "wen", a country or a body as much as a person.
     */
    private boolean feltBy(Constituents clause, Word head) {
        return morphology.readings(clause.parse().word(clause.head()).form()).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && FEELING_VERBS.contains(m.lemma()))
            && (head.upos() == Upos.PROPN || isCountry(head) || WhPhrases.agent(lemma(head)));
    }

    /** "Luxemburger", "Berliner": a country's or a town's name with "-er", its people (not "Berliner Mauer"). */
    private boolean demonym(String form) {
        if (form.length() > 6 && Character.isUpperCase(form.charAt(0)) && form.matches(".*esen?")) {
            // "die Kongolesen", "Sudanesen", "Chinesen", "Libanesen": the people of a land, which the dictionary may
            // not know
            String stem = form.substring(0, form.lastIndexOf("ese"));
            return java.util.stream.Stream.of(stem, stem.endsWith("l") ? stem.substring(0, stem.length() - 1) : stem,
                    stem + "a", stem + "on")
                .anyMatch(land -> morphology.readings(land).stream().anyMatch(m -> m.has(Feature.COUNTRY)));
        }
        // "Litauer" of Litauen, "Berliner" of Berlin
        return form.length() > 4 && form.endsWith("er") && Character.isUpperCase(form.charAt(0))
            && java.util.stream.Stream.of(form.substring(0, form.length() - 2),
                    form.substring(0, form.length() - 2) + "en")
                .anyMatch(place -> morphology.readings(place).stream()
                    .anyMatch(m -> m.has(Feature.COUNTRY) || m.has(Feature.CITY)));
    }

    /** A copula whose predicate's noun is a person's ("war der dienstälteste Staatsführer"). */
    private boolean predicateNamesAPerson(Constituents clause) {
        Parse parse = clause.parse();
        int head = clause.head();
        if (parse.children(head, "cop").isEmpty()) {
            return false;
        }
        List<Integer> nouns = new ArrayList<>(List.of(head));
        // "der dienstälteste Staatsführer" parsed with the adjective its head and the noun hung on it
        if (head + 1 < parse.words().size() && parse.word(head + 1).head() == head
            && parse.word(head + 1).upos() == Upos.NOUN) {
            nouns.add(head + 1);
        }
        return nouns.stream().map(parse::word).anyMatch(this::isPersonNoun);
    }

    /**
     * "Bei dem Mann handelt es sich um einen der drei Männer": "Bei wem handelt es sich um …?" asks for the one the
     * clause says what it is, which the answer then only repeats.
     */
    private boolean whatItIsAbout(Constituents clause, Constituents.Part part) {
        return startsWith(clause, part, "bei") && reflexive(clause) && governs(clause, Set.of("um"))
            && morphology.readings(clause.parse().word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && m.lemma().equals("handeln"));
    }

    /**
     * "Die Wissenschaftler interessiert, warum …": with a verb of feeling whose subject is a clause, the noun the
     * parse calls its subject is the one who feels, in the accusative or dative ("Wen interessiert, …?").
     */
    private boolean experiencer(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (parse.word(part.word()).relation().startsWith("nsubj") && morphology.readings(parse.word(clause.head())
                .form()).stream().anyMatch(m -> m.upos() == Upos.VERB && TO_WHOM_IT_HAPPENS.contains(m.lemma()))) {
            // "gelang Niemeyer der internationale Durchbruch": the person is the dative, whatever the parse says
            return true;
        }
        boolean clauseSubject = parse.children(clause.head()).stream()
            .anyMatch(c -> Set.of("ccomp", "csubj").contains(parse.word(c).relation()));
        return clauseSubject && parse.word(part.word()).relation().startsWith("nsubj")
            && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> FEELING_VERBS.contains(m.lemma()));
    }

    /**
     * "landete Janica Kostelić aus Kroatien auf Platz zwei": "aus" right after a named subject says where the person
     * comes from, whatever the parse hung it on; neither is asked about apart from the other.
     */
    private static boolean originOfTheSubject(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        for (Constituents.Part subject : clause.constituents()) {
            if (!parse.word(subject.word()).relation().startsWith("nsubj")
                || parse.word(subject.word()).upos() != Upos.PROPN) {
                continue;
            }
            for (Constituents.Part origin : clause.constituents()) {
                if (origin.from() == subject.to() + 1 && parse.word(origin.from()).form().equals("aus")
                    && (part == origin || part == subject)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "wurde die Annäherung der beiden Staaten von islamischen Gruppen verurteilt": in a passive clause the parse gave
     * no agent, a subject ending in "von …" may hold it, and cannot be the answer as it stands.
     */
    private static boolean agentInside(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (!parse.word(part.word()).relation().equals("nsubj:pass") || parse.children(clause.head(), "aux:pass").isEmpty()
            || !parse.children(clause.head(), "obl:agent").isEmpty()) {
            return false;
        }
        for (int w = part.word() + 1; w <= part.to(); w++) {
            if (parse.word(w).form().equals("von") && parse.word(w).upos() == Upos.ADP) {
                return true;
            }
        }
        return false;
    }

    /** The W-phrase for a constituent, what the answer is, and whether the verb must be made singular. */
    private record Phrase(String words, List<String> answers, boolean singular, double score) {
    }

    /** Prepositions whose phrase after a noun is as often the noun's as the verb's ("der Absatz an Schuhen"). */
    private static final Set<String> NOUN_ATTACHING = Set.of("an", "von", "vom", "aus", "für", "über", "gegen", "ab",
        "durch", "zur", "zum", "zwischen");

    /** Nouns whose "vor" phrase right after them is theirs ("aus Angst vor den Taliban"). */
    private static final Set<String> TAKING_VOR = Set.of("Angst", "Furcht", "Sorge", "Sorgen", "Warnung", "Warnungen",
        "Respekt", "Schutz", "Panik", "Ehrfurcht", "Flucht");

    /** Nouns whose "gegen" phrase right after them is theirs ("zu großen Protesten gegen das Modell"). */
    private static final Set<String> TAKING_GEGEN = Set.of("protest", "proteste", "protesten", "kampf", "klage",
        "klagen", "widerstand", "demonstration", "demonstrationen", "vorwurf", "vorwürfe", "vorwürfen", "ermittlungen",
        "sanktionen", "anschlag", "anschläge", "anschlägen", "maßnahmen", "streik", "streiks", "aufstand", "krieg",
        "einspruch", "beschwerde", "verfahren", "anklage", "hetze", "impfung", "impfstoff", "mittel", "kundgebung",
        "kundgebungen", "kampagne", "offensive", "angriff", "angriffe", "angriffen", "gewalt", "boykott", "embargo");

    /** Nouns whose "zu" phrase, after them or their genitive, is theirs ("den Aufstieg Hamburgs zum Welthafen"). */
    private static final Set<String> TAKING_ZU = Set.of("Aufstieg", "Abstieg", "Zugang", "Rückkehr", "Beitrag",
        "Beitritt", "Übergang", "Wandel", "Umbau", "Weg", "Aufruf", "Einladung", "Zustimmung", "Stellungnahme");

    /** Nouns whose "nach" phrase right after them is theirs ("die Suche nach dem Wrack"). */
    private static final Set<String> TAKING_NACH = Set.of("Suche", "Jagd", "Fahndung", "Nachfrage", "Frage",
        "Forderung", "Forderungen", "Ruf", "Rufe", "Sehnsucht", "Bedarf", "Streben");

    /** Nouns whose "in" phrase right after them is theirs ("den Eintritt seiner Partei in die Regierung"). */
    private static final Set<String> TAKING_IN = Set.of("Eintritt", "Beitritt", "Einstieg", "Einzug", "Einblick",
        "Einblicke", "Eingriff", "Eingriffe", "Einmarsch", "Einreise", "Einwanderung", "Aufnahme", "Vertrauen",
        "Investition", "Investitionen", "Umwandlung");

    /** Whether a phrase with {@code preposition} right after one of {@code nouns} is that noun's "in" phrase. */
    static boolean ownInPhrase(String preposition, String... nouns) {
        return (preposition.equals("in") || preposition.equals("ins"))
            && java.util.Arrays.stream(nouns).anyMatch(TAKING_IN::contains);
    }

    /** Nouns whose "um" phrase right after them is theirs ("die Bewerber um das höchste Amt im Staat"). */
    private static final Set<String> TAKING_UM = Set.of("Bewerber", "Bewerberin", "Bewerberinnen", "Bewerbung",
        "Bewerbungen", "Kampf", "Streit", "Rennen", "Wettbewerb", "Wettlauf", "Ringen", "Konkurrenz", "Gerangel", "Poker",
        "Sorge", "Sorgen");

    /** Nouns whose "auf" phrase right after them is theirs ("Rückstand auf die Siegerin", "Hinweise auf Sprengstoff"). */
    private static final Set<String> TAKING_AUF = Set.of("Rückstand", "Vorsprung", "Hinweis", "Hinweise", "Anspruch",
        // "verspielte seine Chancen auf bessere Platzierungen"
        "Chance", "Chancen",
        "Ansprüche", "Einfluss", "Blick", "Verzicht", "Angriff", "Angriffe", "Anschlag", "Anschläge", "Reaktion",
        "Antwort", "Hoffnung", "Recht", "Zugriff", "Rücksicht", "Verdacht", "Druck", "Antrag", "Anträge", "Anträgen",
        // "über die Auswirkungen des Schreibens auf das Sponsoring", "das Grundrecht auf Erwerbsfreiheit"
        "Grundrecht", "Grundrechts", "Anrecht",
        "Auswirkung", "Auswirkungen", "Wirkung", "Wirkungen", "Einflüsse", "Ambition", "Ambitionen", "Aussicht",
        "Aussichten", "Fokus", "Schwerpunkt", "Bezug", "Rückgriff");

    /**
     * "mit den Worten zitiert, es habe …", "mit der Aussage: …", "mit einer dreiköpfigen Besatzung an Bord": a phrase that only says
     * something with what follows it, so it is neither asked for nor moved.
     */
    private static boolean boundToWhatFollows(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int next = part.to() + 1;
        boolean words = Set.of("Worten", "Worte", "Aussage", "Satz", "Hinweis", "Begründung", "Forderung", "Ankündigung")
            .contains(parse.word(part.word()).form()) && java.util.stream.IntStream.range(next, Math.min(next + 3,
                parse.words().size())).anyMatch(w -> Set.of(",", ":", "„", "\"").contains(parse.word(w).form()));
        boolean aboard = written(clause, part.from()).equals("mit") && next + 1 < parse.words().size()
            && written(clause, next).equals("an") && parse.word(next + 1).form().equals("Bord");
        boolean theBoard = part.to() == part.from() + 1 && written(clause, part.from()).equals("an")
            && parse.word(part.to()).form().equals("Bord") && clause.constituents().stream()
                .anyMatch(p -> p.to() == part.from() - 1 && written(clause, p.from()).equals("mit"));
        return words || aboard || theBoard;
    }

    /**
     * "am Montag, dem 27. März, die Einstellung …": the comma that closes a date's apposition inside the phrase
     * stands after it, and would be left behind in the question.
     */
    private static boolean appositionClosedAfter(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return part.to() + 1 < parse.words().size() && parse.word(part.to() + 1).form().equals(",")
            && java.util.stream.IntStream.range(part.from(), part.to() - 1).anyMatch(w -> parse.word(w).form().equals(",")
                && Set.of("dem", "den").contains(parse.word(w + 1).form()) && parse.word(w + 2).upos() == Upos.NUM);
    }

    /** The preposition as the article writes it ("am", not the parse's "an dem"), in lower case. */
    private static String written(Constituents clause, int word) {
        return clause.sentence().tokens().get(clause.parse().word(word).token()).text().toLowerCase(Locale.GERMAN);
    }

    /**
     * "Auf den Spanier Oscar Pereiro fuhr der Fahrer … den Sieg mit einem Vorsprung von sechs Sekunden nach Hause": a
     * prepositional phrase right after a noun may be that noun's, which the parse hung on the verb; moved away, it
     * says something else.
     */
    private static boolean attributeAfterANoun(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (part.from() > 0 && Set.of("zum", "auf").contains(written(clause, part.from()))
            && parse.word(beforeClosingMarks(parse, part.from())).form().equals("Nacht")) {
            // "in der Nacht zum Montag" names one night
            return true;
        }
        boolean afterALead = clause.parts().stream().filter(p -> p.to() == part.from() - 1)
            .anyMatch(p -> java.util.stream.IntStream.rangeClosed(p.from(), p.to())
                .anyMatch(w -> TAKING_AUF.contains(parse.word(w).form())));
        if (part.from() > 0 && written(clause, part.from()).equals("auf")
            && (TAKING_AUF.contains(parse.word(beforeClosingMarks(parse, part.from())).form()) || afterALead)) {
            // "mit einer Sekunde Rückstand auf ihre Landsfrau": whom the lead or the lag is on, not the verb's
            return true;
        }
        if (part.from() > 0 && parse.word(part.from()).upos() == Upos.ADP && clause.parts().stream()
            .anyMatch(p -> p.to() == beforeClosingMarks(parse, part.from()) && ownPhraseFollows(clause, p))) {
            return true;
        }
        if (part.from() > 0 && written(clause, part.from()).equals("zu") && !partOfTheVerb(clause, part)
            && parse.word(beforeClosingMarks(parse, part.from())).upos() == Upos.NOUN) {
            return true;
        }
        if (part.from() > 0 && (placeOfAnAbstractNoun(clause, part.from() - 1, part.from()) || clause.parts().stream()
            .anyMatch(p -> p.to() == part.from() - 1 && abstractNounEndingIn(clause, p, part.from())))) {
            return true;
        }
        if (part.from() == 0 || parse.word(part.from()).upos() != Upos.ADP
            || !NOUN_ATTACHING.contains(written(clause, part.from()))) {
            return false;
        }
        Upos before = parse.word(beforeARelativeClause(parse, beforeClosingMarks(parse, part.from()))).upos();
        if (Set.of("zur", "zum").contains(written(clause, part.from()))) {
            // "das Gesamtprojekt zur Einführung …", but "ernannte … Fouad Mebazaâ zum Interimspräsidenten"
            return before == Upos.NOUN;
        }
        return before == Upos.NOUN || before == Upos.PROPN || before == Upos.NUM;
    }

    /**
     * "der steirische Fleisch- und Wursthersteller mit 269 Mitarbeitern", "die Turbulenzen um Zielpunkt": a phrase with
     * "mit" or "um" right after a noun may say which one, wherever the parse hung it, and is not put first apart from
     * it; after a time ("seit Jahren um den Titel") it is the verb's.
     */
    private boolean mayDescribeTheNounBefore(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (part.from() > 0 && parse.word(part.from()).upos() == Upos.ADP
            && Set.of("zu", "zum", "zur").contains(written(clause, part.from()))
            && java.util.stream.IntStream.range(Math.max(0, part.from() - 3), part.from())
                .anyMatch(w -> TAKING_ZU.contains(parse.word(w).form()))) {
            // "den Aufstieg Hamburgs zum Welthafen": the rise's own "zu", which "wohin" would ask of the verb
            return true;
        }
        if (part.from() == 0 || parse.word(part.from()).upos() != Upos.ADP
            || !parse.word(part.word()).relation().startsWith("obl")
            // "bringt Besucher ohne Auto … zur Haltestelle": visitors who have none, not a bus that has none
            || !Set.of("mit", "um", "ohne").contains(written(clause, part.from()))) {
            return false;
        }
        if (takesItsObjectWith(clause, written(clause, part.from()))) {
            // "Früher haben sich Tempel und Kirchen um Kranke gekümmert": the verb's own object
            return false;
        }
        Word before = parse.word(beforeClosingMarks(parse, part.from()));
        // "in Großfamilien/PROPN mit 8-10 Personen": a noun the tagger took for a name
        return (before.upos() == Upos.NOUN || before.upos() == Upos.PROPN) && !isTime(before)
            && morphology.readings(before.form()).stream().anyMatch(m -> m.upos() == Upos.NOUN);
    }

    /**
     * "einen Zusammenstoß eines Busses mit einem Zug", "der zweitgrößte Zulieferer der Welt nach Spirit": a "mit"
     * after a noun of meeting or agreeing, and a "nach" after a superlative, belong to that phrase, which the parse
     * may hang on the verb; so does an "aus" with a place after a name.
     */
    private static boolean ownPhraseFollows(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int next = part.to() + 1;
        if (next >= parse.words().size() || parse.word(next).upos() != Upos.ADP || part.verbal()) {
            return false;
        }
        String preposition = written(clause, next);
        if (preposition.equals("aus") && parse.word(part.to()).upos() == Upos.PROPN
            && clause.parts().stream().anyMatch(p -> p.from() == next && java.util.stream.IntStream
                .rangeClosed(p.from(), p.to()).anyMatch(w -> parse.word(w).upos() == Upos.PROPN))) {
            // "vom Geschäftsmann Hans Gamper aus der Stadt Winterthur": where the one named comes from
            return true;
        }
        // "als Hauptantriebskraft für Investitionen | in die Geschäftseinheit": the noun the phrase ends with may take it
        String last = parse.word(part.to()).form();
        boolean lastTakesIt = part.to() != part.word() && parse.word(part.to()).upos() == Upos.NOUN
            && takesItsPhrase(preposition, last);
        return lastTakesIt || takesItsPhrase(preposition, parse.word(part.word()).form())
            || rankedBefore(parse, part, preposition);
    }

    private static boolean takesItsPhrase(String preposition, String head) {
        return preposition.equals("mit") && TAKING_MIT.stream().anyMatch(head::endsWith)
            || preposition.equals("gegen") && TAKING_GEGEN.stream().anyMatch(Words.lower(head)::endsWith)
            || preposition.equals("auf") && TAKING_AUF.contains(head)
            || preposition.equals("vor") && TAKING_VOR.contains(head)
            // "die Forderung nach einer Nachschärfung der Entsenderichtlinie"
            || preposition.equals("nach") && TAKING_NACH.contains(head)
            || preposition.equals("um") && TAKING_UM.contains(head)
            || ownInPhrase(preposition, head);
    }

    /** "der zweitgrößte Zulieferer der Welt nach Spirit", "den höchsten Wert seit sechs Jahren". */
    private static boolean rankedBefore(Parse parse, Constituents.Part part, String preposition) {
        return (preposition.equals("nach") || preposition.equals("seit"))
            && java.util.stream.IntStream.rangeClosed(part.from(), part.to())
            .anyMatch(w -> parse.word(w).upos() == Upos.ADJ && SUPERLATIVE.matcher(parse.word(w).form()).matches());
    }

    /**
     * "der Formel-1-Fahrer Christian Klien | in einer Diskothek in Altach" with the place hung on the person: where
     * someone was is the verb's, no kind of the person, and goes neither into an answer nor to the front with them.
     */
    private boolean placeHungOnAName(Parse parse, int w) {
        Word word = parse.word(w);
        if (!Set.of("in", "im", "auf", "am", "an").contains(Words.lower(word.form())) || word.upos() != Upos.ADP
            || word.head() < 0 || w < 2 || !parse.word(word.head()).relation().equals("nmod")) {
            return false;
        }
        Word before = parse.word(w - 1);
        Word first = parse.word(w - 2);
        // "die Neue Sächsische Galerie in Chemnitz": a gallery's name is no person's, and its place may be its own
        return before.upos() == Upos.PROPN && first.upos() == Upos.PROPN && before.relation().equals("flat")
            && before.head() == w - 2 && morphology.readings(first.form()).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME));
    }

    /**
     * "in der 77. Minute | gegen Emana", "in der 53. Minute | ins eigene Tor" with the phrase hung on the time: what
     * else the clause says, which neither a time asked for nor a time put first may take along.
     */
    private boolean timeWithAnotherPhrase(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        for (int w = part.from(); w <= part.to(); w++) {
            Word word = parse.word(w);
            if (w != part.word() && word.relation().equals("nmod") && word.head() >= part.from()
                && word.head() <= part.to() && isTime(parse.word(word.head())) && !isTime(word)
                && word.upos() != Upos.NUM && !parse.children(w, "case").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "am Montag, dem 27. März, die Einstellung …": asked for, the apposition's closing comma would stay behind. */
    private static boolean closingCommaLeftBehind(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return clause.text(part).contains(",") && part.to() + 1 < parse.words().size()
            && parse.word(part.to() + 1).form().equals(",");
    }

    /**
     * "wegen Rauchentwicklung in der Kabine", "ein Engagement der Bundeswehr im Ausland", "des Festgeländes um den
     * Bundestag", "die Aufnahme eines solchen Satzes in die Resolution": a place right after a noun of an action or a
     * site, whose head or last word is the noun, is the noun's, though the parse hang it on the verb.
     */
    static boolean placeOfAnAbstractNounFollows(Constituents clause, Constituents.Part part) {
        int next = part.to() + 1;
        return next < clause.parse().words().size() && (placeOfAnAbstractNoun(clause, part.to(), next)
            || abstractNounEndingIn(clause, part, next));
    }

    /**
     * "den Abschlussbericht seiner Untersuchung der Stromerzeugung und des Stromgroßhandels | in den Jahren 2007 und
     * 2008": a noun of an action inside the phrase, whose attributes run to the phrase's end, before a phrase with "in".
     */
    private static boolean abstractNounEndingIn(Constituents clause, Constituents.Part part, int preposition) {
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to())
            .filter(w -> placeOfAnAbstractNoun(clause, w, preposition))
            .anyMatch(w -> clause.parse().subtree(w).stream().mapToInt(Integer::intValue).max().orElse(w) == part.to());
    }

    private static boolean placeOfAnAbstractNoun(Constituents clause, int noun, int preposition) {
        Parse parse = clause.parse();
        Word before = parse.word(noun);
        return before.upos() == Upos.NOUN && parse.word(preposition).upos() == Upos.ADP
            && Set.of("in", "im", "ins", "um").contains(written(clause, preposition))
            && ABSTRACT_ENDINGS.stream().anyMatch(Words.lower(before.form())::endsWith)
            && !before.form().endsWith("station");
    }

    private static final Set<String> ABSTRACT_ENDINGS = Set.of("ung", "ungen", "engagement", "tion", "geländes",
        "gelände", "einsatz", "einsatzes", "nahme", "mitgliedschaft");

    /**
     * "hatte am Samstag Mahmud Ahmadinedschad zum Sieger … erklärt" with the name hung on "Samstag": a day or a month
     * has no name for an apposition.
     */
    private static boolean nameHungOnADay(Parse parse, int w) {
        Word word = parse.word(w);
        return (Words.WEEKDAYS.contains(word.form()) || Words.MONTHS.contains(word.form()))
            && parse.children(w).stream().map(parse::word).anyMatch(c -> c.upos() == Upos.PROPN
                && Set.of("flat", "appos").contains(c.relation()) && !Words.MONTHS.contains(c.form()));
    }

    /** "in kürzester Zeit", "in kurzer Zeit": how fast, which "wann" does not ask. */
    private static final java.util.regex.Pattern HOW_FAST = java.util.regex.Pattern.compile(
        "(?i)in (?:sehr |relativ )?(?:kürzester|kurzer|kürzerer|rekordverdächtiger|kurzer|Rekord)\\s*[zZ]eit");

    /** "am Samstagabend in Paris", which the parse strung together: a time with a place inside is no time alone. */
    private static final java.util.regex.Pattern PLACE_IN_A_TIME = java.util.regex.Pattern.compile(
        "^(?:am|im|an|in) \\S+(?: \\S+)? in (?:der |dem |den )?\\p{Lu}");

    /**
     * "nannte … das Regionalligaspiel … gegen Erzgebirge Aue am 14. Oktober 2000": a date right after a phrase naming
     * an event may be the event's, not the verb's.
     */
    private boolean eventsDate(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        boolean time = parse.word(part.from()).upos() == Upos.ADP
            && java.util.stream.IntStream.rangeClosed(part.from(), part.to()).anyMatch(w -> isTime(parse.word(w)));
        return time && clause.parts().stream().anyMatch(p -> p.to() == part.from() - 1 && namesAnEvent(clause, p));
    }

    /** The event of {@link #eventsDate}, asked for or moved without its date. */
    private boolean eventBeforeItsDate(Constituents clause, Constituents.Part part) {
        return namesAnEvent(clause, part) && clause.parts().stream().anyMatch(p -> p.from() == part.to() + 1
            && eventsDate(clause, p));
    }

    private boolean namesAnEvent(Constituents clause, Constituents.Part part) {
        Word head = clause.parse().word(part.word());
        return head.upos() == Upos.NOUN && ("event".equals(fields.fieldOf(lemma(head), Upos.NOUN))
            || STEPS.stream().anyMatch(lemma(head)::endsWith));
    }

    /** Steps someone takes on a day ("seit ihrem Beitritt zur SPD im Jahr 1990"), whose date follows them. */
    private static final Set<String> STEPS = Set.of("tritt", "Gründung", "Geburt", "Tod", "Wahl", "Heirat", "Ernennung",
        "Amtsantritt", "Abschluss", "Start", "Beginn", "Eröffnung");

    /**
     * "riet … dem Verteidigungsminister zu mehr Zurückhaltung" with "zu mehr Zurückhaltung" hung on the person: a
     * person has no "zu" phrase of their own, it is the verb's.
     */
    private boolean personWithTheVerbsZu(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        return (isPersonNoun(head) || head.upos() == Upos.PROPN) && parse.children(part.word(), "nmod").stream()
            .anyMatch(n -> parse.children(n, "case").stream()
                .anyMatch(c -> Set.of("zu", "zur", "zum").contains(written(clause, c))));
    }

    /**
     * "Das Gefängnis untersteht der Autonomiebehörde, welche …": a relative clause right after the phrase is its, and
     * moved apart from it would seem to be another's.
     */
    private static boolean relativeClauseFollows(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int comma = part.to() + 1;
        // "eine Politik, durch die …": a preposition may open the relative clause
        int opening = comma + 2 < parse.words().size() && parse.word(comma + 1).upos() == Upos.ADP ? comma + 2
            : comma + 1;
        return opening < parse.words().size() && parse.word(comma).form().equals(",")
            && Constituents.RELATIVE_PRONOUNS.contains(Words.lower(parse.word(opening).form()))
            && (parse.word(opening).upos() == Upos.PRON || parse.word(opening).upos() == Upos.DET)
            && !(opening > comma + 1 && opening + 1 < parse.words().size()
                && Set.of(Upos.NOUN, Upos.ADJ, Upos.PROPN).contains(parse.word(opening + 1).upos()));
    }

    /** Nouns whose "mit" phrase right after them is theirs ("die Einigung der Belegschaft mit der Konzernführung"). */
    private static final Set<String> TAKING_MIT = Set.of("Problem", "Probleme", "Problemen", "Schwierigkeiten",
        "Infektion", "Infektionen", "Infizierung", "Ansteckung",
        "Ärger", "Erfahrung", "Erfahrungen", "Zusammenstoß", "Kollision", "Einigung", "Vereinbarung",
        "Abkommen", "Vertrag", "Treffen", "Gespräch", "Gespräche", "Gesprächen", "Verhandlungen", "Streit",
        "Konflikt", "Zusammenarbeit", "Kooperation", "Partnerschaft", "Beziehungen", "Kontakt", "Kontakte",
        "Kontakten", "Fusion", "Bündnis", "Koalition", "Krieg", "Auseinandersetzung", "Auseinandersetzungen",
        "Begegnung", "Duell", "Unentschieden", "Telefonat", "Zusammenschluss", "Verbindung", "Verbindungen",
        "Interview", "Interviews", "Dialog", "Unterredung", "Absprache");
    private static final java.util.regex.Pattern SUPERLATIVE = java.util.regex.Pattern.compile(
        "\\p{L}*(?:st|ßt)e[nmrs]?");

    /**
     * The word before a relative clause that ends at {@code at}: "„Landnahmen“ von Höfen, die noch in der Hand von
     * Weißen sind, durch paramilitärische Einheiten" has the phrase after the clause still belong to the noun before
     * it.
     */
    private static int beforeARelativeClause(Parse parse, int at) {
        if (!parse.word(at).form().equals(",")) {
            return at;
        }
        for (int comma = at - 1; comma > 0; comma--) {
            if (parse.word(comma).form().equals(",")) {
                int opening = parse.word(comma + 1).upos() == Upos.ADP ? comma + 2 : comma + 1;
                boolean relative = opening < at
                    && Constituents.RELATIVE_PRONOUNS.contains(parse.word(opening).form().toLowerCase(Locale.GERMAN));
                return relative ? beforeClosingMarks(parse, comma) : at;
            }
        }
        return at;
    }

    /** The word before {@code at}, past closing quotation marks: "Versagen der politischen Führung“ in dem …". */
    private static int beforeClosingMarks(Parse parse, int at) {
        int before = at - 1;
        while (before > 0 && Set.of("“", "”", "\"", "«", "‘").contains(parse.word(before).form())) {
            before--;
        }
        return before;
    }

    private boolean bareNounSubject(Constituents clause, Constituents.Part part) {
        Word head = clause.parse().word(part.word());
        // "Schindler/NOUN lebte auch einige Jahre in Argentinien": a surname the tagger took for a noun is named
        return part.from() == part.to() && head.upos() == Upos.NOUN && head.relation().startsWith("nsubj")
            && morphology.readings(head.form()).stream().noneMatch(m -> m.upos() == Upos.PROPN);
    }

    /** "schon Menschen auf der Insel": a noun with no article of its own, however the phrase opens. */
    private static boolean withoutAnArticle(Parse parse, int noun) {
        return parse.word(noun).upos() == Upos.NOUN && parse.children(noun, "det").isEmpty()
            && parse.children(noun, "det:poss").isEmpty();
    }

    private boolean singularOnly(Constituents clause, Constituents.Part part) {
        var readings = morphology.readings(clause.parse().word(part.word()).form()).stream()
            .filter(m -> m.upos() == Upos.NOUN).toList();
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.SINGULAR));
    }

    /** "zählt unter anderem der Symbolgehalt": two words that single out the phrase after them, as "auch" does. */
    private static final Set<String> FOCUSING_PAIRS = Set.of("unter anderem", "vor allem", "zum beispiel",
        "nicht zuletzt", "in erster linie", "unter anderen",
        // "werden heute fast immer in einer Klinik durchgeführt": how often, said of the place
        "fast immer", "fast nur", "beinahe immer", "nahezu immer", "fast ausschließlich", "meist nur");

    private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile(
        "(?i)(?:im|pro|je|am) (?:Monat|Jahr|Tag|Woche|Stunde|Minute)");

    /** Particles that add what they stand before to something said before: first, they point back to it. */
    private static final Set<String> ADDING = Set.of("auch", "sogar", "selbst", "ebenfalls");

    /**
     * Whether a statement leaves a phrase where it stands: a time the parse hung on a subject or object goes with
     * the clause ("die Regierung vor zehn Tagen"), so may an occasion or a place inside it; a particle before the
     * phrase focuses on it and cannot stay behind ("wird nur den Aktionären gehören", "noch am Tatort"); and a bare
     * name as a dative or prepositional object would read as the subject when first ("Chávez warf die Opposition
     * vor").
     */
    private boolean staysInPlace(Constituents clause, Constituents.Part part, String relation) {
        Parse parse = clause.parse();
        boolean timeInside = (relation.startsWith("nsubj") || relation.equals("obj"))
            && TIME_AT_THE_END.matcher(clause.text(part)).find();
        // "hatte die beiden Leichen dann auch in der Nähe gefunden": "Auch in der Nähe hatte …" adds to something else
        boolean focused = part.from() > 0 && STAYING_WITH_THE_NEXT.contains(Words.lower(parse.word(part.from() - 1).form()))
            || ADDING.contains(Words.lower(parse.word(part.from()).form())) && parse.word(part.from()).upos() == Upos.ADV
            || part.from() > 1 && FOCUSING_PAIRS.contains(Words.lower(parse.word(part.from() - 2).form() + " "
                + parse.word(part.from() - 1).form()));
        boolean bareNameObject = (relation.equals("iobj") || relation.equals("obl:arg"))
            && parse.word(part.from()).upos() == Upos.PROPN;
        // "auf 50 Millionen US-Dollar | im Monat": how often, which belongs to the amount before it and goes with it
        boolean rate = RATE.matcher(clause.text(part)).matches() || clause.parts().stream()
            .anyMatch(p -> p.from() == part.to() + 1 && RATE.matcher(clause.text(p)).matches());
        return timeInside || placeOrOccasionInside(clause, part) || focused || bareNameObject || rate
            || superlativeOfAll(clause, part) || governedByTheWordBefore(clause, part) || gradingTheVerb(clause, part)
            || particleReadIntoAPhrase(clause, part) || placeOfTheEventInside(clause, part)
            || boundToWhatFollows(clause, part) || Constituents.holdsTheVerbsObject(parse, clause.head(), part,
                clause.constituents(), morphology);
    }

    /**
     * "dem Präsidenten bei seiner Rede", "der ANC in den USA": an occasion with "bei", or a place with "in" after a
     * name, that the parse hung inside a noun's phrase may be the clause's, and would go with the noun when a
     * statement moves it ("die Weltmeisterschaften in Helsinki" stay movable).
     */
    private static boolean placeOrOccasionInside(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        boolean name = parse.word(part.word()).upos() == Upos.PROPN;
        return parse.children(part.word(), "nmod").stream().anyMatch(n -> n <= part.to() && parse.children(n, "case")
            .stream().map(c -> written(clause, c))
            .anyMatch(p -> Set.of("bei", "beim").contains(p) || name && Set.of("in", "im").contains(p)));
    }

    /**
     * "drohten den Demonstranten | mit strafrechtlichen Konsequenzen": an object right before a prepositional phrase,
     * moved first alone, would read as one phrase with it ("Den Demonstranten mit … Konsequenzen drohten …").
     */
    private static boolean nounPhraseBeforeAPrepositionalOne(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        String relation = parse.word(part.word()).relation();
        int next = part.to() + 1;
        return (relation.equals("obj") || relation.equals("iobj") || relation.equals("obl:arg"))
            && parse.word(part.from()).upos() != Upos.ADP && next < parse.words().size()
            && parse.word(next).upos() == Upos.ADP && !parse.word(next).relation().equals("compound:prt")
            && !Set.of("zu", "zum", "zur").contains(written(clause, next));
    }

    /** "wegen ihrer Beteiligung | an den Unruhen": a noun whose "an" phrase right after it is its own. */
    private static boolean takesTheAnAfterIt(Constituents clause, Constituents.Part part) {
        String noun = Words.lower(clause.parse().word(part.to()).form());
        return written(clause, part.to() + 1).equals("an") && TAKING_AN.stream().map(Words::lower).anyMatch(noun::endsWith);
    }

    /** Nouns, compounds ending in them too ("Hakenkreuz-Schmierereien an öffentlichen Gebäuden"), that take "an". */
    private static final Set<String> TAKING_AN = Set.of("Beteiligung", "Teilnahme", "Kritik", "Interesse", "Anteil",
        "Zweifel", "Mangel", "Angriff", "Angriffe", "Anschlag", "Anschläge", "Bedarf", "Mitwirkung", "Verrat",
        "Schmiererei", "Schmierereien", "Schaden", "Schäden", "Reparatur", "Reparaturen", "Arbeiten", "Anteile");

    /**
     * "Ein 24-jähriger Taucher aus einer Kieler Bundeswehreinheit", "der Absatz an Schuhen", "auf dem Weg, … zu
     * wandeln": the phrase or infinitive after this one may be its attribute, which would stay behind when this one is
     * moved or asked for.
     */
    private static boolean attributeFollows(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int next = part.to() + 1;
        Upos last = parse.word(part.to()).upos();
        if (next >= parse.words().size() || last != Upos.NOUN && last != Upos.PROPN) {
            return false;
        }
        Word word = parse.word(next);
        if (word.form().equals(",") && clause.parts().stream().anyMatch(p -> (p.from() == next || p.from() == next + 1)
            && parse.children(p.word(), "mark").stream().anyMatch(m -> parse.word(m).form().equals("zu")))) {
            // "geht weiter auf dem Weg, die Gesellschaftsform … zu wandeln": the infinitive may be the noun's
            return true;
        }
        boolean agent = passive(clause) && written(clause, next).startsWith("von");
        // "das Recht der Frauen | auf eine Abtreibung": the head's own "auf", after its genitive
        boolean takingAuf = written(clause, next).equals("auf") && (TAKING_AUF.contains(parse.word(part.to()).form())
            || TAKING_AUF.contains(parse.word(part.word()).form()))
            // "eine vierstündige Suche | nach dem Wrack", "die Bewerber | um das höchste Amt"
            || written(clause, next).equals("nach") && TAKING_NACH.contains(parse.word(part.to()).form())
            || written(clause, next).equals("um") && TAKING_UM.contains(parse.word(part.to()).form())
            // "den Eintritt seiner Partei | in die Regierung"
            || ownInPhrase(written(clause, next), parse.word(part.to()).form(), parse.word(part.word()).form());
        // "die Dreharbeiten zu neuen Folgen", but "… in Bad Homburg zu Ende gegangen"
        boolean nounsZu = written(clause, next).equals("zu") && last == Upos.NOUN
            && clause.parts().stream().noneMatch(p -> p.from() == next && partOfTheVerb(clause, p));
        return word.upos() == Upos.ADP && (NOUN_ATTACHING.contains(written(clause, next)) || takingAuf || nounsZu)
            && !agent
            && clause.parts().stream().anyMatch(p -> p.from() == next
                && clause.parse().word(p.word()).relation().startsWith("obl")
                && !clause.parse().word(p.word()).relation().equals("obl:agent"));
    }

    /**
     * "die Unabhängigkeitsbestrebungen der Bevölkerungsmehrheit im Kosovo", "vom Kosmodrom im kasachischen
     * Baiqongyr": a place named with "in" right after a noun that names no time may belong to the noun, so a
     * statement said another way moves neither.
     */
    private boolean besideAnAttribute(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        boolean afterANoun = part.from() > 0 && namedPlaceWithIn(clause, part.from())
            && nounNamingNoTime(parse.word(beforeClosingMarks(parse, part.from())));
        boolean beforeOne = part.to() + 1 < parse.words().size() && namedPlaceWithIn(clause, part.to() + 1)
            && nounNamingNoTime(parse.word(part.to()));
        return afterANoun || beforeOne;
    }

    /**
     * "Bären können ausnahmsweise bis 800 Kilogramm schwer werden.": how heavy, tall or old, which stays before its
     * adjective ("Ausnahmsweise bis 800 Kilogramm können Bären schwer werden." is no German order).
     */
    private static boolean measureOfTheAdjectiveAfter(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (part.to() + 1 >= parse.words().size()) {
            return false;
        }
        String next = Words.lower(parse.word(part.to() + 1).form());
        // "stieg einige Jahre lang rasant an": a span counted without a number, which "lang" measures too
        boolean span = next.equals("lang") && SPANS.contains(parse.word(part.to()).form());
        return span || parse.word(part.to() + 1).upos() == Upos.ADJ
            && java.util.stream.IntStream.rangeClosed(part.from(), part.to())
                .anyMatch(w -> parse.word(w).upos() == Upos.NUM)
            && MEASURED_ADJECTIVES.contains(next);
    }

    /**
     * "wirkte sich auf Länder in der ganzen Welt aus": a noun with no article, whose place follows it, which says
     * which ones ("Auf Länder wirkte sich … in der ganzen Welt aus." tears them apart).
     */
    private boolean bareNounBeforeAPlace(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int next = part.to() + 1;
        Word last = parse.word(part.to());
        // ("Menschen am Harz", a subject, and "als Feldherr in mehreren Kriegen", a role, are no such phrase)
        return next < parse.words().size() && last.upos() == Upos.NOUN && part.to() == part.word()
            && parse.word(part.from()).upos() == Upos.ADP
            // ("mit Schlittschuhen auf dem Eis", "über Stangen auf die Räder": a means and a way, which say how)
            && !Set.of("als", "mit", "ohne", "über", "durch").contains(written(clause, part.from()))
            && morphology.readings(last.form()).stream().anyMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.PLURAL))
            && parse.children(part.word(), "det").isEmpty() && parse.children(part.word(), "nummod").isEmpty()
            && parse.word(next).upos() == Upos.ADP
            && Set.of("in", "im", "aus", "an", "am", "auf").contains(written(clause, next));
    }

    private static final Set<String> SPANS = Set.of("Jahre", "Monate", "Wochen", "Tage", "Stunden", "Minuten",
        "Jahrzehnte", "Jahrhunderte", "Sekunden", "Nächte");

    private static final Set<String> MEASURED_ADJECTIVES = Set.of("schwer", "hoch", "lang", "alt", "breit", "tief",
        "groß", "weit", "dick", "schnell", "warm", "kalt", "teuer");

    /**
     * "Obst wächst auf Obstbäumen, an Sträuchern oder Stauden.": more phrases of the same kind after a comma, which the
     * parse left behind; moved first alone, the phrase would leave them hanging at the end.
     */
    private static boolean placesGoOnAfterAComma(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return parse.word(part.from()).upos() == Upos.ADP && part.to() + 2 < parse.words().size()
            && parse.word(part.to() + 1).form().equals(",") && parse.word(part.to() + 2).upos() == Upos.ADP;
    }

    /**
     * "Womit kann jedes Rennen in der Fußball-Bundesliga verglichen werden? – mit einem Spieltag": a phrase asked for
     * whose common noun the named place right after it may belong to ("mit einem Spieltag in der Fußball-Bundesliga").
     */
    private boolean beforeAPlaceOfItsNoun(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return parse.word(part.to()).upos() == Upos.NOUN && !isTime(parse.word(part.to()))
            && part.to() + 1 < parse.words().size() && namedPlaceWithIn(clause, part.to() + 1);
    }

    /**
     * "auf die Tat mit Wut und Entsetzen", "auf Konzernkosten zu Veranstaltungen": a "mit" or "zu" phrase the parse
     * hung on the phrase's noun may be the verb's ("reagierte … mit Wut", "eingeladen … zu"); moved first together,
     * the two would stand before the verb as one.
     */
    private static boolean verbsPhraseMayBeInside(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        // "drohten den Demonstranten mit strafrechtlichen Konsequenzen" too, the object with the verb's "mit" inside
        boolean object = Set.of("obj", "iobj").contains(parse.word(part.word()).relation());
        return (parse.word(part.from()).upos() == Upos.ADP || object) && parse.children(part.word(), "nmod").stream()
            .anyMatch(n -> parse.children(n, "case").stream()
                .anyMatch(c -> Set.of("mit", "zu", "zum", "zur").contains(written(clause, c))));
    }

    /**
     * "fallen für die Blau-Schwarzen an Energiekosten an": "an" and a bare noun hung on the phrase, which says what of
     * the amount is spent on, the verb's, not the phrase's.
     */
    private static boolean bareAnPhraseInside(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return parse.word(part.from()).upos() == Upos.ADP && parse.children(part.word(), "nmod").stream()
            .anyMatch(n -> parse.children(n, "det").isEmpty() && parse.children(n, "case").stream()
                .anyMatch(c -> written(clause, c).equals("an")));
    }

    /** "begründete den Schritt | mit seiner Niederlage": a "mit" phrase the parse hung on the object may be the verb's. */
    private static boolean verbsMitInside(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return parse.children(part.word(), "nmod").stream().anyMatch(n -> parse.children(n, "case").stream()
            .anyMatch(c -> written(clause, c).equals("mit")));
    }

    /**
     * "im Kosovo", "im kasachischen Baiqongyr", "in der Fußball-Bundesliga": "in" and a name, a word the dictionary
     * does not know, or a compound joined by a hyphen, which names one thing as a name does.
     */
    private boolean namedPlaceWithIn(Constituents clause, int at) {
        if (!Set.of("in", "im").contains(written(clause, at))) {
            return false;
        }
        return clause.parts().stream().filter(p -> p.from() == at).anyMatch(p -> java.util.stream.IntStream
            .rangeClosed(p.from(), p.to()).mapToObj(clause.parse()::word).anyMatch(w -> w.upos() == Upos.PROPN
                || w.upos() == Upos.NOUN && morphology.readings(w.form()).isEmpty() || w.form().equals("-")));
    }

    private boolean nounNamingNoTime(Word word) {
        return (word.upos() == Upos.NOUN || word.upos() == Upos.PROPN) && !isTime(word);
    }

    /** "mehr als 100 Ziele", "rund 8.100 Arbeitsplätze": the words before a number that say it is a bound, if any. */
    private static Optional<String> boundBefore(Constituents clause, int number) {
        List<org.textquiz.core.article.Token> tokens = clause.sentence().tokens();
        int token = clause.parse().word(number).token();
        String one = token > 0 ? tokens.get(token - 1).text() : "";
        String two = token > 1 ? tokens.get(token - 2).text() + " " + one : "";
        return Set.of("mehr als", "weniger als", "bis zu").contains(two.toLowerCase(Locale.GERMAN)) ? Optional.of(two)
            : Set.of("über", "rund", "etwa", "mindestens", "knapp", "fast", "höchstens", "ca.", "gut")
                .contains(one.toLowerCase(Locale.GERMAN)) ? Optional.of(one) : Optional.empty();
    }

    /**
     * "der Einsatz der Marines drei bis fünf Stunden" parsed as one subject: a span of numbers inside a subject or an
     * object is a measure of the verb's that the parse took in.
     */
    private static boolean measureInside(Constituents clause, Constituents.Part part) {
        String relation = clause.parse().word(part.word()).relation();
        if (!relation.startsWith("nsubj") && !relation.equals("obj")) {
            return false;
        }
        for (int w = part.from() + 1; w < part.to(); w++) {
            if (clause.parse().word(w).form().equals("bis") && clause.parse().word(w - 1).upos() == Upos.NUM
                && clause.parse().word(part.from()).upos() != Upos.NUM) {
                return true;
            }
            // "schätzt den Sachschaden auf rund 80 000 Euro": the amount the verb puts it at, hung on the object
            if (relation.equals("obj") && Set.of("auf", "um").contains(Words.lower(clause.parse().word(w).form()))
                && clause.parse().word(w).upos() == Upos.ADP && java.util.stream.IntStream.rangeClosed(w + 1, part.to())
                    .anyMatch(n -> clause.parse().word(n).upos() == Upos.NUM)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "schicken … mehrere Teams ins Rennen" read as one object: a phrase the verb makes an idiom with, or what it turns
     * the object into, which the parse hung on the noun before it.
     */
    private boolean verbsIdiomInside(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        // "zersetzen die organischen Stoffe zu Methan": what the verb turns the object into, hung on the object
        boolean turning = morphology.readings(parse.word(clause.head()).form()).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && TURNING_INTO.contains(m.lemma()));
        boolean resultInside = turning && "obj".equals(parse.word(part.word()).relation())
            && parse.children(part.word(), "nmod").stream().anyMatch(n -> parse.children(n, "det").isEmpty()
                && parse.children(n, "case").stream().anyMatch(c -> parse.word(c).form().equals("zu")));
        return part.from() < part.to() && VERBS_IDIOM_AT_THE_END.matcher(clause.text(part)).find() || resultInside;
    }

    /** Verbs that turn what they act on into something, said with "zu": "zersetzen … zu Methan". */
    private static final Set<String> TURNING_INTO = Set.of("zersetzen", "verarbeiten", "umwandeln", "verwandeln",
        "umbauen", "ausbauen", "machen", "formen", "verbrennen", "ernennen", "wählen", "küren", "zusammenfassen",
        // "Im Jahr 1920 wurde Tirana zur Hauptstadt Albaniens erklärt": made something, no place gone to
        "erklären", "krönen", "befördern", "weihen", "berufen");

    /** Verbs whose "aus" says what something is made of: "besteht aus vielen Dörfern", "entstand aus …". */
    private static final Set<String> MADE_OF = Set.of("bestehen", "entstehen", "herstellen", "zusammensetzen",
        "gewinnen", "bauen");

    /** Verbs whose "zu" says among what or into what, not where to: "gehört zu …", "wuchs zu einer Stadt heran". */
    private static final Set<String> AMONG_OR_INTO = java.util.stream.Stream.concat(TURNING_INTO.stream(),
        Set.of("gehören", "zählen", "wachsen", "heranwachsen", "werden", "entwickeln", "aufsteigen").stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.regex.Pattern VERBS_IDIOM_AT_THE_END = java.util.regex.Pattern.compile(
        "\\p{L} (?:ins Rennen|ins Leben|in Auftrag|in Kauf|in Betrieb|ins Spiel|in Frage|in Anspruch|in Gang|"
            + "in Angriff|unter Druck|zur Verfügung|zum Einsatz|in Verbindung|in Kraft|ins Visier|auf den Markt|"
            + "an den Start|in die Pflicht|in Schutz|zur Rechenschaft|ins Gespräch|zur Sprache|zum Ausdruck|"
            + "in Empfang|in Rechnung|zur Kenntnis|ins Feld|in die Wege)$");

    /** "im Zeitraum von 2001 | bis 2005", parsed as two phrases: a range is asked for or moved whole, or not at all. */
    private static boolean splitsARange(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        boolean rangeGoesOn = part.to() + 1 < parse.words().size()
            && parse.word(part.to() + 1).form().equalsIgnoreCase("bis");
        // "von neun | zu fünf Stimmen": a score is as much one phrase as a range, and "2400 | vor Christus" one date
        boolean rangeBegan = (Set.of("bis", "zu").contains(parse.word(part.from()).form().toLowerCase(Locale.GERMAN))
            || part.from() < part.to() && parse.word(part.from() + 1).form().equals("Christus"))
            && part.from() > 0 && (parse.word(part.from() - 1).upos() == Upos.NUM
                || parse.word(part.from() - 1).form().matches("\\d+\\."));
        boolean rangeGoesOnTo = part.to() + 2 < parse.words().size() && parse.word(part.to()).upos() == Upos.NUM
            && (Set.of("zu", "auf").contains(parse.word(part.to() + 1).form().toLowerCase(Locale.GERMAN))
                && parse.word(part.to() + 2).upos() == Upos.NUM || parse.word(part.to() + 2).form().equals("Christus"));
        // "von 86 | auf 76 Tote korrigiert": a change from one number to another is one phrase too
        boolean changeBegan = part.from() > 0 && part.from() < part.to()
            && parse.word(part.from()).form().equalsIgnoreCase("auf") && parse.word(part.from() - 1).upos() == Upos.NUM
            && parse.word(part.from() + 1).upos() == Upos.NUM;
        // "von Lake Placid in den Adirondack Mountains | bis ins Dutchess County": from one place to another
        boolean fromTo = startsWith(clause, part, "bis") && clause.parts().stream()
                .anyMatch(p -> p.to() < part.from() && (startsWith(clause, p, "von") || startsWith(clause, p, "vom")))
            || (startsWith(clause, part, "von") || startsWith(clause, part, "vom")) && clause.parts().stream()
                .anyMatch(p -> p.from() > part.to() && startsWith(clause, p, "bis"));
        // "schon Monate | vor der eigentlichen Veranstaltung": how long before is one time
        boolean durationBefore = part.to() + 1 < parse.words().size() && DURATIONS.contains(parse.word(part.to()).form())
            && Set.of("vor", "nach").contains(Words.lower(parse.word(part.to() + 1).form()))
            || part.from() > 0 && DURATIONS.contains(parse.word(part.from() - 1).form())
            && Set.of("vor", "nach").contains(Words.lower(parse.word(part.from()).form()));
        // "Karl-Theodor | zu Guttenberg": the particle of a name, no preposition
        boolean nameParticle = part.from() > 0 && part.from() < part.to()
            && Set.of("zu", "von").contains(parse.word(part.from()).form())
            && parse.word(part.from() - 1).upos() == Upos.PROPN && parse.word(part.from() + 1).upos() == Upos.PROPN;
        // "im letzten Quartal | diesen Jahres": the year's, of the time before it
        boolean ofATime = part.from() > 0 && timesGenitive(parse, part.from())
            || part.to() + 2 < parse.words().size() && timesGenitive(parse, part.to() + 1);
        return rangeGoesOn || rangeBegan || rangeGoesOnTo || changeBegan || fromTo || durationBefore || nameParticle
            || fromToCut(parse, part) || ofATime;
    }

    private static boolean timesGenitive(Parse parse, int at) {
        return Set.of("diesen", "dieses", "des", "nächsten", "letzten", "vergangenen", "kommenden")
                .contains(Words.lower(parse.word(at).form()))
            && Set.of("Jahres", "Monats", "Jahrs").contains(parse.word(at + 1).form());
    }

    /**
     * "in der Nacht von Mittwoch | auf Donnerstag": where a "von" phrase ends right before a phrase with "auf" or "bis",
     * the two are one span.
     */
    private static boolean fromToCut(Parse parse, Constituents.Part part) {
        boolean toFirst = Set.of("auf", "bis").contains(Words.lower(parse.word(part.from()).form()))
            && fromJustBefore(parse, part.from());
        boolean fromLast = part.to() + 1 < parse.words().size()
            && Set.of("auf", "bis").contains(Words.lower(parse.word(part.to() + 1).form()))
            && fromJustBefore(parse, part.to() + 1);
        return toFirst || fromLast;
    }

    private static boolean fromJustBefore(Parse parse, int at) {
        for (int w = at - 1; w >= Math.max(0, at - 3); w--) {
            if (Set.of("von", "vom").contains(Words.lower(parse.word(w).form()))) {
                return true;
            }
            if (parse.word(w).upos() == Upos.PUNCT || parse.word(w).upos() == Upos.VERB) {
                return false;
            }
        }
        return false;
    }

    /**
     * "stellten die Theorie auf, dass …": a noun whose content the clause after it says, which a question asking for
     * the noun would leave behind.
     */
    private boolean contentFollows(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int next = part.to() + 1;
        while (next < parse.words().size() && (parse.word(next).upos() == Upos.PUNCT
            || parse.word(next).relation().equals("compound:prt"))) {
            next++;
        }
        return next < parse.words().size() && next > part.to() + 1
            && Set.of("dass", "ob").contains(Words.lower(parse.word(next).form()))
            && parse.word(part.word()).upos() == Upos.NOUN && CONTENT_NOUNS.contains(lemma(parse.word(part.word())));
    }

    private static final Set<String> CONTENT_NOUNS = Set.of("Theorie", "Annahme", "Meinung", "Ansicht", "Hoffnung",
        "Vermutung", "Befürchtung", "Sorge", "Nachricht", "Information", "Hinweis", "Forderung", "Behauptung", "Frage",
        "Idee", "Vorschlag", "Vorwurf", "Verdacht", "Eindruck", "Überzeugung", "These", "Erkenntnis", "Gefahr",
        "Möglichkeit", "Bedingung", "Entscheidung", "Beschluss", "Warnung", "Angst", "Gerücht", "Tatsache");

    /**
     * "Das Wrack hat eine Länge von etwa 250 Metern": "Was hat das Wrack?" asks for anything it has; "wie lang"
     * would ask for the length.
     */
    private static final Set<String> DIMENSIONS = Set.of("Länge", "Fläche", "Größe", "Höhe", "Breite", "Tiefe",
        "Gewicht", "Umfang", "Durchmesser", "Spannweite", "Reichweite", "Kapazität", "Leistung", "Einwohnerzahl",
        "Wert", "Dauer", "Laufzeit",
        // "Bei den Internet-Suchmaschinen hat Google … einen Marktanteil von rund 90 Prozent"
        "Anteil", "Marktanteil");

    /**
     * "ursprünglich riesige Transportluftschiffe", "künftig Peter Kurer": an adverb of the clause the parse took into
     * a phrase, which neither an answer nor a phrase put first may keep.
     */
    private static boolean opensWithASentenceAdverb(Constituents clause, Constituents.Part part) {
        return part.from() < part.to()
            && CLAUSE_ADVERBS.contains(Words.lower(clause.parse().word(part.from()).form()));
    }

    private static final Set<String> CLAUSE_ADVERBS = Set.of("ursprünglich", "künftig", "zukünftig", "bisher",
        "zunächst", "inzwischen", "mittlerweile", "erstmals", "nun", "jetzt", "damals", "zuletzt", "ebenfalls",
        "außerdem", "zudem", "allerdings", "jedoch", "leider", "vermutlich", "offenbar", "angeblich", "eigentlich",
        "möglicherweise", "wahrscheinlich");

    /** "am Samstag, den 09.04.2005, …": asked for, the day leaves its date behind. */
    private static boolean dateAfterItLeftBehind(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int next = part.to() + 1;
        return next + 2 < parse.words().size() && parse.word(next).form().equals(",")
            && Set.of("den", "dem").contains(Words.lower(parse.word(next + 1).form()))
            && parse.word(next + 2).form().matches("\\d.*");
    }

    /** Events that say when something happens with them ("mit der Einführung"). */
    private static final Set<String> MOMENTS = Set.of("Einführung", "Auslieferung", "Beginn", "Start", "Eröffnung",
        "Inkrafttreten", "Ende", "Ablauf", "Ankunft", "Abfahrt", "Übernahme", "Amtsantritt", "Veröffentlichung",
        "Ausbruch", "Zusammenbruch", "Sturz", "Tod", "Machtübernahme");

    private static final java.util.regex.Pattern HOW_LONG = java.util.regex.Pattern.compile(
        "(sekunden|minuten|stunden|tage|wochen|monate|jahre|jahrzehnte)lang");
    private static final Set<String> NOWADAYS = Set.of("heute", "heutzutage", "inzwischen", "mittlerweile", "derzeit",
        "zurzeit", "jetzt", "nun");
    /** Words by which "heute" says what holds by now: "schon", "längst", "ausgestorben". */
    private static final Set<String> BY_NOW = Set.of("schon", "bereits", "längst", "noch", "ausgestorben",
        "verschwunden");
    /** Verbs of a lasting state, which a time of "nowadays" only says still holds. */
    private static final Set<String> STATES = Set.of("leben", "wohnen", "arbeiten", "lehren", "gehören", "besitzen",
        "unterrichten", "residieren");

    /**
     * "Heute ist Florida eine der reichsten Gegenden der USA", "Die Maßeinheiten werden heute nach ihren Erfindern
     * benannt": the present tense, without a perfect's participle, says how things are nowadays, no day's event
     * ("Heute haben Aktivisten … versehen").
     */
    private boolean howThingsAre(Constituents clause) {
        List<Morph> finite = morphology.readings(clause.finiteText()).stream()
            .filter(m -> m.has(Feature.FINITE) && (m.upos() == Upos.VERB || m.upos() == Upos.AUX)).toList();
        boolean present = finite.stream().anyMatch(m -> m.has(Feature.PRESENT))
            && finite.stream().noneMatch(m -> m.has(Feature.PAST));
        boolean perfect = finite.stream().anyMatch(m -> Set.of("haben", "sein").contains(m.lemma()))
            && clause.parse().words().stream().anyMatch(w -> morphology.readings(w.form()).stream()
                .anyMatch(m -> m.has(Feature.PARTICIPLE) && m.upos() != Upos.ADJ) && w.upos() == Upos.VERB);
        return present && !perfect;
    }

    /** Nouns after "mit" that say how something happened ("mit Verspätung", "mit Erfolg"). */
    private static final Set<String> MANNERS = Set.of("Verspätung", "Vorsprung", "Abstand", "Rückstand", "Erfolg",
        "Mühe", "Absicht", "Nachdruck", "Hochdruck", "Vorsicht", "Bedauern", "Erleichterung", "Freude", "Verzögerung");
    /** Adverbs after which "mit" says by how much someone leads or trails ("lagen mit einem Spiel vorne"). */
    private static final Set<String> LEADING = Set.of("vorne", "vorn", "hinten", "zurück");

    private static final Set<String> DURATIONS = Set.of("Minuten", "Stunden", "Tage", "Wochen", "Monate", "Jahre",
        "Jahrzehnte", "Jahrhunderte");

    /**
     * "Zur Sicherheit und aus Angst vor einem Übergriff": phrases with two prepositions side by side, which one
     * question word does not ask for.
     */
    private static boolean prepositionsSideBySide(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (parse.word(part.from()).upos() != Upos.ADP) {
            return false;
        }
        return parse.children(part.word(), "conj").stream().anyMatch(conj -> parse.children(conj, "case").stream()
            .anyMatch(c -> !Words.lower(parse.word(c).form()).equals(Words.lower(parse.word(part.from()).form()))));
    }

    private static boolean startsWith(Constituents clause, Constituents.Part part, String word) {
        return clause.parse().word(part.from()).form().equalsIgnoreCase(word);
    }

    /**
     * "hat die rechtsradikale Berliner Musikband Landser als kriminelle Vereinigung eingestuft" parsed with the band
     * as object and its name as a second subject: two subjects and an object on one verb are a misparse.
     */
    private static boolean tooManyArguments(Constituents clause) {
        Parse parse = clause.parse();
        return parse.children(clause.head(), "nsubj").size() > 1 && !parse.children(clause.head(), "obj").isEmpty();
    }

    /**
     * "errang 16,79 Prozent, Karl-Friedrich Zais 12,10 Prozent und der Student Mike Bräutigam 1,31 Prozent": clauses
     * that leave their verb out after the first, which the parse reads as one phrase of many parts; a conjunct that
     * holds the phrase's own noun again gives it away.
     */
    private static boolean gapped(Constituents clause) {
        Parse parse = clause.parse();
        // "steht … auf Platz 15 der Bundesligatabelle, Stuttgart auf Platz 14": the same phrase twice is a second
        // clause with its verb left out
        List<String> phrases = clause.constituents().stream()
            .filter(p -> parse.word(p.word()).relation().startsWith("obl") && !parse.children(p.word(), "case").isEmpty())
            .map(p -> parse.children(p.word(), "case")).map(cases -> cases.get(cases.size() - 1))
            .map(c -> Words.lower(parse.word(c).form()) + " " + parse.word(parse.word(c).head()).form()).toList();
        if (phrases.stream().distinct().count() < phrases.size()) {
            return true;
        }
        // "Eine Karotte dient als Nase, Steine oder Kohlestückchen als Augen, Mund und Knöpfe": "als" twice is what
        // one thing serves as and what another does, whose verb the second leaves out
        if (phrases.stream().filter(p -> p.startsWith("als ")).count() > 1) {
            return true;
        }
        if (nameAndTheSameNounAgain(parse) || thenAnotherSubject(parse)) {
            return true;
        }
        // "„Frankreich“ ist ein Landesname, „Kopenhagen“ ein Ortsname und …": a copula with an object is a second
        // clause whose "ist" is left out; "war sich einig" has no noun for its object
        if (!parse.children(clause.head(), "cop").isEmpty() && parse.children(clause.head(), "obj").stream()
            .anyMatch(o -> parse.word(o).upos() == Upos.NOUN || parse.word(o).upos() == Upos.PROPN)) {
            return true;
        }
        // "Der Streifen steht für die Tamilen, der grüne für die muslimischen Bewohner": the phrase's preposition again
        // after a comma or "und" and a second subject, whose verb is left out
        for (Constituents.Part part : clause.constituents()) {
            if (parse.word(part.from()).upos() == Upos.ADP && (gappedInside(parse, part)
                || clause.constituents().stream().anyMatch(other -> other != part
                    && parse.word(other.from()).upos() != Upos.ADP
                    && samePrepositionAfterAComma(parse, part, other)))) {
                return true;
            }
        }
        // "Die Crew vom Berg holte drei Punkte, die Formation vom See einen Zähler": a second object after a comma
        // (a subject of its own between the comma and the object; "Kinder im Alter von zehn, acht … Jahren" has none)
        List<Integer> objects = parse.children(clause.head(), "obj").stream()
            .filter(o -> parse.word(o).upos() != Upos.PRON).toList();
        if (objects.size() >= 2) {
            int later = objects.get(objects.size() - 1);
            int start = parse.subtree(later).get(0);
            int comma = -1;
            for (int w = objects.get(0); w < start; w++) {
                comma = parse.word(w).form().equals(",") ? w : comma;
            }
            boolean ownSubject = comma >= 0 && java.util.stream.IntStream.range(comma + 1, start)
                .anyMatch(w -> Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(w).upos()));
            if (ownSubject && !parse.children(later, "det").isEmpty()) {
                return true;
            }
        }
        for (Constituents.Part part : clause.constituents()) {
            Word head = parse.word(part.word());
            if (head.upos() != Upos.NOUN) {
                continue;
            }
            for (int conj : parse.children(part.word(), "conj")) {
                if (parse.subtree(conj).stream().anyMatch(w -> w != conj && parse.word(w).form().equals(head.form()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a phrase opening with a preposition has the same preposition again after a comma, "und" or "oder" and a
     * noun of its own before it ("für die Tamilen, der grüne für die muslimischen Bewohner").
     */
    private static boolean gappedInside(Parse parse, Constituents.Part part) {
        String preposition = Words.lower(parse.word(part.from()).form());
        for (int w = part.from() + 1; w <= part.to(); w++) {
            String form = Words.lower(parse.word(w).form());
            if (!Set.of(",", "und", "oder").contains(form)) {
                continue;
            }
            int k = w + 1;
            while (k <= part.to() && Set.of(Upos.DET, Upos.ADJ, Upos.NOUN, Upos.PROPN).contains(parse.word(k).upos())) {
                k++;
            }
            // "aus einem harten Metall, manche aber aus Holz": a pronoun for the subject, and "aber", before it
            if (k == w + 1 && k + 1 <= part.to() && parse.word(k).upos() == Upos.PRON
                && Set.of("aber", "jedoch", "hingegen", "dagegen").contains(Words.lower(parse.word(k + 1).form()))) {
                k += 2;
            }
            if (k > w + 1 && k <= part.to() && Words.lower(parse.word(k).form()).equals(preposition)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In China gibt es das Xiangqi, in Japan das Shogi und in Thailand das Makruk": the preposition of one phrase
     * again after a comma inside another, with a name and a second noun phrase, whose verb is left out.
     */
    private static boolean samePrepositionAfterAComma(Parse parse, Constituents.Part phrase, Constituents.Part other) {
        String preposition = Words.lower(parse.word(phrase.from()).form());
        for (int w = other.from() + 1; w + 2 <= other.to(); w++) {
            if (Set.of(",", "und", "oder").contains(parse.word(w).form())
                && Words.lower(parse.word(w + 1).form()).equals(preposition)
                && Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(w + 2).upos())
                && w + 3 <= other.to() && parse.word(w + 3).upos() == Upos.DET) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Später besetzten die Griechen die Umgebung, dann die Römer": after a comma, "dann" and a noun phrase that ends
     * the sentence, a second clause whose verb is left out.
     */
    private static boolean thenAnotherSubject(Parse parse) {
        int last = parse.words().size() - 1;
        while (last >= 0 && parse.word(last).upos() == Upos.PUNCT) {
            last--;
        }
        for (int w = 0; w + 2 <= last; w++) {
            if (parse.word(w).form().equals(",") && THEN.contains(Words.lower(parse.word(w + 1).form()))
                && java.util.stream.IntStream.rangeClosed(w + 2, last).mapToObj(parse::word)
                    .allMatch(x -> Set.of(Upos.DET, Upos.ADJ, Upos.NOUN, Upos.PROPN).contains(x.upos()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> THEN = Set.of("dann", "danach", "später", "zuletzt", "schließlich",
        "anschließend");

    /**
     * "Adolf war der Gründer von Adidas und Rudolf der Gründer von Puma", "Adolf gründete die Firma Adidas und Rudolf
     * die Firma Puma": after "und", a name and the noun the clause had before it again, the second clause's verb left
     * out.
     */
    private static boolean nameAndTheSameNounAgain(Parse parse) {
        for (int w = 1; w < parse.words().size(); w++) {
            if (!Set.of("und", "oder", ",").contains(Words.lower(parse.word(w).form()))) {
                continue;
            }
            int k = w + 1;
            while (k < parse.words().size() && parse.word(k).upos() == Upos.PROPN) {
                k++;
            }
            if (k == w + 1 || k >= parse.words().size() || parse.word(k).upos() != Upos.DET) {
                continue;
            }
            int noun = k + 1;
            while (noun < parse.words().size() && parse.word(noun).upos() == Upos.ADJ) {
                noun++;
            }
            if (noun < parse.words().size() && parse.word(noun).upos() == Upos.NOUN) {
                String again = parse.word(noun).form();
                if (java.util.stream.IntStream.range(0, w).anyMatch(b -> parse.word(b).form().equals(again))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Man/obj habe der iranischen Botschafter/nsubj einbestellt": "man" is only ever a subject. */
    private static boolean manReadAsAnObject(Constituents clause) {
        return clause.constituents().stream().anyMatch(p -> p.from() == p.to()
            && clause.parse().word(p.word()).form().equalsIgnoreCase("man")
            && !clause.parse().word(p.word()).relation().startsWith("nsubj"));
    }

    /**
     * "Kurz vor seinem 99. Geburtstag hat sich der Architekt … verheiratet" parsed with two subjects: which one the
     * verb's is, the parse cannot say.
     */
    private static boolean twoActiveSubjects(Constituents clause) {
        Parse parse = clause.parse();
        return parse.children(clause.head()).stream().filter(c -> parse.word(c).relation().equals("nsubj")).count() > 1
            || parse.children(clause.head()).stream()
                .filter(c -> parse.word(c).relation().equals("nsubj:pass")).count() > 1;
    }

    /**
     * "Kurz vor seinem 99. Geburtstag" parsed as a subject: a preposition before the head makes it none, unless it
     * stands inside a participle's attribute after the article ("Die in einer Spedition eingelagerten Kunstwerke").
     */
    private static boolean prepositionBeforeItsHead(Parse parse, Constituents.Part part) {
        for (int w = part.from(); w < part.word(); w++) {
            if (parse.word(w).upos() == Upos.ADP && "case".equals(parse.word(w).relation())
                && !insideAParticiplesAttribute(parse, part, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAParticiplesAttribute(Parse parse, Constituents.Part part, int w) {
        if (parse.word(part.from()).upos() != Upos.DET || part.from() >= w) {
            return false;
        }
        int below = w;
        for (int steps = 0; below >= 0 && parse.word(below).head() != part.word() && steps < parse.words().size(); steps++) {
            below = parse.word(below).head();
        }
        if (below < 0 || parse.word(below).head() != part.word() || below > part.word()) {
            return false;
        }
        Word attribute = parse.word(below);
        return attribute.relation().equals("amod") && (attribute.upos() == Upos.ADJ || attribute.upos() == Upos.VERB)
            && Words.lower(attribute.form()).matches(".*(t|en|nd)(e|en|er|es|em)?");
    }

    /**
     * "Was zeigen die Blutspuren? – die Form" of "die Form, die sie … haben müßten": a noun that names no kind is
     * what its relative clause says, and without it answers or tells nothing.
     */
    private static boolean generalNounCutFromItsClause(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to()).anyMatch(w -> parse.word(w).head() >= 0
            && (GENERAL_NOUNS.contains(parse.word(parse.word(w).head()).form())
                || SPANS_TOLD_BY_A_CLAUSE.contains(parse.word(parse.word(w).head()).form()))
            && parse.word(w).relation().startsWith("acl") && clause.isPruned(part, w));
    }

    /** "während der Jahre, die die Familie in Kentucky verbrachte": which years, only the clause says. */
    private static final Set<String> SPANS_TOLD_BY_A_CLAUSE = Set.of("Jahre", "Jahren", "Zeit", "Zeiten", "Tage",
        "Tagen", "Monate", "Monaten", "Wochen", "Strukturen", "Struktur");

    /**
     * "werden aber Rechner erwähnt, die den Deutschen … gestellt wurden": a noun with no article, which only the
     * relative clause after it, hung on the verb, says which.
     */
    private static boolean bareBeforeItsRelativeClause(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return part.from() == part.to() && parse.word(part.word()).upos() == Upos.NOUN && clause.parts().stream()
            .anyMatch(p -> p.from() > part.to() && parse.word(p.word()).relation().equals("acl")
                && parse.word(p.from()).form().equals(",") && p.from() + 1 <= p.to()
                && parse.word(p.from() + 1).upos() == Upos.PRON
                && Constituents.RELATIVE_PRONOUNS.contains(Words.lower(parse.word(p.from() + 1).form())));
    }

    /**
     * "Die Kosten sind signifikant höher": higher than what the sentence before said, which "Was ist signifikant höher?"
     * leaves the learner to guess.
     */
    private boolean comparedWithWhatTheSentenceDoesNotSay(Constituents clause) {
        Parse parse = clause.parse();
        Word head = parse.word(clause.head());
        if (head.upos() != Upos.ADJ || parse.children(clause.head(), "cop").isEmpty() || !head.form().endsWith("er")
            || parse.words().stream().anyMatch(w -> COMPARING.contains(Words.lower(w.form())))) {
            return false;
        }
        List<Morph> adjective = morphology.readings(head.form()).stream().filter(m -> m.upos() == Upos.ADJ).toList();
        return !adjective.isEmpty() && adjective.stream().noneMatch(m -> m.lemma().equals(head.form()));
    }

    private static Optional<Phrase> resolvedSubject(Constituents clause, Constituents.Part part,
                                                    Optional<String[]> referent) {
        Word head = clause.parse().word(part.word());
        if (referent.isEmpty() || part.from() != part.to() || head.upos() != Upos.PRON
            || !head.relation().startsWith("nsubj") || !head.form().equalsIgnoreCase(referent.get()[0])) {
            return Optional.empty();
        }
        String name = referent.get()[1];
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return Optional.of(new Phrase("Wer", name.equals(surname) ? List.of(name) : List.of(name, surname), true, 2.0));
    }

    private Optional<Phrase> whPhrase(Constituents clause, Constituents.Part part, People people) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        String relation = head.relation();
        String text = clause.text(part);
        if (head.upos() == Upos.PRON || head.upos() == Upos.DET && part.from() == part.to()) {
            return Optional.empty();
        }
        if (bareMeasure(clause, part) || partOfTheVerb(clause, part) || PROPORTION.matcher(text).matches()
            || bareBeforeItsRelativeClause(clause, part)
            || QualityGates.THE_REST.matcher(text).lookingAt()
            // "Wer gibt Geld aus? – Jeder Verein": anyone, no one to name
            || Words.lower(text).matches("(?:jede[rsnm]?|keine[rsnm]?|kein) \\p{L}+")
            // "Wo siegte der Front National …? – in keiner Region": nowhere, which no "wo" asks for
            || Words.lower(text).matches("\\p{L}+ (?:keine[rsnm]?|kein)\\b.*")
            // "Womit schrieb sich Winstone … ein? – Mit dem Ziel, …": a purpose, which "womit" does not ask for
            || PURPOSE_WITH_MIT.matcher(text).lookingAt() || generalNounCutFromItsClause(clause, part)
            // "Wer soll … beginnen? – laut UN": whose word it is, read as the subject
            || Words.lower(text).matches("(?:laut|gemäß) .+")
            // "Worum übersteigen die Folgen …? – um ein Vielfaches": by how much, which "worum" does not ask
            || MULTIPLE.matcher(text).lookingAt()
            // "Wozu heben … an? – zum Jahreswechsel": when, not what for
            || TURN_OF_A_TIME.matcher(text).lookingAt()
            // "Wozu veräußern die Bielefelder …? – zu einem nicht genannten Preis": for how much, not what for
            || AT_A_PRICE.matcher(text).lookingAt()
            // "Wofür wurde ein neuer Termin … angesetzt? – für den 29. August": for when, not what for
            || Words.lower(text).startsWith("für ") && (isTime(head)
                || parse.children(part.word()).stream()
                    .anyMatch(c -> isTime(parse.word(c)) && parse.children(c, "case").isEmpty()))) {
            return Optional.empty();
        }
        if (relation.startsWith("nsubj") && comparedWithWhatTheSentenceDoesNotSay(clause)) {
            return Optional.empty();
        }
        if (relation.startsWith("nsubj") && clause.parts().stream().anyMatch(p -> p.from() == part.to() + 1
            && Words.lower(parse.word(p.from()).form()).equals("wie"))) {
            // "Parteiführer wie der Staatssekretär Javier Maroto vertreten …" with the examples hung on the verb: they
            // belong to the subject, which "Wer vertritt wie der Staatssekretär …?" would tear apart
            return Optional.empty();
        }
        Optional<Phrase> counted = howMany(clause, part);
        if (counted.isPresent() && (relation.startsWith("nsubj") || relation.equals("obj"))) {
            return counted;
        }
        if ((relation.startsWith("nsubj") || relation.equals("obj"))
            && java.util.stream.IntStream.rangeClosed(part.from(), part.to()).anyMatch(w -> isTime(parse.word(w)))) {
            return Optional.empty();
        }
        boolean person = relation.startsWith("nsubj")
            ? isPerson(clause, part, people) || countryActing(clause, part) || companyActing(clause, part)
                || Clubs.names(parse, part.from(), part.to()) || playerOfAClub(parse, part) || pluralNameOfAGroup(clause, part, people)
            : (isPersonNoun(head) || head.upos() == Upos.PROPN && part.from() < part.word() && personLemma(head))
                && !namesACompany(clause, part) && !compoundGoesOn(parse, part) && !madeOfAMaterial(parse, part.word())
                || isNamedPerson(clause, part, people)
                || relation.equals("obj") && feltBy(clause, head)
                || bodyAskedAbout(clause, part) || Clubs.names(parse, firstAfterItsPreposition(parse, part), part.to())
                || opponentByName(parse, part) && !People.onlyACommonNoun(head.form(), morphology);
        // "für Gruppen von Waren": a group of things, no group of people
        person &= !groupOfThings(parse, part.word());
        // "Wer entstand im Jahr 1921 in Shanghai? – die Kommunistische Partei Chinas": what comes into being is a thing
        // made, whoever later acts as it
        // "Wen starteten die Geschwister Scholl …? – die Bewegung „Weiße Rose“": what someone founds, likewise
        // "Der Vorstand besteht aus 10 Menschen": what it is made of, which no one does
        boolean madeOf = parse.children(clause.head(), "obl").stream().anyMatch(o -> parse.children(o, "case").stream()
            .anyMatch(c -> Words.lower(parse.word(c).form()).equals("aus")));
        boolean made = relation.startsWith("nsubj") && morphology.readings(parse.word(clause.head()).form()).stream()
            .anyMatch(m -> COMING_INTO_BEING.contains(m.lemma()) || madeOf && m.lemma().equals("bestehen"))
            || relation.equals("obj") && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> FOUNDING.contains(m.lemma()));
        // "Das Volk besteht hauptsächlich aus den Nachkommen …": what a people is made of, asked "was" as of any whole
        boolean madeOfMembers = madeOf && relation.startsWith("nsubj") && morphology.readings(parse.word(clause.head())
            .form()).stream().anyMatch(m -> m.lemma().equals("bestehen"));
        person &= !made
            || isPersonNoun(head) && !madeOfMembers || people.in(clause.sentence()).stream()
                .anyMatch(m -> head.token() >= m.from() && head.token() < m.to());
        // "Pofalla gehört seit längerem zu den engsten Vertrauten Merkels": one of the people the phrase names
        boolean oneOfThePeople = relation.equals("nsubj") && oneOfThePeople(clause);
        boolean fullNamesListed = fullNamesListed(clause, part);
        person = person || fullNamesListed || oneOfThePeople;
        if (person && Set.of("Spitze", "Spitzen").contains(head.form()) && parse.children(part.word(), "nmod").isEmpty()
            && !isNamedPerson(clause, part, people)) {
            // "Der lange Stift des Nagels endet unten mit einer Spitze": a point, which only a body's "Spitze" is not
            person = false;
        }
        if (person && relation.startsWith("nsubj") && doneToABody(clause, part) && !isNamedPerson(clause, part, people)
            && !isPersonNoun(head) && !personLemma(head) && !fullNamesListed && !oneOfThePeople
            && !inhabitantsOfAPlaceTheArticleNames(head, people)) {
            // "Die NLD wurde aufgelöst": "Was wurde aufgelöst?"
            person = false;
        }
        if (person && relation.startsWith("nsubj") && !isNamedPerson(clause, part, people) && !isPersonNoun(head)
            && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && m.lemma().equals("umfassen"))) {
            // "Insgesamt umfasst die Metallbranche rund 180.000 Beschäftigte": what a body comprises, not what it does
            person = false;
        }
        if (person && relation.startsWith("nsubj") && !isNamedPerson(clause, part, people)
            && (!isPersonNoun(head) || WhPhrases.POPULATIONS.contains(head.form()))
            && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && WhPhrases.GROWING.contains(m.lemma()))
            // not "wuchsen … auf", "stieg … aus"
            && parse.children(clause.head(), "obj").isEmpty() && parse.children(clause.head(), "compound:prt").isEmpty()) {
            // "Die Bevölkerung wächst sehr stark": a number of people, which grows as numbers do, not as someone acts
            person = false;
        }
        if (person && !isNamedPerson(clause, part, people) && "animal".equals(fields.fieldOf(head.form(), Upos.NOUN))) {
            // "Kalmare leben im freien Wasser": animals the word list names, however the tagger read them
            person = false;
        }
        if (person && relation.startsWith("nsubj") && !isNamedPerson(clause, part, people) && !isPersonNoun(head)
            && parse.children(clause.head(), "obj").stream().anyMatch(o -> parse.word(o).form().equals("Rolle"))) {
            // "Die Stadt Verdun spielte eine wichtige Rolle im Ersten Weltkrieg": what matters, which no one does
            person = false;
        }
        if (relation.startsWith("nsubj") && !parse.children(clause.head(), "cop").isEmpty()
            && parse.children(clause.head(), "det").stream().anyMatch(d -> Words.lower(parse.word(d).form()).startsWith("kein"))) {
            // "Die Stiftung ist kein Steuersparmodell": what the subject is not, which many other things are not either
            return Optional.empty();
        }
        if (!person && relation.equals("nsubj") && !parse.children(clause.head(), "cop").isEmpty()
            && PEOPLE_STATES.contains(Words.lower(parse.word(clause.head()).form()))) {
            // "Hanka Kupfernagel ist ein wenig erkältet": what only a person or an animal is
            person = true;
        }
        if (!person && relation.equals("nsubj") && head.upos() == Upos.NOUN
            && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && DELIBERATE_ACTS.contains(m.lemma()))) {
            // "Die Staatsgalerie Stuttgart einigte sich mit der … Erbin", "Der Zürcher Vogelschutz hat … organisiert":
            // what only people, or a body of them, agree on, organise or decide
            person = true;
        }
        if (!person && relation.startsWith("nsubj") && head.upos() == Upos.NOUN
            && morphology.readings(Words.lower(head.form())).stream().filter(m -> m.upos() == Upos.ADJ)
                .anyMatch(a -> morphology.readings(head.form()).stream().anyMatch(m -> m.upos() == Upos.NOUN
                    && m.has(Feature.PLURAL) && m.lemma().equals(Words.capitalise(a.lemma()) + "e")))
            // ("Reifen und Mülltonnen brannten": tyres, a noun of its own, which "die Reife" does not make people)
            && morphology.readings(head.form()).stream().noneMatch(m -> m.upos() == Upos.NOUN
                && m.lemma().equals(head.form()) && !m.lemma().endsWith("e"))
            && morphology.readings(parse.word(clause.finite()).form()).stream()
                .allMatch(m -> m.has(Feature.PLURAL))) {
            // "Die Schwarzen wurden oft sehr schlecht behandelt", "Schwarze und Weiße mussten …": adjectives made
            // nouns in the plural name people
            person = true;
        }
        if (!person && relation.startsWith("nsubj") && people.persons().stream()
            .anyMatch(p -> p.name().startsWith(head.form() + " "))
            && morphology.readings(head.form()).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME))) {
            // "der kleine Benjamin" of Benjamin Franklin: a person the article named, by a given name the tagger took
            // for a noun
            person = true;
        }
        if (!person && relation.equals("nsubj") && unknownNameThatActs(clause, part, people)) {
            // "Heute soll Asahari ohne die JI-Struktur auskommen", "hatte Kremer … angeklopft": a name alone the
            // dictionary does not know, doing something, is most often a person's surname (or a firm's, which acts)
            person = true;
        }
        if (!person && relation.startsWith("nsubj") && RANKED.matcher(head.form()).matches()) {
            // "Der Weltranglisten-Neunte trifft … auf Michail Kukuschkin": a place in a ranking, held by someone
            person = true;
        }
        if (!person && relation.equals("nsubj") && head.upos() == Upos.PROPN && parse.children(part.word(), "det").isEmpty()
            && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && LIVING.contains(m.lemma()))) {
            // "Jackson war am 25. Juni … gestorben": a name whose bearer dies or is born is someone's
            person = true;
        }
        if (!person && relation.equals("nsubj") && head.upos() == Upos.PROPN
            && parse.children(part.word(), "det").isEmpty()
            && !parse.children(part.word(), "flat").isEmpty() && morphology.readings(head.form()).stream()
                .noneMatch(m -> m.has(Feature.COUNTRY) || m.has(Feature.CITY) || m.has(Feature.REGION))
            && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && m.lemma().equals("leben"))) {
            // "Anders Celsius lebte vor 300 Jahren": a name of two words that lives, not "Island lebt vom Fischfang"
            person = true;
        }
        if (!person && relation.equals("nsubj") && nominal(head) && !parse.children(clause.head(), "ccomp").isEmpty()
            && morphology.readings(parse.word(clause.head()).form()).stream().filter(m -> m.upos() == Upos.VERB)
                .anyMatch(m -> ONLY_SOMEONE_SAYS.contains(m.lemma()))) {
            // "Die Vereinigung, die Immobilienmakler … vertritt, sagt, dass …": who says, hopes or demands something
            // is someone, or a body that speaks
            person = true;
        }
        if (!person && relation.startsWith("nsubj") && CROWDS.contains(head.form()) && parse.children(part.word(), "nmod")
            .stream().flatMap(n -> java.util.stream.Stream.concat(java.util.stream.Stream.of(n),
                // "FSLN-Anhängern", which the tokenizer took apart at its hyphen
                parse.children(n, "flat").stream()))
            .map(parse::word).anyMatch(n -> isPersonNoun(n) || personLemma(n) || WhPhrases.agent(lemma(n)))) {
            // "Dutzende von FSLN-Anhängern feiern schon den Sieg": a crowd of people
            person = true;
        }
        if (!person && relation.startsWith("nsubj") && head.upos() == Upos.PROPN && parse.children(part.word(), "det").isEmpty()
            && onlySomeoneDoes(clause)) {
            // "Hekmatyar hatte sich geweigert …", "Pyrrhus war gezwungen worden …": a name whose bearer refuses, tries or
            // is forced, arrested or convicted is someone's
            person = true;
        }
        if (!person && relation.equals("nsubj:pass") && head.upos() == Upos.PROPN
            && parse.children(part.word(), "det").isEmpty() && parse.word(clause.head()).form().equals("geboren")) {
            // "Cotton wurde am 31. Oktober 1832 … geboren"
            person = true;
        }
        if (!person && relation.equals("nsubj") && head.upos() == Upos.PROPN && parse.children(part.word(), "det").isEmpty()
            && part.from() == part.to() && FEELING.contains(Words.lower(parse.word(clause.head()).form()))
            && !parse.children(clause.head(), "cop").isEmpty()) {
            // "Deswegen ist Trump nicht sehr besorgt …": a name whose bearer worries or rejoices is someone's
            person = true;
        }
        if (person && relation.equals("nsubj:pass") && head.upos() == Upos.PROPN && parse.children(part.word(), "det")
            .stream().anyMatch(d -> Words.lower(parse.word(d).form()).equals("das"))) {
            // "Das Kosovo wird von Serbien als serbische Provinz angesehen": a land seen as something, a name with "das"
            // that no one bears
            person = false;
        }
        if (person && AMOUNTS.contains(head.form())) {
            // "Die Zahl der Kinder und Jugendlichen … liegt bereits bei 76.500": how many, no one
            person = false;
        }
        // ("Dieter Bohlen": a given name in -er, which the article names someone by, is no town's adjective)
        if (person && placeAdjectiveBeforeItsNoun(parse, part.word()) && !isNamedPerson(clause, part, people)
            && (!relation.startsWith("nsubj") || !WhPhrases.agent(Words.lower(parse.word(part.word() + 1).form())))) {
            // "nach der Pekinger Weltfrauenkonferenz" with "Pekinger" the head: the conference of Beijing, not its
            // people; "Die Erste Wiener Türkenbelagerung fand … statt" likewise, where "die Kölner Polizei" acts
            person = false;
        }
        if (!person && Set.of("Prozent", "%").contains(head.form()) && parse.children(part.word(), "nmod").stream()
            .anyMatch(c -> isPersonNoun(parse.word(c)) || personLemma(parse.word(c)))) {
            // "Was lebt unterhalb der Armutsgrenze? – Rund 45 Prozent der Einwohner": people, whose share "wie viel
            // Prozent" asks
            return Optional.empty();
        }
        if ((relation.startsWith("nsubj") || relation.equals("obj")) && parse.word(part.from()).upos() == Upos.NUM
            && !person) {
            // "Was wiegt der Detektor lediglich? – 14,5 kg": an amount that is not a count of things is no "was"
            return Optional.empty();
        }
        if (person && relation.equals("nsubj") && head.upos() == Upos.PROPN && placeIsWhat(clause)
            && morphology.readings(head.form()).stream().anyMatch(m -> m.has(Feature.COUNTRY) || m.has(Feature.CITY)
                || m.has(Feature.REGION))
            && !isNamedPerson(clause, part, people)) {
            // "Berlin ist die Hauptstadt Deutschlands": a place said to be a thing ("Was ist die Hauptstadt …?")
            person = false;
        }
        // ("Der absolute Herrscher handelt also losgelöst von Gesetzen": someone who acts, unless a title names him)
        boolean about = morphology.readings(parse.word(clause.head()).form()).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && m.lemma().equals("handeln")) && aboutSomething(parse, clause.head())
            && (!isPersonNoun(head) || clause.text(part).matches("[„\"»“].*"));
        if (person && relation.equals("nsubj") && !isNamedPerson(clause, part, people) && (about || !isPersonNoun(head)
            && morphology.readings(parse.word(clause.head()).form()).stream().filter(m -> m.upos() == Upos.VERB)
                .anyMatch(m -> m.lemma().equals("zerfallen") || m.lemma().equals("erstrecken") || m.lemma().equals("bedeuten")
                    && parse.children(clause.head(), "iobj").isEmpty() && !parse.children(clause.head(), "obj").isEmpty()))) {
            // "„Das Ausgleichskind“ handelt von einem Mädchen": a book or a film that is about something, whatever
            // person its title names; "Im Jahr 1991 zerfiel die Sowjetunion": a state or an empire that falls apart;
            // "Amerika erstreckt sich von der Arktis …": a land that stretches somewhere; "Moksha bedeutet die
            // Befreiung der Seele": a word or an idea that means something, where someone who "bedeutet" anything
            // means it to someone
            person = false;
        }
        if (person && relation.equals("nsubj") && takesPlace(parse, clause.head()) && !isPersonNoun(head)) {
            // "An verschiedenen Orten finden Karl-May-Festspiele statt": what takes place is an event
            person = false;
        }
        if (person && languageByItsAdjective(parse, part)) {
            person = false;
        }
        if (person && !parse.children(clause.head(), "cop").isEmpty()
            && NAMING_NOUNS.contains(parse.word(clause.head()).form()) && !isNamedPerson(clause, part, people)) {
            // "Allah ist das arabische Wort für Gott": a word, which the predicate says it is
            person = false;
        }
        if (person && part.word() == part.from() + 1 && Words.lower(parse.word(part.from()).form()).equals("das")
            && morphology.readings(Words.lower(head.form())).stream()
                .anyMatch(m -> m.upos() == Upos.ADJ || m.upos() == Upos.VERB)
            && morphology.readings(head.form()).stream().filter(m -> m.upos() == Upos.NOUN)
                .flatMap(m -> java.util.stream.Stream.of(Feature.MASCULINE, Feature.FEMININE, Feature.NEUTER).filter(m::has))
                .distinct().count() != 1) {
            // "Das Gemalte, ein Gemälde, ist oft Kunst": an adjective or a participle made a neuter noun names a thing
            // ("das Personal", "das Paar" are nouns of their own, of one gender, where "Gemalte" has all three)
            person = false;
        }
        if (person && part.from() < part.word() && Words.lower(parse.word(part.from()).form()).equals("alles")) {
            // "Alles Lebendige im Tier wird beinahe auf Null gesetzt": everything of a kind, no one
            person = false;
        }
        List<String> answers = answers(clause, part, text, people);
        switch (relation) {
            case "nsubj", "nsubj:pass" -> {
                if (countedPredicate(clause)) {
                    // "Was ist 800.000 Menschen? – Die Roma-Minderheit in Ungarn"
                    return Optional.empty();
                }
                Upos first = parse.word(part.from()).upos();
                if (!nominal(head) || !hasCase(clause, part, Feature.NOMINATIVE) || first == Upos.ADV
                    || IDIOM_OBJECTS.contains(head.form())
                    // "Eine Zeitlang gab es auch Medaillen …": how long, read as the subject
                    || Set.of("Zeitlang", "Weile").contains(head.form())
                    || first == Upos.ADP || namePredicate(clause, part) || !determinersNominative(clause, part)
                    || barePredicateFirst(clause, part) || objectFirstAsTheParseReadsIt(clause)
                    || indefinitePredicate(clause) || prepositionBeforeItsHead(parse, part) || twoActiveSubjects(clause)
                    || indefiniteSubjectOfADefinitePredicate(clause)) {
                    return Optional.empty();
                }
                if (!person && objectReadAsSubject(clause, people) || !person && objectMayBeTheSubject(clause)
                    || dativeOfAPassive(clause, head)
                    || pluralPredicate(clause)
                    // "Einige der Opfer hatten vor Jahren Katholiken ermordet": beside the subject, the object
                    || person && relation.equals("nsubj:pass") && subjectBesideAPassiveSubject(clause)
                    || person && headlineSubject(clause, part)) {
                    return Optional.empty();
                }
                if (relation.equals("nsubj:pass") && subjectBesideAPassiveSubject(clause)) {
                    // "Die Wissenschaftler haben … bestimmte Erze entdeckt": the object, whose verb stays the
                    // subject's ("Was haben die Wissenschaftler entdeckt?")
                    return Optional.of(new Phrase("Was", answers, false, 1.0));
                }
                if (!person && objectOfEitherCase(clause, part)) {
                    // "Was beschreibt das Nomen näher? – Das Adjektiv": with "was" for the subject and an object in a
                    // form of either case, the question reads the other way round
                    return Optional.empty();
                }
                return Optional.of(new Phrase(person ? "Wer" : "Was", answers, true, person ? 2.0 : 1.0));
            }
            case "obj" -> {
                // "fuhr den Panzer den Rest der Strecke": of two accusatives one says how far or how long, and the
                // parse does not tell which
                boolean anotherObject = clause.constituents().stream().anyMatch(p -> p != part
                    && Set.of("obj", "obl:arg").contains(parse.word(p.word()).relation())
                    && parse.children(p.word(), "case").isEmpty() && nominal(parse.word(p.word()))
                    && parse.word(p.from()).upos() == Upos.DET && morphology.readings(parse.word(p.from()).form()).stream()
                        .anyMatch(m -> m.has(Feature.ACCUSATIVE)));
                if (!nominal(head) || !accusativeMarked(clause, part) || objectFirstAsTheParseReadsIt(clause) || anotherObject
                    // "Die Fracht hatte ein Gesamtgewicht von zweieinhalb Tonnen": a dimension, compounds too
                    || DIMENSIONS.stream().anyMatch(d -> head.form().equals(d) || head.form().endsWith(Words.lower(d)))
                        && morphology.readings(parse.word(clause.head()).form()).stream()
                        .anyMatch(m -> m.lemma().equals("haben"))
                    || IDIOM_OBJECTS.contains(head.form()) || person && thingFirstBeforeAPerson(clause, people)
                    // "fanden das zu nahe an ihrem eigenen Land": a pronoun and its predicate read as one object
                    || prepositionBeforeItsHead(parse, part)
                    // "Den Mate 9 Smartphones fehlt eine Schnittstelle": a verb with no accusative object has a dative
                    || morphology.readings(parse.word(clause.head()).form()).stream()
                        .filter(m -> m.upos() == Upos.VERB).anyMatch(m -> DATIVE_ONLY_VERBS.contains(m.lemma())
                            || WITHOUT_AN_ACCUSATIVE.contains(m.lemma()))
                    // "Was macht die NASA? – einen neuen Vorstoß": "was macht" asks what someone does
                    || !person && morphology.readings(parse.word(clause.head()).form()).stream()
                        .anyMatch(m -> m.upos() == Upos.VERB && m.lemma().equals("machen"))
                    || !person && nominativeOrAccusative(clause, part) && thingSubjectOfEitherCase(clause, people)) {
                    return Optional.empty();
                }
                // "Marder haben wenige Feinde": what someone has is asked "was", whoever it is
                boolean had = morphology.readings(parse.word(clause.head()).form()).stream()
                    .anyMatch(m -> m.upos() == Upos.VERB && m.lemma().equals("haben"));
                boolean whom = person && !had;
                return Optional.of(new Phrase(whom ? "Wen" : "Was", answers, false, whom ? 2.0 : 1.0));
            }
            case "iobj" -> {
                if (!nominal(head) || !person) {
                    return Optional.empty();
                }
                return Optional.of(new Phrase("Wem", answers, false, 2.0));
            }
            case "advmod" -> {
                String word = head.form().toLowerCase(Locale.GERMAN);
                // "Beginn war gestern um 5.30 Uhr": the time is what the clause says, and "gestern" part of it
                boolean timePredicate = !parse.children(clause.head(), "cop").isEmpty() && isTime(parse.word(clause.head()));
                if (part.from() == part.to() && HOW_LONG.matcher(word).matches()) {
                    // "Stundenlang hatte Unklarheit … geherrscht": how long, which "wann" does not ask
                    return Optional.of(new Phrase("Wie lange", List.of(head.form()), false, 1.0));
                }
                // "Heute lebt Herta Müller in Berlin": nowadays, which "wann" does not ask of a state
                // "Heute hat man schon 14 Monde entdeckt", "Heute ist der Auerochse ausgestorben": by now, or a state
                // reached long before
                boolean byNow = parse.words().stream().map(w -> Words.lower(w.form())).anyMatch(BY_NOW::contains);
                boolean nowadays = NOWADAYS.contains(word) && (howThingsAre(clause) || byNow
                    || morphology.readings(parse.word(clause.head()).form()).stream()
                        .anyMatch(m -> m.upos() == Upos.VERB && STATES.contains(m.lemma())));
                return TIME_ADVERBS.contains(word) && part.from() == part.to() && !timePredicate && !nowadays
                    ? Optional.of(new Phrase("Wann", List.of(head.form()), false, 1.0)) : Optional.empty();
            }
            case "advcl" -> {
                return reason(clause, part);
            }
            default -> {
                return relation.startsWith("obl") ? prepositional(clause, part, person, people) : Optional.empty();
            }
        }
    }

    /**
     * "Kony wird vorgeworfen, dass …": with a clause saying what, the one something is held against, told or allowed
     * in the passive is a dative ("wem"), whatever the parse calls it.
     */
    private boolean dativeOfAPassive(Constituents clause, Word subject) {
        Parse parse = clause.parse();
        boolean clauseSaysWhat = parse.children(clause.head()).stream().map(c -> parse.word(c).relation())
            .anyMatch(r -> r.equals("ccomp") || r.equals("csubj") || r.equals("csubj:pass") || r.equals("xcomp"));
        return subject.relation().equals("nsubj:pass") && clauseSaysWhat
            && morphology.readings(parse.word(clause.head()).form()).stream().anyMatch(m -> DATIVE_VERBS.contains(m.lemma()));
    }

    private static final Set<String> DATIVE_VERBS = Set.of("vorwerfen", "helfen", "danken", "gratulieren", "drohen",
        "widersprechen", "zustimmen", "folgen", "schaden", "raten", "empfehlen", "erlauben", "mitteilen", "glauben",
        "vertrauen", "begegnen", "untersagen", "nachsagen", "unterstellen", "zusichern", "versprechen");

    /** "Die beiden Länder sind die wichtigsten Entwicklungshelfer": "Was ist die wichtigsten …?" would not agree. */
    private static boolean pluralPredicate(Constituents clause) {
        Parse parse = clause.parse();
        return !parse.children(clause.head(), "cop").isEmpty() && nominal(parse.word(clause.head()))
            && parse.children(clause.head(), "case").isEmpty()
            && Set.of("sind", "waren", "seien", "wären").contains(Words.lower(parse.word(clause.finite()).form()));
    }

    /** "Die Roma-Minderheit in Ungarn sind 800.000 Menschen": a copula that says how many the subject is. */
    private static boolean countedPredicate(Constituents clause) {
        Parse parse = clause.parse();
        return !parse.children(clause.head(), "cop").isEmpty()
            && parse.children(clause.head(), "nummod").stream().anyMatch(n -> n < clause.head());
    }

    /**
     * "…, weil die Opposition der Regierung Wahlbetrug vorgeworfen hatte": "Warum war es zu den Massenprotesten
     * gekommen?", answered with the clause, with or without its conjunction, and with "weil" for "da".
     */
    private Optional<Phrase> reason(Constituents clause, Constituents.Part part) {
        Optional<Integer> because = reasonConjunction(clause, part);
        if (because.isEmpty() || anotherCause(clause, part)) {
            return Optional.empty();
        }
        Parse parse = clause.parse();
        int to = part.to();
        while (to > because.get() && parse.word(to).upos() == Upos.PUNCT) {
            to--;
        }
        if (Words.lower(parse.word(because.get()).form()).equals("da") && because.get() + 1 <= to
            && Set.of(Upos.VERB, Upos.AUX).contains(parse.word(because.get() + 1).upos())) {
            // "… vergehen die Jahre, da macht sich ein weiterer Königssohn auf": "da" as "then", its verb second
            return Optional.empty();
        }
        for (int w = because.get() + 1; w < to; w++) {
            Word next = parse.word(w + 1);
            boolean verbSecond = (next.upos() == Upos.VERB || next.upos() == Upos.AUX) && w + 2 <= to
                && parse.word(w + 2).upos() != Upos.PUNCT
                && morphology.readings(next.form()).stream().anyMatch(m -> m.has(Feature.FINITE));
            if (parse.word(w).upos() == Upos.CCONJ && verbSecond) {
                // "weil er seinem Lehrer ins Gesicht schlug und war Mitglied in mehreren Straßenbanden": a main
                // clause joined on, with its verb second, which gives no reason
                return Optional.empty();
            }
        }
        String whole = clause.text(because.get(), to);
        String said = clause.text(because.get() + 1, to);
        String lowered = Character.toLowerCase(whole.charAt(0)) + whole.substring(1);
        boolean purpose = lowered.startsWith("um ");
        if (purpose && clause.constituents().stream().anyMatch(p -> p != part
            && Set.of("zu", "zum", "zur").contains(Words.lower(parse.word(p.from()).form())))) {
            // "Wozu gehörte die Verlagerung … zu seinem Sanierungskonzept?": the verb's own "zu" makes "wozu" ask for it
            return Optional.empty();
        }
        List<String> answers = new ArrayList<>(List.of(lowered, said));
        if (!lowered.startsWith("weil ") && !purpose) {
            answers.add("weil " + said);
        }
        String keyWords = keyWords(parse, part.word(), purpose);
        if (keyWords.chars().filter(c -> c == '*').count() < 3) {
            // one word alone ("*vermuten*") would take almost any answer
            return Optional.empty();
        }
        answers.add(keyWords);
        return Optional.of(new Phrase(purpose ? "Wozu" : "Warum", answers, false, 1.5));
    }

    /**
     * "war wegen der starken Hitze aufgrund der geschmolzenen Rohre gesperrt": with a second cause left in the question,
     * "warum" has two answers.
     */
    private static boolean anotherCause(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return clause.constituents().stream().filter(p -> p != part).anyMatch(p -> reasonConjunction(clause, p).isPresent()
            || java.util.stream.IntStream.rangeClosed(p.from(), p.to())
                .anyMatch(w -> CAUSES.contains(Words.lower(parse.word(w).form())) && parse.word(w).relation().equals("case")));
    }

    /**
     * "*Flugverbindungen*eingestellt*", "*verformt*dünn*": the subject, the object and the verbs or adjectives that say
     * what they did or are, in their order, which an answer in the learner's own words still says (Moodle's
     * short-answer wildcard, which {@code AnswerChecker} reads too).
     */
    private static String keyWords(Parse parse, int head, boolean purpose) {
        java.util.SortedMap<Integer, String> words = new java.util.TreeMap<>();
        words.put(head, parse.word(head).form());
        for (int child : parse.children(head)) {
            Word word = parse.word(child);
            // a purpose with "zu" has no subject of its own, so a noun of its phrases says what it is about
            boolean argument = (word.relation().startsWith("nsubj") || word.relation().equals("obj")
                || purpose && word.relation().equals("obl")) && (word.upos() == Upos.NOUN || word.upos() == Upos.PROPN);
            boolean coordinated = word.relation().equals("conj") && Set.of(Upos.VERB, Upos.ADJ).contains(word.upos());
            if (argument || coordinated) {
                List<Integer> flat = parse.children(child, "flat");
                int last = flat.isEmpty() ? child : flat.get(flat.size() - 1);
                words.put(last, parse.word(last).form());
            }
        }
        return "*" + String.join("*", words.values()) + "*";
    }

    /**
     * Where the "weil" or "da" that opens a clause of reason stands, or the "um" of a purpose ("um … zu gewinnen",
     * asked "wozu"), right at its start or after its comma.
     */
    private static Optional<Integer> reasonConjunction(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (!"advcl".equals(parse.word(part.word()).relation())) {
            return Optional.empty();
        }
        int first = parse.word(part.from()).form().equals(",") ? part.from() + 1 : part.from();
        String conjunction = parse.word(first).form().toLowerCase(Locale.GERMAN);
        boolean marked = parse.children(part.word(), "mark").contains(first)
            && (REASON_CONJUNCTIONS.contains(conjunction) || conjunction.equals("um") && purposeWithZu(parse, part));
        return marked ? Optional.of(first) : Optional.empty();
    }

    /** "um … zu gewinnen": a purpose whose one verb is an infinitive with "zu", no coordinated second one. */
    private static boolean purposeWithZu(Parse parse, Constituents.Part part) {
        return parse.children(part.word(), "mark").stream().anyMatch(m -> parse.word(m).form().equals("zu"))
            && parse.children(part.word(), "conj").isEmpty();
    }

    private static final Set<String> REASON_CONJUNCTIONS = Set.of("weil", "da");

    /**
     * "Etwa 95 Prozent der Bäume sind Nordmanntannen": "Was sind etwa 95 Prozent der Bäume?", the noun phrase a
     * copula says the subject is, asked with "was" for people too ("Was war Samani?" – "Mitglied des Rats"); the verb
     * keeps agreeing with the subject.
     */
    private Optional<Phrase> predicate(Constituents clause, Constituents.Part part, People people) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        if (parse.children(part.word(), "cop").isEmpty() || !nominal(head) || part.from() < clause.finite()
            || parse.word(part.from()).upos() == Upos.ADP || parse.word(part.from()).upos() == Upos.ADV
            || parse.word(part.from()).upos() == Upos.PRON || prepositionalPredicate(parse, part.word())
            || adverbReadAsAnAttribute(parse, part)
            || PART_OF.contains(head.form()) && part.from() == part.word()
            // "Regen ist ein altes deutsches Wort": the subject is a word, which "Was ist Regen?" asks as the thing
            || head.form().equals("Wort") && parse.children(part.word(), "nsubj").stream()
                .anyMatch(n -> parse.children(n, "det").isEmpty() && !parse.word(Math.max(0, n - 1)).form().matches("[„\"»]"))
            // "die dritt-wichtigste Messestadt" split at its hyphen, with "-wichtigste" the head: a piece of a word
            || head.form().startsWith("-")
            // "Ein ausreichend leistungsstarker PC ist zudem Voraussetzung": a bare noun in the singular says what the
            // subject is needed for, no name for it ("Nordmanntannen" in the plural is one)
            || part.from() == part.to() && head.upos() == Upos.NOUN && morphology.readings(head.form()).stream()
                .filter(m -> m.upos() == Upos.NOUN).allMatch(m -> m.has(Feature.SINGULAR))) {
            // "Die Ankündigung ist Teil einer „Roadmap …“": "Was ist die Ankündigung?" asks for what it is part of,
            // which "Wovon …?" would ask
            return Optional.empty();
        }
        // "Die Ursachen des Müllproblems sind vielschichtiger Natur": a genitive of quality, what kind they are
        boolean genitiveOfQuality = parse.children(part.word(), "det").isEmpty() && head.upos() == Upos.NOUN
            && parse.word(part.from()).upos() == Upos.ADJ && Words.lower(parse.word(part.from()).form()).endsWith("er")
            && morphology.readings(head.form()).stream().filter(m -> m.upos() == Upos.NOUN)
                .noneMatch(m -> m.has(Feature.MASCULINE) || m.has(Feature.NEUTER));
        // "Der Alarmzustand ist eine Maßnahme, die …": a noun that names no kind of its own, whose relative clause says
        // what the subject is
        // "Eine Moschee ist ein Haus, in dem …": a common noun defined by a bare noun, whose relative clause the answer
        // leaves out, likewise (a name's "Tropical Island ist ein Wirtschaftsunternehmen, auf dem …" says what it is)
        boolean definedByItsRelativeClause = parse.children(part.word()).stream()
                .anyMatch(c -> parse.word(c).relation().startsWith("acl") && relativeOpening(parse, c))
            && parse.children(part.word(), "nsubj").stream().anyMatch(c -> parse.word(c).upos() == Upos.NOUN);
        boolean onlyAKindOfThing = (GENERAL_NOUNS.contains(head.form()) || definedByItsRelativeClause)
            && java.util.stream.IntStream.rangeClosed(part.from(), part.to()).filter(w -> w != part.word())
                .allMatch(w -> parse.word(w).upos() == Upos.DET && parse.word(w).head() == part.word()
                    || parse.word(w).relation().equals("cop") || w > part.word() && parse.word(w).upos() == Upos.PUNCT
                    || parse.children(part.word()).stream().filter(c -> parse.word(c).relation().startsWith("acl"))
                        .anyMatch(c -> parse.subtree(c).contains(w)));
        // "Das Ergebnis ist wahrlich kein großer Wurf": what the subject is not, which "Was ist …?" does not ask
        boolean denied = parse.children(part.word(), "det").stream()
            .anyMatch(d -> Words.lower(parse.word(d).form()).startsWith("kein"));
        // "Die hauptsächlichen Anbauprodukte sind Reis, Hirse, Erdnüsse und Maniok": a list, which the part holds
        // only the first of
        boolean listCut = parse.children(part.word(), "conj").stream().anyMatch(c -> c > part.to());
        if (onlyAKindOfThing || denied || genitiveOfQuality || listCut || parse.word(part.from()).upos() == Upos.NUM
            || !hasCase(clause, part, Feature.NOMINATIVE)
            || !subjectDetermined(clause) || subjectWithAlso(parse, clause.head()) || indefiniteSubjectOfADefinite(clause, part)) {
            return Optional.empty();
        }
        // "Der letzte Premierminister einer Cohabitation war der Sozialist Lionel Jospin": a person, whoever the parse
        // takes for the name; "Was ist der Bürgermeister? – ein Freund des Festivals": what someone is, said by an
        // indefinite or no article
        boolean identified = parse.children(part.word(), "det").stream()
            .anyMatch(d -> Set.of("der", "die", "das").contains(Words.lower(parse.word(d).form())));
        // ("Was ist Müller selbst? – der beste Sprecher seiner Texte": a superlative says what kind, not who)
        boolean best = parse.children(part.word(), "amod").stream()
            .anyMatch(a -> RECORD.matcher(parse.word(a).form()).matches());
        // "Ludwigs Wille war das Wichtigste im Staat": an adjective made a neuter noun names a thing
        boolean thingMadeOfAnAdjective = parse.children(part.word(), "det").stream()
                .anyMatch(d -> Words.lower(parse.word(d).form()).equals("das"))
            && morphology.readings(Words.lower(head.form())).stream().anyMatch(m -> m.upos() == Upos.ADJ);
        boolean personNoun = identified && !best && !thingMadeOfAnAdjective && isPersonNoun(head);
        // "Der große Gewinner war indes die SG Argental": a club, which wins and plays as people do
        boolean club = identified && Clubs.names(parse, part.from(), part.to());
        // "Der aktuelle Weltmeister ist Lewis Hamilton": a name said of a person, whom the article names no more
        boolean nameOfSomeone = head.upos() == Upos.PROPN && parse.children(part.word(), "nsubj").stream()
            .anyMatch(s -> isPersonNoun(parse.word(s)));
        // "Das berühmteste Gemälde im Museum ist die Mona Lisa": a thing's name, though it reads like someone's
        boolean nameOfAThing = parse.children(part.word(), "nsubj").stream().map(parse::word)
            .anyMatch(s -> s.upos() == Upos.NOUN && !isPersonNoun(s) && !personLemma(s) && !WhPhrases.agent(lemma(s)));
        boolean named = !nameOfAThing && (isNamedPerson(clause, part, people) || personNoun || club || nameOfSomeone);
        return Optional.of(new Phrase(named ? "Wer" : "Was", answers(clause, part, clause.text(part), people), false,
            1.5));
    }

    /**
     * "war gleichzeitig Großherzog von Luxemburg" parsed with "gleichzeitig" an attribute: an adjective before a noun
     * is declined, so one in its bare form says how the clause holds ("lila", "rosa" and "extra" are never declined).
     */
    private static boolean adverbReadAsAnAttribute(Parse parse, Constituents.Part part) {
        Word first = parse.word(part.from());
        String form = first.form();
        return part.from() < part.word() && first.upos() == Upos.ADJ && first.relation().equals("amod")
            && !form.isEmpty() && Character.isLowerCase(form.charAt(0)) && !form.matches(".*(?:e|en|er|es|em)")
            && !Set.of("lila", "rosa", "extra", "orange", "beige", "prima", "super").contains(form);
    }

    /**
     * "Auch der Bürgermeister ist ein Freund des Festivals": "Was ist auch der Bürgermeister?" asks what else the
     * sentences before said he is.
     */
    private static boolean subjectWithAlso(Parse parse, int head) {
        return parse.children(head, "nsubj").stream().map(parse::subtree)
            .anyMatch(tree -> ALSO.contains(Words.lower(parse.word(tree.get(0)).form()))
                || ONLY.contains(Words.lower(parse.word(tree.get(0)).form())));
    }

    private static final Set<String> ALSO = Set.of("auch", "ebenfalls", "sogar", "selbst");
    /** "Nur wenige Finken im Norden sind Zugvögel": "Was sind nur wenige Finken …?" asks what few of them are. */
    private static final Set<String> ONLY = Set.of("nur", "lediglich");
    /** Particles a question cannot leave behind the phrase they single out; "auch" it may ("Was spielt auch eine Rolle?"). */
    private static final Set<String> FOCUSED_BY = Set.of("nur", "lediglich", "ausschließlich", "allein");

    /** Nouns that say of a thing only that it is one, no more: "eine Maßnahme", "ein Schritt", "eine Sache". */
    private static final Set<String> GENERAL_NOUNS = Set.of("Maßnahme", "Sache", "Ding", "Schritt", "Möglichkeit",
        "Form", "Art", "Begriff", "Bezeichnung", "Mittel", "Methode", "Verfahren", "Vorgang", "Zustand", "Fall",
        "Situation", "Ereignis", "Entwicklung", "Einrichtung", "Instrument", "Reihenfolge", "Weise");

    /** Nouns that name a part or stage of something, which a phrase after them says: "der Höhepunkt der Schöpfung". */
    private static final Set<String> OF_SOMETHING = Set.of("Höhepunkt", "Tiefpunkt", "Mittelpunkt", "Anfang", "Beginn",
        "Ende", "Abschluss", "Rest", "Gegenteil", "Kern", "Spitze", "Gipfel", "Ursprung", "Ergebnis", "Folge");

    /** "finden … statt", "stattgefunden": the verb "stattfinden". */
    private static boolean takesPlace(Parse parse, int verb) {
        String form = Words.lower(parse.word(verb).form());
        return form.startsWith("statt") && form.contains("f")
            || form.matches("f(i|a)nd(e?t|en|e|st)?") && parse.children(verb, "compound:prt").stream()
                .anyMatch(p -> Words.lower(parse.word(p).form()).equals("statt"));
    }

    /** Whether the clause says with "sein" what its subject is, and that is no person: "ist die Hauptstadt". */
    private boolean placeIsWhat(Constituents clause) {
        Parse parse = clause.parse();
        int head = clause.head();
        // "Im Jahr 1804 wurde Wien die Hauptstadt …": what a place became, likewise
        int predicate = !parse.children(head, "cop").isEmpty() ? head
            : Constituents.SEIN_FORMS.contains(Words.lower(parse.word(head).form()))
                ? parse.children(head, "obj").stream().findFirst().orElse(-1)
            : WERDEN.contains(Words.lower(parse.word(head).form()))
                ? parse.children(head, "xcomp").stream().findFirst().orElse(-1) : -1;
        return predicate >= 0 && parse.word(predicate).upos() == Upos.NOUN && !isPersonNoun(parse.word(predicate))
            && !personLemma(parse.word(predicate));
    }

    /**
     * "Im Westen liegt das oberrheinische Tiefland": west of what, the sentences before told; the clause says where
     * something lies only by a point of the compass with nothing after it.
     */
    private boolean placedByABareCompassPoint(Constituents clause) {
        Parse parse = clause.parse();
        boolean lying = morphology.readings(parse.word(clause.head()).form()).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && LYING.contains(m.lemma()));
        return lying && clause.constituents().stream().anyMatch(p -> (COMPASS_POINTS.contains(parse.word(p.word()).form())
                && parse.children(p.word()).stream().noneMatch(c -> Set.of("nmod", "amod", "acl").contains(
                    parse.word(c).baseRelation())))
            // "Im südöstlichen Teil liegt der Neuenburgersee": the south-east of what, likewise
            || PARTS.contains(parse.word(p.word()).form()) && parse.children(p.word()).stream()
                .anyMatch(c -> COMPASS_ADJECTIVE.matcher(Words.lower(parse.word(c).form())).matches())
                && parse.children(p.word()).stream().noneMatch(c -> Set.of("nmod", "acl").contains(
                    parse.word(c).baseRelation())));
    }

    private static final Set<String> PARTS = Set.of("Teil", "Teilen", "Hälfte", "Rand", "Ende");
    private static final java.util.regex.Pattern COMPASS_ADJECTIVE = java.util.regex.Pattern.compile(
        "(nord|süd|ost|west|nordost|nordwest|südost|südwest|nördlich|südlich|östlich|westlich|nordöstlich|nordwestlich"
            + "|südöstlich|südwestlich)(e|en|er|es|em)?");

    private static final Set<String> LYING = Set.of("liegen", "befinden", "erheben", "erstrecken");
    private static final Set<String> COMPASS_POINTS = Set.of("Norden", "Süden", "Osten", "Westen", "Nordosten",
        "Nordwesten", "Südosten", "Südwesten");

    /** "Der größte Teil liegt jedoch in den Alpen": the subject or object a part of what the sentences before told. */
    private static boolean argumentPartOfWhatUntold(Constituents clause) {
        return clause.constituents().stream().anyMatch(p -> Set.of("nsubj", "nsubj:pass", "obj", "iobj")
            .contains(clause.parse().word(p.word()).relation()) && partOfWhatUntold(clause, p));
    }

    /** "als die Teile als ganze Romane gedruckt wurden": the parts of what, the sentences before told. */
    private static boolean partOfWhatUntold(Constituents clause, Constituents.Part phrase) {
        Parse parse = clause.parse();
        Word head = parse.word(phrase.word());
        boolean part = Set.of("Teil", "Teile", "Teilen").contains(head.form());
        // "Der größte Teil liegt jedoch in den Alpen": the largest part, still of what
        Set<String> telling = part ? Set.of("nmod", "nmod:poss", "acl", "acl:relcl")
            : Set.of("nmod", "nmod:poss", "acl", "acl:relcl", "amod");
        return (OF_SOMETHING.contains(head.form()) || part)
            && parse.children(phrase.word(), "det").stream()
                .anyMatch(d -> Set.of("der", "die", "das", "den", "dem").contains(Words.lower(parse.word(d).form())))
            && parse.children(phrase.word()).stream().noneMatch(c -> telling.contains(parse.word(c).relation()));
    }

    /** "Der Mensch war dann der Höhepunkt": the high point of what, the sentences before told. */
    private static boolean ofWhatUntold(Constituents clause) {
        Parse parse = clause.parse();
        return !parse.children(clause.head(), "cop").isEmpty() && OF_SOMETHING.contains(parse.word(clause.head()).form())
            && parse.children(clause.head()).stream()
                .noneMatch(c -> Set.of("nmod", "nmod:poss", "acl", "acl:relcl").contains(parse.word(c).relation()));
    }

    /** Predicates without an article that say what the subject belongs to, not what it is. */
    private static final Set<String> PART_OF = Set.of("Teil", "Bestandteil", "Gegenstand");

    /**
     * "ist mehrheitlich in FSG-Hand": a predicate with a preposition, and no article before it, says where or how, not
     * what; "die bis heute längste in der Geschichte …", parsed with "Geschichte" its head, is a noun phrase.
     */
    private static boolean prepositionalPredicate(Parse parse, int head) {
        return parse.children(head, "case").stream()
            .anyMatch(c -> parse.children(head, "det").stream().noneMatch(d -> d < c));
    }

    /**
     * "Ein nicht erwartetes Ergebnis … war der Auslöser": an indefinite subject of a definite predicate is the
     * predicate put first; "Was war ein … Ergebnis? – der Auslöser" would ask the other way round.
     */
    private static boolean indefiniteSubjectOfADefinite(Constituents clause, Constituents.Part predicate) {
        Parse parse = clause.parse();
        List<Integer> subjects = parse.children(clause.head(), "nsubj");
        return subjects.size() == 1 && INDEFINITE.contains(Words.lower(parse.word(parse.subtree(subjects.get(0)).get(0)).form()))
            && Set.of("der", "die", "das").contains(Words.lower(parse.word(predicate.from()).form()));
    }


    private boolean subjectDetermined(Constituents clause) {
        Parse parse = clause.parse();
        List<Integer> subjects = parse.children(clause.head(), "nsubj");
        // "Viel Land ist Prärie oder Wüste", "Viele Kinderdörfer sind eine Organisation für sich": "Was ist viel
        // Land?" asks what an amount is, "Was sind viele Kinderdörfer?" what some of them are
        boolean anAmount = subjects.size() == 1 && parse.children(subjects.get(0), "det").stream()
            .anyMatch(d -> Set.of("viel", "wenig", "etwas", "viele", "wenige", "einige", "manche", "mehrere")
                .contains(Words.lower(parse.word(d).form())));
        return subjects.size() == 1 && !anAmount
            && (determined(parse, subjects.get(0)) || pluralOfASingular(parse, subjects.get(0), clause.head()));
    }

    /**
     * "Wiederkäuer sind eine bestimmte Gruppe von Säugetieren": a bare noun before a plural copula and a singular with
     * "ein" after it is the subject, which the verb agrees with, not the predicate put first.
     */
    private boolean pluralOfASingular(Parse parse, int subject, int predicate) {
        Word noun = parse.word(predicate);
        List<org.textquiz.core.analysis.Morph> readings = morphology.readings(noun.form()).stream()
            .filter(m -> m.upos() == Upos.NOUN).toList();
        boolean pluralVerb = parse.children(predicate, "cop").stream()
            .anyMatch(c -> Set.of("sind", "waren", "seien", "wären").contains(Words.lower(parse.word(c).form())));
        return pluralVerb && parse.word(subject).upos() == Upos.NOUN && noun.upos() == Upos.NOUN && !readings.isEmpty()
            && readings.stream().allMatch(m -> m.has(Feature.SINGULAR))
            && parse.children(predicate, "det").stream()
                .anyMatch(d -> Set.of("ein", "eine").contains(Words.lower(parse.word(d).form())));
    }

    /**
     * A subject with an article, or a name: "Grund ist …" and "Schärfster Widersacher war …" put the predicate first,
     * and asking what they are would turn the sentence round.
     */
    private boolean determined(Parse parse, int noun) {
        return name(parse.word(noun)) || !parse.children(noun, "det").isEmpty()
            || !parse.children(noun, "det:poss").isEmpty() || !parse.children(noun, "nummod").isEmpty()
            || parse.children(noun).stream().anyMatch(c -> c < noun && parse.word(c).upos() == Upos.PROPN);
    }

    /**
     * "Grund ist die Festnahme …": a copula's subject with no article is the predicate put first, when the predicate
     * is a noun too; before an adjective it is the subject ("Zahlreiche prominente Gäste … waren anwesend").
     */
    private boolean barePredicateFirst(Constituents clause, Constituents.Part subject) {
        Parse parse = clause.parse();
        return !parse.children(clause.head(), "cop").isEmpty() && nominal(parse.word(subject.word()))
            && nominal(parse.word(clause.head()))
            && !determined(parse, subject.word()) && !pluralOfASingular(parse, subject.word(), clause.head());
    }

    /** A word tagged as a name that the dictionary does not know only as a common noun ("Widersacher/PROPN" is one). */
    private boolean name(Word word) {
        return word.upos() == Upos.PROPN && !People.onlyACommonNoun(word.form(), morphology);
    }

    /**
     * "Ein grundlegendes Problem ist dabei das Sozialverhalten von Geiern": an indefinite subject before a definite
     * predicate is the predicate put first, and "Was ist das Sozialverhalten?" would ask it the wrong way round.
     */
    private boolean indefiniteSubjectOfADefinitePredicate(Constituents clause) {
        Parse parse = clause.parse();
        // not "Ein Drittel der Befragten war der gegenteiligen Auffassung", a genitive
        boolean definitePredicate = parse.children(clause.head(), "det").stream()
            .anyMatch(d -> Set.of("der", "die", "das").contains(Words.lower(parse.word(d).form()))
                && hasCase(clause, new Constituents.Part(clause.head(), d, clause.head(), "head", false), Feature.NOMINATIVE));
        return !parse.children(clause.head(), "cop").isEmpty() && definitePredicate
            && parse.children(clause.head(), "nsubj").stream().anyMatch(n -> parse.children(n, "det").stream()
                .anyMatch(d -> INDEFINITE.contains(Words.lower(parse.word(d).form()))));
    }

    /**
     * "„Kliper“ ist ein bemanntes Raumschiff": "Was ist ein bemanntes Raumschiff?" asks for a definition, and many
     * things are one; with an indefinite predicate the subject is not asked for ("Was ist „Kliper“?" is).
     */
    private static boolean indefinitePredicate(Constituents clause) {
        Parse parse = clause.parse();
        return !parse.children(clause.head(), "cop").isEmpty() && parse.children(clause.head(), "det").stream()
            .anyMatch(d -> INDEFINITE.contains(parse.word(d).form().toLowerCase(Locale.GERMAN)));
    }

    private static final Set<String> INDEFINITE = Words.INDEFINITE_ARTICLES;

    /**
     * "Der Verkäufer war die Firma Cargolifter AG": asking "Wer war die Firma Cargolifter AG?" turns the sentence
     * round; when a copula's predicate names someone and its subject names no one, the subject is not asked for.
     */
    private static boolean namePredicate(Constituents clause, Constituents.Part subject) {
        Parse parse = clause.parse();
        if (Set.of("lautet", "lauten", "lautete", "lauteten").contains(Words.lower(clause.finiteText()))) {
            // "Ein deutsches Wort für Radio lautet „Hörfunk“": what it is called, which no "was" asks the other way
            return true;
        }
        if (Set.of("bedeutet", "bedeuten", "bedeutete", "bedeuteten").contains(Words.lower(clause.finiteText()))
            && clause.parts().stream().anyMatch(p -> p.from() == p.to()
                && Set.of("obj", "xcomp").contains(parse.word(p.word()).relation())
                && Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(p.word()).upos()))) {
            // "Der Name „Hathi“ bedeutet Elefant": "Was bedeutet Elefant?" would ask what the word means
            return true;
        }
        if (parse.children(clause.head(), "cop").isEmpty()) {
            return false;
        }
        boolean subjectNamed = java.util.stream.IntStream.rangeClosed(subject.from(), subject.to())
            .anyMatch(w -> parse.word(w).upos() == Upos.PROPN);
        return !subjectNamed && clause.parts().stream().filter(p -> "head".equals(p.relation()))
            .anyMatch(p -> java.util.stream.IntStream.rangeClosed(p.from(), p.to())
                .anyMatch(w -> parse.word(w).upos() == Upos.PROPN));
    }

    /**
     * "dieser Konflikt" read as an object: a noun with its determiner that can only be nominative, which the parse
     * hung on the verb as anything but its subject.
     */
    private boolean onlyNominative(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        boolean argument = head.relation().equals("obj") || head.relation().equals("iobj")
            || head.relation().startsWith("obl") && parse.children(part.word(), "case").isEmpty();
        if (!argument || head.upos() != Upos.NOUN || parse.word(part.from()).upos() != Upos.DET
            || !parse.children(part.word(), "conj").isEmpty()) {
            return false;
        }
        // "Angesichts/nsubj … ergebe sich aber auch ein Reformdruck/obj": a subject no accusative can be is another
        // misparse, which asks the right phrase with "was" all the same
        boolean swapped = clause.constituents().stream()
            .filter(p -> parse.word(p.word()).relation().startsWith("nsubj") && nominal(parse.word(p.word())))
            .anyMatch(p -> parse.word(p.word()).upos() == Upos.PROPN && morphology.readings(parse.word(p.word()).form())
                .stream().noneMatch(m -> m.upos() == Upos.ADP) || morphology.readings(parse.word(p.word()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.ACCUSATIVE)) && hasCase(clause, p, Feature.ACCUSATIVE));
        if (!swapped) {
            return false;
        }
        return hasCase(clause, part, Feature.NOMINATIVE) && !hasCase(clause, part, Feature.ACCUSATIVE)
            && !hasCase(clause, part, Feature.DATIVE) && !hasCase(clause, part, Feature.GENITIVE);
    }

    /** "Anna Therese Day und ihrem Kamerateam": a determiner in the subject that cannot be nominative. */
    private boolean determinersNominative(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        for (int w = part.from(); w <= part.to(); w++) {
            Word word = parse.word(w);
            int head = word.head();
            boolean ofSubject = head == part.word() || head >= 0 && parse.word(head).relation().equals("conj")
                && parse.word(head).head() == part.word();
            // "Jeden Abend kam Gott …" with "Jeden" tagged a name: a first word the dictionary knows as a
            // determiner only
            List<Morph> lowered = morphology.readings(Words.lower(word.form()));
            boolean determiner = word.relation().startsWith("det") || w == part.from() && w != part.word()
                && !lowered.isEmpty() && lowered.stream().allMatch(m -> m.upos() == Upos.DET || m.upos() == Upos.PRON);
            if (!ofSubject || !determiner) {
                continue;
            }
            List<Morph> readings = java.util.stream.Stream.of(word.form(), Words.lower(word.form())).distinct()
                .flatMap(form -> morphology.readings(form).stream())
                .filter(m -> m.upos() == Upos.DET || m.upos() == Upos.PRON && !word.relation().startsWith("det"))
                .toList();
            if (!readings.isEmpty() && readings.stream().noneMatch(m -> m.has(Feature.NOMINATIVE))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the subject the parse found agrees in number with the finite verb: "Besondere Zweifel habe das
     * Gutachten aufgeworfen" parsed with "Zweifel" as the subject of "habe" is a parse gone wrong, and any question
     * from it would swap who did what.
     */
    boolean subjectAgrees(Constituents clause) {
        Parse parse = clause.parse();
        Optional<Feature> verbNumber = number(morphology.readings(clause.finiteText()).stream()
            .filter(m -> m.has(Feature.FINITE) && m.has(Feature.THIRD_PERSON)).toList());
        if (verbNumber.isEmpty()) {
            return true;
        }
        for (Constituents.Part part : clause.constituents()) {
            Word head = parse.word(part.word());
            boolean counted = java.util.stream.IntStream.rangeClosed(part.from(), part.to())
                .anyMatch(w -> parse.word(w).upos() == Upos.NUM) || MEASURES.contains(head.form())
                || head.form().equals("Prozent") || head.form().endsWith("tel");
            if (head.relation().startsWith("nsubj") && nominal(head) && !determinersNominative(clause, part)) {
                // "Einen neuen Strang … haben New Yorker Gesundheitsbehörden … entdeckt" with "Strang" the subject
                return false;
            }
            if (onlyNominative(clause, part)) {
                // "Den … Landeshauptmann … kostete dieser Konflikt letztlich das Amt" with "das Amt" the subject
                return false;
            }
            if (head.relation().startsWith("nsubj") && head.upos() == Upos.NOUN && verbNumber.get() == Feature.SINGULAR
                && countedByMany(parse, part) && !MEASURES.contains(head.form())
                && parse.children(clause.head()).stream().anyMatch(c -> parse.word(c).relation().equals("obj"))) {
                // "Mindestens 9.000 Menschenleben … forderte … ein Erdbeben" with the lives the subject: a count of many
                // does not go with a singular verb, and the object is the subject
                return false;
            }
            if (!head.relation().startsWith("nsubj") || !nominal(head) || counted
                || !parse.children(part.word(), "conj").isEmpty()) {
                continue;
            }
            Optional<Feature> nounNumber = number(morphology.readings(head.form()).stream()
                .filter(m -> m.upos() == Upos.NOUN && m.has(Feature.NOMINATIVE)).toList());
            if (nounNumber.isEmpty() && parse.children(part.word(), "det").stream()
                .anyMatch(d -> SINGULAR_DETERMINERS.contains(parse.word(d).form().toLowerCase(Locale.GERMAN)))) {
                // "Ein großes Fragezeichen machen internationale Beobachter": the article tells what the noun does not
                nounNumber = Optional.of(Feature.SINGULAR);
            }
            if (nounNumber.isPresent() && nounNumber.get() != verbNumber.get()) {
                return false;
            }
        }
        return true;
    }

    /** "9.000 Menschenleben", "zwei Männer": a noun counted by a number of more than one. */
    private boolean countedByMany(Parse parse, Constituents.Part part) {
        return parse.children(part.word(), "nummod").stream().map(n -> parse.word(n).form())
            .anyMatch(n -> n.matches("\\d{1,3}(\\.\\d{3})+|[2-9]|\\d{2,}") || MANY.contains(Words.lower(n)));
    }

    private static final Set<String> MANY = Set.of("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
        "zehn", "elf", "zwölf", "hundert", "tausend");

    /**
     * "Der Täter konnte … gestellt und … gezwungen werden" with "werden" on the second verb only: the clause of the
     * first has a modal and a participle, and said alone ("konnte … gestellt") it is no German.
     */
    private boolean modalWithoutItsInfinitive(Constituents clause) {
        Parse parse = clause.parse();
        boolean modal = morphology.readings(clause.finiteText()).stream().anyMatch(m -> m.has(Feature.MODAL));
        if (!modal || clause.head() == clause.finite()) {
            return false;
        }
        boolean infinitive = java.util.stream.Stream.concat(java.util.stream.Stream.of(clause.head()),
                parse.children(clause.head()).stream().filter(c -> parse.word(c).relation().startsWith("aux")
                    || parse.word(c).relation().equals("cop")))
            .filter(w -> w != clause.finite())
            .anyMatch(w -> morphology.readings(parse.word(w).form()).stream().anyMatch(m -> m.has(Feature.INFINITIVE)));
        return !infinitive;
    }

    /**
     * "ist eine 40-jährige Frau festgenommen und in die Justizanstalt eingeliefert worden" with "worden" on the second
     * participle only: it closes both, and the clause of the first without it ("ist … festgenommen") says another thing.
     */
    private static boolean auxiliaryOnlyAfterTheLastVerb(Constituents clause) {
        Parse parse = clause.parse();
        int head = clause.head();
        boolean ownAfter = parse.children(head).stream()
            .anyMatch(c -> c > head && parse.word(c).relation().startsWith("aux"));
        return !ownAfter && parse.children(head, "conj").stream()
            .filter(c -> c > head && parse.word(c).upos() == Upos.VERB)
            // "wurde festgenommen und soll … verhört werden": a verb with an auxiliary of its own before it shares none
            .filter(c -> parse.children(c).stream().noneMatch(a -> a < c && parse.word(a).relation().startsWith("aux")))
            .anyMatch(c -> parse.children(c).stream().anyMatch(a -> a > c && parse.word(a).relation().startsWith("aux")));
    }

    private static final Set<String> SINGULAR_DETERMINERS = Set.of("ein", "eine", "kein", "das", "dieses", "jedes",
        "jede", "jeder");

    /**
     * "wurde die Höhenrettungsgruppe der Altenbekener Feuerwehr alarmiert" with "Feuerwehr" read as an accusative
     * object: a passive verb takes none, so the parse broke a phrase in two, and a question from it would too.
     */
    private static boolean passiveWithAnObject(Constituents clause) {
        Parse parse = clause.parse();
        return !parse.children(clause.head(), "aux:pass").isEmpty() && !parse.children(clause.head(), "obj").isEmpty();
    }

    /** The number every reading shares, if they all share one. */
    private static Optional<Feature> number(List<Morph> readings) {
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        if (readings.stream().allMatch(m -> m.has(Feature.PLURAL))) {
            return Optional.of(Feature.PLURAL);
        }
        return readings.stream().allMatch(m -> m.has(Feature.SINGULAR)) ? Optional.of(Feature.SINGULAR)
            : Optional.empty();
    }

    /**
     * "Gegen Chelsea muss Trainer Laurent Blanc … vorgeben": "gegen" and a name alone is against someone, a team, a
     * company or a country, asked "gegen wen", not "wogegen".
     */
    private static boolean opponentByName(Parse parse, Constituents.Part part) {
        return part.to() == part.from() + 1 && Words.lower(parse.word(part.from()).form()).equals("gegen")
            && parse.word(part.to()).upos() == Upos.PROPN && part.word() == part.to();
    }

    /**
     * "die Zahl", "der Anteil", "die andere Hälfte": an answer that says nothing without the words the parse hung
     * elsewhere, or that the sentence before says.
     */
    private static boolean bareMeasure(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        return MEASURES.contains(head.form()) && (part.to() - part.from() <= 1
            || parse.children(part.word()).stream().map(parse::word).allMatch(w -> w.baseRelation().equals("det")
                || OTHER_PART.contains(Words.lower(w.form()))));
    }

    /** "jeder Vierte": a share of people, which neither "wer" nor "was" asks for. */
    private static final java.util.regex.Pattern PROPORTION = java.util.regex.Pattern.compile(
        "(?i)jede[rs]? (zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|zwanzigste|hundertste)");

    private static final Set<String> OTHER_PART = Set.of("andere", "anderen", "übrige", "übrigen", "restliche",
        "restlichen", "größere", "größeren", "kleinere", "kleineren");

    private static final java.util.regex.Pattern RANKED = java.util.regex.Pattern.compile(
        "(?:\\p{L}+-)?(?:Erste|Zweite|Dritte|Vierte|Fünfte|Sechste|Siebte|Achte|Neunte|Zehnte|Elfte|Zwölfte|"
            + "Letzte)[rn]?");

    /** Measures of how many or how much, which are no one whatever they count. */
    private static final Set<String> AMOUNTS = Set.of("Zahl", "Anzahl", "Anteil", "Summe", "Menge", "Höhe", "Größe");

    private static final Set<String> MEASURES = Set.of("Zahl", "Anzahl", "Anteil", "Teil", "Mehrheit", "Hälfte",
        "Rest", "Großteil", "Menge", "Reihe", "Summe", "Höhe", "Größe");

    /** "Kurz vor seinem 99. Geburtstag hat sich Niemeyer verheiratet": events of a life, before or after which is when. */
    private static final Set<String> DATING_EVENTS = Set.of("Geburtstag", "Tod", "Amtsantritt", "Rücktritt");

    /** "als Anführer der Gruppe", "wie ein Profi": a role or a likeness, which no "als wem" or "wie wen" asks for. */
    private static final Set<String> COMPARING = Set.of("als", "wie");

    /** "am Montag" (wann), "in Berlin" (wo), "mit Olaf Scholz" (mit wem), "über die Lage" (worüber) … */
    private Optional<Phrase> prepositional(Constituents clause, Constituents.Part part, boolean person, People people) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        List<Integer> cases = parse.children(part.word(), "case");
        if (cases.isEmpty() || !nominal(head) && head.upos() != Upos.NUM) {
            return Optional.empty();
        }
        boolean graded = cases.get(0) != part.from();
        if (graded && !java.util.stream.IntStream.range(part.from(), cases.get(0))
            .allMatch(w -> GRADING_A_TIME_OR_PLACE.contains(Words.lower(parse.word(w).form())))) {
            return Optional.empty();
        }
        String preposition = parse.word(cases.get(0)).form().toLowerCase(Locale.GERMAN);
        if (COMPARING.contains(preposition)
            // "gemäß einem Augenzeugen": whose word it is, the source, which no "gemäß wem" asks
            || Set.of("gemäß", "laut", "zufolge").contains(preposition)
            // "mit der Einführung am 1. Januar", "mit der Auslieferung", "mit dem Ersten Weltkrieg": when, not with what
            || preposition.equals("mit") && (head.upos() == Upos.NOUN || head.upos() == Upos.PROPN)
                && (MOMENTS.contains(lemma(head)) || Words.lower(head.form()).matches(".*krieg(e|es|s)?"))
            // "mit einer halbstündigen Verspätung", "lagen mit einem Spiel vorne": how, or by how much, not with what
            // "lief für seine Verhältnisse schwache Zeiten": measured against him, not what for
            || preposition.equals("für") && head.form().equals("Verhältnisse")
            // "gab es zu wenig Platz": "zu" grading how much, no preposition
            || preposition.equals("zu") && cases.get(0) + 1 < parse.words().size()
                && Set.of("wenig", "viel", "wenige", "viele").contains(Words.lower(parse.word(cases.get(0) + 1).form()))
            || preposition.equals("mit") && head.upos() == Upos.NOUN && (MANNERS.contains(lemma(head))
                || parse.children(clause.head()).stream().anyMatch(c -> LEADING.contains(Words.lower(parse.word(c).form()))))) {
            return Optional.empty();
        }
        // "auf die Afghanistan-Politik" with "Afghanistan" the head: the compound's last part is the noun
        boolean headCutAtItsHyphen = part.word() < part.to() && parse.word(part.word() + 1).form().startsWith("-");
        int nounStart = cases.get(0) + 1;
        while (nounStart <= part.to() && parse.word(nounStart).token() == parse.word(cases.get(0)).token()) {
            nounStart++;
        }
        String full = clause.text(part);
        String rest = nounStart <= part.to() ? clause.text(nounStart, part.to()).replaceAll("[\\s,]+$", "") : "";
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        List<String> withHead = new ArrayList<>(List.of(full, rest));
        // "mit Französisch-Kamerun" with "Französisch" the head: half a word answers nothing, nor does "Inner" of "in die
        // Inner Islands"
        if (!head.form().equals(rest) && !headCutAtItsHyphen && !head.form().endsWith("-")
            && !(OPENINGS_THAT_NAME_NOTHING.contains(head.form()) && !parse.children(part.word(), "flat").isEmpty())) {
            withHead.add(head.form());
        }
        if (graded) {
            withHead.add(1, clause.text(cases.get(0), part.to()));
        }
        int timeWordsEnd = head.upos() == Upos.NUM ? part.to() : Math.min(part.word(), part.to());
        boolean time = isTime(head) || Set.of("vor", "nach").contains(preposition) && DATING_EVENTS.contains(lemma(head))
            || java.util.stream.IntStream.rangeClosed(nounStart, timeWordsEnd)
            .anyMatch(w -> isTime(parse.word(w)) && parse.word(w).upos() != Upos.ADJ
                // "im Zwei-Minuten-Takt": a time inside a compound says how often, not when
                && !(w + 1 < parse.words().size() && parse.word(w + 1).form().startsWith("-"))
                // "in ihrem 2009 veröffentlichten Roman": the year of an attribute, not when the clause happens
                && !(w != part.word() && parse.word(w).head() >= 0
                    && Set.of(Upos.ADJ, Upos.VERB).contains(parse.word(parse.word(w).head()).upos())));
        if (time && head.upos() == Upos.NOUN && head.form().matches("\\p{Lu}\\p{L}{3,}zeit")
            && takesItsObjectWith(clause, preposition)) {
            // "litten noch lange an der Franzosenzeit": what they suffered from, an era, not when
            return Optional.empty();
        }
        // the case shows before the noun and on it; the words after it ("…, der den Ball … versenkte") have their own
        int headOrEnd = part.word() >= nounStart && head.upos() != Upos.NUM ? part.word() : part.to();
        boolean towards = Set.of("in", "an", "auf").contains(preposition)
            && caseAfter(preposition, clause, nounStart, headOrEnd).filter(c -> c == Feature.ACCUSATIVE).isPresent();
        boolean duration = preposition.equals("um") && java.util.stream.IntStream.rangeClosed(nounStart, part.to())
            .noneMatch(w -> parse.word(w).form().equals("Uhr"));
        // "gewann das Finale in 9,79 Sekunden": how fast, not when
        boolean howFast = preposition.equals("in") && counted(parse, nounStart, part.to())
            && Set.of("Sekunden", "Sekunde").contains(head.form())
            // "in vergleichsweise kurzer Zeit": how fast
            || preposition.equals("in") && head.form().equals("Zeit") && parse.children(part.word(), "amod").stream()
                .anyMatch(a -> Words.lower(parse.word(a).form()).matches("kurz\\p{Ll}*|kürzest\\p{Ll}*|rekord\\p{Ll}*"));
        // "wird bis zu sechs Wochen dauern": up to an amount, how long and not until when
        boolean upTo = preposition.equals("bis") && part.from() < part.to()
            && Words.lower(written(clause, part.from() + 1)).equals("zu");
        if (time && (towards || duration || howFast || upTo)) {
            // "geht nun in die zweite Woche": a time reached, not a time when; "wann" would ask something else
            return Optional.empty();
        }
        // "Zum Handelsschluss lag der DAX …": a compound whose last part is the stage names the event itself
        boolean stageOfANamedEvent = head.upos() == Upos.NOUN && STAGES_OF_NAMED_EVENTS.contains(lemma(head));
        if (!time && preposition.equals("zu") && head.upos() == Upos.NOUN && parse.children(part.word(), "nmod").isEmpty()
            && STAGES_OF_AN_EVENT.contains(lemma(head))) {
            // "Zum Schluss sagte er …": at the end of what the article told before, which "wozu" does not ask
            return Optional.empty();
        }
        if (!time && !graded && preposition.equals("zu") && head.upos() == Upos.NOUN
            && (STAGES_OF_AN_EVENT.contains(lemma(head)) && !parse.children(part.word(), "nmod").isEmpty()
                || stageOfANamedEvent)) {
            // "Zum Auftakt des zwölften Spieltages empfing Borussia Dortmund …": when, at which stage of the event; a
            // second "wann" beside "am Freitag" would ask the same thing twice
            boolean anotherTime = clause.constituents().stream().anyMatch(other -> other != part && saysWhen(clause, other));
            return anotherTime ? Optional.empty() : Optional.of(new Phrase("Wann", withHead, false, 1.5));
        }
        if (time && preposition.equals("in") && Set.of("Minute", "Stunde", "Sekunde").contains(head.form())
            && parse.children(part.word(), "det").stream().anyMatch(d -> Words.lower(parse.word(d).form()).equals("der"))) {
            // "schlägt nur zwei bis sechs Mal in der Minute": how often in each, a rate and no time when
            return Optional.empty();
        }
        if (time) {
            String when = switch (preposition) {
                case "seit" -> "Seit wann";
                case "bis" -> "Bis wann";
                default -> TIME_PREPOSITIONS.contains(preposition) ? "Wann" : null;
            };
            return when == null ? Optional.empty() : Optional.of(new Phrase(when, withHead, false, 1.5));
        }
        // "denkt man dabei an eine Schule": what is thought of, no way to a place, where the verb takes its object so
        boolean objectTowards = towards && verbLemmas(clause).anyMatch(lemma -> PrepositionalObjects
            .caseOf(lemma, preposition).filter(c -> c == Feature.ACCUSATIVE).isPresent());
        if (isPlace(head) && !headCutAtItsHyphen && !LENGTHS.contains(head.form()) && !objectTowards) {
            Optional<Feature> placeCase = caseAfter(preposition, clause, nounStart, headOrEnd);
            if (preposition.equals("auf") && clause.constituents().stream().anyMatch(p -> ATTACK.matcher(
                Words.lower(clause.parse().word(p.word()).form())).matches())) {
                // "Auf das türkische Kulturzentrum … wurde ein Bombenanschlag verübt": the target, no "wohin"
                return Optional.empty();
            }
            String where = switch (preposition) {
                case "nach" -> head.upos() == Upos.PROPN ? "Wohin" : null;
                // "zur Erde zurückkehren", "zum Bahnhof fahren": where to, not what for; "gehört zu den
                // Zähringerstädten" is among what, no way anywhere, and "wuchs … zu einer großen Stadt heran" into
                // what
                case "zu", "zum", "zur" -> verbAmong(clause, AMONG_OR_INTO) ? "Wozu" : "Wohin";
                // "besteht aus vielen kleinen Dörfern": what of, no place it comes from
                case "aus" -> verbAmong(clause, MADE_OF) ? "Woraus" : "Woher";
                case "bei" -> isCountry(head) ? "Bei wem" : "Wo";
                // "auf den Mars eingeschlagen": "den" before a name, which is no plural, is the accusative of where to
                default -> !PLACE_PREPOSITIONS.contains(preposition) ? null
                    : placeCase.isEmpty() ? (head.upos() == Upos.PROPN ? (accusativeBeforeAName(clause, part.word()) ? "Wohin"
                        : "Wo") : null)
                    : placeCase.get() == Feature.DATIVE ? "Wo" : "Wohin";
            };
            return where == null ? Optional.empty() : Optional.of(new Phrase(where, withHead, false, 1.5));
        }
        if (graded) {
            // "erst mit …", "kurz nach dem Treffen": only a time or a place is graded so; anything else the parse hung wrong
            return Optional.empty();
        }
        if (CAUSES.contains(preposition)) {
            return anotherCause(clause, part) ? Optional.empty() : Optional.of(new Phrase("Warum", withHead, false, 1.2));
        }
        // "gehört zu den engsten Vertrauten Merkels": one of several people, "zu wem"
        boolean amongPeople = parse.children(part.word(), "det").stream().anyMatch(d -> parse.word(d).form().equals("den"))
            && isPersonNoun(head);
        boolean roleOrBody = preposition.equals("zu") && !isNamedPerson(clause, part, people) && !amongPeople;
        boolean countedPeople = preposition.equals("mit") && counted(parse, nounStart, part.to());
        if (person && countedPeople) {
            // "mit insgesamt 21 Mann": how many, which "mit wem" does not ask
            return Optional.empty();
        }
        if (person && preposition.equals("um") && counted(parse, nounStart, part.to())) {
            // "hat sich um 51 Personen verringert": by how many, which "um wen" does not ask
            return Optional.empty();
        }
        if (person && preposition.equals("aus")) {
            // "stammte aus einer Handwerkerfamilie": where from, which "aus wem" does not ask
            return Optional.empty();
        }
        if (person && preposition.equals("an") && parse.word(part.word()).form().equals("Spitze")) {
            // "steht europaweit an der Spitze": first place, not the leaders of a body, which "an wem" would ask for
            return Optional.empty();
        }
        if (person && preposition.equals("in")) {
            // "spielt auch in der deutschen Nationalmannschaft", "stieg in einen roten Renault Clio": a team, a body or a
            // thing one is in, which "in wem" does not ask
            return Optional.empty();
        }
        if (person && !roleOrBody) {
            // "zum Interimspräsidenten ernannt", "gehörte zur La Cosa Nostra": "wozu", a role or a body, not "zu wem"
            Optional<Feature> grammaticalCase = caseAfter(preposition, clause, nounStart, headOrEnd);
            if (grammaticalCase.isEmpty() || preposition.equals("von") && !passive(clause)
                // "zugunsten der Anleger": a preposition with the genitive, which neither "wem" nor "wen" follows
                || GENITIVE_PREPOSITIONS.contains(preposition)) {
                return Optional.empty();
            }
            String pronoun = grammaticalCase.get() == Feature.DATIVE ? "wem" : "wen";
            String capital = Character.toUpperCase(preposition.charAt(0)) + preposition.substring(1);
            List<String> answers = new ArrayList<>(answers(clause, new Constituents.Part(part.word(), nounStart,
                part.to(), "obl", false), rest, people));
            answers.add(0, full);
            answers.remove(rest);
            answers.add(1, rest);
            return Optional.of(new Phrase(capital + " " + pronoun, answers, false, 2.0));
        }
        if (Set.of("zu", "zum", "zur").contains(preposition) && FRAMING_NOUNS.contains(rest)) {
            // "Zur Begründung gab Karsai an, …": what the words are for, which the question's answer would not say
            return Optional.empty();
        }
        String wo = WO_FORMS.get(preposition);
        if ("Worum".equals(wo) && !takesItsObjectWith(clause, "um")) {
            // "Um die Wasserstelle wachsen Pflanzen": around a place, which "worum" does not ask
            return Optional.empty();
        }
        if (wo == null && verbsObject(clause, part, preposition, caseAfter(preposition, clause, nounStart, headOrEnd))) {
            // "will an ihrer Forderung festhalten": what the verb holds to, "woran", where "an der Küste" says where
            return Optional.of(new Phrase(PrepositionalObjects.whWord(preposition), withHead, false, 1.2));
        }
        if (preposition.equals("über")
            && caseAfter(preposition, clause, nounStart, headOrEnd).filter(Feature.DATIVE::equals).isPresent()) {
            // "Über der beschriebenen Szenerie reitet eine Hexe": above, where; "worüber" asks what about, accusative
            return Optional.empty();
        }
        if (preposition.equals("über") && parse.children(clause.head(), "compound:prt").stream()
            .anyMatch(c -> Words.lower(parse.word(c).form()).equals("über"))) {
            // "Über die Holzbalkendecke griff das Feuer … über": the way across, which "worüber" asks as a topic
            return Optional.empty();
        }
        if (preposition.equals("über") && (morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && MOTION_VERBS.contains(m.lemma()))
                || WAYS.matcher(Words.lower(head.form())).matches()
                || WAYS.matcher(Words.lower(parse.word(part.to()).form())).matches()
                // "über ein Mikrophon abspielen": through a device, not about it
                || head.upos() == Upos.NOUN && "device".equals(fields.fieldOf(lemma(head), Upos.NOUN)))) {
            // "waren über eine Schenkung dorthin gelangt", "verlässt das Land über den Landweg": "über" says which way,
            // not what about
            return Optional.empty();
        }
        boolean counted = counted(parse, nounStart, part.to());
        // "zu Fuß", "in Kraft": a bare noun is mostly part of an idiom, but not what "es kam zu" says happened
        boolean bare = parse.children(part.word(), "det").isEmpty() && parse.children(part.word(), "det:poss").isEmpty()
            && head.upos() == Upos.NOUN && !(preposition.equals("zu") && happening(clause));
        // "zum dritten Mal" counts, and asks "wie oft", not "wozu"; "zur Hälfte", "zum Teil" say how much of it
        boolean occasion = head.form().equals("Mal")
            || preposition.equals("zu") && Set.of("Hälfte", "Drittel", "Viertel", "Teil", "Großteil").contains(head.form());
        // "wechselt zum FC Bayern München": where to, or to whom, which "wozu" does not ask
        // "haben zu einem Ergebnis geführt": an outcome, asked "wozu", though "führen" may go somewhere
        boolean outcome = head.upos() == Upos.NOUN && ABSTRACT.matcher(Words.lower(lemma(head))).matches();
        boolean goal = "Wozu".equals(wo) && !happening(clause) && !outcome && !addedTo(clause)
            && (head.upos() == Upos.PROPN
            || morphology.readings(parse.word(clause.head())
            .form()).stream().anyMatch(m -> m.upos() == Upos.VERB && (MOTION_VERBS.contains(m.lemma())
                || m.lemma().equals("wechseln"))));
        // "Gewalt führte zu vielen Toten": what "führen" leads to is where only if it is a place
        boolean whereTo = goal && head.upos() == Upos.NOUN && !parse.children(part.word(), "det").isEmpty()
            && !LENGTHS.contains(head.form())
            && morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && MOTION_VERBS.contains(m.lemma())
                    && (!m.lemma().equals("führen") || isPlace(head)));
        if ("Wofür".equals(wo) && head.upos() == Upos.NOUN && !counted
            && (isPersonNoun(head) || inhabitantsTheDictionaryLacks(head.form()))) {
            // "hatte für die Babylonier eine religiöse Bedeutung": for whom, not what for
            return Optional.of(new Phrase("Für wen", withHead, false, 1.0));
        }
        if ("Wofür".equals(wo) && head.upos() == Upos.PROPN && parse.children(part.word(), "det").isEmpty()) {
            // "kamen für Siemens ungünstige Gewinnwarnungen hinzu": a firm or a body the deed is for, which "wofür" asks
            // as if it were a purpose
            return Optional.empty();
        }
        if (whereTo && !counted && !occasion) {
            // "könnte zur Sonne geschleudert werden": where to, asked "wohin"
            return Optional.of(new Phrase("Wohin", withHead, false, 1.2));
        }
        return wo == null || counted || bare || occasion || goal ? Optional.empty()
            : Optional.of(new Phrase(wo, withHead, false, 1.0));
    }

    /**
     * Whether the phrase with {@code preposition} is the object the clause's verb takes with it, in the case it
     * governs there ("wartet auf den Zug", not "auf dem Bahnsteig"); not the agent of a passive ("von der Polizei
     * überzeugt"), nor a time ("fragte nach dem Spiel"); and not followed by a phrase that may be part of it ("setzt
     * auf die Nato unter Beteiligung der USA", which "Worauf setzt London unter Beteiligung der USA?" tears apart).
     */
    private boolean verbsObject(Constituents clause, Constituents.Part part, String preposition,
                                Optional<Feature> caseShown) {
        Word head = clause.parse().word(part.word());
        return verbLemmas(clause).map(lemma -> PrepositionalObjects.caseOf(lemma, preposition)).flatMap(Optional::stream)
            .anyMatch(taken -> caseShown.map(c -> c == taken).orElse(true))
            && !(Set.of("von", "durch").contains(preposition) && passive(clause))
            && !(head.upos() == Upos.NOUN && Set.of("time", "event").contains(fields.fieldOf(lemma(head), Upos.NOUN)))
            && clause.constituents().stream().noneMatch(next -> next.from() == part.to() + 1
                && clause.parse().word(next.word()).relation().startsWith("obl") && !saysWhen(clause, next));
    }

    /** Whether the clause's verb takes its object with {@code preposition} ("kümmert sich um", "hält an … fest"). */
    private boolean takesItsObjectWith(Constituents clause, String preposition) {
        return verbLemmas(clause).anyMatch(lemma -> PrepositionalObjects.caseOf(lemma, preposition).isPresent());
    }

    /** The lemmas the clause's verb may have, with its separated particle ("hält … fest": "festhalten"). */
    private java.util.stream.Stream<String> verbLemmas(Constituents clause) {
        Parse parse = clause.parse();
        String particle = parse.children(clause.head(), "compound:prt").stream()
            .map(c -> Words.lower(parse.word(c).form())).findFirst().orElse("");
        return morphology.readings(parse.word(clause.head()).form()).stream().filter(m -> m.upos() == Upos.VERB)
            .map(m -> particle + m.lemma());
    }

    private static final java.util.regex.Pattern ABSTRACT = java.util.regex.Pattern.compile(
        ".*(ung|heit|keit|nis|tion|ität|ismus|schaft)");

    /** "am Freitag", "gestern": a phrase or an adverb of the clause that says when. */
    private boolean saysWhen(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        return head.relation().startsWith("obl") && isTime(head)
            || head.relation().equals("advmod") && TIME_ADVERBS.contains(Words.lower(head.form()));
    }

    /** "Noch vor der Wiedervereinigung", "Erst nach dem Zweiten Weltkrieg": a time told by an event before or after. */
    private static boolean timeOfAnEvent(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return part.from() + 1 < part.to()
            && Set.of("noch", "erst", "schon", "bereits", "kurz", "gleich", "unmittelbar")
                .contains(Words.lower(parse.word(part.from()).form()))
            && Set.of("vor", "nach", "seit", "während", "bis", "ab")
                .contains(Words.lower(parse.word(part.from() + 1).form()));
    }

    /** "im Mai dieses Jahres" with the genitive hung elsewhere: "Wann …? – im Mai" leaves the year behind. */
    private static boolean yearOfTheTimeLeftBehind(Constituents clause, Constituents.Part asked) {
        Parse parse = clause.parse();
        int next = asked.to() + 1;
        return next + 1 < parse.words().size()
            && Set.of("dieses", "des", "vergangenen", "letzten", "nächsten", "kommenden", "jenes", "vorigen")
                .contains(Words.lower(parse.word(next).form()))
            && Set.of("Jahres", "Jahrs", "Monats", "Jahrhunderts").contains(parse.word(next + 1).form());
    }

    private static final java.util.regex.Pattern COMPARATIVE = java.util.regex.Pattern.compile("\\p{Ll}+ere[nmrs]?|mehr|weniger");

    /** "zu mehreren Kilometern Stau": a length, which no "wohin" goes to. */
    private static final Set<String> LENGTHS = Set.of("Kilometer", "Kilometern", "Meter", "Metern", "Meile", "Meilen");

    /** Verbs only someone living does. */
    /** Verbs of saying that a thing (a report, a study) does not do: "sagt, dass …", "hofft, dass …". */
    private static final Set<String> ONLY_SOMEONE_SAYS = Set.of("sagen", "hoffen", "glauben", "meinen", "befürchten",
        "fordern", "verlangen", "versprechen", "antworten", "entgegnen", "erwidern", "zugeben", "einräumen", "bestreiten");

    /** Nouns of a great many, whose "von" phrase says of what: "Dutzende von Anhängern". */
    private static final Set<String> CROWDS = Set.of("Dutzende", "Hunderte", "Tausende", "Zehntausende",
        "Hunderttausende", "Scharen", "Massen", "Teil", "Großteil");

    /**
     * More verbs that take no accusative, whose object is a dative, but which often stand without one ("Die Spieler
     * der ersten Mannschaft fehlen"), so that a genitive in their subject is no dative the parse misplaced.
     */
    private static final Set<String> WITHOUT_AN_ACCUSATIVE = Set.of("fehlen", "gehören", "gefallen", "danken", "nützen",
        "genügen", "gelingen", "misslingen", "gratulieren", "vertrauen", "mangeln");

    /** What only people feel, said of a name with "sein": "ist besorgt", "war enttäuscht". */
    private static final Set<String> FEELING = Set.of("besorgt", "enttäuscht", "zufrieden", "unzufrieden", "froh",
        "glücklich", "unglücklich", "verärgert", "wütend", "zuversichtlich", "optimistisch", "pessimistisch",
        "überzeugt", "erleichtert", "empört", "entsetzt", "überrascht", "stolz", "traurig", "verzweifelt", "beunruhigt");

    private static final Set<String> LIVING = Set.of("sterben", "versterben", "heiraten", "erkranken", "überleben");

    /** Whether the clause's verb tells what only someone does, or what only someone is made to undergo. */
    private boolean onlySomeoneDoes(Constituents clause) {
        return verbLemmas(clause).anyMatch(DONE_OR_UNDERGONE_BY_SOMEONE::contains);
    }

    /** Verbs whose subject, active or passive, is someone: who refuses or tries, who forces or is forced. */
    private static final Set<String> DONE_OR_UNDERGONE_BY_SOMEONE = Set.of("weigern", "versuchen", "herausfinden",
        "befürworten", "studieren", "emigrieren", "auswandern", "promovieren", "zwingen", "verhaften", "festnehmen",
        "verurteilen", "ermorden", "entführen", "vereidigen", "begnadigen",
        // "Schon nach der … Abriegelung der Balkanroute appellierte Ban, die Grenzen offen zu lassen"
        "appellieren");

    /** "zum Handelsschluss", "zum Jahresende": a stage of an event the compound names. */
    private static final Set<String> STAGES_OF_NAMED_EVENTS = Set.of("Handelsschluss", "Börsenschluss", "Handelsbeginn",
        "Handelsstart", "Jahresende", "Jahresbeginn", "Jahresanfang", "Jahresauftakt", "Monatsende", "Monatsbeginn",
        "Saisonende", "Saisonstart", "Saisonbeginn", "Saisonauftakt", "Spielende", "Spielbeginn", "Sitzungsende",
        "Sitzungsbeginn", "Schulbeginn", "Schuljahresbeginn", "Semesterbeginn", "Kriegsende", "Kriegsbeginn",
        "Redaktionsschluss", "Ladenschluss", "Amtsantritt", "Dienstbeginn");

    /** "zum Auftakt des Spieltages", "zum Abschluss der Tagung": a stage of an event, which says when. */
    private static final Set<String> STAGES_OF_AN_EVENT = Set.of("Auftakt", "Abschluss", "Beginn", "Start", "Ende",
        "Schluss", "Höhepunkt");

    /**
     * "steht kurz vor Verabschiedung eines Gesetzes" with "kurz" a phrase of its own: it grades the phrase after it, and
     * neither goes first without the other ("Vor Verabschiedung … steht Peking kurz.").
     */
    private static boolean gradedFromBefore(Constituents clause, Constituents.Part part) {
        return part.from() > 0 && clause.parse().word(part.from()).upos() == Upos.ADP
            && GRADING_A_TIME_OR_PLACE.contains(Words.lower(clause.parse().word(part.from() - 1).form()));
    }

    /**
     * "Kurz vor seinem 99. Geburtstag", "Erst im Januar 2009", "direkt neben dem havarierten Zug": words before the
     * preposition of a time or a place that say how near or how late, which its answer keeps.
     */
    private static final Set<String> GRADING_A_TIME_OR_PLACE = Set.of("kurz", "erst", "noch", "bereits", "schon",
        "gleich", "unmittelbar", "direkt", "spätestens", "frühestens", "mitten", "genau", "tief", "knapp");

    /** "nach Angaben der Anwältin …", "laut …", "… zufolge": a phrase that names the source of what the clause says. */
    private static final java.util.regex.Pattern SOURCE_PHRASE = java.util.regex.Pattern.compile(
        "\\b(nach (Angaben|den Worten|Worten|Ansicht|Auffassung|Einschätzung|Meinung|Aussage|Aussagen)|laut|zufolge)\\b");

    /** Forms of the auxiliaries that are only finite, which never close a main clause. */
    private static final Set<String> FINITE_ONLY = Set.of("wurde", "wurden", "wird", "ist", "sind", "war", "waren",
        "hat", "hatte", "hatten", "habe", "sei", "seien", "würde", "würden");

    /** "hat entschieden, eHomes die Lizenz zu entziehen": what was decided, which a question cannot leave out. */
    private static boolean endsInAZuInfinitive(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int last = part.to();
        while (last > part.from() && parse.word(last).upos() == Upos.PUNCT) {
            last--;
        }
        return last > part.from() && parse.word(last).upos() == Upos.VERB
            && parse.word(last - 1).form().equalsIgnoreCase("zu");
    }

    /**
     * "gibt sich der Iran aber betont gelassen" parsed with "betont" as a verb of its own: a conjunct with a predicate
     * ("gelassen") and no subject, object or phrase of its own is the rest of the clause's predicate, which a
     * question or statement leaving it out would lose.
     */
    private static boolean predicateFragment(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (!"conj".equals(parse.word(part.word()).relation())) {
            return false;
        }
        List<String> relations = parse.children(part.word()).stream().map(c -> parse.word(c).baseRelation()).toList();
        return relations.contains("xcomp") && Set.of(Upos.VERB, Upos.ADJ).contains(parse.word(part.word()).upos())
            && relations.stream().noneMatch(r -> Set.of("nsubj", "obj", "iobj", "obl", "aux", "cop", "ccomp", "advcl")
                .contains(r));
    }

    /**
     * "Beirut ist die Hauptstadt und größte Stadt des Libanon": a second noun of the predicate, whose genitive the
     * first shares; left out, "Was ist die Hauptstadt?" no longer says of what ("Aachens Wahrzeichen und
     * Weltkulturerbe der UNESCO" says it of each).
     */
    private static boolean secondNounOfThePredicate(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word conjunct = parse.word(part.word());
        return conjunct.head() == clause.head() && !parse.children(clause.head(), "cop").isEmpty()
            && Set.of(Upos.NOUN, Upos.PROPN).contains(conjunct.upos())
            && parse.children(part.word()).stream().map(c -> parse.word(c).baseRelation())
                .noneMatch(r -> Set.of("cop", "nsubj", "aux").contains(r))
            // "Aachens/amod": a name before the noun is its genitive, whatever the parse calls it
            && !parse.children(part.word(), "nmod").isEmpty() && parse.children(clause.head()).stream()
                .noneMatch(c -> parse.word(c).baseRelation().equals("nmod")
                    || c < clause.head() && parse.word(c).upos() == Upos.PROPN
                        && Set.of("amod", "det", "compound").contains(parse.word(c).baseRelation()));
    }

    /**
     * "Der Mensch sucht sich dann aus, welches Weibchen sich … fortpflanzt", read as a second clause: a clause after the
     * comma that opens with a question word is what the verb asks about, which no question can leave out.
     */
    private static boolean indirectQuestionReadAsAConjunct(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (!"conj".equals(parse.word(part.word()).relation()) || !parse.children(part.word(), "cc").isEmpty()) {
            return false;
        }
        int first = parse.word(part.from()).form().equals(",") ? part.from() + 1 : part.from();
        return first <= part.to() && QUESTION_WORD.matcher(Words.lower(parse.word(first).form())).matches();
    }

    private static final java.util.regex.Pattern QUESTION_WORD = java.util.regex.Pattern.compile(
        "welche[rmns]?|wer|wen|wem|wessen|was|wie|wo|wohin|woher|wann|warum|weshalb|wieso|ob");

    /**
     * "setzt als erstes Bundesland im Feldversuch versetzt liegende Warnschwellen … ein" parsed with "versetzt" as a
     * second verb: a conjunct with neither a conjunction nor a comma before it is a misparse of the clause's own words,
     * and a question leaving it out would lose them.
     */
    private static boolean unmarkedConjunct(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (!"conj".equals(parse.word(part.word()).relation()) || !parse.children(part.word(), "cc").isEmpty()) {
            return false;
        }
        return part.from() == 0 || !Set.of(",", ";", "–", ":").contains(parse.word(part.from()).form())
            && !Set.of(",", ";", "–", ":").contains(parse.word(part.from() - 1).form());
    }

    /**
     * "Wann wurde das Protestcamp gestürmt? – am Freitagmorgen von über tausend Bereitschaftspolizisten": in a passive
     * clause, a "von" phrase the parse hung inside another phrase is the agent, no part of that phrase.
     */
    private static boolean agentInsideAPhrase(Constituents clause, Constituents.Part part) {
        if (!passive(clause) || !clause.parse().word(part.word()).relation().startsWith("obl")
            || clause.parse().word(part.word()).relation().equals("obl:agent")) {
            return false;
        }
        for (int w = part.from() + 1; w <= part.to(); w++) {
            Word word = clause.parse().word(w);
            if (word.upos() == Upos.ADP && word.form().equals("von") && !clause.isPruned(part, w)) {
                return true;
            }
        }
        return false;
    }

    /** "wurde am Montag von zwei Journalisten befragt": in the passive, "von" names who acts, whatever stands before it. */
    private static boolean agent(Constituents clause, Constituents.Part part) {
        return clause.parse().word(part.word()).relation().equals("obl:agent")
            || passive(clause) && written(clause, part.from()).startsWith("von");
    }

    /**
     * Whether the clause is in the passive, where "von" names who acts; in an active clause a "von" phrase with a
     * person mostly belongs to a noun the parse did not hang it on ("die Namen von drei Familienangehörigen").
     */
    private static boolean passive(Constituents clause) {
        return !clause.parse().children(clause.head(), "aux:pass").isEmpty()
            || !clause.parse().children(clause.head(), "nsubj:pass").isEmpty();
    }

    /** The case a preposition gives the phrase after it, read from the phrase's words when it takes two. */
    private Optional<Feature> caseAfter(String preposition, Constituents clause, int from, int to) {
        if (DATIVE_ONLY.contains(preposition)) {
            return Optional.of(Feature.DATIVE);
        }
        if (ACCUSATIVE_ONLY.contains(preposition)) {
            return Optional.of(Feature.ACCUSATIVE);
        }
        boolean dative = true;
        boolean accusative = true;
        for (int w = from; w <= to; w++) {
            Word word = clause.parse().word(w);
            if (word.upos() != Upos.DET && word.upos() != Upos.NOUN && word.upos() != Upos.ADJ) {
                continue;
            }
            List<Morph> readings = morphology.readings(word.form());
            if (readings.isEmpty()) {
                continue;
            }
            dative &= readings.stream().anyMatch(m -> m.has(Feature.DATIVE));
            accusative &= readings.stream().anyMatch(m -> m.has(Feature.ACCUSATIVE));
        }
        return dative == accusative ? Optional.empty()
            : Optional.of(dative ? Feature.DATIVE : Feature.ACCUSATIVE);
    }

    /** "vier alte Bahnhöfe": the numbers written as words, with their digits, which a learner may type instead. */
    private static final java.util.Map<String, String> NUMBER_WORDS = java.util.Map.ofEntries(
        java.util.Map.entry("zwei", "2"), java.util.Map.entry("drei", "3"), java.util.Map.entry("vier", "4"),
        java.util.Map.entry("fünf", "5"), java.util.Map.entry("sechs", "6"), java.util.Map.entry("sieben", "7"),
        java.util.Map.entry("acht", "8"), java.util.Map.entry("neun", "9"), java.util.Map.entry("zehn", "10"),
        java.util.Map.entry("elf", "11"), java.util.Map.entry("zwölf", "12"), java.util.Map.entry("zwanzig", "20"),
        java.util.Map.entry("dreißig", "30"), java.util.Map.entry("hundert", "100"),
        java.util.Map.entry("tausend", "1000"));

    /** "900 Millionen US-Dollar", "rund 5.000 Euro": an amount of money, asked for with "wie viel". */
    private static final java.util.regex.Pattern AN_AMOUNT_OF_MONEY = java.util.regex.Pattern.compile(
        "(?:(?:etwa|rund|fast|knapp|mehr als|über) )?(\\d[\\d.,]*(?: (?:Millionen|Milliarden|Mio\\.|Mrd\\.))?) "
            + "(?:Euro|US-Dollar|Dollar|Franken|Pfund|Yen|Rubel|Kronen)");

    /**
     * "8.000 Soldaten": wie viele Soldaten; "75 Prozent der Palästinenser": wie viel Prozent der Palästinenser; the
     * answer is the number.
     */
    private Optional<Phrase> howMany(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word first = parse.word(part.from());
        String whole = clause.text(part);
        java.util.regex.Matcher money = AN_AMOUNT_OF_MONEY.matcher(whole);
        if (money.matches() && (parse.word(part.word()).relation().equals("obj")
            || parse.word(part.word()).relation().startsWith("nsubj"))) {
            return Optional.of(new Phrase("Wie viel", List.of(whole, money.group(1)),
                parse.word(part.word()).relation().startsWith("nsubj"), 2.0));
        }
        if (first.upos() == Upos.NUM && first.head() == part.word() && part.word() == part.from() + 1
            && parse.word(part.word()).form().equals("Prozent") && first.form().matches("\\d+(,\\d+)?")) {
            String of = part.to() > part.word() ? " " + clause.text(part.word() + 1, part.to()) : "";
            return Optional.of(new Phrase("Wie viel Prozent" + of, List.of(first.form(), first.form() + " Prozent",
                clause.text(part)), false, 2.0));
        }
        String spelled = NUMBER_WORDS.get(first.form());
        if (first.upos() != Upos.NUM || !"nummod".equals(first.relation()) || first.head() != part.word()
            || !canBePlural(parse.word(part.word()))
            || spelled == null && !first.form().matches("\\d{1,3}(\\.\\d{3})*|\\d+")) {
            return Optional.empty();
        }
        boolean distance = parse.word(Math.min(part.to() + 1, parse.words().size() - 1)).form().matches("von|vom")
            && java.util.stream.IntStream.range(part.to() + 1, Math.min(part.to() + 6, parse.words().size()))
                .anyMatch(w -> parse.word(w).form().equals("entfernt"));
        if (distance || part.to() + 1 < parse.words().size()
            && MEASURED.contains(Words.lower(parse.word(part.to() + 1).form()))) {
            // "etwa 520 Lichtjahre von der Erde entfernt": a distance, not a count
            // "18 Monate lang": "Wie viele Monate … lang" keeps the word that says what the number measures apart
            return Optional.empty();
        }
        String counted = clause.text(part.from() + 1, part.to());
        boolean otherArticle = java.util.stream.IntStream.rangeClosed(part.word() + 1, part.to())
            .anyMatch(w -> parse.word(w).upos() == Upos.DET
                && !Set.of("des", "der", "eines", "einer").contains(Words.lower(parse.word(w).form())));
        boolean anotherNumber = java.util.stream.IntStream.rangeClosed(part.from() + 1, part.to())
            .anyMatch(w -> parse.word(w).upos() == Upos.NUM);
        if (counted.matches(".*\\d.*") || anotherNumber || counted.startsWith(",") || otherArticle) {
            // "40 Menschen das Leben": an object the parse hung on the counted noun
            // "72.000 Produkte und 1.200 Dienstleistungen", "acht, nach anderen Angaben neun Stunden", "sieben Soldaten
            // und vier Angreifer": two counts
            return Optional.empty();
        }
        List<String> answers = new ArrayList<>(List.of(first.form()));
        if (spelled != null) {
            answers.add(spelled);
        }
        if (first.form().contains(".")) {
            answers.add(first.form().replace(".", ""));
        }
        answers.add(clause.text(part));
        boundBefore(clause, part.from()).ifPresent(bound -> answers.add(0, bound + " " + first.form()));
        return Optional.of(new Phrase("Wie viele " + counted, answers, false, 2.0));
    }

    /**
     * "in Hamburg und Leipzig", of which the parse hung "Leipzig" elsewhere: an answer with "und" or "oder" right
     * before or after it leaves half of a coordination in the question.
     */
    private static boolean splitsACoordination(Constituents clause, Constituents.Part asked) {
        Parse parse = clause.parse();
        return asked.from() > 0 && coordinatesNouns(parse, asked.from() - 1)
            || asked.to() + 1 < parse.words().size() && coordinatesNouns(parse, asked.to() + 1);
    }

    /**
     * "zu einer Transformatorenstörung, am Wochenende zu einem Ventilproblem": a conjunct with words of its own before
     * its preposition, a second clause with its verb left out, which is no answer to one question.
     */
    private static boolean gappedInside(Constituents clause, Constituents.Part asked) {
        Parse parse = clause.parse();
        String preposition = parse.word(asked.from()).relation().equals("case")
            ? parse.word(asked.from()).form().toLowerCase(Locale.GERMAN) : "";
        for (int conj : parse.children(asked.word(), "conj")) {
            List<Integer> cases = parse.children(conj, "case");
            List<Integer> tree = parse.subtree(conj);
            boolean wordsBeforeItsPreposition = !cases.isEmpty() && tree.stream().anyMatch(w -> w < cases.get(0)
                && !Set.of("punct", "cc").contains(parse.word(w).relation()));
            // the parse's other reading: "am Wochenende" the conjunct, "zu einem Ventilproblem" hung inside it
            boolean samePrepositionInside = !preposition.isEmpty() && !cases.isEmpty() && tree.stream()
                .anyMatch(w -> !cases.contains(w) && parse.word(w).relation().equals("case")
                    && parse.word(w).form().equalsIgnoreCase(preposition)
                    && !parse.word(cases.get(0)).form().equalsIgnoreCase(preposition));
            if (wordsBeforeItsPreposition || samePrepositionInside) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Zu den Massenprotesten war es gekommen, weil …" asked as "Wozu war es gekommen?": with "es" and "kommen zu"
     * the question must keep something besides its verb, or it asks nothing a reader could tell from the text.
     */
    private boolean happensAndNothingElse(Constituents clause, Constituents.Part asked) {
        return happening(clause) && clause.constituents().stream().noneMatch(p -> p != asked && !p.verbal()
            && clause.parse().word(p.word()).upos() != Upos.PRON && !clause.droppable(p)
            && !LEFT_OUT.contains(clause.parse().word(p.word()).baseRelation()));
    }

    private static boolean coordinatesNouns(Parse parse, int word) {
        int head = parse.word(word).head();
        return parse.word(word).upos() == Upos.CCONJ && head >= 0 && Set.of(Upos.NOUN, Upos.PROPN, Upos.NUM)
            .contains(parse.word(head).upos());
    }

    private Optional<Asked> build(Constituents clause, Constituents.Part asked, Phrase phrase,
                                  Optional<People.Person> speaker, People people) {
        if (!subjectAgrees(clause) || passiveWithAnObject(clause) || tooManyArguments(clause)
            || modalWithoutItsInfinitive(clause) || auxiliaryOnlyAfterTheLastVerb(clause) || manReadAsAnObject(clause)
            || gapped(clause) || misreadWords(clause) || ofWhatUntold(clause) || placedByABareCompassPoint(clause)
            || partOfWhatUntold(clause, asked) || argumentPartOfWhatUntold(clause)
            // "handelt es sich nicht um einen Exklusivvertrag": what it is not, which no question asks for
            || asked.from() > 0 && clause.parse().word(asked.from() - 1).form().equals("nicht")
            // "Wozu gab es eine Spende …? – Zum Beispiel": a phrase that only links or hedges, no circumstance
            || LINKING_PHRASES.contains(Words.lower(clause.text(asked)))
            // "Wie viel Prozent zeigten von den 643 Messstationen …?": a share asked apart from what it is a share of
            || partitiveFirst(clause) && clause.parse().word(asked.word()).relation().startsWith("nsubj")
            || ofWhomTheSubjectIsOne(clause, asked)
            || mitAsAnAdverb(clause, asked)
            // "Die Krise nimmt immer größere Ausmaße an": "immer" grades the comparative the answer takes away
            || asked.from() > 0 && Words.lower(clause.parse().word(asked.from() - 1).form()).equals("immer")
                && COMPARATIVE.matcher(clause.parse().word(asked.from()).form()).matches()
            // "sammeln besonders außergewöhnliche Radiergummis", "haben verschieden scharfe Gesetze": the adverb grades
            // the adjective the answer opens with, and would be left behind without it
            || asked.from() > 0 && (clause.parse().word(asked.from()).upos() == Upos.ADJ
                    // "Es gibt sehr viele Theater": "Was gibt es sehr?"
                    || Set.of("viele", "wenige", "viel", "wenig")
                        .contains(Words.lower(clause.parse().word(asked.from()).form())))
                && GRADING.contains(Words.lower(clause.parse().word(asked.from() - 1).form()))
            // "arbeitet fast jeder dritte Litauer": "fast" counts the answer, and would be left behind without it
            || asked.from() > 0 && Set.of("fast", "nahezu", "beinahe").contains(Words.lower(clause.parse()
                .word(asked.from() - 1).form())) && Set.of("jeder", "jede", "jedes", "alle")
                    .contains(Words.lower(clause.parse().word(asked.from()).form()))
            // "Was stand auf der Tentative List …? – Die Altstadt von Sada zum Beispiel": one example of several, which a
            // question asking for the one answer does not want
            || AN_EXAMPLE.matcher(clause.text(asked)).find()
            // "Was setzte den Schlusspunkt …? – Soriano (86": an answer that opens a parenthesis it does not close
            || clause.text(asked).contains("(") && !clause.text(asked).contains(")")
            || onlyAdverbsBesideSein(clause, asked)
            // "Bundeskanzler Engelbert Dollfuß nutzte die Gelegenheit:", "Am Roten Meer liegen viele Länder:": which,
            // only the sentence after the colon says
            || asked.to() + 2 == clause.parse().words().size() && clause.parse().word(asked.to() + 1).form().equals(":")
                && asked.to() == asked.from() + 1 && OPENED_BY_A_COLON.contains(Words.lower(clause.parse()
                    .word(asked.from()).form()))
            // "Viele Dinge darf man nicht mitnehmen:": a count of things first, which the list after the colon names
            || asked.from() == 0 && asked.to() == 1 && clause.parse().word(clause.parse().words().size() - 1).form()
                .equals(":") && Set.of("viele", "einige", "mehrere", "manche")
                    .contains(Words.lower(clause.parse().word(0).form()))
            // "Wann hatte AlphaGo zwar schon für Schlagzeilen gesorgt?": a "zwar" whose "aber" the question leaves out
            || Words.containsWord(Words.lower(clause.sentence().text()), "zwar")
            // "Wo gab es Industrie später vor allem?": "vor allem" singled out the phrase asked, and stays behind alone
            || asked.from() >= 2 && FOCUS_PHRASES.contains(Words.lower(Words.text(clause.parse(), asked.from() - 2,
                asked.from() - 1)))
            // "Bis auf ein 15-jähriges Mädchen wurde keiner … verletzt": who is left out, which no W-word asks
            || Words.lower(clause.text(asked)).startsWith("bis auf ")
            // "erhöhte erstmals seit 14 Jahren": the first time in fourteen years, no time since when
            || asked.from() > 0 && Words.lower(clause.text(asked)).startsWith("seit ")
                && FIRST_TIME.contains(Words.lower(clause.parse().word(asked.from() - 1).form()))
            // "gestern am frühen Morgen": two times side by side are one, which "wann" asks for whole or not at all
            || phrase.words().startsWith("Wann") && clause.constituents().stream().anyMatch(other -> other != asked
                && saysWhen(clause, other) && (other.to() + 1 == asked.from() || asked.to() + 1 == other.from()))
            // "Wann rechnet das Innenministerium nunmehr … mit 70.000 Asylanträgen? – im Jahr 2015": the clause's time is
            // now, so the time asked for is another's, here the applications'
            || phrase.words().startsWith("Wann") && clause.constituents().stream().anyMatch(other -> other != asked
                && other.from() == other.to() && NOW.contains(Words.lower(clause.parse().word(other.word()).form())))
            // "gibt … bis etwa im August": "Wann gibt … bis etwa …?" leaves how roughly without its time
            || asked.from() > 0 && ROUGHLY.contains(Words.lower(clause.parse().word(asked.from() - 1).form()))
                && clause.parse().word(asked.from() - 1).upos() == Upos.ADV
            // "vertritt … bereits seit Jahren": "Seit wann … bereits?" leaves the time's own adverb behind
            || asked.from() > 0 && TIME_FOCUS.contains(Words.lower(clause.parse().word(asked.from() - 1).form()))
                && phrase.words().matches("(?:Seit |Bis )?[Ww]ann")
            // "rührt gleich zwei Tabus": "gleich" of the amount asked for would read "at once" left behind
            || asked.from() > 0 && AMOUNT_FOCUS.contains(Words.lower(clause.parse().word(asked.from() - 1).form()))
                && clause.parse().word(asked.from()).upos() == Upos.NUM
            // "sank allein in Frankreich der Stromverbrauch": "Wo sank allein …?" leaves the particle without its
            // phrase; "haben … sogar eigene Lastwagen": "Was haben sogar viele große Unternehmen?" puts it before the
            // subject
            || asked.from() > 0 && SINGLING_OUT.contains(Words.lower(clause.parse().word(asked.from() - 1).form()))
                && clause.parse().word(asked.from() - 1).upos() == Upos.ADV
                && (clause.constituents().stream().anyMatch(p -> p.from() > asked.to())
                    // ("hat auch selbst einen Telegrafen gebaut": "selbst" is who did it, and may stay)
                    || !clause.parse().word(asked.word()).relation().startsWith("nsubj")
                        && !Words.lower(clause.parse().word(asked.from() - 1).form()).equals("selbst"))) {
            return Optional.empty();
        }
        if (reasonConjunction(clause, asked).isPresent()) {
            if (Words.count(phrase.answers().get(0)) > MAX_REASON_WORDS || pointsBack(phrase.answers().get(0))
                || !Words.quotesBalanced(phrase.answers().get(0)) || containsAnotherClause(clause, asked)) {
                return Optional.empty();
            }
        } else if (containsFiniteVerb(clause, asked) || Words.count(clause.text(asked)) > MAX_ANSWER_WORDS
            || !clause.sentence().text().contains(clause.text(asked)) || pointsBack(clause.text(asked))
            || possessiveWithNoOwner(clause, asked)
            || splitsACoordination(clause, asked) || gappedInside(clause, asked) || happensAndNothingElse(clause, asked)
            || "amod".equals(clause.parse().word(asked.to()).relation())
            || Words.count(clause.text(asked)) > 2 && endsInPartOfTheVerb(clause.text(asked).split("\\s+"))
            || agentInsideAPhrase(clause, asked) || splitsARange(clause, asked) || measureInside(clause, asked)
            || verbsIdiomInside(clause, asked)
            || prepositionsSideBySide(clause, asked) || contentFollows(clause, asked) || dateAfterItLeftBehind(clause, asked)
            || opensWithASentenceAdverb(clause, asked)
            || roleInside(clause, asked) || boundToWhatFollows(clause, asked) || appositionClosedAfter(clause, asked)
            || (Set.of("nsubj", "nsubj:pass", "obj").contains(clause.parse().word(asked.word()).relation())
                || clause.vorfeld().verbal()) && attributeFollows(clause, asked)
            || clause.parse().word(asked.word()).relation().startsWith("obl") && attributeFollows(clause, asked)
                && (written(clause, asked.to() + 1).equals("von") || takesTheAnAfterIt(clause, asked))
            || clause.parse().word(asked.word()).relation().startsWith("obl") && beforeAPlaceOfItsNoun(clause, asked)
            || ownPhraseFollows(clause, asked) || eventsDate(clause, asked) || eventBeforeItsDate(clause, asked)
            || comparedRightAfter(clause, asked) || closedByAbgesehen(clause, asked) || bareAnPhraseInside(clause, asked)
            || Set.of("obj", "iobj").contains(clause.parse().word(asked.word()).relation())
                && verbsMitInside(clause, asked)
            || clause.text(asked).matches(".+ unter anderem .+")
            || closingCommaLeftBehind(clause, asked) || clause.text(asked).matches(".* [-–] .*")
            || placeOfAnAbstractNounFollows(clause, asked)
            || personWithTheVerbsZu(clause, asked)
            || java.util.stream.IntStream.rangeClosed(asked.from(), asked.to())
                .anyMatch(w -> nameHungOnADay(clause.parse(), w) || placeHungOnAName(clause.parse(), w))
            || phrase.words().startsWith("Seit wann") && sinceOfARecord(clause, asked)
            || phrase.words().startsWith("Wann") && yearOfTheTimeLeftBehind(clause, asked)
            || phrase.words().startsWith("Wann") && (PLACE_IN_A_TIME.matcher(clause.text(asked)).find()
                || timeWithAnotherPhrase(clause, asked)
                || HOW_FAST.matcher(clause.text(asked)).matches())
            || clause.parse().word(asked.word()).relation().startsWith("obl") && !agent(clause, asked)
                && attributeAfterANoun(clause, asked)
            // "gab es … nur einen Wertungsdurchgang" asked "Was gab es nur …?": the particle singled out the phrase
            // asked for, and left behind it says something else
            || asked.from() > 0 && FOCUSED_BY.contains(Words.lower(clause.parse().word(asked.from() - 1).form()))
                && clause.parse().word(asked.from() - 1).head() != asked.word()
            || mayDescribeTheNounBefore(clause, asked) || clause.parts().stream()
                .anyMatch(p -> p.from() == asked.to() + 1 && mayDescribeTheNounBefore(clause, p)
                    // "Was erwies sich als problematisch um Zielpunkt …? – die Turbulenzen"; a "mit" left in place
                    // still reads as the verb's ("Was wird … mit einer dreiköpfigen Besatzung an Bord vermisst?"),
                    // unless it says which of a kind the answer means ("Was wird … mit Baumhöhlen umgesägt? – alte
                    // Bäume")
                    && (written(clause, p.from()).equals("um") || withoutAnArticle(clause, asked)))
            || clause.text(asked).contains(":") || cutsACompound(clause, asked) || genitiveLeftBehind(clause, asked)
            || !Words.quotesBalanced(clause.text(asked)) && !closedRightAfter(clause, asked)
            || !phrase.words().toLowerCase(Locale.GERMAN).contains("wann")
                && TIME_AT_THE_END.matcher(clause.text(asked)).find()) {
            return Optional.empty();
        }
        String verb = clause.finiteText();
        if (phrase.singular()) {
            Word finite = clause.parse().word(clause.finite());
            Optional<String> singular = singular(new Word(finite.token(), clause.finiteText(), finite.upos(),
                finite.head(), finite.relation()));
            if (singular.isEmpty()) {
                return Optional.empty();
            }
            verb = singular.get();
        }
        boolean subjectAsked = clause.parse().word(asked.word()).relation().startsWith("nsubj");
        Optional<String> prompt = arrange(clause, asked, phrase.words(), verb, subjectAsked, "?", speaker.isPresent());
        if (speaker.isPresent() && prompt.isPresent()) {
            boolean answered = phrase.answers().stream().anyMatch(a -> Words.containsWord(a, speaker.get().surname()));
            // "Was ist nach Angaben der Anwältin Rahmani Purs bereits erfolgt?": the clause names whose words it reports
            boolean named = Words.containsWord(prompt.get(), speaker.get().surname());
            boolean namedAsSource = named && SOURCE_PHRASE.matcher(prompt.get()).find();
            String finite = verb;
            String attributed = verb + " laut " + speaker.get().name();
            prompt = answered || named && !namedAsSource ? Optional.empty() : named ? prompt
                : arrange(clause, asked, phrase.words(), attributed, subjectAsked, "?", true)
                .map(p -> pronounsBeforeLaut(p, finite, speaker.get().name()));
        }
        if (prompt.isEmpty() || Words.count(prompt.get()) > MAX_QUESTION_WORDS || prompt.get().matches(".*( [-–] |\\().*")
            || infinitiveOfANounLeftOut(clause, prompt.get(), phrase.answers())
            || dativeReadAsAGenitive(clause, asked, prompt.get())
            || relativeClauseOfAFewLeftOut(clause, prompt.get(), phrase.answers())
            // "Wo lag eine Stadt?" of "… lag eine Stadt, die vielleicht das berühmte Troja war": which, only the
            // clause left out says
            || relativeClauseOfAnIndefiniteLeftOut(clause, prompt.get())
            || relativeClauseOfADefiniteLeftOut(clause, prompt.get(), phrase.answers(), people)
            || LOOSE_END.matcher(prompt.get()).find() || onlyParticlesLeft(prompt.get(), phrase.words(), verb)
            || comparisonLeftOut(clause, prompt.get()) || genitiveOfTheAnswer(prompt.get(), phrase.answers().get(0))
            // "Was ist klasse, vor allem der Chef …? – Das Personal": the examples of the answer left behind
            || EXAMPLES_AFTER_A_COMMA.matcher(prompt.get()).find()
            || whereItIsLeftOut(clause, asked, prompt.get())
            || subjectAsked && QualityGates.HER_OR_THEIR.matcher(prompt.get()).find()
            // "Wer zieht nach?" of "… zieht nun nach und macht die Landesschulräte … aufmerksam": the verb alone, what
            // it does told only by the half the question leaves out
            || Words.count(prompt.get()) <= 3 && (clause.constituents().stream()
                .anyMatch(p -> "conj".equals(clause.parse().word(p.word()).relation()))
                // "Was bläst hinein?" of "Der Glasbläser angelt … Glas-Masse … und bläst hinein": the second verb alone
                || subjectAsked && "conj".equals(clause.parse().word(clause.head()).relation()))
            // "Wer muss lernen?" of "Die Eltern müssen lernen, daß …": what, only the clause left out says
            || Words.count(prompt.get()) <= 4 && !prompt.get().contains(",") && whatFollowsLeftOut(clause)) {
            return Optional.empty();
        }
        prompt = prompt.map(p -> ORDINAL_SPACE.matcher(p).replaceAll("$1."));
        // "… des Großraum-Militärtransporters A400M.": the sentence's full stop the tokenizer left on its last word
        boolean endsTheSentence = asked.to() == clause.parse().words().size() - 1;
        List<String> answers = phrase.answers().stream()
            .map(a -> endsTheSentence && a.endsWith(".") ? a.substring(0, a.length() - 1) : a)
            .map(a -> Words.quotesBalanced(a) || !closedRightAfter(clause, asked) ? a
                : a + (a.indexOf('"') >= 0 ? "\"" : "“")).toList();
        return Optional.of(new Asked(prompt.get(), withNameSetOff(clause, asked, answers), phrase.score()));
    }

    /**
     * "Wer saß fast 20 Jahre lang?" of "saß … in diesem Gefängnis": where someone sits, lies or lives, which such a
     * verb needs, left out of the question (here for pointing back).
     */
    private boolean whereItIsLeftOut(Constituents clause, Constituents.Part asked, String prompt) {
        Parse parse = clause.parse();
        return morphology.readings(parse.word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && BEING_SOMEWHERE.contains(m.lemma()))
            && clause.constituents().stream().anyMatch(p -> p != asked
                && parse.word(p.word()).relation().equals("obl")
                && WHERE_PREPOSITIONS.contains(written(clause, p.from()))
                && !prompt.contains(parse.word(p.word()).form()));
    }

    private static final Set<String> BEING_SOMEWHERE = Set.of("sitzen", "liegen", "stehen", "wohnen", "hängen",
        "stecken", "befinden");
    private static final Set<String> WHERE_PREPOSITIONS = Set.of("in", "im", "an", "am", "auf", "bei", "beim", "unter",
        "hinter", "vor", "neben", "zwischen");

    /**
     * "Die Eltern müssen lernen, daß …", "haben vorgerechnet, was das kosten würde": a clause after the verb that says
     * what it is about, a "dass" clause or an indirect question, whatever relation the parse gave it.
     */
    private static boolean whatFollowsLeftOut(Constituents clause) {
        Parse parse = clause.parse();
        return parse.children(clause.head()).stream().anyMatch(c -> c > clause.head()
            && Set.of("ccomp", "acl", "advcl", "csubj").contains(parse.word(c).relation())
            && Words.OPENS_WHAT_IT_IS_ABOUT.contains(Words.lower(parse.word(parse.subtree(c).stream()
                .filter(w -> parse.word(w).upos() != Upos.PUNCT).findFirst().orElse(c)).form())));
    }


    /**
     * "Der medienpolitische Sprecher der FDP-Bundestagsfraktion, Burkhardt Müller-Sönksen, fordert …": the name set off
     * after the noun, which the answer leaves out, answers too.
     */
    private static List<String> withNameSetOff(Constituents clause, Constituents.Part asked, List<String> answers) {
        Parse parse = clause.parse();
        List<String> more = new ArrayList<>(answers);
        for (int a : parse.children(asked.word(), "appos")) {
            if (parse.word(a).upos() != Upos.PROPN || !clause.isPruned(asked, a)) {
                continue;
            }
            List<Integer> tree = parse.subtree(a).stream().filter(w -> w >= a && parse.word(w).upos() != Upos.PUNCT
                || parse.word(w).form().equals("-")).toList();
            int last = tree.get(tree.size() - 1);
            if (tree.stream().anyMatch(w -> parse.word(w).upos() != Upos.PROPN && !parse.word(w).form().equals("-"))
                || parse.word(last).form().equals("-")) {
                continue;
            }
            String name = clause.text(a, last);
            String surname = clause.text(parse.word(last - 1).form().equals("-") && last - 2 > a ? last - 2 : last, last);
            for (String answer : List.of(name, surname)) {
                if (!more.contains(answer)) {
                    more.add(answer);
                }
            }
        }
        return more;
    }

    /**
     * "Was wird man laut Josef Ostermayer dann ausschreiben?", "Was hat sich laut … geändert?": unstressed pronouns
     * stay right after the verb, before "laut X".
     */
    private static String pronounsBeforeLaut(String prompt, String finite, String name) {
        String attributed = finite + " laut " + name + " ";
        int at = prompt.indexOf(attributed);
        if (at < 0) {
            return prompt;
        }
        int from = at + attributed.length();
        java.util.regex.Matcher pronoun = UNSTRESSED_PRONOUN.matcher(prompt);
        int end = from;
        while (pronoun.region(end, prompt.length()).lookingAt()) {
            end = pronoun.end();
        }
        // "Womit rechnet man laut dem Unternehmen?": the pronoun may be the last word before the question mark
        String rest = prompt.substring(end);
        return end == from ? prompt : prompt.substring(0, at) + finite + " " + prompt.substring(from, end).strip()
            + " laut " + name + (rest.startsWith("?") ? "" : " ") + rest;
    }

    private static final java.util.regex.Pattern UNSTRESSED_PRONOUN = java.util.regex.Pattern.compile(
        "(?:sich|man|er|sie|es|ihm|ihn|ihnen|uns|wir|ich|mich|mir)(?: |(?=\\?))");

    /**
     * "Ans Tageslicht kamen heute erste Erkenntnisse über …", not "… erste Erkenntnisse über … heute": an adverb of
     * time goes before a subject that names nothing known yet.
     */
    private boolean timeBeforeAnIndefiniteSubject(Constituents clause, Constituents.Part time,
                                                  Constituents.Part subject) {
        Parse parse = clause.parse();
        return indefinite(clause, subject) && time.from() == time.to()
            && "advmod".equals(parse.word(time.word()).relation())
            && MOVABLE_ADVERBS.contains(parse.word(time.word()).form().toLowerCase(Locale.GERMAN));
    }

    /** "eine schriftliche Anfrage", "zahlreiche Besucher", "neue Regeln": a phrase without a definite article. */
    private boolean indefinite(Constituents clause, Constituents.Part phrase) {
        Word first = clause.parse().word(phrase.from());
        String form = first.form().toLowerCase(Locale.GERMAN);
        List<Morph> readings = morphology.readings(first.form());
        // "Kiew muss … noch zustimmen" with "Kiew" tagged a noun: a name the dictionary knows as one, and no noun
        boolean name = first.upos() == Upos.NOUN && phrase.from() == phrase.to() && !readings.isEmpty()
            && readings.stream().noneMatch(m -> m.upos() == Upos.NOUN);
        return !name && Set.of(Upos.NUM, Upos.ADJ, Upos.NOUN).contains(first.upos()) || form.startsWith("ein")
            || form.startsWith("kein") || Set.of("einige", "mehrere", "viele", "zahlreiche").contains(form);
    }

    /**
     * Words besides the particles that tell nothing of the sentence a question asks after: "Wer kommt hinzu?" does
     * not say to what.
     */
    private static final Set<String> ADDING_ALONE = Set.of("es", "sich", "nicht", "hinzu", "dazu");

    /**
     * "Was herrscht auch?", "Was gibt es nur noch?": beside the W-phrase and the verb only particles, which tell the
     * learner nothing about which sentence the question asks after.
     */
    private static boolean onlyParticlesLeft(String prompt, String front, String verb) {
        String rest = prompt.substring(0, prompt.length() - 1)
            .replaceFirst("^" + java.util.regex.Pattern.quote(front), "")
            .strip();
        for (String word : rest.split("\\s+")) {
            String lower = word.toLowerCase(Locale.GERMAN);
            if (!word.equals(verb) && !SENTENCE_ADVERBS.contains(lower) && !ADDING_ALONE.contains(lower)
                && !verb.endsWith(" " + word) && !verb.startsWith(word + " ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The clause with {@code front} first (in place of the constituent {@code moved}), then {@code verb}, then
     * the other constituents in their order, the one that stood first behind the subject or the verb; empty when
     * the clause cannot be said that way (a coordinated clause inside it, a second finite verb, no subject left,
     * two phrases with the same preposition).
     */
    Optional<String> arrange(Constituents clause, Constituents.Part moved, String front, String verb,
                             boolean subjectMoved, String end) {
        return arrange(clause, moved, front, verb, subjectMoved, end, false);
    }

    /** The same, for a clause someone said ({@code attributed}), whose question will name them. */
    private Optional<String> arrange(Constituents clause, Constituents.Part moved, String front, String verb,
                                     boolean subjectMoved, String end, boolean attributed) {
        Constituents asked = end.equals("?") && !subjectMoved ? subjectWithoutAlso(clause) : clause;
        return arrangeParts(asked, moved, front, verb, subjectMoved, end, attributed)
            .map(text -> rejoinedHyphens(text, clause.sentence().text())).map(ClauseQuestions::closingQuotesTight);
    }

    /**
     * "mit \"Tropic Thunder \" Hollywoods Filmindustrie": a straight closing quotation mark the parse hung on the
     * phrase after it, put back against the word it closes.
     */
    static String closingQuotesTight(String text) {
        StringBuilder tight = new StringBuilder(text.length());
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (open && tight.length() > 1 && tight.charAt(tight.length() - 1) == ' '
                    && tight.charAt(tight.length() - 2) != ' ') {
                    tight.setLength(tight.length() - 1);
                }
                open = !open;
            }
            tight.append(c);
        }
        return tight.toString();
    }

    /**
     * "Auch Vertreter von Amnesty International verurteilten den Einsatz" asked "Was verurteilten Vertreter von
     * Amnesty International?": the "auch" says others did so too, and "etwa" before a name that it is one example,
     * which a question about what they did needs not repeat and a learner could not place.
     */
    private static Constituents subjectWithoutAlso(Constituents clause) {
        Parse parse = clause.parse();
        java.util.function.UnaryOperator<Constituents.Part> trimmed = part -> {
            Word first = parse.word(part.from());
            String form = Words.lower(first.form());
            // "etwa die grüne Abgeordnete Gabriela Moser": someone named for instance; "etwa 500 Menschen" is a guess
            boolean forInstance = Set.of("etwa", "beispielsweise").contains(form)
                && java.util.stream.IntStream.rangeClosed(part.from(), part.to())
                    .anyMatch(w -> parse.word(w).upos() == Upos.PROPN)
                && java.util.stream.IntStream.rangeClosed(part.from(), part.to())
                    .noneMatch(w -> parse.word(w).upos() == Upos.NUM);
            return part.from() < part.to() && parse.word(part.word()).relation().startsWith("nsubj")
                && first.upos() == Upos.ADV && first.head() == part.word() && (ALSO.contains(form) || forInstance)
                ? new Constituents.Part(part.word(), part.from() + 1, part.to(), part.relation(), part.verbal()) : part;
        };
        Constituents.Part vorfeld = trimmed.apply(clause.vorfeld());
        List<Constituents.Part> parts = clause.parts().stream().map(trimmed).toList();
        if (vorfeld == clause.vorfeld() && parts.equals(clause.parts())) {
            return clause;
        }
        return new Constituents(parse, clause.head(), clause.finite(), vorfeld, parts, clause.finiteForm());
    }

    /**
     * "NATO-Generalsekretär", which the tokenizer splits before its hyphen and the parse may make two phrases: joined
     * again where the sentence writes them together.
     */
    private static String rejoinedHyphens(String text, String sentence) {
        java.util.regex.Matcher split = SPLIT_HYPHEN.matcher(text);
        StringBuilder joined = new StringBuilder();
        while (split.find()) {
            boolean together = sentence.contains(split.group(1) + "-" + split.group(2))
                && !sentence.contains(split.group(1) + " -" + split.group(2));
            split.appendReplacement(joined, java.util.regex.Matcher.quoteReplacement(together
                ? split.group(1) + "-" + split.group(2) : split.group()));
        }
        split.appendTail(joined);
        return joined.toString();
    }

    private static final java.util.regex.Pattern SPLIT_HYPHEN = java.util.regex.Pattern.compile(
        "(\\p{L}+) -(\\p{L}+)");

    private Optional<String> arrangeParts(Constituents clause, Constituents.Part moved, String front, String verb,
                                          boolean subjectMoved, String end, boolean attributed) {
        if (!Words.quotesBalanced(front)) {
            // "Bereits über erste „Landnahmen berichteten …“": a quotation cut open by the phrase put first
            return Optional.empty();
        }
        List<Constituents.Part> rest = new ArrayList<>();
        List<Constituents.Part> leftOut = new ArrayList<>();
        boolean interrupted = false;
        boolean dropped = false;
        for (Constituents.Part part : clause.parts()) {
            String relation = clause.parse().word(part.word()).baseRelation();
            if (part != moved && clause.droppable(part)) {
                if (saying(clause)) {
                    return Optional.empty();
                }
                dropped = true;
                leftOut.add(part);
                continue;
            }
            if (relation.equals("conj") && secondNounOfThePredicate(clause, part)) {
                return Optional.empty();
            }
            if (LEFT_OUT.contains(relation) && negationAfterADash(clause, part)) {
                // "weist … die Geschäftszahlen – also … – nicht mehr gesondert aus" with the end read as an aside: left
                // out, it would turn the clause round
                return Optional.empty();
            }
            if (LEFT_OUT.contains(relation)) {
                int colon = clause.parse().word(part.from()).form().equals(":") ? part.from()
                    : part.from() > 0 && clause.parse().word(part.from() - 1).form().equals(":") ? part.from() - 1 : -1;
                boolean afterAColon = colon > 0 && (colon - 1 == clause.head() || colon - 1 == clause.finite());
                // "Die Untersuchung … hat ergeben: Die Tiere sind …": what the verb says comes after the colon
                // "rammte mit Tempo 64 seitlich leicht versetzt eine … Alubarriere" read as a clause of its own: with
                // nothing to set it off, it is the verb's own
                boolean setOff = part.from() > 0 && clause.parse().word(part.from() - 1).upos() == Upos.PUNCT
                    || clause.parse().word(part.from()).upos() == Upos.PUNCT;
                if (relation.equals("parataxis") && (saying(clause) || afterAColon || !setOff) || unmarkedConjunct(clause, part)
                    || indirectQuestionReadAsAConjunct(clause, part)
                    || endsInAZuInfinitive(clause, part) || predicateFragment(clause, part)) {
                    return Optional.empty();
                }
                interrupted = true;
                leftOut.add(part);
            } else if (interrupted) {
                return Optional.empty();
            } else if (part != moved && connective(clause, part)) {
                dropped = true;
            } else if (part != moved) {
                rest.add(part);
            }
        }
        if (rest.stream().anyMatch(p -> p.from() < p.to()
            && LINKS_ONLY.contains(Words.lower(clause.parse().word(p.from()).form())))) {
            // "ließ den Fahrgästen nämlich kaum Luft" with "nämlich" hung on "kaum": the link to the sentence before
            // would stay in the phrase
            return Optional.empty();
        }
        boolean correlateLeftAlone = rest.stream().anyMatch(p -> p.from() == p.to()
            && CORRELATES.contains(clause.parse().word(p.word()).form().toLowerCase(Locale.GERMAN)));
        if (correlateLeftAlone && leftOut.stream().anyMatch(p -> complementClause(clause, p))) {
            return Optional.empty();
        }
        if (moved != null && Set.of("obj", "iobj").contains(clause.parse().word(moved.word()).relation())
            || rest.stream().anyMatch(p -> p.from() == p.to() && clause.parse().word(p.word()).upos() == Upos.PRON
                && clause.parse().word(p.word()).relation().startsWith("nsubj"))) {
            subjectFirst(clause, rest);
        }
        Constituents.Part vorfeld = clause.vorfeld();
        if (clause.text(vorfeld).contains(":") || rest.stream().anyMatch(p -> clause.text(p).contains(":"))
            || moved != null && (clause.text(moved).contains(":") || cutsACompound(clause, moved))) {
            return Optional.empty();
        }
        String vorfeldRelation = clause.parse().word(vorfeld.word()).relation();
        if (vorfeld != moved && (vorfeldRelation.equals("ccomp") || vorfeldRelation.startsWith("csubj"))) {
            return Optional.empty();
        }
        boolean vorfeldDropped = vorfeld != moved && (clause.droppable(vorfeld) || placeholder(clause, vorfeld));
        boolean conditionDropped = leftOut.stream().anyMatch(p -> clause.parse().word(p.word()).baseRelation().equals("advcl"))
            || vorfeldDropped && clause.parse().word(vorfeld.word()).baseRelation().equals("advcl");
        if (conditionDropped && rest.stream().anyMatch(p -> p.from() == p.to()
            && ONLY_UNDER_A_CONDITION.contains(Words.lower(clause.parse().word(p.word()).form())))) {
            // "Gunther konnte Brünhild nur heiraten, weil Siegfried ihm geholfen hatte": only because of what the
            // clause left out says, which "Wer konnte Brünhild nur heiraten?" leaves the learner to guess
            return Optional.empty();
        }
        if (vorfeld != moved && !vorfeldDropped && Words.lower(clause.parse().word(vorfeld.from()).form()).equals("wie")
            && clause.text(vorfeld).contains(",")) {
            // "Wie Säugetiere, Vögel … gehören auch Fische zu den Wirbeltieren": a comparison with a list, which put
            // behind the verb runs into what it compares
            return Optional.empty();
        }
        if (vorfeld != moved && !vorfeldDropped && (!clause.parse().children(vorfeld.word(), "mark").isEmpty()
            || participlePhrase(clause, vorfeld))) {
            return Optional.empty();
        }
        List<Constituents.Part> others = new ArrayList<>(rest);
        if (vorfeld != moved && !vorfeldDropped) {
            others.add(vorfeld);
        }
        if (others.stream().anyMatch(p -> generalNounCutFromItsClause(clause, p) || possessiveOfANounBefore(clause, p))
            || moved != null && generalNounCutFromItsClause(clause, moved)) {
            return Optional.empty();
        }
        if (others.stream().anyMatch(p -> sameAsBefore(clause, p))) {
            // "in der gleichen Sitzung": the same as what the sentence before said, which the learner does not see
            return Optional.empty();
        }
        if (!subjectMoved && others.stream().noneMatch(p -> clause.parse().word(p.word()).relation().startsWith("nsubj"))) {
            return Optional.empty();
        }
        // "Dank dieser Fäden kann man die einzelnen Glieder bewegen": a circumstance of the sentence before, left out
        boolean pointingFirstLeftOut = vorfeld != moved && circumstance(clause, vorfeld)
            && !argumentOfTheVerb(clause, vorfeld)
            && !withoutDemonstratives(clause, vorfeld).equals(clause.text(vorfeld));
        if ((dropped || vorfeldDropped || connective(clause, vorfeld) || pointingFirstLeftOut)
            // "Was wird man laut Josef Ostermayer ausschreiben?": whose plan it is says what for
            && (saysLittle(clause, moved, others) || !attributed && onlyManBesideTheAsked(clause,
                others.stream().filter(p -> !pointingFirstLeftOut || p != vorfeld).toList()))) {
            return Optional.empty();
        }
        if (vorfeld != moved && connective(clause, vorfeld) && comparedWithWhatWasBefore(clause)) {
            // "So kann sich die Tanne besser vermehren": better than without what the sentence before told
            return Optional.empty();
        }
        OptionalInt particle = particleOfSaying(clause);
        if (particle.isPresent() && saysLittle(clause, moved, others.stream()
                .filter(p -> p.word() != particle.getAsInt()).toList())) {
            return Optional.empty();
        }
        boolean pronounLeft = others.stream().anyMatch(p -> p.from() == p.to()
            && (clause.parse().word(p.word()).upos() == Upos.PRON || clause.parse().word(p.word()).upos() == Upos.DET)
            && (!"obj".equals(clause.parse().word(p.word()).relation())
                || POINTING_OBJECTS.contains(clause.parse().word(p.word()).form().toLowerCase(Locale.GERMAN)))
            && !PERSONAL.contains(clause.parse().word(p.word()).form().toLowerCase(Locale.GERMAN))
            && !(end.equals("?") && generic(clause, p)));
        if (pronounLeft || others.stream().anyMatch(p -> pronounAfterAPreposition(clause, p))) {
            return Optional.empty();
        }
        if (end.equals("?") && others.stream().anyMatch(p -> tiedToTheTextAround(clause, p))) {
            return Optional.empty();
        }
        if (others.stream().anyMatch(p -> p != vorfeld && p.to() == p.word() && p.to() - p.from() <= 1
            && clause.parse().word(p.word()).form().equals("so") && "advmod".equals(clause.parse().word(p.word()).relation()))) {
            // "Der Tathergang stellt sich nach Polizeiangaben so dar: …": how, the words the clause points to say;
            // "kann man das Blatt dann auch so verschicken": as the sentence before told
            return Optional.empty();
        }
        if (front.startsWith("Wie viel") && vorfeld != moved && vorfeld.from() == vorfeld.to()
            && EVENT_BEFORE.contains(Words.lower(clause.parse().word(vorfeld.word()).form()))) {
            // "Dabei wurden bisher vier Menschen getötet": how many in the attack the sentence before tells, not in all
            return Optional.empty();
        }
        String preposition = moved == null ? "" : preposition(clause, moved);
        if (!preposition.isEmpty() && others.stream().anyMatch(p -> preposition.equals(preposition(clause, p)))) {
            return Optional.empty();
        }
        if (subjectMoved && others.stream().anyMatch(p -> FLOATING_QUANTIFIERS.contains(
                Words.lower(clause.parse().word(p.from()).form()))
            && (p.from() == p.to() || clause.parse().word(p.from() + 1).upos() == Upos.DET))) {
            // "Die Besitzerin der Wohnung und der Mann haben jeder ein Konto": "each" of the subject, which "Wer hat
            // jeder ein Konto?" leaves standing alone
            return Optional.empty();
        }
        if (subjectMoved && others.stream().anyMatch(p -> containsPossessive(clause, p))) {
            return Optional.empty();
        }
        boolean esFirst = clause.parse().children(clause.head()).stream().anyMatch(c ->
            Words.lower(clause.parse().word(c).form()).equals("es")
                && (clause.parse().word(c).relation().equals("expl")
                    || clause.parse().word(c).relation().startsWith("nsubj")));
        // "Wo gab es … keine Anerkennung ihres Widerstandes?": with "es" for a subject, no one in the question owns it
        if (end.equals("?") && esFirst && others.stream().anyMatch(p -> containsPossessive(clause, p))) {
            return Optional.empty();
        }
        if (end.equals("?") && !subjectMoved && others.stream().anyMatch(p -> containsPossessive(clause, p)
                && clause.parse().word(p.word()).relation().startsWith("nsubj"))) {
            // "Wann ging sein Schuss … vorbei?": whose, the question does not say
            return Optional.empty();
        }
        if (vorfeld != moved && !vorfeldDropped && !connective(clause, vorfeld)) {
            int at = 0;
            // "Das Bundesverfassungsgericht hat … ein … Urteil … gesprochen" with the object read as a passive subject:
            // the subject first stays before it
            if (!rest.isEmpty() && !rest.get(0).verbal()
                && clause.parse().word(rest.get(0).word()).relation().startsWith("nsubj")
                && !clause.parse().word(vorfeld.word()).relation().startsWith("nsubj")
                && !clause.text(rest.get(0)).contains(",") && !timeBeforeAnIndefiniteSubject(clause, vorfeld, rest.get(0))
                // "der Überlieferung nach" after "das Thema" would read as the theme's; after "man" it cannot
                && (!postpositional(clause, vorfeld) || pronoun(clause, rest.get(0)))
                // "In der Steinzeit lebten anscheinend schon Menschen auf der Insel": in a statement an adverb goes
                // before a subject without an article, as it stood before it ("Was brauchen Flugzeuge normalerweise?")
                && !(end.equals(".") && vorfeld.from() == vorfeld.to()
                    && "advmod".equals(clause.parse().word(vorfeld.word()).relation())
                    && (indefinite(clause, rest.get(0)) || withoutAnArticle(clause.parse(), rest.get(0).word())))) {
                at = 1;
            }
            // "Warum hatte man sich … entschlossen?": a pronoun subject goes before "sich", not after it
            boolean pronounSubjectFirst = vorfeld.from() == vorfeld.to()
                && clause.parse().word(vorfeld.word()).upos() == Upos.PRON
                && clause.parse().word(vorfeld.word()).relation().startsWith("nsubj");
            // "Der deutsche Staat verbietet es heute auch, …": a personal pronoun, too, before the time
            while (!pronounSubjectFirst && at < rest.size() && rest.get(at).from() == rest.get(at).to()
                && clause.parse().word(rest.get(at).word()).upos() == Upos.PRON
                && ("sich".equalsIgnoreCase(clause.parse().word(rest.get(at).word()).form())
                    || "expl".equals(clause.parse().word(rest.get(at).word()).relation())
                    || Set.of("obj", "iobj").contains(clause.parse().word(rest.get(at).word()).relation())
                        && PRONOUN_OBJECTS.contains(Words.lower(clause.parse().word(rest.get(at).word()).form()))
                        // "gab es Einblick …", with "es" read as the object: "es gibt", whose order stays as it was
                        && morphology.readings(clause.parse().word(clause.head()).form()).stream()
                            .noneMatch(m -> m.lemma().equals("geben")))) {
                // "Wie viele Bahnhöfe gibt es in Jena?": "es" of "es gibt", like "sich", stays right after the verb
                at++;
            }
            if (at > 0 && at < rest.size() && !rest.get(at).verbal() && vorfeld.from() < vorfeld.to()
                && "sich".equalsIgnoreCase(clause.parse().word(rest.get(at - 1).word()).form())
                && clause.parse().word(rest.get(at).word()).relation().startsWith("nsubj")
                && !clause.parse().word(vorfeld.word()).relation().startsWith("nsubj")
                && !clause.text(rest.get(at)).contains(",") && !indefinite(clause, rest.get(at))
                && !bareNounSubject(clause, rest.get(at)) && !postpositional(clause, vorfeld)) {
                // "Mit wem stritt sich Heine auch in Frankreich?": after "sich", a definite subject, too, stays before it
                // ("mischt sich zur Zeit des Nestbaus eine klebrige Flüssigkeit" keeps an indefinite one after)
                at++;
            }
            boolean subjectFirstBefore = clause.parse().word(vorfeld.word()).relation().startsWith("nsubj");
            // "Zuletzt nahmen die Aktivitäten wieder zu": a time adverb goes before "wieder", not after it
            boolean timeAdverb = vorfeld.from() == vorfeld.to()
                && TIME_BEFORE_SENTENCE_ADVERBS.contains(Words.lower(clause.parse().word(vorfeld.word()).form()));
            // "Seit Freitag fahren die Züge wieder": what happens again, from when, says the time before "wieder"
            boolean time = saysWhen(clause, vorfeld) || timeOfAnEvent(clause, vorfeld);
            while (!subjectFirstBefore && !timeAdverb && at < rest.size() && rest.get(at).from() == rest.get(at).to()
                && "advmod".equals(clause.parse().word(rest.get(at).word()).relation())
                && SENTENCE_ADVERBS.contains(clause.parse().word(rest.get(at).word()).form().toLowerCase(Locale.GERMAN))
                && !(time && Words.lower(clause.parse().word(rest.get(at).word()).form()).equals("wieder"))
                && !focusesTheNext(clause, rest, at)) {
                at++;
            }
            if (end.equals(".") && subjectFirstBefore && indefinite(clause, vorfeld)) {
                // "Ohne Reaktion blieb vorerst eine schriftliche Anfrage …": an indefinite subject goes after the adverbs,
                // not after one of manner ("hat ein … Kriegsveteran erfolglos versucht")
                while (at < rest.size() && rest.get(at).from() == rest.get(at).to()
                    && "advmod".equals(clause.parse().word(rest.get(at).word()).relation())
                    && morphology.readings(Words.lower(clause.parse().word(rest.get(at).word()).form())).stream()
                        .noneMatch(m -> m.upos() == Upos.ADJ)
                    // "müssen Bauern und Gärtner etwas … unternehmen": what is done, however the tagger read "etwas"
                    && !AMOUNTS_DONE.contains(Words.lower(clause.parse().word(rest.get(at).word()).form()))) {
                    at++;
                }
            }
            if (clause.parse().word(vorfeld.from()).form().equalsIgnoreCase("als")) {
                // "Als Regenwald-Aktivist betrachtet er sich nicht": "nicht" goes before the predicate it negates
                for (int n = at; n < rest.size(); n++) {
                    if (rest.get(n).from() == rest.get(n).to()
                        && clause.parse().word(rest.get(n).word()).form().equals("nicht")) {
                        at = n + 1;
                    }
                }
            }
            if (vorfeld.verbal() && rest.stream().allMatch(Constituents.Part::verbal)) {
                // "Ausgelöst hat die Diskussion …" asked as "Was hat ausgelöst?": a participle and nothing else
                return Optional.empty();
            }
            // "ist bereits seit Ende der 1980er Jahre schwach": a particle that grades the phrase after it stays with it
            while (at > 0 && at < rest.size() && rest.get(at - 1).from() == rest.get(at - 1).to()
                && rest.get(at - 1).to() + 1 == rest.get(at).from()
                && clause.parse().word(rest.get(at).from()).upos() == Upos.ADP
                && !SOURCE_PHRASE.matcher(clause.text(rest.get(at))).lookingAt()
                && GRADING_A_TIME_OR_PLACE.contains(Words.lower(clause.parse().word(rest.get(at - 1).word()).form()))) {
                at--;
            }
            rest.add(vorfeld.verbal() ? rest.size() : at, vorfeld);
        }
        for (int i = 0; i < rest.size() - 1; i++) {
            if (subordinate(clause, rest.get(i))) {
                return Optional.empty();
            }
        }
        Constituents.Part last = rest.isEmpty() ? null : rest.get(rest.size() - 1);
        boolean reflexiveSelbst = last != null && last.from() > 0 && last.from() == last.to()
            && clause.parse().word(last.word()).form().equalsIgnoreCase("selbst")
            && clause.parse().word(last.from() - 1).upos() == Upos.PRON;
        // "fuhr den Panzer den Rest der Strecke selbst": "selbst" at the end, after all but the subject, is himself,
        // which stays where it was ("Wer fuhr den Panzer … selbst?")
        boolean emphaticSelbst = last != null && last.from() == last.to() && moved != null && moved.to() + 1 < last.from()
            && clause.parse().word(last.word()).form().equals("selbst") && last.to() == clause.parse().words().size() - 2;
        // "Heute ist Alaska auch das Ziel vieler Touristen": asked for the predicate, "Was ist Alaska heute auch?"
        boolean predicateAsked = moved != null && moved.word() == clause.head()
            && !clause.parse().children(clause.head(), "cop").isEmpty();
        if (end.equals("?") && rest.size() > 1 && last.from() == last.to() && !reflexiveSelbst && !emphaticSelbst
            && !predicateAsked
            && FOCUS_PARTICLES.contains(clause.parse().word(last.word()).form().toLowerCase(Locale.GERMAN))) {
            // "Eine Rolle spielt auch die Religion" asked as "Was spielt auch eine Rolle?", not "… eine Rolle auch?"
            rest.remove(rest.size() - 1);
            int after = 0;
            while (after < rest.size() - 1 && rest.get(after).from() == rest.get(after).to()
                && clause.parse().word(rest.get(after).word()).upos() == Upos.PRON) {
                after++;
            }
            rest.add(after, last);
        }
        for (int i = 0; i + 1 < rest.size(); i++) {
            Constituents.Part subject = rest.get(i);
            Constituents.Part focusing = rest.get(i + 1);
            // "Anklage wurde auch gegen zwei Vizegouverneure … erhoben": the particle focused what is asked
            boolean focusedTheAsked = vorfeld != null && subject.from() == vorfeld.from() && moved != null
                && focusing.to() + 1 == moved.from();
            // "Nutzer können auch auf Nachrichten antworten": a bare plural behind the particle would be what it
            // singles out ("Worauf können auch Nutzer antworten?"); "Anklage" is part of what is done
            if (bareNounSubject(clause, subject) && focusing.from() == focusing.to()
                && (focusing.from() < subject.from() || focusedTheAsked && singularOnly(clause, subject))
                && FOCUS_PARTICLES.contains(Words.lower(clause.parse().word(focusing.word()).form()))) {
                // "Gegen wen wurde auch Anklage erhoben?": a subject without an article stays behind the particle;
                // "Pflüge ertragen auch mal einen Stein …" asks "Was ertragen Pflüge auch mal?"
                rest.add(i, rest.remove(i + 1));
                break;
            }
        }
        List<String> pieces = new ArrayList<>(List.of(front, verb));
        for (Constituents.Part part : rest) {
            boolean reportedLast = part == rest.get(rest.size() - 1) && part != vorfeld && subordinate(clause, part)
                && "ccomp".equals(clause.parse().word(part.word()).relation()) && contentClause(clause, part);
            if (containsFiniteVerb(clause, part) && !reportedLast) {
                return Optional.empty();
            }
            String plain = clause.text(part);
            String definite = withoutDemonstratives(clause, part);
            boolean demonstrative = !definite.equals(plain);
            if (demonstrative && circumstance(clause, part) && !argumentOfTheVerb(clause, part)) {
                if (end.equals(".")
                    && Set.of("in", "im", "an", "am", "bei", "beim").contains(written(clause, part.from()))) {
                    // "In diesen Bereichen arbeiten … mehr Männer als Frauen": only there, which without it would be
                    // said of everywhere
                    return Optional.empty();
                }
                if (Set.of("durch", "über").contains(written(clause, part.from()))) {
                    // "Durch diesen Kanal können Schiffe … in den Pazifischen Ozean fahren": the way, without which the
                    // question or statement says what any ship can do
                    return Optional.empty();
                }
                // "Wozu kommt es trotz dieser Regeln gelegentlich?": which rules, only the sentence before says, and
                // "trotz der Regeln" would not say it either; the question, or the statement, holds as well without
                continue;
            }
            String text = end.equals("?") ? definite : plain;
            if (end.equals("?") && demonstrative && demonstrativeSaysWhich(clause, part)) {
                // "Was fanden die Leute gut?" of "Diese Leute fanden …", "Wer brachte die Technik nach Europa?" of
                // "… brachten diese Technik …": which, only the sentence before says
                return Optional.empty();
            }
            if (text.endsWith("-")) {
                return Optional.empty();
            }
            boolean closesApposition = text.contains(",") && part != rest.get(rest.size() - 1)
                && (clause.parse().word(part.to()).form().equals(",") || part.to() + 1 < clause.parse().words().size()
                    && clause.parse().word(part.to() + 1).form().equals(","));
            pieces.add((part == vorfeld ? uncapitalised(clause, part, text) : text) + (closesApposition ? "," : ""));
        }
        if (pieces.size() == 2) {
            return Optional.empty();
        }
        String said = SPOKEN_ASIDE.matcher(SHORT_ASIDE.matcher(String.join(" ", pieces)).replaceAll("")).replaceAll("");
        if (said.contains("nicht nur ") && !said.contains("sondern")) {
            return Optional.empty();
        }
        String[] words = said.strip().replaceAll("[.?!]+$", "").split("\\s+");
        if (!said.contains(",") && FINITE_ONLY.contains(words[words.length - 1].toLowerCase(Locale.GERMAN))) {
            // "Was kritisiert besonders wurde?": a finite verb last is a second one, the parse took a participle for it
            return Optional.empty();
        }
        if (said.strip().matches(".*, \\p{L}+[.?]?")) {
            // "An der Einweihungsfeier nahmen König Juan Carlos, Königin Sophia, teil.": a list the parse cut short
            return Optional.empty();
        }
        return Optional.of(CLOSING_QUOTE_APART.matcher(said).replaceAll("$1“").replaceAll("\\s+,", ",")
            .replaceAll(",(\\s*,)+", ",").replaceAll("[\\s,;:.!–-]+$", "").strip() + end);
    }

    /**
     * "mit einer „virtuellen Bombe “ die Insel": a closing quotation mark the parse hung on the next phrase stands
     * apart once the phrases are joined; it closes the quotation before it.
     */
    private static final java.util.regex.Pattern CLOSING_QUOTE_APART = java.util.regex.Pattern.compile("(„[^“„]*\\S) “");

    /**
     * Whether a demonstrative in the phrase is all that says which thing its noun is: "diese Technik", not "diese
     * Erinnerung an eine Revolution", whose phrase after it says which.
     */
    private static boolean demonstrativeSaysWhich(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to()).mapToObj(parse::word)
            .anyMatch(w -> w.upos() == Upos.DET && DEMONSTRATIVE_ARTICLES.containsKey(Words.lower(w.form()))
                && w.head() >= 0 && parse.children(w.head(), "nmod").isEmpty()
                // "diese Erinnerung | an eine Revolution" with the phrase hung on the verb; not "diese Technik | im
                // Mittelalter", a time or a place, nor "diese Maßnahme | als …"
                && !(w.head() + 1 < parse.words().size() && parse.word(w.head() + 1).upos() == Upos.ADP
                    && NOUN_ATTACHING.contains(Words.lower(parse.word(w.head() + 1).form()))));
    }

    /**
     * "Von diesen Siedlern stammen … ab", "brauchte man für diese Strecke drei Wochen": a phrase the verb takes as its
     * object, or one with "für", "gegen" or "zu", without which the clause says nothing of what the sentence tells.
     */
    private boolean argumentOfTheVerb(Constituents clause, Constituents.Part part) {
        String preposition = Words.lower(clause.parse().word(part.from()).form());
        return ARGUMENT_PREPOSITIONS.contains(preposition) || takesItsObjectWith(clause, preposition);
    }

    private static final Set<String> ARGUMENT_PREPOSITIONS = Set.of("für", "gegen", "zu");

    /**
     * A phrase with a preposition that the verb can do without, and nothing after its noun but nouns joined to it:
     * "trotz dieser Regeln und Vorschriften", "aus diesen Veränderungen"; not "in diesem Text Niessl", where the parse
     * hung the verb's object on it.
     */
    private static boolean circumstance(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        Set<Integer> joined = new java.util.HashSet<>();
        parse.children(part.word(), "conj").forEach(c -> joined.addAll(parse.subtree(c)));
        return head.relation().equals("obl") && parse.word(part.from()).upos() == Upos.ADP
            && java.util.stream.IntStream.rangeClosed(part.word() + 1, part.to()).allMatch(joined::contains);
    }

    /**
     * The constituent with a demonstrative article made definite ("diesen Betrag" → "den Betrag"): in a question
     * the phrase points to what the article says without pointing back to a sentence the question does not show.
     * "In diesem Jahr" stays, a time the reader places without the sentence before, and so do "in diesem
     * Zusammenhang", "in dieser Beziehung" and "aus diesem Grund", which point back whatever their article; a subject "diesen …", which
     * cannot be one, is a misparse the gates are left to reject.
     */
    private String withoutDemonstratives(Constituents clause, Constituents.Part part) {
        String text = clause.text(part);
        for (int w = part.from(); w <= part.to(); w++) {
            Word word = clause.parse().word(w);
            String form = word.form().toLowerCase(Locale.GERMAN);
            if (word.upos() != Upos.DET || !"det".equals(word.relation()) || !DEMONSTRATIVE_ARTICLES.containsKey(form)
                || word.head() < 0 || ANAPHORIC_NOUNS.contains(clause.parse().word(word.head()).form())
                // "an diesem Sonntag": the coming one, from the day the article appeared, which "an dem" is not
                || Words.WEEKDAYS.contains(clause.parse().word(word.head()).form())
                // "dieser Tage": these days, which "der Tage" is not
                || form.equals("dieser") && clause.parse().word(word.head()).form().equals("Tage")
                || Words.SET_OUT_BEFORE.contains(clause.parse().word(word.head()).form())
                || clause.parse().word(part.word()).relation().startsWith("nsubj") && form.matches("diese[nm]")
                // "32 dieser Stacks": some of those the sentence before named, which "der" would point to as much
                || w > 0 && clause.parse().word(w - 1).upos() == Upos.NUM) {
                continue;
            }
            String article = form.equals("dieses") && genitiveOnly(clause.parse().word(word.head()).form()) ? "des"
                : DEMONSTRATIVE_ARTICLES.get(form);
            String replacement = Character.isUpperCase(word.form().charAt(0))
                ? Character.toUpperCase(article.charAt(0)) + article.substring(1) : article;
            text = text.replaceFirst("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word.form()) + "(?![\\p{L}\\p{N}])",
                replacement);
        }
        return text;
    }

    private boolean genitiveOnly(String noun) {
        List<Morph> readings = morphology.readings(noun);
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.GENITIVE));
    }

    private static final Map<String, String> DEMONSTRATIVE_ARTICLES = Map.of("diese", "die", "dieser", "der",
        "diesen", "den", "diesem", "dem", "dieses", "das");
    private static final Set<String> ANAPHORIC_NOUNS = Set.of("Jahr", "Jahres", "Monat", "Monats", "Woche",
        "Wochenende", "Sommer", "Herbst", "Winter", "Frühjahr", "Frühling", "Tag", "Tages", "Zeit", "Moment",
        "Zeitpunkt", "Zusammenhang", "Grund", "Grunde", "Fall", "Falle", "Bedingung", "Umstand", "Umständen", "Sinne", "Punkt", "Weise", "Art", "Stelle",
        // "in dieser Beziehung", in this respect: "in der Beziehung" would be a relationship
        "Beziehung", "Hinsicht",
        // "nach diesen Angaben": those of the sources the sentence before named, which "nach den Angaben" leaves open
        "Angaben");

    /**
     * "Von den 643 Messstationen … zeigten 52 Prozent eine Überschreitung": the phrase first says of what the subject's
     * count is a share, and belongs beside it wherever the subject goes.
     */
    private static boolean partitiveFirst(Constituents clause) {
        Parse parse = clause.parse();
        Constituents.Part first = clause.vorfeld();
        return Set.of("von", "vom").contains(Words.lower(parse.word(first.from()).form()))
            && clause.constituents().stream().anyMatch(p -> p != first && parse.word(p.word()).relation().startsWith("nsubj")
                && parse.word(p.from()).upos() == Upos.NUM && (parse.word(p.word()).upos() == Upos.NUM
                    || SHARES_OF_A_WHOLE.contains(parse.word(p.word()).form())));
    }

    /**
     * "Von den ursprünglichen Mitgliedern war nur noch Manfred Durban dabeigeblieben": the phrase first says whom the
     * subject, only one of them, is one of; no one acts from them ("Von wem war … dabeigeblieben?").
     */
    private static boolean ofWhomTheSubjectIsOne(Constituents clause, Constituents.Part asked) {
        Parse parse = clause.parse();
        Constituents.Part first = clause.vorfeld();
        // ("war … dabeigeblieben" read as a passive with "sein"; one with "werden" has its agent after "von")
        boolean withWerden = parse.children(clause.head()).stream().map(parse::word)
            .anyMatch(w -> w.relation().equals("aux:pass") && WERDEN.contains(Words.lower(w.form())));
        return asked == first && !withWerden && first.from() + 1 < first.to()
            && (Words.lower(parse.word(first.from()).form()).equals("von")
                && Set.of("den", "der", "dem").contains(Words.lower(parse.word(first.from() + 1).form()))
                || Words.lower(parse.word(first.from()).form()).equals("vom"))
            && clause.constituents().stream().filter(p -> parse.word(p.word()).relation().startsWith("nsubj"))
                .anyMatch(p -> p.from() > 0 && Words.lower(parse.word(p.from() - 1).form()).equals("nur")
                    || p.from() > 1 && Words.lower(parse.word(p.from() - 1).form()).equals("noch")
                        && Words.lower(parse.word(p.from() - 2).form()).equals("nur")
                    // "Vom Indochinesischen Tiger leben noch etwa 300 bis 400 Tiere": how many of them
                    || java.util.stream.IntStream.rangeClosed(p.from(), p.to())
                        .anyMatch(w -> parse.word(w).upos() == Upos.NUM));
    }

    private static final Set<String> WERDEN = Set.of("werde", "wird", "werden", "wurde", "wurden", "worden", "würde",
        "würden");

    private static final Set<String> SHARES_OF_A_WHOLE = Set.of("Prozent", "Prozentpunkte", "Drittel", "Viertel", "Hälfte",
        "Fünftel", "Zehntel");

    /**
     * "…, während sich ihr Bruder hinter einem Fahrzeug verbergen konnte": a clause apart from the main clause whose
     * subject is someone's, and the owner named in the main clause the statement leaves out.
     */
    private static boolean ownerLeftInTheMainClause(Constituents clause) {
        Parse parse = clause.parse();
        return clause.head() != parse.root() && clause.constituents().stream()
            .filter(p -> parse.word(p.word()).relation().startsWith("nsubj"))
            .anyMatch(p -> parse.children(p.word()).stream().anyMatch(c -> OWNERS.matcher(
                Words.lower(parse.word(c).form())).matches() && parse.word(c).upos() == Upos.DET));
    }

    private static final java.util.regex.Pattern OWNERS = java.util.regex.Pattern.compile("(?:sein|ihr)(?:e|en|em|er|es)?");

    /** The clause negated, a false statement ({@link Negation}); empty when it is not simple enough. */
    Optional<String> negated(Constituents clause) {
        if (objectFirstAsTheParseReadsIt(clause) || tooManyArguments(clause) || !subjectAgrees(clause)
            || misreadWords(clause) || predicateHungOnAPhrase(clause.parse(), clause.head())
            || placedByABareCompassPoint(clause)
            || argumentPartOfWhatUntold(clause)
            || objectReadIntoTheSubject(clause) || commonNounsTakenForAName(clause)
            // "Bei dieser Methode wird der Abdruck nicht im Labor … untersucht": which method, only the sentence before
            // says, and "bei der Methode" would not say it either
            || clause.constituents().stream().anyMatch(p -> demonstrativeSaysWhich(clause, p))
            // "Die HDP bestreitet entschieden keine Nähe zur PKK.": a denial denied, which no learner reads straight
            || verbAmong(clause, DENYING_VERBS)
            // "Die Israelis nannten den Krieg später Unabhängigkeitskrieg nicht.": the name, which "nicht" would deny,
            // stands last, where the negation does not go before it
            || verbAmong(clause, NAMING_AS)
            || clause.constituents().stream().anyMatch(p -> resultHungOnTheObject(clause, p))
            || namedBesideAPhrase(clause)
            // "hält keine Veröffentlichung … jedoch für unbedenklich": the "jedoch" of the sentence, which the negation
            // keeps, ties it to the one before as it no longer can
            || clause.parts().stream().anyMatch(p -> p != clause.vorfeld() && connective(clause, p))) {
            return Optional.empty();
        }
        Negation negation = new Negation(this::isTime,
            w -> w.upos() == Upos.NOUN || w.upos() == Upos.PROPN && commonNounOnly(w.form()));
        return negation.of(clause).filter(statement -> !NEGATION_HARD_TO_READ.matcher(statement).find());
    }

    /**
     * "ist nicht unbekannt", a double negative; "erreichte kein 1:1", a score no one negates so; "nicht offenbar": false
     * statements a learner stumbles over for their German, not for what the article says.
     */
    private static final java.util.regex.Pattern NEGATION_HARD_TO_READ = java.util.regex.Pattern.compile(
        "\\bnicht un\\p{Ll}{4,}\\b|\\bkein(?:e|en|er|em)? \\d+:\\d+"
            // "ist nicht offenbar Bestandteil", "kostet … nicht anstatt vier Euro": "nicht" before a hedge or a
            // comparison, which it does not deny
            + "|\\bnicht (?:offenbar|offensichtlich|anscheinend|vermutlich|angeblich|wohl|anstatt|statt)\\b");

    /**
     * The clause said another way, and so no copy of the article's sentence: another of its constituents first
     * ("Am Montag traf NATO-Generalsekretär Mark Rutte in Berlin …" for "NATO-Generalsekretär Mark Rutte traf am
     * Montag in Berlin …"), chosen by {@code random} among the time and place phrases, objects and subject.
     */
    Optional<String> restated(Constituents clause, People people, java.util.Random random) {
        if (objectFirstAsTheParseReadsIt(clause) || passiveWithAnObject(clause) || tooManyArguments(clause)
            || !subjectAgrees(clause) || modalWithoutItsInfinitive(clause) || auxiliaryOnlyAfterTheLastVerb(clause)
            || placedByABareCompassPoint(clause)
            || argumentPartOfWhatUntold(clause)
            || twoActiveSubjects(clause) || manReadAsAnObject(clause) || gapped(clause) || idiom(clause) || nameFrom(clause)
            || comparedWithSo(clause) || agentReadAsObject(clause) || subjectBesideAPassiveSubject(clause)
            || clause.nameReadAsObject(morphology) || contentOfSayingLeftOut(clause) || relativeClauseOnTheVerb(clause)
            || oneOfTwo(clause) || correctedBySondern(clause) || misreadWords(clause) || saidWithoutWhat(clause)
            || listWithWieAuch(clause) || nameAfterTheVerbReadAsObject(clause)
            || Words.subjunctiveOfAnotherVerb(clause.finiteText(), morphology) || finiteAfterAnAuxiliary(clause)
            || frameInserted(clause) || verbAmong(clause, NAMING_AS) || namedBesideAPhrase(clause)
            || clause.constituents().stream().anyMatch(part -> saidByALaterRelativeClause(clause, part)
                && (clause.parse().word(part.word()).relation().startsWith("nsubj")
                    || clause.parse().word(part.word()).relation().equals("obj")))
            || ownerLeftInTheMainClause(clause) || partitiveFirst(clause)
            || attributeReadAsThePlacesPhrase(clause) || sichReadIntoAPhrase(clause)
            || articleForANounBefore(clause.parse(), clause.head()) || umZuReadAsAPhrase(clause.parse())
            || objectReadIntoTheSubject(clause) || yearReadAsACount(clause) || hardlyAny(clause)
            || commonNounsTakenForAName(clause) || unknownAdverbFirst(clause)
            // "Der Schatz wird auf ihr Schiff verladen": whose, only the sentences before say
            || possessiveOwnedByNothingSaid(clause)
            // "Ein Lehrer aus Okinawa hat es … bekannt gemacht": what "es" is, only the sentence before says ("lehnt
            // es ab, den Antrag … vorzulegen" says it after the comma)
            || clause.constituents().stream().anyMatch(p -> p.from() == p.to()
                && clause.parse().word(p.word()).relation().equals("obj")
                && Words.lower(clause.parse().word(p.word()).form()).equals("es"))
                && clause.parse().words().stream().noneMatch(w -> w.form().equals(","))
            // "Angeblich haben das vier Männer getan": what "das" is, only the sentence before says, whether the parse
            // makes it the object or the article of a plural it cannot be
            || clause.constituents().stream().anyMatch(p -> p.from() == p.to()
                && clause.parse().word(p.word()).relation().equals("obj")
                && clause.parse().word(p.word()).upos() == Upos.PRON
                && Set.of("das", "dies").contains(Words.lower(clause.parse().word(p.word()).form())))
            || dasBeforeACount(clause.parse())
            // "Der Ausdruck „Allah“ 2.699 Mal erscheint im Koran": how often, read into the subject
            || clause.constituents().stream().anyMatch(p -> p.from() < p.to()
                && (clause.parse().word(p.word()).relation().startsWith("nsubj")
                    || clause.parse().word(p.word()).relation().equals("obj"))
                && clause.parse().word(p.to()).form().equals("Mal")
                && clause.parse().word(p.to() - 1).upos() == Upos.NUM)) {
            return Optional.empty();
        }
        Optional<String> reported = reportedFirst(clause);
        if (reported.isPresent()) {
            return reported;
        }
        if (clause.parts().stream().anyMatch(part -> mayDescribeTheNounBefore(clause, part))) {
            // whatever moves, the phrase ends up apart from its noun, or first without it
            return Optional.empty();
        }
        Word vorfeldHead = clause.parse().word(clause.vorfeld().word());
        if (vorfeldHead.upos() == Upos.VERB && !vorfeldHead.relation().startsWith("nsubj")
            && clause.vorfeld().word() != clause.head()
            || clause.text(clause.vorfeld()).equalsIgnoreCase("unter anderem")) {
            // "Gestartet als Zwei-Mann-Expedition gab sein Partner … auf": a participle's clause, or "unter anderem",
            // belongs first and cannot be put back among the others
            return Optional.empty();
        }
        List<Constituents.Part> movable = new ArrayList<>();
        for (Constituents.Part part : clause.parts()) {
            String relation = clause.parse().word(part.word()).relation();
            boolean kind = relation.startsWith("obl") || relation.equals("obj") && unambiguouslyAccusative(clause, part)
                || relation.startsWith("nsubj")
                || relation.equals("iobj") || relation.equals("advmod")
                    && MOVABLE_ADVERBS.contains(clause.parse().word(part.word()).form().toLowerCase(Locale.GERMAN))
                || relation.equals("head") && clause.parse().word(part.word()).upos() == Upos.ADJ
                    && !clause.parse().children(part.word(), "cop").isEmpty();
            Upos last = clause.parse().word(part.to()).upos();
            boolean endsNominal = last == Upos.NOUN || last == Upos.PROPN || last == Upos.NUM || part.from() == part.to()
                || relation.equals("head") || clause.parse().word(part.to()).form().equals(")");
            // "Über Nacht werden nicht Veränderungen erzielt": the phrase "nicht" denies stays behind it; "in etwa 5
            // Stunden" put first reads as a time; "beim Euro-Hilfsfonds ESM – Merkel": a headline's two clauses
            boolean stays = part.from() > 0 && Words.lower(clause.parse().word(part.from() - 1).form()).equals("nicht")
                || clause.text(part).matches("(?i)in etwa .*|.* [-–] .*");
            if (!stays && (!part.verbal() || relation.equals("head")) && kind && endsNominal && !containsFiniteVerb(clause, part)
                && !partOfTheVerb(clause, part) && !endsInPartOfTheVerb(clause.text(part).split("\\s+"))
                && !connective(clause, part)
                && Words.count(clause.text(part)) <= MAX_ANSWER_WORDS && !clause.text(part).contains(",")
                && clause.parse().word(part.from()).upos() != Upos.PRON
                && !(part.from() == part.to() && clause.parse().word(part.from()).upos() == Upos.DET)
                && !attributeAfterANoun(clause, part) && !attributeFollows(clause, part) && !splitsARange(clause, part)
                && !ownPhraseFollows(clause, part) && !eventsDate(clause, part) && !eventBeforeItsDate(clause, part)
                && !personWithTheVerbsZu(clause, part) && !relativeClauseFollows(clause, part)
                && !closedByAbgesehen(clause, part)
                && !placeOfAnAbstractNounFollows(clause, part)
                && !measureInside(clause, part) && !verbsIdiomInside(clause, part) && !roleInside(clause, part)
                && !(relation.startsWith("nsubj")
                    && clause.parse().word(part.from()).upos() == Upos.ADV)
                && !besideAnAttribute(clause, part) && !agentInsideAPhrase(clause, part)
                && !staysInPlace(clause, part, relation) && !comparedWith(clause, part) && !gappedInside(clause, part)
                && !placesGoOnAfterAComma(clause, part) && !measureOfTheAdjectiveAfter(clause, part)
                && !bareNounBeforeAPlace(clause, part)
                && clause.parts().stream().noneMatch(p -> p.to() + 1 == part.from() && bareNounBeforeAPlace(clause, p))
                && !(relation.equals("iobj") && clause.parse().word(part.from()).form().equalsIgnoreCase("der"))
                && !countBeforeItsPhrase(clause, part) && !verbsPhraseMayBeInside(clause, part)
                && !bareAnPhraseInside(clause, part) && !saidAgainAfterAComma(clause, part)
                && !takesTheAnAfterIt(clause, part) && !nounPhraseBeforeAPrepositionalOne(clause, part)
                && !comparisonsOther(clause, part) && !timeWithAnotherPhrase(clause, part)
                && !opensWithASentenceAdverb(clause, part) && !gradedFromBefore(clause, part)
                && !clause.phraseOfTheNounBeforeIt(part, morphology) && !idiomaticPhrase(clause, part)
                && !afterADirection(clause, part) && !mitAsAnAdverb(clause, part)
                && !verbsPhraseHungOnANoun(clause, part)
                && !commonNounReadIntoAName(clause, part)
                // "Wie die geplante Konzertreihe in London heißt der Titel.": a comparison goes after what it compares
                && !Words.lower(clause.parse().word(part.from()).form()).equals("wie")
                // "meinte ein Astronom, mit seinem Fernrohr Rillen auf dem Mars zu sehen": the infinitive's phrase,
                // which the parse may hang on the main verb
                && !beforeAZuInfinitive(clause, part)
                && java.util.stream.IntStream.rangeClosed(part.from(), part.to())
                    .noneMatch(w -> placeHungOnAName(clause.parse(), w))) {
                movable.add(part);
            }
        }
        java.util.Collections.shuffle(movable, random);
        for (Constituents.Part part : movable) {
            String text = clause.text(part);
            String front = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            boolean subject = clause.parse().word(part.word()).relation().startsWith("nsubj");
            Optional<String> statement = arrange(clause, part, front, clause.finiteText(), subject, ".")
                .filter(s -> !s.equals(clause.sentence().text().strip().replaceAll("\\s+", " ")))
                .filter(s -> !comparisonLeftOut(clause, s))
                .filter(s -> !onlyParticlesLeft(s, front, clause.finiteText()))
                .filter(s -> !relativeClauseOfAnIndefiniteLeftOut(clause, s))
                .filter(s -> !relativeClauseOfADefiniteLeftOut(clause, s, List.of(), people))
                .filter(s -> !negationMovedOnto(clause, s))
                .filter(s -> !gradingTornFromItsWord(clause, s));
            if (statement.isPresent()) {
                return statement;
            }
        }
        return Optional.empty();
    }

    /**
     * "Danaben werden viele Produkte … verkauft": a misspelt adverb first, which no dictionary knows, so neither its
     * case in the middle of a sentence nor whether it belongs there is known.
     */
    private boolean unknownAdverbFirst(Constituents clause) {
        Constituents.Part vorfeld = clause.vorfeld();
        Word first = clause.parse().word(vorfeld.from());
        return vorfeld.from() == vorfeld.to() && first.upos() == Upos.ADV && morphology.readings(first.form()).isEmpty()
            && morphology.readings(Words.lower(first.form())).isEmpty();
    }

    /**
     * "wurde als Lawinenhund sehr bekannt" with "sehr" a phrase of its own: it grades the word after it, which a
     * statement that puts the subject between them ("wurde sehr ein Bernhardiner … bekannt") tears apart.
     */
    private static boolean gradingTornFromItsWord(Constituents clause, String statement) {
        Parse parse = clause.parse();
        return clause.parts().stream().anyMatch(part -> part.from() == part.to()
            && GRADING_ONLY_WORDS.contains(Words.lower(parse.word(part.from()).form()))
            && part.to() + 1 < parse.words().size() && part.to() + 1 == clause.head()
            && !(" " + Words.lower(statement)).contains(" " + Words.lower(parse.word(part.from()).form() + " "
                + parse.word(part.to() + 1).form())));
    }

    private static boolean accusativeBeforeAName(Constituents clause, int at) {
        return at > 0 && Set.of("den", "einen").contains(Words.lower(clause.parse().word(at - 1).form()))
            && clause.parse().word(at - 1).head() == at;
    }

    private static boolean beforeAZuInfinitive(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return part.to() + 2 < parse.words().size() && Words.lower(parse.word(part.to() + 1).form()).equals("zu")
            && parse.word(part.to() + 2).upos() == Upos.VERB;
    }

    /**
     * "Mit im Boot sitzen auch …", "nimmt … die Assistenten mit nach Amsterdam": "mit" before another preposition is
     * an adverb ("as well", "along"), not the phrase's preposition.
     */
    private static boolean mitAsAnAdverb(Constituents clause, Constituents.Part part) {
        return Words.lower(clause.parse().word(part.from()).form()).equals("mit") && part.from() < part.to()
            && clause.parse().word(part.from() + 1).upos() == Upos.ADP;
    }

    /**
     * "kamen Menschen aus Skandinavien nach England", "leben die meisten Menschen von der Landwirtschaft": the phrase
     * the verb takes ("kommen nach", "leben von"), which the parse hung on a noun; moved or asked with the noun, it
     * would leave the verb without it ("Menschen aus Skandinavien nach England kamen …", "Wer lebt ansonsten?").
     */
    private boolean verbsPhraseHungOnANoun(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Set<String> lemmas = morphology.readings(parse.word(clause.head()).form()).stream()
            .filter(m -> m.upos() == Upos.VERB).map(Morph::lemma).collect(java.util.stream.Collectors.toSet());
        Set<String> verbsOwn = parse.children(clause.head()).stream().filter(c -> parse.word(c).relation()
            .startsWith("obl")).flatMap(c -> parse.children(c, "case").stream())
            .map(c -> Words.lower(parse.word(c).form())).collect(java.util.stream.Collectors.toSet());
        // "geht … zurück": a verb with its particle is another verb
        // "Worum geht es … ? – um die Beziehung eines Sohnes zu seinem Vater": the way hangs on one who moves
        boolean subject = parse.word(part.word()).relation().startsWith("nsubj");
        boolean moving = subject && lemmas.stream().anyMatch(MOVING::contains)
            && parse.children(clause.head(), "compound:prt").isEmpty();
        // "Ursprünglich kommt das Fußballspiel aus England": a verb of coming with no phrase of its own at all
        boolean origin = subject && lemmas.stream().anyMatch(ORIGIN::contains) && parse.children(clause.head()).stream()
            .noneMatch(c -> parse.word(c).relation().startsWith("obl"));
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to())
            .filter(w -> w != part.word() && parse.word(w).relation().equals("nmod") && nounsAllTheWay(parse, w, part))
            .flatMap(w -> parse.children(w, "case").stream().mapToInt(Integer::intValue))
            .mapToObj(c -> Words.lower(parse.word(c).form()))
            .anyMatch(preposition -> moving && DIRECTIONS_TAKEN.contains(preposition)
                || origin && Set.of("aus", "von").contains(preposition)
                || !verbsOwn.contains(preposition) && lemmas.stream()
                    .anyMatch(l -> preposition.equals(PREPOSITION_OF_THE_VERB.get(l))));
    }

    /**
     * "in Englisch Geschäftsbriefe oder Bestellungen" with "Geschäftsbriefe" read as the rest of the name "Englisch",
     * "die Bauern Landwirtschaft", "in Panama Spanisch": the object read into the phrase before it, which moved or
     * asked together read as one ("In Englisch Geschäftsbriefe … müssen Kaufleute schreiben.").
     */
    private boolean commonNounReadIntoAName(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to()).filter(w -> w > 0).anyMatch(w -> {
            Word word = parse.word(w);
            Word before = parse.word(w - 1);
            boolean readOn = word.head() == w - 1 && Set.of("flat", "appos").contains(word.relation())
                && Set.of(Upos.NOUN, Upos.PROPN).contains(word.upos())
                && Set.of(Upos.NOUN, Upos.PROPN).contains(before.upos()) && !NAMING_NOUNS.contains(before.form())
                // "vom Atlantischen Ozean": a name of an adjective and a noun
                && !(before.form().matches(".*(?:e|en|er|es|em)") && morphology.readings(Words.lower(before.form()))
                    .stream().anyMatch(m -> m.upos() == Upos.ADJ));
            // "Utah Jazz" and "die Billigfluggesellschaft Ryanair" are names, "Panama Spanisch" a language read into
            // one, "die Bauern Landwirtschaft" an abstract noun no one is named
            boolean afterACommonNoun = before.upos() == Upos.NOUN && !morphology.readings(before.form()).isEmpty()
                && morphology.readings(before.form()).stream().allMatch(m -> m.upos() == Upos.NOUN)
                && word.form().matches("\\p{Lu}\\p{Ll}+(?:schaft|ung|heit|keit|tum|nis)");
            boolean language = word.form().matches("\\p{Lu}\\p{Ll}+isch|Deutsch");
            // "erklärten die USA Japan den Krieg": two lands, the second the verb's dative, are no name of two words
            // ("die USA", "die VAE": letters the dictionary knows as a plural only)
            boolean landBefore = isCountry(before) || before.form().matches("\\p{Lu}{2,4}")
                && !morphology.readings(before.form()).isEmpty()
                && morphology.readings(before.form()).stream().allMatch(m -> m.has(Feature.PLURAL));
            boolean twoLands = word.relation().equals("flat") && isCountry(word) && landBefore;
            return readOn && (word.relation().equals("flat") && word.upos() == Upos.NOUN && aPlural(word.form())
                || commonNounOnly(word.form()) && (afterACommonNoun || language) || twoLands);
        });
    }

    /** "Landwirtschaft", "Spanisch": a noun the dictionary knows, and as no name. */
    private boolean commonNounOnly(String word) {
        List<Morph> readings = morphology.readings(word);
        return readings.stream().anyMatch(m -> m.upos() == Upos.NOUN && m.lemma().equals(word))
            && readings.stream().allMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.ADJ);
    }

    /** "das Wort Amok", "der Begriff Demokratie": nouns that a word or a name follows as what they name. */
    private static final Set<String> NAMING_NOUNS = Set.of("Wort", "Begriff", "Name", "Titel", "Ausdruck",
        "Bezeichnung", "Fach", "Thema", "Motto");

    /** "Bestellungen", and a compound by its last part where the dictionary lacks it: a common noun in the plural. */
    private boolean aPlural(String noun) {
        for (int from = 0; from <= noun.length() - 4; from++) {
            List<Morph> readings = morphology.readings(from == 0 ? noun : Words.capitalise(noun.substring(from)));
            if (!readings.isEmpty()) {
                return readings.stream().allMatch(m -> m.upos() == Upos.NOUN)
                    && readings.stream().anyMatch(m -> m.has(Feature.PLURAL) && m.has(Feature.NOMINATIVE));
            }
        }
        return false;
    }

    /** "Menschen aus Skandinavien nach England", not "der von Österreich nach Bayern kommenden Flüchtlinge". */
    private static boolean nounsAllTheWay(Parse parse, int word, Constituents.Part part) {
        int at = word;
        while (at != part.word()) {
            if (at < 0 || !Set.of("nmod", "flat").contains(parse.word(at).relation())) {
                return false;
            }
            at = parse.word(at).head();
        }
        return true;
    }

    private static final Set<String> MOVING = Set.of("kommen", "gehen", "ziehen", "fahren", "fliegen", "reisen",
        "fliehen", "flüchten", "wandern", "auswandern", "einwandern", "zurückkehren", "gelangen", "segeln", "laufen");
    private static final Set<String> DIRECTIONS_TAKEN = Set.of("nach", "zu", "zum", "zur");
    private static final Set<String> ORIGIN = Set.of("kommen", "stammen");
    private static final Map<String, String> PREPOSITION_OF_THE_VERB = Map.ofEntries(Map.entry("leben", "von"),
        Map.entry("bestehen", "aus"), Map.entry("stammen", "aus"), Map.entry("handeln", "von"),
        Map.entry("abhängen", "von"), Map.entry("profitieren", "von"), Map.entry("träumen", "von"),
        Map.entry("leiden", "unter"),
        // "Man unterteilt die Wirbelsäule in verschiedene Abschnitte"
        Map.entry("unterteilen", "in"), Map.entry("einteilen", "in"), Map.entry("aufteilen", "in"),
        Map.entry("gliedern", "in"), Map.entry("verwandeln", "in"), Map.entry("übersetzen", "in"),
        // "Deshalb zählt man die Aprikosen zu den Steinfrüchten", "erkennt man noch das Zentrum an einer Kirche"
        Map.entry("zählen", "zu"), Map.entry("erkennen", "an"),
        // "bringt man die Lunte zum Glühen"
        Map.entry("bringen", "zu"),
        // "Meist beginnt eine Freundschaft mit gegenseitiger Sympathie"
        Map.entry("beginnen", "mit"), Map.entry("anfangen", "mit"), Map.entry("enden", "mit"));

    /** "ereignete sich südöstlich von Bethlehem": the place a direction is taken from stays after the direction. */
    private static boolean afterADirection(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return part.from() > 0 && Set.of("von", "vom").contains(Words.lower(parse.word(part.from()).form()))
            && DIRECTION.matcher(Words.lower(parse.word(part.from() - 1).form())).matches();
    }

    private static final java.util.regex.Pattern DIRECTION = java.util.regex.Pattern.compile(
        "(?:nord|süd|ost|west|nordost|nordwest|südost|südwest)(?:lich|östlich|westlich)?|(?:süd|nord)?(?:öst|west)lich"
            + "|unweit|nahe|jenseits|diesseits|oberhalb|unterhalb|links|rechts");

    /**
     * "Vor der Entsendung bemannter Missionen sind Missionen geplant, die sich … stützen sollen": a relative clause the
     * parse hung on the verb, on a noun with no article that it alone says which it is; a statement said another way
     * would leave it behind or lose it.
     */
    private static boolean relativeClauseOnTheVerb(Constituents clause) {
        Parse parse = clause.parse();
        boolean relative = parse.children(clause.head()).stream().anyMatch(c -> parse.word(c).relation().startsWith("acl")
            && parse.children(c).stream().anyMatch(d -> parse.word(d).upos() == Upos.PRON
                && Constituents.RELATIVE_PRONOUNS.contains(Words.lower(parse.word(d).form()))));
        // "… hatte die Opposition eine Klageschrift eingereicht, nach der …" says what it did without the clause
        return relative && clause.constituents().stream().anyMatch(part -> part.from() == part.to()
            && parse.word(part.word()).upos() == Upos.NOUN);
    }

    /**
     * "werden als viel mehr gesehen als ein persönlicher Lebensstil": the "als" phrase after a comparative is what the
     * comparison measures against, and stays after it.
     */
    private static boolean comparisonsOther(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        String first = Words.lower(parse.word(part.from()).form());
        return (first.equals("als") || first.equals("wie")) && java.util.stream.IntStream.range(0, part.from())
            .mapToObj(parse::word).anyMatch(w -> COMPARATIVES.contains(Words.lower(w.form()))
                || (w.upos() == Upos.ADJ || w.upos() == Upos.ADV) && Words.lower(w.form()).endsWith("er"));
    }

    private static final Set<String> COMPARATIVES = Set.of("mehr", "weniger", "anders", "eher", "lieber", "so",
        "genauso", "ebenso");

    /**
     * "Die UEFA hatte die Nationalmannschaft … platziert." parsed with "Die UEFA" as the object: before the verb, a
     * phrase that may be nominative as well as accusative is the subject as a reader takes it, so the parse's subject
     * and object cannot be trusted for a question or a statement.
     */
    private boolean objectFirstAsTheParseReadsIt(Constituents clause) {
        Constituents.Part first = clause.vorfeld();
        if (first == null || !"obj".equals(clause.parse().word(first.word()).relation())) {
            return false;
        }
        return clause.parts().stream().filter(p -> "nsubj".equals(clause.parse().word(p.word()).relation())).findFirst()
            .filter(subject -> nominativeOrAccusative(clause, first) && nominativeOrAccusative(clause, subject))
            .isPresent();
    }

    /**
     * "Der Oberste Gerichtshof hat das Mitteilungsheft … verboten" parsed with the court as a phrase of the verb and
     * the booklet as the subject: "Der" before a masculine noun in the singular is nominative only, so the parse's
     * roles cannot be trusted.
     */
    private boolean nominativeReadAsAnotherCase(Constituents clause) {
        Constituents.Part first = clause.vorfeld();
        Parse parse = clause.parse();
        if (first == null || !Set.of("obl", "iobj").contains(parse.word(first.word()).baseRelation())
            || !parse.word(first.from()).form().equals("Der") || !parse.children(first.word(), "case").isEmpty()) {
            return false;
        }
        List<Morph> nouns = morphology.readings(parse.word(first.word()).form()).stream()
            .filter(m -> m.upos() == Upos.NOUN).toList();
        return !nouns.isEmpty() && nouns.stream().allMatch(m -> m.has(Feature.MASCULINE) && m.has(Feature.SINGULAR));
    }

    /**
     * "Eine Forderung der EU-Außenminister … lehnte das israelische Sicherheitskabinett vorerst ab" parsed with the
     * demand as the subject: when neither phrase shows its case, a body or person as the object of a thing is the
     * parse's mistake, and every question and statement would turn the sentence round.
     */
    private boolean agentReadAsObject(Constituents clause) {
        Parse parse = clause.parse();
        Optional<Constituents.Part> subject = clause.constituents().stream()
            .filter(p -> "nsubj".equals(parse.word(p.word()).relation())).findFirst();
        Optional<Constituents.Part> object = clause.constituents().stream()
            .filter(p -> "obj".equals(parse.word(p.word()).relation())).findFirst();
        if (subject.isEmpty() || object.isEmpty() || !nominativeOrAccusative(clause, subject.get())
            || !nominativeOrAccusative(clause, object.get()) || parse.word(subject.get().word()).upos() != Upos.NOUN
            || personOrBody(parse.word(subject.get().word()))) {
            return false;
        }
        Word objectHead = parse.word(object.get().word());
        boolean numberTellsThem = isPlural(objectHead) != isPlural(parse.word(subject.get().word()));
        return !numberTellsThem && personOrBody(objectHead);
    }

    private boolean personOrBody(Word head) {
        return head.upos() == Upos.NOUN && (isPersonNoun(head) || personLemma(head)
            || WhPhrases.agent(lemma(head).toLowerCase(Locale.GERMAN)));
    }

    /**
     * "Was kritisiert die Bundesregierung?" for "Die Grünen kritisieren die Bundesregierung": with "was" (nominative
     * or accusative) for the subject, an object that may be nominative and could act itself (a person, an
     * organisation) reads as the subject, and the question asks the other way round.
     */
    private boolean objectReadAsSubject(Constituents clause, People people) {
        return clause.constituents().stream()
            .anyMatch(p -> "obj".equals(clause.parse().word(p.word()).relation()) && nominativeOrAccusative(clause, p)
                && (isPersonNoun(clause.parse().word(p.word())) || isNamedPerson(clause, p, people)
                    || clause.parse().word(p.word()).upos() == Upos.PROPN
                    || WhPhrases.agent(Words.lower(clause.parse().word(p.word()).form()))));
    }

    /**
     * "Die Laudatio hielt die bekannte Feministin Alice Schwarzer" parsed with the speech as the subject: a thing first
     * whose case does not show, and a person after the verb who may be nominative, is an object put first; asking
     * "Wen hielt die Laudatio?" would ask the other way round.
     */
    private boolean thingFirstBeforeAPerson(Constituents clause, People people) {
        Constituents.Part first = clause.vorfeld();
        return first != null && clause.parse().word(first.word()).relation().startsWith("nsubj")
            && nominativeOrAccusative(clause, first) && !isPerson(clause, first, people)
            && objectReadAsSubject(clause, people);
    }

    /** "rund 50.000 Zuschauer", "mehr als 20 Menschen": words before a number that show no case. */
    private static final Set<String> APPROXIMATELY = Set.of("rund", "etwa", "ca.", "circa", "knapp", "fast", "über",
        "mehr", "weniger", "als", "mindestens", "höchstens", "bis", "zu", "nur", "gut");

    /** Whether a phrase may be nominative as well as accusative: "die UEFA", "das Auto", a bare name or plural. */
    private static boolean nominativeOrAccusative(Constituents clause, Constituents.Part part) {
        int at = part.from();
        while (at < part.to() && APPROXIMATELY.contains(clause.parse().word(at).form().toLowerCase(Locale.GERMAN))) {
            at++;
        }
        if (at + 2 <= part.to() && FOCUSING_PAIRS.contains(Words.lower(clause.parse().word(at).form() + " "
            + clause.parse().word(at + 1).form()))) {
            // "Vor allem Schwermetalle … schwächen die Wale": the phrase after "vor allem" shows the case
            at += 2;
        }
        Word first = clause.parse().word(at);
        return first.upos() == Upos.NOUN || first.upos() == Upos.PROPN || first.upos() == Upos.NUM
            || NOMINATIVE_OR_ACCUSATIVE.contains(first.form().toLowerCase(Locale.GERMAN))
            // "teure Überraschungen": an adjective with no article before it, in "-e" either case
            || first.upos() == Upos.ADJ && first.form().endsWith("e");
    }

    /**
     * "zur Verfügung stehen", "in Kraft treten": a preposition and a bare noun that are part of the verb's meaning,
     * which German does not put first without a reason ("Zur Verfügung soll das Medikament … stehen.").
     */
    private static boolean partOfTheVerb(Constituents clause, Constituents.Part part) {
        String[] words = clause.text(part).split("\\s+");
        return words.length == 2 && endsInPartOfTheVerb(words)
            || IDIOMATIC_PHRASES.contains(clause.text(part).toLowerCase(Locale.GERMAN));
    }

    /** Phrases that are part of the verb's meaning as a whole: "trat über die Ufer", "gingen in die Knie". */
    private static final Set<String> IDIOMATIC_PHRASES = Set.of("über die ufer", "in die knie", "ums leben",
        "ins leben", "zu ende", "in brand", "in gang", "unter druck", "in angriff", "zur sprache", "zum ausdruck",
        "in die wege", "aus dem weg", "in die luft", "zu wort", "zur rede", "zu hilfe", "in den griff",
        "auf den weg", "in erscheinung", "zum tragen", "zum opfer", "zum stillstand", "zu fall",
        "in angst und schrecken", "in angst",
        // adverbial phrases that say how much or how it holds, not where or to what ("wurden zum Teil verletzt")
        "zum teil", "zum großen teil", "zum glück", "zum ersten mal", "zum schluss", "zum einen", "zum anderen",
        "im übrigen", "im grunde", "in der regel", "im allgemeinen", "im wesentlichen", "im gegenteil");

    /** "Die Anzahl der Bewohner war … angestiegen": what rises or falls is the number, not the people it counts. */
    private boolean amountChanges(Constituents clause) {
        return verbAmong(clause, AMOUNT_VERBS);
    }

    /** Whether the clause's verb may be one of {@code lemmas}. */
    private boolean verbAmong(Constituents clause, Set<String> lemmas) {
        // "geht … zurück", "nimmt … zu": a separable verb's particle stands apart
        List<String> particles = clause.parse().children(clause.head(), "compound:prt").stream()
            .map(p -> Words.lower(clause.parse().word(p).form())).toList();
        return morphology.readings(clause.parse().word(clause.head()).form()).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && (lemmas.contains(m.lemma())
                || particles.stream().anyMatch(p -> lemmas.contains(p + m.lemma()))));
    }

    private static final Set<String> AMOUNT_VERBS = Set.of("steigen", "ansteigen", "sinken", "zunehmen", "abnehmen",
        "wachsen", "schrumpfen", "erhöhen", "verringern", "verdoppeln", "betragen", "zurückgehen", "anwachsen");

    /**
     * "Frankreich verfolgt eine Politik, durch die …", "Der neue Träger heißt Fabian Wegmann": an object with an
     * indefinite article that only its relative clause says what it is, and a name asked the wrong way round.
     */
    private boolean saysNothingWithoutWhatFollows(Constituents clause) {
        Parse parse = clause.parse();
        return verbAmong(clause, Set.of("heißen")) || clause.constituents().stream().anyMatch(p -> parse.word(p.word()).relation().equals("obj")
            && INDEFINITE.contains(Words.lower(parse.word(p.from()).form())) && (relativeClauseFollows(clause, p)
                || parse.children(p.word(), "acl").stream().anyMatch(a -> clause.isPruned(p, a))))
            // "setzen nun auf einen Bildschirm, der viele winzige … Kammern aufweist": the same after a preposition
            || clause.constituents().stream().anyMatch(p -> parse.word(p.word()).baseRelation().equals("obl")
                && parse.word(p.from()).upos() == Upos.ADP && p.from() < p.to()
                && INDEFINITE.contains(Words.lower(parse.word(p.from() + 1).form()))
                && parse.children(p.word(), "nmod").isEmpty()
                && parse.children(p.word(), "acl").stream().anyMatch(a -> clause.isPruned(p, a)))
            // "lebte in einer Zeit, als es … noch die Sklaverei gab": the time the "als" clause after it says, which
            // the parse hung on the verb
            || clause.constituents().stream().anyMatch(p -> parse.word(p.word()).baseRelation().equals("obl")
                && parse.word(p.from()).upos() == Upos.ADP && p.from() < p.to()
                && INDEFINITE.contains(Words.lower(parse.word(p.from() + 1).form()))
                && p.to() + 2 < parse.words().size() && parse.word(p.to() + 1).form().equals(",")
                && Set.of("als", "wo").contains(parse.word(p.to() + 2).form()));
    }

    /**
     * "der Länge eines Sonnenjahres, also einer Runde der Erde um die Sonne": a phrase said again in other words after
     * it, which the parse hung on the verb and a statement moving the phrase first would leave behind.
     */
    private static boolean saidAgainAfterAComma(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int comma = part.to() + 1;
        // "Hinzu kommt Washington D.C., also die Region …": a subject first leaves its other words at the end, where
        // they still follow it
        return !parse.word(part.word()).relation().startsWith("nsubj")
            && comma + 1 < parse.words().size() && parse.word(comma).form().equals(",")
            && Set.of("also", "sprich", "beziehungsweise", "bzw.", "oder")
                .contains(Words.lower(parse.word(comma + 1).form()));
    }

    /**
     * "knapp 14 Tage nach dem Tropensturm", "auf 18 Monate ohne Bewährung": a count with the phrase right after it
     * that says from when or of what, which a statement moving the count first would leave behind.
     */
    private static boolean countBeforeItsPhrase(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int next = part.to() + 1;
        return next < parse.words().size() && parse.word(next).upos() == Upos.ADP
            && parse.word(next).relation().equals("case")
            && Set.of("nach", "vor", "ohne", "mit", "seit").contains(Words.lower(parse.word(next).form()))
            && !parse.children(part.to(), "nummod").isEmpty();
    }

    /**
     * "Das Auswärtige Amt meldete gestern, der erste Hilfsflug sei … eingetroffen": a verb of saying whose words, after
     * its comma, a question or statement on its own clause would leave out.
     */
    private boolean contentOfSayingLeftOut(Constituents clause) {
        Parse parse = clause.parse();
        // a clause the parse took for a second one joined to the verb, which questions leave out as such
        return particleOfSaying(clause).isPresent() && (parse.children(clause.head(), "conj").stream().anyMatch(c -> c > clause.head()
            && parse.word(c).upos() == Upos.VERB && parse.children(c, "cc").isEmpty() && parse.subtree(c).stream()
                .anyMatch(w -> parse.word(w).form().equals(",") && w < c))
            // "teilte indes mit, es betrachte die türkischen Attacken …": what was said, hung on the verb as an aside
            || parse.children(clause.head(), "parataxis").stream().anyMatch(c -> c > clause.head()));
    }

    /**
     * "Ohne 5G, sagte Alexander Schuster … am Montagabend vor Journalisten.": a verb of saying with nothing said, a
     * sentence the source cut, which "Wer sagte ohne 5G …?" would ask as if it made sense.
     */
    private boolean saidWithoutWhat(Constituents clause) {
        Parse parse = clause.parse();
        boolean sayingOnly = morphology.readings(parse.word(clause.head()).form()).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && ONLY_SAYING.contains(m.lemma()));
        return sayingOnly && parse.children(clause.head()).stream().map(parse::word)
            .noneMatch(c -> Set.of("obj", "ccomp", "xcomp", "parataxis", "csubj", "conj", "nsubj:pass").contains(c.relation()))
            && !clause.sentence().text().matches(".*[:„“\"»«].*");
    }

    private static final Set<String> ONLY_SAYING = Set.of("sagen", "betonen", "mitteilen", "hinzufügen",
        "versichern", "unterstreichen", "bekräftigen");

    /**
     * "zwei Fliegen mit einer Klappe schlagen", "einen schweren Stand haben": a verb and its object that mean
     * something else together, so that no part of the clause asks or says anything on its own.
     */
    private boolean idiom(Constituents clause) {
        Parse parse = clause.parse();
        List<String> verbs = morphology.readings(parse.word(clause.head()).form()).stream().map(Morph::lemma).toList();
        // "machte Fossett die windstille Wetterlage zu schaffen": the weather troubled him, whatever order the two take
        boolean troubling = verbs.contains("machen") && java.util.stream.IntStream.range(0, parse.words().size() - 1)
            .anyMatch(w -> parse.word(w).form().equals("zu") && parse.word(w + 1).form().equals("schaffen"));
        // "flogen die Fetzen": a quarrel, no rags that fly anywhere
        // "Das letzte Wort scheint … noch nicht gesprochen": the idiom's participle under "scheinen"
        List<String> withParticiple = java.util.stream.Stream.concat(verbs.stream(), parse.children(clause.head(), "xcomp")
            .stream().flatMap(x -> morphology.readings(parse.word(x).form()).stream().map(Morph::lemma))).toList();
        boolean subjectIdiom = java.util.stream.Stream.concat(parse.children(clause.head(), "nsubj").stream(),
                parse.children(clause.head(), "nsubj:pass").stream())
            .anyMatch(n -> SUBJECT_IDIOMS.getOrDefault(parse.word(n).form(), Set.of()).stream()
                .anyMatch(withParticiple::contains));
        // "Der 49-Jährige geht in sich": he reflects, and goes nowhere
        boolean inSich = verbs.contains("gehen") && parse.children(clause.head()).stream()
            .anyMatch(c -> Words.lower(parse.word(c).form()).equals("sich") && parse.children(c, "case").stream()
                .anyMatch(k -> Words.lower(parse.word(k).form()).equals("in")));
        // "Nach oben sind die Grenzen offen": no upper limit to the sum the sentence before names
        boolean openAtTheTop = Words.lower(parse.word(clause.head()).form()).equals("offen")
            && parse.children(clause.head()).stream().anyMatch(c -> Words.lower(parse.word(c).form()).equals("oben"));
        return troubling || subjectIdiom || openAtTheTop || inSich || parse.children(clause.head(), "obj").stream()
            .anyMatch(o -> IDIOMS.getOrDefault(lastPart(parse, o), Set.of()).stream().anyMatch(verbs::contains));
    }

    private static final Map<String, Set<String>> SUBJECT_IDIOMS = Map.of("Fetzen", Set.of("fliegen"),
        "Kragen", Set.of("platzen"), "Groschen", Set.of("fallen"), "Würfel", Set.of("fallen"),
        "Wort", Set.of("sprechen"), "Haussegen", Set.of("hängen"), "Zukunft", Set.of("gehören"),
        // "In den sozialen Netzwerken gingen die Wogen hoch": the excitement ran high
        "Wogen", Set.of("gehen", "hochgehen", "glätten"));

    /** "Oscar-Geschichte", which the tokenizer may split at its hyphen: the compound's last part, that says what it is. */
    private static String lastPart(Parse parse, int noun) {
        List<Integer> flat = parse.children(noun, "flat");
        String form = parse.word(flat.isEmpty() ? noun : flat.get(flat.size() - 1)).form();
        return form.substring(form.lastIndexOf('-') + 1);
    }

    /**
     * "Schily hatte … das Gesamtprojekt … vorgestellt" with the object a passive subject beside the subject, and no
     * passive: which of them a statement may put first the parse does not tell.
     */
    private static boolean subjectBesideAPassiveSubject(Constituents clause) {
        Parse parse = clause.parse();
        return !parse.children(clause.head(), "nsubj").isEmpty() && !parse.children(clause.head(), "nsubj:pass").isEmpty()
            && parse.children(clause.head(), "aux:pass").isEmpty();
    }

    /**
     * "sind so verschieden wie die Sportler selbst": "so" there says how much, not "thus", and a question or statement
     * that left it out or moved what follows "wie" would say something else.
     */
    private static boolean comparedWithSo(Constituents clause) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.range(0, parse.words().size() - 2)
            .anyMatch(w -> Words.lower(parse.word(w).form()).equals("so")
                && Set.of(Upos.ADJ, Upos.ADV).contains(parse.word(w + 1).upos())
                && java.util.stream.IntStream.range(w + 2, parse.words().size())
                    .anyMatch(v -> Set.of("wie", "als").contains(parse.word(v).form())));
    }

    /**
     * "will Start-ups stärker unter die Arme greifen", "wirft seine gesamte Macht in den Ring": a phrase that makes an
     * idiom with its verb, which neither goes first alone nor is asked for.
     */
    private boolean idiomaticPhrase(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        // "wegen der Affäre in der Kritik" with the idiom's phrase hung on the noun before it
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to()).anyMatch(w -> {
            Set<String> verbs = PHRASE_IDIOMS.getOrDefault(parse.word(w).form(), Set.of());
            return !verbs.isEmpty() && !parse.children(w, "case").isEmpty() && morphology
                .readings(parse.word(clause.head()).form()).stream().anyMatch(m -> verbs.contains(m.lemma()));
        });
    }

    private static final Map<String, Set<String>> PHRASE_IDIOMS = Map.ofEntries(
        Map.entry("Arme", Set.of("greifen", "sinken", "fallen", "schließen", "laufen")), Map.entry("Ring", Set.of("werfen")),
        Map.entry("Lupe", Set.of("nehmen")), Map.entry("Lage", Set.of("versetzen")), Map.entry("Beine", Set.of("stellen")),
        Map.entry("Griff", Set.of("bekommen")),
        Map.entry("Leben", Set.of("rufen")), Map.entry("Tasche", Set.of("greifen")), Map.entry("Hände", Set.of("fallen")),
        Map.entry("Kritik", Set.of("stehen", "geraten")),
        // "steht … wegen Abfalls vom Glauben vor Gericht": on trial, no place
        Map.entry("Gericht", Set.of("gehen", "stehen", "ziehen", "bringen", "stellen")),
        // "ändern sich zum Besseren": how, not what for
        Map.entry("Besseren", Set.of("ändern", "wenden", "verändern")),
        Map.entry("Schlechteren", Set.of("ändern", "wenden", "verändern")),
        // "Alaba stand über 90 Minuten … auf dem Platz": played, no "wo"; "sieht … viel Innovationskraft am Werk"
        Map.entry("Platz", Set.of("stehen")), Map.entry("Werk", Set.of("sehen", "sein")),
        // "treten mit den Kindern in Interaktion"
        Map.entry("Interaktion", Set.of("treten")), Map.entry("Kontakt", Set.of("treten")),
        // "kommt TheVerge zu einem vernichtenden Urteil": no "wohin"
        Map.entry("Urteil", Set.of("kommen", "gelangen")), Map.entry("Schluss", Set.of("kommen", "gelangen")),
        Map.entry("Ergebnis", Set.of("kommen", "gelangen")), Map.entry("Einsatz", Set.of("kommen")),
        Map.entry("Einigung", Set.of("kommen", "gelangen")), Map.entry("Erkenntnis", Set.of("kommen", "gelangen")),
        Map.entry("Erscheinung", Set.of("treten")), Map.entry("Aktion", Set.of("treten")),
        // "stellt auch herkömmliche Festplatten in den Schatten"
        Map.entry("Schatten", Set.of("stellen")),
        // "sollte … zum Weihnachtsgeschäft auf den Markt kommen": be launched, no "wohin"
        Map.entry("Markt", Set.of("kommen", "bringen", "werfen", "drängen")),
        // "bleibt ihrer … Freundin … auf den Fersen", "trug die gute Laune … zur Schau"
        Map.entry("Fersen", Set.of("bleiben", "sein", "folgen", "heften")), Map.entry("Schau", Set.of("tragen", "stellen")),
        // "kam zirka 1822 als Araminta Ross … zur Welt": was born, no "wohin"
        Map.entry("Welt", Set.of("kommen", "bringen")));

    private static final Map<String, Set<String>> IDIOMS = Map.ofEntries(Map.entry("Denkmal", Set.of("setzen")),
        Map.entry("Runde", Set.of("drehen")), Map.entry("Fliegen", Set.of("schlagen")), Map.entry("Stand", Set.of("haben")),
        Map.entry("Nagel", Set.of("treffen")), Map.entry("Strich", Set.of("machen")), Map.entry("Däumchen", Set.of("drehen")),
        Map.entry("Wasser", Set.of("reichen")), Map.entry("Leviten", Set.of("lesen")), Map.entry("Löffel", Set.of("abgeben")),
        // "Das rot-schwarze Gezerre um den Zaun hat ein Ende", "nehmen … das Heft selbst in die Hand"
        Map.entry("Ende", Set.of("haben", "nehmen", "finden")), Map.entry("Heft", Set.of("nehmen")),
        // "schrieb … österreichische Oscar-Geschichte", "zieht im Hintergrund die Fäden"
        Map.entry("Geschichte", Set.of("schreiben")), Map.entry("Fäden", Set.of("ziehen")),
        // "vertritt sich die Beine vor der Sporthalle"
        Map.entry("Beine", Set.of("vertreten")), Map.entry("Schulbank", Set.of("drücken")));

    /** Objects that make an idiom with their verb: "das Handtuch werfen", "ein Fragezeichen machen". */
    private static final Set<String> IDIOM_OBJECTS = Set.of("Handtuch", "Fragezeichen", "Rolle", "Bescheid",
        "Stellung", "Rücksicht", "Bezug", "Anteil", "Abschied", "Wert", "Acht", "Vorrang", "Oberhand", "Weichen",
        "Anklang", "Wörtchen", "Zeichen");

    /** "die automatische Nummernschilderkennung gegen Kritik in Schutz" (of "… nehmen"), as the parse may join them. */
    static boolean endsInPartOfTheVerb(String[] words) {
        String last = words.length == 0 ? "" : Words.lower(words[words.length - 1].replaceAll("\\p{P}+$", ""));
        // "in der Tageszeitung Sme infrage" of "… stellt … infrage": the word that makes the verb, hung on a phrase
        return words.length >= 2 && LIGHT_VERB_PREPOSITIONS.contains(words[words.length - 2].toLowerCase(Locale.GERMAN))
            && LIGHT_VERB_NOUNS.contains(words[words.length - 1].replaceAll("\\p{P}+$", ""))
            || words.length >= 2 && VERB_MAKING_ADVERBS.contains(last);
    }

    private static final Set<String> VERB_MAKING_ADVERBS = Set.of("infrage", "zustande", "zugrunde", "zunichte",
        "instand", "beiseite", "zuteil");

    /**
     * A clause of reported speech said as a statement of whose words it is: "Laut Thomas Steg ist die Ursache nie
     * gefunden worden." for "Die Ursache sei nie gefunden worden." after Steg's frame.
     */
    Optional<String> attributed(Constituents clause, People.Person speaker) {
        if (clause.parts().stream().anyMatch(p -> Words.containsWord(clause.text(p), speaker.surname()))
            || Words.containsWord(clause.text(clause.vorfeld()), speaker.surname())) {
            return Optional.empty();
        }
        return arrange(clause, null, "Laut " + speaker.name(), clause.finiteText(), false, ".");
    }

    /** "Rutte sagte auch, der Gipfel habe …" said as "Der Gipfel habe …, sagte Rutte auch." */
    private Optional<String> reportedFirst(Constituents clause) {
        if (!saying(clause) || clause.parse().children(clause.head()).stream()
                .anyMatch(c -> clause.parse().word(c).upos() == Upos.ADJ
                    && !Set.of("ccomp", "parataxis").contains(clause.parse().word(c).relation()))) {
            // "haben sich zuversichtlich geäußert, dass …": what was said hangs on the adjective, which stays with it
            return Optional.empty();
        }
        List<Constituents.Part> parts = clause.parts();
        for (int i = 0; i < parts.size(); i++) {
            Constituents.Part part = parts.get(i);
            boolean comma = clause.parse().word(part.from()).form().equals(",");
            if (!"ccomp".equals(clause.parse().word(part.word()).relation()) || i != parts.size() - 1 || !comma
                || part.from() + 1 > part.to() || hasCorrelate(clause)
                || clause.parse().word(part.from() + 1).upos() == Upos.VERB
                || clause.parse().word(part.from() + 1).upos() == Upos.AUX) {
                continue;
            }
            String said = clause.text(part.from() + 1, part.to());
            if (said.contains(",") || said.contains(".")) {
                continue;
            }
            String front = Character.toUpperCase(said.charAt(0)) + said.substring(1) + ",";
            return arrange(clause, part, front, clause.finiteText(), false, ".");
        }
        return Optional.empty();
    }

    /** "etwas", "nichts": what is done, whatever the tagger reads them as. */
    private static final Set<String> AMOUNTS_DONE = Set.of("etwas", "nichts", "viel", "wenig", "alles", "einiges");

    /**
     * The subject right after the verb when an object is asked for, where a question has it unless a pronoun goes
     * first: "Was konnte Conradty
     * auch durch die Krise nicht retten?", not "Was konnte auch durch die Krise Conradty nicht retten?", which a
     * name without case would let be read the other way round.
     */
    private static void subjectFirst(Constituents clause, List<Constituents.Part> rest) {
        for (int i = 1; i < rest.size(); i++) {
            Constituents.Part part = rest.get(i);
            if (!part.verbal() && clause.parse().word(part.word()).relation().startsWith("nsubj")) {
                Constituents.Part first = rest.get(0);
                boolean pronounFirst = first.from() == first.to() && clause.parse().word(first.word()).upos() == Upos.PRON;
                if (!pronounFirst && rest.subList(0, i).stream().noneMatch(Constituents.Part::verbal)) {
                    rest.remove(i);
                    rest.add(0, part);
                }
                return;
            }
        }
    }

    /**
     * A clause of its own set off by a comma ("…, um … zu gewinnen", "…, dass …"), which stands after the verb's
     * last part: moved before it, it would need commas the question does not have.
     */
    private static boolean subordinate(Constituents clause, Constituents.Part part) {
        String relation = clause.parse().word(part.word()).baseRelation();
        boolean clausal = relation.equals("advcl") || relation.equals("ccomp") || relation.equals("csubj")
            || relation.equals("xcomp") && !clause.parse().children(part.word(), "mark").isEmpty();
        return clausal && (clause.parse().word(part.from()).form().equals(",")
            || part.from() > 0 && clause.parse().word(part.from() - 1).form().equals(","));
    }

    /**
     * What was said, known or asked, as a clause: "dass …", "ob …", "wie …", or a clause with its verb second ("…, die
     * Lage sei ernst"); not a relative clause the parse took for one ("…, deren Pilot …").
     */
    private static boolean contentClause(Constituents clause, Constituents.Part part) {
        int first = clause.parse().word(part.from()).form().equals(",") ? part.from() + 1 : part.from();
        String opening = clause.parse().word(first).form().toLowerCase(Locale.GERMAN);
        if (CONTENT_OPENINGS.contains(opening)) {
            return true;
        }
        return clause.parse().children(part.word(), "mark").isEmpty() && !Constituents.RELATIVE_PRONOUNS.contains(opening)
            && clause.parse().word(first).upos() != Upos.ADP;
    }

    private static final Set<String> CONTENT_OPENINGS = Set.of("dass", "ob", "wie", "warum", "wann", "wo", "was", "wer",
        "weshalb", "wieso", "inwiefern", "wohin", "woher", "welche", "welcher", "welches");

    /**
     * "man" (anyone), and the "es" of "es gibt": pronouns that stand for no one in particular, which a question may
     * keep as they are.
     */
    private boolean generic(Constituents clause, Constituents.Part part) {
        String form = clause.parse().word(part.word()).form().toLowerCase(Locale.GERMAN);
        if (form.equals("man")) {
            return true;
        }
        if (!form.equals("es")) {
            return false;
        }
        Word head = clause.parse().word(clause.head());
        Set<String> lemmas = morphology.readings(head.form()).stream().filter(m -> m.upos() == Upos.VERB)
            .map(Morph::lemma).collect(java.util.stream.Collectors.toSet());
        return lemmas.contains("geben")
            || lemmas.contains("kommen") && governs(clause, Set.of("zu", "zum", "zur"))
            || lemmas.contains("handeln") && governs(clause, Set.of("um")) && reflexive(clause)
            || lemmas.contains("gehen") && governs(clause, Set.of("um"));
    }

    /** "kam es zu Stromausfällen", "handelte es sich um ein Flugzeug": a phrase of the clause opened by one of these. */
    private static boolean governs(Constituents clause, Set<String> prepositions) {
        return clause.constituents().stream().anyMatch(p -> clause.parse().word(p.word()).relation().startsWith("obl")
            && prepositions.contains(written(clause, p.from())));
    }

    /**
     * "Es sind 500 neue Arbeitsplätze entstanden": an "es" that only holds the first place for a subject after the
     * auxiliary, and goes when anything else comes first ("Wie viele neue Arbeitsplätze sind entstanden?").
     */
    private static boolean placeholder(Constituents clause, Constituents.Part vorfeld) {
        Parse parse = clause.parse();
        // with a full verb ("Es folgen Niedersachsen mit 119, dann …") the "es" mostly opens a list or a scene
        return vorfeld.from() == 0 && vorfeld.from() == vorfeld.to() && parse.word(vorfeld.word()).form().equals("Es")
            && clause.finite() != clause.head()
            && clause.constituents().stream().anyMatch(p -> p != vorfeld
                && parse.word(p.word()).relation().startsWith("nsubj"));
    }

    /** "Zu den Haustieren kam das Pferd hinzu": what something is added to, no way anywhere. */
    private static boolean addedTo(Constituents clause) {
        Parse parse = clause.parse();
        return parse.children(clause.head(), "compound:prt").stream()
            .anyMatch(p -> Set.of("hinzu", "dazu").contains(Words.lower(parse.word(p).form())));
    }

    /** "In einigen Regionen kam es zu Stromausfällen": "es" and "kommen zu", which says what happened. */
    private boolean happening(Constituents clause) {
        return clause.constituents().stream().anyMatch(p -> p.from() == p.to()
                && clause.parse().word(p.word()).form().equalsIgnoreCase("es"))
            && morphology.readings(clause.parse().word(clause.head()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && m.lemma().equals("kommen"));
    }

    private static boolean reflexive(Constituents clause) {
        return clause.parse().children(clause.head()).stream()
            .anyMatch(c -> clause.parse().word(c).form().equals("sich"));
    }

    /**
     * "Der US-amerikanische Tour-Favorit Lance Armstrong", which the parse headed by "US": a phrase with no preposition
     * that ends in a person's full name names that person.
     */
    /**
     * "eine Auslieferung Heinz-Christian Straches": a noun of doing (in -ung, -nahme …) that is no body of people, whose
     * name after it is the one it is done to, is a thing.
     */
    private static boolean anActOnSomeone(Word head) {
        return head.upos() == Upos.NOUN && ACT.matcher(head.form()).find() && !WhPhrases.agent(head.form());
    }

    private static final java.util.regex.Pattern ACT = java.util.regex.Pattern.compile(
        "(?:ung|nahme|ion|ierung)$");

    private static boolean endsInAFullName(Constituents clause, Constituents.Part part, People people) {
        Parse parse = clause.parse();
        // "der Etappenachte Andreas Klöden, der weder Landis noch Sastre folgen konnte": the name before its relative
        int end = java.util.stream.IntStream.rangeClosed(part.from() + 1, part.to())
            .filter(w -> parse.word(w).form().equals(",")).findFirst().orElse(part.to() + 1) - 1;
        int last = parse.word(end).token();
        return people.in(clause.sentence()).stream().anyMatch(m -> m.isFullName() && m.to() == last + 1
            && m.from() > parse.word(part.from()).token()
            && java.util.stream.IntStream.rangeClosed(part.from(), end)
                .noneMatch(w -> parse.word(w).token() < m.from() && (parse.word(w).upos() == Upos.ADP
                    || Set.of("des", "der").contains(Words.lower(parse.word(w).form())) && w > part.from())));
    }

    /** "zur Begründung", "zur Erklärung": what someone's words are for, said before the words themselves. */
    private static final Set<String> FRAMING_NOUNS = Set.of("Begründung", "Erklärung", "Erläuterung", "Rechtfertigung",
        "Verteidigung", "Entschuldigung", "Illustration", "Verdeutlichung", "Bekräftigung",
        // "hatte zu dem Thema Aufklärung gefordert": about what, not what for
        "dem Thema", "diesem Thema", "dem Fall", "der Frage", "der Sache");

    /**
     * "Die Israelis nannten diesen Krieg später Unabhängigkeitskrieg": verbs with an object and the name it is given,
     * which the parse often reads as one phrase, and whose negation goes before the name, not at the end.
     */
    private static final Set<String> NAMING_AS = Set.of("nennen", "taufen", "schimpfen");

    /**
     * "Der Nachname lautet in diesem Beispiel Smirnow", parsed with "Beispiel Smirnow" one phrase: a name given beside
     * a phrase, before which "nicht" would go and with which the name would be moved.
     */
    private boolean namedBesideAPhrase(Constituents clause) {
        return verbAmong(clause, Set.of("heißen", "lauten"))
            && !clause.parse().children(clause.head(), "obl").isEmpty();
    }

    private static final Set<String> NAMING_VERBS = Set.of("nennen", "bezeichnen", "kritisieren", "fordern",
        "loben", "warnen", "begrüßen");

    /** A verb of saying, whose question or statement must keep what was said. */
    private boolean saying(Constituents clause) {
        Word head = clause.parse().word(clause.head());
        return morphology.readings(head.form()).stream().anyMatch(m -> m.upos() == Upos.VERB && CueVerbs.contains(m.lemma()));
    }

    /**
     * "stellt … klar" with "klar" read as its complement, "teilte … mit": the word that makes the clause's verb one of
     * saying with it; -1 when the verb says on its own ("sagte"); empty when it is no verb of saying.
     */
    private OptionalInt particleOfSaying(Constituents clause) {
        if (saying(clause)) {
            return OptionalInt.of(-1);
        }
        Parse parse = clause.parse();
        List<Morph> readings = morphology.readings(parse.word(clause.head()).form()).stream()
            .filter(m -> m.upos() == Upos.VERB).toList();
        return parse.children(clause.head()).stream()
            .filter(c -> Set.of("compound:prt", "xcomp", "advmod").contains(parse.word(c).relation()))
            .filter(c -> readings.stream().anyMatch(m -> CueVerbs.contains(parse.word(c).form().toLowerCase(Locale.GERMAN)
                + m.lemma())))
            .mapToInt(Integer::intValue).findFirst();
    }

    /** "glaubt nicht daran, dass …": a pointing word the clause after it fills, which cannot stay when it moves. */
    private static boolean hasCorrelate(Constituents clause) {
        return clause.parts().stream().anyMatch(p -> p.from() == p.to() && Words.BACK_REFERENCES.contains(
            clause.parse().word(p.word()).form().toLowerCase(Locale.GERMAN)))
            || Words.BACK_REFERENCES.contains(clause.text(clause.vorfeld()).toLowerCase(Locale.GERMAN));
    }

    /**
     * "den Vertrag", "einen Plan": an object whose article shows the accusative, which may go first in a statement;
     * "Die Firma konnte Conradty nicht retten" would read the other way round.
     */
    private boolean unambiguouslyAccusative(Constituents clause, Constituents.Part part) {
        Word first = clause.parse().word(part.from());
        List<Morph> readings = morphology.readings(first.form().toLowerCase(Locale.GERMAN));
        return first.upos() == Upos.DET && readings.stream().anyMatch(m -> m.has(Feature.ACCUSATIVE))
            && readings.stream().noneMatch(m -> m.has(Feature.NOMINATIVE));
    }

    /**
     * "Was entscheidet die Meisterschaft? – Der letzte Spieltag": beside "was" for the subject, an object whose article
     * does not show the accusative reads as the subject, and the question asks the other way round.
     */
    private boolean objectMayBeTheSubject(Constituents clause) {
        Parse parse = clause.parse();
        return clause.constituents().stream().anyMatch(part -> "obj".equals(parse.word(part.word()).relation())
            && parse.word(part.word()).upos() == Upos.NOUN && parse.word(part.from()).upos() != Upos.NUM
            && !ONLY_ACCUSATIVE.contains(Words.lower(parse.word(part.from()).form()))
            // "Was hat die Vorwürfe zurückgewiesen?": a plural is no subject of the singular "was" takes
            && morphology.readings(parse.word(part.word()).form()).stream()
                .anyMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.SINGULAR)));
    }

    /** Articles and possessives before a noun in the accusative that no nominative has. */
    private static final Set<String> ONLY_ACCUSATIVE = Set.of("den", "einen", "keinen", "diesen", "jenen", "jeden",
        "welchen", "seinen", "ihren", "meinen", "deinen", "unseren", "euren", "solchen");

    /** Words that say "in the event just told", which a count needs to be the count of anything. */
    private static final Set<String> EVENT_BEFORE = Set.of("dabei", "hierbei", "dadurch", "davon", "darunter", "dort");

    /**
     * "auch die U-Bahn-Linie U1", "die Spirit Avert AG wiederum": a subject with "auch" (others did so too), or a
     * phrase ending in a word that ties it to what the sentences before said, which a question keeping it would ask
     * the learner to remember; "auch am Montag" says only that it went on.
     */
    private static boolean tiedToTheTextAround(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        if (part.from() == part.to()) {
            return false;
        }
        Word first = parse.word(part.from());
        Word last = parse.word(part.to());
        return first.upos() == Upos.ADV && first.head() == part.word() && ALSO.contains(Words.lower(first.form()))
                && parse.word(part.word()).relation().startsWith("nsubj")
            || last.upos() == Upos.ADV && last.head() == part.word() && CONNECTIVES.contains(Words.lower(last.form()));
    }

    /** "demnach", "nämlich", "jedoch": words that tie the sentence to the text around it, left out of a question. */
    private static boolean connective(Constituents clause, Constituents.Part part) {
        Word word = clause.parse().word(part.from());
        String form = word.form().toLowerCase(Locale.GERMAN);
        boolean furthermore = (form.equals("weiter") || form.equals("weiterhin")) && part == clause.vorfeld();
        // "So hat …" ties the sentence to the one before; "stellt sich so dar: …" is the verb's own "so"
        boolean verbsSo = form.equals("so") && part != clause.vorfeld();
        // "kommt als gefälschte Rechnungen … daher": the last word, with the verb a separable one, is its particle
        boolean particle = part.from() == Constituents.lastWord(clause.parse()) && part != clause.vorfeld();
        // "ebenso gescheitert … wie mit seiner Stahlpolitik": the first half of a comparison, no link to the text before
        boolean comparing = Set.of("ebenso", "genauso", "so").contains(form) && clause.parse().words().stream()
            .skip(part.to() + 1L).anyMatch(w -> Words.lower(w.form()).equals("wie"));
        // "Der Name kommt daher, dass …", "soll der Name daher kommen, dass …": what the clause after it says (past
        // the verbs that end the clause), not the sentence before
        int comma = part.to() + 1;
        while (comma < clause.parse().words().size() && Set.of(Upos.VERB, Upos.AUX, Upos.PART)
            .contains(clause.parse().word(comma).upos())) {
            comma++;
        }
        boolean correlate = comma + 1 < clause.parse().words().size()
            && clause.parse().word(comma).form().equals(",")
            && Set.of("dass", "ob", "weil", "wenn").contains(Words.lower(clause.parse().word(comma + 1).form()));
        // "Die Stadt Bern ist aber auch der Sitz …" with "aber" read as a conjunction of the clause it stands in
        boolean setAgainst = form.equals("aber") && "cc".equals(word.relation()) && part.from() > clause.finite()
            && word.head() == clause.head();
        // "Die Flaschen sind mittlerweile aber Bojen": what something has become, which "Was sind die Flaschen?" denies
        boolean become = Set.of("mittlerweile", "inzwischen").contains(form)
            && !clause.parse().children(clause.head(), "cop").isEmpty();
        return part.from() == part.to() && ("advmod".equals(word.relation()) || setAgainst) && !particle && !comparing
            && !correlate && !become && (CONNECTIVES.contains(form) && !verbsSo || furthermore)
            // "Zum einen stehen soziale Forderungen im Zentrum": the first of two points, parsed as a phrase
            || ONE_OF_TWO_POINTS.contains(clause.text(part).toLowerCase(Locale.GERMAN))
                && !fromOneToTheOther(clause, part);
    }

    /** "von einem Ort zum anderen": the end of a way from one place to another, no second point of an argument. */
    private static boolean fromOneToTheOther(Constituents clause, Constituents.Part part) {
        return clause.constituents().stream().anyMatch(other -> other.to() + 1 == part.from()
            && Set.of("von", "vom").contains(Words.lower(clause.parse().word(other.from()).form())));
    }

    /** "entstand die Kommunistische Partei", "Im Jahr 1991 endete die Sowjetunion": a thing begun or ended. */
    private static final Set<String> COMING_INTO_BEING = Set.of("entstehen", "enden");

    /** Whether the clause under {@code clause} opens with a relative pronoun, after its comma and preposition. */
    private static boolean relativeOpening(Parse parse, int clause) {
        return parse.subtree(clause).stream().map(parse::word)
            .filter(w -> w.upos() != Upos.PUNCT && w.upos() != Upos.ADP).findFirst()
            .filter(w -> Constituents.RELATIVE_PRONOUNS.contains(Words.lower(w.form()))).isPresent();
    }
    private static final Set<String> FOUNDING = Set.of("gründen", "starten", "bilden");
    private static final Set<String> ONE_OF_TWO_POINTS = Set.of("zum einen", "zum anderen", "zum andern");
    private static final Set<String> FOCUS_PHRASES = Set.of("vor allem", "unter anderem", "zum beispiel",
        "in erster linie", "zum teil");

    /**
     * Whether the clause compares with no "als" after a linking adverb of consequence ("So kann sich die Tanne besser
     * vermehren"): the comparison is with what the sentence before told.
     */
    private static boolean comparedWithWhatWasBefore(Constituents clause) {
        Parse parse = clause.parse();
        boolean consequence = CONSEQUENCE.contains(Words.lower(parse.word(clause.vorfeld().from()).form()));
        boolean comparative = parse.children(clause.head()).stream().map(parse::word)
            .anyMatch(w -> BARE_COMPARATIVES.contains(Words.lower(w.form())));
        boolean als = parse.words().stream().anyMatch(w -> Words.lower(w.form()).equals("als"));
        return consequence && comparative && !als;
    }

    private static final Set<String> CONSEQUENCE = Set.of("so", "dadurch", "damit", "deshalb", "daher", "deswegen",
        "somit", "dafür");
    private static final Set<String> BARE_COMPARATIVES = Set.of("besser", "schlechter", "mehr", "weniger", "leichter",
        "schwerer", "schneller", "langsamer", "häufiger", "öfter", "stärker", "schwächer", "größer", "kleiner",
        "länger", "kürzer", "höher", "billiger", "teurer", "sicherer", "einfacher");

    /** The preposition a constituent opens with, lower case; empty when it opens with none. */
    private static String preposition(Constituents clause, Constituents.Part part) {
        Word first = clause.parse().word(part.from());
        return first.upos() == Upos.ADP && "case".equals(first.relation()) ? first.form().toLowerCase(Locale.GERMAN)
            : "";
    }

    private static boolean containsPossessive(Constituents clause, Constituents.Part part) {
        for (int w = part.from(); w <= part.to(); w++) {
            if (POSSESSIVES.contains(clause.parse().word(w).form().toLowerCase(Locale.GERMAN))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "weil er glaubt, dass …", "da sie vermuten, das Haushaltsloch übersteige …": a clause of reason that holds one
     * more says more than one answer can.
     */
    private static boolean containsAnotherClause(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to()).filter(w -> !clause.isPruned(part, w))
            .anyMatch(w -> w != part.word() && (Set.of("advcl", "ccomp", "parataxis", "csubj")
                .contains(parse.word(w).baseRelation()) && (parse.word(w).upos() == Upos.VERB
                    || parse.word(w).upos() == Upos.AUX || !parse.children(w, "cop").isEmpty())
                || parse.word(w).relation().equals("conj") && !parse.children(w, "nsubj").isEmpty()));
    }

    private boolean containsFiniteVerb(Constituents clause, Constituents.Part part) {
        if (part.verbal() && part.from() == part.to()) {
            return false;
        }
        for (int w = part.from(); w <= part.to(); w++) {
            Word word = clause.parse().word(w);
            if (clause.isPruned(part, w)) {
                continue;
            }
            if ((word.upos() == Upos.VERB || word.upos() == Upos.AUX) && !infinitive(clause.parse(), w)
                && !predicativeParticiple(clause.parse(), w)
                && java.util.stream.Stream.of(word.form(), word.form().toLowerCase(Locale.GERMAN)).distinct()
                    .flatMap(form -> morphology.readings(form).stream()).anyMatch(m -> m.has(Feature.FINITE)
                        || m.has(Feature.SUBJUNCTIVE_1) || m.has(Feature.SUBJUNCTIVE_2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "sahen sich durch den Times-Bericht bestätigt", "überlebten den Absturz schwer verletzt": a participle that ends
     * the clause of a full verb and has no subject of its own says how someone was, and reads like a present
     * ("bestätigt") without being one; a verb at the end of a main clause is never its finite verb.
     */
    private boolean predicativeParticiple(Parse parse, int w) {
        Word word = parse.word(w);
        return "xcomp".equals(word.relation()) && word.head() >= 0 && word.head() < w
            && parse.word(word.head()).upos() == Upos.VERB && parse.word(word.head()).head() < 0
            && w + 1 < parse.words().size() && parse.word(w + 1).form().equals(".")
            && parse.children(w).stream().noneMatch(c -> parse.word(c).relation().startsWith("nsubj")
                || parse.word(c).relation().equals("mark"))
            && morphology.readings(word.form()).stream().anyMatch(m -> m.has(Feature.PARTICIPLE));
    }

    /**
     * "mit Hilfe … zu entwickeln", "einzuberufen", "soll … verursacht haben", "ließ … niederschlagen": a verb with
     * "zu", or the infinitive of another verb, which reads like a plural present ("entwickeln") but is no second finite
     * verb.
     */
    private boolean infinitive(Parse parse, int w) {
        Word word = parse.word(w);
        boolean zu = parse.children(w, "mark").stream().anyMatch(m -> parse.word(m).form().equalsIgnoreCase("zu"))
            || w > 0 && parse.word(w - 1).form().equalsIgnoreCase("zu") && parse.word(w - 1).upos() == Upos.PART;
        boolean zuJoined = morphology.readings(word.form()).stream().anyMatch(m -> m.has(Feature.ZU_INFINITIVE));
        boolean ofAuxiliary = "aux".equals(word.relation()) && word.head() >= 0 && word.head() < w
            && morphology.readings(word.form()).stream().anyMatch(m -> m.has(Feature.INFINITIVE));
        boolean ofAnotherVerb = "xcomp".equals(word.relation()) && word.head() >= 0
            && parse.children(w, "nsubj").isEmpty() && parse.children(w, "nsubj:pass").isEmpty()
            && morphology.readings(word.form()).stream().anyMatch(m -> m.has(Feature.INFINITIVE));
        return zu || zuJoined || ofAuxiliary || ofAnotherVerb;
    }

    /**
     * "Gegen wen wurde ein Ermittlungsverfahren eingeleitet? – gegen ihren Lebenspartner": whose, the question does not
     * say where no person stays in it as its subject ("Womit geriet ein 43-Jähriger …? – mit seinem BMW" does).
     */
    private boolean possessiveWithNoOwner(Constituents clause, Constituents.Part asked) {
        String[] words = Words.lower(clause.text(asked)).split("\\s+");
        if (words.length < 2 || !PREPOSITIONS_BEFORE_A_POSSESSIVE.contains(words[0]) || !POSSESSIVES.contains(words[1])) {
            return false;
        }
        Parse parse = clause.parse();
        // "Womit deckt sich die Charakterisierung von Irmgard Griss …? – mit ihrer Positionierung": a name anywhere in
        // the subject may own it
        return clause.constituents().stream().filter(p -> p != asked && parse.word(p.word()).relation().startsWith("nsubj"))
            .noneMatch(p -> java.util.stream.IntStream.rangeClosed(p.from(), p.to()).mapToObj(parse::word)
                .anyMatch(w -> w.upos() == Upos.PROPN && !isPlace(w) || w.upos() == Upos.PRON || isPersonNoun(w)
                    || personLemma(w)
                    || Words.isAge(w.form())));
    }

    /**
     * "Der Schatz wird auf ihr Schiff verladen": "ihr" with nothing feminine or plural in the sentence to own it, whose
     * owner only the sentences before say ("Spechte hacken mit ihrem kräftigen Schnabel …" has one).
     */
    private boolean possessiveOwnedByNothingSaid(Constituents clause) {
        Parse parse = clause.parse();
        for (int d = 0; d < parse.words().size(); d++) {
            Word possessive = parse.word(d);
            String form = Words.lower(possessive.form());
            boolean hers = form.startsWith("ihr");
            if (!possessive.relation().equals("det:poss") || !hers && !form.startsWith("sein")) {
                continue;
            }
            int owned = possessive.head();
            boolean owner = false;
            for (int w = 0; w < parse.words().size() && !owner; w++) {
                Word word = parse.word(w);
                if (w == owned || w == d || !Set.of(Upos.NOUN, Upos.PROPN, Upos.PRON).contains(word.upos())) {
                    continue;
                }
                List<Morph> readings = morphology.readings(word.form()).stream()
                    .filter(m -> m.upos() == word.upos() || word.upos() == Upos.PROPN).toList();
                owner = readings.isEmpty() || readings.stream().anyMatch(m -> hers
                    ? m.has(Feature.PLURAL) || m.has(Feature.FEMININE)
                    : m.has(Feature.SINGULAR) && !m.has(Feature.FEMININE));
            }
            if (!owner) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PREPOSITIONS_BEFORE_A_POSSESSIVE = Set.of("gegen", "mit", "von", "bei", "zu",
        "für", "an", "auf", "nach", "seit", "vor", "aus", "über", "unter", "durch", "um", "in");

    private static final java.util.regex.Pattern PRONOUN_AFTER_A_PREPOSITION = java.util.regex.Pattern.compile(
        "\\b(?:nach|vor|mit|von|bei|zu|für|gegen|ohne|neben|hinter|unter|über|an|auf|aus) (?:ihm|ihn|ihr|ihnen)\\b");

    /**
     * "Deren Arbeit", "eine solche Entscheidung", "sein Fahrzeug", "die Machart … dagegen": an answer that points to
     * what the question does not show; "keine Stellungnahme", an answer that says what was not.
     */
    private static boolean pointsBack(String answer) {
        String lower = answer.toLowerCase(Locale.GERMAN);
        // "Viele preußische Könige nach ihm": after whom, only the sentence before says
        if (lower.startsWith("kein") || PRONOUN_AFTER_A_PREPOSITION.matcher(lower).find()
            || POSSESSIVES.contains(lower.split("\\s+")[0])
            || Arrays.stream(lower.split("[^\\p{L}]+")).anyMatch(w -> Words.BACK_REFERENCES.contains(w)
                || CONNECTIVES.contains(w) && !w.equals("also") && !w.equals("nun"))) {
            return true;
        }
        return Arrays.stream(answer.toLowerCase(Locale.GERMAN).split("[^\\p{L}]+"))
            .anyMatch(w -> POINTING.contains(w) || w.startsWith("dies") || w.startsWith("solch") || w.startsWith("jen")
                // "der übernächste König": the one after next of the one the sentence before named
                || w.startsWith("entsprechend") || w.startsWith("übernächst"));
    }

    private static final Set<String> TIMES_OF_DAY = Set.of("morgens", "vormittags", "mittags", "nachmittags",
        "abends", "nachts", "tagsüber", "montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags",
        "sonntags");

    /** A word that stood first keeps its capital only if it is a noun or a name the dictionary knows as such. */
    private static final Set<Upos> OTHER_WORD_CLASSES = Set.of(Upos.ADP, Upos.DET, Upos.PRON, Upos.ADV, Upos.CCONJ,
        Upos.SCONJ, Upos.PART, Upos.AUX, Upos.ADJ, Upos.VERB, Upos.NUM);

    private String uncapitalised(Constituents clause, Constituents.Part part, String text) {
        Word first = clause.parse().word(part.from());
        boolean nameGoesOn = part.from() < part.to() && first.upos() == Upos.PROPN
            && clause.parse().word(part.from() + 1).upos() == Upos.PROPN
            && Words.capitalised(clause.parse().word(part.from() + 1).form());
        if (nameGoesOn) {
            // "Human Rights Watch", "Nie Haisheng": a name of several words, whatever its first word is on its own
            return text;
        }
        // "Dreimal/NOUN", "Vergangenen/PROPN": a word the dictionary knows only in small letters opened the sentence
        boolean noun = (first.upos() == Upos.NOUN || first.upos() == Upos.PROPN) && (morphology.readings(first.form())
            .isEmpty() && morphology.readings(first.form().toLowerCase(Locale.GERMAN)).isEmpty()
            || morphology.readings(first.form()).stream().anyMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN));
        // "Hu engagierte sich …", "Lahm wurde … operiert": a one-word name the dictionary knows only as a small word
        // ("hu"), or as an adjective or a verb, which alone would not be the subject, is still a name
        boolean subject = first.relation().startsWith("nsubj");
        boolean name = first.upos() == Upos.PROPN && part.from() == part.to() && morphology.readings(first.form()).stream()
            .noneMatch(m -> OTHER_WORD_CLASSES.contains(m.upos()) && !(subject && (m.upos() == Upos.ADJ
                || m.upos() == Upos.VERB)));
        // "Acht Flughäfen", and "Jugendliche/NOUN Krawallmacher/PROPN" with the noun read as its apposition
        Word next = part.from() < part.to() ? clause.parse().word(part.from() + 1) : null;
        // "Ausgewachsene/NOUN Wespen/PROPN": a plural the tagger took for a name, which the dictionary knows as a noun
        boolean nextACommonNoun = next != null && next.upos() == Upos.PROPN && Words.plainNoun(morphology.readings(next.form()));
        boolean beforeItsNoun = next != null && Words.adjectiveBeforeItsNoun(first.form(), next.form(),
            next.upos() == Upos.NOUN || nextACommonNoun || next.relation().equals("appos") && next.head() == part.from(),
            morphology);
        // "Pressesprecher/ADJ Steven McNamara": a word the dictionary knows only as a noun, or not at all and not
        // in small letters either, is a noun or a name whatever its tag
        List<Morph> capitalised = morphology.readings(first.form());
        boolean unknown = capitalised.isEmpty() ? morphology.readings(first.form().toLowerCase(Locale.GERMAN)).isEmpty()
            && !ADVERB_ENDING.matcher(first.form()).find() && !smallWordSpeltTheSwissWay(first.form())
            : capitalised.stream().allMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN);
        // "Hinweise/ADV nimmt die Polizei … entgegen": a noun to the dictionary, and no small word, whatever its tag
        // "Dreimal/ADV in Folge", a count of times the dictionary also has as a noun, is the adverb its tag says
        boolean countOfTimes = first.upos() == Upos.ADV && TIMES.matcher(first.form()).matches();
        boolean nounMistagged = first.upos() != Upos.VERB && first.upos() != Upos.AUX
            && capitalised.stream().anyMatch(m -> m.upos() == Upos.NOUN)
            && capitalised.stream().noneMatch(m -> SMALL_WORD_CLASSES.contains(m.upos()));
        // "Zurzeit befinden sich noch 3.000 …": an adverb the dictionary may not know, which the list above names
        // "Morgens erwärmt die Sonne den Boden": a time of day, which the dictionary also knows as a noun's genitive
        boolean knownAdverb = part.from() == part.to() && (SENTENCE_ADVERBS.contains(first.form().toLowerCase(Locale.GERMAN))
            || TIMES_OF_DAY.contains(first.form().toLowerCase(Locale.GERMAN)));
        // "Liebende küssen sich …": an adjective that alone is the subject is one as a noun
        boolean nominalised = subject && part.from() == part.to() && first.upos() == Upos.ADJ
            && capitalised.stream().anyMatch(m -> m.upos() == Upos.NOUN && m.lemma().equals(first.form()));
        // "Insgeheim plante er …": an adverb by its tag and by the parse, which the dictionary lacks in small letters
        // (not "Hinweise/ADV nimmt die Polizei … entgegen", a plural)
        // "Währenddessen", "Letzlich": no noun ends so, whatever readings the dictionary guesses for it
        boolean adverb = part.from() == part.to() && "advmod".equals(first.relation())
            && (first.upos() == Upos.ADV && capitalised.stream().noneMatch(m -> m.upos() == Upos.NOUN
                    && m.has(Feature.PLURAL))
                || ADVERB_FORM.matcher(first.form()).find());
        // "Achtzehn weitere Jahre machte Queen …": a number word before what it counts, whatever else it can be
        // ("Millionen Menschen": a plural noun, which keeps its capital)
        boolean count = first.upos() == Upos.NUM && "nummod".equals(first.relation()) && first.head() > part.from()
            && first.head() <= part.to() && capitalised.stream().noneMatch(m -> m.has(Feature.PLURAL));
        // "Neun von zehn Menschen": a share, whose number word the dictionary also knows as a noun
        boolean share = (first.upos() == Upos.NUM || NUMBER_WORDS.containsKey(Words.lower(first.form()))) && next != null
            && Words.lower(next.form()).equals("von");
        noun = (noun || name || unknown || nounMistagged || nominalised) && !beforeItsNoun && !countOfTimes
            && !knownAdverb && !adverb && !count && !share && !beforeAnArticle(clause.parse(), part.from());
        boolean keep = noun || first.form().length() > 1 && first.form().equals(first.form().toUpperCase(Locale.GERMAN));
        return keep || text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** "Ausserdem", "Schliesslich": a small word the dictionary knows only with "ß", which Swiss German never writes. */
    private boolean smallWordSpeltTheSwissWay(String form) {
        String sharp = Words.lower(form).replace("ss", "ß");
        return !sharp.equals(Words.lower(form)) && morphology.readings(sharp).stream()
            .anyMatch(m -> SMALL_WORD_CLASSES.contains(m.upos()));
    }

    /** "Eins der …", "keiner der …", "jeder der …": one, none or each of those the genitive after it names. */
    private static final Set<String> ONE_NONE_OR_EACH = Set.of("eins", "einer", "eines", "keiner", "keines", "jeder",
        "jedes");

    /**
     * "All die … Apps", "Gut eine Woche vor der Wahl": a word right before an article, tagged a determiner or known
     * in small letters as an adjective before an indefinite one, is no noun, whatever else the dictionary knows it as.
     */
    private boolean beforeAnArticle(Parse parse, int word) {
        if (word + 1 >= parse.words().size() || parse.word(word + 1).upos() != Upos.DET) {
            return false;
        }
        Word first = parse.word(word);
        // "Eins der weltweit größten Silvesterfeste": one of them, a small word before the genitive's article
        return first.upos() == Upos.PRON || first.upos() == Upos.DET
            || ONE_NONE_OR_EACH.contains(Words.lower(first.form()))
            || Words.adjectiveBeforeAnIndefiniteArticle(first.form(), parse.word(word + 1).form(), morphology);
    }

    /**
     * "wegen unsportlichen Verhaltens und Nichtbefolgung | einer Verbandsanordnung", the genitive hung elsewhere: an
     * answer right before a genitive article ("des", "eines"; "einer", "der" after a noun of doing) whose phrase the
     * question keeps.
     */
    private static boolean genitiveLeftBehind(Constituents clause, Constituents.Part asked) {
        Parse parse = clause.parse();
        if (asked.to() + 1 >= parse.words().size() || parse.word(asked.to() + 1).upos() != Upos.DET) {
            return false;
        }
        String next = Words.lower(parse.word(asked.to() + 1).form());
        return Set.of("des", "eines").contains(next)
            || Set.of("einer", "der").contains(next) && NOUN_OF_DOING.matcher(parse.word(asked.to()).form()).find();
    }

    private static final java.util.regex.Pattern NOUN_OF_DOING = java.util.regex.Pattern.compile(
        "\\p{Lu}\\p{L}*(?:ung|ion|nahme)$");

    private static final java.util.regex.Pattern TIMES = java.util.regex.Pattern.compile(
        "(?:Ein|Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|Mehr|Viel|Etliche|Hundert|Tausend)mal");
    /** "Ihrerseits", "teilweise", "mehrmals": endings of adverbs the dictionary may not know, written small. */
    private static final java.util.regex.Pattern ADVERB_ENDING = java.util.regex.Pattern.compile(
        "\\p{Ll}(seits|weise|mals|falls|wärts)$");
    /** "Letztlich", "Währenddessen": endings no noun has, whatever readings the dictionary guesses. */
    private static final java.util.regex.Pattern ADVERB_FORM = java.util.regex.Pattern.compile(
        "\\p{Ll}(?:lich|dessen)$");

    private static final Set<Upos> SMALL_WORD_CLASSES = Set.of(Upos.ADV, Upos.ADJ, Upos.DET, Upos.PRON, Upos.ADP,
        Upos.CCONJ, Upos.SCONJ, Upos.PART, Upos.NUM);

    /** The constituent, its name without a title ("Olaf Scholz", "Scholz"), and its head word. */
    /** Two or more names that end the phrase right after the noun of a person ("der Außenminister Mickey Kantor"). */
    private Optional<String> nameAfterAPersonNoun(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int from = part.to();
        while (from > part.from() && parse.word(from - 1).upos() == Upos.PROPN && Words.capitalised(parse.word(from - 1).form())
            && !personNounTakenForAName(parse.word(from - 1))) {
            from--;
        }
        // not "ein Kinderbuch des britischen Schriftstellers Lewis Carroll": the person of an attribute is not the phrase's
        boolean names = parse.word(part.to()).upos() == Upos.PROPN && from < part.to() && from > part.from()
            && (isPersonNoun(parse.word(from - 1)) || personNounTakenForAName(parse.word(from - 1)))
            && !attributeTokens(parse, part).contains(parse.word(from - 1).token());
        return names ? Optional.of(clause.text(from, part.to())) : Optional.empty();
    }

    /** "handelt von einem Mädchen": a phrase with "von" beside the verb, what a story is about. */
    private static boolean aboutSomething(Parse parse, int verb) {
        return parse.children(verb).stream().filter(c -> parse.word(c).relation().startsWith("obl"))
            .anyMatch(o -> parse.children(o, "case").stream().anyMatch(c -> Words.lower(parse.word(c).form()).equals("von")));
    }

    /** "der Norweger/PROPN Fridtjof Nansen": a noun for a person, a people's above all, that the tagger read as a name. */
    private boolean personNounTakenForAName(Word word) {
        // (not "die Heiligen Drei Könige": an adjective made a noun, part of the name)
        boolean adjective = morphology.readings(Words.lower(word.form())).stream().anyMatch(m -> m.upos() == Upos.ADJ);
        return word.upos() == Upos.PROPN && !adjective && (demonym(word.form()) || morphology.readings(word.form())
            .stream().anyMatch(m -> m.upos() == Upos.NOUN && "person".equals(fields.fieldOf(m.lemma(), Upos.NOUN))));
    }

    /** "das vier Männer": "das" read as the article of a noun a cardinal number counts. */
    private static boolean dasBeforeACount(Parse parse) {
        for (int w = 0; w + 1 < parse.words().size(); w++) {
            Word das = parse.word(w);
            Word count = parse.word(w + 1);
            if (Words.lower(das.form()).equals("das") && das.upos() == Upos.DET && count.upos() == Upos.NUM
                && count.relation().equals("nummod") && count.head() == das.head() && !count.form().endsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A character of a story, a comic or a film, by the noun an article introduces it with. */
    private static final java.util.regex.Pattern CHARACTER = java.util.regex.Pattern.compile(
        "(?:\\p{Lu}\\p{Ll}+-?f|F)igur|\\p{Lu}\\p{Ll}*held(?:in)?");

    /**
     * Words that open a name and alone name nothing: English adjectives of a nickname or a name ("Old Shatterhand",
     * "Little Richard", "die Inner Islands") and the words for a mountain ("der Mont Blanc").
     */
    private static final Set<String> OPENINGS_THAT_NAME_NOTHING = Set.of("Old", "Big", "Little", "Young", "Great",
        "Black", "Red", "White", "Inner", "Outer", "Upper", "Lower", "Mont", "Monte", "Piz");

    private List<String> answers(Constituents clause, Constituents.Part part, String text, People people) {
        List<String> answers = new ArrayList<>();
        answers.add(text);
        var tokens = clause.sentence().tokens();
        int fromToken = clause.parse().word(part.from()).token();
        int toToken = clause.parse().word(part.to()).token() + 1;
        java.util.Set<Integer> attributes = attributeTokens(clause.parse(), part);
        for (People.Mention mention : people.in(clause.sentence())) {
            boolean inAnAttribute = java.util.stream.IntStream.range(mention.from(), mention.to())
                .anyMatch(attributes::contains);
            // "Der Erfinder der Musikschule, Jürgen Kremb, …": a name set off by commas names the whole phrase, however
            // the parse hung it
            boolean setOff = mention.from() > 0 && tokens.get(mention.from() - 1).text().equals(",")
                && mention.to() < tokens.size() && tokens.get(mention.to()).text().equals(",");
            // "Einige Mubarak-Gegner": a name that is the first part of a compound names no one the phrase is
            boolean inACompound = mention.to() < tokens.size() && tokens.get(mention.to()).text().startsWith("-")
                && tokens.get(mention.to() - 1).span().end() == tokens.get(mention.to()).span().start();
            if (mention.from() >= fromToken && mention.to() <= toToken && (!inAnAttribute || setOff) && !inACompound) {
                String name = Words.text(clause.sentence(), tokens, mention.from(), mention.to());
                if (!answers.contains(name)) {
                    answers.add(name);
                }
                if (!answers.contains(mention.person().surname()) && !People.anotherOfTheSameSurname(name, mention.person())) {
                    answers.add(mention.person().surname());
                }
                // "Wer wurde … verhaftet? – Hu": the full name the article gave before is as right
                String full = mention.person().name();
                if (name.equals(mention.person().surname()) && full.contains(" ") && !answers.contains(full)) {
                    answers.add(full);
                    String untitled = People.withoutTitle(full, morphology);
                    if (!untitled.equals(full)) {
                        answers.add(untitled);
                    }
                }
            }
        }
        nameAfterAPersonNoun(clause, part).filter(name -> !answers.contains(name)).ifPresent(name -> {
            // "Der US-Handelsbeauftragte Mickey Kantor" with a given name the dictionary does not know: the name answers
            answers.add(name);
            answers.add(name.substring(name.lastIndexOf(' ') + 1));
        });
        Clubs.town(clause.parse(), firstAfterItsPreposition(clause.parse(), part), part.to())
            .filter(town -> !answers.contains(town)).ifPresent(answers::add);
        String head = clause.parse().word(part.word()).form();
        List<Integer> flat = clause.parse().children(part.word(), "flat");
        Optional<Word> besideTheAdjective = nounAfterANamesAdjective(clause.parse(), part.word());
        if (!flat.isEmpty() && NOBLE_TITLES.contains(head)) {
            // "Lord Halifax": the title alone names no one
            head = clause.parse().word(flat.get(flat.size() - 1)).form();
        } else if (!flat.isEmpty() && (People.PLACE_NAME_OPENINGS.contains(head)
            || OPENINGS_THAT_NAME_NOTHING.contains(head)
            || NUMBER_WORDS.containsKey(Words.lower(head)))) {
            // "New Orleans", "die Heiligen Drei Könige", "Old Shatterhand": "New", "Drei" or "Old" alone names nothing
            head = Words.text(clause.parse(), part.word(), flat.get(flat.size() - 1));
        } else if (flat.isEmpty()
            && (People.PLACE_NAME_OPENINGS.contains(head) || OPENINGS_THAT_NAME_NOTHING.contains(head))
            && part.word() < part.to() && clause.parse().word(part.word() + 1).upos() == Upos.PROPN) {
            // "der Mount/PROPN Kosciuszko/appos": the same, with the rest of the name read as an apposition
            int end = part.word() + 1;
            while (end < part.to() && clause.parse().word(end + 1).upos() == Upos.PROPN) {
                end++;
            }
            head = Words.text(clause.parse(), part.word(), end);
        } else if (!flat.isEmpty() && morphology.readings(head).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME))) {
            // "Stefan Fleck", whose surname the dictionary knows as a noun: the surname answers, the given name not;
            // "Alexander von Humboldt" with "von" read as the name's last word: the word after it
            int last = flat.get(flat.size() - 1);
            boolean particle = !Words.capitalised(clause.parse().word(last).form())
                && last + 1 < clause.parse().words().size() && Words.capitalised(clause.parse().word(last + 1).form());
            head = clause.parse().word(particle ? last + 1 : last).form();
        } else if (!flat.isEmpty() && flat.get(0) == part.word() + 2
            && clause.parse().word(part.word() + 1).form().equals("-")) {
            // "Rabmer-Koller", which the tokenizer took apart at its hyphen: the whole name, not its first half
            head = Words.text(clause.parse(), part.word(), flat.get(0));
        } else if (surnameAfterVon(clause.parse(), part.word()) && morphology.readings(head).stream()
            .anyMatch(m -> m.has(Feature.GIVEN_NAME))) {
            // "Otto von Bismarck", with the surname its particle's object: the surname answers, the given name not
            head = clause.parse().word(part.word() + 2).form();
        } else if (besideTheAdjective.isPresent()) {
            head = besideTheAdjective.get().form();
        } else if (!flat.isEmpty() && flat.get(0) == part.word() + 1
            && clause.parse().word(part.word()).upos() == Upos.PROPN && head.matches("\\p{Lu}\\p{L}*e[nrsm]?")
            && morphology.readings(Words.lower(head)).stream().anyMatch(m -> m.upos() == Upos.ADJ)) {
            // "Das Südliche/PROPN Breitmaulnashorn": a name's adjective, whose noun after it answers, not the adjective
            head = clause.parse().word(flat.get(flat.size() - 1)).form();
        } else if (placeAdjectiveBeforeItsNoun(clause.parse(), part.word())) {
            // "Die Erste Wiener Türkenbelagerung" with the place's adjective the head: the noun answers
            head = clause.parse().word(part.word() + 1).form();
        }
        head = gluedOn(clause, part, head);
        // "der Arzt Dr. John Watson": the noun before the name says what he is, and answers no more than "Arzt" would
        boolean nounBeforeAName = nameAfterAPersonNoun(clause, part).isPresent()
            && isPersonNoun(clause.parse().word(part.word()));
        // "St. Petersburg": an abbreviation that opens a name is no answer alone
        if (!answers.contains(head) && nominal(clause.parse().word(part.word())) && !head.endsWith(".") && !nounBeforeAName) {
            answers.add(head);
        }
        // "Sand-" of "Sand- und Staubstürme", "Französisch" of "Französisch-Kamerun": half a word answers nothing
        answers.removeIf(answer -> !answer.equals(text) && Words.halfAWord(answer, text));
        // "Lord" of "Lord Halifax", which the article's names may give as a surname: the title alone names no one
        answers.removeIf(answer -> answers.size() > 1 && (NOBLE_TITLES.contains(answer)
            || NOBLE_TITLES.stream().anyMatch(title -> answer.startsWith(title + " ") && !text.startsWith(answer))));
        return answers;
    }

    private static boolean surnameAfterVon(Parse parse, int head) {
        return head + 2 < parse.words().size() && Set.of("von", "zu").contains(parse.word(head + 1).form())
            && parse.word(head + 2).head() == head && parse.word(head + 2).upos() == Upos.PROPN;
    }

    /** Titles of nobility that open a name ("Lord Halifax", "Sir Patrick Stewart"). */
    private static final Set<String> NOBLE_TITLES = Set.of("Lord", "Lady", "Sir", "Dame", "Graf", "Gräfin", "Fürst",
        "Fürstin", "Prinz", "Prinzessin", "Herzog", "Herzogin", "Baron", "Baronin");

    /** "Kopf-an-Kopf-Rennen", which the tokenizer took apart at its hyphens: the whole compound, not "Kopf". */
    private static String gluedOn(Constituents clause, Constituents.Part part, String head) {
        var tokens = clause.sentence().tokens();
        int first = clause.parse().word(part.word()).token();
        int last = first;
        int end = clause.parse().word(part.to()).token();
        while (last + 1 <= end && tokens.get(last).span().end() == tokens.get(last + 1).span().start()
            && (tokens.get(last).text().endsWith("-") || tokens.get(last + 1).text().startsWith("-"))) {
            last++;
        }
        return last == first || !head.equals(tokens.get(first).text()) ? head
            : Words.text(clause.sentence(), tokens, first, last + 1);
    }

    /**
     * The tokens of the phrase's attributes and relative clauses ("Herbert Gruber, der … die Erben nach Grünbaum
     * vertritt"), where a name names someone other than the one the phrase is: no answer for it.
     */
    private static java.util.Set<Integer> attributeTokens(Parse parse, Constituents.Part part) {
        java.util.Set<Integer> tokens = new java.util.HashSet<>();
        for (int w = part.from(); w <= part.to(); w++) {
            String relation = parse.word(w).baseRelation();
            if (w != part.word() && Set.of("acl", "nmod", "obl").contains(relation)) {
                parse.subtree(w).forEach(a -> tokens.add(parse.word(a).token()));
            }
        }
        return tokens;
    }

    /** "das Inka-Reich" parsed with "Inka" as its head: the compound's last part, a realm, says what it is. */
    private static boolean compoundGoesOn(Parse parse, Constituents.Part part) {
        int after = part.word() + 1;
        return after + 1 <= part.to() && parse.word(after).form().equals("-")
            && parse.word(after + 1).form().matches("\\p{Lu}.*");
    }

    private boolean onlyAGivenName(String form) {
        List<Morph> readings = morphology.readings(form);
        return readings.stream().anyMatch(m -> m.has(Feature.GIVEN_NAME))
            && readings.stream().noneMatch(m -> m.has(Feature.COUNTRY) || m.has(Feature.CITY) || m.has(Feature.REGION));
    }

    /** What things are made of. */
    private static final Set<String> MATERIALS = Set.of("Stahl", "Eisen", "Holz", "Stein", "Metall", "Kunststoff",
        "Plastik", "Glas", "Gold", "Silber", "Bronze", "Kupfer", "Leder", "Papier", "Pappe", "Ton", "Keramik", "Beton",
        "Marmor", "Knochen", "Horn", "Wolle", "Stoff", "Gummi", "Aluminium", "Messing", "Elfenbein");

    /**
     * "der Kalte Krieg", "Das Markgräfliche Opernhaus" parsed with the capitalised adjective the head and the noun a
     * name beside it: the noun, which says what the phrase names.
     */
    private Optional<Word> nounAfterANamesAdjective(Parse parse, int head) {
        Word word = parse.word(head);
        if (word.upos() != Upos.NOUN || head + 1 >= parse.words().size()
            || !word.form().matches("\\p{Lu}\\p{L}*e[nrsm]?")) {
            return Optional.empty();
        }
        Word next = parse.word(head + 1);
        boolean besideIt = next.head() == head && Set.of("appos", "flat").contains(next.relation())
            && (next.upos() == Upos.NOUN || next.upos() == Upos.PROPN);
        return besideIt && morphology.readings(Words.lower(word.form())).stream().anyMatch(m -> m.upos() == Upos.ADJ)
            ? Optional.of(next) : Optional.empty();
    }

    /** "durch einen Feuerschläger aus Stahl": a thing made of something, whatever else its name may mean. */
    private boolean madeOfAMaterial(Parse parse, int noun) {
        return parse.word(noun).upos() == Upos.NOUN && parse.children(noun, "nmod").stream()
            .anyMatch(n -> MATERIALS.contains(lemma(parse.word(n))) && parse.children(n, "case").stream()
                .anyMatch(c -> Words.lower(parse.word(c).form()).equals("aus")));
    }

    /** "Das Lateinische setzte sich … durch": a language, named by its adjective in the neuter. */
    private static boolean languageByItsAdjective(Parse parse, Constituents.Part part) {
        return part.word() > part.from() && Words.LANGUAGE_BY_ITS_ADJECTIVE.matcher(parse.word(part.word()).form()).matches()
            && Words.lower(parse.word(part.word() - 1).form()).equals("das");
    }

    /**
     * "König Leopolds Herrschaft" with "Herrschaft" tagged a name: a common noun after a name in the genitive is what
     * the phrase names, the person only its owner.
     */
    private boolean ownedByANameBefore(Parse parse, Constituents.Part part) {
        if (part.to() <= part.from()) {
            return false;
        }
        Word last = parse.word(part.to());
        Word before = parse.word(part.to() - 1);
        return last.upos() == Upos.PROPN && People.onlyACommonNoun(last.form(), morphology)
            && before.upos() == Upos.PROPN && before.form().matches("\\p{Lu}\\p{L}+s");
    }

    private boolean isPerson(Constituents clause, Constituents.Part part, People people) {
        if (namesAModel(clause, part) || java.util.stream.IntStream.rangeClosed(part.from(), part.to())
            .anyMatch(w -> MALWARE.matcher(Words.lower(clause.parse().word(w).form())).matches())
            || CARRIER_OF_THINGS.matcher(Words.lower(clause.parse().word(part.word()).form())).matches()) {
            // "der aggressive Verschlüsselungstrojaner Locky": malware, whatever name it has; "die Datenträger"
            return false;
        }
        Word head = clause.parse().word(part.word());
        if (madeOfAMaterial(clause.parse(), part.word()) || ownedByANameBefore(clause.parse(), part)) {
            return false;
        }
        Optional<Word> besideTheAdjective = nounAfterANamesAdjective(clause.parse(), part.word());
        if (besideTheAdjective.isPresent()) {
            return isPersonNoun(besideTheAdjective.get());
        }
        if (head.form().equals("Spitze") && clause.parse().children(part.word(), "nmod").stream()
            .map(clause.parse()::word).anyMatch(n -> n.upos() == Upos.NOUN && !isPersonNoun(n)
                && !WhPhrases.agent(lemma(n).toLowerCase(Locale.GERMAN)) || n.upos() == Upos.PROPN && isPlace(n))) {
            // "Die Spitze einer Lanze": the tip of a thing, where "die Spitze der Partei" leads it; "die nördliche
            // Spitze von Norwegen", the tip of a land
            return false;
        }
        if (part.from() + 1 <= part.to() && clause.parse().word(part.from()).upos() == Upos.DET
            && (NAMING_NOUNS.contains(clause.parse().word(part.from() + 1).form())
                || Words.NUMBER_NOUNS.contains(clause.parse().word(part.from() + 1).form()))) {
            // "Der Name Philadelphia kommt aus dem Altgriechischen", "das Wort Aqua", "die Zahl Sieben": a name, a word
            // or a number, no one
            return false;
        }
        if (People.SAINTS.contains(clause.parse().word(part.from()).form()) && head.upos() == Upos.PROPN) {
            // "Da St. Lucia in den Tropen liegt": a place named after a saint, whose given name it keeps
            return false;
        }
        Optional<Word> completed = compoundTheHeadBegins(clause.parse(), part.word());
        if (completed.isPresent()) {
            // "Banken- und Finanztitel": stocks, which the bank of the first half does not make a body that acts
            return isPersonNoun(completed.get()) || WhPhrases.agent(lemma(completed.get()).toLowerCase(Locale.GERMAN));
        }
        if (DRIVER.matcher(Words.lower(clause.text(part)).replaceFirst("^(?:der|die|den|dem|des|ein|eine|einen|einem) ", ""))
            .matches()) {
            // "Der Lkw-/PROPN Lenker": a driver, however the tagger split the compound
            return true;
        }
        boolean namedPlace = head.upos() == Upos.NOUN && Words.isPlaceNoun(head.form())
            && !WhPhrases.agent(Words.lower(head.form())) && part.word() < part.to()
            && clause.parse().word(part.word() + 1).upos() == Upos.PROPN;
        if (namedPlace) {
            // "Der Flughafen Los Angeles": a place with its name, whatever the parse made of the name
            return false;
        }
        int token = head.token();
        boolean named = people.in(clause.sentence()).stream().anyMatch(m -> token >= m.from() && token < m.to());
        // "Lee geriet am Ende in Zeitnot" beside "Lee Sedol": a name whose family name comes first
        boolean surname = head.upos() == Upos.PROPN && part.from() == part.word()
            && people.persons().stream().anyMatch(p -> p.name().contains(" ") && (p.surname().equals(head.form())
                || part.from() == part.to() && p.name().startsWith(head.form() + " ")));
        // "Die lebenslustige Grete (Barbara Petritsch)": a part and its player
        List<org.textquiz.core.article.Token> tokens = clause.sentence().tokens();
        boolean played = token + 2 < tokens.size() && tokens.get(token + 1).text().equals("(")
            && people.in(clause.sentence()).stream().anyMatch(m -> m.from() == token + 2);
        if (named || surname || played || titledName(clause, part, people) || personCoordinated(clause, part, people)
            || doctorFirst(clause, part, people)) {
            return true;
        }
        if (Words.nameWithAnAge(clause.parse(), part.word())
            || (head.upos() == Upos.PROPN || morphology.readings(head.form()).stream().noneMatch(m -> m.upos() == Upos.NOUN))
                && HEIGHT.matcher(clause.text(part)).find()) {
            // "Der nur 1,69 m große Marin": how tall, said of someone's name
            return true;
        }
        if (head.upos() == Upos.PROPN && clause.parse().children(part.word(), "appos").stream().map(clause.parse()::word)
            .anyMatch(a -> a.upos() == Upos.NOUN && (isPersonNoun(a) || WhPhrases.agent(lemma(a).toLowerCase(Locale.GERMAN))))) {
            // "Syriza, die Linkspartei, muss sich wieder verbiegen": a name the apposition says is a party's
            return true;
        }
        if (head.upos() == Upos.NOUN && morphology.readings(head.form()).isEmpty() && head.form().endsWith("er")
            && clause.parse().children(part.word(), "appos").stream().filter(a -> a == part.word() + 1)
                .map(clause.parse()::word).anyMatch(a -> WhPhrases.agent(Words.lower(a.form())))) {
            // "Das Nesslauer Quintett", with the place's adjective the dictionary does not know read as the noun
            return true;
        }
        if (head.upos() == Upos.PROPN && part.from() == part.to() && morphology.readings(head.form()).stream()
            .anyMatch(m -> m.has(Feature.GIVEN_NAME)) && morphology.readings(head.form()).stream()
                .noneMatch(m -> m.has(Feature.COUNTRY) || m.has(Feature.CITY) || m.has(Feature.REGION))
            // "Sofia ist die Hauptstadt von Bulgarien": a town with a given name's
            && people.introducedAs(head.form()).filter(n -> Words.isPlaceNoun(n) || !WhPhrases.personOrBody(n, fields))
                .isEmpty()) {
            // "Franziskus wurde … empfangen": a pope, a footballer or an artist known by one given name
            return true;
        }
        if (head.upos() == Upos.PROPN && part.from() < part.to() && java.util.stream.IntStream
            .rangeClosed(part.from(), part.to()).mapToObj(clause.parse()::word).allMatch(w -> w.upos() == Upos.CCONJ
                || w.form().equals(",") || w.upos() == Upos.PROPN && onlyAGivenName(w.form()))) {
            // "Adolf und Rudolf wuchsen in Herzogenaurach auf": brothers, known by their given names
            return true;
        }
        if (head.upos() == Upos.PROPN && part.to() == part.word() + 1 && clause.parse().word(part.to()).form()
            .matches("\\p{Lu}\\.") && morphology.readings(head.form()).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME))) {
            // "Hasan E. war im März … festgenommen worden": a given name and an initial, as reports name the accused
            return true;
        }
        if (endsInAFullName(clause, part, people)) {
            return true;
        }
        boolean bareSingular = head.upos() == Upos.NOUN && part.from() == part.to()
            && clause.parse().children(part.word()).isEmpty() && morphology.readings(head.form()).stream()
                .allMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.SINGULAR));
        // "Englisch wird in vielen Ländern gesprochen": what is said, not who says it
        boolean said = head.relation().equals("nsubj:pass");
        if (bareSingular && !said
            && (saying(clause) || NAMING_VERBS.contains(lemma(clause.parse().word(clause.head()))))) {
            // "Modder nannte die Absage …": a noun alone, without its article, that says or names is someone's name
            return true;
        }
        boolean nameAlone = part.word() == part.from() && java.util.stream.IntStream.rangeClosed(part.from(), part.to())
            .mapToObj(clause.parse()::word).allMatch(w -> w.upos() == Upos.PROPN || w.form().equals("-"));
        if (head.upos() == Upos.PROPN && nameAlone && !said
            && saying(clause)
            && people.introducedAs(head.form()).filter(n -> !WhPhrases.personOrBody(n, fields)).isEmpty()) {
            // "sagte Thaksin, man werde kämpfen": a name that says something is someone's
            return true;
        }
        List<Word> owners = AMBIGUOUS_PERSON_NOUNS.contains(lemma(head))
            ? clause.parse().children(part.word(), "nmod").stream().map(clause.parse()::word).toList() : List.of();
        if (!owners.isEmpty() && owners.stream().noneMatch(w -> isPersonNoun(w) || w.upos() == Upos.PROPN
            || WhPhrases.agent(lemma(w).toLowerCase(Locale.GERMAN)) || INSTITUTION.matcher(Words.lower(lemma(w))).matches())) {
            // "der Anhänger eines polnischen Lastwagens": a trailer, whose thing the genitive names, not a follower
            return false;
        }
        if (head.upos() == Upos.PROPN && part.from() == part.word() && isCountry(head)) {
            // "Polen" is also the plural of "Pole"; standing alone as a name it is the country, whatever noun the
            // article put before it once ("1995 wurde Finnland ein Mitglied der EU" makes no member of Finnland)
            return false;
        }
        Optional<String> introduced = nominal(head) && part.from() == part.to()
            ? people.introducedAs(head.form()) : Optional.empty();
        if (introduced.isPresent()) {
            // "des Zwergplaneten Ceres" makes "Ceres" a thing, "der Pharmakonzern Roche" a body that acts, and "Sofia
            // ist die Hauptstadt …" "Sofia" a place
            // "Winnetou ist eine Figur aus Büchern", "Donald Duck ist eine Comic-Figur": a character, who acts as people do
            return WhPhrases.personOrBody(introduced.get(), fields) && !Words.isPlaceNoun(introduced.get())
                || CHARACTER.matcher(introduced.get()).matches();
        }
        String headLemma = lemma(head).toLowerCase(Locale.GERMAN);
        if (head.upos() == Upos.NOUN && COUPLES.contains(headLemma)) {
            return true;
        }
        if (nominal(head) && demonym(head.form())) {
            // "viele Luxemburger": the people of a country or a town
            return true;
        }
        if (inhabitantsOfAPlaceTheArticleNames(head, people)) {
            return true;
        }
        if (head.upos() == Upos.PROPN && part.from() == part.word() && predicateNamesAPerson(clause)) {
            // "Eyadéma war der dienstälteste Staatsführer Afrikas": a name the predicate says is a person's
            return true;
        }
        if (head.upos() == Upos.PROPN && part.from() == part.word() && head.relation().equals("nsubj")
            && clause.parse().children(clause.head(), "obl").stream()
                .filter(o -> clause.parse().children(o, "case").stream()
                    .anyMatch(c -> Words.lower(clause.parse().word(c).form()).equals("als")))
                .map(clause.parse()::word).anyMatch(this::isPersonNoun)) {
            // "Agnetha und Anna-Frid machten einzeln als Sängerinnen weiter": names the verb says act as people
            return true;
        }
        if (head.upos() == Upos.NOUN && SPEAKING_BODIES.contains(headLemma) && !passive(clause)
            && (particleOfSaying(clause).isPresent() || !clause.parse().children(clause.head(), "obj").isEmpty()
                && clause.parse().children(clause.head(), "cop").isEmpty())) {
            // "Die Bahn gab an, …", "Die Bahn führte die Arbeiten … durch": the company, which says and does things
            return true;
        }
        // "Die Anzahl der Geiseln wurde noch nicht bestätigt": a number confirmed, named or estimated is no one
        boolean countDoneTo = Set.of("zahl", "anzahl").contains(headLemma) && passive(clause);
        if (head.upos() == Upos.NOUN && SHARES.contains(headLemma) && !amountChanges(clause) && !countDoneTo
            && clause.parse().children(part.word(), "nmod").stream().map(clause.parse()::word)
                .anyMatch(w -> isPersonNoun(w) || WhPhrases.agent(lemma(w).toLowerCase(Locale.GERMAN)))) {
            return true;
        }
        if (head.upos() == Upos.NOUN && WhPhrases.THINGS_WITHOUT_AN_ARTICLE.contains(headLemma)
            && clause.parse().children(part.word(), "det").isEmpty()) {
            // "Anklage wurde … erhoben": a charge; "die Anklage" is the prosecution, which acts
            return false;
        }
        for (int w = part.from(); w < part.word(); w++) {
            Word word = clause.parse().word(w);
            // not "die Berliner Mauer", "der Wiener Krankenanstaltenverbund": a town's adjective names no person
            boolean tied = word.head() == part.word() && Set.of("amod", "compound", "flat", "nmod").contains(word.relation())
                && !(word.relation().equals("amod") && word.form().endsWith("er"));
            boolean headANoun = morphology.readings(head.form()).stream().anyMatch(m -> m.upos() == Upos.NOUN);
            if (tied && (word.upos() == Upos.NOUN || word.upos() == Upos.PROPN) && Character.isUpperCase(word.form().charAt(0))
                && "person".equals(fields.fieldOf(lemma(word), Upos.NOUN)) && !headANoun) {
                // "die letzte Deutsche Fanny Chmelar", with the name the head: a person the noun before it says
                return true;
            }
        }
        for (int w = part.from(); w <= part.to(); w++) {
            Word word = clause.parse().word(w);
            boolean afterAHyphen = w > 0 && clause.parse().word(w - 1).form().equals("-")
                && clause.parse().word(w - 1).token() == word.token() - 1 && "flat".equals(word.relation());
            if (w != part.word() && (!word.form().startsWith("-") && !afterAHyphen || !joinedToTheHead(clause, part, w))) {
                continue;
            }
            String lemma = lemma(word);
            String lower = lemma.toLowerCase(Locale.GERMAN);
            // "Die Bänke sind … angebracht": benches, whose lemma "Bank" is also a bank's
            boolean benches = Words.lower(word.form()).matches(".*bänken?");
            // "Zeitungen erscheinen regelmäßig": papers that appear or are sold, which report and act elsewhere
            boolean printed = PRINTED.contains(lower) && (!clause.parse().children(clause.head(), "cop").isEmpty()
                || verbLemmas(clause).anyMatch(PRINTED_ONLY::contains));
            if ("person".equals(fields.fieldOf(lemma, Upos.NOUN)) || personLemma(word)
                || WhPhrases.agent(lower) && !benches && !printed || ACTING_PLURALS.contains(Words.lower(word.form()))
                    // "Am Roten Meer liegen viele Länder": lands that lie somewhere, where they act elsewhere; "Viele
                    // Länder in Asien waren eine Kolonie": what they were
                    && verbLemmas(clause).noneMatch(WhPhrases::liesSomewhere)
                    && clause.parse().children(clause.head(), "cop").isEmpty()
                || pluralOfAPersonTheDictionaryLacks(word.form()) || inhabitantsTheDictionaryLacks(word.form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "verständigte die zuständigen Behörden", "arbeiten für das Amt": a body of people as an object, or after a
     * preposition one does something with or for, asked "wen", "für wen"; not a body one sets up, owns or leaves.
     */
    private boolean bodyAskedAbout(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        String lower = lemma(head).toLowerCase(Locale.GERMAN);
        // "den Premier", tagged as a name: a word for people after its article
        boolean noun = head.upos() == Upos.NOUN || head.upos() == Upos.PROPN && part.from() + 1 == part.word()
            && part.word() == part.to() && head.form().matches("\\p{Lu}\\p{Ll}+");
        if (!noun || !WhPhrases.agent(lower)
            || Words.isPlaceNoun(head.form()) || officeOfSomeone(clause, part)) {
            return false;
        }
        if (head.relation().equals("obj")) {
            return morphology.readings(parse.word(clause.head()).form()).stream()
                .noneMatch(m -> m.upos() == Upos.VERB && (WhPhrases.DONE_TO_A_BODY.contains(m.lemma())
                    || HAVING_OR_ENTERING_A_BODY.contains(m.lemma())));
        }
        return head.relation().startsWith("obl") && BODY_PREPOSITIONS.contains(Words.lower(parse.word(part.from()).form()))
            && !withPartners(parse, part.word());
    }

    /** "gegen eine Koalition mit der FPÖ": a body with whom it is formed is the plan of one, which "wogegen" asks. */
    private static boolean withPartners(Parse parse, int noun) {
        return parse.children(noun, "nmod").stream().anyMatch(n -> parse.children(n, "case").stream()
            .anyMatch(c -> Words.lower(parse.word(c).form()).equals("mit")));
    }

    /** "für das Amt des Präsidenten kandidieren": an office someone holds, no body that acts. */
    private boolean officeOfSomeone(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return Words.lower(parse.word(part.word()).form()).endsWith("amt")
            && parse.children(part.word(), "nmod").stream().map(parse::word).anyMatch(w -> isPersonNoun(w) || WhPhrases.agent(lemma(w).toLowerCase(Locale.GERMAN)));
    }

    /** "eine Regierung bilden", "den Konzern leiten", "die Partei verlassen": a body as what one has or goes into. */
    private static final Set<String> HAVING_OR_ENTERING_A_BODY = Set.of("bilden", "stellen", "haben", "besitzen",
        "leiten", "führen", "betreiben", "verlassen", "besuchen", "betreten", "erreichen", "beitreten", "aufbauen",
        "bauen", "finanzieren", "reformieren", "umbauen", "erweitern",
        // "Die EU plant eine Armee": a body still to be made is a thing
        "planen", "schaffen", "einrichten", "aufstellen", "errichten");
    private static final Set<String> BODY_PREPOSITIONS = Set.of("für", "mit", "gegen", "an");

    /**
     * "eine Tochter namens Mindset AG": a company, whatever the noun before its name; not "Der Hypo Group
     * Publikumspreis", a prize the company's name goes before.
     */
    private static boolean namesACompany(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return java.util.stream.IntStream.rangeClosed(part.from(), part.to())
            .anyMatch(w -> People.COMPANY_FORMS.contains(parse.word(w).form()) && (w == part.to()
                || !Words.capitalised(parse.word(w + 1).form())
                || People.COMPANY_FORMS.contains(parse.word(w + 1).form())));
    }

    /** "Die NLD wurde aufgelöst", "… wird den Aktionären gehören"; not "Das Stadtamt hatte … verboten". */
    private boolean doneToABody(Constituents clause, Constituents.Part subject) {
        boolean passive = clause.parse().word(subject.word()).relation().equals("nsubj:pass");
        return morphology.readings(clause.parse().word(clause.head()).form()).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && (passive && WhPhrases.DONE_TO_A_BODY.contains(m.lemma())
                || m.lemma().equals("gehören")));
    }

    private boolean oneOfThePeople(Constituents clause) {
        Parse parse = clause.parse();
        boolean belonging = morphology.readings(parse.word(clause.head()).form()).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && Set.of("gehören", "zählen").contains(m.lemma()));
        return belonging && parse.children(clause.head(), "obl").stream().anyMatch(o -> isPersonNoun(parse.word(o))
            && parse.children(o, "case").stream().anyMatch(c -> Words.lower(parse.word(c).form()).equals("zu"))
            && parse.children(o, "det").stream().anyMatch(d -> parse.word(d).form().equals("den")));
    }

    /**
     * "Dean Whitehead, Grant Leadbitter und Carlos Edwards wurden im Sommer verkauft": a list of names of two words, one
     * of them with a given name the dictionary knows and none a place's, is people, whom a club sells as it would a
     * company.
     */
    private boolean fullNamesListed(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        List<Integer> names = new ArrayList<>(List.of(part.word()));
        names.addAll(parse.children(part.word(), "conj"));
        return names.size() > 1 && names.stream().allMatch(n -> parse.word(n).upos() == Upos.PROPN
            && !parse.children(n, "flat").isEmpty()
            && morphology.readings(parse.word(n).form()).stream()
                .noneMatch(m -> m.has(Feature.COUNTRY) || m.has(Feature.CITY) || m.has(Feature.REGION)))
            && names.stream().anyMatch(n -> morphology.readings(parse.word(n).form()).stream()
                .anyMatch(m -> m.has(Feature.GIVEN_NAME)));
    }

    /** "O’Keefe und sein Sohn": a phrase that coordinates a person with a name the article gives no more of. */
    private boolean personCoordinated(Constituents clause, Constituents.Part part, People people) {
        for (int conj : clause.parse().children(part.word(), "conj")) {
            Word other = clause.parse().word(conj);
            boolean named = people.in(clause.sentence()).stream()
                .anyMatch(m -> other.token() >= m.from() && other.token() < m.to());
            if (named || isPersonNoun(other) || other.upos() == Upos.NOUN && personLemma(other)) {
                return true;
            }
        }
        return false;
    }

    /** "der neue Airbus A380", "das iPhone 5": a name with a number is a model's, a thing's. */
    private static boolean namesAModel(Constituents clause, Constituents.Part part) {
        Word head = clause.parse().word(part.word());
        if (head.upos() == Upos.NOUN && WhPhrases.agent(head.form())) {
            // "die Gruppe Maroon 5": a band, a club or a party whose name has a number is still a body that acts
            return false;
        }
        for (int w = part.from(); w <= part.to(); w++) {
            Word word = clause.parse().word(w);
            if ((word.upos() == Upos.PROPN || word.upos() == Upos.NUM) && w > part.from()
                && (clause.parse().word(w - 1).upos() == Upos.PROPN || Words.MODEL_NOUNS.contains(clause.parse().word(w - 1).form()))
                && word.form().matches(".*\\d.*")) {
                return true;
            }
        }
        return false;
    }

    /** "Dr. Bernd Engelhardt, der Leiter der …": an abbreviated title, its full stop, then a name the article gives. */
    private static boolean doctorFirst(Constituents clause, Constituents.Part part, People people) {
        var tokens = clause.sentence().tokens();
        int first = clause.parse().word(part.from()).token();
        if (!TITLES.contains(tokens.get(first).text().replaceFirst("\\.$", ""))) {
            return false;
        }
        int name = tokens.get(first).text().endsWith(".") ? first + 1 : first + 2;
        return people.in(clause.sentence()).stream().anyMatch(m -> m.from() == name && m.isFullName());
    }

    /** "Dr. Bernd Engelhardt": abbreviated titles before a name, whatever the tagger made of them. */
    private static final Set<String> TITLES = Set.of("Dr", "Prof", "Dipl", "Ing", "Mag");

    private static final Set<String> PRINTED = Set.of("zeitung", "zeitschrift", "magazin");
    private static final Set<String> PRINTED_ONLY = Set.of("erscheinen", "kosten", "verkaufen", "drucken", "liefern");
    /** "Allerdings planen die Staaten Kuwait, Bahrain und Oman die Einführung …": countries that act together. */
    private static final Set<String> ACTING_PLURALS = Set.of("staaten", "länder", "nationen");

    /** Companies known by a common noun, which are a thing elsewhere ("die Bahn" of a train, "die Post" of letters). */
    private static final Set<String> SPEAKING_BODIES = Set.of("bahn", "post");

    /** "der Leiter der betreffenden Schule": a place people work in, which someone heads. */
    private static final java.util.regex.Pattern INSTITUTION = java.util.regex.Pattern.compile(
        ".*(schule|klinik|museum|einrichtung|bibliothek|station|projekt|delegation|zentrum|abteilung|gruppe|heim|"
            + "hochschule|universität|theater|betrieb|werk|büro|amt|dienst|polizei|feuerwehr|mission|kommission|"
            // "ein Anhänger der Jihadistenmiliz Islamischer Staat": a body one follows
            + "miliz|partei|bewegung|organisation|netzwerk|verein|sekte|kirche)");

    /** "Gruppen von Waren": a group whose phrase after it names things, not people. */
    private boolean groupOfThings(Parse parse, int head) {
        return Set.of("Gruppe", "Gruppen").contains(parse.word(head).form()) && parse.children(head, "nmod").stream()
            // ("von Waren/PROPN": a noun of the dictionary, whatever its tag)
            .map(parse::word).anyMatch(n -> {
                List<String> nouns = morphology.readings(n.form()).stream().filter(m -> m.upos() == Upos.NOUN)
                    .map(org.textquiz.core.analysis.Morph::lemma).toList();
                return !nouns.isEmpty() && nouns.stream().noneMatch(l -> "person".equals(fields.fieldOf(l, Upos.NOUN))
                    || WhPhrases.agent(l.toLowerCase(Locale.GERMAN)));
            });
    }

    /** Nouns for a person and for a thing: a follower or a trailer, a head or a ladder, a bearer or a girder. */
    private static final Set<String> AMBIGUOUS_PERSON_NOUNS = Set.of("Anhänger", "Leiter", "Träger", "Läufer", "Zähler",
        // "die Kunde von der Fehlentscheidung": news, not a customer
        "Kunde");

    /** "Das Paar hat vier Kinder": nouns for two people. */
    private static final Set<String> COUPLES = Set.of("paar", "ehepaar", "elternpaar", "brautpaar");

    /** "Die Mehrheit der Teilnehmer demonstrierte …": a share of a group, people when the group is. */
    private static final Set<String> SHARES = Set.of("mehrheit", "minderheit", "großteil", "grossteil", "teil", "hälfte", "drittel",
        "viertel", "dutzend", "dutzende", "hunderte", "tausende", "zahl", "anzahl", "vielzahl", "gruppe", "reihe");

    /** "NATO-Generalsekretär Mark Rutte": a title of nouns and adjectives, then a person's name, to the end. */
    private static boolean titledName(Constituents clause, Constituents.Part part, People people) {
        int fromToken = clause.parse().word(part.from()).token();
        int toToken = clause.parse().word(part.to()).token() + 1;
        var tokens = clause.sentence().tokens();
        if (tokens.get(toToken - 1).text().equals(")")) {
            int opening = toToken - 1;
            while (opening > fromToken && !tokens.get(opening).text().equals("(")) {
                opening--;
            }
            toToken = opening > fromToken ? opening : toToken;
        }
        int headToken = clause.parse().word(part.word()).token();
        if (Words.MATTERS_NAMED_AFTER_PEOPLE.contains(clause.parse().word(part.word()).form())
            || anActOnSomeone(clause.parse().word(part.word()))) {
            return false;
        }
        for (People.Mention mention : people.in(clause.sentence())) {
            boolean headIsTitle = headToken >= mention.from() - 2;
            if (mention.to() == toToken && mention.from() >= fromToken && headIsTitle) {
                return tokens.subList(fromToken, mention.from()).stream().allMatch(t -> t.upos() == Upos.NOUN
                    || t.upos() == Upos.PROPN || t.upos() == Upos.ADJ || t.upos() == Upos.DET
                    || t.upos() == Upos.PUNCT && (t.text().startsWith("-") || t.text().equals("."))
                    || TITLES.contains(t.text()));
            }
        }
        return false;
    }

    /**
     * "Nachfolger des glücklosen Hannu Järvenpää ist gefunden.": one person named by a noun with no article, as a
     * headline writes; "Wer ist gefunden?" asks nothing a reader would.
     */
    private boolean headlineSubject(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        return part.from() == part.word() && isPersonNoun(head)
            && parse.children(part.word()).stream().map(c -> parse.word(c).baseRelation())
                .noneMatch(r -> Set.of("det", "flat", "appos", "nummod", "amod", "conj").contains(r))
            && number(morphology.readings(clause.finiteText()).stream()
                .filter(m -> m.has(Feature.FINITE) && m.has(Feature.THIRD_PERSON)).toList())
                .filter(n -> n == Feature.SINGULAR).isPresent();
    }

    private static boolean counted(Parse parse, int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).anyMatch(w -> parse.word(w).upos() == Upos.NUM);
    }

    /** "Pekinger Weltfrauenkonferenz", "Wiener Staatsoper": a word in -er before a noun that names no one. */
    private boolean placeAdjectiveBeforeItsNoun(Parse parse, int w) {
        Word word = parse.word(w);
        if (!word.form().endsWith("er") || w + 1 >= parse.words().size()) {
            return false;
        }
        Word next = parse.word(w + 1);
        return next.head() == w && next.relation().equals("flat") && Character.isUpperCase(next.form().charAt(0))
            && morphology.readings(next.form()).stream().anyMatch(m -> m.upos() == Upos.NOUN)
            && !"person".equals(fields.fieldOf(next.form(), Upos.NOUN));
    }

    /** "Banken- und Finanztitel": the compound after "und" whose last part the head, cut at its hyphen, shares. */
    private static Optional<Word> compoundTheHeadBegins(Parse parse, int head) {
        List<Integer> conjuncts = parse.children(head, "conj");
        return head + 2 < parse.words().size() && parse.word(head + 1).form().equals("-")
            && parse.word(head + 2).upos() == Upos.CCONJ && !conjuncts.isEmpty()
            ? Optional.of(parse.word(conjuncts.get(conjuncts.size() - 1))) : Optional.empty();
    }

    private boolean isPersonNoun(Word head) {
        // "der aggressive Verschlüsselungstrojaner Locky": malware, named after the people of Troy; "einen
        // elektronischen Sucher": a camera's viewfinder, far more often than someone seeking
        String form = Words.lower(head.form());
        return head.upos() == Upos.NOUN && (nounLemmas(head).anyMatch(l -> "person".equals(fields.fieldOf(l, Upos.NOUN)))
            && !MALWARE.matcher(form).matches() && !form.matches("sucher[ns]?") && !CARRIER_OF_THINGS.matcher(form).matches()
            || DRIVER.matcher(form).matches());
    }

    /**
     * "Portugiesen", which LanguageTool's dictionary lacks while it knows "Portugiesin": the plural of a noun whose
     * feminine in -in names a person.
     */
    private boolean pluralOfAPersonTheDictionaryLacks(String form) {
        if (form.length() < 5 || !form.endsWith("en") || !Words.capitalised(form)
            || !morphology.readings(form).isEmpty()) {
            return false;
        }
        return morphology.readings(form.substring(0, form.length() - 2) + "in").stream()
            .anyMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.FEMININE) && m.has(Feature.SINGULAR));
    }

    /**
     * "Viele Tibeter sind … geflohen" after "Tibet ist ein gebirgiges Gebiet", "Triestiner" after "Triest ist eine
     * italienische Hafenstadt": the people of a place the article names and the dictionary does not know.
     */
    private boolean inhabitantsOfAPlaceTheArticleNames(Word head, People people) {
        String form = head.form();
        return nominal(head) && form.endsWith("er") && morphology.readings(form).isEmpty()
            && java.util.stream.Stream.of(2, 4).filter(cut -> cut == 2 || form.endsWith("iner"))
                .map(cut -> form.substring(0, form.length() - cut))
                .anyMatch(place -> people.introducedAs(place).filter(Words::isPlaceNoun).isPresent());
    }

    /**
     * "viele Kapverdier", "die Peruaner": a capitalised word the dictionary lacks in "-ier" or "-aner", which names the
     * people of a place (the things in "-ier", "Papier", "Klavier", "Revier", are all words it knows).
     */
    private boolean inhabitantsTheDictionaryLacks(String form) {
        return form.length() > 6 && Words.capitalised(form) && form.matches(".*\\p{Ll}(?:ier|aner)n?")
            && morphology.readings(form).isEmpty();
    }

    /** "Der Lkw-Lenker", Austrian for the driver, whom the dictionary's "Lenker" (a handlebar) does not make a person. */
    private static final java.util.regex.Pattern DRIVER = java.util.regex.Pattern.compile(
        "(?:lkw|pkw|auto|bus|fahrzeug|motorrad|traktor|straßenbahn|unfall|zug)(?:- ?| )?lenker(?:in|innen|s|n)?");

    /** "die flash-basierten Datenträger": media and carriers of things, not bearers of an office or of hope. */
    private static final java.util.regex.Pattern CARRIER_OF_THINGS = java.util.regex.Pattern.compile(
        "(?:daten|energie|informations|werbe|ton|bild|speicher|wärme|bedeutungs|ketten|flugzeug)träger[ns]?");
    private static final java.util.regex.Pattern MALWARE = java.util.regex.Pattern.compile(".+trojaner");

    /** A name the article gives a person with a given name, or with a title before it. */
    private static boolean isNamedPerson(Constituents clause, Constituents.Part part, People people) {
        Word head = clause.parse().word(part.word());
        int token = head.token();
        return head.upos() == Upos.PROPN && people.in(clause.sentence()).stream()
            .anyMatch(m -> token >= m.from() && token < m.to() && m.isFullName()) || titledName(clause, part, people)
            || nameAtTheEndOfAChain(clause, part, people) || surnameAfterAPreposition(clause, part, people);
    }

    /** "Michal Kadlec von Bayer 04", "Carsten Rothenbach vom FC St. Pauli": a name with the club it plays for. */
    private static boolean playerOfAClub(Parse parse, Constituents.Part part) {
        return parse.word(part.word()).upos() == Upos.PROPN && parse.children(part.word(), "nmod").stream()
            .anyMatch(c -> {
                List<Integer> tree = parse.subtree(c);
                int first = tree.get(0);
                return parse.word(first).relation().equals("case") && Set.of("von", "vom").contains(Words.lower(parse.word(first).form()))
                    && Clubs.names(parse, first + 1, tree.get(tree.size() - 1));
            });
    }

    /** "gegen den SC Freiburg": the first word after the phrase's preposition, if it has one. */
    private static int firstAfterItsPreposition(Parse parse, Constituents.Part part) {
        int first = part.from();
        while (first < part.to() && parse.word(first).relation().equals("case")) {
            first++;
        }
        return first;
    }

    /** "Für Reinke kam Tim Wiese ins Tor", after "Andreas Reinke" earlier: a surname alone names the person. */
    private static boolean surnameAfterAPreposition(Constituents clause, Constituents.Part part, People people) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        boolean alone = part.to() == part.word() && java.util.stream.IntStream.range(part.from(), part.word())
            .allMatch(w -> parse.word(w).relation().equals("case"));
        return head.upos() == Upos.PROPN && alone && people.persons().stream()
            .anyMatch(p -> p.name().contains(" ") && p.surname().equals(head.form()));
    }

    /** "für die DSV-Athletin Maria Riesch", which the parse strings together: a full name ends the chain. */
    private static boolean nameAtTheEndOfAChain(Constituents clause, Constituents.Part part, People people) {
        Parse parse = clause.parse();
        boolean chain = parse.word(part.word()).upos() == Upos.PROPN && part.to() > part.word()
            && java.util.stream.IntStream.rangeClosed(part.word() + 1, part.to())
                .allMatch(w -> parse.word(w).relation().equals("flat") && parse.word(w).head() == part.word());
        int last = parse.word(part.to()).token();
        return chain && people.in(clause.sentence()).stream()
            .anyMatch(m -> m.to() == last + 1 && m.isFullName() && m.from() > parse.word(part.word()).token());
    }

    private boolean isTime(Word head) {
        String lemma = lemma(head);
        return Words.WEEKDAYS.contains(head.form()) || Words.MONTHS.contains(head.form())
            || Words.WEEKDAY_PART.matcher(head.form()).matches() || head.form().matches("(19|20)\\d\\d")
            || "time".equals(fields.fieldOf(lemma, Upos.NOUN));
    }

    /**
     * "Die Spurs lagen mit einem Spiel vorne", "die Beatles": a name in the plural of English, which the dictionary does
     * not know, after "die" and with its verb in the plural, names a team or a band, who play.
     */
    private boolean pluralNameOfAGroup(Constituents clause, Constituents.Part part, People people) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        int last = part.to();
        // "Die Plaques verhindern, …" after "Diese Ablagerungen werden Plaques genannt": a thing the article named so
        boolean namedAThing = people.introducedAs(head.form()).filter(n -> !WhPhrases.personOrBody(n, fields)).isPresent();
        return part.from() < part.word() && !namedAThing && Words.lower(parse.word(part.from()).form()).equals("die")
            && (head.upos() == Upos.PROPN || head.upos() == Upos.NOUN) && last == part.word()
            // "Die Lavanttaler hielten Mattersburg … fern": the people of a valley or a town the dictionary does not know
            && head.form().matches("\\p{Lu}\\p{Ll}+[^aiousäöü]s|\\p{Lu}\\p{Ll}+er") && morphology.readings(head.form()).isEmpty()
            // "Die Atlantis wird … behalten": one ship, whose verb is singular
            && morphology.readings(clause.finiteText()).stream().filter(m -> m.has(Feature.FINITE))
                .allMatch(m -> m.has(Feature.PLURAL));
    }

    /**
     * "Italien hatte durch einen Sieg gegen Deutschland das Halbfinale erreicht": a country that does something to
     * something is its team, its government or its people, and is asked for with "wer"; one that only is or lies
     * somewhere stays "was".
     */
    private boolean countryActing(Constituents clause, Constituents.Part subject) {
        Word head = clause.parse().word(subject.word());
        List<Integer> coordinated = clause.parse().children(subject.word(), "conj");
        // "Kamerun und Frankreich erarbeiteten …": countries together, one of them one the dictionary knows
        boolean countries = subject.from() == subject.word() && head.upos() == Upos.PROPN && !coordinated.isEmpty()
            && coordinated.stream().allMatch(c -> clause.parse().word(c).upos() == Upos.PROPN
                && clause.parse().children(c).stream().allMatch(d -> Set.of("cc", "punct")
                    .contains(clause.parse().word(d).relation())))
            && java.util.stream.Stream.concat(java.util.stream.Stream.of(subject.word()), coordinated.stream())
                .anyMatch(w -> isCountry(clause.parse().word(w)));
        boolean country = countries || subject.from() == subject.word() && head.upos() == Upos.PROPN && isCountry(head)
            || subject.word() - subject.from() <= 1 && ACRONYM.matcher(head.form()).matches()
                && !THING_ACRONYMS.contains(head.form()) && !Words.STOCK_INDEXES.contains(head.form())
                // "die GEW Niedersachsen": a body's letters with the region it stands for there
                && java.util.stream.IntStream.rangeClosed(subject.word() + 1, subject.to())
                    .allMatch(w -> clause.parse().word(w).upos() == Upos.PROPN && isPlace(clause.parse().word(w)))
            || nominal(head) && TOWNS.contains(lemma(head))
            // "Kiew muss … zustimmen", with "Kiew" tagged a noun or a name
            || subject.from() == subject.to() && GOVERNMENT_SEATS.contains(head.form());
        boolean having = morphology.readings(clause.parse().word(clause.head()).form()).stream()
            .anyMatch(m -> HAVING.contains(m.lemma()));
        // "Russland warf der USA vor, …", "hat sich die Stadt entschlossen, … zu bauen": what it does, to whom
        // "Brasilien hatte … eine Weltmeisterschaft … ausgetragen" with the object a passive subject beside "hatte"
        // not "gilt als das ärmste Land", what it counts as
        boolean doing = clause.parse().children(clause.head()).stream()
            .filter(c -> !COMPARING.contains(Words.lower(clause.parse().word(clause.parse().subtree(c).get(0)).form())))
            // "trug die Stadt den Namen Königsberg": what it was called, nothing it did
            .filter(c -> !NAMING_NOUNS.contains(clause.parse().word(c).form())
                && !clause.parse().word(c).form().equals("Namen"))
            // "weil die Stadt Bern so gut erhalten blieb": how it stayed, no more done than "ist gut erhalten"
            .filter(c -> !(clause.parse().word(c).relation().equals("xcomp")
                && clause.parse().word(c).upos() == Upos.ADJ))
            // "bestand lange Zeit aus einzelnen Staaten": a span read as an object is nothing done to anyone
            .filter(c -> !isTime(clause.parse().word(c)))
            .map(c -> clause.parse().word(c).relation())
            .anyMatch(r -> Set.of("obj", "iobj", "xcomp", "ccomp").contains(r))
            || !clause.parse().children(clause.head(), "nsubj:pass").isEmpty()
                && clause.parse().children(clause.head(), "aux:pass").isEmpty();
        // "Südafrika … werden aufgefordert, mehr Druck … auszuüben": what it is asked to do, it does
        boolean askedToDo = passive(clause) && !clause.parse().children(clause.head(), "xcomp").isEmpty();
        // "Argentinien hatte im Viertelfinale … verloren", "stieg später auch Frankreich aus": a team that plays, a
        // bidder that withdraws; not a country that lies, borders or counts as something
        boolean acting = verbLemmas(clause).anyMatch(TEAM_VERBS::contains);
        // the passive as the parse may call an active perfect with its object a passive subject
        boolean realPassive = !clause.parse().children(clause.head(), "aux:pass").isEmpty()
            || clause.parse().children(clause.head()).stream().noneMatch(c -> clause.parse().word(c).relation()
                .equals("nsubj")) && passive(clause);
        return country && (!realPassive || askedToDo) && !having
            && clause.parse().children(clause.head(), "cop").isEmpty() && (doing || acting);
    }

    /**
     * "Die Deutsche Lufthansa AG hat … 142 Flüge gestrichen": a company with its legal form that does something to
     * something acts, and is asked for with "wer"; one that is sold or has something stays "was".
     */
    private boolean companyActing(Constituents clause, Constituents.Part subject) {
        Parse parse = clause.parse();
        boolean doing = parse.children(clause.head()).stream().map(c -> parse.word(c).relation())
            .anyMatch(r -> Set.of("obj", "iobj", "xcomp", "ccomp").contains(r));
        boolean having = morphology.readings(parse.word(clause.head()).form()).stream()
            .anyMatch(m -> HAVING.contains(m.lemma()));
        return namesACompany(clause, subject) && doing && !having && !passive(clause)
            && parse.children(clause.head(), "cop").isEmpty();
    }

    /** What a country does as a team, a bidder or a party to a treaty, with no object. */
    private static final Set<String> TEAM_VERBS = Set.of("verlieren", "gewinnen", "siegen", "aussteigen",
        "absteigen", "aufsteigen",
        "ausscheiden", "spielen", "antreten", "zurückziehen", "protestieren", "reagieren", "drohen", "zustimmen",
        "abstimmen", "bewerben", "verzichten", "teilnehmen", "unterschreiben", "beitreten", "austreten", "schimpfen",
        "warnen", "klagen", "appellieren", "kandidieren",
        // "Erst Anfang 2015 erlaubte Peking dem Künstler, …": a government that allows and forbids
        "erlauben", "verbieten", "genehmigen", "verweigern",
        // "Nach dem Ersten Weltkrieg herrschten Großbritannien und Frankreich in Kamerun": powers that rule and fight
        "herrschen", "regieren", "kämpfen");

    /** "die PVV", "der DFB": letters that stand for a body, not for a thing or a stock index. */
    static boolean bodyAcronym(String form) {
        return ACRONYM.matcher(form).matches() && !THING_ACRONYMS.contains(form) && !Words.STOCK_INDEXES.contains(form);
    }

    /** What only a body or a person does: play, stand for election, withdraw, say. */
    static boolean actingVerb(String lemma) {
        return TEAM_VERBS.contains(lemma) || CueVerbs.contains(lemma);
    }

    /** Capitals that stand for their governments: "Peking erlaubte …", "Washington drohte …". */
    private static final Set<String> GOVERNMENT_SEATS = Set.of("Peking", "Washington", "Moskau", "Ankara", "Teheran",
        "Kiew", "Pjöngjang", "Seoul", "Tokio", "Damaskus", "Bagdad", "Kairo", "Riad", "Athen", "Brüssel", "Paris",
        "London", "Berlin", "Wien", "Rom", "Madrid", "Warschau", "Budapest", "Belgrad", "Tiflis", "Kabul", "Islamabad",
        "Neu-Delhi", "Havanna", "Caracas", "Tripolis", "Jerusalem");

    /** Places that act through their council: "Daraufhin hat sich die Stadt entschlossen, …". */
    private static final Set<String> TOWNS = Set.of("Stadt", "Gemeinde", "Kommune", "Staat");

    private boolean isCountry(Word word) {
        return morphology.readings(word.form()).stream().anyMatch(m -> m.has(Feature.COUNTRY));
    }

    /** "Der DFB will das Geld … einsetzen": an acronym that does something to something stands for a body. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile(
        // "die GdF", "die GdP": a union's letters with a small one among them
        "\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}\\p{Lu}");

    /** Letters that name a thing, which does nothing ("die CD erhielt … Gold"). */
    private static final Set<String> THING_ACRONYMS = Set.of("CD", "DVD", "PC", "SMS", "GPS", "USB", "DNA", "DNS",
        "LED", "TV", "MP3", "PDF", "SUV", "LKW", "PKW", "ICE", "IC", "AKW", "KKW", "BIP", "HIV", "AIDS", "CO2", "UKW");

    /** "Polen hat rund 38,5 Millionen Einwohner": a country that has or counts something is still a place. */
    static final Set<String> HAVING = Set.of("haben", "besitzen", "zählen", "umfassen", "beherbergen");

    private boolean isPlace(Word head) {
        if (head.upos() == Upos.NOUN) {
            return Words.isPlaceNoun(lemma(head));
        }
        // "zur Erde/PROPN": a place noun the tagger took for a name
        return head.upos() == Upos.PROPN && (morphology.readings(head.form()).stream()
            .anyMatch(m -> m.has(Feature.COUNTRY) || m.has(Feature.CITY) || m.has(Feature.REGION))
            || PLACE_NAMES_TAGGED_AS_NAMES.contains(head.form()));
    }

    private static final Set<String> PLACE_NAMES_TAGGED_AS_NAMES = Set.of("Erde", "Mond", "Mars");

    /**
     * An object whose first word shows the accusative ("den Vertrag", "zahlreiche Autofahrer"); a bare noun or
     * name may be a dative object the parser took for an accusative ("dankte Scholz").
     */
    private boolean accusativeMarked(Constituents clause, Constituents.Part part) {
        Word first = clause.parse().word(part.from());
        if (first.upos() != Upos.DET && first.upos() != Upos.ADJ && first.upos() != Upos.NUM) {
            return false;
        }
        List<Morph> readings = morphology.readings(first.form());
        boolean pluralNoun = morphology.readings(clause.parse().word(part.word()).form()).stream()
            .anyMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.PLURAL));
        boolean dativePlural = pluralNoun && readings.stream().anyMatch(m -> m.has(Feature.DATIVE) && m.has(Feature.PLURAL));
        return first.upos() == Upos.NUM || !dativePlural && readings.stream().anyMatch(m -> m.has(Feature.ACCUSATIVE));
    }

    private boolean hasCase(Constituents clause, Constituents.Part part, Feature grammaticalCase) {
        Word head = clause.parse().word(part.word());
        List<Morph> all = morphology.readings(head.form());
        List<Morph> readings = all.stream().filter(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN).toList();
        boolean knownAsOtherWord = readings.isEmpty() && !all.isEmpty() && !Words.capitalised(head.form())
            || readings.isEmpty() && all.stream().anyMatch(m -> m.upos() == Upos.ADV || m.upos() == Upos.ADJ);
        if (knownAsOtherWord) {
            return false;
        }
        return readings.isEmpty() || readings.stream().anyMatch(m -> m.has(grammaticalCase))
            && determinerAgrees(clause, part, grammaticalCase, readings);
    }

    /**
     * Whether the article opening the phrase can stand in that case with the noun's gender and number: "Der
     * Tageszeitung" is no nominative, though both words have nominative readings.
     */
    private boolean determinerAgrees(Constituents clause, Constituents.Part part, Feature grammaticalCase,
                                     List<Morph> nounReadings) {
        Word first = clause.parse().word(part.from());
        if (first.upos() != Upos.DET || part.from() == part.word()) {
            return true;
        }
        // "vielen Menschen": an adjective's weak or mixed ending needs an article before it, which the phrase's first
        // word has not
        List<Morph> determiner = morphology.readings(first.form()).stream()
            .filter(m -> m.upos() != Upos.NOUN && m.upos() != Upos.VERB && m.has(grammaticalCase)
                && !(m.upos() == Upos.ADJ && (m.has(Feature.WEAK) || m.has(Feature.MIXED)))).toList();
        if (determiner.isEmpty()) {
            return morphology.readings(first.form()).isEmpty();
        }
        return nounReadings.stream().filter(n -> n.has(grammaticalCase)).anyMatch(n -> determiner.stream()
            .anyMatch(d -> sameIfBoth(d, n, Feature.SINGULAR, Feature.PLURAL) && (n.has(Feature.PLURAL)
                || sameIfBoth(d, n, Feature.MASCULINE, Feature.FEMININE, Feature.NEUTER))));
    }

    /** Whether two readings agree on a feature of the group, or one of them does not say. */
    private static boolean sameIfBoth(Morph a, Morph b, Feature... group) {
        Feature x = java.util.Arrays.stream(group).filter(a::has).findFirst().orElse(null);
        Feature y = java.util.Arrays.stream(group).filter(b::has).findFirst().orElse(null);
        return x == null || y == null || x == y;
    }

    private boolean isPlural(Word word) {
        List<Morph> readings = morphology.readings(word.form()).stream()
            .filter(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN).toList();
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.PLURAL));
    }

    /** "vier Menschen", also the singular of "den Menschen": after a count, a form that may be plural is. */
    private boolean canBePlural(Word word) {
        return morphology.readings(word.form()).stream()
            .anyMatch(m -> (m.upos() == Upos.NOUN || m.upos() == Upos.PROPN) && m.has(Feature.PLURAL));
    }

    /**
     * Whether word {@code w} continues the head's own hyphenated word ("Second-Life-Betreiber"), not one further on
     * ("Die Reaktionen auf … an den US-Präsidenten").
     */
    private static boolean joinedToTheHead(Constituents clause, Constituents.Part part, int w) {
        if (w < part.word()) {
            return false;
        }
        for (int k = part.word() + 1; k <= w; k++) {
            String form = clause.parse().word(k).form();
            boolean piece = form.startsWith("-") || clause.parse().word(k - 1).form().equals("-");
            if (!piece) {
                return false;
            }
        }
        return true;
    }

    /** "Die Erben" (of "der Erbe", also "das Erben"): a form one of whose nouns names a person. */
    private boolean personLemma(Word word) {
        return morphology.readings(word.form()).stream().filter(m -> m.upos() == Upos.NOUN)
            .anyMatch(m -> "person".equals(fields.fieldOf(m.lemma(), Upos.NOUN)));
    }

    private String lemma(Word word) {
        return nounLemmas(word).findFirst().orElseThrow();
    }

    /**
     * Every noun the dictionary reads the word as, or the word itself: "Zeugen" is the witnesses ("Zeuge") as well as
     * the begetting ("Zeugen").
     */
    private java.util.stream.Stream<String> nounLemmas(Word word) {
        String form = word.form().startsWith("-") ? word.form().substring(1) : word.form();
        List<String> lemmas = morphology.readings(form).stream().filter(m -> m.upos() == Upos.NOUN).map(Morph::lemma)
            .distinct().toList();
        return lemmas.isEmpty() ? java.util.stream.Stream.of(form) : lemmas.stream();
    }

    private static boolean nominal(Word word) {
        return word.upos() == Upos.NOUN || word.upos() == Upos.PROPN;
    }

    /** "wer" and "was" ask in the singular: "Experten warnten" gives "Wer warnte?". */
    private static final Map<String, String> HEDGE_SINGULAR = Map.of("möchten", "möchte", "könnten", "könnte",
        "sollten", "sollte", "dürften", "dürfte", "müssten", "müsste");

    Optional<String> singular(Word verb) {
        String hedge = HEDGE_SINGULAR.get(verb.form().toLowerCase(Locale.GERMAN));
        if (hedge != null || HEDGE_SINGULAR.containsValue(verb.form().toLowerCase(Locale.GERMAN))) {
            return Optional.of(hedge == null ? verb.form() : hedge);
        }
        List<Morph> readings = morphology.readings(verb.form()).stream()
            .filter(m -> m.has(Feature.THIRD_PERSON) && m.has(Feature.FINITE)
                && (m.has(Feature.PRESENT) || m.has(Feature.PAST)))
            .toList();
        if (readings.stream().anyMatch(m -> m.has(Feature.SINGULAR))) {
            return Optional.of(verb.form());
        }
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        Morph plural = readings.get(0);
        Feature tense = plural.has(Feature.PAST) ? Feature.PAST : Feature.PRESENT;
        List<String> forms = morphology.forms(plural.lemma(), plural.upos(), Set.of(Feature.THIRD_PERSON,
            Feature.SINGULAR, tense, Feature.FINITE)).stream().toList();
        // "bewegten" is "bewegte", not "bewog" of the same lemma: the singular whose stem the plural keeps
        return forms.stream().filter(f -> verb.form().startsWith(f)).findFirst().or(() -> forms.stream().findFirst());
    }
}
