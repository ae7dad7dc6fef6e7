package org.textquiz.core.comprehension;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;

/**
 * A false statement made by negating a simple main clause: "Die Polizei stoppte den Fahrer nicht." for "Die Polizei
 * stoppte den Fahrer.", "Ryanair erwägt keine Gebühr …" for "Ryanair erwägt eine Gebühr …". Only a clause of one
 * verb and its phrases, with no comma, no coordination, no negation and no focus particle (whose "auch nicht", "noch
 * nicht" would change more than the truth) and no adverb whose place before or after "nicht" changes the meaning.
 * "nicht" stands after the subject, the objects with an article or a name and the times, and before everything
 * else: a phrase with a preposition, a predicate, the separable particle and the verbs at the end ("fuhr nicht nach
 * Berlin", "ist nicht gestartet", "ist nicht bekannt"); an object with the indefinite article takes "kein" instead.
 */
final class Negation {

    /** Words that negate already, or make a negation mean something else than "the opposite is true". */
    private static final Set<String> REFUSED_WORDS = Set.of("nicht", "nichts", "nie", "niemals", "niemand", "kein",
        "keine", "keinen", "keinem", "keiner", "keines", "weder", "noch", "ohne", "auch", "nur", "sogar", "schon",
        "bereits", "erst", "fast", "kaum", "wieder", "immer", "mehr", "weniger", "etwa", "rund", "bis",
        "mindestens", "höchstens", "knapp", "insgesamt", "jeweils", "allein", "alle", "allen", "aller", "allem",
        // "führen ebenfalls erstmals keine Mehrwertsteuer ein" denies what the others did too
        "ebenfalls", "ebenso", "gleichfalls", "erstmals",
        // "Der zentrale Platz beispielsweise heißt nicht Waltherplatz": an example denied
        "beispielsweise",
        "alles", "jeder", "jede", "jedes", "jeden", "jedem", "zahlreiche", "zahlreichen", "meisten", "meiste",
        "beide", "beiden", "viele", "einige", "mehrere", "manche", "wenige", "als", "wie", "dass", "ob", "wenn",
        "und", "oder", "sowie", "aber", "sondern", "denn", "so", "damit", "dabei", "dort", "man", "es", "sich",
        "frühestens", "spätestens", "laut", "zufolge", "worten", "angaben", "ansicht", "meinung", "auffassung",
        "ihr", "ihm", "ihn", "ihnen", "er", "sie", "wir", "ich", "uns",
        // degree adverbs: "reicht weit zurück" is denied by "nicht weit", not by "nicht" before "zurück"
        "weit", "lange", "längst", "viel", "sehr", "oft", "häufig", "stark", "deutlich", "weitgehend", "völlig", "ganz",
        "genau", "gut", "wenig", "eher", "ziemlich", "recht", "besonders", "äußerst", "relativ",
        // "Vom Buch wurde mehrmals kein Film gedreht": how often denies nothing ("oft nicht" is no "nicht oft")
        "mehrmals", "mehrfach", "oftmals", "manchmal", "meist", "meistens", "selten", "gelegentlich", "zweimal",
        "dreimal", "vielfach");
    /** Prepositions of a means or a manner, which "nicht" before them would deny instead of the deed. */
    private static final Set<String> MEANS = Set.of("mit", "ohne", "per", "durch", "mittels");
    /** Prepositions of a cause, a circumstance or a time, whose phrase "nicht" follows ("wegen des Regens nicht"). */
    private static final Set<String> CIRCUMSTANCES = Set.of("wegen", "aufgrund", "trotz", "während", "seit", "infolge",
        "dank", "bei", "beim", "durch", "nach");
    /** Nouns after "auf" that name on whose word something happened ("auf Anordnung der Behörden"). */
    private static final Set<String> BY_WHOSE_WORD = Set.of("Anordnung", "Antrag", "Wunsch", "Initiative", "Befehl",
        "Einladung", "Druck");
    /** Nouns after "im" that name a circumstance, not a place ("im Zuge einer Leihgabe", "im Rahmen"). */
    private static final Set<String> IN_THE_COURSE = Set.of("Zuge", "Rahmen", "Laufe", "Verlauf", "Vorfeld",
        "Anschluss", "Auftrag", "Namen", "Falle",
        // "war nach zwölf Jahren im Amt zurückgetreten": the years in office, not where he stepped down
        "Amt",
        // "ist am Montag im frühen Handel gestiegen": a time of the trading day
        "Handel", "Handelsverlauf", "Tagesverlauf");
    /** Prepositions that may tie a phrase to the noun before it ("der Verkaufsprozess für das Funkhaus"). */
    private static final Set<String> NOUN_ATTACHING = Set.of("an", "für", "fürs", "zu", "gegenüber", "von", "vom",
        "über", "gegen", "aus", "zwischen", "zur", "zum", "bei", "beim");
    private static final java.util.regex.Pattern DIMENSION = java.util.regex.Pattern.compile(
        ".*(?:[Gg]ewicht|[Ll]änge|[Hh]öhe|[Bb]reite|[Ff]läche|[Dd]auer|[Uu]mfang|[Dd]urchmesser|[Tt]iefe)");
    private static final Set<String> HEDGES = Set.of("durchaus", "ziemlich", "recht", "eher", "relativ", "überaus",
        "äußerst", "höchst", "durchwegs", "absolut", "einigermaßen", "halbwegs",
        // "ist sicherlich zu Ende": "nicht sicherlich" doubts the certainty, not the end
        "sicherlich", "sicher", "wahrscheinlich", "vermutlich", "möglicherweise", "bestimmt", "offenbar", "anscheinend");
    private static final Map<String, String> KEIN = Map.of("ein", "kein", "eine", "keine", "einen", "keinen",
        "einem", "keinem", "einer", "keiner", "eines", "keines");
    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "den", "dem", "des", "dieser", "diese",
        "dieses", "diesen", "diesem", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem",
        "ihrer");
    private static final Set<String> TIME_ADVERBS = Set.of("heute", "gestern", "morgen", "vorgestern", "jetzt",
        "nun", "zuletzt", "inzwischen", "derzeit", "zurzeit", "seitdem", "damals", "unterdessen", "mittlerweile",
        "bisher", "bislang", "kürzlich", "neulich", "anschließend");
    private static final Set<String> TIME_NOUNS = Set.of("Tag", "Woche", "Monat", "Jahr", "Stunde", "Minute",
        "Nacht", "Abend", "Morgen", "Mittag", "Vormittag", "Nachmittag", "Wochenende", "Zeit", "Uhr");
    private static final Set<String> STAYING_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:arg");
    /**
     * "heißen", and "geboren" ("wurde 1954 nicht geboren" denies the birth, not its year): clauses another name or year
     * swapped in denies better.
     */
    private static final Set<String> DENIED_BY_A_SWAP = Set.of("heißt", "heißen", "hieß", "hießen", "heiße", "hießt",
        "geboren");
    private static final int SHORTEST = 5;
    private static final int LONGEST = 25;

    private final Predicate<Word> time;
    private final Predicate<Word> commonNoun;

    /**
     * @param time whether a word heads a phrase of time ("am Montag", "2005"), after which "nicht" stands
     * @param commonNoun whether a word is a common noun, however the tagger read it ("Mittelmeerklima"/PROPN)
     */
    Negation(Predicate<Word> time, Predicate<Word> commonNoun) {
        this.time = time;
        this.commonNoun = commonNoun;
    }

    /** The clause negated, as a whole sentence; empty when the clause is not simple enough to negate surely. */
    Optional<String> of(Constituents clause) {
        Parse parse = clause.parse();
        List<Token> tokens = clause.sentence().tokens();
        long words = tokens.stream().filter(Token::isWord).count();
        if (words < SHORTEST || words > LONGEST || !tokens.get(tokens.size() - 1).text().equals(".")
            || tokens.subList(0, tokens.size() - 1).stream().anyMatch(t -> !t.isWord() && !t.text().equals("-"))
            // "… den zehnten Tabellenplatz - sechs Punkte beträgt der Vorsprung": a second clause after a dash
            || clause.sentence().text().matches(".* [-–] .*")
            || tokens.stream().anyMatch(t -> REFUSED_WORDS.contains(Words.lower(t.text())))
            // "Alleine 60 000 Euro pro Saison fallen … an": so much for this alone ("nicht alleine vertretungsberechtigt"
            // is alone, and may be denied)
            || java.util.stream.IntStream.range(0, tokens.size() - 1).anyMatch(t -> Words.lower(tokens.get(t).text())
                .equals("alleine") && tokens.get(t + 1).upos() == Upos.NUM)
            // "ein durchaus stylischer Film": "kein durchaus …" or "nicht ein durchaus …" denies a hedge no one said
            || tokens.stream().anyMatch(t -> HEDGES.contains(Words.lower(t.text())))
            // "Die Fracht hatte ein Gesamtgewicht von zweieinhalb Tonnen": "kein Gesamtgewicht" denies it has any weight
            || java.util.stream.IntStream.range(0, tokens.size() - 1).anyMatch(t -> tokens.get(t + 1).text().equals("von")
                && DIMENSION.matcher(tokens.get(t).text()).matches())
            || !stays(clause, clause.vorfeld()) && !adverbialFirst(clause)
            || clause.constituents().stream().noneMatch(p -> parse.word(p.word()).relation().startsWith("nsubj"))
            // "Sesamstraße heißt eine Fernseh-Sendung für Kinder": "heißt keine …" denies the name the wrong way round,
            // and a name is denied better by another one, as a year of birth is
            || DENIED_BY_A_SWAP.contains(Words.lower(parse.word(clause.head()).form()))
            // "war Hitlers Wohnhaus" with "Hitlers" a second subject: where "nicht" goes, such a parse does not tell
            || parse.children(clause.head()).stream()
                .filter(c -> parse.word(c).relation().startsWith("nsubj")).count() > 1
            || clause.parts().stream().anyMatch(p -> measured(parse, p) || countedSubject(parse, p))
            // "Der Fahrer hat das Unglück verletzt überlebt" with "überlebt" hung on "verletzt": "nicht" before the
            // first would say he was unhurt
            || parse.children(clause.head(), "xcomp").stream().anyMatch(x -> parse.word(x).upos() == Upos.VERB
                && parse.children(x, "mark").isEmpty() && x == clause.head() + 1)
            || clause.parts().stream().anyMatch(p -> stays(clause, p) && endsInAnIdiom(clause, p))) {
            return Optional.empty();
        }
        // "Heute ist ein Amok ein Zustand eines Menschen": what the subject is denied, not that there is one
        List<Constituents.Part> predicateFirst = new java.util.ArrayList<>(clause.parts());
        if (!parse.children(clause.head(), "cop").isEmpty()) {
            predicateFirst.sort(java.util.Comparator.comparing(p -> !"head".equals(p.relation())));
        }
        for (Constituents.Part part : predicateFirst) {
            Word head = parse.word(part.word());
            Optional<Integer> indefinite = indefiniteArticle(parse, part);
            boolean argument = STAYING_RELATIONS.contains(head.relation()) && parse.word(part.from()).upos() != Upos.ADP;
            // "hat einen Trailer veröffentlicht" with the participle read as the auxiliary's complement: its object
            boolean participlesObject = head.relation().equals("xcomp") && head.upos() == Upos.VERB
                && parse.children(part.word(), "mark").isEmpty();
            // "Die FDP ist für eine geregelte Einwanderung": "für keine" denies it oddly, which "nicht für" says
            boolean afterAPreposition = indefinite.isPresent() && indefinite.get() > 0
                && parse.word(indefinite.get() - 1).upos() == Upos.ADP;
            if (indefinite.isPresent() && !afterAPreposition
                && (argument || "head".equals(part.relation()) || participlesObject)) {
                return Optional.of(replaced(clause, indefinite.get()));
            }
        }
        for (Constituents.Part part : clause.parts()) {
            Word head = parse.word(part.word());
            if ("head".equals(part.relation()) && commonNoun.test(head)
                && !parse.children(clause.head(), "cop").isEmpty()
                && (Set.of(Upos.NOUN, Upos.ADJ).contains(parse.word(part.from()).upos())
                    || commonNoun.test(parse.word(part.from())))
                && parse.children(part.word(), "det").isEmpty()) {
                // "Die Versicherungs-Gesellschaften sind Dienstleistungs-Betriebe": a bare plural takes "keine", which
                // a bare singular ("ist Teil", "ist Mitglied") takes in its gender; neither takes "nicht"
                // ("keine feuchte Regenwald-Gebiete" would need the adjective declined anew: only a noun first)
                Token first = clause.sentence().tokens().get(parse.word(part.from()).token());
                // "Die öffentlichen Spielplätze sind Eigentum der Gemeinde": a singular after a plural subject, its
                // form its lemma and no plural's ending, takes "kein" in its gender, which is not told here
                boolean singularForm = first.text().equals(first.lemma()) && !first.text().matches(".*(?:e|en|er|n|s)");
                return plural(parse, clause.head()) && commonNoun.test(parse.word(part.from())) && !singularForm
                    ? Optional.of(edited(clause, first, "keine " + first.text())) : Optional.empty();
            }
        }
        if (clause.parts().stream().anyMatch(p -> !p.verbal() && parse.word(p.from()).upos() != Upos.DET
            && parse.word(p.from()).upos() != Upos.ADP && parse.word(p.from()).upos() != Upos.NUM
            && (Set.of("obj", "iobj").contains(parse.word(p.word()).relation()) && parse.word(p.word()).upos() == Upos.NOUN
                || parse.word(p.word()).relation().startsWith("nsubj") && commonNoun.test(parse.word(p.word()))))) {
            // "hatten mit verschiedenen Lieferanten Preise abgesprochen", "Im Norden herrscht Mittelmeerklima": a bare
            // noun takes "kein", which "nicht" before the phrase ahead of it, or at the end, does not give
            return Optional.empty();
        }
        List<Constituents.Part> said = clause.parts().stream().filter(p -> !p.verbal() && !"head".equals(p.relation()))
            .toList();
        if (said.size() == 1 && parse.word(said.get(0).from()).upos() == Upos.ADP && Words.lower(clause.sentence()
                .tokens().get(parse.word(said.get(0).from()).token()).text()).equals("durch")) {
            // "Die Inseln sind durch Vulkane entstanden": how they came to be is all the clause says, and "durch
            // Vulkane nicht entstanden" denies it only in passing
            return Optional.empty();
        }
        Constituents.Part before = null;
        List<Constituents.Part> parts = clause.parts();
        for (int i = 0; i < parts.size(); i++) {
            Constituents.Part part = parts.get(i);
            if (stays(clause, part)) {
                before = part;
                continue;
            }
            if (STAYING_RELATIONS.contains(parse.word(part.word()).relation())
                && parse.word(part.from()).upos() != Upos.ADP) {
                // "stoppte zahlreiche Autofahrer": an object with no article takes neither "nicht" nor "kein" surely
                return Optional.empty();
            }
            if (part.verbal() && before != null && whereTo(clause, before)) {
                // "Der Verdächtige soll nicht nach Bangkok gebracht werden.", not "… nach Bangkok nicht …": where to
                // is what "nicht" denies
                return Optional.of(inserted(clause, parse.word(before.from()).token()));
            }
            // "kamen für Siemens ungünstige Gewinnwarnungen hinzu": a subject with no article after the phrase takes
            // "keine", and "nicht für Siemens" denies whom they were for
            boolean stayingAfter = parts.subList(i + 1, parts.size()).stream().anyMatch(p -> stays(clause, p)
                || parse.word(p.word()).relation().startsWith("nsubj"));
            if (!goesAfterNicht(clause, part) || stayingAfter || before != null && mayBelongTo(clause, before, part)) {
                return Optional.empty();
            }
            if (part.from() < part.to() && parse.word(part.from()).upos() == Upos.ADP
                && Words.lower(parse.word(part.from()).form()).equals("ab")) {
                // "Der Vertrag läuft nicht ab dem 1. Juni": "nicht ab" reads as "does not expire"
                return Optional.empty();
            }
            if (part.from() < part.to() && parse.word(part.from()).upos() == Upos.ADP
                && MEANS.contains(Words.lower(parse.word(part.from()).form()))) {
                // "stimmte der Resolution nicht mit einer Enthaltung zu": "nicht" denies the means, not the deed
                return Optional.empty();
            }
            if (part.from() == part.to() && !"head".equals(part.relation()) && !part.verbal()
                && Set.of(Upos.ADJ, Upos.VERB).contains(parse.word(part.word()).upos())
                && parts.subList(i + 1, parts.size()).stream().anyMatch(Constituents.Part::verbal)) {
                // "hat das Unglück verletzt überlebt": "nicht verletzt" says how, as if unhurt, not that it did not
                return Optional.empty();
            }
            boolean phraseAfter = parts.subList(i + 1, parts.size()).stream()
                .anyMatch(p -> !p.verbal() && parse.word(p.from()).upos() == Upos.ADP);
            if (phraseAfter) {
                // "sorgt nicht mit einem Dreisatz-Erfolg … für den ersten deutschen Sieg", "bringt das Internet nicht
                // im heimischen Wohnzimmer an die Wand": the first of two phrases denied, as if the deed were done by
                // another means or in another place, not the deed
                return Optional.empty();
            }
            return Optional.of(inserted(clause, parse.word(afterLeadingPhrases(clause, part)).token()));
        }
        if (before != null && !time(clause, before) && java.util.stream.IntStream.rangeClosed(before.from(), before.to())
                .anyMatch(w -> parse.word(w).upos() == Upos.ADP)) {
            // "drohten den Demonstranten mit Konsequenzen": a phrase the parse hung inside the last one may be
            // what "nicht" should stand before
            return Optional.empty();
        }
        if (before != null && before == parts.get(parts.size() - 1) && before.from() > clause.finite()
            && Words.lower(parse.word(before.from()).form()).equals("ab")) {
            // "Der Vertrag läuft ab dem 1. Juni": "nicht ab" reads as "does not expire", and "nicht" last as "from then on"
            return Optional.empty();
        }
        if (before != null && before == parts.get(parts.size() - 1) && before.from() > clause.finite()
            && time(clause, before) && parse.word(before.from()).upos() == Upos.ADP && before.to() > before.word()) {
            // "gegen 18.30 Uhr einer Gruppe Jugendlicher" with the object hung on the time: "nicht" before both
            // denies the time
            return Optional.empty();
        }
        if (before != null && before == parts.get(parts.size() - 1) && before.from() > clause.finite()
            && time(clause, before) && parse.word(before.from()).upos() == Upos.ADP) {
            // "Der Unfall geschah nicht in der 79. Minute.", not "… in der 79. Minute nicht.": a time closing the
            // clause is what "nicht" denies
            return Optional.of(inserted(clause, parse.word(before.from()).token()));
        }
        if (adverbialFirst(clause)) {
            // "Aus Kirgistan kommt das längste Gedicht der Welt nicht.": "nicht" last after a phrase first denies that
            // phrase as if another place or time were meant, where "kommt nicht aus Kirgistan" denies the clause
            return Optional.empty();
        }
        return Optional.of(inserted(clause, tokens.size() - 1));
    }

    /**
     * "auf 100.000 Euro beziffert", "um 0,7 Prozent gestiegen": "nicht" before the amount denies the amount and after it
     * reads wrong, so neither says surely that the opposite is true.
     */
    private static boolean measured(Parse parse, Constituents.Part part) {
        // "beträgt 72,67 Euro": an amount the verb takes with no preposition, which "nicht" after it does not deny
        boolean amount = parse.word(part.from()).upos() == Upos.NUM && !part.verbal()
            && !parse.word(part.word()).relation().startsWith("nsubj");
        // "um einen Monat verschoben": an amount counted by its article
        boolean byOne = part.from() + 2 <= part.to() && Words.lower(parse.word(part.from()).form()).equals("um")
            && Set.of("ein", "einen", "eine", "einem").contains(Words.lower(parse.word(part.from() + 1).form()))
            && TIME_NOUNS.contains(parse.word(part.word()).form());
        return amount || byOne || parse.word(part.from()).upos() == Upos.ADP
            && AMOUNT_PREPOSITIONS.contains(Words.lower(parse.word(part.from()).form()))
            && java.util.stream.IntStream.rangeClosed(part.from(), part.to()).anyMatch(w -> parse.word(w).upos() == Upos.NUM);
    }

    private static final Set<String> AMOUNT_PREPOSITIONS = Set.of("auf", "um", "von", "über", "unter");

    /**
     * "sind … zwei Menschen ums Leben gekommen", "Die Roma-Minderheit … sind 800.000 Menschen": a counted subject or
     * predicate, which "nicht" would deny the number of.
     */
    private static boolean countedSubject(Parse parse, Constituents.Part part) {
        return (parse.word(part.word()).relation().startsWith("nsubj") || "head".equals(part.relation()))
            && parse.word(part.from()).upos() == Upos.NUM;
    }

    /**
     * "ging durch das auslaufende Kerosin in Flammen auf": a phrase that "nicht" follows and that ends in a preposition
     * and noun of the verb's meaning, which "nicht" should go before.
     */
    private static boolean endsInAnIdiom(Constituents clause, Constituents.Part part) {
        return ClauseQuestions.endsInPartOfTheVerb(clause.text(part).split("\\s+"));
    }

    /** "nach Bangkok": where to, a place's name after "nach". */
    private static boolean whereTo(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        return part.from() > clause.finite() && Words.lower(parse.word(part.from()).form()).equals("nach")
            && parse.word(part.word()).upos() == Upos.PROPN && part.to() == part.word();
    }

    /** A phrase of time: "am Montag", "in den nächsten Tagen", "heute". */
    private boolean time(Constituents clause, Constituents.Part part) {
        Word head = clause.parse().word(part.word());
        if ("head".equals(part.relation())) {
            // "Die Urgeschichte ist der längste Zeitabschnitt …": a predicate, which "nicht" goes before
            return false;
        }
        boolean timeAdverb = head.relation().equals("advmod") && TIME_ADVERBS.contains(Words.lower(head.form()));
        boolean timeNoun = TIME_NOUNS.stream().anyMatch(head.form()::startsWith);
        return timeAdverb || (time.test(head) || timeNoun) && !head.relation().startsWith("nsubj")
            && !head.relation().equals("obj");
    }

    /** A phrase "nicht" follows: a subject or object with an article or a name, a pronoun, a time. */
    private boolean stays(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        Word head = parse.word(part.word());
        if (time(clause, part)) {
            return true;
        }
        Word first = parse.word(part.from());
        if (first.upos() == Upos.ADP) {
            String preposition = Words.lower(clause.sentence().tokens().get(first.token()).text());
            return head.relation().startsWith("obl") && (CIRCUMSTANCES.contains(preposition) || copular(clause)
                || preposition.equals("auf") && BY_WHOSE_WORD.contains(head.form())
                || Set.of("im", "in").contains(preposition) && IN_THE_COURSE.contains(head.form()));
        }
        if (!STAYING_RELATIONS.contains(head.relation())) {
            return false;
        }
        if (head.upos() == Upos.PROPN || head.upos() == Upos.PRON) {
            return true;
        }
        return head.upos() == Upos.NOUN && first.upos() == Upos.DET && DEFINITE.contains(Words.lower(first.form()));
    }

    /**
     * "Meier ist für den Verein nicht alleine vertretungsberechtigt": beside a predicate, "nicht" goes before the
     * predicate, after the phrases with a preposition ("ist für den Verein nicht …", "ist in Berlin nicht bekannt").
     */
    private static boolean copular(Constituents clause) {
        return !clause.parse().children(clause.head(), "cop").isEmpty();
    }

    /** The predicate's first word after the phrases with a preposition that open it ("für den Verein alleine …"). */
    private static int afterLeadingPhrases(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        int at = part.from();
        if (!"head".equals(part.relation()) || !copular(clause)) {
            return at;
        }
        boolean moved = true;
        while (moved && at < part.word()) {
            moved = false;
            for (int child : parse.children(part.word())) {
                List<Integer> subtree = parse.subtree(child);
                // "ist wegen Gewaltdelikten in Haft" with "wegen" hung on "Haft": a preposition alone is no phrase
                if (subtree.get(0) == at && parse.word(at).upos() == Upos.ADP && parse.contiguous(child)
                    && subtree.size() > 1) {
                    at = subtree.get(subtree.size() - 1) + 1;
                    moved = true;
                }
            }
        }
        return at;
    }

    /** Whether {@code part}, right after the noun that ends {@code before}, may be that noun's attribute. */
    private static boolean mayBelongTo(Constituents clause, Constituents.Part before, Constituents.Part part) {
        Parse parse = clause.parse();
        Word last = parse.word(before.to());
        Word first = parse.word(part.from());
        String preposition = first.upos() == Upos.ADP
            ? Words.lower(clause.sentence().tokens().get(first.token()).text()) : "";
        // "die Aufnahme eines Ermittlungsverfahrens in Sachen Offenlegung"
        boolean inMattersOf = preposition.equals("in") && part.from() + 1 <= part.to()
            && parse.word(part.from() + 1).form().equals("Sachen");
        // "den Eintritt seiner Partei in die Regierung"
        boolean itsIn = ClauseQuestions.ownInPhrase(preposition, last.form(), parse.word(before.word()).form());
        return part.from() == before.to() + 1 && (last.upos() == Upos.NOUN || last.upos() == Upos.PROPN)
            && (NOUN_ATTACHING.contains(preposition) || inMattersOf || itsIn
                || ClauseQuestions.placeOfAnAbstractNounFollows(clause, before));
    }

    /** "In Berlin traf …", "Am Montag stoppte …": a phrase with a preposition first, which stays where it is. */
    private static boolean adverbialFirst(Constituents clause) {
        Word head = clause.parse().word(clause.vorfeld().word());
        return head.relation().equals("obl") && clause.parse().word(clause.vorfeld().from()).upos() == Upos.ADP;
    }

    /** What "nicht" goes before: a phrase with a preposition, a predicate, the particle and the verbs at the end. */
    private static boolean goesAfterNicht(Constituents clause, Constituents.Part part) {
        Parse parse = clause.parse();
        String relation = parse.word(part.word()).relation();
        boolean prepositional = relation.startsWith("obl") && parse.word(part.from()).upos() == Upos.ADP;
        return prepositional || part.verbal() || "head".equals(part.relation())
            || relation.equals("compound:prt") || relation.equals("xcomp");
    }

    /**
     * "ein Lösegeld", and "eine der Vertreterinnen" ("keine der …") or "eines von vielen" whose "eine" the parse makes
     * the head.
     */
    private static Optional<Integer> indefiniteArticle(Parse parse, Constituents.Part part) {
        Word first = parse.word(part.from());
        boolean oneOf = part.from() == part.word() && part.from() < part.to()
            && Set.of("der", "des", "von").contains(Words.lower(parse.word(part.from() + 1).form()));
        // "einen Trailer veröffentlicht": the article of the object the part opens with
        boolean ofItsObject = first.head() >= 0 && parse.word(first.head()).relation().equals("obj")
            && parse.word(first.head()).head() == part.word();
        if (first.upos() == Upos.DET && (first.head() == part.word() || oneOf || ofItsObject)
            && KEIN.containsKey(Words.lower(first.form()))) {
            return Optional.of(part.from());
        }
        // "ist für Daimler ein weiterer Schritt": the predicate's own article after a phrase that opens it
        return "head".equals(part.relation()) ? parse.children(part.word(), "det").stream()
            .filter(d -> KEIN.containsKey(Words.lower(parse.word(d).form()))).findFirst() : Optional.empty();
    }

    private static String replaced(Constituents clause, int article) {
        Token token = clause.sentence().tokens().get(clause.parse().word(article).token());
        String kein = KEIN.get(Words.lower(token.text()));
        if (Character.isUpperCase(token.text().charAt(0))) {
            kein = Words.capitalise(kein);
        }
        return edited(clause, token, kein);
    }

    /** Whether the copula of the clause is in the plural ("sind", "waren"). */
    private static boolean plural(Parse parse, int head) {
        return parse.children(head, "cop").stream().map(c -> Words.lower(parse.word(c).form()))
            .anyMatch(Set.of("sind", "waren", "seien", "wären")::contains);
    }

    private static String inserted(Constituents clause, int beforeToken) {
        Token token = clause.sentence().tokens().get(beforeToken);
        String separator = token.text().equals(".") ? "" : " ";
        String text = clause.sentence().text();
        int at = token.span().start() - clause.sentence().span().start();
        String before = text.substring(0, at).stripTrailing();
        return (before + " nicht" + separator + text.substring(at)).strip().replaceAll("\\s+", " ");
    }

    private static String edited(Constituents clause, Token token, String replacement) {
        String text = clause.sentence().text();
        int start = token.span().start() - clause.sentence().span().start();
        int end = token.span().end() - clause.sentence().span().start();
        return (text.substring(0, start) + replacement + text.substring(end)).strip().replaceAll("\\s+", " ");
    }
}
