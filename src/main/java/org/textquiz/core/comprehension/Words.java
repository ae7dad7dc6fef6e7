package org.textquiz.core.comprehension;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/** The German words the comprehension questions are built from, and how token runs become text. */
final class Words {

    static final Set<String> WEEKDAYS = Set.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
        "Sonntag", "Sonnabend");
    /** "Dienstagfrüh", "Mittwochabend": a weekday's part written as one word with it. */
    static final java.util.regex.Pattern WEEKDAY_PART = java.util.regex.Pattern.compile(
        "(?:" + String.join("|", WEEKDAYS) + ")(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)");
    static final Set<String> MONTHS = Set.of("Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember");
    /** The weekdays and the months in their order, for moving one on. */
    static final List<String> WEEKDAYS_IN_ORDER = List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
        "Samstag", "Sonntag");
    static final List<String> MONTHS_IN_ORDER = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember");
    /** "Der Fall Kachelmann ist … nicht beendet": a matter named after a person, no title of theirs before the name. */
    static final Set<String> MATTERS_NAMED_AFTER_PEOPLE = Set.of("Fall", "Mordfall", "Kriminalfall", "Prozess",
        "Affäre", "Skandal", "Verfahren", "Rücktritt", "Entführung", "Ära");
    /** The forms of the indefinite article. */
    static final Set<String> INDEFINITE_ARTICLES = Set.of("ein", "eine", "einer", "eines", "einem", "einen");
    /**
     * "Der 66-jährige Trapattoni", parsed with the age as the name's head or as its adjective: a name with an age is
     * someone's.
     */
    static boolean nameWithAnAge(org.textquiz.core.syntax.Parse parse, int noun) {
        return parse.word(noun).upos() == org.textquiz.core.article.Upos.PROPN && (isAge(parse.word(noun).form())
            || parse.children(noun, "amod").stream().anyMatch(w -> isAge(parse.word(w).form())));
    }

    /** "66-jährige", "45-Jähriger". */
    static boolean isAge(String word) {
        return word.matches("\\d+-[Jj]ährige[nmrs]?");
    }

    /** The forms of the definite and the indefinite article. */
    static final Set<String> ARTICLES = java.util.stream.Stream.concat(
        Set.of("der", "die", "das", "den", "dem", "des").stream(), INDEFINITE_ARTICLES.stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Pronouns a question must not leave unresolved. */
    static final Set<String> PRONOUNS = Set.of("er", "sie", "es", "dies", "diese", "dieser", "dieses", "ihm", "ihn",
        "ihr", "ihnen", "man", "ich", "wir", "du", "mich", "uns", "mir", "unser", "unsere", "unseren", "unserem",
        "unserer", "unseres", "mein", "meine", "meinen", "meinem", "meiner", "meines", "diesem", "diesen", "jene",
        "jener", "jenes", "jenen", "jenem");
    /** "Modell PM1633a", "Typ A320": nouns before a name with a number, which names a product, no one. */
    static final Set<String> MODEL_NOUNS = Set.of("Modell", "Typ", "Version", "Baureihe", "Serie");
    /** Adverbs that point back to an earlier sentence, which a W-question does not show. */
    static final Set<String> BACK_REFERENCES = Set.of("dabei", "dazu", "dafür", "damit", "davon", "darauf", "daher",
        "dessen", "deren", "demnach",
        "deshalb", "deswegen", "trotzdem", "dennoch", "daraufhin", "darüber", "dagegen", "zudem", "außerdem", "hier",
        "dort", "dorthin", "dorther", "dahin", "hierher", "hierhin", "seitdem", "seither", "damals", "ähnliches",
        "solches", "derartiges", "darin", "daran", "darum", "dadurch", "danach", "davor", "daraus",
        "dahinter", "daneben", "darunter", "dazwischen", "hierzu", "hierfür", "hierbei", "hiermit", "hierauf", "hieran",
        "hierin", "hierüber", "hiervon", "hierdurch", "hiernach", "insofern", "entsprechend",
        "insoweit", "demgegenüber", "dementsprechend", "demzufolge", "nichtsdestotrotz", "nichtsdestoweniger",
        // "Dann presste man einen Siegelstempel fest drauf.": the spoken forms
        "drauf", "dran", "drin", "drüber", "drunter", "draus",
        // "Im Internet kaufen immer mehr Menschen stattdessen ein.": instead of what the sentence before told
        "stattdessen", "statt dessen",
        // "Ansonsten stand ein Pfahlbau aber wirklich im Wasser.": otherwise than what the sentence before told
        "ansonsten");

    /**
     * Nouns for a place one can be in, go to or come from, so that "in der Stadt" is asked with "wo" and "in die
     * Stadt" with "wohin"; a compound counts by its last part ("Hauptstadt", "Unglücksort").
     */
    private static final Set<String> PLACE_NOUNS = Set.of("Stadt", "Dorf", "Gemeinde", "Region", "Provinz",
        "Bundesland", "Gebiet", "Landkreis", "Bezirk", "Stadtteil", "Ort", "Insel", "Inselgruppe", "Inselkette",
        "Archipel", "Küste", "Hafen", "Bahnhof", "Tunnel", "Straße", "Platz", "Gebäude", "Krankenhaus", "Klinik",
        "Schule", "Universität", "Museum", "Galerie", "Theater",
        "Kirche", "Rathaus", "Parlament", "Zentrum", "Halle", "Stadion", "Fabrik", "Gefängnis", "Kaserne", "Grenze",
        "Hauptquartier", "Park", "Wald", "Gebirge", "Fluss", "Meer", "Viertel", "Innenstadt", "Kontinent", "Hotel",
        "Kraftwerk", "Flughafen", "Hauptstadt", "Residenz", "Schloss", "Palast", "Burg", "Villa", "Anwesen", "Kloster");
    private static final int SHORTEST_PLACE_PART = 3;
    /**
     * "Antwort", "Sport", "Altersgrenze": nouns whose last letters spell a place noun, and that name no place ("Wohin
     * wartet die Gewerkschaft? – auf eine Antwort").
     */
    private static final Pattern ENDS_LIKE_A_PLACE = Pattern.compile("(?iu).*(?:wort|port)|komfort"
        + "|(?!(?:landes|staats|stadt|außen|bundes|gemeinde|kreis|bezirks|nord|süd|ost|west)grenze$).+grenze");

    static boolean isPlaceNoun(String lemma) {
        if (ENDS_LIKE_A_PLACE.matcher(lemma).matches()) {
            return false;
        }
        for (int from = 0; from <= lemma.length() - SHORTEST_PLACE_PART; from++) {
            String part = from == 0 ? lemma : capitalise(lemma.substring(from));
            if (PLACE_NOUNS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** "lernen, dass …", "vorgerechnet, was …": the words that open a clause saying what the verb before is about. */
    static final Set<String> OPENS_WHAT_IT_IS_ABOUT = Set.of("dass", "daß", "ob", "was", "wie", "wer", "wo", "warum",
        "wann", "welche", "welcher", "welches", "wieso", "weshalb");
    /** "…, sagt er.", "…, meinte sie.": pronouns that speak in a frame after the words. */
    static final Set<String> PERSONAL_SPEAKERS = Set.of("er", "sie");
    /**
     * Pronouns and words pointing back to a place, a time or an event ("Wie in anderen Landesteilen wurde dort ein
     * Ausgehverbot verhängt.") that leave a statement unclear when it stands alone.
     */
    static final Set<String> UNCLEAR_IN_STATEMENT = Set.of("er", "sie", "dies", "diese", "ihm", "ihn", "ihnen", "ich",
        "allermeiste",
        "wir", "uns", "mir", "mich", "dort", "dorthin", "dahin", "hierher", "hierhin", "seitdem", "seither", "damals", "dabei", "daraufhin",
        "dadurch", "hierbei", "darin", "daran", "demgegenüber", "dementsprechend", "demzufolge", "hierauf", "hieran",
        "hierin", "hierüber", "hiervon", "hierdurch", "hiernach", "hierzu", "hierfür", "hiermit", "entsprechend", "demnach",
        "solch", "solche", "solchen", "solcher", "solches", "solchem", "hier", "letzterer", "letztere", "letzteres",
        "letzteren", "letzterem", "ersterer", "erstere", "ersteres", "ersteren", "ersterem", "nichtsdestotrotz",
        "nichtsdestoweniger", "ansonsten", "andersherum", "umgekehrt");
    /**
     * "Die Lage bleibe dennoch weiterhin „kritisch“": despite, or because of, what the sentence before told; first in a
     * sentence, a statement leaves such a word out.
     */
    private static final Pattern FROM_WHAT_CAME_BEFORE = Pattern.compile(
        "(?<!^)\\b(?:dennoch|trotzdem|(?:deshalb|deswegen|daher)(?![^.]*,\\s*(?:weil|da|dass)\\b))\\b");

    static boolean followsFromWhatCameBefore(String statement) {
        // "Dass dann mehr Einwegflaschen … verkauft werden, schätzen Experten.": then, after what the sentence before
        // told; "wenn …, dann …", "Geht es um …, dann …" and "… und dann abstürzte" say after what themselves
        return FROM_WHAT_CAME_BEFORE.matcher(statement).find() || INSTEAD_OF_WHAT_CAME_BEFORE.matcher(statement).find()
            || THEN.matcher(statement).find() && !CONDITION.matcher(statement).find();
    }

    /**
     * "Im Internet kaufen immer mehr Menschen stattdessen ein.", "Die Wissenschaftler konnten sich daraus … machen.":
     * instead of, or out of, what the sentence before told; not "…, ob man nicht stattdessen … baut", instead of what
     * the sentence itself told first.
     */
    private static final Pattern INSTEAD_OF_WHAT_CAME_BEFORE = Pattern.compile("^[^,]*\\b(?:stattdessen|daraus)\\b");
    private static final Pattern THEN = Pattern.compile("^[^,]*?(?<!\\bund )(?<!^)\\bdann\\b");
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:wenn|falls|sobald|sofern|erst)\\b");
    /**
     * "Er reagiert damit auf die Unruhe": a pronominal adverb standing for something said before; not one that opens
     * a clause ("…, damit die Kinder …"), points ahead to one ("forderte ihn dazu auf, Ruhe zu bewahren", "dafür
     * gestimmt, dass …") or is part of "darüber hinaus".
     */
    private static final java.util.regex.Pattern PRONOMINAL_ADVERB = java.util.regex.Pattern.compile(
        "(?<!, )(?<![\\p{L}])(?i:damit|dazu|dafür|davon|darauf|darüber(?! hinaus)|danach|davor|darunter|dagegen|daraus)(?![\\p{L}])");
    /** "…, dass …", "… dazu, Ruhe zu bewahren": the clause a pronominal adverb points ahead to; "um … zu" is no such. */
    private static final java.util.regex.Pattern CLAUSE_AHEAD = java.util.regex.Pattern.compile(
        "^[^,]*, (?:(?:dass|ob|wie|wenn|was|als)\\b|(?!(?:um|ohne|statt|anstatt)\\b)[^,]*(?: zu \\p{L}+|\\p{L}+zu\\p{L}+en)[.!]?$)");

    /** "Nandja erklärte, damit solle ein Machtvakuum vermieden werden": after a comma, "damit" before a finite verb. */
    private static final java.util.regex.Pattern DAMIT_FIRST = java.util.regex.Pattern.compile(
        "(?i)(?:^|, )(?:damit|dadurch|dabei|dazu) (?:soll|solle|sollen|sollte|sollten|werde|wird|werden|würde|würden|sei|"
            + "seien|ist|sind|war|kann|könne|können|könnte|muss|müsse|müssen|habe|hat|haben|wolle|will|wollen)\\b");

    /**
     * "An dessen Institut wurde … getestet": "dessen" or "deren" pointing to someone named before; after a comma, or
     * a comma and a preposition, it opens a relative clause that says whose.
     */
    private static final java.util.regex.Pattern WHOSE_BEFORE = java.util.regex.Pattern.compile(
        "(?<!, )(?<!, \\p{L}{1,12} )(?<![\\p{L}])(?i:dessen|deren)(?![\\p{L}])");

    /** "nach ihren Angaben": whose, the statement does not say ("nach eigenen Angaben" does). */
    private static final java.util.regex.Pattern WHOSE_WORDS = java.util.regex.Pattern.compile(
        "(?i)\\b(nach|laut) (ihren|seinen|ihrer|seiner) (Angaben|Worten|Aussage|Aussagen|Ansicht|Meinung|Auffassung)\\b");
    /** "liefern deshalb keinen Einblick": a reason the sentence before gave, unless a clause after gives it. */
    private static final java.util.regex.Pattern FOR_THAT_REASON = java.util.regex.Pattern.compile(
        "(?i)\\b(deshalb|deswegen|daher|darum)\\b(?!.*\\b(weil|da|dass)\\b)");
    /** "in der gleichen Sitzung", "zur selben Zeit": the same as what the sentence before said. */
    private static final java.util.regex.Pattern SAME_AS_BEFORE = java.util.regex.Pattern.compile(
        "(?i)\\b(gleiche[mnrs]?|selbe[mnrs]?|derselbe|dieselbe|dasselbe|denselben|demselben|derselben|desselben|"
            + "dieselben)\\b");

    /** "das Lateinische", "das Deutsche": a language, named by its adjective in the neuter after "das". */
    static final java.util.regex.Pattern LANGUAGE_BY_ITS_ADJECTIVE = java.util.regex.Pattern.compile(
        "\\p{Lu}\\p{Ll}+ische|Deutsche");

    /**
     * "kann sich das jedoch nicht vorstellen", "Im Jahr ergibt das immerhin einen Betrag …": "das" standing alone
     * before a particle, for what was said before.
     */
    static final java.util.regex.Pattern POINTING_DAS = java.util.regex.Pattern.compile(
        "\\b(das|dies) (jedoch|nicht|aber|auch|nun|schon|bereits|noch|allerdings|zwar|ebenfalls|nie|kaum|bislang|"
            + "bisher|indes|inzwischen|offenbar|anders|ähnlich|genauso|ebenso|immerhin|sogar|wohl|immer)\\b");

    /**
     * "nach diesem Prinzip", "unter diesem Gesichtspunkt", "ohne diesen gemeinsamen Standpunkt": what the sentence
     * before set out, which "dem Prinzip" points back to as much as "diesem" does.
     */
    static final Set<String> SET_OUT_BEFORE = Set.of("Prinzip", "Standpunkt", "Gesichtspunkt", "Aspekt", "Ansatz",
        "Hintergrund", "Vorgehen", "Argument", "Begründung", "Erwartung", "Einschätzung", "Ansicht", "Äußerung",
        // "genau dieses Szenario", "in diese Richtung": what the sentence before described, whatever the article
        "Szenario", "Richtung", "Entwicklung", "Vorgang", "Vorfall", "Schritt", "Situation", "Sichtweise");

    /** Verbs of what happens to someone, who stands in the dative ("Österreich steht ein extremes Wochenende bevor"). */
    static final Set<String> HAPPENING_TO_SOMEONE = Set.of("bevorstehen", "drohen", "gelingen", "gefallen", "zustehen",
        "widerfahren", "passieren", "zustoßen");

    /** "Die Größe wird mit 32 Prozent … vorgegeben.": the size of what, only the sentence before says. */
    private static final java.util.regex.Pattern MEASURE_OF_WHAT = java.util.regex.Pattern.compile(
        "^(?:Die|Der|Das) (?:Größe|Zahl|Anzahl|Anteil|Höhe|Summe|Menge|Hälfte|Mehrheit|Rest|Großteil) "
            + "(?!(?:der|des|dem|den|die|von|vom|an|am|aus|in|im|für|zu|zum|zur|bei|beim|über|unter|aller|ihrer|seiner|"
            + "dieser|unserer)\\b)\\p{Ll}");

    /** "Eine Ausnahme bildete Edith Hauer-Frischmuth": an exception to what the sentence before said. */
    private static final java.util.regex.Pattern AN_EXCEPTION = java.util.regex.Pattern.compile(
        "^(?:Eine|Die|Die einzige) Ausnahme (?:bildet|bildete|bilden|bildeten|ist|war|sind|waren)\\b");

    /** "Das jüngste ist seine einzige Tochter.": the youngest of those the sentence before named. */
    /** "Erstmals hat die FIFA derartige Daten veröffentlicht.": data of the kind the sentence before told of. */
    private static final java.util.regex.Pattern OF_THAT_KIND = java.util.regex.Pattern.compile(
        "\\b(?i:derartige[nmrs]?)\\b");
    private static final java.util.regex.Pattern ONE_OF_THOSE = java.util.regex.Pattern.compile(
        "^(?:Der|Die|Das) \\p{Ll}+ (?:ist|war|sind|waren)\\b");

    /** "Zum anderen bietet die Wegwerfgesellschaft …": the second of two reasons, the first in the sentence before. */
    // "von einem Ort zum anderen" is a way from one place to another
    static final java.util.regex.Pattern THE_OTHER_OF_TWO = java.util.regex.Pattern.compile(
        "(?i)(?<!\\bvo[nm] \\p{L}{1,30} |\\bvo[nm] \\p{L}{1,30} \\p{L}{1,30} )\\bzum anderen\\b");

    /**
     * "Erst dann beginnen Verhandlungen …", "Im jüngsten gingen die Linzer …": after what, or the latest of what, only
     * the sentence before says.
     */
    private static final java.util.regex.Pattern AFTER_OR_OF_WHAT_CAME_BEFORE = java.util.regex.Pattern.compile(
        "^(?:(?:Erst|Nur|Schon|Auch|Gerade|Spätestens|Frühestens|Genau) dann\\b"
            + "|(?:Im|Am|Beim|Vom|Zum) (?:jüngsten|letzten|ersten|zweiten|dritten|vorigen) \\p{Ll})");

    /** "Dem widersprach … ein Sprecher": what the sentence before said, which "Dem" stands for alone. */
    private static final java.util.regex.Pattern DEM_FIRST = java.util.regex.Pattern.compile("^Dem \\p{Ll}");

    /**
     * "Der Zeichner Herge starb in jenem Jahr": the year the sentence before gave, unless a relative clause after it
     * says which ("mit jenen 11 Millionen Euro, die … eingespart werden").
     */
    private static final java.util.regex.Pattern THAT_ONE = java.util.regex.Pattern.compile(
        "(?i)\\bjene[mnrs]?\\b(?![^,]*, (?:der|die|das|den|dem|deren|dessen|welche[mnrs]?)\\b)");

    /** ("in den 60er Jahren … zu jener Zeit": the time the statement itself gave) */
    private static boolean thatOneBefore(String statement) {
        java.util.regex.Matcher that = THAT_ONE.matcher(statement);
        return that.find() && !statement.substring(0, that.start()).matches(".*\\d.*");
    }

    /** "In beiden Sprachen sind viele Straßenschilder … geschrieben": the two the sentence before named. */
    private static final java.util.regex.Pattern BOTH_NAMED_BEFORE = java.util.regex.Pattern.compile(
        "^(?:(?!\\bund\\b).)*\\b[Bb]eide[mnrs]? \\p{Lu}");

    static boolean pointsBackAlone(String statement) {
        if (AFTER_OR_OF_WHAT_CAME_BEFORE.matcher(statement).find() || AN_EXCEPTION.matcher(statement).find() || THE_OTHER_OF_TWO.matcher(statement).find() || ONE_OF_THOSE.matcher(statement).find() || MEASURE_OF_WHAT.matcher(statement).find() || DAMIT_FIRST.matcher(statement).find() || SAME_AS_BEFORE.matcher(statement).find()
            || WHOSE_WORDS.matcher(statement).find() || POINTING_DAS.matcher(statement).find()
            || FOR_THAT_REASON.matcher(statement).find() || WHOSE_BEFORE.matcher(statement).find()
            || DEM_FIRST.matcher(statement).find() || OF_THAT_KIND.matcher(statement).find()
            || thatOneBefore(statement) || BOTH_NAMED_BEFORE.matcher(statement).find()) {
            return true;
        }
        java.util.regex.Matcher adverb = PRONOMINAL_ADVERB.matcher(statement);
        while (adverb.find()) {
            String before = statement.substring(0, adverb.start());
            boolean share = adverb.group().equalsIgnoreCase("davon") && SHARE.matcher(before).find();
            if (!share && !CLAUSE_AHEAD.matcher(statement.substring(adverb.end())).find()) {
                return true;
            }
        }
        return false;
    }

    /** "…, die meisten davon in Spanien", "… und die Hälfte davon …": a share of what the sentence named before. */
    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile(
        "(?i)(?:,|\\bund\\b)[^,]*\\b(?:meisten|hälfte|teil|großteil|mehrheit|einer|eine|eines|viele|einige|mehrere|"
            + "wenige|alle|zwei|drei|vier|fünf|\\d+) $");

    /** Words that tie a sentence to the one before it, so that it cannot stand alone as a question. */
    static final Set<String> CONNECTIVES = Set.of("dazu", "dafür", "dagegen", "daher", "deshalb", "deswegen", "damit",
        "dabei", "darauf", "darüber", "davon", "danach", "dann", "außerdem", "zudem", "trotzdem", "dennoch", "so",
        "auch", "doch", "aber", "und", "oder", "denn", "sondern", "allerdings", "jedoch", "ebenfalls", "zugleich",
        "stattdessen", "vielmehr", "hier", "dort", "da", "das", "dies", "der", "die", "diese", "dieser", "dieses", "es", "er",
        "sie", "nun", "jetzt", "schließlich", "zuvor", "später", "gleichzeitig", "insbesondere");
    /** Lemmas of verbs that attribute a quotation to a speaker. */
    static final Set<String> SPEECH_VERBS = Set.of("sagen", "betonen", "erklären", "warnen", "meinen", "ergänzen",
        "hinzufügen", "unterstreichen", "versichern", "bekräftigen", "mahnen", "kritisieren", "fordern", "schreiben",
        "antworten", "erwidern", "berichten", "ankündigen", "drohen", "versprechen", "sprechen", "mitteilen", "fragen",
        "zitieren", "resümieren", "bilanzieren", "argumentieren", "kommentieren", "loben", "klagen", "beklagen",
        "erinnern", "räumen", "einräumen", "bestätigen", "verkünden", "appellieren");
    /** Verbs of thinking whose object is the clause after the comma ("Er glaubt, der Plan sei gut"). */
    static final Set<String> THINKING_VERBS = Set.of("glauben", "hoffen", "fürchten", "befürchten", "vermuten",
        "wissen", "finden", "behaupten", "meinen", "denken", "annehmen", "schätzen", "zeigen", "heißen");

    /** Words that may stand before a number without changing what it counts ("etwa 8.000"). */
    static final Set<String> APPROXIMATELY = Set.of("etwa", "rund", "mindestens", "zumindest", "fast", "knapp",
        "ungefähr", "über", "circa", "ca.", "bis", "zu", "weitere", "mehr", "weniger", "als", "nur", "gut",
        "insgesamt");

    /** Words before a number that make it a lower bound ("mehr als 20") … */
    static final Set<String> AT_LEAST = Set.of("mehr als", "über", "mindestens", "zumindest", "wenigstens", "gut",
        "knapp über", "ab", "über als", "weit über", "deutlich mehr als", "mehr");
    /** … or an upper one ("weniger als 20"). */
    static final Set<String> AT_MOST = Set.of("weniger als", "unter", "höchstens", "maximal", "bis zu", "knapp unter",
        "nicht mehr als", "knapp", "fast", "beinahe", "nahezu", "weniger");

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern FULL_STOP = Pattern.compile("\\.(?!\\d)");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}.%-]+");

    private Words() {
    }

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) of a sentence as they stand in it. */
    static String text(Sentence sentence, List<Token> tokens, int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = tokens.get(from).span().start() - sentence.span().start();
        int end = tokens.get(to - 1).span().end() - sentence.span().start();
        return sentence.text().substring(start, end).replaceAll("\\s+", " ");
    }

    /** Words {@code from}–{@code to} (inclusive) of a parse as they stand in its sentence. */
    static String text(org.textquiz.core.syntax.Parse parse, int from, int to) {
        Sentence sentence = parse.sentence();
        return text(sentence, sentence.tokens(), parse.word(from).token(), parse.word(to).token() + 1);
    }

    /**
     * Where the text before a quotation ends: the index of the last character before {@code start} that is neither
     * a blank nor a quotation mark, or -1 when there is none.
     */
    static int beforeQuotation(String text, int start) {
        int before = start - 1;
        while (before >= 0 && (Character.isWhitespace(text.charAt(before)) || "„“”\"»«‚‘".indexOf(text.charAt(before)) >= 0)) {
            before--;
        }
        return before;
    }

    /**
     * "einem anonym bleiben wollenden Spender" with "Spender" tagged as a name: a word the dictionary knows, and only
     * as a common noun, names no one alone.
     */
    static boolean commonNounOnly(String word, org.textquiz.core.analysis.Morphology morphology) {
        var readings = morphology.readings(word);
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.upos() == org.textquiz.core.article.Upos.NOUN
            && !m.has(org.textquiz.core.analysis.Feature.GIVEN_NAME) && !m.has(org.textquiz.core.analysis.Feature.SURNAME));
    }

    /**
     * "Gut eine Woche vor der Wahl": a sentence's first word known in small letters as an adjective, right before an
     * indefinite article, is that adjective, whatever else ("das Gut") the dictionary knows it as.
     */
    static boolean adjectiveBeforeAnIndefiniteArticle(String word, String next, Morphology morphology) {
        return INDEFINITE_ARTICLES.contains(lower(next))
            && morphology.readings(lower(word)).stream().anyMatch(m -> m.upos() == Upos.ADJ);
    }

    /**
     * "Israelische Kampfflugzeuge", "Starke/PROPN Erdbeben", "Vergangenen Dienstag": a sentence's first word known in
     * small letters as an adjective or a number, right before a noun (or a weekday or month the tagger made a name), is
     * that adjective or number, whatever its tag.
     */
    static boolean adjectiveBeforeItsNoun(String word, String next, boolean nextIsANoun, Morphology morphology) {
        return (nextIsANoun || WEEKDAYS.contains(next) || MONTHS.contains(next))
            && morphology.readings(lower(word)).stream().anyMatch(m -> m.upos() == Upos.ADJ || m.upos() == Upos.NUM);
    }

    /**
     * Whether {@code answer} is only part of a word of {@code whole} cut at its hyphen: "Sand-" of "Sand- und
     * Staubstürme", "Royal" of "Royal-Nationalpark".
     */
    static boolean halfAWord(String answer, String whole) {
        return answer.endsWith("-") || whole.contains(answer + "-") && !java.util.regex.Pattern.compile("(?<![\\p{L}-])"
            + java.util.regex.Pattern.quote(answer) + "(?![\\p{L}-])").matcher(whole).find();
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.GERMAN);
    }

    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.GERMAN) + text.substring(1);
    }

    static String decapitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.GERMAN) + text.substring(1);
    }

    static int count(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : SPACE.split(stripped).length;
    }

    /** Whether {@code word} occurs in {@code text} as a whole word, ignoring case. */
    static boolean containsWord(String text, String word) {
        return plain(text).containsWord(word);
    }

    /** A text's words, lower case and between single spaces, to look for whole words in it more than once. */
    record Plain(String padded) {

        boolean containsWord(String word) {
            String w = plainText(word).strip();
            return !w.isEmpty() && padded.contains(" " + w + " ");
        }
    }

    static Plain plain(String text) {
        return new Plain(" " + plainText(text) + " ");
    }

    private static String plainText(String text) {
        return NOT_A_WORD.matcher(FULL_STOP.matcher(lower(text)).replaceAll(" ")).replaceAll(" ");
    }

    /** The "-Generalsekretär" of "NATO-Generalsekretär", which the tokenizer splits off as a token of its own. */
    static boolean isCompoundPart(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return i > 0 && token.text().matches("-\\p{L}+") && tokens.get(i - 1).span().end() == token.span().start();
    }

    private static final Pattern QUOTED = Pattern.compile("[„“\"»«”]([^„“\"»«”]*)[“”\"«»]");
    private static final Pattern QUOTE_MARK = Pattern.compile("[„“\"»«”]");
    /** A quoted stretch of at most this many words is a title, a name or a single word set apart, not a quotation. */
    static final int MAX_QUOTED_NAME_WORDS = 4;

    /**
     * "PSG braucht den besten Zlatan, und ich bin sicher, dass er entscheidend sein wird.": a sentence that says "ich"
     * or "wir" outside quotation marks, with no verb of saying to frame it, is someone's words that the text (a
     * quotation set without its marks) does not give as what happened. An author's "unsere Gesellschaft" is not.
     */
    /** Adverbs of time that open sentences, which the tagger may take for nouns when the dictionary lacks them. */
    /** "die Zahl Sieben", "der Buchstabe A": nouns that name a number or a letter, no one. */
    static final Set<String> NUMBER_NOUNS = Set.of("Zahl", "Ziffer", "Nummer", "Buchstabe");

    /** "Eins der …", "einer der …": one of those a genitive after it names, a small word whatever its place. */
    static final Set<String> ONE_OF_THEM = Set.of("eins", "einer", "eines");

    static final Set<String> TIME_ADVERBS = Set.of("zurzeit", "derzeit", "momentan", "gegenwärtig", "inzwischen",
        "mittlerweile", "bislang", "bisher", "kürzlich", "neulich", "zuletzt", "künftig", "zukünftig");

    /** "Der ATX fiel 15,43 Punkte": stock indexes, which fall and rise and are no one. */
    static final Set<String> STOCK_INDEXES = Set.of("ATX", "DAX", "MDAX", "SDAX", "TecDAX", "SMI", "CAC", "FTSE",
        "TOPIX", "Nikkei", "WIG", "Dow", "Nasdaq", "EuroStoxx", "Euro-Stoxx", "Dax", "MDax", "SDax", "TecDax");

    /** Readings of a noun the dictionary knows, and knows as no adjective's and no name ("Erde", not "Linke"). */
    static boolean plainNoun(List<Morph> readings) {
        return readings.stream().anyMatch(m -> m.upos() == Upos.NOUN) && readings.stream()
            .noneMatch(m -> m.upos() == Upos.ADJ || m.upos() == Upos.PROPN || m.has(Feature.GIVEN_NAME)
                || m.has(Feature.SURNAME) || m.has(Feature.COUNTRY) || m.has(Feature.CITY) || m.has(Feature.REGION));
    }

    static boolean inTheFirstOrSecondPerson(Sentence sentence) {
        return FIRST_OR_SECOND_PERSON.matcher(QUOTED.matcher(sentence.text()).replaceAll("")).find();
    }

    static boolean speaksAsSomeone(Sentence sentence) {
        return FIRST_OR_SECOND_PERSON.matcher(QUOTED.matcher(sentence.text()).replaceAll("")).find()
            && sentence.tokens().stream().noneMatch(t -> CueVerbs.contains(t.lemma()));
    }

    /** "mir", not the given name "Mir" before the rest of a name ("Mir Hossein Mussawi"). */
    private static final java.util.regex.Pattern FIRST_OR_SECOND_PERSON = java.util.regex.Pattern.compile(
        "\\b(?:(?i:ich|mich|wir|du|dich|dir|(?:mein|dein)(?:e|er|es|em|en)?)|(?i:mir)(?! \\p{Lu}\\p{Ll}+ \\p{Lu}))\\b");

    /**
     * Whether every quotation mark of a text belongs to a short quoted stretch (the „documenta“, a „Fest“): such a
     * sentence can be asked about like any other, while one quoting speech cannot.
     */
    static boolean quotesOnlyNames(String text) {
        java.util.regex.Matcher quoted = QUOTED.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (quoted.find()) {
            if (count(quoted.group(1)) > MAX_QUOTED_NAME_WORDS || quoted.group(1).matches(".*[.!?,:;].*")) {
                return false;
            }
            rest.append(text, last, quoted.start());
            last = quoted.end();
        }
        rest.append(text.substring(last));
        return !QUOTE_MARK.matcher(rest).find();
    }

    /** Whether every bracket the text opens it also closes, in order: "(20 Kilometer westlich … gelegen" is cut. */
    static boolean bracketsBalanced(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')' && --open < 0) {
                return false;
            }
        }
        return open == 0;
    }

    /**
     * Whether every „ of a text is closed by a “ before the next one opens, and its straight quotation marks come in
     * pairs ("den "All-in-Rechner" cut before its closing mark).
     */
    static boolean quotesBalanced(String text) {
        // "mit dem « Kaiser »": guillemets either way round, as Swiss and French texts write them, in pairs
        if (text.chars().filter(c -> c == '"').count() % 2 != 0
            || text.chars().filter(c -> c == '«').count() != text.chars().filter(c -> c == '»').count()) {
            return false;
        }
        if (text.indexOf('„') < 0 && text.indexOf('”') >= 0) {
            return true;
        }
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '„') {
                open++;
            } else if (c == '“' && --open < 0 || open > 1) {
                return false;
            }
        }
        return open == 0;
    }

    static boolean isNumber(String word) {
        return word.matches("\\d{1,3}(\\.\\d{3})+|\\d+(,\\d+)?");
    }

    /**
     * "Zu Stoßzeiten betrügen die Intervalle …": the subjunctive of "betragen" written as the present of "betrügen",
     * one form of two verbs, which a question would conjugate as the wrong one ("Was betrügt …?").
     */
    static boolean subjunctiveOfAnotherVerb(String form, Morphology morphology) {
        List<Morph> verbs = morphology.readings(form).stream().filter(m -> m.upos() == Upos.VERB).toList();
        return verbs.stream().anyMatch(m -> m.has(Feature.SUBJUNCTIVE_2)) && verbs.stream().anyMatch(m -> m.has(Feature.PRESENT))
            && verbs.stream().map(Morph::lemma).distinct().count() > 1;
    }
}
