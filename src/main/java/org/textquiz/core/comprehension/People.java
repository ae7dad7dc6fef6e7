package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * The people an article names: a run of two to four names of which the dictionary knows the first as a
 * given name or the last as a surname (or does not know the last at all), and later mentions of the
 * surname alone ("Mark Rutte" … "Rutte").
 */
final class People {

    /** A person, by the fullest name the article gives and the surname. */
    record Person(String name, String surname, Optional<Feature> gender) {
    }

    /** A place in a sentence where a person is named: tokens {@code from} to {@code to} (exclusive). */
    record Mention(Person person, Sentence sentence, int from, int to) {

        int start() {
            return sentence.tokens().get(from).span().start();
        }

        boolean isFullName() {
            return to - from > 1;
        }
    }

    private static final int LONGEST_NAME = 4;

    private final Map<String, Person> bySurname;
    private final List<Mention> mentions;
    private final Map<String, java.util.Set<Person>> roles;
    private final Map<String, String> introducedBy;
    private final java.util.NavigableMap<Integer, List<Mention>> bySentence = new java.util.TreeMap<>();
    private final java.util.Set<Person> aliases = new java.util.HashSet<>();
    private final List<Sentence> sentences = new ArrayList<>();

    private People(Map<String, Person> bySurname, List<Mention> mentions, Map<String, java.util.Set<Person>> roles,
                   Map<String, String> introducedBy) {
        this.bySurname = bySurname;
        this.mentions = mentions;
        this.roles = roles;
        this.introducedBy = introducedBy;
        for (Mention mention : mentions) {
            bySentence.computeIfAbsent(mention.sentence().span().start(), s -> new ArrayList<>()).add(mention);
        }
    }

    /** The people of the article asked about last: each kind of question needs them, for the same article. */
    private static volatile Map.Entry<Article, People> last;

    static People of(Article article, Morphology morphology) {
        Map.Entry<Article, People> known = last;
        if (known != null && known.getKey() == article) {
            return known.getValue();
        }
        People people = find(article, morphology);
        last = Map.entry(article, people);
        return people;
    }

    private static People find(Article article, Morphology morphology) {
        Map<String, Person> persons = new LinkedHashMap<>();
        java.util.Set<String> surnames = new java.util.HashSet<>();
        java.util.Set<String> notPeople = new java.util.HashSet<>();
        List<Set<String>> titles = quotedTitles(article.text());
        for (Sentence sentence : article.sentences().toList()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int end = nameRunEnd(tokens, i, morphology);
                boolean givenName = tokens.subList(i, end).stream().anyMatch(t -> isGivenName(t, morphology));
                boolean partOfATitle = i > 0 && ENGLISH_JOINING.contains(tokens.get(i - 1).text())
                    || end > i && INSTITUTIONS.contains(tokens.get(end - 1).text());
                if (end - i >= 2 && (PLACE_NAME_OPENINGS.contains(tokens.get(i).text()) || partOfATitle)
                    || end - i >= 2 && !givenName
                    && (aPlace(tokens, i) || afterAnArticle(tokens, i, morphology) || afterAPlaceNoun(tokens, i)
                        || afterATitlesNoun(tokens, i)
                        || afterABodyNoun(tokens, i) || listedWithAPlace(tokens, i, end, morphology)
                        || inADateline(tokens, end))) {
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 3 && BODY_NOUNS.stream().anyMatch(tokens.get(i).text().toLowerCase(java.util.Locale.GERMAN)::endsWith)) {
                    // "die sizilianische Mafia Cosa Nostra" with "Mafia" read into the run of names
                    notPeople.add(Words.text(sentence, tokens, i + 1, end));
                }
                if (end - i >= 2 && !givenName && (morphology.readings(tokens.get(i).text()).stream()
                    .anyMatch(m -> m.upos() == Upos.ADP) || tokens.get(i).text().endsWith("hochburg"))) {
                    // "Dank Bonifikationen können …": a preposition opening the sentence, no given name; "Jihadistenhochburg
                    // Raqqa" a town
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                for (int k = i + 1; k < end - 1; k++) {
                    if (SAINTS.contains(tokens.get(k).text())) {
                        // "Paris Saint Germain", "Zenit St. Petersburg": a club or a town, and "Saint Germain" no one
                        notPeople.add(Words.text(sentence, tokens, i, end));
                        notPeople.add(Words.text(sentence, tokens, k, end));
                    }
                }
                if (end - i >= 2 && i == 0 && verbOpening(tokens.get(0), morphology)) {
                    // "Sagt Iggy Pop.": a verb that opens the sentence, before the name
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && CLUB_OPENINGS.contains(tokens.get(i).text())) {
                    // "Olympique Lyon", "Olympiakos Piräus": clubs named like people, whose town is no surname
                    notPeople.add(Words.text(sentence, tokens, i, end));
                    notPeople.add(Words.text(sentence, tokens, i + 1, end));
                }
                if (end - i >= 2 && CLUB_ENDINGS.contains(tokens.get(end - 1).text())) {
                    // "West Bromwich Albion", "Newcastle United": clubs named like people
                    notPeople.add(Words.text(sentence, tokens, i, end));
                    notPeople.add(Words.text(sentence, tokens, end - 2, end));
                }
                for (int k = i; k < end - 1; k++) {
                    if (thingsCompound(tokens.get(k).text(), morphology)) {
                        // "Böhmermanns TV-Show Neo Magazin Royal": a show, a film or a firm a compound says it is
                        notPeople.add(Words.text(sentence, tokens, k, end));
                    }
                }
                // "mit vier Black Hawk Hubschraubern": a model's name between a count and what it counts
                int model = end - i >= 3 && onlyACommonNoun(tokens.get(end - 1).text(), morphology) ? end - 1 : end;
                if (model - i >= 2 && i > 0 && tokens.get(i - 1).upos() == Upos.NUM && (model < end
                    || end < tokens.size() && Words.capitalised(tokens.get(end).text())
                        && (tokens.get(end).upos() == Upos.NOUN || onlyACommonNoun(tokens.get(end).text(), morphology)))) {
                    notPeople.add(Words.text(sentence, tokens, i, model));
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && (i >= 2 && tokens.get(i - 1).text().equals(":")
                    && Words.lower(tokens.get(i - 2).text()).equals("sprich")
                    || i >= 1 && Words.lower(tokens.get(i - 1).text()).equals("sprich"))) {
                    // "Al Capone, sprich: Ell Kapoun, war …", "Lewis Hamilton, sprich Louis Hämilten": how the name
                    // is said, no one else
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && byline(tokens, i, end)) {
                    // "(Markus Bernath; 01.11.2015)": the author, whom no statement may swap into the story
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && quoted(tokens, i, end)) {
                    // "sagte zum „Algemeen Dagblad“": a newspaper, a film or a book, whose title the quotation marks set off
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && !givenName && !isGivenName(tokens.get(i), morphology)
                    && inflectedAdjective(tokens.get(i).text(), morphology)) {
                    // "Blauer Nil und Weißer Nil fließen … zusammen": a river whose name an adjective opens, no one
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i == 2 && ownersGivenNameBeforeANoun(tokens.get(i), tokens.get(i + 1), morphology)) {
                    // "einen Apfel von Walters Kopf schießen": a boy's head, and "Walters Kopf" no one
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && inATitle(titles, tokens.subList(i, end))) {
                    // "die Geschichte über Max Moritz" where the article elsewhere names the work "„Max und Moritz“"
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && ownersThing(tokens, i, end, morphology)) {
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && end < tokens.size() && tokens.get(end).text().startsWith("-")
                    && tokens.get(end - 1).span().end() == tokens.get(end).span().start()) {
                    // "Kim Jong-uns Vater": the name goes on after its hyphen, and the run is only its beginning
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 3 && COMPANY_FORMS.contains(tokens.get(end - 1).text())) {
                    // "der Firma Spirt Avert AG", later "zwischen con energy und Spirt Avert": the company's name
                    notPeople.add(Words.text(sentence, tokens, i, end - 1));
                }
                if (end - i >= 2 && COMPANY_WORDS.contains(tokens.get(end - 1).text())) {
                    // "Ryan Aeronautical", "Warner Records": a firm named after its founder
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && UNITS_NAMED_AFTER_PEOPLE.contains(tokens.get(i).text())) {
                    // "Grad Fahrenheit", "Grad Reaumur": a unit named after the one who thought of it
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 2 && end < tokens.size() && BROADCAST_MARKS.contains(tokens.get(end).text())) {
                    // "auf Sky Atlantic HD": a channel
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                if (end - i >= 3 && NOBILITY.contains(tokens.get(end - 2).text())
                    && onlyACommonNoun(tokens.get(end - 1).text(), morphology) && morphology.readings(tokens.get(end - 1)
                        .text()).stream().allMatch(m -> m.has(Feature.PLURAL))) {
                    // "am Franz-Josefs-Kai zu Wagenabstellflächen betoniert": a place and a plural, no "zu Guttenberg"
                    notPeople.add(Words.text(sentence, tokens, i, end));
                }
                i = Math.max(i, end - 1);
            }
        }
        Set<String> namedAlone = namedAlone(article, morphology);
        Set<String> withAnArticle = nounsWithAnArticle(article, morphology);
        eachRun(article, morphology, notPeople, (sentence, tokens, i, end) -> {
            if (end - i >= 2 && words(tokens, i, end) <= LONGEST_NAME && !nounAfterAName(tokens, i, end, withAnArticle)
                && isPersonName(tokens, i, end, morphology, namedAlone)) {
                surnames.add(surname(sentence, tokens, end));
                return true;
            }
            return false;
        });
        Map<String, Map<String, Person>> families = new LinkedHashMap<>();
        eachRun(article, morphology, notPeople, (sentence, tokens, i, runEnd) -> {
            int end = secondSurnameCut(tokens, i, runEnd, surnames);
            int from = withoutLeadingNouns(tokens, i, end, morphology);
            if (from > i && notPeople.contains(Words.text(sentence, tokens, from, end))) {
                return true;
            }
            if (end - from < 2 || words(tokens, from, end) > LONGEST_NAME || nounAfterAName(tokens, from, end, withAnArticle)
                || !isPersonName(tokens, from, end, morphology, namedAlone)
                || twoPeople(tokens, from, surnames, morphology) || aPlace(tokens, i)) {
                return false;
            }
            String surname = surname(sentence, tokens, end);
            String name = Words.text(sentence, tokens, from, end);
            boolean genitive = surname.endsWith("s") && surnames.contains(surname.substring(0, surname.length() - 1));
            boolean givenNameFirst = java.util.Arrays.stream(name.split(" ")[0].split("-"))
                .allMatch(w -> morphology.readings(w).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME)));
            if (!genitive && givenNameFirst && genitiveOfASurnameUsedAlone(article, surname)) {
                // "eine Auslieferung Heinz-Christian Straches" beside "Strache hatte …": a given name's owner in the genitive
                // ("Unterstützer Mussawis" is no one's name at all)
                surname = surname.substring(0, surname.length() - 1);
                name = name.substring(0, name.length() - 1);
            } else if (!genitive && name.contains(" ")) {
                // "einer Wahlniederlage Barack Obamas": a name the article gives only in the genitive, as the
                // dictionary reads it
                String nominative = genitiveOfAKnownSurname(surname, morphology);
                name = name.substring(0, name.length() - surname.length()) + nominative;
                surname = nominative;
            }
            Person known = persons.get(surname);
            // "Lech Kaczyński Wałęsa" beside "Lech Wałęsa": a longer run that does not end in the full name the article
            // gave is two people side by side, not a fuller name
            boolean another = known != null && known.name().contains(" ") && !name.endsWith(known.name())
                && name.split(" ").length > known.name().split(" ").length;
            // "Niccolo Polo" beside "Marco Polo": a given name the dictionary does not know, which the tagger reads as a
            // name, makes a family member as well
            String first = name.split(" ")[0];
            boolean unknownGivenName = name.contains(" ") && tokens.get(from).upos() == Upos.PROPN
                && morphology.readings(first).isEmpty() && !first.equals(surname);
            if (!genitive && !another && (givenNameFirst || unknownGivenName)) {
                families.computeIfAbsent(surname, s -> new LinkedHashMap<>()).putIfAbsent(first,
                    new Person(name, withItsParticle(name, surname, article.text()),
                        gender(tokens.get(from).text(), morphology)));
            }
            if (!genitive && !another && (known == null || known.name().length() < name.length())) {
                // "eine Schenkung Elisabeth Lederers" beside "Erich Lederer" is a genitive, no one's name
                persons.put(surname, new Person(name, withItsParticle(name, surname, article.text()),
                    gender(tokens.get(from).text(), morphology)));
            }
            return true;
        });
        familyNamesFirst(article, persons, morphology);
        // "Carl Benz" and "Bertha Benz": a surname two people of the article share names neither of them alone
        families.values().removeIf(family -> family.size() < 2);
        families.forEach((surname, family) -> persons.computeIfPresent(surname,
            (s, known) -> new Person(known.surname(), known.surname(), Optional.empty())));
        // "eine Statue der „Heiligen Sofia“", "die Stadt Sofia von der Hagia Sophia" in an article that says "Sofia ist
        // die Hauptstadt von Bulgarien": the name is the town's
        article.sentences().filter(sentence -> placeItIs(sentence.tokens()).isPresent())
            .map(sentence -> sentence.tokens().get(0).text()).forEach(place -> persons.values()
                .removeIf(p -> p.surname().equals(place) || p.name().startsWith(place + " ")));
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : article.sentences().toList()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0 && (Words.INDEFINITE_ARTICLES.contains(Words.lower(tokens.get(i - 1).text()))
                    || tokens.get(i - 1).upos() == Upos.NUM)) {
                    // "Ein Becquerel gibt … an", "100 Watt": a unit named after someone, counted, and not the one
                    continue;
                }
                int end = secondSurnameCut(tokens, i, nameRunEnd(tokens, i, morphology), surnames);
                String surname = end > i ? surname(sentence, tokens, end) : "";
                Person person = persons.get(surname);
                if (person != null && families.containsKey(surname)) {
                    person = memberNamed(families.get(surname), tokens.subList(i, end)).orElse(person);
                }
                String hyphenated = i + 3 <= tokens.size() ? surname(sentence, tokens, i + 3) : "";
                if (person != null && words(tokens, i, end) <= LONGEST_NAME) {
                    int from = end - 1;
                    while (from > i && person.name().contains(tokens.get(from - 1).text())) {
                        from--;
                    }
                    from = from == end - 1 && articleOfTheName(tokens, from) ? from - 2 : from;
                    mentions.add(new Mention(person, sentence, from, end));
                    i = end - 1;
                } else if (hyphenated.contains("-") && persons.containsKey(hyphenated)) {
                    // "Rabmer-Koller" alone, after "Ulrike Rabmer-Koller"
                    mentions.add(new Mention(persons.get(hyphenated), sentence, i, i + 3));
                    i += 2;
                } else if (persons.containsKey(tokens.get(i).text()) && !compoundHead(tokens, i)) {
                    int from = articleOfTheName(tokens, i) ? i - 2 : i;
                    mentions.add(new Mention(persons.get(tokens.get(i).text()), sentence, from, i + 1));
                }
            }
        }
        People people = new People(persons, mentions, roles(mentions), introducedBy(article, morphology));
        people.sentences.addAll(article.sentences().toList());
        List<Person> everyone = new ArrayList<>(persons.values());
        families.values().forEach(family -> everyone.addAll(family.values()));
        people.aliases.addAll(otherNamesOfSomeone(article, everyone));
        return people;
    }

    /** "Bürgerrechtler Hu Jia": a name of three words whose first is no given name, without that title. */
    static String withoutTitle(String name, Morphology morphology) {
        String[] words = name.split(" ");
        boolean titled = words.length == 3 && morphology.readings(words[0]).stream().noneMatch(m -> m.has(Feature.GIVEN_NAME));
        return titled ? words[1] + " " + words[2] : name;
    }

    /**
     * "Hu Jia", later "Hu engagierte sich …": a name whose first word the article uses alone, and never its last, puts
     * the family name first, as Chinese names do; the person is known by both words.
     */
    private static void familyNamesFirst(Article article, Map<String, Person> persons, Morphology morphology) {
        for (Person person : List.copyOf(persons.values())) {
            String[] words = withoutTitle(person.name(), morphology).split(" ");
            if (words.length != 2 || !person.surname().equals(words[1]) || persons.containsKey(words[0])
                || morphology.readings(words[0]).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME))) {
                continue;
            }
            int first = 0;
            int last = 0;
            for (Sentence sentence : article.sentences().toList()) {
                List<Token> tokens = sentence.tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    boolean before = i > 0 && tokens.get(i - 1).text().equals(words[0]);
                    boolean after = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(words[1]);
                    // "Nikolaus von Kues" beside "Nikolaus Kopernikus": the first word of another's full name
                    boolean anotherName = i + 2 < tokens.size() && NOBILIARY.contains(tokens.get(i + 1).text())
                        && Words.capitalised(tokens.get(i + 2).text());
                    first += tokens.get(i).text().equals(words[0]) && !after && !anotherName ? 1 : 0;
                    last += tokens.get(i).text().equals(words[1]) && !before ? 1 : 0;
                }
            }
            if (first > 0 && last == 0) {
                Person familyFirst = new Person(person.name(), words[0], person.gender());
                persons.put(words[1], familyFirst);
                persons.put(words[0], familyFirst);
            }
        }
    }

    /**
     * "Der John W. Kluge Preis" beside "Der Preis wird … finanziert": a run of names whose last word the article puts
     * after an article elsewhere ends in a common noun, and names no one.
     */
    private static boolean nounAfterAName(List<Token> tokens, int from, int end, Set<String> withAnArticle) {
        String last = tokens.get(end - 1).text();
        // "Bereits als junger Mann war Wilhelm Kaiser geworden" in an article that speaks of "der Kaiser": the rank he
        // became, no surname ("Roland Kaiser" keeps his where no "der Kaiser" is)
        return (end - from >= 3 || end - from == 2 && RANKS.contains(last)) && withAnArticle.contains(last);
    }

    private static final Set<String> RANKS = Set.of("Kaiser", "Kaiserin", "König", "Königin", "Papst", "Präsident",
        "Präsidentin", "Kanzler", "Kanzlerin", "Fürst", "Fürstin", "Herzog", "Herzogin", "Graf", "Gräfin", "Prinz",
        "Prinzessin", "Zar", "Zarin", "Sultan", "Bischof", "Pfarrer", "Meister", "Minister", "Ministerin");

    private static Set<String> nounsWithAnArticle(Article article, Morphology morphology) {
        Set<String> nouns = new java.util.HashSet<>();
        for (Sentence sentence : article.sentences().toList()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String word = tokens.get(i).text();
                if (DEFINITE_ARTICLES.contains(Words.lower(tokens.get(i - 1).text())) && Words.capitalised(word)
                    && morphology.readings(word).stream().anyMatch(m -> m.upos() == Upos.NOUN)) {
                    nouns.add(word);
                }
            }
        }
        return nouns;
    }

    private static final Set<String> DEFINITE_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");

    /**
     * "warf Lech Kaczyński Wałęsa … vor" beside "Jarosław Kaczyński" and "Lech Wałęsa": a run of three whose last two
     * words are each the surname of someone the article names in full is two people; the first of them ends before
     * the last word.
     */
    private static int secondSurnameCut(List<Token> tokens, int from, int end, Set<String> surnames) {
        boolean two = end - from == 3 && surnames.contains(tokens.get(end - 2).text())
            && surnames.contains(tokens.get(end - 1).text()) && !tokens.get(end - 2).text().equals(tokens.get(end - 1).text());
        return two ? end - 1 : end;
    }

    /** "des Kluge-Zentrums": a surname that opens a compound names a thing called after the person, not them. */
    private static boolean compoundHead(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text().startsWith("-")
            && tokens.get(i).span().end() == tokens.get(i + 1).span().start();
    }

    /** "Al-Hassani" after "Hajim al-Hassani": the Arabic article joined to the surname by its hyphen. */
    private static boolean articleOfTheName(List<Token> tokens, int surname) {
        return surname > 1 && tokens.get(surname - 1).text().equals("-")
            && tokens.get(surname - 2).span().end() == tokens.get(surname - 1).span().start()
            && tokens.get(surname - 1).span().end() == tokens.get(surname).span().start()
            && NAME_ARTICLES.contains(Words.lower(tokens.get(surname - 2).text()));
    }

    /** "Paris Saint Germain", "Zenit St. Petersburg": a saint's name inside a run names a club or a town. */
    static final Set<String> SAINTS = Set.of("Saint", "Sankt", "St.", "San", "Santa");

    private static final Set<String> NAME_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "asch", "ash", "at", "az",
        "ibn", "bin", "abu");

    /** The first words of clubs' names that open like a given name. */
    private static final Set<String> CLUB_OPENINGS = Set.of("Olympique", "Olympiakos", "Olympiacos", "Panathinaikos",
        "Atletico", "Atlético", "Sporting", "Zenit", "Spartak", "Lokomotive", "Lokomotiv", "Schachtar", "Dinamo", "Dynamo",
        "Real", "Inter", "Juventus", "Borussia", "Eintracht", "Fortuna", "Hertha", "Werder", "Rapid", "Galatasaray",
        "Fenerbahce", "Fenerbahçe", "Besiktas", "Beşiktaş", "Ajax", "Benfica", "Porto");

    private static boolean verbOpening(Token token, Morphology morphology) {
        List<Morph> readings = morphology.readings(Words.lower(token.text()));
        return readings.stream().anyMatch(m -> m.upos() == Upos.VERB && m.has(Feature.FINITE))
            && readings.stream().noneMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN)
            && morphology.readings(token.text()).stream().noneMatch(m -> m.has(Feature.GIVEN_NAME) || m.has(Feature.SURNAME));
    }

    /** The last words of English clubs' names, and of Italian ones ("Spezia Calcio"). */
    private static final Set<String> CLUB_ENDINGS = Set.of("United", "City", "Albion", "Hotspur", "Rovers", "Wanderers",
        "Athletic", "Villa", "Palace", "County", "Forest", "Rangers", "Celtic", "Calcio");

    /** A given name only in the genitive ("Walters", not "Klaus") and a common noun after it. */
    private static boolean ownersGivenNameBeforeANoun(Token owner, Token noun, Morphology morphology) {
        List<Morph> given = morphology.readings(owner.text()).stream().filter(m -> m.has(Feature.GIVEN_NAME)).toList();
        return !given.isEmpty() && given.stream().allMatch(m -> m.has(Feature.GENITIVE))
            && morphology.readings(noun.text()).stream().anyMatch(m -> m.upos() == Upos.NOUN);
    }

    private static final java.util.regex.Pattern QUOTED_TITLE = java.util.regex.Pattern.compile(
        "[„»\"]([^„“»«\"]{3,60})[“«\"]");

    private static final Set<String> TITLE_JOINERS = Set.of("und", "oder", "von", "vom", "zu", "im", "in", "der", "die",
        "das", "des", "dem", "den", "of", "and", "the", "&");

    /**
     * The words of each short run in quotation marks that reads as a title, every word a capitalised one or a joiner:
     * the works the article names ("„Max und Moritz“"), not words someone said ("„Ich danke Angela Merkel“").
     */
    private static List<Set<String>> quotedTitles(String text) {
        List<Set<String>> titles = new ArrayList<>();
        java.util.regex.Matcher quoted = QUOTED_TITLE.matcher(text);
        while (quoted.find()) {
            List<String> words = List.of(quoted.group(1).strip().split("\\s+"));
            if (words.size() >= 2 && words.size() <= 6
                && words.stream().allMatch(word -> Words.capitalised(word) || TITLE_JOINERS.contains(word))) {
                titles.add(Set.copyOf(words));
            }
        }
        return titles;
    }

    private static boolean inATitle(List<Set<String>> titles, List<Token> run) {
        return titles.stream().anyMatch(title -> run.stream().allMatch(token -> title.contains(token.text())));
    }

    /** A run in quotation marks, alone or with one more word before they close ("des „Red Bull Racing Teams“"). */
    private static boolean quoted(List<Token> tokens, int from, int end) {
        Set<String> closing = Set.of("“", "«", "\"", "''", "”");
        Set<String> opening = Set.of("„", "»", "\"", "``");
        // "„Urban Change in Time“": a title the name only opens; "„Ethiopian People's Revolutionary Democratic Front“":
        // one it stands inside
        int open = from - 1;
        while (open >= 0 && open >= from - 4 && !opening.contains(tokens.get(open).text())
            && !closing.contains(tokens.get(open).text()) && !tokens.get(open).text().equals(",")) {
            open--;
        }
        return open >= 0 && open >= from - 4 && opening.contains(tokens.get(open).text()) && end < tokens.size()
            && java.util.stream.IntStream.rangeClosed(end, Math.min(end + (open < from - 1 ? 3 : 5), tokens.size() - 1))
                .anyMatch(t -> closing.contains(tokens.get(t).text()));
    }

    /**
     * "des Zwergplaneten Ceres", "der Schweizer Pharmakonzern Roche": the noun right before a name the dictionary
     * does not know, standing alone where the article first puts a noun before it, which says what it names.
     */
    private static Map<String, String> introducedBy(Article article, Morphology morphology) {
        Map<String, String> nouns = new java.util.HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        Set<String> titles = new java.util.LinkedHashSet<>();
        for (Sentence sentence : article.sentences().toList()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String name = tokens.get(i).text();
                // "der Kartoffelsorte „Amflora“": a name in quotation marks after its noun
                boolean quoted = i > 1 && Set.of("„", "\"", "»").contains(tokens.get(i - 1).text()) && i + 1 < tokens.size()
                    && Set.of("“", "\"", "«").contains(tokens.get(i + 1).text());
                int after = quoted ? i + 2 : i + 1;
                boolean alone = after >= tokens.size() || !isNamePart(tokens.get(after));
                // the tagger takes some nouns before a name for adjectives ("des Zwergplaneten/ADJ Ceres") or names
                Token before = tokens.get(quoted ? i - 2 : i - 1);
                // after a title ("Verteidigungsminister Guttenberg"), a word the tagger takes for a name is one, though
                // the dictionary reads it as a noun too; after "Mark" in "Mark Rutte" it is not
                List<Morph> readings = morphology.readings(name);
                boolean titled = tokens.get(i).upos() == Upos.PROPN && WhPhrases.agent(Words.lower(before.text()))
                    && readings.stream().allMatch(m -> m.upos() == Upos.PROPN || m.upos() == Upos.NOUN);
                boolean unknownName = Words.capitalised(name) && name.length() > 1
                    && (readings.isEmpty() || titled)
                    && (tokens.get(i).upos() == Upos.PROPN || tokens.get(i).upos() == Upos.NOUN);
                boolean nounBefore = Words.capitalised(before.text()) && !isGivenName(before, morphology)
                    && (Set.of(Upos.NOUN, Upos.ADJ).contains(before.upos()) || onlyACommonNoun(before.text(), morphology)
                        || WhPhrases.agent(Words.lower(before.text())));
                boolean company = i + 1 < tokens.size() && COMPANY_FORMS.contains(tokens.get(i + 1).text());
                if (unknownName && company && seen.add(name)) {
                    // "Die Glock GmbH ist …", then "setzt Glock weiterhin auf …": a company
                    nouns.put(name, "Firma");
                } else if (unknownName && alone && seen.add(name) && nounBefore) {
                    nouns.put(name, before.text());
                }
                if (unknownName && alone && quoted && !nounBefore) {
                    titles.add(name);
                }
            }
        }
        article.sentences().forEach(sentence -> placeItIs(sentence.tokens())
            .ifPresent(place -> nouns.put(sentence.tokens().get(0).text(), place)));
        article.sentences().forEach(sentence -> whatItIs(sentence.tokens())
            .ifPresent(kind -> nouns.putIfAbsent(sentence.tokens().get(0).text(), kind)));
        article.sentences().forEach(sentence -> namedSo(sentence.tokens())
            .ifPresent(named -> nouns.putIfAbsent(named.getKey(), named.getValue())));
        // "Im Herbst 1990 kam „Goodfellas“ in die Kinos": a title in quotation marks, a work and no one, however the
        // article names it elsewhere
        titles.forEach(title -> nouns.putIfAbsent(title, "Werk"));
        return nouns;
    }

    /** "Sofia ist die Hauptstadt von Bulgarien": the place a name alone opening its sentence is said to be. */
    /**
     * "Hanf ist eine Pflanze.", "Marihuana ist in den meisten Ländern eine verbotene Droge.": the noun a sentence says
     * a name it opens with is one of, past a phrase of its own; a name the dictionary does not know is then no one's
     * when the noun names a thing.
     */
    private static Optional<String> whatItIs(List<Token> tokens) {
        if (tokens.size() < 4 || tokens.get(0).upos() != Upos.PROPN
            || !Set.of("ist", "war").contains(tokens.get(1).text())) {
            return Optional.empty();
        }
        for (int k = 2; k < Math.min(tokens.size() - 1, WHAT_IT_IS_WITHIN); k++) {
            Token token = tokens.get(k);
            if (token.upos() == Upos.DET && Set.of("ein", "eine").contains(token.text())
                && tokens.get(k - 1).upos() != Upos.ADP) {
                return nounAfter(tokens, k);
            }
            if (token.upos() == Upos.PUNCT) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final int WHAT_IT_IS_WITHIN = 9;

    /**
     * "Diese Ablagerungen werden Plaques genannt": a name the dictionary does not know, given to what the noun before
     * the verb names; the name with that noun.
     */
    private static Optional<Map.Entry<String, String>> namedSo(List<Token> tokens) {
        for (int k = 3; k < tokens.size(); k++) {
            if (!tokens.get(k).text().equals("genannt")) {
                continue;
            }
            Token name = tokens.get(k - 1);
            Token noun = tokens.get(k - 3);
            if (NAMING_AUXILIARIES.contains(tokens.get(k - 2).text()) && Words.capitalised(name.text())
                && Set.of(Upos.NOUN, Upos.PROPN).contains(name.upos()) && noun.upos() == Upos.NOUN) {
                return Optional.of(Map.entry(name.text(), noun.text()));
            }
        }
        return Optional.empty();
    }

    private static final Set<String> NAMING_AUXILIARIES = Set.of("wird", "werden", "wurde", "wurden");

    private static Optional<String> placeItIs(List<Token> tokens) {
        if (tokens.size() < 4 || tokens.get(0).upos() != Upos.PROPN
            || !Set.of("ist", "war").contains(tokens.get(1).text()) || tokens.get(2).upos() != Upos.DET) {
            return Optional.empty();
        }
        return nounAfter(tokens, 2).filter(Words::isPlaceNoun);
    }

    /** The noun after the article at {@code article}, past its adjectives; empty when no noun follows them. */
    private static Optional<String> nounAfter(List<Token> tokens, int article) {
        int noun = article + 1;
        while (noun < tokens.size() - 1 && tokens.get(noun).upos() == Upos.ADJ) {
            noun++;
        }
        return tokens.get(noun).upos() == Upos.NOUN ? Optional.of(tokens.get(noun).text()) : Optional.empty();
    }

    /**
     * "Bundeskanzler Olaf Scholz", "NATO-Generalsekretär Mark Rutte": the title a noun gives right before a person's
     * full name, with everyone the article so names.
     */
    private static Map<String, java.util.Set<Person>> roles(List<Mention> mentions) {
        Map<String, java.util.Set<Person>> roles = new java.util.HashMap<>();
        for (Mention mention : mentions) {
            List<Token> tokens = mention.sentence().tokens();
            Token title = mention.from() > 0 ? tokens.get(mention.from() - 1) : null;
            if (!mention.isFullName() || title == null) {
                continue;
            }
            if (title.text().matches("-\\p{Lu}\\p{Ll}+") && mention.from() > 1) {
                // "NATO-Generalsekretär", which the tokenizer splits before its hyphen
                roles.computeIfAbsent(tokens.get(mention.from() - 2).text() + title.text(),
                    r -> new java.util.LinkedHashSet<>()).add(mention.person());
            } else if (Words.capitalised(title.text()) && title.upos() == Upos.NOUN) {
                roles.computeIfAbsent(title.text(), r -> new java.util.LinkedHashSet<>()).add(mention.person());
            }
        }
        return roles;
    }

    /** "Vizekanzler", "Ex-Kanzler": titles that name someone other than "der Kanzler". */
    private static final Set<String> SECOND_IN_RANK = Set.of("vize", "ex-", "ex", "alt", "co-", "stellvertretende");

    /**
     * "der Kanzler" after "Bundeskanzler Olaf Scholz", "die Generalsekretärin": the one person the article gives a
     * title that is the noun or ends with it; empty when it gives it to no one or to more than one.
     */
    Optional<Person> byRole(String noun) {
        String lower = noun.toLowerCase(java.util.Locale.GERMAN);
        java.util.Set<Person> titled = new java.util.LinkedHashSet<>();
        roles.forEach((title, people) -> {
            String titleLower = title.toLowerCase(java.util.Locale.GERMAN);
            boolean deputy = SECOND_IN_RANK.stream().anyMatch(titleLower::startsWith) && !titleLower.equals(lower);
            if (titleLower.endsWith(lower) && !deputy) {
                titled.addAll(people);
            }
        });
        return titled.size() == 1 ? Optional.of(titled.iterator().next()) : Optional.empty();
    }

    /**
     * "Santorum spielte dabei auf … an": the names the article uses alone, after no other name, by which a run
     * such as "Rick Santorum" is a person's name although the dictionary knows neither the given name nor the
     * surname as one ("Santorum" only as a noun); "Sky News" or "Independence Party" never stand so alone.
     */
    private static Set<String> namedAlone(Article article, Morphology morphology) {
        Set<String> alone = new java.util.HashSet<>();
        for (Sentence sentence : article.sentences().toList()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int end = nameRunEnd(tokens, i, morphology);
                boolean afterAName = i > 0 && (isNamePart(tokens.get(i - 1)) || isGivenName(tokens.get(i - 1),
                    morphology) || Words.capitalised(tokens.get(i - 1).text())
                    && morphology.readings(tokens.get(i - 1).text()).isEmpty());
                if (end == i + 1 && !afterAName) {
                    alone.add(tokens.get(i).text());
                }
                i = Math.max(i, end - 1);
            }
        }
        return alone;
    }

    /** What is done with a run of names from {@code from} to {@code end}; true when the run is taken whole. */
    @FunctionalInterface
    private interface RunOfNames {
        boolean take(Sentence sentence, List<Token> tokens, int from, int end);
    }

    /** Every run of names the article has, from each word on, less those it shows are no one's. */
    private static void eachRun(Article article, Morphology morphology, java.util.Set<String> notPeople,
                                RunOfNames action) {
        for (Sentence sentence : article.sentences().toList()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int end = nameRunEnd(tokens, i, morphology);
                boolean noOnes = end - i >= 2 && notPeople.contains(Words.text(sentence, tokens, i, end));
                if (noOnes || action.take(sentence, tokens, i, end)) {
                    i = Math.max(i, end - 1);
                }
            }
        }
    }

    /** "Linux-Distributor", which the tokenizer splits at its hyphen: word {@code i} ends a compound. */
    private static boolean compoundTail(List<Token> tokens, int i, Morphology morphology) {
        return i > 1 && tokens.get(i - 1).text().equals("-")
            && tokens.get(i - 2).span().end() == tokens.get(i - 1).span().start()
            && tokens.get(i - 1).span().end() == tokens.get(i).span().start()
            && !isGivenName(tokens.get(i - 2), morphology);
    }

    /**
     * "bezeichnete Santorum Romney als …": a run of names that opens with the surname of someone the article names
     * in full elsewhere ("Rick Santorum"), and not with a given name, is two people side by side.
     */
    private static boolean twoPeople(List<Token> tokens, int from, java.util.Set<String> surnames,
                                     Morphology morphology) {
        String first = tokens.get(from).text();
        return surnames.contains(first) && morphology.readings(first).stream().noneMatch(m -> m.has(Feature.GIVEN_NAME));
    }

    /**
     * "Grünbaums Schwägerin/PROPN Mathilde Lukacs": where the name begins, after words the tagger took for names
     * that the dictionary knows only as common nouns, and a town's adjective before such a noun ("der Jenaer/PROPN
     * Mittelfeldspieler/PROPN Kevin Schlitte"); two words always stay ("Mark Rutte": "Mark" is a noun too).
     */
    private static int withoutLeadingNouns(List<Token> tokens, int from, int end, Morphology morphology) {
        int start = from;
        if (compoundTail(tokens, start, morphology)) {
            // "Der Linux-Distributor Canonical": the word after a compound's hyphen is no given name
            start++;
        }
        // "Alexander Van der Bellen": a given name in -er is no town's adjective, and "Van" opens the surname
        while (start < end - 2 && !CAPITAL_PARTICLES.contains(tokens.get(start).text())
            && (onlyACommonNoun(tokens.get(start).text(), morphology)
                || tokens.get(start).text().endsWith("er") && !isGivenName(tokens.get(start), morphology)
                    && onlyACommonNoun(tokens.get(start + 1).text(), morphology))) {
            start++;
        }
        return start;
    }

    /**
     * "Australier McEwen", "Bundeskanzler Schröder": a nationality or a title before a surname, no given name ("Mark" is
     * feminine); such a name names its person, but swapped in elsewhere it would carry the title along.
     */
    static boolean opensWithATitle(String name, Morphology morphology) {
        String[] words = name.split(" ");
        if (words.length == 2) {
            return personsNoun(words[0], morphology);
        }
        // "Bolivianer Ronald Raldes": a noun before a given name and a surname, one the dictionary may not know
        List<Morph> first = morphology.readings(words[0]);
        // "Österreicher Christof Petter": a noun the dictionary also knows as an adjective, before a given name
        return words.length == 3 && morphology.readings(words[1]).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME))
            && (personsNoun(words[0], morphology) || first.isEmpty() && words[0].matches("\\p{Lu}\\p{Ll}+(?:er|erin)")
                || first.stream().anyMatch(m -> m.upos() == Upos.NOUN && m.has(Feature.MASCULINE)
                    && !m.has(Feature.SURNAME) && !m.has(Feature.GIVEN_NAME)));
    }

    private static boolean personsNoun(String word, Morphology morphology) {
        List<Morph> readings = morphology.readings(word);
        return onlyACommonNoun(word, morphology) && readings.stream().allMatch(m -> m.has(Feature.MASCULINE));
    }

    /** Whether the article also writes the surname without its last "s", alone: "Strache" beside "Straches". */
    private static boolean genitiveOfASurnameUsedAlone(Article article, String surname) {
        return surname.length() > 3 && surname.endsWith("s") && !surname.endsWith("ss")
            && java.util.regex.Pattern.compile("(?<![\\p{L}-])" + java.util.regex.Pattern.quote(
                surname.substring(0, surname.length() - 1)) + "(?![\\p{L}-])").matcher(article.text()).find();
    }

    /**
     * "Rudyard Kiplings Dschungelbuch", "Schieles Selbstbildnis": a name in the genitive before the thing that is
     * its, which the run of capitalised words takes in but which is no one's name.
     */
    private static boolean ownersThing(List<Token> tokens, int from, int end, Morphology morphology) {
        Token owner = tokens.get(end - 2);
        String thing = tokens.get(end - 1).text();
        return owner.text().length() > 3 && owner.text().endsWith("s") && !owner.text().endsWith("ss")
            && !isGivenName(owner, morphology) && onlyACommonNoun(thing, morphology);
    }

    /** "Schwägerin", "Generalsekretär": a word the dictionary knows only as a common noun, never as a name. */
    private static final Set<String> BROADCAST_MARKS = Set.of("HD", "TV");
    private static final Set<String> NOBILITY = Set.of("zu", "von", "van", "de", "vom", "zum");
    /** The particles that stay with a Dutch, French, Italian or Spanish surname: "de Niro", "van Gaal", "di Caprio". */
    private static final java.util.regex.Pattern KEPT_PARTICLE = java.util.regex.Pattern.compile(
        " ((?:de|van|van der|van den|di|da|del|della|du|le|la|dos|ter|ten) )\\p{Lu}[^ ]*$");

    /**
     * "Robert de Niro" is "de Niro" on his own, where the article never calls him "Niro": a swap would otherwise say
     * "Niro" of someone else.
     */
    private static String withItsParticle(String name, String surname, String articleText) {
        java.util.regex.Matcher particle = KEPT_PARTICLE.matcher(name);
        if (!particle.find() || !name.endsWith(" " + particle.group(1) + surname)) {
            return surname;
        }
        String kept = particle.group(1) + surname;
        boolean bareAlone = java.util.regex.Pattern.compile("(?<!\\b" + particle.group(1).strip() + " )\\b"
            + java.util.regex.Pattern.quote(surname) + "\\b").matcher(articleText).find();
        return bareAlone ? surname : kept;
    }

    static boolean onlyACommonNoun(String word, Morphology morphology) {
        // "Rock", also "(ich) rock": a verb's first person or imperative, which no capital opens inside a sentence
        List<Morph> readings = morphology.readings(word).stream().filter(m -> m.upos() != Upos.VERB
            || !m.has(Feature.FIRST_PERSON) && !m.has(Feature.SECOND_PERSON) && !m.has(Feature.IMPERATIVE)).toList();
        return !readings.isEmpty() && readings.stream().allMatch(m -> m.upos() == Upos.NOUN)
            && readings.stream().noneMatch(m -> m.has(Feature.GIVEN_NAME) || m.has(Feature.SURNAME));
    }

    /**
     * "zur La Cosa Nostra", "das Hong Kong der Siebziger": an article right before a run of names that opens with no
     * given name makes it a thing's or a place's name, wherever else the article names it without one.
     */
    private static boolean afterAnArticle(List<Token> tokens, int from, Morphology morphology) {
        return from > 0 && ARTICLES.contains(tokens.get(from - 1).text().toLowerCase(java.util.Locale.GERMAN))
            && !isGivenName(tokens.get(from), morphology)
            && (!afterARelativePronoun(tokens, from) || inflectedAdjective(tokens.get(from).text(), morphology));
    }

    /**
     * "…, der Kleine Arber und der Knogl": an adjective with its ending opens the name of a mountain or a building,
     * whatever the comma before the article makes of it.
     */
    private static boolean inflectedAdjective(String word, Morphology morphology) {
        return morphology.readings(Words.lower(word)).stream()
            .anyMatch(m -> m.upos() == Upos.ADJ && !m.lemma().equals(Words.lower(word)));
    }

    /** "TV-Show", "Pop-Band": a compound of a common noun that names no person (not "Ex-Kanzlerin", "Vize-Präsident"). */
    private static boolean thingsCompound(String word, Morphology morphology) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1 && onlyACommonNoun(word, morphology)
            && morphology.readings(word).stream().noneMatch(m -> m.has(Feature.MASCULINE)) && !word.endsWith("in");
    }

    private static boolean byline(List<Token> tokens, int from, int end) {
        return from > 0 && tokens.get(from - 1).text().equals("(") && end + 1 < tokens.size()
            && Set.of(";", ",").contains(tokens.get(end).text()) && tokens.get(end + 1).text().matches("\\d{1,2}\\..*");
    }

    /** "demselben Jahr, in dem Tswetan Wassilew Mehrheitseigner wurde": "dem" opens a relative clause, no name. */
    private static boolean afterARelativePronoun(List<Token> tokens, int from) {
        int before = from - 2;
        if (before >= 0 && tokens.get(before).upos() == Upos.ADP) {
            before--;
        }
        return before >= 0 && tokens.get(before).text().equals(",");
    }

    /** "Das Thema Virtual Reality", "die App Cardboard Camera": the name of a topic, a work or a product, no one's. */
    private static boolean afterATitlesNoun(List<Token> tokens, int from) {
        // "der Max-Frisch-Klassiker Homo Faber": the compound's last part says what it is
        String before = from > 0 ? Words.lower(tokens.get(from - 1).text()) : "";
        return from > 0 && TITLES_NOUNS.stream().map(Words::lower)
            .anyMatch(t -> before.equals(t) || t.length() >= LONGEST_EXACT_TITLE_NOUN && before.endsWith(t));
    }

    /** "App", "Film": short enough to end other words ("knapp"), matched whole only. */
    private static final int LONGEST_EXACT_TITLE_NOUN = 5;
    private static final Set<String> TITLES_NOUNS = Set.of("Thema", "Motto", "Titel", "Stichwort", "Schlagwort",
        "Begriff", "Kategorie", "Marke", "App", "Software", "Programm", "Projekt", "Operation", "Album", "Roman",
        "Film", "Serie", "Sendung", "Magazin", "Klassiker", "Stück", "Oper", "Drama", "Märchen", "Uraufführung",
        "Ausstellung");

    /** "der Region Far North", "die Provinz Surat Thani": a run of names right after a word for a place names it. */
    private static boolean afterAPlaceNoun(List<Token> tokens, int from) {
        // "nahe Jihadistenhochburg Raqqa": a stronghold is a town
        return from > 0 && tokens.get(from - 1).upos() == Upos.NOUN && (Words.isPlaceNoun(tokens.get(from - 1).text())
            || tokens.get(from - 1).text().endsWith("hochburg"));
    }

    /**
     * "Benin, Burkina Faso, Äthiopien": a run of names listed right beside a country, city or region the dictionary
     * knows is another place ("Der Präsident Indonesiens, Susilo Bambang Yudhoyono" lists none).
     */
    private static boolean listedWithAPlace(List<Token> tokens, int from, int end, Morphology morphology) {
        boolean before = from >= 2 && LISTING.contains(tokens.get(from - 1).text())
            && isPlace(tokens.get(from - 2).text(), morphology);
        boolean after = end + 1 < tokens.size() && LISTING.contains(tokens.get(end).text())
            && isPlace(tokens.get(end + 1).text(), morphology);
        return before || after;
    }

    private static final Set<String> LISTING = Set.of(",", "und", "oder", "/", "sowie");

    private static boolean isPlace(String word, Morphology morphology) {
        return morphology.readings(word).stream().anyMatch(m -> !m.has(Feature.GENITIVE)
            && (m.has(Feature.COUNTRY) || m.has(Feature.CITY) || m.has(Feature.REGION)));
    }

    /** "Hanoi / Phnom Penh – Die Erwartungen waren hoch": the names before the dash that opens a report are places. */
    private static boolean inADateline(List<Token> tokens, int end) {
        int dash = 0;
        while (dash < tokens.size() && !tokens.get(dash).text().equals("–")) {
            dash++;
        }
        return dash < tokens.size() && end <= dash && tokens.subList(0, dash).stream()
            .allMatch(t -> isNamePart(t) || t.text().equals("/") || t.text().equals(","));
    }

    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "des", "dem", "den", "zur", "zum", "vom",
        "im", "am", "beim", "ins", "la", "le", "il", "el", "les", "los", "las", "the");

    /** "National Federation of Federal Employees", "Food and Drug Administration": words inside a body's English name. */
    private static final Set<String> ENGLISH_JOINING = Set.of("of", "and", "for", "the", "on");
    /** "East St. John Highschool": a name that ends in what it names. */
    private static final Set<String> INSTITUTIONS = Set.of("Highschool", "School", "College", "University",
        "Hospital", "Center", "Centre", "Stadium", "Institute", "Foundation", "Administration", "Employees", "AG",
        "GmbH", "SE", "KG", "Inc.", "Ltd.", "Corporation", "Holding",
        // English words that end a company's name ("Alcatel Alenia Space", "Hughes Network Systems")
        "Space", "Systems", "Network", "Networks", "Group", "Technologies", "Aerospace", "Motors", "Industries",
        "Solutions", "Communications", "Airlines", "Airways", "Entertainment", "Pictures", "Records", "Electronics",
        "Pharmaceuticals", "Partners", "Capital", "Media", "Energy", "Logistics", "Software", "Labs",
        // English words that end a place's name ("Hudson Valley", "Dutchess County")
        "Valley", "County", "Mountains", "River", "Bay", "Beach", "Island", "Islands", "Park", "Square", "Street",
        // and an agency's or a department's ("National Maritime Safety Authority", "BASF Plant Science")
        "Authority", "Agency", "Council", "Commission", "Service", "Services", "Bureau", "Office", "Department",
        "Ministry", "Science", "Sciences", "Research");
    /** "AG", "GmbH", "Inc.": the legal form after a company's name. */
    static final Set<String> COMPANY_FORMS = Set.of("AG", "GmbH", "SE", "KG", "Inc.", "Ltd.", "Co.", "Corporation",
        "Holding", "Motors", "Group");

    private static final Set<String> UNITS_NAMED_AFTER_PEOPLE = Set.of("Grad", "Skala");
    private static final Set<String> COMPANY_WORDS = Set.of("Aeronautical", "Aircraft", "Airlines", "Airways",
        "Records", "Pictures", "Studios", "Company", "Industries", "Technologies", "Systems", "Entertainment",
        "Enterprises", "Electric", "Motors", "Corporation", "Bros.");

    /** "der Terrororganisation Abu Sayyaf", "der Band Tokio Hotel": a run of names right after a word for a body. */
    private static boolean afterABodyNoun(List<Token> tokens, int from) {
        if (from == 0 || tokens.get(from - 1).upos() != Upos.NOUN && tokens.get(from - 1).upos() != Upos.PROPN) {
            return false;
        }
        String noun = tokens.get(from - 1).text().toLowerCase(java.util.Locale.GERMAN);
        return BODY_NOUNS.stream().anyMatch(noun::endsWith);
    }

    private static final Set<String> BODY_NOUNS = Set.of("organisation", "gruppe", "miliz", "partei", "bewegung",
        "firma", "konzern", "unternehmen", "verband", "band", "verein", "zeitung", "sender", "netzwerk", "stiftung",
        "mafia", "kartell", "clan", "armee", "bank", "bankhaus", "agentur", "institut", "verlag", "kanzlei", "magazin",
        "klinik", "fonds");

    /** "Rio de Janeiro", "San Francisco", "New Mexico": the first words of places' names, none a person's. */
    static final Set<String> PLACE_NAME_OPENINGS = Set.of("Rio", "San", "Santa", "Santo", "São", "Sao", "New",
        "Los", "Las", "Buenos", "Puerto", "Porto", "Costa", "Sankt", "Bad", "Sierra", "Sri", "Burkina", "Saudi",
        "Papua", "Hong", "Kuala", "Addis", "Tel", "Port", "Lake", "Mount", "Fort", "Cape", "Salt", "Palm", "Long",
        // "North Carolina", "South Dakota", "West Virginia"
        "North", "South", "East", "West",
        // "im Domus Paolo VI", "die Casa Rosada": a house's name
        "Domus", "Casa", "Villa", "Palazzo", "Castel", "Castello");

    /** "in Maly Trostinec ermordet", "aus Bad Ischl": names right after "in" or "aus" name a place. */
    private static boolean aPlace(List<Token> tokens, int from) {
        return from > 0 && Set.of("in", "aus").contains(tokens.get(from - 1).text());
    }

    private static int nameRunEnd(List<Token> tokens, int from, Morphology morphology) {
        int end = from;
        if (unknownWordBeforeAName(tokens, from, morphology)) {
            // "Gesine/NOUN Lötzsch": a given name the dictionary does not know, which the tagger took for a noun
            end++;
        }
        while (end < tokens.size() && (isNamePart(tokens.get(end))
            || end > from && unknownNounAfterAGivenName(tokens, end, morphology))) {
            end++;
            if (end + 1 < tokens.size() && (joinsGivenNames(tokens, end, morphology)
                || joinsSurnames(tokens, from, end, morphology) || middleInitial(tokens, end))) {
                end++;
            }
        }
        if (end > from && end + 1 < tokens.size() && Set.of("al", "el", "ul").contains(tokens.get(end).text())
            && isNamePart(tokens.get(end + 1))) {
            // "Abdalla al Badri", the article written apart
            end += 2;
        }
        // "Gouverneur Ángel Aguirre/PROPN": after a title, a name the dictionary also knows as a noun
        boolean titled = onlyACommonNoun(tokens.get(from).text(), morphology);
        while (end - from > 2 && onlyACommonNoun(tokens.get(end - 1).text(), morphology)
            && !(titled && tokens.get(end - 1).upos() == Upos.PROPN)
            && !isGivenName(tokens.get(end - 2), morphology) && !tokens.get(end - 2).text().equals("-")) {
            // "werfen Norbert Lammert Verzögerung … vor": a noun after a full name is the next phrase's; not the
            // second half of "Ulrike Rabmer-Koller"
            end--;
        }
        if (end > from && end + 1 < tokens.size() && CAPITAL_PARTICLES.contains(tokens.get(end - 1).text())
            && Set.of("der", "den", "de").contains(tokens.get(end).text()) && isNamePart(tokens.get(end + 1))) {
            // "Alexander Van der Bellen": a particle written capital, and the article after it, open the surname
            end++;
            while (end < tokens.size() && isNamePart(tokens.get(end))) {
                end++;
            }
        }
        int particle = end > from && onlyGivenNames(tokens, from, end, morphology)
            && !toSomeoneElse(tokens, from, end, morphology) ? nobiliaryParticle(tokens, end) : 0;
        if (particle > 0) {
            end += particle;
            while (end < tokens.size() && isNamePart(tokens.get(end))) {
                end++;
            }
        }
        return end > from ? end + withParticle(tokens, end) : end;
    }

    /**
     * "Karl-Theodor zu Guttenberg", "Ursula von der Leyen": after given names only, a particle and the rest of the
     * name; the number of tokens the particle takes, 0 when none follows.
     */
    private static int nobiliaryParticle(List<Token> tokens, int at) {
        if (at + 1 < tokens.size() && NOBILIARY.contains(tokens.get(at).text()) && isNamePart(tokens.get(at + 1))) {
            return 1;
        }
        if (at + 2 < tokens.size() && tokens.get(at).text().equals("von")
            && Set.of("der", "dem", "den").contains(tokens.get(at + 1).text()) && isNamePart(tokens.get(at + 2))) {
            return 2;
        }
        return 0;
    }

    /**
     * "sagte Jesus zu Petrus", "erfuhr Maria von Anna": "zu" after a speech verb and its speaker, or "zu" or "von" and a
     * given name alone, someone else the sentence goes on to, where a nobiliary particle opens a family's name
     * ("sagte Karl-Theodor zu Guttenberg").
     */
    private static boolean toSomeoneElse(List<Token> tokens, int from, int at, Morphology morphology) {
        if (at + 1 >= tokens.size() || !Set.of("zu", "von").contains(tokens.get(at).text())
            || at + 2 < tokens.size() && isNamePart(tokens.get(at + 2))) {
            return false;
        }
        boolean addressed = tokens.get(at).text().equals("zu") && from > 0
            && Words.SPEECH_VERBS.contains(tokens.get(from - 1).lemma())
            && !SEAT_OF_A_FAMILY.matcher(tokens.get(at + 1).text()).matches();
        return addressed || isGivenName(tokens.get(at + 1), morphology);
    }

    /** "zu Guttenberg", "zu Sayn-Wittgenstein", "zu Schaumburg-Lippe": the place a noble family is of. */
    private static final java.util.regex.Pattern SEAT_OF_A_FAMILY = java.util.regex.Pattern.compile(
        "\\p{Lu}.*(?:berg|burg|stein|heim|au|dorf|feld|hausen|ingen|lippe|bach|eck|fels|tal|thal|hof|rode|see)");

    private static final Set<String> CAPITAL_PARTICLES = Set.of("Van", "Von", "De", "Ter", "Ten");

    private static final Set<String> NOBILIARY = Set.of("zu", "von", "van", "de", "da", "di", "du", "del", "ter", "ten");

    private static boolean onlyGivenNames(List<Token> tokens, int from, int end, Morphology morphology) {
        return java.util.stream.IntStream.range(from, end).allMatch(i -> tokens.get(i).text().equals("-")
            || isGivenName(tokens.get(i), morphology));
    }

    /**
     * "Irmgard Griss/NOUN": a surname the dictionary does not know, which the tagger took for a noun; "Thorsten/NOUN
     * Fink/NOUN": one the dictionary knows as a surname, after a given name.
     */
    private static boolean unknownNounAfterAGivenName(List<Token> tokens, int at, Morphology morphology) {
        Token token = tokens.get(at);
        return token.upos() == Upos.NOUN && isGivenName(tokens.get(at - 1), morphology)
            && token.text().matches("\\p{Lu}\\p{Ll}+") && (morphology.readings(token.text()).isEmpty()
                && morphology.readings(Words.lower(token.text())).isEmpty() || knownSurname(token, morphology));
    }

    private static boolean knownSurname(Token token, Morphology morphology) {
        return morphology.readings(token.text()).stream().anyMatch(m -> m.has(Feature.SURNAME));
    }

    private static boolean unknownWordBeforeAName(List<Token> tokens, int at, Morphology morphology) {
        Token token = tokens.get(at);
        if (token.upos() != Upos.NOUN || at + 1 >= tokens.size()
            || !isNamePart(tokens.get(at + 1)) && !(tokens.get(at + 1).upos() == Upos.NOUN
                && knownSurname(tokens.get(at + 1), morphology))
            || !token.text().matches("\\p{Lu}\\p{Ll}+")) {
            return false;
        }
        List<Morph> readings = morphology.readings(token.text());
        // "Wayne/NOUN Gretzky": a given name the dictionary knows as nothing else, which the tagger took for a noun
        boolean onlyAGivenName = !readings.isEmpty() && readings.stream().allMatch(m -> m.upos() == Upos.PROPN)
            && readings.stream().anyMatch(m -> m.has(Feature.GIVEN_NAME));
        return onlyAGivenName || readings.isEmpty() && morphology.readings(Words.lower(token.text())).isEmpty();
    }

    /** The "B." of "Johannes B. Kerner", between two parts of a name. */
    private static boolean middleInitial(List<Token> tokens, int at) {
        return tokens.get(at).text().matches("\\p{Lu}\\.") && isNamePart(tokens.get(at + 1));
    }

    private static boolean isNamePart(Token token) {
        return token.upos() == Upos.PROPN && token.text().matches("\\p{Lu}[\\p{L}'-]*\\p{Ll}[\\p{L}'-]*")
            && !isDate(token.text());
    }

    /**
     * "Mohammed Zia ul-Haq", "Baschar al-Assad": an Arabic surname with its article written small, which the tokenizer
     * splits at the hyphen; the number of tokens it takes at {@code at}, or 0.
     */
    private static int withParticle(List<Token> tokens, int at) {
        boolean joined = at + 2 < tokens.size() && ARABIC_ARTICLES.contains(tokens.get(at).text())
            && tokens.get(at + 1).text().equals("-") && isNamePart(tokens.get(at + 2))
            && tokens.get(at).span().end() == tokens.get(at + 1).span().start()
            && tokens.get(at + 1).span().end() == tokens.get(at + 2).span().start();
        return joined ? 3 : 0;
    }

    private static final java.util.Set<String> ARABIC_ARTICLES = java.util.Set.of("al", "el", "ul", "ad", "ar", "as",
        "asch", "at", "az", "an");

    /** The hyphen of "Frank-Walter", touching a given name on both sides of it (not that of "Al-Jazeera"). */
    private static boolean joinsGivenNames(List<Token> tokens, int at, Morphology morphology) {
        return tokens.get(at).text().equals("-") && tokens.get(at - 1).span().end() == tokens.get(at).span().start()
            && tokens.get(at).span().end() == tokens.get(at + 1).span().start() && isNamePart(tokens.get(at + 1))
            && isGivenName(tokens.get(at - 1), morphology) && isGivenName(tokens.get(at + 1), morphology);
    }

    /** The last word of a run of names, or its last two joined by a hyphen ("Rabmer-Koller"). */
    private static String surname(Sentence sentence, List<Token> tokens, int end) {
        // not "al-Hassani", whose article the name is also written without ("Hassani")
        boolean hyphenated = end >= 3 && tokens.get(end - 2).text().equals("-")
            && !NAME_ARTICLES.contains(Words.lower(tokens.get(end - 3).text()))
            && tokens.get(end - 3).span().end() == tokens.get(end - 2).span().start()
            && tokens.get(end - 2).span().end() == tokens.get(end - 1).span().start();
        return hyphenated ? Words.text(sentence, tokens, end - 3, end) : tokens.get(end - 1).text();
    }

    /** "José Ramos-Horta": a double surname after a given name, its parts joined by a hyphen that touches both. */
    private static boolean joinsSurnames(List<Token> tokens, int from, int at, Morphology morphology) {
        return at - from >= 2 && isGivenName(tokens.get(from), morphology) && tokens.get(at).text().equals("-")
            && tokens.get(at - 1).span().end() == tokens.get(at).span().start()
            && tokens.get(at).span().end() == tokens.get(at + 1).span().start() && isNamePart(tokens.get(at + 1));
    }

    private static boolean isGivenName(Token token, Morphology morphology) {
        return morphology.readings(token.text()).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME));
    }

    private static boolean isDate(String word) {
        return Words.MONTHS.contains(word) || Words.WEEKDAYS.stream().anyMatch(word::startsWith);
    }

    /** How many words a run of names has: "Karl-Theodor zu Guttenberg" three, its hyphen and particle not counted. */
    private static int words(List<Token> tokens, int from, int end) {
        return (int) tokens.subList(from, end).stream()
            .filter(t -> !t.text().equals("-") && !NOBILIARY.contains(t.text()) && !Set.of("der", "dem", "den")
                .contains(t.text())).count();
    }

    private static boolean isPersonName(List<Token> tokens, int from, int to, Morphology morphology,
                                        Set<String> namedAlone) {
        for (int i = from; i < to; i++) {
            for (Morph morph : morphology.readings(tokens.get(i).text())) {
                if (morph.has(Feature.COUNTRY) || morph.has(Feature.CITY) || morph.has(Feature.REGION)) {
                    return false;
                }
            }
        }
        List<Morph> first = morphology.readings(tokens.get(from).text());
        boolean genitiveNoun = first.stream().anyMatch(m -> m.upos() == Upos.NOUN)
            && first.stream().noneMatch(m -> m.has(Feature.NOMINATIVE));
        if (genitiveNoun) {
            return false;
        }
        // "Greg Holst": a capitalised word inside a name is no verb, though the dictionary knows "holst" as one
        List<Morph> last = morphology.readings(tokens.get(to - 1).text()).stream()
            .filter(m -> m.upos() != Upos.VERB && m.upos() != Upos.AUX).toList();
        // "Barney Frank": a first word the dictionary does not know before a given name, which surnames often are
        boolean unknownBeforeAGivenName = first.isEmpty() && to - from == 2 && !tokens.get(from).text().endsWith("s")
            && last.stream().anyMatch(m -> m.has(Feature.GIVEN_NAME));
        return first.stream().anyMatch(m -> m.has(Feature.GIVEN_NAME))
            || last.stream().anyMatch(m -> m.has(Feature.SURNAME))
            || last.isEmpty() || unknownBeforeAGivenName
            || first.isEmpty() && !tokens.get(from).text().endsWith("s")
                && last.stream().allMatch(m -> m.upos() == Upos.NOUN) && namedAlone.contains(tokens.get(to - 1).text());
    }

    private static Optional<Feature> gender(String givenName, Morphology morphology) {
        List<Morph> readings = morphology.readings(givenName).stream().filter(m -> m.has(Feature.GIVEN_NAME)).toList();
        boolean male = readings.stream().anyMatch(m -> m.has(Feature.MASCULINE));
        boolean female = readings.stream().anyMatch(m -> m.has(Feature.FEMININE));
        return male == female ? Optional.empty() : Optional.of(male ? Feature.MASCULINE : Feature.FEMININE);
    }

    /** "Obamas" → "Obama": a surname the dictionary reads as another's genitive, never as its own; else itself. */
    private static String genitiveOfAKnownSurname(String surname, Morphology morphology) {
        List<Morph> readings = morphology.readings(surname).stream().filter(m -> m.has(Feature.SURNAME)).toList();
        return readings.stream().noneMatch(m -> m.lemma().equals(surname))
            && readings.stream().map(Morph::lemma).distinct().count() == 1
            && readings.stream().anyMatch(m -> m.has(Feature.GENITIVE) && m.has(Feature.SINGULAR))
            && surname.equals(readings.get(0).lemma() + "s") ? readings.get(0).lemma() : surname;
    }

    /** The one of a family whose given name the run of names holds, if any: "Carl" of "Carl Benz". */
    private static Optional<Person> memberNamed(Map<String, Person> family, List<Token> run) {
        return run.stream().map(Token::text).filter(family::containsKey).findFirst().map(family::get);
    }

    /**
     * "Sein voller Name lautete Karl Friedrich Michael Vailand", "seiner Verlobten Bertha Ringer" beside "Bertha Benz":
     * a name the article gives as another name of someone, or a woman's given name another surname shares (as her
     * maiden name does), which may be the same person as another of the article's.
     */
    private static java.util.Set<Person> otherNamesOfSomeone(Article article, java.util.Collection<Person> persons) {
        java.util.Set<Person> aliases = new java.util.HashSet<>();
        for (Person person : persons) {
            String given = person.name().contains(" ") ? person.name().substring(0, person.name().indexOf(' ')) : "";
            boolean givenNameShared = !given.isEmpty() && person.gender().equals(Optional.of(Feature.FEMININE))
                && persons.stream().anyMatch(other -> other != person && other.name().startsWith(given + " ")
                    && !other.surname().equals(person.surname()));
            boolean givenAsAName = java.util.regex.Pattern.compile("(?:[Nn]ame|geborene?|geb\\.)"
                // "Brandt wurde geboren als Karl-Herbert Frahm": the name he was born with
                + "(?: (?:lautete|lautet|war|ist|hieß|heißt|als))? " + java.util.regex.Pattern.quote(person.name()))
                .matcher(article.text()).find();
            if (givenNameShared || givenAsAName) {
                aliases.add(person);
            }
        }
        return aliases;
    }

    /**
     * Whether a sentence before this one has a word of the lemma, or of its stem: "Der Beschluss, dem … zugestimmt
     * hat, …" after the article told of the decision is the one it told of, whatever the relative clause adds.
     */
    boolean saidBefore(String lemma, Sentence sentence) {
        // "Der Beschluss" after "hatten … beschlossen": the noun of a verb the article used, by the stem they share
        String stem = Words.lower(lemma).substring(0, Math.max(Math.min(lemma.length(), SHORTEST_STEM),
            lemma.length() - LONGEST_ENDING));
        return sentences.stream().takeWhile(s -> s.span().start() < sentence.span().start())
            .flatMap(s -> s.tokens().stream()).anyMatch(t -> t.lemma().equals(lemma) || t.text().equals(lemma)
                || lemma.length() > SHORTEST_STEM && Words.lower(t.lemma()).startsWith(stem));
    }

    private static final int SHORTEST_STEM = 6;
    private static final int LONGEST_ENDING = 4;

    /** The people a false statement may name in place of another: none that may be another's other name. */
    List<Person> swappable() {
        return persons().stream().filter(p -> !aliases.contains(p)).toList();
    }

    List<Person> persons() {
        return bySurname.values().stream().distinct().toList();
    }

    /**
     * "Später holte Niessl Doskozil wieder nach Eisenstadt": two surnames of two people the article names in full,
     * side by side, which a question or statement from the parse joins into one name.
     */
    boolean twoSurnamesSideBySide(String text) {
        String[] words = text.split("[^\\p{L}'-]+");
        for (int i = 0; i + 1 < words.length; i++) {
            Person first = bySurname.get(words[i]);
            Person second = bySurname.get(words[i + 1]);
            if (first != null && second != null && first != second && first.name().contains(" ")
                && second.name().contains(" ")) {
                return true;
            }
        }
        return false;
    }

    List<Mention> mentions() {
        return mentions;
    }

    List<Mention> in(Sentence sentence) {
        List<Mention> whole = bySentence.getOrDefault(sentence.span().start(), List.of()).stream()
            .filter(m -> m.sentence().span().equals(sentence.span())).toList();
        return whole.isEmpty() && !sentence.tokens().isEmpty() ? inPartOf(sentence) : whole;
    }

    /**
     * The mentions in the part of an article sentence that is taken as a sentence of its own ({@link
     * ClauseAfterAColon}), counted from the part's first token.
     */
    private List<Mention> inPartOf(Sentence part) {
        var first = part.tokens().get(0).span();
        Map.Entry<Integer, List<Mention>> before = bySentence.lowerEntry(part.span().start());
        List<Mention> found = new ArrayList<>();
        for (Mention mention : before == null ? List.<Mention>of() : before.getValue()) {
            List<org.textquiz.core.article.Token> tokens = mention.sentence().tokens();
            if (!mention.sentence().span().contains(part.span())) {
                continue;
            }
            int offset = java.util.stream.IntStream.range(0, tokens.size())
                .filter(t -> tokens.get(t).span().equals(first)).findFirst().orElse(-1);
            if (offset >= 0 && mention.from() >= offset) {
                found.add(new Mention(mention.person(), part, mention.from() - offset, mention.to() - offset));
            }
        }
        return found;
    }

    /**
     * "Sarah Koch" where the article also names "Sascha Koch": a full name said that is not the person's the surname
     * stands for, whose surname alone would answer for either.
     */
    static boolean anotherOfTheSameSurname(String said, Person person) {
        return said.contains(" ") && !person.name().endsWith(said) && !said.endsWith(person.name());
    }

    /** The noun the article first names a lone name after ("Zwergplaneten" for "Ceres"), if any. */
    Optional<String> introducedAs(String name) {
        return Optional.ofNullable(introducedBy.get(name));
    }

    Optional<Person> bySurname(String surname) {
        return Optional.ofNullable(bySurname.get(surname));
    }
}
