package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * Finds the facts of a sentence that can be swapped without breaking its grammar: people by full name or
 * surname, countries and cities used without an article, days, months, years, numbers and percentages.
 */
final class Facts {

    /**
     * "Germania", "Helvetia": a land's Latin name, a figure that stands for it on monuments, and no other land to swap
     * in ("Seit 1871 war Germania ein einiger Staat" is as true).
     */
    private static final java.util.Set<String> ALLEGORIES = java.util.Set.of("Germania", "Helvetia", "Austria",
        "Britannia", "Gallia", "Hispania", "Italia", "Bavaria", "Borussia", "Polonia", "Hibernia");

    private final Morphology morphology;

    Facts(Morphology morphology) {
        this.morphology = morphology;
    }


    List<Fact> in(Sentence sentence, People people) {
        List<Fact> facts = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        boolean[] taken = new boolean[tokens.size()];
        for (People.Mention mention : people.in(sentence)) {
            Token before = mention.from() > 0 ? tokens.get(mention.from() - 1) : null;
            boolean titled = before != null && (before.upos() == Upos.NOUN || before.upos() == Upos.ADJ
                || before.span().end() == tokens.get(mention.from()).span().start()
                || partOfALongerName(tokens, mention.from())
                // "Maria Riesch", "Franz-Josef Jung" with only the surname known: a swap would leave the given name
                || !mention.isFullName() && before.upos() == Upos.PROPN && Words.capitalised(before.text())
                || opensWithWhoItIs(Words.text(sentence, tokens, mention.from(), mention.to()))
                // "Grünbaums Schwägerin/PROPN Mathilde Lukacs": a title the tagger took for a name
                || People.onlyACommonNoun(before.text(), morphology));
            for (int i = mention.from(); i < mention.to(); i++) {
                taken[i] = true;
            }
            // "Piraten hatten 2008 … angegriffen": a common noun the article also wrote beside a name is no surname
            boolean commonNoun = !mention.isFullName()
                && People.onlyACommonNoun(tokens.get(mention.from()).text(), morphology);
            // "Hu", who is Hu Jia: a family name said first, whose owner's name a swap would not know how to say
            java.util.List<String> words = java.util.List.of(mention.person().name().split(" "));
            boolean familyNameFirst = words.indexOf(mention.person().surname()) >= 0
                && words.indexOf(mention.person().surname()) < words.size() - 1;
            if (titled || commonNoun || familyNameFirst) {
                continue;
            }
            Fact.Kind kind = mention.isFullName() ? Fact.Kind.PERSON : Fact.Kind.SURNAME;
            facts.add(new Fact(kind, Words.text(sentence, tokens, mention.from(), mention.to()), mention.from(),
                mention.to()));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Token token = tokens.get(i);
            String text = token.text();
            Fact.Kind kind = null;
            if (Words.WEEKDAYS.contains(text)) {
                kind = Fact.Kind.WEEKDAY;
            } else if (Words.MONTHS.contains(text) && !givenNameBeforeAName(tokens, i) && !endOfAName(tokens, i)) {
                kind = Fact.Kind.MONTH;
            } else if (text.matches("(19|20)\\d\\d")
                && (!numbersSomething(tokens, i, true) && !anAmount(tokens, i) || afterJahr(tokens, i))
                // "vor 2000 Jahren": how many years, no year
                && !(i + 1 < tokens.size()
                    && tokens.get(i + 1).text().matches("Jahren?|Jahrzehnten?|Jahrhunderten?"))) {
                // "der 1972 geborene Bürgermeister": a birth year, which another year of the article makes absurd
                boolean born = i + 1 < tokens.size() && tokens.get(i + 1).text().startsWith("geboren");
                kind = inARange(tokens, i) || born ? null : Fact.Kind.YEAR;
            } else if (text.matches("\\d{1,3}(\\.\\d{3})*|\\d+") && !text.equals("1") && !ordinal(tokens, i)
                // "und Die 120 Tage von Sodom": a number in a title, which its capital article opens mid-sentence
                && !(i > 1 && tokens.get(i - 1).upos() == Upos.DET && Words.capitalised(tokens.get(i - 1).text()))
                // "das iPhone 6 Plus", "Windows 10": the number of a product's name
                && !(i > 0 && (tokens.get(i - 1).upos() == Upos.PROPN
                    || tokens.get(i - 1).text().matches("\\p{Ll}+\\p{Lu}\\p{L}*")))
                && !numbersSomething(tokens, i, false) && !betweenTwo(tokens, i)
                // "In diesen 25 Jahren": the number the sentence before gave in other words
                // ("mit jenen 11 Millionen Euro, die …" says which by its relative clause)
                && !(i > 0 && Words.lower(tokens.get(i - 1).text()).startsWith("diese"))
                // "Seit 1218 Freie Reichsstadt": a year before the twentieth century, no count to double
                && !(text.matches("1[0-8]\\d\\d") && i > 0
                    && YEAR_BEFORE.contains(Words.lower(tokens.get(i - 1).text())))) {
                boolean percent = i + 1 < tokens.size()
                    && (tokens.get(i + 1).text().equals("%") || tokens.get(i + 1).text().equals("Prozent"));
                // "ergibt sich … nicht zu 100 Prozent": all of it, a way of speaking, no figure to swap
                kind = percent && text.equals("100") ? null : percent ? Fact.Kind.PERCENT : Fact.Kind.NUMBER;
            } else if (token.upos() == Upos.PROPN && withoutArticle(tokens, i)
                && !(i > 0 && tokens.get(i - 1).text().matches("\\p{Lu}{2,4}")) && !insideAName(tokens, i)
                // "die Festung „Fuerza de Santiago“": a town's name inside a foreign name, no place of its own
                && !(i > 1 && FOREIGN_NAME_PARTICLES.contains(tokens.get(i - 1).text())
                    && Words.capitalised(tokens.get(i - 2).text()))
                && !(i + 1 < tokens.size() && tokens.get(i + 1).upos() == Upos.PROPN
                    && Words.capitalised(tokens.get(i + 1).text()))) {
                List<Morph> readings = morphology.readings(text);
                boolean beforeItsCountry = i + 2 < tokens.size() && tokens.get(i + 1).text().equals(",")
                    && morphology.readings(tokens.get(i + 2).text()).stream().anyMatch(m -> m.has(Feature.COUNTRY))
                    && !listedAfterAnother(tokens, i) && !listGoesOn(tokens, i + 2);
                boolean afterItsTown = i > 1 && tokens.get(i - 1).text().equals(",")
                    && tokens.get(i - 2).upos() == Upos.PROPN && !listedAfterAnother(tokens, i - 2)
                    && !listGoesOn(tokens, i);
                // "in Halle 4 der Buchmesse": a name with a number after it names a hall, a gate, a model
                boolean numbered = i + 1 < tokens.size() && tokens.get(i + 1).upos() == Upos.NUM;
                if (beforeItsCountry || afterItsTown || numbered || ALLEGORIES.contains(text) || anotherName(tokens, i)) {
                    // "in Athen, Griechenland": the town and its country are one place, no two to swap apart
                    kind = null;
                } else if (readings.stream().anyMatch(m -> m.has(Feature.COUNTRY) && m.has(Feature.WITHOUT_ARTICLE))) {
                    kind = Fact.Kind.COUNTRY;
                } else if (readings.stream().anyMatch(m -> m.has(Feature.CITY) && m.has(Feature.WITHOUT_ARTICLE))) {
                    kind = Fact.Kind.CITY;
                }
            }
            if (kind == Fact.Kind.NUMBER || kind == Fact.Kind.PERCENT) {
                facts.add(new Fact(kind, text, i, i + 1, unit(tokens, i), bound(tokens, i)));
            } else if (kind != null) {
                facts.add(new Fact(kind, text, i, i + 1));
            }
        }
        int aside = asideFirst(tokens);
        return facts.stream().filter(f -> !glued(tokens, f) && f.from() >= aside).toList();
    }

    /**
     * "Wie ebenfalls am Montag bekannt wurde, …": a clause first that says how the news came out, whose facts a swap
     * would falsify in a way no reader of the story would care about; the words up to its comma.
     */
    private static int asideFirst(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).text().equals("Wie")) {
            return 0;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",")) {
                return i;
            }
        }
        return 0;
    }

    /**
     * "Manchmal wird es auch Kirgisistan oder Kirgisien genannt": another name of a place the article names, which a
     * swap into another sentence would make the same place again.
     */
    private static boolean anotherName(List<Token> tokens, int i) {
        int also = i - 1;
        while (also >= 0 && (tokens.get(also).upos() == Upos.PROPN
            || Set.of("oder", "und", ",", "als").contains(tokens.get(also).text()))) {
            also--;
        }
        // ("in Österreich nennt man es auch Mist": where something is named so, no name of its own)
        return also >= 0 && Words.lower(tokens.get(also).text()).equals("auch")
            && tokens.subList(i + 1, tokens.size()).stream().anyMatch(t -> NAMING_WORDS.contains(t.text()));
    }

    private static final Set<String> NAMING_WORDS = Set.of("genannt", "nennt", "nennen", "nannte", "nannten", "heißt",
        "heißen", "hieß", "hießen", "geschrieben", "schreibt", "bezeichnet");

    /** "Deutschland, Frankreich, Belgien und die Niederlande": a name listed after another. */
    private static boolean listedAfterAnother(List<Token> tokens, int i) {
        return i > 0 && Set.of(",", "und", "oder", "sowie").contains(tokens.get(i - 1).text());
    }

    /** "Frankreich, Belgien und …": a list that goes on after name {@code i}. */
    private static boolean listGoesOn(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && (Set.of("und", "oder", "sowie").contains(tokens.get(i + 1).text())
            || tokens.get(i + 1).text().equals(",") && i + 2 < tokens.size() && tokens.get(i + 2).upos() == Upos.PROPN);
    }

    /**
     * "die Deutsche Susanne Riesch": a name that opens with a word for who she is, which no other name fits after
     * ("Mark Rutte", two words, opens with his given name).
     */
    boolean opensWithWhoItIs(String name) {
        String[] words = name.split(" ");
        return words.length > 2 && People.onlyACommonNoun(words[0], morphology)
            || Words.lower(words[0]).matches(".*deutschen?");
    }

    /** Words before a year: "seit 1218", "um 1500", "im Jahr 1386". */
    private static final java.util.Set<String> YEAR_BEFORE = java.util.Set.of("seit", "im", "um", "bis", "ab", "von",
        "vor", "nach", "anno", "jahr", "jahre", "jahres", "jahren");
    /** "im Iran", "zum Irak": a preposition fused with an article, before a country that takes one. */
    private static final java.util.Set<String> ARTICLE_CONTRACTIONS = java.util.Set.of("im", "ins", "am", "vom", "zum",
        "zur", "beim");

    /** "auf 2000 Euro Mindestsicherung": a number that looks like a year, with a currency or a measure after it. */
    private static boolean anAmount(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && (AMOUNT_UNITS.contains(tokens.get(i + 1).text())
            // "Rund 2000 Stellen werden gestrichen": about so many of something, which no year is
            || i > 0 && ABOUT.contains(Words.lower(tokens.get(i - 1).text())) && tokens.get(i + 1).upos() == Upos.NOUN
                && !Words.MONTHS.contains(tokens.get(i + 1).text()));
    }

    private static final Set<String> ABOUT = Set.of("rund", "etwa", "circa", "ca.", "knapp", "fast", "gut", "über",
        "mindestens", "höchstens", "nahezu", "annähernd", "beinahe", "zirka");

    private static final Set<String> AMOUNT_UNITS = Set.of("Euro", "Dollar", "US-Dollar", "Franken", "Pfund", "Yen",
        "Kronen", "Rubel", "Yuan", "Meter", "Kilometer", "Kilogramm", "Kilo", "Tonnen", "Liter", "Stück", "Menschen",
        "Personen", "Einwohner", "Mitarbeiter", "Besucher", "Soldaten", "Polizisten", "Teilnehmer", "Stimmen");

    /** "Motorwagen Nr. 2", "Kreisstraße 14": a number that names one thing, no count to swap ("im Jahr 2005" counts). */
    private static boolean numbersSomething(List<Token> tokens, int i, boolean year) {
        String one = i > 0 ? tokens.get(i - 1).text() : "";
        String two = i > 1 ? tokens.get(i - 2).text() + one : "";
        boolean afterANoun = !year && i > 0 && (tokens.get(i - 1).upos() == Upos.NOUN
                || tokens.get(i - 1).upos() == Upos.PROPN && Words.capitalised(tokens.get(i - 1).text()))
            && (i + 1 >= tokens.size() || tokens.get(i + 1).upos() != Upos.NOUN && tokens.get(i + 1).upos() != Upos.ADJ);
        // "die Kreisstraße 14", "der Autobahn 52", "Intelsat Americas 8": a number right after a noun or a name,
        // counting nothing, names it
        // "der … beschlossenen « Agenda 2010 »": a year in a title between quotation marks, which names, not dates
        boolean titled = year && i > 1 && Words.capitalised(one) && QUOTE_OPENINGS.contains(tokens.get(i - 2).text());
        return Set.of("Nr.", "Nr", "Nummer", "No.").contains(one) || Set.of("Nr.", "No.").contains(two) || afterANoun
            || titled;
    }

    private static final Set<String> QUOTE_OPENINGS = Set.of("«", "»", "„", "\"", "“", "‚");

    /** "von 1981 bis 1987", "1990–1994": another year could turn the range round ("von 2008 bis 1987"). */
    private static boolean inARange(List<Token> tokens, int i) {
        String before = i > 0 ? Words.lower(tokens.get(i - 1).text()) : "";
        String after = i + 1 < tokens.size() ? Words.lower(tokens.get(i + 1).text()) : "";
        String twoBefore = i > 1 ? Words.lower(tokens.get(i - 2).text()) : "";
        // "von Juni 2011 bis März 2012", "zwischen etwa 2500 und 2400": a month or "etwa" between range and number
        boolean spelledOut = (Words.MONTHS.contains(tokens.get(Math.max(0, i - 1)).text())
            || APPROXIMATELY.contains(before))
            && (RANGE_WORDS.contains(twoBefore) || twoBefore.equals("von"));
        return RANGE_WORDS.contains(before) || RANGE_WORDS.contains(after) || spelledOut || secondOfBetween(tokens, i);
    }

    /**
     * "zwischen etwa 2500 und 2400 vor Christus", "eine Reichweite von 240 bis 320 km": either number swapped could turn
     * the range round.
     */
    private static boolean betweenTwo(List<Token> tokens, int i) {
        boolean fromTo = i + 1 < tokens.size() && Words.lower(tokens.get(i + 1).text()).equals("bis")
            || i > 0 && Words.lower(tokens.get(i - 1).text()).equals("bis");
        return zwischenWithin(tokens, i, 3) || secondOfBetween(tokens, i) || fromTo;
    }

    /** "… und 2400" after "zwischen": the second number of a range. */
    private static boolean secondOfBetween(List<Token> tokens, int i) {
        return i > 0 && Words.lower(tokens.get(i - 1).text()).equals("und") && zwischenWithin(tokens, i, 5);
    }

    private static boolean zwischenWithin(List<Token> tokens, int i, int words) {
        return tokens.subList(Math.max(0, i - words), i).stream().anyMatch(t -> Words.lower(t.text()).equals("zwischen"));
    }

    private static final java.util.Set<String> APPROXIMATELY = java.util.Set.of("etwa", "rund", "ca.", "circa");

    private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of("bis", "zwischen", "-", "–", "/");

    /** Part of a longer word ("Baku-Tiflis-Ceyhan", "Frank-Walter", "Groß-Gerau"), which a swap would break. */
    private static boolean glued(List<Token> tokens, Fact fact) {
        boolean before = fact.from() > 0
            && tokens.get(fact.from() - 1).span().end() == tokens.get(fact.from()).span().start()
            && (tokens.get(fact.from() - 1).isWord() || tokens.get(fact.from() - 1).text().endsWith("-"));
        boolean after = fact.to() < tokens.size()
            && tokens.get(fact.to()).span().start() == tokens.get(fact.to() - 1).span().end()
            && (tokens.get(fact.to()).isWord() || tokens.get(fact.to()).text().startsWith("-"));
        return before || after;
    }

    /** What the number at {@code i} counts: the lemma of the noun after it, past adjectives; "Prozent" for %. */
    private static String unit(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.text().equals("%") || token.text().equals("Prozent")) {
                return "Prozent";
            }
            if (token.upos() == Upos.NOUN || token.upos() == Upos.PROPN) {
                return token.lemma().isEmpty() ? token.text() : token.lemma();
            }
            if (token.upos() != Upos.ADJ) {
                return "";
            }
        }
        return "";
    }

    /** "mehr als 20", "über 20", "mindestens 20": a lower bound; "weniger als 20", "unter 20", "bis zu 20": an upper. */
    private static Fact.Bound bound(List<Token> tokens, int i) {
        String one = i >= 1 ? Words.lower(tokens.get(i - 1).text()) : "";
        String two = i >= 2 ? Words.lower(tokens.get(i - 2).text()) + " " + one : "";
        if (Words.AT_LEAST.contains(one) || Words.AT_LEAST.contains(two)) {
            return Fact.Bound.AT_LEAST;
        }
        if (Words.AT_MOST.contains(one) || Words.AT_MOST.contains(two)) {
            return Fact.Bound.AT_MOST;
        }
        return Fact.Bound.EXACT;
    }

    private static boolean ordinal(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")
            && tokens.get(i + 1).span().start() == tokens.get(i).span().end() && i + 2 < tokens.size();
    }

    /**
     * "die Neue Galerie Linz", "New York": a place whose name goes on a capitalised word before it, which is no
     * sentence start, article or preposition; a swap there would break the name.
     */
    private static boolean insideAName(List<Token> tokens, int i) {
        if (i < 1) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (i == 1) {
            // "Bayern München übernahm …": the first word is capitalised anyway, so only a name makes it one name
            return before.upos() == Upos.PROPN;
        }
        // "Jari-Matti Latvala": the part after a hyphen that joins it to the word before
        boolean joined = before.text().equals("-") && before.span().end() == tokens.get(i).span().start();
        // "Times of London", "Bank of England": an English name's last word, which a swap would make "Times of Brüssel"
        boolean ofAName = before.text().equals("of") && Words.capitalised(tokens.get(i - 2).text());
        return joined || ofAName || Words.capitalised(before.text()) && before.isWord()
            && before.upos() != Upos.DET && before.upos() != Upos.ADP;
    }

    /**
     * "Jaap de Hoop Scheffer", "Den Haag": a name the finder knows only the end of, after a name's particle or another
     * name; swapping that end would leave "Jaap de Condoleezza Rice".
     */
    private static boolean partOfALongerName(List<Token> tokens, int from) {
        if (from == 0) {
            return false;
        }
        Token before = tokens.get(from - 1);
        return NAME_PARTICLES.contains(before.text()) || before.upos() == Upos.PROPN && from > 1
            && NAME_PARTICLES.contains(tokens.get(from - 2).text());
    }

    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "De", "van", "Van", "von",
        "del", "della", "da", "di", "du", "la", "le", "ten", "ter", "den", "Den", "dos", "bin", "al", "el");

    private static boolean withoutArticle(List<Token> tokens, int i) {
        return (i == 0 || tokens.get(i - 1).upos() != Upos.DET && !ARTICLE_CONTRACTIONS.contains(Words.lower(tokens.get(i - 1).text())))
            && (i + 1 >= tokens.size() || (tokens.get(i + 1).upos() != Upos.NOUN && tokens.get(i + 1).upos() != Upos.PROPN
                && !tokens.get(i + 1).text().startsWith("-")));
    }

    /**
     * "August Wilhelm Schlegel": a month's name before a capitalised name, with no day before it nor year after it, is
     * a given name.
     */
    /** "in Chiang Mai": a month's name that ends a place's, after a name; "Anfang Mai" and "im Mai" are months. */
    private static boolean endOfAName(List<Token> tokens, int i) {
        // "das Vallee de Mai", "die Plaza de Mayo": a foreign name's particle before the month
        boolean particle = i > 1 && FOREIGN_NAME_PARTICLES.contains(tokens.get(i - 1).text())
            && Words.capitalised(tokens.get(i - 2).text());
        return particle || i > 0 && Set.of(Upos.PROPN, Upos.NOUN, Upos.X).contains(tokens.get(i - 1).upos())
            && Words.capitalised(tokens.get(i - 1).text())
            && !Set.of("Anfang", "Mitte", "Ende", "Monat", "Monats").contains(tokens.get(i - 1).text());
    }

    private static final Set<String> FOREIGN_NAME_PARTICLES = Set.of("de", "du", "del", "della", "di", "da", "do",
        "la", "le", "of");

    /** "im Jahr 1927 Menschen": a year, whatever noun follows it, after "Jahr". */
    private static boolean afterJahr(List<Token> tokens, int i) {
        return i > 0 && Set.of("Jahr", "Jahre", "Jahres").contains(tokens.get(i - 1).text());
    }

    private static boolean givenNameBeforeAName(List<Token> tokens, int i) {
        boolean dayBefore = i > 0 && tokens.get(i - 1).text().matches("\\d{1,2}\\.");
        return !dayBefore && i + 1 < tokens.size() && tokens.get(i + 1).upos() == Upos.PROPN
            && Words.capitalised(tokens.get(i + 1).text()) && !tokens.get(i + 1).text().matches("\\d.*");
    }
}
