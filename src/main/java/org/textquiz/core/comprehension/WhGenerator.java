package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.analysis.WordFields;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Upos;
import org.textquiz.core.question.ComprehensionGenerator;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionIds;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.WhQuestion;
import org.textquiz.core.syntax.DependencyParser;
import org.textquiz.core.syntax.Parse;

/**
 * W-questions from declarative sentences: the W-phrase takes the place of the phrase asked for, the finite
 * verb stays second, and the rest of the main clause follows. With a dependency parser, every constituent of
 * every main clause (and of clauses coordinated with it) can be asked for ({@link ClauseQuestions}), on a
 * sample of the article's sentences drawn by the seed; without one, the phrases {@link WhPhrases} finds by
 * word classes alone.
 */
public final class WhGenerator implements ComprehensionGenerator {

    /**
     * "Was entspricht dann der Richtung des Hindernisses?", "Mit wem war der Kaiser aber … zufrieden?": words that tie
     * the sentence to the one before, which the parse's questions leave out and the word classes alone cannot tell
     * from the rest.
     */
    private static final java.util.Set<String> POINTING_BACK = java.util.Set.of("dann", "aber", "jedoch", "allerdings",
        "außerdem", "ausserdem", "zudem", "deshalb", "daher", "deswegen", "dabei", "trotzdem", "dennoch", "hingegen",
        "demnach", "daraufhin", "somit", "folglich", "so", "ferner", "andersherum", "umgekehrt");

    /** How many sentences are parsed for a quiz: enough for any usual quiz, whatever the article's length. */
    static final int SAMPLE = 60;
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 40;

    private final Morphology morphology;
    private final WhPhrases phrases;
    private final DependencyParser parser;
    private final ClauseQuestions clauses;
    private final RelativeClauseQuestions relatives;
    private final ReportedSpeech reported;
    private final WordFields fields;

    public WhGenerator(Morphology morphology) {
        this(morphology, null, null);
    }

    public WhGenerator(Morphology morphology, WordFields fields, DependencyParser parser) {
        this.morphology = morphology;
        this.phrases = new WhPhrases(morphology, fields);
        this.parser = parser;
        this.clauses = fields == null ? null : new ClauseQuestions(morphology, fields);
        this.relatives = fields == null ? null : new RelativeClauseQuestions(morphology, fields, clauses);
        this.reported = parser == null ? null : new ReportedSpeech(morphology, parser);
        this.fields = fields;
    }

    @Override
    public QuestionType type() {
        return QuestionType.WH;
    }

    @Override
    public List<Question> questions(Article article, Random random) {
        People people = People.of(article, morphology);
        List<Candidate> candidates = new ArrayList<>();
        java.util.Set<org.textquiz.core.article.Span> quoted = insideAQuotation(article);
        for (Paragraph paragraph : article.paragraphs()) {
            for (int s = 0; s < paragraph.sentences().size(); s++) {
                Sentence sentence = paragraph.sentences().get(s);
                Optional<MainClause> clause = MainClause.of(sentence, morphology);
                if (clause.isEmpty() || quoted.contains(sentence.span()) || Words.speaksAsSomeone(sentence)
                    || headlineStyleOpening(article, sentence, morphology) || teaser(article, sentence)
                    || embeddedPost(article, sentence)) {
                    continue;
                }
                for (WhPhrase phrase : phrases.find(clause.get(), people)) {
                    if (singledOutByAParticle(sentence, phrase) || tornFromItsYear(sentence, phrase)
                        || tornFromItsDay(sentence, phrase)
                        || roughlyLeftBehind(sentence, phrase)) {
                        continue;
                    }
                    int position = s;
                    clause.get().ask(phrase).filter(prompt -> !Words.containsWord(prompt, "man")
                        && !Words.containsWord(prompt, "es")
                        && !ClauseQuestions.genitiveOfTheAnswer(prompt, phrase.answers().get(0))
                        && !tornFromItsRiver(sentence.text(), phrase.answers().get(0), prompt)
                        && !onlyUnderAConditionLeftOut(sentence.text(), prompt)
                        && POINTING_BACK.stream().noneMatch(word -> Words.containsWord(prompt, word))
                        // "Was besteht zunächst …? – keine Wahlmöglichkeit": nothing, which no "was" asks for
                        && !NOTHING.matcher(phrase.answers().get(0)).lookingAt()).ifPresent(prompt -> {
                        String id = QuestionIds.of(article.sha256(), type(), sentence.span(), sentence.span(),
                            prompt);
                        List<String> hints = List.of(Hint.of(phrase.answers().get(0)));
                        Question question = new WhQuestion(id, prompt, phrase.answers(), hints, sentence.span(),
                            sentence.text());
                        candidates.add(new Candidate(question, phrase.score(), position));
                    });
                }
            }
        }
        java.util.Set<Candidate> parsed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (parser != null) {
            // in the order they were made: the identity set's own order would change with each run's objects
            java.util.Set<org.textquiz.core.article.Span> refused = new java.util.HashSet<>();
            List<Candidate> fromParses = fromParses(article, people, new Random(random.nextLong()), refused);
            // "Das letzte Wort scheint … noch nicht gesprochen", "…, sagten 38 Prozent der Briten": what the parse
            // shows is an idiom or someone's view, the clause read without it does not ask either
            candidates.removeIf(c -> refused.contains(c.question().sentence()));
            parsed.addAll(fromParses);
            candidates.addAll(fromParses);
        }
        return Ranking.best(withoutShorterTwins(withoutWasBesideWer(candidates), parsed), random);
    }

    /**
     * "sollen … offenbar auch in Österreich nicht gehandhabt werden": a circumstance a particle before it singles out,
     * which the clause without a parse asks with the particle put before the subject ("Wo sollen auch die
     * Tageskontingente …?"); the parse's question keeps it in its place ("Gegen wen wurde auch Anklage erhoben?").
     */
    private static boolean singledOutByAParticle(Sentence sentence, WhPhrase phrase) {
        String answer = phrase.answers().get(0);
        return CIRCUMSTANCE.matcher(phrase.asking()).matches()
            && java.util.regex.Pattern.compile("(?i)\\b(?:auch|sogar|nur|ebenfalls|selbst) "
                + java.util.regex.Pattern.quote(answer) + "\\b").matcher(sentence.text()).find();
    }

    private static final java.util.Set<String> OWNERS = java.util.Set.of("er", "sie");

    /** "am 17. Januar | 1706": a day and month whose year follows, which an answer without it tears apart. */
    private static boolean tornFromItsYear(Sentence sentence, WhPhrase phrase) {
        String answer = phrase.answers().get(0);
        return Words.MONTHS.stream().anyMatch(answer::endsWith) && java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(answer) + " (?:1\\d{3}|20\\d{2})\\b").matcher(sentence.text()).find();
    }

    /** "der erste Sonntag | im November": the month that says which Sunday, which an answer without it tears apart. */
    private static boolean tornFromItsDay(Sentence sentence, WhPhrase phrase) {
        return java.util.regex.Pattern.compile("(?:erste|zweite|dritte|vierte|letzte|\\d+\\.)[nmrs]? " + COUNTED_DAYS + " "
            + java.util.regex.Pattern.quote(phrase.answers().get(0)) + "\\b").matcher(sentence.text()).find();
    }

    /** The weekdays, and "Tag", "Wochenende", "Woche", which an ordinal counts as well. */
    private static final String COUNTED_DAYS = java.util.stream.Stream.concat(Words.WEEKDAYS.stream(),
            java.util.stream.Stream.of("Tag", "Wochenende", "Woche"))
        .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));

    /**
     * "Wo steht die bekannteste deutsche Börse am Main? – in Frankfurt": a city whose name goes on with the river it
     * lies on ("Frankfurt am Main", "Frankfurt an der Oder"), which the answer tears from it.
     */
    private boolean tornFromItsRiver(String sentence, String answer, String prompt) {
        java.util.regex.Matcher river = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(answer)
            + " (am|an der) (\\p{Lu}\\p{L}+)").matcher(sentence);
        // "Wien am Rand der Alpen", "Franklin am Zweiten Kontinentalkongress": a place or a time, no river's name
        return river.find() && prompt.contains(river.group(1) + " " + river.group(2))
            && (river.group(2).equals("Oder")
                || morphology.readings(river.group(2)).stream().anyMatch(m -> m.upos() == Upos.PROPN));
    }

    /**
     * "Gunther konnte Brünhild nur heiraten, weil …" asked "Wer konnte Brünhild nur heiraten?": only because of what the
     * clause after the comma says, which the question leaves out.
     */
    static boolean onlyUnderAConditionLeftOut(String sentence, String prompt) {
        java.util.regex.Matcher only = ONLY_UNDER_A_CONDITION.matcher(sentence);
        return only.find() && Words.containsWord(prompt, only.group(1)) && !Words.containsWord(prompt, only.group(2));
    }

    private static final java.util.regex.Pattern ONLY_UNDER_A_CONDITION = java.util.regex.Pattern.compile(
        "\\b(" + String.join("|", ClauseQuestions.ONLY_UNDER_A_CONDITION)
            + ")\\b[^,;:]*, (weil|wenn|da|als|nachdem|sobald|falls)\\b");

    /** "bis etwa im August": how roughly, which an answer without it leaves behind in the question. */
    private static boolean roughlyLeftBehind(Sentence sentence, WhPhrase phrase) {
        return java.util.regex.Pattern.compile("(?i)\\b" + ROUGHLY_BEFORE + " "
            + java.util.regex.Pattern.quote(phrase.answers().get(0)) + "\\b").matcher(sentence.text()).find();
    }

    private static final String ROUGHLY_BEFORE = ClauseQuestions.ROUGHLY.stream()
        .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));

    private static final java.util.regex.Pattern NOTHING = java.util.regex.Pattern.compile(
        "(?iu)(?:kein|keine|keinen|keinem|keiner|keines|nichts|niemand)\\b");

    private static final java.util.regex.Pattern CIRCUMSTANCE = java.util.regex.Pattern.compile(
        "Wo|Wohin|Woher|Wann|Seit wann|Bis wann|Warum|Wie");

    private List<Candidate> fromParses(Article article, People people, Random random,
                                       java.util.Set<org.textquiz.core.article.Span> refused) {
        List<Candidate> candidates = new ArrayList<>();
        List<Sentence> sample = sample(article, random);
        parser.parseAhead(sample);
        for (Sentence sentence : sample) {
            // "Als dieser Pulk das Tempo verschärfte, war ich weg, meinte der Salzburger.": someone's own words, which
            // only "who said it" asks about
            if (Words.inTheFirstOrSecondPerson(sentence)
                || headlineStyleOpening(article, sentence, morphology) || ClauseAfterAColon.labelled(sentence)
                || teaser(article, sentence) || embeddedPost(article, sentence)) {
                continue;
            }
            Parse parse = parser.parse(sentence);
            if (parse.root() >= 0 && (Constituents.of(parse, parse.root(), morphology).filter(clauses::unaskable).isPresent()
                || FrameAfter.of(parse, parse.root(), morphology)
                    && reported.source(article, people, sentence).isEmpty())) {
                refused.add(sentence.span());
            }
            int position = positionInParagraph(article, sentence);
            Optional<String[]> referent = Referents.of(sentence, article, people, parse, morphology)
                .or(() -> Referents.antecedent(sentence, article, people, parse, parser, morphology));
            Optional<String[]> subjectReferent = referent
                .filter(r -> pronounSubject(parse, r[0]))
                .filter(r -> Referents.namedAsSubjectBefore(sentence, article, people, parser, r[1]));
            List<ClauseQuestions.Asked> asked = asked(parse, people, subjectReferent,
                head -> reported.source(article, people, sentence).map(ReportedSpeech.Source::names));
            Optional<Sentence> tail = ClauseAfterAColon.of(sentence, morphology);
            List<ClauseQuestions.Asked> afterTheColon = tail.isEmpty() ? List.of()
                : asked(parser.parse(tail.get()), people, Optional.empty(), head -> Optional.empty());
            for (ClauseQuestions.Asked question : afterTheColon) {
                if (asked.stream().noneMatch(a -> a.prompt().equals(question.prompt()))) {
                    candidates.add(candidate(article, sentence, question, question.prompt(), position));
                }
            }
            // "Seinen flachen Gipfel erreicht man über …": whose, only the sentence before said ("Sein erstes Tor
            // erzielte er …" is his own)
            java.util.regex.Matcher possessive = TrueFalseGenerator.POSSESSIVE_FIRST.matcher(sentence.text().strip());
            boolean ownersSubject = parse.root() >= 0 && parse.children(parse.root(), "nsubj").stream()
                .map(parse::word).anyMatch(w -> w.upos() == Upos.PROPN || OWNERS.contains(Words.lower(w.form())));
            Optional<String> owned = possessive.lookingAt() && !ownersSubject
                ? Optional.of(Words.lower(possessive.group(1))) : Optional.empty();
            for (ClauseQuestions.Asked question : asked) {
                if (owned.filter(p -> Words.containsWord(question.prompt(), p)).isPresent()) {
                    continue;
                }
                if (people.twoSurnamesSideBySide(question.prompt())
                    || people.twoSurnamesSideBySide(question.answers().get(0))
                    || tornFromItsRiver(sentence.text(), question.answers().get(0), question.prompt())) {
                    continue;
                }
                String prompt = referent.map(r -> Referents.replaced(question.prompt(), r)).orElse(question.prompt());
                if (!prompt.equals(question.prompt()) && prompt.startsWith("Wer ")) {
                    // "Der Hacker betont, dass …, immerhin habe er …": the pronoun beside the subject asked for is
                    // most likely that subject, whom "Wer betont, …, immerhin habe George Hotz …?" would name
                    continue;
                }
                candidates.add(candidate(article, sentence, question, prompt, position));
            }
        }
        return candidates;
    }

    private Candidate candidate(Article article, Sentence sentence, ClauseQuestions.Asked question, String prompt,
                                int position) {
        String id = QuestionIds.of(article.sha256(), type(), sentence.span(), sentence.span(), prompt);
        List<String> answers = new ArrayList<>(question.answers());
        roleOf(article, sentence, answers.get(0)).ifPresent(person -> {
            answers.add(person.name());
            answers.add(person.surname());
        });
        // "Das Dorf Les Baux-de-Provence": the article of a French or Spanish name is no answer on its own
        answers.removeIf(ROMANCE_ARTICLES::contains);
        // "Eins der weltweit größten Silvesterfeste": "eins" alone names none of them
        String solution = answers.get(0);
        boolean oneOfThem = Words.ONE_OF_THEM.contains(Words.lower(solution.split(" ")[0]))
            && solution.matches("\\S+ (?:der|des) .*");
        answers.removeIf(a -> oneOfThem && !a.equals(solution) && Words.ONE_OF_THEM.contains(Words.lower(a)));
        return new Candidate(new WhQuestion(id, prompt, answers.stream().distinct().toList(),
            List.of(Hint.of(question.answers().get(0))), sentence.span(), sentence.text()), question.score(), position);
    }

    /** A clause of time ("als", "nachdem", …), which sets the scene for its main clause rather than telling news. */
    private static boolean settingTheTime(Constituents clause) {
        return clause.parse().children(clause.head(), "mark").stream()
            .anyMatch(m -> TIME_MARKS.contains(Words.lower(clause.parse().word(m).form())));
    }

    private static final Set<String> TIME_MARKS = Set.of("als", "nachdem", "wenn", "bevor", "sobald", "während",
        "seit", "seitdem", "bis", "ehe");
    private static final Set<String> ROMANCE_ARTICLES = Set.of("Les", "La", "Le", "Los", "Las", "El", "Il", "Lo");
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile("(?i)(der|die) (\\p{Lu}\\p{Ll}+)");
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("(?i)(der|die) \\d+-Jährige");

    /**
     * "Wer sitzt seit Anfang August 2011 in Untersuchungshaft? – Die Politikerin": the person the role stands for,
     * whose name a learner who read the article answers with, and is right ({@link Referents#ofRole}).
     */
    private Optional<People.Person> roleOf(Article article, Sentence sentence, String answer) {
        java.util.regex.Matcher role = ROLE.matcher(answer);
        // "Der 61-Jährige hat … angekündigt": an age, which the sentence before gives someone named
        boolean age = AGE.matcher(answer).matches();
        if (fields == null || parser == null || !age && (!role.matches() || ANYONE.contains(role.group(2))
            || !"person".equals(fields.fieldOf(role.group(2), Upos.NOUN)))) {
            return Optional.empty();
        }
        Feature gender = answer.substring(0, 3).equalsIgnoreCase("der")
            ? Feature.MASCULINE : Feature.FEMININE;
        boolean oneOfThatGender = age || morphology.readings(role.group(2)).stream()
            .filter(m -> m.upos() == Upos.NOUN).anyMatch(m -> m.has(gender)
                && m.has(Feature.SINGULAR) && m.has(Feature.NOMINATIVE))
            && morphology.readings(role.group(2)).stream().noneMatch(m -> m.has(Feature.PLURAL)
                && m.has(Feature.NOMINATIVE));
        People people = People.of(article, morphology);
        // "Das Grab … Edgar Allan Poes wird … von einem Unbekannten besucht. Der Mann lässt …": the one named before
        // must be whom that sentence is about, its subject
        return oneOfThatGender ? Referents.ofRole(sentence, article, people, gender)
            .filter(person -> Referents.namedAsSubjectBefore(sentence, article, people, parser, person.name()))
            : Optional.empty();
    }

    /** Roles anyone may have, which the sentence before may give someone else than the one it names. */
    private static final java.util.Set<String> ANYONE = java.util.Set.of("Mann", "Frau", "Mensch", "Person", "Kind",
        "Junge", "Mädchen", "Täter", "Täterin", "Unbekannte", "Unbekannter", "Opfer", "Fahrer", "Fahrerin", "Sprecher",
        "Sprecherin", "Mitarbeiter", "Mitarbeiterin", "Zeuge", "Zeugin", "Besucher", "Besucherin");

    /**
     * What the main clauses of a parse, the verbs coordinated with them and its relative clauses can be asked; a
     * clause of reported speech only when {@code speaker} names who said it.
     */
    private List<ClauseQuestions.Asked> asked(Parse parse, People people, Optional<String[]> subjectReferent,
                                              java.util.function.IntFunction<Optional<People.Person>> speaker) {
        List<ClauseQuestions.Asked> asked = new ArrayList<>();
        for (int head : clauseHeads(parse)) {
            Optional<Constituents> main = Constituents.of(parse, head, morphology);
            Optional<People.Person> reporting = Optional.empty();
            if (main.isEmpty() && head == parse.root()) {
                main = Constituents.reported(parse, head, morphology);
                reporting = main.isEmpty() ? Optional.empty() : speaker.apply(head);
                if (reporting.isEmpty()) {
                    main = Optional.empty();
                }
            }
            if (main.isPresent() && head == parse.root() && FrameAfter.of(parse, head, morphology)) {
                // "Juncker will sich seiner Vergangenheit nicht stellen, urteilte Theurer": whose view it is, the
                // question says, or it is not asked
                reporting = speaker.apply(head);
                if (reporting.isEmpty()) {
                    main = Optional.empty();
                }
            }
            Optional<People.Person> saidBy = reporting;
            main.ifPresent(clause -> asked.addAll(clauses.ask(clause, people, saidBy, subjectReferent)));
        }
        if (parse.root() >= 0) {
            // "Spaltung und Marginalisierung verletzen Menschen und untergraben die Sicherheit, betonte der UN-Chef":
            // the second verb's clause is the speaker's view as much as the first's
            boolean framed = FrameAfter.of(parse, parse.root(), morphology);
            Optional<People.Person> framedBy = framed ? speaker.apply(parse.root()) : Optional.empty();
            boolean unsaid = framed && framedBy.isEmpty();
            for (int conj : unsaid ? List.<Integer>of() : parse.children(parse.root(), "conj")) {
                Constituents.coordinated(parse, conj, morphology)
                    .ifPresent(clause -> asked.addAll(clauses.ask(clause, people, framedBy)));
            }
        }
        asked.addAll(relatives.ask(parse, people));
        // "Was wurde erfunden? – die Fotografie" of "Als die Fotografie erfunden wurde, …": a clause that sets the
        // scene, asked for a thing with nothing but its verb, asks what the sentence only mentions on the way ("Wer
        // wurde getötet? – Jesus" asks what happened to someone)
        Constituents.subordinates(parse, morphology).forEach(clause -> clauses.ask(clause, people).stream()
            .filter(question -> !settingTheTime(clause) || !question.prompt().startsWith("Was ")
                || !ClauseQuestions.onlyItsVerb(question.prompt()))
            .forEach(asked::add));
        return asked;
    }

    /**
     * "2015 sackte Konzerngewinn ab, Aktie ebenso. | Montabaur – …": the teaser a news site puts before the dateline
     * that opens the report, in a headline's words, of which the report tells the same in its own.
     */
    static boolean teaser(Article article, Sentence sentence) {
        List<Sentence> sentences = article.sentences().limit(TEASER_LENGTH + 1).toList();
        int dateline = -1;
        for (int i = 0; i < sentences.size() && dateline < 0; i++) {
            if (DATELINE.matcher(sentences.get(i).text().strip()).matches()) {
                dateline = i;
            }
        }
        int at = sentences.indexOf(sentence);
        return dateline > 0 && at >= 0 && at < dateline;
    }

    /**
     * "FPÖ begrüßt geflüchtete Kinder in Erdberg. pic.twitter.com/…": a post the article shows as it was sent, someone's
     * words (often mocking), not what happened; and the line its link runs into.
     */
    static boolean embeddedPost(Article article, Sentence sentence) {
        String after = article.text().substring(sentence.span().end()).stripLeading();
        return POST_LINK.matcher(sentence.text()).find() || POST_LINK.matcher(after).lookingAt();
    }

    private static final java.util.regex.Pattern POST_LINK = java.util.regex.Pattern.compile(
        "(?:https?://)?(?:pic\\.twitter\\.com|twitter\\.com|t\\.co|x\\.com)/");

    private static final int TEASER_LENGTH = 3;
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
        "\\p{Lu}[\\p{L}./() -]* [–—]");

    /**
     * "Weltmeister gewinnt Deutschland-Rallye vor Markenkollegen.", "Fahrzeug war von Brücke in Fluss gestürzt.": an
     * article's opening line that leaves out the articles as headlines do, which a question would copy.
     */
    static boolean headlineStyleOpening(Article article, Sentence sentence, Morphology morphology) {
        List<Sentence> sentences = article.sentences().filter(s -> !s.headline()).limit(1).toList();
        List<org.textquiz.core.article.Token> tokens = sentence.tokens();
        if (sentences.isEmpty() || !sentences.get(0).span().equals(sentence.span()) || tokens.size() < 3) {
            return false;
        }
        // "Internationales Team weist …": an adjective before the bare noun; "Bei Anschlag während Konzerts starben …":
        // a preposition before one
        boolean afterAPreposition = tokens.get(0).upos() == Upos.ADP;
        // "23-jähriger Brasilianer muss …": an age the tokens split at its hyphen, an adjective as a whole
        boolean age = tokens.size() > 3 && tokens.get(0).upos() == Upos.NUM
            && tokens.get(1).text().matches("-[jJ]ährige[rnms]?")
            && tokens.get(0).span().end() == tokens.get(1).span().start();
        // "Europäische/PROPN Union": an adjective the tagger took for a name's first word
        boolean adjectiveFirst = tokens.get(0).upos() == Upos.ADJ || morphology != null
            && tokens.get(0).upos() == Upos.PROPN && Set.of(Upos.NOUN, Upos.PROPN).contains(tokens.get(1).upos())
            && morphology.readings(Words.lower(tokens.get(0).text())).stream().anyMatch(m -> m.upos() == Upos.ADJ);
        // "21-Jähriger soll … zugegeben haben": an age said as a noun, with no article
        boolean ageAsANoun = tokens.get(0).text().matches("\\d+-Jährige[rs]?");
        int noun = age ? 2 : adjectiveFirst && !ageAsANoun || afterAPreposition ? 1 : 0;
        int first = noun;
        // "EU-Digitalkommissar will …", "Nachfolge-Sendung des … startet …": a compound the tokens split at its hyphen
        while (noun + 2 < tokens.size() && tokens.get(noun + 1).text().startsWith("-")
            && tokens.get(noun).span().end() == tokens.get(noun + 1).span().start()) {
            noun += tokens.get(noun + 1).text().equals("-") ? 2 : 1;
        }
        // the compound's last part says what it is, whatever the tag of its first ("EU/PROPN")
        String last = tokens.get(noun).text().replaceFirst("^-", "");
        // "Österreicher/PROPN verzichtet …": a noun of the dictionary the tagger took for a name
        // "Europäische Union dringt auf …": a name that takes an article, after its adjective, without one
        boolean lastIsANoun = tokens.get(noun).upos() == Upos.NOUN || (noun > first
            || tokens.get(noun).upos() == Upos.PROPN && (last.endsWith("er") || adjectiveFirst))
            && morphology != null && morphology.readings(last).stream().anyMatch(m -> m.upos() == Upos.NOUN);
        boolean bareNoun = lastIsANoun && Words.capitalised(tokens.get(first).text()) || ageAsANoun && noun == 0;
        org.textquiz.core.article.Token next = tokens.get(noun + 1);
        // a singular noun with no article right before its verb; "Aktivisten der Umweltorganisation … haben" is German
        // "Parlament beschloss …": a full verb's past the pattern does not know, which the dictionary does ("Anklage
        // wurde …" with an auxiliary is German)
        // "Neuer Weltrekord wurde … festgehalten": an adjective before a bare noun with "wurde" after it is a headline's,
        // where "Anklage wurde … erhoben" alone is German
        boolean verbNext = !afterAPreposition && (next.upos() == Upos.VERB || next.upos() == Upos.AUX)
            && (SINGULAR_VERB.matcher(next.text()).matches() || adjectiveFirst && next.text().equals("wurde")
                || next.upos() == Upos.VERB && morphology != null
                && morphology.readings(next.text()).stream()
                    .anyMatch(m -> m.has(Feature.FINITE) && m.has(Feature.THIRD_PERSON) && m.has(Feature.SINGULAR)));
        // "Um Schüler für die Musikschule zu gewinnen": a plural needs no article there
        boolean singularOnly = morphology != null && morphology.readings(tokens.get(noun).text()).stream()
            .filter(m -> m.upos() == Upos.NOUN).allMatch(m -> m.has(Feature.SINGULAR) && !m.has(Feature.PLURAL));
        boolean prepositionNext = afterAPreposition && next.upos() == Upos.ADP && singularOnly;
        return bareNoun && (verbNext || prepositionNext);
    }

    /** "gewinnt", "war", "rechnet", "schaltet", "ist": a finite verb of the third person singular, as it mostly ends. */
    private static final java.util.regex.Pattern SINGULAR_VERB = java.util.regex.Pattern.compile(
        "\\p{Ll}+(t|st|te)|war|ist|hat|wird|kann|soll|muss|will|darf|mag|kam|gab|fiel|ging|stand|lag");

    /**
     * "Wie viele Menschen wurden … in Hütten versorgt?" beside "Wie viele Menschen wurden … zunächst in Hütten
     * versorgt?", or with the same words in another order: the same question on the same sentence, which a quiz would
     * ask twice.
     */
    private static List<Candidate> withoutShorterTwins(List<Candidate> candidates, java.util.Set<Candidate> parsed) {
        // only a twin that will be asked replaces one, so the gates run once per candidate, not once per pair
        java.util.Map<org.textquiz.core.article.Span, List<Candidate>> askable = new java.util.HashMap<>();
        for (Candidate candidate : candidates) {
            if (QualityGates.violations(candidate.question()).isEmpty()) {
                askable.computeIfAbsent(candidate.question().sentence(), s -> new ArrayList<>()).add(candidate);
            }
        }
        return candidates.stream().filter(c -> askable.getOrDefault(c.question().sentence(), List.of()).stream()
            .noneMatch(other -> other != c && sameAnswer(other.question(), c.question())
                && (leftOutOf(c.question().prompt(), other.question().prompt())
                    || afterthought(other.question().prompt(), c.question().prompt())
                    || reordered(c, other, parsed))
                || other != c && gradingLeftInThePrompt(c.question(), other.question()))).toList();
    }

    /** "mit Darmann" and "Darmann" for "Mit wem …?": the same answer, with or without the preposition asked with. */
    private static boolean sameAnswer(Question one, Question other) {
        return withoutThePrepositionAsked(one).equalsIgnoreCase(withoutThePrepositionAsked(other));
    }

    private static String withoutThePrepositionAsked(Question question) {
        String[] words = question.prompt().split(" ");
        String solution = question.solution();
        boolean prepositionAsked = words.length > 1 && Set.of("wem", "wen").contains(words[1]);
        return prepositionAsked && solution.toLowerCase(java.util.Locale.GERMAN)
            .startsWith(words[0].toLowerCase(java.util.Locale.GERMAN) + " ")
            ? solution.substring(words[0].length() + 1) : solution;
    }

    /**
     * "Wann wird die Expertise erst vorliegen? – im März" beside "Wann wird die Expertise vorliegen? – erst im März":
     * the word that grades the answer left in the prompt, a twin of the question whose answer keeps it.
     */
    private static boolean gradingLeftInThePrompt(Question twin, Question kept) {
        String answer = twin.solution();
        String grading = kept.solution();
        if (!grading.toLowerCase(java.util.Locale.GERMAN).endsWith(" " + answer.toLowerCase(java.util.Locale.GERMAN))) {
            return false;
        }
        String word = grading.substring(0, grading.length() - answer.length() - 1);
        return !word.contains(" ") && twin.prompt().contains(" " + word + " ")
            && twin.prompt().replaceFirst(" " + java.util.regex.Pattern.quote(word) + " ", " ").equals(kept.prompt());
    }

    /**
     * Whether both say the same words in another order. Of the two, the one from the parse is kept, as only the parse
     * knows the subject ("Wann stellte der Läufer einen neuen Rekord auf?", not "Wann stellte einen neuen Rekord der
     * Läufer auf?" of a sentence that put the object first); of two from the same source the one that sorts first is
     * the twin, which puts the subject after a time ("töteten Ende Mai 2010 israelische Soldaten") more often than not.
     */
    private static boolean reordered(Candidate twin, Candidate kept, java.util.Set<Candidate> parsed) {
        String mine = twin.question().prompt();
        String theirs = kept.question().prompt();
        List<String> myWords = new ArrayList<>(List.of(mine.replace("?", "").split(" ")));
        List<String> theirWords = new ArrayList<>(List.of(theirs.replace("?", "").split(" ")));
        // "etwa die Abgeordnete Moser", which the parse's question leaves out and the other keeps where it stood
        myWords.removeAll(LEFT_OUT_OF_THE_SUBJECT);
        theirWords.removeAll(LEFT_OUT_OF_THE_SUBJECT);
        java.util.Collections.sort(myWords);
        java.util.Collections.sort(theirWords);
        if (mine.equals(theirs) || !myWords.equals(theirWords)) {
            return false;
        }
        boolean mineParsed = parsed.contains(twin);
        return mineParsed == parsed.contains(kept) ? mine.compareTo(theirs) < 0 : !mineParsed;
    }

    private static final Set<String> LEFT_OUT_OF_THE_SUBJECT = Set.of("auch", "etwa", "beispielsweise");

    /**
     * Whether {@code longer} is {@code shorter} with words after a comma at its end ("… zusammen, bei seinem ersten
     * Besuch …?"): an afterthought, of which the question without it is the better twin.
     */
    private static boolean afterthought(String shorter, String longer) {
        String stem = shorter.replace("?", "");
        return longer.startsWith(stem + ", ") && longer.endsWith("?");
    }

    /** Whether {@code shorter} is {@code longer} with one or more of its words left out, in the same order. */
    private static boolean leftOutOf(String shorter, String longer) {
        if (afterthought(shorter, longer)) {
            return false;
        }
        String[] few = shorter.replaceAll("[?,]", "").split(" ");
        String[] many = longer.replaceAll("[?,]", "").split(" ");
        if (few.length >= many.length) {
            return false;
        }
        int at = 0;
        for (String word : many) {
            if (at < few.length && few[at].equals(word)) {
                at++;
            }
        }
        return at == few.length;
    }

    /**
     * "Wer protestierte gegen die neuen Tarife?" and "Was protestierte gegen die neuen Tarife?", one from the word
     * classes and one from the parse: the same question twice, the second as if the answer were a thing.
     */
    private static List<Candidate> withoutWasBesideWer(List<Candidate> candidates) {
        java.util.Set<String> asWer = new java.util.HashSet<>();
        for (Candidate candidate : candidates) {
            String prompt = candidate.question().prompt();
            if (prompt.startsWith("Wer ")) {
                asWer.add(candidate.question().sentence() + prompt.substring("Wer ".length()));
            }
        }
        return candidates.stream().filter(c -> !c.question().prompt().startsWith("Was ")
            || !asWer.contains(c.question().sentence() + c.question().prompt().substring("Was ".length()))).toList();
    }

    /**
     * Sentences a question can be made from, in an order fixed by the seed, at most {@link #SAMPLE}: none quoting
     * speech, though one may quote a name or title („documenta“), and none asking a question itself.
     */
    static List<Sentence> sample(Article article, Random random) {
        return sample(article, random, Words::quotesOnlyNames);
    }

    /** The same for reported speech, which a quotation mark of any length may cut short: none with one at all. */
    static List<Sentence> sampleWithoutQuotes(Article article, Random random) {
        return sample(article, random, text -> text.chars().noneMatch(c -> "„“”\"»«".indexOf(c) >= 0));
    }

    private static List<Sentence> sample(Article article, Random random, java.util.function.Predicate<String> quotes) {
        java.util.Set<org.textquiz.core.article.Span> quoted = insideAQuotation(article);
        List<Sentence> eligible = new ArrayList<>(article.sentences()
            .filter(s -> !s.headline() && s.wordCount() >= MIN_WORDS && s.wordCount() <= MAX_WORDS)
            .filter(s -> !quoted.contains(s.span()))
            .filter(s -> !s.text().strip().replaceAll("[.\\s]+$", "").endsWith("?"))
            .filter(s -> !headlineStyleOpening(article, s, null))
            .filter(s -> quotes.test(s.text()))
            .toList());
        java.util.Collections.shuffle(eligible, random);
        // filtered after the shuffle, so that the order of the others stays what the seed gave before
        eligible.removeIf(s -> Words.speaksAsSomeone(s));
        return eligible.subList(0, Math.min(SAMPLE, eligible.size()));
    }

    /**
     * Sentences that stand inside a quotation of several sentences, opened before them and closed after them: someone's
     * words, which a question or statement must not give as what happened ("Unter dem Vorwand … will er ein Gesetz
     * durchbringen" in the middle of a politician's statement), and the answers of an interview printed as turns.
     */
    static java.util.Set<org.textquiz.core.article.Span> insideAQuotation(Article article) {
        java.util.Set<org.textquiz.core.article.Span> inside = new java.util.HashSet<>(Interviews.answers(article));
        for (Paragraph paragraph : article.paragraphs()) {
            int open = 0;
            for (Sentence sentence : paragraph.sentences()) {
                if (open > 0) {
                    inside.add(sentence.span());
                }
                for (char c : sentence.text().toCharArray()) {
                    if (c == '„' || c == '»') {
                        open++;
                    } else if ((c == '“' || c == '«' || c == '”' || c == '"') && open > 0) {
                        // "die Sprechchöre „Tod dem Diktator", die …": a straight mark closes what „ opened as well
                        open--;
                    }
                }
            }
        }
        return inside;
    }

    /** Whether the pronoun is a subject in the parse: only then is the sentence before parsed to make it certain. */
    private static boolean pronounSubject(Parse parse, String pronoun) {
        return parse.words().stream().anyMatch(w -> w.relation().startsWith("nsubj") && w.form().equalsIgnoreCase(pronoun));
    }

    /** The root, and verbs coordinated with it that have a subject of their own ("…, und Scholz betonte …"). */
    private static List<Integer> clauseHeads(Parse parse) {
        List<Integer> heads = new ArrayList<>();
        int root = parse.root();
        if (root < 0) {
            return heads;
        }
        heads.add(root);
        for (int conj : parse.children(root, "conj")) {
            if (!parse.children(conj, "nsubj").isEmpty()) {
                heads.add(conj);
            }
        }
        return heads;
    }

    private static int positionInParagraph(Article article, Sentence sentence) {
        for (Paragraph paragraph : article.paragraphs()) {
            int at = paragraph.sentences().indexOf(sentence);
            if (at >= 0) {
                return at;
            }
        }
        return 0;
    }
}
