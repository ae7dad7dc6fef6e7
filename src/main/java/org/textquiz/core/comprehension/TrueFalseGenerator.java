package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.analysis.WordFields;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.question.ComprehensionGenerator;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionIds;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.syntax.DependencyParser;
import org.textquiz.core.syntax.Parse;

/**
 * Statements from the article, never one of its sentences unchanged: true ones said another way (another
 * constituent first, read from the dependency parse), false ones made by swapping one fact for another of the
 * same kind the article names; a swap is refused when the article says the new fact with the same verb
 * elsewhere, since the statement might then be true. Without a parser only false statements are made.
 */
public final class TrueFalseGenerator implements ComprehensionGenerator {

    private static final int MIN_WORDS = 6;
    /**
     * How often a sentence with a fact to swap becomes a false statement; since many sentences have none,
     * this, with false statements ranked a little higher, keeps "richtig" from being the safe guess.
     */
    private static final double FALSE_SHARE = 0.75;
    private static final String QUOTE_MARKS = "„“”\"»«";
    private static final java.util.Set<String> PERSONAL = java.util.Set.of("er", "sie");

    private final Morphology morphology;
    private final Facts facts;
    private final DependencyParser parser;
    private final ClauseQuestions clauses;
    private final Extractions extractions;
    private final ReportedSpeech reported;

    public TrueFalseGenerator(Morphology morphology) {
        this(morphology, null, null);
    }

    public TrueFalseGenerator(Morphology morphology, WordFields fields, DependencyParser parser) {
        this.morphology = morphology;
        this.facts = new Facts(morphology);
        this.parser = parser;
        this.clauses = fields == null || parser == null ? null : new ClauseQuestions(morphology, fields);
        this.extractions = new Extractions(morphology);
        this.reported = parser == null ? null : new ReportedSpeech(morphology, parser);
    }

    private static boolean yearBesideAnother(List<Token> tokens, Fact fact) {
        java.util.function.IntPredicate year = i -> i >= 0 && i < tokens.size()
            && tokens.get(i).text().matches("\\d{3,4}");
        java.util.function.IntPredicate joining = i -> i >= 0 && i < tokens.size()
            && Set.of("und", "oder", "bis", "-", "–").contains(Words.lower(tokens.get(i).text()));
        return joining.test(fact.to()) && year.test(fact.to() + 1) || joining.test(fact.from() - 1) && year.test(fact.from() - 2);
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUEFALSE;
    }

    @Override
    public List<Question> questions(Article article, Random random) {
        People people = People.of(article, morphology);
        List<Sentence> sentences = article.sentences().toList();
        Map<Span, List<Fact>> factsOf = new HashMap<>();
        for (Sentence sentence : sentences) {
            factsOf.put(sentence.span(), facts.in(sentence, people).stream()
                .filter(fact -> !beforeARegnalNumber(sentence, fact.to())
                    && !beforeItsPronunciation(sentence, fact.to()) && !placeAfterAGivenName(sentence, fact)
                    && !placeAfterItsAdjective(sentence, fact) && !islandAfterAuf(sentence, fact))
                .toList());
        }
        List<Fact> everyFact = sentences.stream().flatMap(s -> factsOf.get(s.span()).stream()).toList();
        Map<Fact.Kind, List<String>> kinds = new EnumMap<>(Fact.Kind.class);
        Set<String> regnalNames = regnalNames(sentences);
        for (Fact.Kind kind : Fact.Kind.values()) {
            kinds.put(kind, sameKind(kind, everyFact, people).stream().distinct()
                .filter(name -> !People.opensWithATitle(name, morphology))
                .filter(name -> !regnalNames.contains(name))
                .filter(name -> kind != Fact.Kind.PERSON || !facts.opensWithWhoItIs(name)).toList());
        }
        List<Fact> counts = everyFact.stream().filter(Fact::isCount).toList();
        Map<String, Feature> genders = new HashMap<>();
        for (People.Person person : people.persons()) {
            person.gender().ifPresent(gender -> {
                genders.put(person.name(), gender);
                genders.put(person.surname(), gender);
            });
        }
        SentenceWords index = new SentenceWords(sentences);
        List<Candidate> candidates = new ArrayList<>();
        long base = random.nextLong();
        List<Sentence> toParse = parser == null ? List.of() : WhGenerator.sample(article, new Random(base));
        java.util.Set<Span> sample = parser == null ? null : toParse.stream()
            .map(Sentence::span).collect(java.util.stream.Collectors.toSet());
        if (parser != null) {
            parser.parseAhead(toParse.stream().filter(s -> standsAlone(s, startsWithConnective(s))
                || s.tokens().stream().anyMatch(t -> PERSONAL.contains(Words.lower(t.text())))).toList());
        }
        for (Paragraph paragraph : article.paragraphs()) {
            for (int s = 0; s < paragraph.sentences().size(); s++) {
                Sentence sentence = paragraph.sentences().get(s);
                if (Words.speaksAsSomeone(sentence)) {
                    continue;
                }
                boolean dropsFirstWord = startsWithConnective(sentence);
                boolean sampled = sample != null && sample.contains(sentence.span());
                Optional<String[]> opening = clauses == null ? Optional.empty()
                    : Referents.of(sentence, article, people);
                Optional<String[]> referent = opening.isEmpty() && sampled && sentence.tokens().stream()
                    .anyMatch(t -> PERSONAL.contains(Words.lower(t.text())))
                    ? Referents.of(sentence, article, people, parser.parse(sentence), morphology)
                        .or(() -> Referents.antecedent(sentence, article, people, parser.parse(sentence), parser,
                            morphology))
                    : opening;
                if (referent.isPresent()) {
                    Optional<String> said = restated(sentence, people, new Random(base ^ sentence.span().start()))
                        .map(statement -> withoutConnective(Referents.replaced(statement, referent.get())))
                        // "Mit diesem Flugzeug startete er …": the plane the sentence before told of, as the main path
                        // makes it
                        .flatMap(TrueFalseGenerator::withoutDemonstratives)
                        .filter(statement -> java.util.Arrays.stream(statement.split("[^\\p{L}]+"))
                            .noneMatch(w -> Words.UNCLEAR_IN_STATEMENT.contains(Words.lower(w)))
                            && !Words.pointsBackAlone(statement) && !people.twoSurnamesSideBySide(statement)
                            // "Mit 14 Jahren studierte Gustav Klimt stattdessen Kunst …": instead of what the sentence
                            // before told
                            && !Words.followsFromWhatCameBefore(statement)
                            // "Hugo musste einsehen, dass Victor Hugo sich … geirrt hatte": the sentence names them
                            // already, and its "er" said so
                            && !namedTwice(statement, referent.get()[1]));
                    said.ifPresent(statement -> candidates.add(new Candidate(new TrueFalseQuestion(
                        QuestionIds.of(article.sha256(), type(), sentence.span(), sentence.span(), statement), statement,
                        List.of(TrueFalseQuestion.TRUE), List.of(), sentence.span(),
                        sentence.text().strip().replaceAll("\\s+", " ")), 1.0, 0)));
                    continue;
                }
                if (!standsAlone(sentence, dropsFirstWord) || sample != null && !sampled
                    || onlyASubordinateClauseHasAVerb(sentence) || teaser(article, sentence)
                    || WhGenerator.headlineStyleOpening(article, sentence, morphology)
                    || parser != null && itStandsForSomethingBefore(parser.parse(sentence))) {
                    continue;
                }
                if (!indicativeMainVerb(sentence)) {
                    Random own = new Random(base ^ sentence.span().start());
                    // "Laut der Staatsanwaltschaft ist eine Beleidigung … schon deshalb nicht erfüllt." without its "weil"
                    // "… ist die gegenwärtige Diskussion eine Folge dieser Kahlschlagspolitik": which, only the sentence
                    // before says
                    reportedStatement(article, people, sentence, own).filter(stated -> !Words.pointsBackAlone(stated.text())
                            && withoutDemonstratives(stated.text()).filter(stated.text()::equals).isPresent()
                            && !Words.followsFromWhatCameBefore(stated.text()))
                        .ifPresent(stated -> candidates.add(new Candidate(
                            new TrueFalseQuestion(QuestionIds.of(article.sha256(), type(), sentence.span(), sentence.span(),
                                stated.text()), stated.text(), List.of(stated.answer()), List.of(), sentence.span(),
                                sentence.text().strip().replaceAll("\\s+", " ") + " (" + stated.speaker() + ")"),
                            stated.isTrue() ? 1.0 : 1.5, 0)));
                    continue;
                }
                String original = sentence.text().strip().replaceAll("\\s+", " ");
                Random own = new Random(base ^ sentence.span().start());
                boolean makeFalse = own.nextDouble() < FALSE_SHARE && !dropsFirstWord;
                List<Fact> sentenceFacts = factsOf.get(sentence.span()).stream()
                    .filter(fact -> !insideAnOpeningTimeClause(sentence, fact)).toList();
                Optional<String> falsified = makeFalse
                    ? falsify(sentence, sentenceFacts, kinds, counts, index, genders, own, false)
                        .or(() -> negated(sentence)) : Optional.empty();
                Optional<String> restated = falsified.isPresent() ? Optional.empty()
                    : inSomeonesWords(original, people).or(() -> restated(sentence, people, own));
                if (falsified.isEmpty() && restated.isEmpty() && !dropsFirstWord) {
                    // a sentence that cannot be said true otherwise than as a copy may still be falsified, last of all
                    // by a lone year, weekday or month moved
                    falsified = falsify(sentence, sentenceFacts, kinds, counts, index, genders, own, true)
                        .or(() -> negated(sentence));
                }
                if (falsified.isEmpty() && restated.isEmpty()) {
                    continue;
                }
                // "Marie Curie, sprich: Kü-rieh, war …": how the name is said, which the statement leaves out
                Optional<String> definite = withoutDemonstratives(withoutConnective(
                    ClauseQuestions.withoutSpokenAside(falsified.orElseGet(restated::get))));
                if (definite.isEmpty() || Words.pointsBackAlone(definite.get()) || pointsAtAPerson(original, people)
                    || Words.followsFromWhatCameBefore(definite.get())
                    || people.twoSurnamesSideBySide(definite.get()) || impossibleDate(definite.get())) {
                    continue;
                }
                String statement = KindNames.named(definite.get(), article.text()).orElse(definite.get());
                String answer = falsified.isPresent() ? TrueFalseQuestion.FALSE : TrueFalseQuestion.TRUE;
                String id = QuestionIds.of(article.sha256(), type(), sentence.span(), sentence.span(), statement);
                double score = (sentenceFacts.isEmpty() ? 1.0 : 2.0) + (falsified.isPresent() ? 0.5 : 0);
                candidates.add(new Candidate(new TrueFalseQuestion(id, statement, List.of(answer), List.of(),
                    sentence.span(), original), score, s));
            }
        }
        if (clauses != null) {
            candidates.addAll(extracted(article, people, sample));
        }
        return Ranking.best(candidates, random);
    }

    /**
     * "Finanzminister Osborne sieht „Jahre der Rezession“ – Österreichs Wirtschaft geht nicht von Brexit aus.": the
     * line that opens an article with two headlines' clauses joined by a dash, no sentence of its story; any line
     * before the dateline ({@link WhGenerator#teaser}); or a post shown as sent ({@link WhGenerator#embeddedPost}).
     */
    private static boolean teaser(Article article, Sentence sentence) {
        return WhGenerator.teaser(article, sentence) || WhGenerator.embeddedPost(article, sentence)
            || article.sentences().findFirst().filter(first -> first.span().equals(sentence.span())).isPresent()
            && TWO_CLAUSES_BY_A_DASH.matcher(sentence.text()).find();
    }

    private static final java.util.regex.Pattern TWO_CLAUSES_BY_A_DASH = java.util.regex.Pattern.compile(
        "\\p{L}.* [–—] \\p{Lu}");

    /** "aber", "hingegen", "jedoch" inside the first clause, not joining two ("…, aber …") and not "aber auch". */
    private static final java.util.regex.Pattern LEFTOVER_CONNECTIVE = java.util.regex.Pattern.compile(
        "^([^,;–-]*?) (?:aber (?!auch\\b)|hingegen |jedoch |allerdings |also |wiederum )");

    /**
     * "Das Wort App kam aber erst im Jahr 2008 in die deutsche Sprache.", "Trong hingegen gehört zur alten Garde.":
     * "aber" or "hingegen" set the sentence against the one before, which the statement does not show; without it
     * the statement says the same.
     */
    static String withoutConnective(String statement) {
        return LEFTOVER_CONNECTIVE.matcher(statement).replaceFirst("$1 ");
    }

    /**
     * "Der Name dieser Viruslinie ist nicht H5N1." points back to a sentence the learner does not see: a demonstrative
     * before a noun becomes the definite article ("der Viruslinie"), except before a time ("diesen Jahres"); empty
     * where one is left ("dieses", "diese" standing alone).
     */
    static Optional<String> withoutDemonstratives(String statement) {
        java.util.regex.Matcher matcher = DEMONSTRATIVE.matcher(statement);
        StringBuilder definite = new StringBuilder();
        while (matcher.find()) {
            String next = matcher.group(3);
            // "in diesem November": this year's, no "dem November" of any year
            // "an diesem Donnerstag": this week's, which "an dem Donnerstag" would no longer say
            boolean time = DEICTIC_TIMES.contains(next) || Words.MONTHS.contains(next) || Words.WEEKDAYS.contains(next);
            String article = switch (matcher.group(2)) {
                case "e" -> "die";
                case "er" -> "der";
                case "en" -> "den";
                case "em" -> "dem";
                default -> null;
            };
            if (!time && (article == null || !Character.isUpperCase(next.codePointAt(0))
                || ONLY_POINTING.contains(next) || Words.SET_OUT_BEFORE.contains(next))) {
                return Optional.empty();
            }
            String replaced = time ? matcher.group() : (matcher.group(1).equals("D") ? Words.capitalise(article) : article)
                + " " + next;
            matcher.appendReplacement(definite, java.util.regex.Matcher.quoteReplacement(replaced));
        }
        matcher.appendTail(definite);
        return Optional.of(definite.toString());
    }

    /**
     * "Am Samstagnachmittag hieß dieser Mario Kunasek.": "dieser" is the one the sentence before told of, and the name
     * what he is called; "der Mario Kunasek" would say nothing.
     */
    private static boolean pointsAtAPerson(String original, People people) {
        return people.persons().stream().anyMatch(person -> java.util.regex.Pattern.compile(
            "\\b[Dd]ies(?:e|er|en|em|es) " + java.util.regex.Pattern.quote(person.name()) + "\\b").matcher(original).find());
    }

    private static final java.util.regex.Pattern DEMONSTRATIVE = java.util.regex.Pattern.compile(
        // "in diesen 25 Jahren": a number after it is the one the sentence before gave in other words
        "\\b([Dd])ies(e|er|en|em|es)\\s+([\\p{L}\\d]+)");
    /** "bis zu diesem Zeitpunkt", "in diesem Fall": with "dem" instead, they still point to what came before. */
    private static final Set<String> ONLY_POINTING = Set.of("Zeitpunkt", "Moment", "Augenblick", "Fall", "Zusammenhang",
        // "in dieser Frage": the one the sentence before asked
        "Frage", "Sache", "Angelegenheit",
        "Punkt", "Grund", "Gründen", "Gründe", "Zweck", "Weise", "Art", "Stelle", "Ort", "Tag", "Beziehung", "Hinsicht",
        // "mit diesem Namen": the name the sentence before gave
        "Name", "Namen",
        // "unter dieser Bedingung": the condition the sentence before told of, which "unter der Bedingung" makes one
        // that a clause after it would say
        "Bedingung", "Umstand", "Umständen",
        // "legte der Papst den Gedanken als Glaubenswahrheit fest": the thought the sentence before told
        "Gedanke", "Gedanken", "Idee", "Vorstellung", "Ansicht", "Meinung", "Auffassung", "Überzeugung", "Behauptung",
        "Aussage", "Theorie",
        // "übernahm die Freiheitsstatue diesen Rekord": the record the sentence before told of
        "Rekord", "Titel", "Platz", "Rang",
        // "in diesem Tempo": the speed the sentence before gave
        "Tempo",
        // "während dieser Jahre": the years the sentence before counted, which "der Jahre" leaves unsaid
        "Jahre", "Jahren", "Monate", "Monaten", "Wochen", "Tage", "Tagen", "Zeit");
    private static final Set<String> DEICTIC_TIMES = Set.of("Jahres", "Jahr", "Jahrs", "Monats", "Monat", "Woche",
        "Jahrhunderts", "Jahrzehnts", "Sommer", "Sommers", "Winter", "Winters", "Frühjahr", "Herbst", "Wochenende",
        "Mal");

    /** Pronouns for people or things the sentences before named, when they stand alone before the verb. */
    private static final Set<String> THOSE_NAMED_BEFORE = Set.of("Beide", "Beiden", "Alle", "Letztere", "Letzterer",
        "Ersterer", "Erstere");

    /** Verbs whose subject "es" is empty ("es gibt", "es geht um", "es kam zu", "es gelang ihr"). */
    private static final Set<String> EMPTY_ES_VERBS = Set.of("geben", "gehen", "handeln", "kommen", "gelingen",
        "heißen", "fehlen", "regnen", "schneien", "stürmen", "brennen", "bleiben", "ankommen");

    /**
     * "Am 1. März tritt es nun mit 38 Paragrafen in Kraft.": "es" the subject of a verb that takes a real one stands for
     * something the sentences before named, which the statement would not say, and so does its object "es" ("Kleine
     * Gruppen sprechen es in Kroatien …"); so does an article standing for a noun
     * ("Zu den beliebtesten Apps gehört die der Deutschen Bahn.").
     */
    private boolean itStandsForSomethingBefore(Parse parse) {
        int root = parse.root();
        if (root < 0) {
            return false;
        }
        boolean emptyVerb = morphology.readings(parse.word(root).form()).stream()
            .anyMatch(m -> EMPTY_ES_VERBS.contains(m.lemma()))
            || parse.children(root).stream().anyMatch(c -> Set.of("ccomp", "csubj", "xcomp")
                .contains(parse.word(c).baseRelation()) || parse.word(c).relation().equals("expl"));
        return !emptyVerb && parse.children(root).stream()
            .anyMatch(c -> (parse.word(c).relation().startsWith("nsubj") || parse.word(c).relation().equals("obj"))
                && Words.lower(parse.word(c).form()).equals("es"))
            || ClauseQuestions.articleForANounBefore(parse, root);
    }

    /**
     * "In Norwegen aber auch zum Beispiel in Großbritannien, wo Premier David Cameron …": a phrase with no verb of its
     * own, which a statement would change into a broken sentence.
     */
    private static boolean onlyASubordinateClauseHasAVerb(Sentence sentence) {
        // "Genauso wenig wie mit Hans Lotter, dem SPÖ-Bürgermeister von Schattendorf, wo … entstehen soll.": every part
        // between commas that has a verb opens with a subordinator or a relative pronoun
        List<Token> tokens = sentence.tokens();
        boolean anyVerb = false;
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i < tokens.size() && !tokens.get(i).text().equals(",")) {
                continue;
            }
            List<Token> part = tokens.subList(start, i);
            boolean verb = part.stream().anyMatch(t -> t.upos() == Upos.VERB || t.upos() == Upos.AUX);
            // "…, zu dem der Weltfußball verkommen zu sein scheint": a relative clause after its preposition
            boolean relativeAfterAPreposition = part.size() > 1 && part.get(0).upos() == Upos.ADP
                && SUBORDINATING.contains(Words.lower(part.get(1).text()));
            // "Besonders nachdem Orkan Kyrill in den Wäldern gewütet hat.": a sentence that is a subordinate clause alone
            boolean openedByAConjunction = start == 0 && part.size() > 2
                && (conjunction(part.get(0)) || part.get(0).upos() == Upos.ADV && conjunction(part.get(1)));
            if (verb && !openedByAConjunction && (start == 0 || !SUBORDINATING.contains(Words.lower(part.get(0).text()))
                && !relativeAfterAPreposition)) {
                return false;
            }
            anyVerb |= verb;
            start = i + 1;
        }
        return anyVerb;
    }

    /** "die Welt am Sonntag", "Bild am Sonntag": newspapers whose names end in a day. */
    private static final Set<String> NEWSPAPERS_BY_THE_DAY = Set.of("Welt", "Bild", "Tagesspiegel");

    private static boolean conjunction(Token token) {
        return token.upos() == Upos.SCONJ && CONJUNCTIONS.contains(Words.lower(token.text()));
    }

    private static final Set<String> CONJUNCTIONS = Set.of("nachdem", "weil", "obwohl", "obgleich", "während",
        "bevor", "sobald", "falls", "sodass", "wobei", "indem", "seitdem");
    private static final Set<String> SUBORDINATING = Set.of("wo", "wie", "als", "weil", "da", "dass", "ob", "wenn",
        "die", "der", "das", "den", "dem", "deren", "dessen", "was", "welche", "welcher", "welches");

    private static final Set<String> JENE = Set.of("jene", "jener", "jenen", "jenem", "jenes");

    static final java.util.regex.Pattern POSSESSIVE_FIRST = java.util.regex.Pattern.compile(
        "(Sein|Seine|Seinen|Seinem|Seiner|Seines|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\\s");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile(
        "\\b(?:sein|seine|seinen|seinem|seiner|seines|ihre|ihren|ihrem|ihres)\\b");

    /** Appositions and relative clauses said as statements of their own: true, and never a copy. */
    private List<Candidate> extracted(Article article, People people, java.util.Set<Span> sample) {
        List<Candidate> found = new ArrayList<>();
        String text = article.text().replaceAll("\\s+", " ");
        for (Sentence sentence : article.sentences().toList()) {
            if (sentence.headline() || !sample.contains(sentence.span())) {
                continue;
            }
            Parse parse = parser.parse(sentence);
            List<String> statements = new ArrayList<>(extractions.in(parse));
            Random random = new Random(sentence.span().start());
            Constituents.subordinates(parse, morphology).forEach(clause ->
                clauses.restated(clause, people, random).ifPresent(statements::add));
            for (String statement : statements) {
                boolean clear = java.util.Arrays.stream(statement.split("[^\\p{L}]+"))
                    .noneMatch(w -> Words.UNCLEAR_IN_STATEMENT.contains(Words.lower(w))) && !Words.pointsBackAlone(statement)
                    // "Ihre Partei ist die Nationale Liga für Demokratie", "Im Ausland feierten seine Werkschauen
                    // Erfolge": whose, the clause's sentence said, and the statement does not
                    && !POSSESSIVE_FIRST.matcher(statement).lookingAt() && !POSSESSIVE.matcher(statement).find()
                    // "verzichtet jeder fünfte dieser Bevölkerungsgruppe …": which group, only the sentence before says
                    && withoutDemonstratives(statement).filter(statement::equals).isPresent();
                if (clear && Words.count(statement) >= MIN_WORDS - 1 && !text.contains(statement)
                    && statement.chars().noneMatch(c -> QUOTE_MARKS.indexOf(c) >= 0)) {
                    String id = QuestionIds.of(article.sha256(), type(), sentence.span(), sentence.span(), statement);
                    found.add(new Candidate(new TrueFalseQuestion(id, statement, List.of(TrueFalseQuestion.TRUE),
                        List.of(), sentence.span(), sentence.text().strip().replaceAll("\\s+", " ")), 1.2, 0));
                }
            }
        }
        return found;
    }

    /**
     * Reported speech said as whose words it is: "Laut Joachim Laun ist die PH Heidelberg die einzige Hochschule …"
     * for "Immerhin sei die PH Heidelberg …" after "Laun sagte, …"; empty when the speaker is not certain.
     */
    private Optional<Stated> reportedStatement(Article article, People people, Sentence sentence, Random random) {
        if (clauses == null) {
            return Optional.empty();
        }
        Parse parse = parser.parse(sentence);
        if (parse.root() < 0) {
            return Optional.empty();
        }
        Optional<Constituents> clause = Constituents.reported(parse, parse.root(), morphology);
        Optional<ReportedSpeech.Source> source = clause.flatMap(c -> reported.source(article, people, sentence));
        Optional<People.Person> speaker = source.map(ReportedSpeech.Source::names);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        // "Laut der Bahnpolizei …" is only said true: a person put in place of a body may be the one who spoke for it
        // "laut New York Times": a paper or a firm the article names like a person, for which no person stands in
        boolean makeFalse = !source.get().body() && random.nextDouble() < FALSE_SHARE && speaker.get().gender().isPresent();
        List<People.Person> others = people.swappable().stream()
            .filter(p -> p.gender().isPresent() && !p.surname().equals(speaker.get().surname())
                && !p.name().contains(speaker.get().surname())
                && !speaker.get().name().contains(p.surname()) && !Words.containsWord(sentence.text(), p.surname()))
            .toList();
        if (makeFalse && !others.isEmpty()) {
            People.Person other = others.get(random.nextInt(others.size()));
            return clauses.attributed(clause.get(), other).filter(text -> frameLeftOut(text, other, speaker.get()))
                .map(text -> new Stated(text, false, speaker.get().name()));
        }
        return clauses.attributed(clause.get(), speaker.get())
            .filter(text -> frameLeftOut(text, speaker.get(), speaker.get()))
            .map(text -> new Stated(text, true, speaker.get().name()));
    }

    /**
     * "Laut Leon Panetta sind … Übergangsrates sagte Charles Bouchard, …": whether the words after "laut" and the
     * name the statement gives leave out the frame the parse kept in the clause, which names the speaker again.
     */
    private static boolean frameLeftOut(String statement, People.Person named, People.Person speaker) {
        String source = "Laut " + named.name() + " ";
        String said = statement.startsWith(source) ? statement.substring(source.length()) : statement;
        return !Words.containsWord(said, speaker.surname());
    }

    /**
     * "Laut Joachim Laun ist …", true, or with another person the article names as the speaker, false: who said
     * what is asked as much as what was said; the feedback names who really said it.
     */
    private record Stated(String text, boolean isTrue, String speaker) {
        String answer() {
            return isTrue ? TrueFalseQuestion.TRUE : TrueFalseQuestion.FALSE;
        }
    }

    private static boolean partOfAHyphenedName(String name, String text) {
        String quoted = java.util.regex.Pattern.quote(name);
        return java.util.regex.Pattern.compile("(?<!\\p{L})" + quoted + "-\\p{L}|\\p{L}-" + quoted + "(?!\\p{L})")
            .matcher(text).find();
    }

    private static final Set<String> BESIDES = Set.of("außer", "neben");
    private static final Set<String> GENERATIONS = Set.of("junior", "senior", "jr", "sr", "jun", "sen");

    /** The sentence said another way, another of its constituents first; empty without a parser or a way. */
    private Optional<String> negated(Sentence sentence) {
        if (clauses == null) {
            return Optional.empty();
        }
        Parse parse = parser.parse(sentence);
        return parse.root() < 0 ? Optional.empty()
            : Constituents.of(parse, parse.root(), morphology).flatMap(clauses::negated);
    }

    /**
     * "Die … Beziehungen sind nach Andrejews Worten auf dem schlechtesten Stand seit 1945." said again with "laut
     * Sergej Andrejew" for the genitive of a person the article names in full.
     */
    private static Optional<String> inSomeonesWords(String original, People people) {
        java.util.regex.Matcher words = SOMEONES_WORDS.matcher(original);
        if (!words.find()) {
            return Optional.empty();
        }
        String surname = words.group(2).substring(0, words.group(2).length() - 1);
        return people.bySurname(surname).filter(person -> person.name().contains(" "))
            .map(person -> original.substring(0, words.start()) + words.group(1).replace("nach", "laut").replace("Nach",
                "Laut") + " " + person.name() + original.substring(words.end()));
    }

    /** "nach Andrejews Worten", "nach Müllers Einschätzung": whose words, by a surname in the genitive. */
    private static final java.util.regex.Pattern SOMEONES_WORDS = java.util.regex.Pattern.compile(
        "\\b([Nn]ach) (\\p{Lu}[\\p{L}-]+s) (?:Worten|Angaben|Ansicht|Meinung|Einschätzung|Darstellung|Auffassung)\\b");

    private Optional<String> restated(Sentence sentence, People people, Random random) {
        if (clauses == null) {
            return Optional.empty();
        }
        Parse parse = parser.parse(sentence);
        int root = parse.root();
        if (root < 0) {
            return Optional.empty();
        }
        if (FrameAfter.of(parse, root, morphology)) {
            // "…, sagt Ulrich Reinhardt, wissenschaftlicher Leiter …": whose view it is, which a statement would drop
            return Optional.empty();
        }
        String original = sentence.text().strip().replaceAll("\\s+", " ");
        return Constituents.of(parse, root, morphology).flatMap(clause -> clauses.restated(clause, people, random))
            .filter(statement -> !statement.equals(original))
            // "Nämlich lange Zeit interessierten sich viele Leute …": a connective the parse took into the phrase put first
            .filter(statement -> !LINKING_BACK.contains(Words.lower(statement.split("[ ,]", 2)[0])));
    }

    /** Connectives that only link to the sentence before, and so never open a statement. */
    private static final Set<String> LINKING_BACK = Set.of("nämlich", "jedoch", "allerdings", "übrigens", "freilich",
        "also", "demnach", "somit", "folglich");

    /** Whether the sentence's first word is a connective that a statement drops ("Doch …", "Außerdem …"). */
    private boolean startsWithConnective(Sentence sentence) {
        return clauses != null && !sentence.tokens().isEmpty()
            && ClauseQuestions.CONNECTIVES.contains(Words.lower(sentence.tokens().get(0).text()));
    }

    /**
     * A whole sentence a reader understands without the one before it.
     *
     * @param connectiveDropped a word tying the sentence to the one before ("Dabei", "Daraufhin") opens it, and is
     *                          left out of the statement said another way
     */
    private static boolean standsAlone(Sentence sentence, boolean connectiveDropped) {
        List<Token> tokens = sentence.tokens();
        if (sentence.headline() || tokens.isEmpty() || sentence.wordCount() < MIN_WORDS
            || !tokens.get(tokens.size() - 1).text().equals(".")
            || !Words.quotesOnlyNames(sentence.text())) {
            return false;
        }
        if (tokens.stream().anyMatch(t -> Words.UNCLEAR_IN_STATEMENT.contains(Words.lower(t.text())))
            || !aVerbOutsideBrackets(tokens)) {
            return false;
        }
        for (int i = 1; i < tokens.size(); i++) {
            // "In Österreich geht das nur sehr begrenzt": "das" standing for what the sentence before said; not the
            // relative "das" after a comma ("ein Werkzeug, das …", "…, mit dem …")
            boolean relative = tokens.get(i - 1).text().equals(",")
                || i > 1 && tokens.get(i - 1).upos() == Upos.ADP && tokens.get(i - 2).text().equals(",");
            if (Words.lower(tokens.get(i).text()).equals("das") && tokens.get(i).upos() == Upos.PRON && !relative) {
                return false;
            }
        }
        for (int i = 0; i < tokens.size() - 1; i++) {
            // "Gerade jene hatten … beigetragen": "jene" alone points back; "jene Gelder" is made definite
            if (JENE.contains(Words.lower(tokens.get(i).text()))
                && !Set.of(Upos.NOUN, Upos.ADJ, Upos.PROPN, Upos.NUM).contains(tokens.get(i + 1).upos())) {
                return false;
            }
        }
        // "STANDARD: In Syrien … gibt es …": a turn of an interview, whose label no statement keeps; "Stoke-on-Trent –
        // Das Heimspiel …": a dateline of several tokens
        if (tokens.size() > 1 && (tokens.get(1).text().equals("–") || tokens.get(1).text().equals("-")
            || tokens.get(1).text().equals(":")) || ClauseAfterAColon.labelled(sentence) || opensWithADateline(tokens)) {
            return false;
        }
        // "Beide stritten in der Nacht …": which two, only the sentences before say
        if (THOSE_NAMED_BEFORE.contains(tokens.get(0).text()) && tokens.size() > 1
            && Set.of(Upos.VERB, Upos.AUX).contains(tokens.get(1).upos())) {
            return false;
        }
        Token first = tokens.get(0);
        Upos next = tokens.get(1).upos();
        boolean article = first.upos() == Upos.DET && (next == Upos.NOUN || next == Upos.ADJ || next == Upos.PROPN);
        // "Seine Kritik richtet sich …": whose, only the sentence before says
        return (article || connectiveDropped || !Words.CONNECTIVES.contains(Words.lower(first.text())))
            && first.upos() != Upos.PRON
            && !Words.PRONOUNS.contains(Words.lower(first.text()))
            && !POSSESSIVE_FIRST.matcher(sentence.text().strip()).lookingAt();
    }

    /**
     * A sentence with an indicative finite verb; a sentence whose first finite verb is only a subjunctive
     * ("Heutige Fahrzeuge seien …") reports someone's words, which a statement would pass off as fact.
     */
    private boolean indicativeMainVerb(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        // "Obwohl Steinbrück … rechnet, sei man …": the main clause comes after the clause that opens the sentence
        int from = 0;
        if (!tokens.isEmpty() && tokens.get(0).upos() == Upos.SCONJ) {
            from = tokens.stream().filter(t -> t.text().equals(",")).findFirst().map(tokens::indexOf).orElse(0);
        }
        for (Token token : tokens.subList(from, tokens.size())) {
            if (token.upos() != Upos.VERB && token.upos() != Upos.AUX) {
                continue;
            }
            List<Morph> readings = morphology.readings(token.text());
            if (readings.stream().anyMatch(m -> m.has(Feature.FINITE))) {
                return !Words.subjunctiveOfAnotherVerb(token.text(), morphology) && readings.stream().anyMatch(m -> m.has(Feature.FINITE) && (m.has(Feature.PRESENT)
                    || m.has(Feature.PAST)) && !m.has(Feature.FIRST_PERSON) && !m.has(Feature.SECOND_PERSON));
            }
        }
        return false;
    }

    /** "Amsterdam, Amsterdam ArenA, 53.000 (ausverkauft), SR Kruzliak (SVK).": a match's facts, no sentence. */
    private static boolean aVerbOutsideBrackets(List<Token> tokens) {
        int depth = 0;
        for (Token token : tokens) {
            if (token.text().equals("(")) {
                depth++;
            } else if (token.text().equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (token.upos() == Upos.VERB || token.upos() == Upos.AUX)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Stoke-on-Trent – Das Heimspiel …", "Saalfelden / Zell am See – Ein betrunkener Autofahrer …": a place's name of
     * a few tokens, or two places' names, and the dash after it.
     */
    private static boolean opensWithADateline(List<Token> tokens) {
        return java.util.stream.IntStream.range(1, Math.min(8, tokens.size())).anyMatch(t -> tokens.get(t).text().equals("–")
            && tokens.subList(0, t).stream().allMatch(k -> k.text().matches("-?\\p{Lu}.*|-|/|-?\\p{Ll}{1,3}-?"))
            && (t < 5 || tokens.subList(0, t).stream().anyMatch(k -> k.text().equals("/"))));
    }

    /**
     * "Hatte der Europäische Gerichtshof doch … festgehalten, dass …": a finite verb first, with no main clause after
     * it to make it a condition ("Sollte es …, könnte …", "Geht es um …, dann …"), goes on from the sentence before.
     */
    private static boolean goesOnFromBefore(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean verbFirst = tokens.size() > 1 && Set.of(Upos.VERB, Upos.AUX).contains(tokens.get(0).upos())
            && !Set.of(Upos.VERB, Upos.AUX).contains(tokens.get(1).upos());
        boolean condition = java.util.stream.IntStream.range(0, tokens.size() - 1)
            .anyMatch(t -> tokens.get(t).text().equals(",") && (Set.of(Upos.VERB, Upos.AUX).contains(tokens.get(t + 1).upos())
                || Set.of("dann", "so").contains(tokens.get(t + 1).text())));
        return verbFirst && !condition;
    }

    /** How the common nouns of places other than towns and states end: "Quellflüsse", "Berg", "Insel". */
    private static final java.util.regex.Pattern OTHER_PLACES = java.util.regex.Pattern.compile(
        "(?i).*(fluss|flüsse|bach|bäche|strom|ströme|kanal|kanäle|berg|berge|gebirge|gipfel|see|seen|meer|meere"
            + "|insel|inseln|tal|täler|wald|wälder|straße|straßen)");

    /**
     * Whether the common noun before the name, or before the list it stands in, says it is a place other than a town
     * or a state, which the swap would put in: "die Quellflüsse Werra und Fulda", "der Fluss Fulda".
     */
    private static boolean namedAsAnotherKind(List<Token> tokens, Fact fact) {
        int t = fact.from() - 1;
        while (t >= 0 && (tokens.get(t).upos() == Upos.PROPN || Set.of("und", ",").contains(tokens.get(t).text()))) {
            t--;
        }
        return t >= 0 && tokens.get(t).upos() == Upos.NOUN && tokens.get(t + 1).upos() == Upos.PROPN
            && OTHER_PLACES.matcher(tokens.get(t).text()).matches();
    }

    /** Nouns of time, which own nothing a possessive after them could mean: "Im Jahr 1912 wurde bei seiner Frau …". */
    private static final Set<String> TIME_NOUNS = Set.of("Jahr", "Jahre", "Jahren", "Jahres", "Monat", "Monate",
        "Monaten", "Woche", "Wochen", "Tag", "Tage", "Tagen", "Zeit", "Uhr", "Jahrhundert", "Jahrhunderts", "Jahrzehnt",
        "Anfang", "Ende", "Mitte", "Sommer", "Winter", "Frühling", "Herbst", "Morgen", "Abend", "Nacht");

    /**
     * "Im Jahr 1912 wurde bei seiner Frau Tuberkulose vermutet": a possessive with no name or noun before it, nor a
     * full name after it, that could own it, whose owner only the sentences before say, and a statement would not.
     */
    static boolean possessiveWithoutAnOwner(List<Token> tokens) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!POSSESSIVE.matcher(tokens.get(t).text()).matches()) {
                continue;
            }
            boolean ownerBefore = tokens.subList(0, t).stream().anyMatch(b -> (b.upos() == Upos.PROPN
                || b.upos() == Upos.NOUN) && !TIME_NOUNS.contains(b.text()) && !Words.MONTHS.contains(b.text())
                && !Words.WEEKDAYS.contains(b.text()));
            // "In seinem jüngsten Haushalt … bezeichnete der … Finanzminister George Osborne …": the owner named after
            boolean namedAfter = java.util.stream.IntStream.range(t + 1, tokens.size() - 1).anyMatch(a ->
                tokens.get(a).upos() == Upos.PROPN && tokens.get(a + 1).upos() == Upos.PROPN);
            return !ownerBefore && !namedAfter;
        }
        return false;
    }

    private static final Set<String> APPOSITION_OPENINGS = Set.of("einer", "einem", "eine", "ein", "eines");

    /**
     * @param genders the gender of each person the article names, by full name and surname: a woman is not swapped
     *                in for a man ("der Kämmerer Barbara Ludwig" would give the answer away)
     * @param lastResort  the sentence cannot be stated true another way: a lone year, weekday or month may be moved too
     */
    private Optional<String> falsify(Sentence sentence, List<Fact> sentenceFacts,
                                     Map<Fact.Kind, List<String>> kinds, List<Fact> counts,
                                     SentenceWords index, Map<String, Feature> genders, Random random,
                                     boolean lastResort) {
        if (!sentence.tokens().isEmpty() && (sentence.tokens().get(0).text().equals("Ob") || goesOnFromBefore(sentence))
            || ClauseAfterAColon.opensWithALabel(sentence) || possessiveWithoutAnOwner(sentence.tokens())) {
            // "Ob Todt seinen Vertrag verlängern wird, ist nicht bekannt": what is not known is not false of another;
            // "Zum Vergleich: …" a label no statement keeps
            return Optional.empty();
        }
        List<Fact> own = new ArrayList<>(sentenceFacts);
        Collections.shuffle(own, random);
        Words.Plain plain = Words.plain(sentence.text());
        for (Fact fact : own) {
            boolean afterAnArticle = fact.from() > 0 && Words.ARTICLES.contains(Words.lower(sentence.tokens()
                .get(fact.from() - 1).text()));
            if ((fact.kind() == Fact.Kind.PERSON || fact.kind() == Fact.Kind.SURNAME)
                && sharesItsSurname(sentence.tokens(), fact)) {
                // "Bob und Mike Bryan" would become "Bob und Rafael Nadal"
                continue;
            }
            boolean person = fact.kind() == Fact.Kind.PERSON || fact.kind() == Fact.Kind.SURNAME;
            if (person && fact.to() < sentence.tokens().size()
                && sentence.tokens().get(fact.to()).upos() == Upos.PROPN
                && Words.capitalised(sentence.tokens().get(fact.to()).text())) {
                // "Augusta Ada Byron King": a name that goes on, whose last part would stay behind the one swapped in
                continue;
            }
            if (person && fact.from() > 0
                && BESIDES.contains(Words.lower(sentence.tokens().get(fact.from() - 1).text()))) {
                // "Außer Carl Benz gab es noch andere Erfinder": besides anyone else, it is as true
                continue;
            }
            if (person && fact.to() < sentence.tokens().size()
                && GENERATIONS.contains(Words.lower(sentence.tokens().get(fact.to()).text()))) {
                // "John F. Kennedy junior, der Sohn": the son, whom "Martin Luther junior" would not be either
                continue;
            }
            if (fact.kind() == Fact.Kind.YEAR && yearBesideAnother(sentence.tokens(), fact)) {
                // "1993 und 1994 gab es die besten Kassettenrekorder": one of two years side by side, which swapped
                // reads "2017 und 1994", out of order
                continue;
            }
            if (fact.from() > 0 && Words.lower(sentence.tokens().get(fact.from() - 1).text()).equals("oder")
                || fact.to() < sentence.tokens().size()
                    && Words.lower(sentence.tokens().get(fact.to()).text()).equals("oder")) {
                // "hieß Hammurapi oder Hammurabi": one of two alternatives, of which the other still holds
                continue;
            }
            if (fact.to() + 1 < sentence.tokens().size() && Set.of("am", "an").contains(sentence.tokens().get(fact.to())
                    .text()) && sentence.tokens().get(fact.to() + 1).upos() == Upos.PROPN
                    && !Words.WEEKDAYS.contains(sentence.tokens().get(fact.to() + 1).text())
                || fact.from() >= 2 && sentence.tokens().get(fact.from() - 1).text().equals("von")
                    && sentence.tokens().get(fact.from() - 2).text().equals("Staaten")) {
                // "Frankfurt am Main", "die Vereinigten Staaten von Amerika": part of a longer name, which the swap
                // would break ("Berlin am Main")
                continue;
            }
            if (fact.to() + 1 < sentence.tokens().size() && sentence.tokens().get(fact.to()).text().equals(",")
                && APPOSITION_OPENINGS.contains(sentence.tokens().get(fact.to() + 1).text())) {
                // "In Auschwitz, einer Stadt in der Nähe, …": the apposition says what it is, and of another it may
                // be wrong ("In Krakau, einer Stadt in der Nähe"); "Straßburg, die Hauptstadt" swapped is plainly false
                continue;
            }
            if ((fact.kind() == Fact.Kind.CITY || fact.kind() == Fact.Kind.COUNTRY)
                && namedAsAnotherKind(sentence.tokens(), fact)) {
                // "Die Quellflüsse Werra und Fulda": a place's name the noun before says is a river's, where a city
                // swapped in is no false statement but no German
                continue;
            }
            if (afterAnArticle && (fact.kind() == Fact.Kind.PERSON || fact.kind() == Fact.Kind.SURNAME)) {
                // "Die Deutsche Maria Riesch" would become "Die Anja Pärson"
                continue;
            }
            if (fact.kind() == Fact.Kind.WEEKDAY && fact.from() >= 2
                && sentence.tokens().get(fact.from() - 1).text().equals("am")
                && NEWSPAPERS_BY_THE_DAY.contains(sentence.tokens().get(fact.from() - 2).text())) {
                // "in einem Gespräch mit der Welt am Sonntag": a newspaper's name, no day
                continue;
            }
            if (fact.from() == 0 && fact.to() < sentence.tokens().size()
                && sentence.tokens().get(fact.to()).text().equals(":")) {
                // "Kelly: Das ist eine gute Frage.": who speaks in an interview, no fact of the article
                continue;
            }
            if (inALabel(sentence.tokens(), fact)) {
                // "Der Vorher-nachher-Vergleich … in Linz: Mit 63,1 Prozent hat …": a caption before the colon, which
                // says what a picture shows, not what happened
                continue;
            }
            if (fact.isCount() && restatedInAnotherUnit(sentence.tokens(), fact)) {
                // "weniger als 15 kW/km² bzw. 0,015 MW/km²": the same amount said twice, of which one alone would change
                continue;
            }
            if (fact.isCount() && changeToATotal(sentence.tokens(), fact)) {
                // "steigen um 209 Millionen Euro auf insgesamt 323 Millionen Euro": a change and the total it comes to,
                // of which one alone altered makes the sentence contradict itself
                continue;
            }
            if (addedByAlso(sentence.tokens(), fact)) {
                // "Zusagen gibt es auch aus Italien": one more of several, which another of the article may well be too
                continue;
            }
            if ((fact.kind() == Fact.Kind.COUNTRY || fact.kind() == Fact.Kind.CITY) && fact.from() >= 2
                && Set.of("grenze", "grenzt", "grenzen", "grenzte", "grenzten")
                    .contains(Words.lower(sentence.tokens().get(fact.from() - 2).text()))
                && Set.of("zu", "zur", "zum", "an")
                    .contains(Words.lower(sentence.tokens().get(fact.from() - 1).text()))) {
                // "Die Oder, an der Grenze zu Polen": a border has two sides, and the other may be the one swapped in
                // (a "Grenzübergang zu Spanien" leads into one)
                continue;
            }
            if (fact.kind() == Fact.Kind.YEAR && fact.from() > 0
                && sentence.tokens().get(fact.from() - 1).upos() == Upos.PROPN
                && !Words.MONTHS.contains(sentence.tokens().get(fact.from() - 1).text())) {
                // "Steel Dragon 2000": a number that is part of a name, no year
                continue;
            }
            if (oneOfTwoGuesses(sentence.tokens(), fact)) {
                // "bis 2019 oder 2020": a guess between two, which "bis 2019 oder 2012" makes no sense of
                continue;
            }
            Set<String> others = new LinkedHashSet<>();
            Set<String> numbers = fact.isCount() ? numbersIn(sentence.text()) : Set.of();
            // "untersucht … seit 2000": a later year is as true, an earlier one, the article's or three before, false
            boolean soAlready = fact.kind() == Fact.Kind.YEAR && QualityGates.soAlreadyBy(sentence.text(), fact.text());
            for (String other : kinds.get(fact.kind())) {
                if (soAlready && (!other.matches("\\d+") || Long.parseLong(other) > Long.parseLong(fact.text()))) {
                    continue;
                }
                if (fact.isCount() && counts.stream().noneMatch(c -> c.text().equals(other) && fact.falseWith(c))) {
                    continue;
                }
                boolean sameEnding = other.endsWith("s") == fact.text().endsWith("s");
                if (fact.kind() == Fact.Kind.COUNTRY && onePartOfTheOther(fact.text(), other)) {
                    // "Birmingham ist eine Großstadt in England" for "… in Großbritannien", "zwischen Amerika und
                    // Kolumbien" for "zwischen Panama und Kolumbien": true still, or no land of the same kind
                    continue;
                }
                if (fact.kind() == Fact.Kind.COUNTRY && needsAnArticle(other) != afterAnArticle) {
                    // "Russland fliegt …" would become "Türkei fliegt …", a country that takes an article without one
                    continue;
                }
                if ((fact.kind() == Fact.Kind.PERSON || fact.kind() == Fact.Kind.SURNAME)
                    && NAMED_AFTER_SOMEONE.matcher(other).matches()) {
                    // "Ebert-Stiftung blieb auch später Reichspräsident": a foundation named after him, no one
                    continue;
                }
                Feature gender = genders.get(fact.text());
                // "Fiction drehte zuletzt The Hateful Eight" for Tarantino: in place of someone whose given name the
                // dictionary knows, only someone else whose it knows, not a film or a club taken for a name
                if (gender != null && !genders.containsKey(other)
                    && (fact.kind() == Fact.Kind.PERSON || fact.kind() == Fact.Kind.SURNAME)) {
                    continue;
                }
                if (gender != null && genders.containsKey(other) && genders.get(other) != gender
                    || (fact.kind() == Fact.Kind.PERSON || fact.kind() == Fact.Kind.SURNAME)
                        && (womanNamedBeside(sentence, fact) && genders.get(other) != Feature.FEMININE
                            || manNamedBeside(sentence, fact) && genders.get(other) == Feature.FEMININE
                            || gender == null && pronounsDisagree(plain, genders.get(other))
                            || relativePronounDisagrees(sentence, fact, genders.get(other)))) {
                    continue;
                }
                // "… begleitet von den Jazz-Improvisationen Michael Nauras": nor in the genitive
                boolean inTheSentence = plain.containsWord(lastWord(other)) || plain.containsWord(lastWord(other) + "s")
                    || namedOtherwise(other, fact.kind(), kinds, plain)
                    // "von Österreich-Ungarn … der Kaiser von Mexiko": a part of a name the sentence joins by a hyphen
                    || partOfAHyphenedName(other, sentence.text())
                    // "von derzeit 2000 auf rund 2.000 Soldaten": the same number written otherwise
                    || numbers.contains(other.replace(".", ""));
                if (!other.equals(fact.text()) && sameEnding && !inTheSentence) {
                    others.add(other);
                }
            }
            // a statement opening with a number is no sentence to ask, however it is falsified
            if (others.isEmpty() && !Character.isDigit(sentence.text().strip().charAt(0)) && !listed(sentence.tokens(), fact)
                && !anAge(sentence.tokens(), fact)) {
                altered(fact).filter(a -> lastResort || fact.isCount() || soAlready)
                    .filter(a -> !aboutAYear(sentence.tokens(), fact)).ifPresent(others::add);
            }
            List<String> shuffled = new ArrayList<>(others);
            Collections.shuffle(shuffled, random);
            for (String replacement : shuffled) {
                if (!saidElsewhere(replacement, sentence, index)) {
                    List<Token> tokens = sentence.tokens();
                    int start = tokens.get(fact.from()).span().start() - sentence.span().start();
                    int end = tokens.get(fact.to() - 1).span().end() - sentence.span().start();
                    String text = sentence.text();
                    return Optional.of((text.substring(0, start) + replacement + text.substring(end)).strip()
                        .replaceAll("\\s+", " "));
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> numbersIn(String text) {
        Set<String> numbers = new java.util.HashSet<>();
        java.util.regex.Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            numbers.add(number.group().replace(".", ""));
        }
        return numbers;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,3}(?:\\.\\d{3})+|\\d+");

    private static boolean restatedInAnotherUnit(List<Token> tokens, Fact fact) {
        // "30 Meilen … (umgerechnet etwa 48 Kilometer)": an amount said again in another unit, either of which
        // changed alone says something else of the other
        if (tokens.stream().anyMatch(t -> Words.lower(t.text()).equals("umgerechnet"))) {
            return true;
        }
        for (int i = fact.to(); i < Math.min(tokens.size() - 1, fact.to() + 3); i++) {
            String word = Words.lower(tokens.get(i).text());
            int next = i + 1 < tokens.size() - 1 && tokens.get(i + 1).text().equals(".") ? i + 2 : i + 1;
            if (Set.of("bzw.", "bzw", "beziehungsweise", "(").contains(word) && tokens.get(next).text().matches("\\d.*")) {
                return true;
            }
        }
        // "100 Metern (328 Fuß)": the amount in brackets after another says it again
        int bracket = fact.from() - 1;
        return bracket >= 1 && tokens.get(bracket).text().equals("(")
            && java.util.stream.IntStream.range(Math.max(0, bracket - 3), bracket)
                .anyMatch(i -> tokens.get(i).text().matches("\\d.*"));
    }

    private static boolean changeToATotal(List<Token> tokens, Fact fact) {
        boolean change = fact.from() > 0 && Words.lower(tokens.get(fact.from() - 1).text()).equals("um");
        boolean total = fact.from() > 0 && Words.lower(tokens.get(fact.from() - 1).text()).equals("auf")
            || fact.from() > 1 && Words.lower(tokens.get(fact.from() - 2).text()).equals("auf");
        java.util.function.Predicate<String> other = word -> java.util.stream.IntStream.range(0, tokens.size() - 1)
            .filter(i -> i < fact.from() - 2 || i > fact.to())
            .anyMatch(i -> Words.lower(tokens.get(i).text()).equals(word) && (tokens.get(i + 1).text().matches("\\d.*")
                || i + 2 < tokens.size() && tokens.get(i + 2).text().matches("\\d.*")));
        return change && other.test("auf") || total && other.test("um");
    }

    private static boolean addedByAlso(List<Token> tokens, Fact fact) {
        int before = fact.from() - 1;
        if (before >= 0 && tokens.get(before).upos() == Upos.ADP) {
            before--;
        }
        return before >= 0 && ALSO.contains(Words.lower(tokens.get(before).text()));
    }

    private static final Set<String> ALSO = Set.of("auch", "ebenfalls", "ebenso");

    /** "in den Jahren um 1920", "nach 1900": a year three years earlier would be as roughly so, or within the bound. */
    private static boolean aboutAYear(List<Token> tokens, Fact fact) {
        return fact.kind() == Fact.Kind.YEAR && fact.from() > 0
            && ROUGHLY.contains(Words.lower(tokens.get(fact.from() - 1).text()));
    }

    /** "um 1920", "nach 1900", "vor 1900": a year told roughly or as a bound, which three years earlier may fit. */
    private static final Set<String> ROUGHLY = Set.of("um", "etwa", "circa", "ca.", "rund", "gegen", "ungefähr",
        "nach", "vor", "bis");

    /** "wurde 91 Jahre alt": an age doubled is soon one no one reaches. */
    private static boolean anAge(List<Token> tokens, Fact fact) {
        return fact.to() + 1 < tokens.size() && Words.lower(tokens.get(fact.to() + 1).text()).equals("alt");
    }

    /**
     * "Spitzengeschwindigkeiten bis zu 100 Kilometern pro Stunde" for "bis zu 200": a count of something the article
     * gives no other count of, doubled, or halved where it is an upper bound or a share that would pass the whole; a
     * bound moved the way that keeps the statement false. Only a whole number with what it counts after it. A year the
     * article gives no other of is put three years earlier ("im Jahr 2011" for 2014), a lone weekday three days and a
     * lone month three months later.
     */
    private static final int LONGEST_SPAN_TO_DOUBLE = 30;

    static Optional<String> altered(Fact fact) {
        if (fact.kind() == Fact.Kind.YEAR && fact.text().matches("(19|20)\\d\\d")) {
            // "im Jahre 2003": three years earlier, as plausible and as false
            return Optional.of(Integer.toString(Integer.parseInt(fact.text()) - 3));
        }
        if (fact.kind() == Fact.Kind.WEEKDAY || fact.kind() == Fact.Kind.MONTH) {
            List<String> order = fact.kind() == Fact.Kind.WEEKDAY ? Words.WEEKDAYS_IN_ORDER : Words.MONTHS_IN_ORDER;
            int at = order.indexOf(fact.text());
            return at < 0 ? Optional.empty() : Optional.of(order.get((at + 3) % order.size()));
        }
        long value = fact.value();
        // "bei 196 Grad unter Null": a temperature doubled may be none there is; "um 11 Uhr" is a time, no count
        if (!fact.isCount() || value < 2 || fact.unit().isEmpty() || fact.unit().equals("Grad")
            || fact.unit().equals("Uhr")
            // "vor 154 Jahren" for 77, "auf die 130 Jahre der Männer" for 65: a long span or an age doubled is none
            // there is
            || fact.unit().equals("Jahr") && value >= LONGEST_SPAN_TO_DOUBLE) {
            return Optional.empty();
        }
        boolean halved = fact.bound() == Fact.Bound.AT_MOST
            || fact.kind() == Fact.Kind.PERCENT && value * 2 > 100;
        if (halved && fact.bound() == Fact.Bound.AT_LEAST) {
            return Optional.empty();
        }
        long other = halved ? value / 2 : value * 2;
        String text = fact.text().contains(".") || other >= 10_000
            ? String.format(java.util.Locale.GERMAN, "%,d", other) : Long.toString(other);
        return Optional.of(text);
    }

    private static final Set<String> LISTING = Set.of(",", "und", "bis", "oder");

    private boolean sharesItsSurname(List<Token> tokens, Fact fact) {
        return fact.from() >= 2 && tokens.get(fact.from() - 1).text().equals("und")
            && morphology.readings(tokens.get(fact.from() - 2).text()).stream().anyMatch(m -> m.has(Feature.GIVEN_NAME))
            && (fact.from() < 3 || tokens.get(fact.from() - 3).upos() != Upos.PROPN);
    }

    private static boolean inALabel(List<Token> tokens, Fact fact) {
        for (int i = fact.to(); i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(":")) {
                return tokens.subList(0, i).stream().noneMatch(t -> t.upos() == Upos.VERB || t.upos() == Upos.AUX);
            }
        }
        return false;
    }

    private static boolean oneOfTwoGuesses(List<Token> tokens, Fact fact) {
        return joinedWithItsKind(tokens, fact, Set.of("oder"));
    }

    /**
     * "im Alter von 62, 64 und 66 Jahren", "von Januar bis März", "bis 2019 oder 2020": one number or month of a list
     * or a range, which the others bound.
     */
    private static boolean listed(List<Token> tokens, Fact fact) {
        return joinedWithItsKind(tokens, fact, LISTING);
    }

    /** "bis 31. November": a day the month swapped in does not have, which gives the false statement away. */
    static boolean impossibleDate(String statement) {
        java.util.regex.Matcher date = DAY_OF_A_MONTH.matcher(statement);
        while (date.find()) {
            if (Integer.parseInt(date.group(1)) > DAYS_IN.get(date.group(2))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DAY_OF_A_MONTH = java.util.regex.Pattern.compile(
        "\\b(\\d{1,2})\\. ?(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\b");
    private static final java.util.Map<String, Integer> DAYS_IN = java.util.Map.ofEntries(java.util.Map.entry("Januar", 31),
        java.util.Map.entry("Februar", 29), java.util.Map.entry("März", 31), java.util.Map.entry("April", 30),
        java.util.Map.entry("Mai", 31), java.util.Map.entry("Juni", 30), java.util.Map.entry("Juli", 31),
        java.util.Map.entry("August", 31), java.util.Map.entry("September", 30), java.util.Map.entry("Oktober", 31),
        java.util.Map.entry("November", 30), java.util.Map.entry("Dezember", 31));

    /**
     * Whether a word of {@code joining} stands between the fact and a number, month or weekday on either side, the
     * other's preposition or article after it too ("am Donnerstag und am Montag").
     */
    private static boolean joinedWithItsKind(List<Token> tokens, Fact fact, Set<String> joining) {
        return joinedAfter(tokens, fact.from(), joining) || fact.from() > 0
                && isPrepositionOrArticle(tokens.get(fact.from() - 1)) && joinedAfter(tokens, fact.from() - 1, joining)
            || joinedBefore(tokens, fact.to(), fact.to() + 1, joining) || fact.to() + 2 < tokens.size()
                && isPrepositionOrArticle(tokens.get(fact.to() + 1)) && joinedBefore(tokens, fact.to(), fact.to() + 2, joining);
    }

    private static boolean joinedAfter(List<Token> tokens, int from, Set<String> joining) {
        return from > 1 && joining.contains(tokens.get(from - 1).text()) && ofTheSameKind(tokens.get(from - 2));
    }

    private static boolean joinedBefore(List<Token> tokens, int joiner, int other, Set<String> joining) {
        return other < tokens.size() && joining.contains(tokens.get(joiner).text()) && ofTheSameKind(tokens.get(other));
    }

    private static boolean isPrepositionOrArticle(Token token) {
        // the tagger calls "am" and "im" X
        return token.upos() == Upos.ADP || token.upos() == Upos.DET
            || PREPOSITION_WITH_ARTICLE.contains(Words.lower(token.text()));
    }

    private static final Set<String> PREPOSITION_WITH_ARTICLE = Set.of("am", "im", "vom", "zum", "zur", "beim", "ans",
        "ins", "aufs");

    /** Continents, which a country's name does not stand in for, nor they for it. */
    private static final Set<String> CONTINENTS = Set.of("Amerika", "Nordamerika", "Südamerika", "Mittelamerika",
        "Lateinamerika", "Europa", "Afrika", "Asien", "Ozeanien", "Antarktis", "Arktis", "Eurasien");
    /** The lands of the United Kingdom and the kingdom itself, each a part of another's or the whole of it. */
    private static final Set<String> BRITAIN = Set.of("England", "Schottland", "Wales", "Nordirland", "Großbritannien",
        "Britannien", "Vereinigtes Königreich", "Vereinigten Königreich", "Vereinigte Königreich");

    private static boolean onePartOfTheOther(String land, String other) {
        return CONTINENTS.contains(land) != CONTINENTS.contains(other) || BRITAIN.contains(land) && BRITAIN.contains(other);
    }

    /** "die Türkei", "der Iran", "die USA": a country whose name takes an article, unlike "Russland". */
    private boolean needsAnArticle(String country) {
        String last = country.substring(country.lastIndexOf(' ') + 1);
        List<Morph> readings = morphology.readings(last);
        return !readings.isEmpty() && readings.stream().noneMatch(m -> m.has(Feature.NEUTER))
            && readings.stream().anyMatch(m -> m.has(Feature.FEMININE) || m.has(Feature.MASCULINE)
                || m.has(Feature.PLURAL));
    }

    private static boolean ofTheSameKind(Token token) {
        return token.upos() == Upos.NUM || Words.MONTHS.contains(token.text()) || Words.WEEKDAYS.contains(token.text());
    }

    /** "Ebert-Stiftung", "Goethe-Institut": a body or a place named after someone. */
    private static final java.util.regex.Pattern NAMED_AFTER_SOMEONE = java.util.regex.Pattern.compile(
        ".*-(?:Stiftung|Verein|Partei|Gesellschaft|Institut|Schule|Gymnasium|Universität|Stadion|Preis|Straße|Platz"
            + "|Haus|Museum|Denkmal|Brücke|Allee)");

    /**
     * "… wurde Dmitri Medwedew gewählt, der wie Putin …": the relative pronoun after the name (or after the participle
     * that ends the clause) says the person's gender, which a name swapped in must share ("Anna Politkowskaja …, der
     * wie Putin" would not agree).
     */
    private static boolean relativePronounDisagrees(Sentence sentence, Fact fact, Feature other) {
        java.util.regex.Matcher relative = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(fact.text())
            + "(?: \\p{Ll}+){0,2}, (der|dessen|dem|den|die|deren) ").matcher(sentence.text());
        if (!relative.find()) {
            return false;
        }
        boolean his = Set.of("der", "dessen", "dem", "den").contains(relative.group(1));
        return his ? other != Feature.MASCULINE : other != Feature.FEMININE;
    }

    /**
     * "Hartmann wird laut ihrer Presseerklärung …": where the sentence speaks of the person as "sie" or "ihr", and
     * no one's gender is known, only a woman's name may be swapped in; as "er" or "sein", only a man's.
     */
    private static boolean pronounsDisagree(Words.Plain sentence, Feature other) {
        boolean hers = java.util.stream.Stream.of("sie", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres")
            .anyMatch(sentence::containsWord);
        boolean his = java.util.stream.Stream.of("er", "seine", "seiner", "seinem", "seinen", "seines")
            .anyMatch(sentence::containsWord);
        return hers && !his && other != Feature.FEMININE || his && !hers && other != Feature.MASCULINE;
    }

    /**
     * "Der Bremer Forscher Dr. Heino Stoever": a masculine article before a title and the name, which no woman's name
     * may stand after.
     */
    private static boolean manNamedBeside(Sentence sentence, Fact fact) {
        List<Token> tokens = sentence.tokens();
        boolean title = false;
        for (int at = fact.from() - 1; at >= 0 && at >= fact.from() - 6; at--) {
            Token token = tokens.get(at);
            String word = token.text();
            if (Set.of("der", "dem", "den", "des").contains(Words.lower(word))) {
                return title;
            }
            boolean noun = token.upos() == Upos.NOUN && Words.capitalised(word) && !word.endsWith("in");
            title |= noun;
            if (!noun && token.upos() != Upos.ADJ && token.upos() != Upos.PROPN && !word.matches("(Dr|Prof)\\.?")
                && !word.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, …", "Lötzsch, die …": a feminine noun of a
     * person right before the name, or a feminine relative pronoun right after it, which only a woman's name may
     * stand with.
     */
    private static boolean womanNamedBeside(Sentence sentence, Fact fact) {
        List<Token> tokens = sentence.tokens();
        if (fact.to() + 1 < tokens.size() && tokens.get(fact.to()).text().equals(",")
            && tokens.get(fact.to() + 1).text().equals("die")) {
            // "Lötzsch, die eine Doppelspitze … bildet": the relative pronoun after one person is hers
            return true;
        }
        if (fact.to() + 2 < tokens.size() && tokens.get(fact.to()).text().equals(",")
            && Set.of("eine", "die").contains(tokens.get(fact.to() + 1).text())) {
            // "Shana Dale, eine NASA-Sprecherin, …": a feminine noun of a person in apposition after the name
            for (int at = fact.to() + 2; at < tokens.size() && at <= fact.to() + 4; at++) {
                Token token = tokens.get(at);
                if (token.upos() == Upos.NOUN) {
                    return token.text().length() > 5 && token.text().endsWith("in");
                }
            }
        }
        for (int at = fact.from() - 1; at >= 0 && at >= fact.from() - 6; at--) {
            Token token = tokens.get(at);
            if (token.upos() == Upos.NOUN && token.text().length() > 5 && token.text().endsWith("in")
                && Character.isUpperCase(token.text().charAt(0))) {
                return at == fact.from() - 1 || at + 1 < fact.from() && tokens.subList(at + 1, fact.from()).stream()
                    .anyMatch(t -> t.text().equals(","));
            }
            if (token.upos() == Upos.VERB || token.upos() == Upos.AUX) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Johannes Paul II.": a pope's or a king's name, whose last word is no surname to swap, nor to swap another
     * person's into.
     */
    private static boolean beforeARegnalNumber(Sentence sentence, int to) {
        return to < sentence.tokens().size() && REGNAL_NUMBER.matcher(sentence.tokens().get(to).text()).matches();
    }

    private static final java.util.regex.Pattern REGNAL_NUMBER = java.util.regex.Pattern.compile("[IVX]{1,5}\\.?");

    private static boolean namedTwice(String statement, String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return java.util.Arrays.stream(statement.split("[^\\p{L}-]+")).filter(surname::equals).count() > 1;
    }

    /** "Hugo, sprich: Ü-Goh, gilt als …": how the name is said, which no other name swapped in keeps. */
    private static boolean beforeItsPronunciation(Sentence sentence, int to) {
        List<Token> tokens = sentence.tokens();
        return to + 1 < tokens.size() && Set.of(",", "(").contains(tokens.get(to).text())
            && Words.lower(tokens.get(to + 1).text()).equals("sprich");
    }

    /** The words before a regnal number ("Paul" and "Johannes Paul" of "Johannes Paul II."). */
    private static Set<String> regnalNames(List<Sentence> sentences) {
        Set<String> names = new java.util.HashSet<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int at = 1; at < tokens.size(); at++) {
                if (beforeARegnalNumber(sentence, at)) {
                    names.add(tokens.get(at - 1).text());
                    if (at > 1) {
                        names.add(tokens.get(at - 2).text() + " " + tokens.get(at - 1).text());
                    }
                }
            }
        }
        return names;
    }

    /** "Nina Hagen": a town's name after a given name is a surname, no place to swap for another. */
    private boolean placeAfterAGivenName(Sentence sentence, Fact fact) {
        return (fact.kind() == Fact.Kind.CITY || fact.kind() == Fact.Kind.COUNTRY) && fact.from() > 0
            && morphology.readings(sentence.tokens().get(fact.from() - 1).text()).stream()
                .anyMatch(m -> m.has(Feature.GIVEN_NAME));
    }

    /** "in der Arktis und auf Grönland": an island, which no land swapped in is "auf". */
    private static boolean islandAfterAuf(Sentence sentence, Fact fact) {
        return (fact.kind() == Fact.Kind.COUNTRY || fact.kind() == Fact.Kind.CITY) && fact.from() > 0
            && Words.lower(sentence.tokens().get(fact.from() - 1).text()).equals("auf");
    }

    /**
     * "Als Polen nach dem Zweiten Weltkrieg in zwei Staaten geteilt war, verlief die Grenze …": a time clause opening
     * the sentence tells what the reader is to take as known, which a swap there turns into nonsense, not a falsehood.
     */
    private static boolean insideAnOpeningTimeClause(Sentence sentence, Fact fact) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || !TIME_CONJUNCTIONS.contains(tokens.get(0).text())) {
            return false;
        }
        for (int t = 1; t < tokens.size(); t++) {
            if (tokens.get(t).text().equals(",")) {
                boolean clause = Set.of(Upos.VERB, Upos.AUX).contains(tokens.get(t - 1).upos());
                return clause && fact.to() <= t;
            }
        }
        return false;
    }

    private static final Set<String> TIME_CONJUNCTIONS = Set.of("Als", "Nachdem", "Bevor", "Sobald", "Seitdem",
        "Während", "Ehe");

    /**
     * "im afrikanischen Burundi": a place after an adjective that says where it lies or what it is, which another
     * place would contradict by the adjective alone ("im afrikanischen Syrien").
     */
    private static boolean placeAfterItsAdjective(Sentence sentence, Fact fact) {
        return (fact.kind() == Fact.Kind.CITY || fact.kind() == Fact.Kind.COUNTRY) && fact.from() > 0
            && sentence.tokens().get(fact.from() - 1).upos() == Upos.ADJ
            && Character.isLowerCase(sentence.tokens().get(fact.from() - 1).text().charAt(0));
    }

    private static List<String> sameKind(Fact.Kind kind, List<Fact> everyFact, People people) {
        return switch (kind) {
            case PERSON -> people.swappable().stream().map(People.Person::name).filter(n -> n.contains(" ")).toList();
            case SURNAME -> people.swappable().stream().map(People.Person::surname).toList();
            // "In Poroschenko lebt …": a surname the article gives someone is no place to swap in
            case CITY, COUNTRY -> everyFact.stream().filter(f -> f.kind() == kind).map(Fact::text)
                .filter(name -> people.persons().stream().noneMatch(p -> p.surname().equals(name) || p.name().equals(name)))
                .toList();
            default -> everyFact.stream().filter(f -> f.kind() == kind).map(Fact::text).toList();
        };
    }

    /**
     * "Jinping hatte angekündigt, … mit Xi …" for "Obama hatte …": a person the sentence already names by another part
     * of the full name, whom a swap would set beside themselves.
     */
    private static boolean namedOtherwise(String other, Fact.Kind kind, Map<Fact.Kind, List<String>> kinds,
                                          Words.Plain plain) {
        if (kind != Fact.Kind.PERSON && kind != Fact.Kind.SURNAME) {
            return false;
        }
        return kinds.getOrDefault(Fact.Kind.PERSON, List.of()).stream()
            .filter(name -> name.equals(other) || name.endsWith(" " + other))
            .flatMap(name -> java.util.Arrays.stream(name.split(" ")))
            .anyMatch(word -> word.length() > 1 && Character.isUpperCase(word.charAt(0)) && plain.containsWord(word));
    }

    private static String lastWord(String fact) {
        String[] words = fact.split(" ");
        return words[words.length - 1];
    }

    /** Whether another sentence names {@code fact} with one of the verbs of {@code sentence}. */
    private static boolean saidElsewhere(String fact, Sentence sentence, SentenceWords index) {
        Set<String> verbs = new LinkedHashSet<>();
        for (Token token : sentence.tokens()) {
            if (token.upos() == Upos.VERB) {
                verbs.add(token.lemma());
            }
        }
        for (Sentence other : index.with(lastWord(fact))) {
            if (other.span().equals(sentence.span()) || !Words.containsWord(other.text(), fact)) {
                continue;
            }
            boolean sameVerb = other.tokens().stream().anyMatch(t -> t.upos() == Upos.VERB && verbs.contains(t.lemma()));
            if (sameVerb || verbs.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
