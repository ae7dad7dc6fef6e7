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
    private static final Set<String> PERIOD_WORDS = Set.of("Anfang", "Mitte", "Ende");
    private static final Set<String> UNITS = Set.of("Prozent", "%", "Euro", "Dollar", "Franken", "Pfund", "Kilometer",
        "Meter", "Grad", "Uhr", "Jahre", "Jahren", "Mal", "Millionen", "Milliarden", "Tonnen", "Stunden", "Minuten");

    private final Morphology morphology;

    WhPhrases(Morphology morphology) {
        this.morphology = morphology;
    }

    List<WhPhrase> find(MainClause clause, People people) {
        List<WhPhrase> phrases = new ArrayList<>();
        who(clause, people).ifPresent(phrases::add);
        what(clause).ifPresent(phrases::add);
        for (int i = clause.start(); i < clause.end(); i++) {
            if (i == clause.verb()) {
                continue;
            }
            when(clause, i).ifPresent(phrases::add);
            where(clause, i).ifPresent(phrases::add);
            withWhom(clause, i, people).ifPresent(phrases::add);
            howMany(clause, i).ifPresent(phrases::add);
        }
        return phrases;
    }

    /** "NATO-Generalsekretär Mark Rutte traf …": wer traf …? */
    private Optional<WhPhrase> who(MainClause clause, People people) {
        int from = clause.start();
        int to = clause.verb();
        if (!clause.thirdSingular() || !nounPhrase(clause, from, to) || !nominative(clause.token(from))) {
            return Optional.empty();
        }
        List<String> answers = new ArrayList<>();
        for (People.Mention mention : people.in(clause.sentence())) {
            if (mention.from() >= from && mention.to() == to) {
                answers.add(mention.person().name());
                answers.add(mention.person().surname());
            }
        }
        boolean named = !answers.isEmpty();
        int propn = to - 1;
        while (propn >= from && clause.token(propn).upos() == Upos.PROPN) {
            propn--;
        }
        if (!named && propn == to - 1) {
            return Optional.empty();
        }
        answers.add(clause.text(propn + 1, to));
        String whole = clause.text(from, to);
        answers.add(clause.token(from).upos() == Upos.DET ? Words.decapitalise(whole) : whole);
        return Optional.of(new WhPhrase(from, to, "Wer", answers, named ? 3.0 : 2.0));
    }

    /** "Die Entscheidung fiel …": was fiel …? Only abstract nouns, which cannot be people. */
    private Optional<WhPhrase> what(MainClause clause) {
        int from = clause.start();
        int to = clause.verb();
        Token head = clause.token(to - 1);
        if (!clause.thirdSingular() || !nounPhrase(clause, from, to) || head.upos() != Upos.NOUN
            || clause.token(from).upos() != Upos.DET || !nominative(clause.token(from))
            || ABSTRACT_ENDINGS.stream().noneMatch(e -> head.text().endsWith(e))) {
            return Optional.empty();
        }
        return Optional.of(new WhPhrase(from, to, "Was", List.of(article(clause, from, to), head.text()), 1.0));
    }

    /** "am Montag", "am 20. Dezember 2023", "im März", "Anfang Juni": wann? */
    private Optional<WhPhrase> when(MainClause clause, int i) {
        String word = clause.token(i).text();
        int to = -1;
        if (word.equals("am") && i + 1 < clause.end()) {
            String next = clause.token(i + 1).text();
            if (Words.WEEKDAYS.stream().anyMatch(next::startsWith) && next.matches("\\p{L}+")) {
                to = i + 2;
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
        if (to < 0 || attachedToNoun(clause, i)) {
            return Optional.empty();
        }
        String phrase = clause.text(i, to);
        String bare = clause.text(i + 1, to);
        List<String> answers = new ArrayList<>(List.of(phrase, bare));
        if (to - i >= 4 && clause.token(to - 1).text().matches("\\d{4}")) {
            answers.add(clause.text(i + 1, to - 1));
        }
        return Optional.of(new WhPhrase(i, to, "Wann", answers, 2.5));
    }

    private static int withYear(MainClause clause, int next) {
        return next < clause.end() && clause.token(next).text().matches("(19|20)\\d\\d") ? next + 1 : next;
    }

    /** "in Berlin", "in der Ukraine": wo? Only places the dictionary knows as a city, country or region. */
    private Optional<WhPhrase> where(MainClause clause, int i) {
        if (!clause.token(i).text().equals("in") || attachedToNoun(clause, i)) {
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
        if (to < clause.end() && (clause.token(to).upos() == Upos.PROPN || clause.token(to).upos() == Upos.NOUN)) {
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
                List<String> answers = List.of(mention.person().name(), mention.person().surname(),
                    clause.text(i + 1, mention.to()), clause.text(i, mention.to()));
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
        if (from > clause.start() && clause.token(from - 1).upos() == Upos.ADP) {
            return Optional.empty();
        }
        List<String> answers = new ArrayList<>(AcceptedAnswers.of(digits));
        if (!digits.equals(number.text())) {
            answers.add(0, number.text());
        }
        if (from < i) {
            answers.add(clause.text(from, i + 1));
        }
        String unit = clause.token(i + 1).text();
        if (unit.equals("%") || unit.equals("Prozent")) {
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
        if (to < clause.end() && (clause.token(to).upos() == Upos.NOUN || clause.token(to).upos() == Upos.PROPN)) {
            return Optional.empty();
        }
        String asking = "Wie viele " + clause.text(i + 1, to);
        return Optional.of(new WhPhrase(from, to, asking, answers, 3.0));
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

    private boolean nominative(Token token) {
        if (token.upos() != Upos.DET) {
            return true;
        }
        return readings(token).stream().anyMatch(m -> m.has(Feature.NOMINATIVE));
    }

    private List<Morph> readings(Token token) {
        return readings(token.text());
    }

    private List<Morph> readings(String word) {
        return morphology.readings(word);
    }

    /** Determiners, adjectives, nouns and names only, ending in a noun or name. */
    private static boolean nounPhrase(MainClause clause, int from, int to) {
        if (to - from < 1 || to - from > 6) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Upos upos = clause.token(i).upos();
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
