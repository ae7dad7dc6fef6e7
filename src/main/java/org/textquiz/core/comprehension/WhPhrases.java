package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.analysis.WordFields;
import org.textquiz.core.question.AcceptedAnswers;

/**
 * Finds the phrases of a main clause a W-question can ask for: the named subject (wer), an abstract subject
 * (was), a day or date (wann), a place named in the dictionary (wo), a named person after "mit" (mit wem), a
 * counted plural (wie viele) and a percentage (wie viel Prozent).
 */
final class WhPhrases {

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("zwei", "2"),
        Map.entry("drei", "3"), Map.entry("vier", "4"), Map.entry("fünf", "5"), Map.entry("sechs", "6"),
        Map.entry("sieben", "7"), Map.entry("acht", "8"), Map.entry("neun", "9"), Map.entry("zehn", "10"),
        Map.entry("elf", "11"), Map.entry("zwölf", "12"), Map.entry("zwanzig", "20"), Map.entry("hundert", "100"),
        Map.entry("tausend", "1000"));
    private static final Set<String> ABSTRACT_ENDINGS = Set.of("ung", "heit", "keit", "tion", "ität", "nis", "ment",
        "ismus", "ierung");
    /** Bodies that act with their article, and without it name what they do: "Anklage erheben", "Führung übernehmen". */
    static final Set<String> THINGS_WITHOUT_AN_ARTICLE = Set.of("anklage", "führung", "leitung");
    /** Endings of nouns that name people or bodies of people, which "wer" asks for. */
    static final Set<String> AGENTS = Set.of("geldgeber", "arbeitgeber", "auftraggeber", "gastgeber", "kreditgeber",
        "führung", "branche", "einheiten", "management", "presse", "regierung", "ministerium", "minister", "ministerin",
        "strafkammer", "zivilkammer",
        "präsident", "präsidentin", "polizei", "partei", "kommission", "gericht", "behörde", "verband", "konzern",
        "gewerkschaft", "armee", "staatsanwaltschaft", "chef", "chefin", "sprecher", "sprecherin", "kanzler",
        "kanzlerin", "experten", "forscher", "wissenschaftler", "ärzte", "bürger", "menschen", "mitglieder", "vertreter",
        "zeitung", "agentur", "bundestag", "parlament", "stiftung", "organisation", "geheimdienst", "opposition",
        "koalition", "direktor", "direktorin", "leiter", "leiterin", "bürgermeister", "bürgermeisterin", "richter",
        "richterin", "anwalt", "anwältin", "firma", "unternehmen", "bank", "rat", "team", "verein", "klub", "club",
        "behörden", "feuerwehr", "militär", "soldaten", "schüler", "studenten", "lehrer", "eltern", "kritiker",
        "demonstranten", "anwohner", "polizisten", "ermittler", "beamte", "beamten", "politiker", "abgeordnete",
        "abgeordneten", "gruppe", "gremium", "ausschuss", "komitee", "jury", "vorstand", "verwaltung", "spitze",
        "senat", "landtag", "ministerrat", "staatsanwalt", "grüne", "grünen", "spd", "cdu", "csu", "fdp", "afd",
        "övp", "spö", "fpö", "neos", "heer", "bundesheer", "linkspartei", "gerichtshof", "rechnungshof", "band", "kreuz", "halbmond", "kommando",
        "kräfte", "brauer", "worker", "streife", "abteilung", "fußballbund", "nato", "isaf", "uno", "opec", "fifa", "uefa", "wetterdienst", "rettungsdienst", "nachrichtendienst", "rundfunk", "einsatzkraft", "rettungskraft", "spezialkraft", "sicherheitskraft", "streitkraft", "fachkraft", "hilfskraft",
        "lehrkraft", "pflegekraft", "polizeikraft", "gesellschaft", "airline", "airlines", "amt", "kabinett", "anklage",
        "union", "eu", "arzt", "ärztin", "bewegung", "versammlung", "medien", "media", "truppe", "truppen", "zulieferer", "lieferant", "lieferanten", "anbieter", "wacht", "wachten", "besatzung", "quintett", "quartett", "sextett",
        "brötchengeber",
        "betreiber", "veranstalter", "verfassungsschutz", "betriebe", "verkehrsbetrieb", "minderheit",
        // movements named after what they wear ("die Rothemden", "die Gelbwesten", "die Blauhelme")
        "hemden", "gelbwesten", "blauhelme", "forschungsgemeinschaft", "glaubensgemeinschaft", "provider", "bande",
        "banden", "bürgerwehr", "bürgerwehren", "leitung", "leitungen",
        // ranks, which the dictionary knows as surnames at most ("Major")
        "major", "oberst", "leutnant", "hauptmann", "feldwebel", "offizier", "offizierin", "kapitän", "kapitänin",
        "admiral", "gefreite", "gefreiter",
        // the rich who rule ("der österreich-affine Oligarch")
        "oligarch", "oligarchen",
        // publishers and broadcasters that act ("Der Verlag schlug … vor", "Der Sender erwirkte …")
        "verlag", "sender", "rundfunkanstalt",
        // teams by their league ("der Zweitligist"), firms of lawyers ("die Wiener Anwaltskanzlei Lansky")
        "ligist", "ligisten", "kanzlei", "kanzleien",
        // people the dictionary gives no feminine in -in ("die 40 Schausteller", "die Kopten")
        "steller", "kopte", "kopten", "schiit", "schiiten", "sunnit", "sunniten", "alawiten", "jesiden", "ausbrecher",
        "einbrecher", "verbrecher", "entführer", "geiselnehmer",
        // chambers of a trade, which speak for it, unlike a "Schatzkammer"; and who else speaks for people
        // "die Neuankömmlinge", "den Premier": people the dictionary files under no field of people
        "ankömmling", "ankömmlinge", "premier", "wissenschafter", "duo", "trio", "publikum", "auditorium",
        "ärztekammer", "arbeiterkammer", "wirtschaftskammer", "handelskammer", "handwerkskammer", "apothekerkammer",
        "anwaltskammer", "landwirtschaftskammer", "interessenvertretung", "personalvertretung",
        "arbeitnehmervertretung", "standesvertretung",
        // players and teams: "der wertvollste Profi", "der portugiesische Rekordmeister"
        "profi", "profis", "meister", "meisterin",
        // fighters, whom "was" would make things ("Was soll Ankara … gebracht haben? – die Rebellen")
        "rebell", "rebellen", "rebellin", "aufständische", "aufständischen", "extremisten", "islamisten",
        "dschihadisten", "jihadisten", "terroristen", "milizionäre", "milizionären", "kämpfer", "kämpferin",
        // people by what they do or think ("Die Tester loben …", "Die Konservativen folgen …", "die Schlächter")
        "tester", "testerin", "konservativen", "konservative", "schlächter", "gegner", "gegnerin", "sozialisten",
        "kommunisten", "sozialdemokraten", "nationalisten", "populisten", "liberalen",
        // "die Pop-Diva Whitney Houston"
        "diva", "star", "stars", "ikone", "legende");

    /** Courts by their letters ("Ende Juli entschied das OLG Wien …"), whole words: "Erfolg" ends as "OLG" does. */
    private static final Set<String> COURTS = Set.of("olg", "ogh", "vfgh", "vwgh", "bgh", "bverfg", "eugh", "egmr");
    /**
     * "Die NLD wurde aufgelöst", "Die Aktiengesellschaft wird den Aktionären gehören": what is done to a body in the
     * passive, or whom it belongs to, makes it a thing asked for with "was".
     */
    static final Set<String> DONE_TO_A_BODY = Set.of("auflösen", "gründen", "verbieten", "übernehmen", "verkaufen",
        "kaufen", "schließen", "privatisieren", "verstaatlichen", "umbenennen", "gehören", "zerschlagen", "fusionieren",
        "registrieren", "zulassen", "einstufen", "integrieren", "eingliedern", "bilden", "umbilden", "einsetzen",
        "abschaffen", "errichten", "erneuern", "modernisieren",
        // "Jet Airways wird von Wolfgang Prock-Schauer gesteuert": a company led by someone
        "steuern", "leiten", "führen", "lenken");
    private static final Set<String> NOT_ACTING = Set.of("sein", "bleiben", "haben", "besitzen", "zählen",
        "umfassen", "liegen", "gelten",
        // "Deutschland bestand lange Zeit aus einzelnen Staaten", "befand sich in der Zeit der Weimarer Republik"
        "bestehen", "befinden",
        // "Der Yukon fließt durch Alaska": a river
        "fließen", "münden", "entspringen");
    private static final Set<String> LYING_SOMEWHERE = Set.of("liegen", "grenzen", "fließen", "münden",
        "entspringen");
    private static final Set<String> PERIOD_WORDS = Set.of("Anfang", "Mitte", "Ende");
    private static final Set<String> DAY_PARTS = Set.of("Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend",
        "Nacht");
    private static final Set<String> UNITS = Set.of("Prozent", "%", "Euro", "Dollar", "Franken", "Pfund", "Kilometer",
        "Meter", "Grad", "Uhr", "Jahre", "Jahren", "Mal", "Millionen", "Milliarden", "Tonnen", "Stunden", "Minuten");

    private final Morphology morphology;
    private final WordFields fields;

    WhPhrases(Morphology morphology, WordFields fields) {
        this.morphology = morphology;
        this.fields = fields;
    }

    private static final java.util.regex.Pattern ABSTRACT_SOCIETY = java.util.regex.Pattern.compile(
        "(wegwerf|konsum|leistungs|informations|wissens|überfluss|spaß|klassen|mehrheits|dienstleistungs|"
            + "industrie|zivil)gesellschaft");

    /** "Nordalgerien", "Süd-Korea", "Westeuropa": a quarter of a place the dictionary knows, which is a place too. */
    private boolean partOfAPlace(String name) {
        java.util.regex.Matcher part = QUARTER.matcher(name);
        return part.matches() && morphology.readings(Words.capitalise(part.group(1))).stream()
            .anyMatch(WhPhrases::namesAPlace);
    }

    private static boolean namesAPlace(Morph reading) {
        return reading.has(Feature.COUNTRY) || reading.has(Feature.CITY) || reading.has(Feature.REGION);
    }

    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile(
        "(?:Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest|Zentral|Mittel)-?(\\p{L}{3,})");

    /** "liegen", "grenzen", "fließen": what a place or a river does, which no one is asked about. */
    static boolean liesSomewhere(String lemma) {
        return LYING_SOMEWHERE.contains(lemma);
    }

    /**
     * "parteiführung", "bundesregierung", "lgbt-bewegung": a word for people or a body of them by its ending; not
     * "einführung" or "durchführung", what is done, nor "handbewegung", a motion.
     */
    static boolean agent(String word) {
        String lower = Words.lower(word);
        // "ein Lautsprecher", which speaks for no one; "die Wegwerfgesellschaft", a way of life; "die Legende", a
        // story; "der Schalltrichter", a funnel that ends in "richter"; "zahlreiche Musikclubs", places to go out, no
        // club that plays or decides; "die Kommunion", a sacrament that ends in "union"
        if (lower.startsWith("lautsprecher") || ABSTRACT_SOCIETY.matcher(lower).matches()
            || lower.matches("legenden?|.*trichter[ns]?|(?:musik|nacht|jazz|tanz|techno|strip)(?:club|klub)s?"
                + "|.*kommunion(?:en)?")) {
            return false;
        }
        return PEOPLES.contains(lower) || COURTS.contains(lower) || AGENTS.stream().anyMatch(lower::endsWith) && !DOING.matcher(lower).matches()
            && !ACTIVITY_OR_PIPE.matcher(lower).matches()
            && !OFFICE_OR_THING_IN_RAT.matcher(lower).matches() && !LADDER_OR_CONDUCTOR.matcher(lower).matches()
            && !(lower.endsWith("band") && !ASSOCIATION.matcher(lower).matches() && !MUSIC_BAND.matcher(lower).matches());
    }

    /**
     * "das Fenstermanagement", "das Krisenmanagement": managing something, no management; "die Wasserleitung" and
     * "die Stromleitung" carry water and power, no one leads there; "die Zeitung" is a newspaper, "die Bandbreite" no
     * band.
     */
    private static final java.util.regex.Pattern ACTIVITY_OR_PIPE = java.util.regex.Pattern.compile(
        ".+management|.*(wasser|gas|strom|öl|fern|hoch|rohr|ab|zu|frei|um|ein|über|an|durch|wärme|kabel|daten|"
            + "telefon|versorgungs|haupt|druck|trink|weiter|fernwärme)leitung(en)?|leitung(en)?|.*(schlamm|rasen)bande(n)?");

    /** Peoples known by their own name, which no ending tells ("die Roma", not "das Aroma"). */
    private static final Set<String> PEOPLES = Set.of("roma", "sinti", "al-qaida", "al-kaida", "qaida", "taliban",
        "hamas", "hisbollah", "bundeswehr", "auktionshaus");

    /** "das Rektorat", "das Sekretariat", "der Apparat", "der Vorrat": no council, though they end in "rat". */
    private static final java.util.regex.Pattern OFFICE_OR_THING_IN_RAT = java.util.regex.Pattern.compile(
        ".*(orat|ariat|erat|parat|vorrat|heirat|unrat|hausrat|zierrat|inserat|referat|format|konsulat)");

    /** "mit der Drehleiter", "der Halbleiter": a ladder or a conductor, no one who leads. */
    private static final java.util.regex.Pattern LADDER_OR_CONDUCTOR = java.util.regex.Pattern.compile(
        ".*(dreh|feuer|strick|hühner|halb|ab|wärme|steh|trag|sprossen|klapp|bock|anlege|schiebe|seil"
            + "|harn|strom)leiter");

    /** "die Band", "die Rockband"; not "der Ergänzungsband", a book, nor "das Förderband". */
    private static final java.util.regex.Pattern MUSIC_BAND = java.util.regex.Pattern.compile(
        "band|.*(rock|pop|punk|boy|girl|metal|jazz|big|cover|schüler|live|kult|musik|blues|folk|indie|-)band");

    /** "der Bundesverband", "der Verband"; not "der Druckverband", a bandage. */
    private static final java.util.regex.Pattern ASSOCIATION = java.util.regex.Pattern.compile(
        "(?!.*(druck|not|kopf|wund|schnell|gips|stütz|zinkleim|salben)verband).*verband");

    private static final java.util.regex.Pattern DOING = java.util.regex.Pattern.compile(
        // "Amtseinführung", "Wiedereinführung": the doing at the end of a compound too
        ".*(ein|durch|aus|vor|über|ent|ver|zu|an|ab|auf|weiter|fort|hin|her|rück|eng|kriegs|buch|beweis|lebens"
            + "|gesprächs|haushalts|verhandlungs|linien|regie)führung(en)?"
            + "|.*(hand|körper|erd|luft|kurs|preis|boden|wasser|eigen|vorwärts|rückwärts)bewegung");

    /**
     * "Team", "Außenministerium": a body in the singular that prose gives an article, so that without one it opens a
     * headline or a teaser ("Team von Arsene Wenger kämpft …"); "Anklage" names what is done without one.
     */
    static boolean bodyThatTakesAnArticle(String noun, Morphology morphology) {
        List<Morph> readings = morphology.readings(noun);
        return agent(Words.lower(noun)) && !THINGS_WITHOUT_AN_ARTICLE.contains(Words.lower(noun)) && !readings.isEmpty()
            && readings.stream().allMatch(m -> m.has(Feature.SINGULAR));
    }

    /** "Pharmakonzern", "Sängerin": a noun for a person or for a body that acts, which "wer" asks about. */
    /** Verbs of growing and shrinking, which a number does. */
    static final Set<String> GROWING = Set.of("wachsen", "schrumpfen", "zunehmen", "abnehmen", "steigen", "sinken");
    /** The people of a place as a whole, whose number grows or shrinks. */
    static final Set<String> POPULATIONS = Set.of("Bevölkerung", "Einwohnerschaft", "Einwohnerzahl", "Weltbevölkerung",
        "Stadtbevölkerung", "Landbevölkerung");

    static boolean personOrBody(String noun, WordFields fields) {
        return agent(Words.lower(noun))
            || fields != null && "person".equals(fields.fieldOf(noun, Upos.NOUN));
    }

    List<WhPhrase> find(MainClause clause, People people) {
        List<WhPhrase> phrases = new ArrayList<>();
        Optional<WhPhrase> who = who(clause, people);
        who.ifPresent(phrases::add);
        if (who.isEmpty()) {
            what(clause).ifPresent(phrases::add);
        }
        for (int i = clause.start(); i < clause.end(); i++) {
            if (i == clause.verb()) {
                continue;
            }
            // "leben heute nicht in Europa, sondern …": where or when something is not, which asks nothing
            boolean denied = i > clause.start() && Words.lower(clause.token(i - 1).text()).equals("nicht");
            if (denied) {
                continue;
            }
            // "deutlich höher als in Berlin": what is compared with, which no "wo" asks for ("mehr als 200" is counted)
            if (i == clause.start() || !Set.of("als", "wie").contains(Words.lower(clause.token(i - 1).text()))) {
                when(clause, i).ifPresent(phrases::add);
                where(clause, i).ifPresent(phrases::add);
                withWhom(clause, i, people).ifPresent(phrases::add);
            }
            howMany(clause, i).ifPresent(phrases::add);
        }
        return phrases;
    }

    /** "NATO-Generalsekretär Mark Rutte traf …": wer traf …? */
    private Optional<WhPhrase> who(MainClause clause, People people) {
        int from = clause.start();
        int to = clause.verb();
        Optional<String> verb = clause.thirdSingular() ? Optional.of(clause.token(clause.verb()).text())
            : singular(clause.token(clause.verb()));
        if (verb.isEmpty() || !nounPhrase(clause, from, to) || !nominative(clause, from, to) || predicateNoun(clause)) {
            return Optional.empty();
        }
        String first = clause.token(from).text();
        if (to - from == 1 && (Words.WEEKDAYS.contains(first) || Words.MONTHS.contains(first)
            || Words.WEEKDAY_PART.matcher(first).matches())) {
            // "Dienstagfrüh erfolgte dann eine Durchzündung": a time first, the subject follows
            return Optional.empty();
        }
        if (!clause.thirdSingular() && singularOnly(clause, from, to)) {
            // "Vorsätzliche Brandstiftung hatten die Ermittler … ausgeschlossen": a singular first before a verb in the
            // plural is its object, the subject follows
            return Optional.empty();
        }
        if (Words.lower(clause.token(from).text()).matches("(?:nord|süd)?(?:nördlich|südlich|östlich|westlich)")) {
            // "Nördlich der Taiga liegt die Tundra": where, the subject follows
            return Optional.empty();
        }
        if (to - from == 1 && clause.token(from).upos() == Upos.NOUN && to + 2 < clause.end()
            && clause.token(to + 1).text().equals("der") && clause.token(to + 2).upos() == Upos.NOUN) {
            // "Gegner bekämpfte der Ständestaat …": a bare noun first, and "der" and a noun after the verb, is the
            // object first and the subject after it
            return Optional.empty();
        }
        List<String> answers = new ArrayList<>();
        for (People.Mention mention : people.in(clause.sentence())) {
            // "Ein Tankflugzeug der US Air Force": a name in the genitive after the head names someone else
            boolean inTheGenitive = java.util.stream.IntStream.range(from + 1, mention.from())
                .anyMatch(k -> clause.token(k).upos() == Upos.DET && clause.token(k - 1).upos() == Upos.NOUN);
            boolean matter = mention.from() > from
                && Words.MATTERS_NAMED_AFTER_PEOPLE.contains(clause.token(mention.from() - 1).text());
            if (mention.from() >= from && mention.to() == to && !inTheGenitive && !matter) {
                String said = clause.text(mention.from(), mention.to());
                answers.add(said);
                if (!People.anotherOfTheSameSurname(said, mention.person())) {
                    answers.add(mention.person().surname());
                    answers.add(mention.person().name());
                }
            }
        }
        boolean named = !answers.isEmpty();
        String naming = clause.token(from + 1).text();
        if (to - from >= 3 && (Set.of("Wort", "Name", "Begriff").contains(naming) || Words.NUMBER_NOUNS.contains(naming))) {
            // "Das Wort Aqua kommt aus dem Lateinischen", "Die Zahl Sieben wurde wohl gewählt": a word, no one
            return Optional.empty();
        }
        if (!named && Words.STOCK_INDEXES.contains(clause.token(to - 1).text())) {
            // "Der ATX fiel 15,43 Punkte": a stock index, no one
            return Optional.empty();
        }
        if (!named && to - from == 1 && pluralOfANoun(clause.token(from).text())) {
            // "Tattoos erzählen Geschichten", tagged as a name: the plural of a noun the dictionary knows
            return Optional.empty();
        }
        boolean nameAlone = to - from == 1 || to - from == 2 && clause.token(from).upos() == Upos.DET;
        if (!named && to - from == 1 && (language(clause.token(from), readings(clause.token(from)))
            || clause.token(from).text().matches("\\p{Lu}\\p{Ll}+isch"))) {
            // "Sorbisch wird in Teilen von Sachsen … gesprochen": a language, no one
            return Optional.empty();
        }
        if (!named && to - from == 2 && Words.lower(clause.token(from).text()).equals("das")
            && Words.LANGUAGE_BY_ITS_ADJECTIVE.matcher(clause.token(from + 1).text()).matches()) {
            // "Das Lateinische setzte sich allmählich durch": a language, named by its adjective in the neuter
            return Optional.empty();
        }
        if (!named && nameAlone && fields != null && "animal".equals(fields.fieldOf(clause.token(to - 1).text(), Upos.NOUN))) {
            // "Kalmare leben im freien Wasser", tagged as a name the dictionary lacks: animals the word list names
            return Optional.empty();
        }
        if (!named && to - from == 2 && clause.token(from).upos() == Upos.DET
            && Words.plainNoun(readings(clause.token(to - 1)))
            && !personOrBody(clause.token(to - 1).text(), fields)) {
            // "Die Erde stand in der Mitte des Weltalls", with "Erde" tagged as a name: a common noun, no one ("Die
            // Linke", a party, is an adjective's noun)
            return Optional.empty();
        }
        if (!named && nameAlone && people.introducedAs(clause.token(to - 1).text())
                .filter(noun -> !personOrBody(noun, fields) || Words.isPlaceNoun(noun)).isPresent()) {
            // "Ceres hat einen Durchmesser von 960 Kilometern" after "des Zwergplaneten Ceres", "Die Atlantis wird …
            // behalten" after "der Raumfähre Atlantis"
            return Optional.empty();
        }
        if (!named && java.util.stream.IntStream.range(from, to).anyMatch(i -> clause.token(i).text().matches(".*\\d.*")
            && i > from && (clause.token(i - 1).upos() == Upos.PROPN || Words.MODEL_NOUNS.contains(clause.token(i - 1).text())))) {
            // "Der neue Airbus A380 startet …": a name with a number is a model's, no one to ask "wer" about
            return Optional.empty();
        }
        if (!named && to - from == 2 && clause.token(to - 1).text().matches("\\p{Lu}\\d{0,2}")
            && commonNoun(clause.token(from))) {
            // "Vitamin C heißt Ascorbinsäure": a thing's letter after a common noun, no one's initial
            return Optional.empty();
        }
        if (!named && java.util.stream.IntStream.range(from, to)
            .anyMatch(i -> clause.token(i).text().matches("\\p{Lu}{1,2}\\d{1,4}"))) {
            // "Die A1 verbindet Bern mit Genf": a road's, a plane's or a model's letters and number, no one's name
            return Optional.empty();
        }
        if (!named && to - from == 3 && clause.token(from).upos() == Upos.DET
            && morphology.readings(Words.lower(clause.token(from + 1).text())).stream()
                .anyMatch(m -> m.upos() == Upos.ADJ)
            && morphology.readings(clause.token(to - 1).text()).stream().anyMatch(m -> m.upos() == Upos.NOUN)
            && !personOrBody(clause.token(to - 1).text(), fields)) {
            // "Das Weiße Haus", "Der Kalte Krieg": a thing's name, an adjective before a common noun, which the
            // dictionary may also know as someone's surname
            return Optional.empty();
        }
        int propn = to - 1;
        while (propn >= from && clause.token(propn).upos() == Upos.PROPN && !commonNoun(clause.token(propn))) {
            propn--;
        }
        if (propn >= from && propn < to - 1 && Words.isPlaceNoun(clause.token(propn).text())
            && !agent(Words.lower(clause.token(propn).text()))) {
            // "Der Flughafen Los Angeles ist … betroffen": the name names the place, and no one is asked about
            return Optional.empty();
        }
        boolean thingOrPlace = clause.token(from).upos() == Upos.DET || to - from == 1 && (readings(clause.token(from))
            .stream().anyMatch(WhPhrases::namesAPlace)
            || partOfAPlace(clause.token(from).text()));
        boolean passive = clause.token(clause.verb()).lemma().equals("werden");
        boolean doneToIt = java.util.stream.IntStream.range(clause.verb(), clause.end()).mapToObj(clause::token)
            .anyMatch(t -> t.upos() == Upos.VERB && (passive && DONE_TO_A_BODY.contains(t.lemma())
                || t.lemma().equals("gehören")));
        if (!named && doneToIt) {
            return Optional.empty();
        }
        boolean madeOf = java.util.stream.IntStream.range(clause.verb() + 1, clause.end())
            .anyMatch(i -> Words.lower(clause.token(i).text()).equals("aus"));
        boolean about = java.util.stream.IntStream.range(clause.verb() + 1, clause.end())
            .anyMatch(i -> Words.lower(clause.token(i).text()).equals("von"));
        if (!named && morphology.readings(clause.token(clause.verb()).text()).stream()
            .anyMatch(m -> Set.of("entstehen", "enden", "zerfallen", "erstrecken", "bedeuten").contains(m.lemma())
                || madeOf && m.lemma().equals("bestehen") || about && m.lemma().equals("handeln"))) {
            // "Im Jahr 1921 entstand in Shanghai die Kommunistische Partei Chinas": what comes into being is no one yet;
            // "Das Heilige Römische Reich endete …", "Der Vorstand besteht aus 10 Menschen …": what ends, or what
            // something is made of, no one does; nor falls apart ("zerfiel die Sowjetunion"), nor means something
            // ("Moksha bedeutet die Befreiung der Seele"), nor is about something ("„Das Ausgleichskind“ handelt von
            // einem Mädchen")
            return Optional.empty();
        }
        if (!named && to - from == 3 && Words.lower(clause.token(from).text()).equals("das")
            && Set.of("heutige", "damalige", "frühere", "einstige", "spätere")
                .contains(Words.lower(clause.token(from + 1).text()))) {
            // "Das heutige Griechenland wurde … erobert", "das heutige Kreta lebt vom Tourismus": a land, as "das" says
            return Optional.empty();
        }
        if (!named && passive && to - from == 2 && Words.lower(clause.token(from).text()).equals("das")) {
            // "Das Kosovo wird von Serbien als serbische Provinz angesehen": a name with "das", which no one bears, that
            // something is done to
            return Optional.empty();
        }
        if (!named && to - from == 1 && LYING_SOMEWHERE.contains(clause.token(clause.verb()).lemma())) {
            // "Skandinavien liegt im Norden von Europa": a name alone, no one's the article gives, that lies or flows
            // somewhere is a place's or a river's, whether or not the dictionary knows it
            return Optional.empty();
        }
        if (!named && propn < to - 1 && thingOrPlace && NOT_ACTING.contains(clause.token(clause.verb()).lemma())) {
            // "Der Koran ist online verfügbar", "Polen hat 38 Millionen Einwohner": a name after an article, or a
            // place's, is a thing's or a place's unless it acts
            return Optional.empty();
        }
        String last = clause.token(to - 1).text();
        if (!named && propn < to - 1 && last.endsWith("s")
            && (people.bySurname(last.substring(0, last.length() - 1)).isPresent()
                || morphology.readings(last.substring(0, last.length() - 1))
                    .stream().anyMatch(WhPhrases::namesAPlace))) {
            // "die konventionelle Überlegenheit Südkoreas": the name after the noun is in the genitive, whose it is
            return Optional.empty();
        }
        String whole = clause.text(from, to);
        whole = clause.token(from).upos() == Upos.DET ? Words.decapitalise(whole) : whole;
        String verbText = clause.thirdSingular() ? "" : verb.get();
        if (!named && propn == to - 1) {
            int headAt = to - 1;
            for (int i = from; i < to - 1; i++) {
                if (clause.token(i).upos() == Upos.NOUN && Set.of("der", "des", "eines", "einer")
                    .contains(Words.lower(clause.token(i + 1).text()))) {
                    headAt = i;
                    break;
                }
            }
            // "Beide Vorhaben der Landesregierung": the noun before a genitive attribute is the head, not the last
            String head = clause.text(headAt, headAt + 1).replaceFirst("^-", "");
            if (!agent(Words.lower(head)) || headAt == from && THINGS_WITHOUT_AN_ARTICLE.contains(Words.lower(head))) {
                return Optional.empty();
            }
            return Optional.of(new WhPhrase(from, to, "Wer", List.of(whole, Words.capitalise(head)), 1.5, verbText));
        }
        if (!named && java.util.stream.IntStream.rangeClosed(from + 1, propn).anyMatch(k -> clause.token(k - 1).upos()
            == Upos.NOUN && Set.of("der", "des").contains(Words.lower(clause.token(k).text())))) {
            // "Ein Tankflugzeug der US Air Force": the name is the genitive's, not the one who acts
            return Optional.empty();
        }
        answers.add(named ? clause.text(propn + 1, to) : whole);
        answers.add(named ? whole : clause.text(propn + 1, to));
        return Optional.of(new WhPhrase(from, to, "Wer", answers, named ? 3.0 : 2.0, verbText));
    }

    /**
     * Whether the phrase is articles and adjectives before one noun that the dictionary knows only in the singular
     * ("Vorsätzliche Brandstiftung"), not one with a genitive after it ("Beamte der Hamburger Mordkommission").
     */
    private boolean singularOnly(MainClause clause, int from, int to) {
        boolean beforeItsNoun = java.util.stream.IntStream.range(from, to - 1).mapToObj(clause::token)
            .allMatch(t -> t.upos() == Upos.ADJ || t.upos() == Upos.DET);
        List<Morph> known = readings(clause.token(to - 1));
        return beforeItsNoun && clause.token(to - 1).upos() == Upos.NOUN && !known.isEmpty()
            && known.stream().allMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.SINGULAR) && !m.has(Feature.PLURAL));
    }

    private boolean pluralOfANoun(String word) {
        return word.endsWith("s") && word.length() > 3 && readings(word).isEmpty()
            && morphology.readings(word.substring(0, word.length() - 1)).stream().anyMatch(m -> m.upos() == Upos.NOUN);
    }

    private boolean commonNoun(Token token) {
        List<Morph> known = readings(token);
        return !known.isEmpty() && (known.stream().allMatch(m -> m.upos() == Upos.NOUN) || language(token, known));
    }

    /** "Englisch wird in vielen Ländern gesprochen": a language, which the dictionary also knows as an adjective. */
    private static boolean language(Token token, List<Morph> known) {
        return (token.text().endsWith("isch") || token.text().equals("Deutsch"))
            && known.stream().anyMatch(m -> m.upos() == Upos.NOUN && m.lemma().equals(token.text()));
    }

    /** "wer" asks in the singular: "Experten warnten" gives "Wer warnte?". */
    private Optional<String> singular(Token verb) {
        List<Morph> readings = readings(verb).stream()
            .filter(m -> m.has(Feature.THIRD_PERSON) && m.has(Feature.PLURAL) && m.has(Feature.FINITE)
                && (m.has(Feature.PRESENT) || m.has(Feature.PAST)))
            .toList();
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        Morph plural = readings.get(0);
        Feature tense = plural.has(Feature.PAST) ? Feature.PAST : Feature.PRESENT;
        return morphology.forms(plural.lemma(), plural.upos(), Set.of(Feature.THIRD_PERSON, Feature.SINGULAR, tense))
            .stream().findFirst();
    }

    /** "Die Entscheidung fiel …": was fiel …? Only abstract nouns, and "wer" for those that name people. */
    private Optional<WhPhrase> what(MainClause clause) {
        int from = clause.start();
        int to = clause.verb();
        Token last = clause.token(to - 1);
        Token head = last;
        for (int i = from + 1; i < to - 1; i++) {
            if (clause.token(i).upos() == Upos.DET && clause.token(i - 1).upos() == Upos.NOUN) {
                // "Das Ergebnis dieser Betrachtung": the noun before the genitive is the head
                head = clause.token(i - 1);
                break;
            }
        }
        String noun = head.text();
        if (!clause.thirdSingular() || !nounPhrase(clause, from, to) || last.upos() != Upos.NOUN
            || clause.token(from).upos() != Upos.DET || !nominative(clause, from, to) || predicateNoun(clause)
            || ABSTRACT_ENDINGS.stream().noneMatch(noun::endsWith)) {
            return Optional.empty();
        }
        if (head != last && Set.of("Mehrheit", "Minderheit").contains(noun) && personOrBody(last.text(), fields)) {
            // "Die Mehrheit der Arbeitnehmer beantwortet …": most of them, who are people
            return Optional.empty();
        }
        // "Die Bevölkerung darf das meiste selbst entscheiden": people, whom "wer" asks for; "Die Bevölkerung wächst"
        // is their number, which grows as numbers do
        boolean growing = POPULATIONS.contains(noun) && readings(clause.token(clause.verb())).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && GROWING.contains(m.lemma()));
        return Optional.of(new WhPhrase(from, to, personOrBody(noun, fields) && !growing ? "Wer" : "Was",
            List.of(article(clause, from, to), noun), 1.0));
    }

    /**
     * "am 4. Oktober 1988 und erneut am 19. März 1993": a time joined to another by a conjunction, which "wann" asks
     * for with both or not at all.
     */
    private static boolean oneOfTwoTimes(MainClause clause, int from, int to) {
        int before = from - 1;
        // "und erneut am …", with "erneut" tagged as an adjective
        while (before > clause.start() && Set.of(Upos.ADV, Upos.ADJ).contains(clause.token(before).upos())) {
            before--;
        }
        boolean joinedBefore = before >= clause.start() && clause.token(before).upos() == Upos.CCONJ;
        return joinedBefore || to < clause.end() && clause.token(to).upos() == Upos.CCONJ;
    }

    /** "am Montag", "am 20. Dezember 2023", "im März", "Anfang Juni": wann? */
    private Optional<WhPhrase> when(MainClause clause, int i) {
        String word = clause.token(i).text();
        int to = -1;
        if (word.equals("am") && i + 1 < clause.end()) {
            String next = clause.token(i + 1).text();
            if (Words.WEEKDAYS.stream().anyMatch(next::startsWith) && next.matches("\\p{L}+")) {
                // "am Sonntag Nachmittag": the part of the day goes with its day
                to = i + 2 < clause.end() && DAY_PARTS.contains(clause.token(i + 2).text()) ? i + 3 : i + 2;
            } else if (next.matches("\\d{1,2}\\.") && i + 2 < clause.end()
                && Words.MONTHS.contains(clause.token(i + 2).text())) {
                to = withYear(clause, i + 3);
            }
        } else if ((word.equals("im") || PERIOD_WORDS.contains(word)) && i + 1 < clause.end()
            && Words.MONTHS.contains(clause.token(i + 1).text())) {
            to = withYear(clause, i + 2);
        } else if (word.equals("im") && i + 2 < clause.end() && clause.token(i + 1).text().equals("Jahr")
            && clause.token(i + 2).text().matches("(19|20)\\d\\d")) {
            to = i + 3;
        }
        if (to < 0 || attachedToNoun(clause, i) || i > clause.start()
            && (clause.token(i - 1).upos() == Upos.ADP || clause.token(i - 1).upos() == Upos.DET)
            || afterAnEvent(clause, i) || oneOfTwoTimes(clause, i, to)) {
            return Optional.empty();
        }
        if (to + 1 < clause.end() && clause.token(to).upos() == Upos.ADJ
            && Set.of("Woche", "Jahres", "Monats").contains(clause.token(to + 1).text())) {
            // "am Freitag vergangener Woche"
            to += 2;
        }
        String phrase = clause.text(i, to);
        String bare = clause.text(i + 1, to);
        List<String> answers = new ArrayList<>(List.of(phrase, bare));
        if (to - i >= 4 && clause.token(to - 1).text().matches("\\d{4}")) {
            answers.add(clause.text(i + 1, to - 1));
        }
        return Optional.of(new WhPhrase(i, to, "Wann", answers, 2.5));
    }

    /** "nannte … das Regionalligaspiel … gegen Erzgebirge Aue am 14. Oktober 2000": the date may be the event's. */
    private boolean afterAnEvent(MainClause clause, int at) {
        return fields != null && java.util.stream.IntStream.range(clause.verb() + 1, at).mapToObj(clause::token)
            .anyMatch(t -> t.upos() == Upos.NOUN && "event".equals(fields.fieldOf(t.lemma(), Upos.NOUN)));
    }

    private static int withYear(MainClause clause, int next) {
        return next < clause.end() && clause.token(next).text().matches("(19|20)\\d\\d") ? next + 1 : next;
    }

    /** "in Berlin", "in der Ukraine": wo? Only places the dictionary knows as a city, country or region. */
    private Optional<WhPhrase> where(MainClause clause, int i) {
        if (!clause.token(i).text().equals("in") || attachedToNoun(clause, i)
            || i > clause.start() && clause.token(i - 1).upos() == Upos.DET) {
            // "den in Afghanistan stationierten Truppen": a place inside an attribute
            return Optional.empty();
        }
        int name = i + 1;
        if (name < clause.end() && Set.of("der", "den", "dem").contains(clause.token(name).text())) {
            name++;
        }
        if (name >= clause.end() || clause.token(name).upos() != Upos.PROPN || !isPlace(clause.token(name).text())) {
            return Optional.empty();
        }
        int to = name + 1;
        // "in Halle 4 der Buchmesse": a name with a number after it is a hall's, no town's
        if (to < clause.end() && (clause.token(to).upos() == Upos.PROPN || clause.token(to).upos() == Upos.NOUN
            || clause.token(to).upos() == Upos.NUM)) {
            return Optional.empty();
        }
        if (to + 1 < clause.end() && to != clause.verb() && clause.token(to).upos() == Upos.ADJ
            && Character.isLowerCase(clause.token(to).text().charAt(0)) && clause.token(to + 1).upos() == Upos.NOUN) {
            // "das am Sonntag in Kairo erwartete Urteil": a place inside the attribute before a noun
            return Optional.empty();
        }
        return Optional.of(new WhPhrase(i, to, "Wo",
            List.of(clause.text(i, to), clause.text(name, to), clause.text(i + 1, to)), 2.0));
    }

    /** "mit Bundeskanzler Olaf Scholz": mit wem? */
    private Optional<WhPhrase> withWhom(MainClause clause, int i, People people) {
        if (!clause.token(i).text().equals("mit") || attachedToNoun(clause, i)) {
            return Optional.empty();
        }
        for (People.Mention mention : people.in(clause.sentence())) {
            if (mention.from() > i && mention.to() <= clause.end() && allNouns(clause, i + 1, mention.from())
                && (mention.to() == clause.end() || clause.token(mention.to()).upos() != Upos.PROPN)) {
                List<String> answers = List.of(clause.text(mention.from(), mention.to()), mention.person().surname(),
                    mention.person().name(), clause.text(i + 1, mention.to()), clause.text(i, mention.to()));
                return Optional.of(new WhPhrase(i, mention.to(), "Mit wem", answers, 2.5));
            }
        }
        return Optional.empty();
    }

    /** "8.000 Soldaten", "drei Panzer", "2 % seines Haushalts": wie viele / wie viel Prozent? */
    private Optional<WhPhrase> howMany(MainClause clause, int i) {
        Token number = clause.token(i);
        String digits = NUMBER_WORDS.getOrDefault(Words.lower(number.text()), number.text());
        if (!Words.isNumber(digits) || digits.matches("(19|20)\\d\\d") || i + 1 >= clause.end()) {
            return Optional.empty();
        }
        int from = i;
        while (from > clause.start() && Words.APPROXIMATELY.contains(Words.lower(clause.token(from - 1).text()))
            && clause.token(from - 1).upos() != Upos.ADP) {
            from--;
        }
        if (from > clause.start() && Set.of(Upos.ADP, Upos.DET, Upos.CCONJ).contains(clause.token(from - 1).upos())) {
            return Optional.empty();
        }
        int name = from;
        while (name > clause.start() && (clause.token(name - 1).upos() == Upos.PROPN
            || clause.token(name - 1).upos() == Upos.NOUN && readings(clause.token(name - 1).text()).isEmpty())) {
            name--;
        }
        if (name < from && name > clause.start() && clause.token(name - 1).upos() == Upos.DET
            || from > clause.start() && SIGNS.contains(Words.lower(clause.token(from - 1).text()))) {
            // "eine Adreno 430 GPU": a model's number after its name, inside a phrase its article opened; "mit minus
            // 45 Punkten": a score, not a count
            return Optional.empty();
        }
        if (from > clause.start() && clause.token(from - 1).upos() == Upos.ADJ) {
            // "die ersten vier Länder": the count belongs to a phrase whose article and ordinal would stay behind
            return Optional.empty();
        }
        if (i + 2 < clause.end() && clause.token(i + 2).text().matches("von|vom")
            && java.util.stream.IntStream.range(i + 1, Math.min(i + 7, clause.end()))
                .anyMatch(k -> clause.token(k).text().equals("entfernt"))) {
            // "etwa 520 Lichtjahre von der Erde entfernt": a distance, which "wie viele" does not ask
            return Optional.empty();
        }
        if (i + 2 < clause.end() && ClauseQuestions.MEASURED.contains(Words.lower(clause.token(i + 2).text()))) {
            // "10 Tage lang": "Wie viele Tage … lang" would leave the word that says what the number measures behind
            return Optional.empty();
        }
        List<String> answers = new ArrayList<>(AcceptedAnswers.of(digits));
        if (!digits.equals(number.text())) {
            answers.add(0, number.text());
        }
        if (from < i) {
            // "mehr als 100": the bound is part of the key, the number alone is still accepted
            answers.add(0, clause.text(from, i + 1));
        }
        String unit = clause.token(i + 1).text();
        if (unit.equals("%") || unit.equals("Prozent")) {
            if (anotherCount(clause, i)) {
                // "13 Prozent der Bevölkerung über weniger als 60 Prozent des mittleren Einkommens": which one is asked
                return Optional.empty();
            }
            int to = genitiveEnd(clause, i + 2);
            answers.add(clause.text(i, i + 2));
            String asking = "Wie viel Prozent" + (to > i + 2 ? " " + clause.text(i + 2, to) : "");
            return Optional.of(new WhPhrase(from, to, asking, answers, 3.0));
        }
        int noun = i + 1;
        while (noun < clause.end() && clause.token(noun).upos() == Upos.ADJ) {
            noun++;
        }
        if (noun >= clause.end() || clause.token(noun).upos() != Upos.NOUN || UNITS.contains(clause.token(noun).text())
            || !pluralSubjectOrObject(clause.token(noun).text())) {
            return Optional.empty();
        }
        int to = noun + 1;
        if (to < clause.end() && (clause.token(to).upos() == Upos.NOUN || clause.token(to).upos() == Upos.PROPN
            || clause.token(to).upos() == Upos.CCONJ || Words.isCompoundPart(clause.tokens(), to))) {
            return Optional.empty();
        }
        to = genitiveEnd(clause, to);
        if (to < clause.end() && (clause.token(to).upos() == Upos.NOUN || clause.token(to).upos() == Upos.PROPN)) {
            return Optional.empty();
        }
        if (anotherCount(clause, i)) {
            return Optional.empty();
        }
        if (to + 1 < clause.end() && clause.token(to).text().equals("aus") && clause.token(to + 1).upos() == Upos.PROPN) {
            // "zwei deutsche Ingenieure aus Leipzig": where they come from goes with them
            to += 2;
            while (to < clause.end() && clause.token(to).upos() == Upos.PROPN) {
                to++;
            }
        }
        String asking = "Wie viele " + clause.text(i + 1, to);
        return Optional.of(new WhPhrase(from, to, asking, answers, 3.0));
    }

    private static final Set<String> SIGNS = Set.of("minus", "plus");

    /** "von rund 15.300 Tankstellen nur 1.900 …": with two counts in a clause, which one is asked is unclear. */
    private static boolean anotherCount(MainClause clause, int number) {
        for (int i = clause.start(); i < clause.end(); i++) {
            String word = clause.token(i).text();
            if (i != number && Words.isNumber(NUMBER_WORDS.getOrDefault(Words.lower(word), word))
                && !word.matches("(19|20)\\d\\d")) {
                return true;
            }
        }
        return false;
    }

    private int genitiveEnd(MainClause clause, int from) {
        int i = from;
        if (i < clause.end() && clause.token(i).upos() == Upos.DET && readings(clause.token(i))
            .stream().anyMatch(m -> m.has(Feature.GENITIVE))) {
            i++;
            while (i < clause.end() && clause.token(i).upos() == Upos.ADJ) {
                i++;
            }
            if (i < clause.end() && clause.token(i).upos() == Upos.NOUN) {
                return i + 1;
            }
        }
        return from;
    }

    private boolean pluralSubjectOrObject(String noun) {
        return readings(noun).stream().anyMatch(m -> m.has(Feature.PLURAL)
            && (m.has(Feature.NOMINATIVE) || m.has(Feature.ACCUSATIVE)));
    }

    private boolean isPlace(String word) {
        return readings(word).stream().anyMatch(m -> m.has(Feature.CITY) || m.has(Feature.COUNTRY)
            || m.has(Feature.REGION));
    }

    /**
     * Whether the noun phrase can be the subject: its determiner and first noun share a nominative reading of the
     * same gender and number ("Der … Tageszeitung" is dative, not nominative).
     */
    private boolean nominative(MainClause clause, int from, int to) {
        Token first = clause.token(from);
        if (to - from == 1 && morphology.readings(first.text()).stream().anyMatch(m -> m.upos() == Upos.ADV)
            && morphology.readings(first.text()).stream().noneMatch(m -> m.has(Feature.NOMINATIVE))) {
            // "Freitags läuft eine Folge …": an adverb of time, capitalised as the first word, tagged as a name
            return false;
        }
        if (first.upos() != Upos.DET) {
            return true;
        }
        int noun = from + 1;
        while (noun < to && clause.token(noun).upos() != Upos.NOUN && clause.token(noun).upos() != Upos.PROPN) {
            noun++;
        }
        List<Morph> nouns = noun < to ? readings(clause.token(noun)) : List.of();
        for (Morph det : readings(first)) {
            // "Vielen Menschen haben … das Leben gekostet": an adjective's weak or mixed ending needs an article before
            // it, which the phrase's first word has not
            if (!det.has(Feature.NOMINATIVE)
                || det.upos() == Upos.ADJ && (det.has(Feature.WEAK) || det.has(Feature.MIXED))) {
                continue;
            }
            if (nouns.isEmpty() || nouns.stream().anyMatch(n -> n.has(Feature.NOMINATIVE) && agree(det, n))) {
                return true;
            }
        }
        return false;
    }

    private static boolean agree(Morph a, Morph b) {
        for (Feature f : List.of(Feature.MASCULINE, Feature.FEMININE, Feature.NEUTER, Feature.SINGULAR, Feature.PLURAL)) {
            if (a.has(f) && !b.has(f) && hasAnyOfSameKind(b, f)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAnyOfSameKind(Morph morph, Feature feature) {
        List<Feature> kind = feature == Feature.SINGULAR || feature == Feature.PLURAL
            ? List.of(Feature.SINGULAR, Feature.PLURAL) : List.of(Feature.MASCULINE, Feature.FEMININE, Feature.NEUTER);
        return kind.stream().anyMatch(morph::has);
    }

    /** "X ist ein Wirtschaftsunternehmen": with a noun as predicate either side could be asked for. */
    private boolean predicateNoun(MainClause clause) {
        if (clause.token(clause.verb()).lemma().equals("heißen")) {
            // "Die Regierung heißt Bundesrat": what it is called, which no "wer" or "was" asks for
            return true;
        }
        if (!Set.of("sein", "bleiben", "werden").contains(clause.token(clause.verb()).lemma())) {
            return false;
        }
        for (int i = clause.verb() + 1; i < clause.end(); i++) {
            Token token = clause.token(i);
            if (token.upos() == Upos.ADP) {
                return false;
            }
            if (token.upos() == Upos.DET && readings(token).stream().anyMatch(m -> m.has(Feature.NOMINATIVE))
                || token.upos() == Upos.PROPN) {
                return true;
            }
        }
        return false;
    }

    private List<Morph> readings(Token token) {
        return readings(token.text());
    }

    private List<Morph> readings(String word) {
        return morphology.readings(word);
    }

    /**
     * Determiners, adjectives, nouns and names only, ending in a noun or name; a word the tagger calls a noun but
     * the dictionary knows only as something else ("Momentan", "Inzwischen") is not one.
     */
    private boolean nounPhrase(MainClause clause, int from, int to) {
        if (to - from < 1 || to - from > 6) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Upos upos = clause.token(i).upos();
            List<Morph> known = readings(clause.token(i));
            if ((upos == Upos.NOUN || upos == Upos.PROPN) && !known.isEmpty()
                && known.stream().noneMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN)) {
                return false;
            }
            if (upos != Upos.DET && upos != Upos.ADJ && upos != Upos.NOUN && upos != Upos.PROPN
                && !Words.isCompoundPart(clause.tokens(), i)) {
                return false;
            }
        }
        Upos last = clause.token(to - 1).upos();
        return (last == Upos.NOUN || last == Upos.PROPN || Words.isCompoundPart(clause.tokens(), to - 1)) && !Words.PRONOUNS.contains(Words.lower(clause.token(from).text()));
    }

    private static boolean allNouns(MainClause clause, int from, int to) {
        for (int i = from; i < to; i++) {
            if (clause.token(i).upos() != Upos.NOUN) {
                return false;
            }
        }
        return to - from <= 2;
    }

    /**
     * Whether the phrase starting at {@code i} belongs to the noun before it ("die Wahlen am Dienstag") rather
     * than to the verb; a day, month or place before it is a phrase of its own.
     */
    private boolean attachedToNoun(MainClause clause, int i) {
        if (i - 1 < clause.start() || i - 1 == clause.verb()) {
            return false;
        }
        Token before = clause.token(i - 1);
        if (before.upos() != Upos.NOUN && before.upos() != Upos.PROPN) {
            return false;
        }
        String word = before.text();
        return !(Words.WEEKDAYS.stream().anyMatch(word::startsWith) || Words.MONTHS.contains(word)
            || word.matches("(19|20)\\d\\d") || isPlace(word));
    }

    private static String article(MainClause clause, int from, int to) {
        return Words.decapitalise(clause.text(from, to));
    }
}
