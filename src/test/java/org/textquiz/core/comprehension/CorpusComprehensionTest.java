package org.textquiz.core.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.textquiz.CorpusSweep;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Token;
import org.textquiz.core.question.ComprehensionGenerator;
import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuoteQuestion;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.question.WhQuestion;

/** Comprehension questions over every article of the shared corpus, checked by rules a reviewer would apply. */
@CorpusSweep
class CorpusComprehensionTest {

    private record Made(Path file, Article article, List<Question> questions) {
    }

    private static final List<Made> MADE = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        var morphology = GermanAnalysis.MORPHOLOGY;
        List<ComprehensionGenerator> generators = List.of(
            new WhGenerator(morphology, GermanAnalysis.FIELDS, GermanAnalysis.PARSER),
            new QuoteGenerator(morphology, GermanAnalysis.PARSER),
            new TrueFalseGenerator(morphology, GermanAnalysis.FIELDS, GermanAnalysis.PARSER), new HeadlineGenerator());
        for (Path file : GermanAnalysis.corpus()) {
            Article article = GermanAnalysis.analyze(Files.readString(file));
            List<Question> questions = new ArrayList<>();
            for (ComprehensionGenerator generator : generators) {
                questions.addAll(generator.questions(article, new Random(file.hashCode())));
            }
            MADE.add(new Made(file, article, questions));
        }
        Map<String, Integer> byType = new TreeMap<>();
        MADE.forEach(m -> m.questions().forEach(q -> byType.merge(q.type().id(), 1, Integer::sum)));
        System.out.println("comprehension questions over " + MADE.size() + " corpus articles, by type: " + byType);
    }

    @Test
    void aSwappedNumberKeepsItsUnitAndNeverLoosensABound() {
        int swaps = 0;
        for (Made made : MADE) {
            for (Question question : made.questions()) {
                if (!(question instanceof TrueFalseQuestion statement) || statement.isTrue()) {
                    continue;
                }
                List<String> before = NumberSwapTest.numbersWithUnits(statement.explanation());
                List<String> after = NumberSwapTest.numbersWithUnits(statement.prompt());
                if (before.size() != after.size() || before.equals(after)) {
                    continue;
                }
                for (int i = 0; i < before.size(); i++) {
                    String was = before.get(i);
                    String now = after.get(i);
                    if (was.equals(now) || was.matches("(19|20)\\d\\d\\b.*") && now.matches("(19|20)\\d\\d\\b.*")) {
                        continue;
                    }
                    swaps++;
                    String where = made.file() + ": " + statement.prompt();
                    if (!unit(now).isEmpty() && !doubledOrHalved(was, now)) {
                        assertThat(made.article().text()).as(where + ": the swapped-in number counts the same thing")
                            .containsPattern("(?<![\\d.])" + java.util.regex.Pattern.quote(now.split(" ")[0])
                                + "( \\p{L}+){0,2} " + java.util.regex.Pattern.quote(unit(now).replaceAll("(en|n)$", ""))
                                + "\\p{L}{0,2}\\b");
                    }
                    String lead = statement.prompt().substring(0, statement.prompt().indexOf(now)).strip();
                    long old = value(was);
                    long replaced = value(now);
                    if (lead.endsWith("mehr als") || lead.endsWith("über") || lead.endsWith("mindestens")
                        || lead.endsWith("zumindest")) {
                        assertThat(replaced).as(where).isGreaterThan(old);
                    }
                    if (lead.endsWith("weniger als") || lead.endsWith("unter") || lead.endsWith("bis zu")) {
                        assertThat(replaced).as(where).isLessThan(old);
                    }
                }
            }
        }
        System.out.println("number swaps checked over the corpus: " + swaps);
        assertThat(swaps).isPositive();
    }

    private static String unit(String numberWithWord) {
        int space = numberWithWord.indexOf(' ');
        String word = space < 0 ? "" : numberWithWord.substring(space + 1).replaceAll("\\p{P}+$", "");
        return word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && !word.equals("%") ? "" : word;
    }

    private static long value(String numberWithWord) {
        return Long.parseLong(numberWithWord.split(" ")[0].replace(".", ""));
    }

    /**
     * A count, a year, a weekday or a month the article gives no other of, altered as {@link TrueFalseGenerator#altered}
     * does: a count doubled or halved, a year three earlier, a weekday or a month three later.
     */
    private static boolean altered(String was, String now) {
        String before = was.replaceAll("[.,;:]+$", "");
        String after = now.replaceAll("[.,;:]+$", "");
        List<String> days = List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag");
        if (days.contains(before) && days.contains(after)) {
            return days.indexOf(after) == (days.indexOf(before) + 3) % days.size();
        }
        List<String> months = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember");
        if (months.contains(before) && months.contains(after)) {
            return months.indexOf(after) == (months.indexOf(before) + 3) % months.size();
        }
        if (before.matches("(19|20)\\d\\d") && after.matches("(19|20)\\d\\d")
            && Integer.parseInt(after) == Integer.parseInt(before) - 3) {
            return true;
        }
        return was.matches("[\\d.]+") && now.matches("[\\d.]+") && doubledOrHalved(was, now);
    }

    /** A count the article gives no other of, altered ({@link TrueFalseGenerator#altered}) with its unit kept. */
    private static boolean doubledOrHalved(String was, String now) {
        return unit(was).equals(unit(now)) && (value(now) == 2 * value(was) || value(now) == value(was) / 2);
    }

    private static java.util.Set<String> words(String text) {
        // a text that opens with a quotation mark splits into an empty first word, which is none
        return new java.util.TreeSet<>(java.util.Arrays.stream(text.toLowerCase(java.util.Locale.GERMAN)
            .split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList());
    }

    /**
     * How many sentences of 6 to 40 words give a comprehension question. The comprehension issue (#13) asks for half;
     * the parse-based generators reach 40 % (quotations, pronouns the article does not resolve, reported speech whose
     * speaker is not certain, fragments and verb-first clauses give none yet). This keeps today's share from falling.
     */
    @Test
    void theShareOfSentencesOf6To40WordsWithAComprehensionQuestionDoesNotFall() {
        long sentences = 0;
        long asked = 0;
        for (Made made : MADE) {
            java.util.Set<org.textquiz.core.article.Span> covered = new java.util.HashSet<>();
            made.questions().forEach(q -> covered.add(q.sentence()));
            for (org.textquiz.core.article.Sentence sentence : made.article().sentences().toList()) {
                if (!sentence.headline() && sentence.wordCount() >= 6 && sentence.wordCount() <= 40) {
                    sentences++;
                    if (covered.contains(sentence.span())) {
                        asked++;
                    }
                }
            }
        }
        double share = (double) asked / sentences;
        System.out.printf(java.util.Locale.ROOT, "comprehension coverage: %d of %d sentences of 6-40 words (%.0f%%)%n",
            asked, sentences, 100 * share);
        // 367 to 363: "Wer hatte den Standpunkt vertreten?" (of "…, dass …"), "Wer war anwesend?", "Wer ist warum im
        // Museum falsch?" and "Wer forderte, ob die Wahl regulär verlaufen sei?" are no longer made; 363 to 372 with
        // auxiliaries and participles tagged as the treebank does and demonstratives made definite in questions; 372 to
        // 371: a false statement that swapped "Rio De Janero" for "Rio Oscar Niemeyer" is no longer made; 371 to 368: no
        // phrase is moved or asked for away from one that may be its attribute ("Von ein bis drei Prozentpunkten soll
        // die Verzerrung … im Bereich liegen", "Was steigt für das Edelmetall …? – der Preis"), no range is cut; 368 to
        // 367: nothing ends in a comma and one word ("…, im Stadtzentrum von Jena, vorgenommen?"); 367 to 362: a statement
        // too needs a subject that agrees with its verb ("Wie zahlreiche internationale Kunstsammler besitzen Museum of
        // Modern Art), …"), and idioms are not taken apart ("Worüber ist der Fluss Tapi getreten?"); 362 to 360: "bereits"
        // no longer opens a statement alone ("Bereits produziert die chinesische Firma …"), and a question leaves out no
        // "zu" infinitive the verb needs; 360 to 355 with what hand-read set 18 showed: no clause cut at a comma it goes
        // on after ("Wann sind im Luftraum über Ratekau?"), no statement with "dort" or "damals" left unresolved, no
        // statement moving a place that may belong to the noun before it, no indefinite phrase asked for without the
        // relative clause that says what it is, no date taken for a subject; 357 to 354 with hand-read set 19 (Wikinews,
        // test split): no statement keeps a pronominal adverb that points back ("sichern sich damit … ab", "erst danach",
        // "ein Teil davon"), and a participle that opens the sentence before its auxiliary is read ("Kritisiert wird …");
        // 354 to 356: who said a report whose frame follows it ("Am schlimmsten hat es … getroffen, sagte …"); 356 to
        // 354: no prepositional phrase right after a noun is asked for, as it may be the noun's ("die
        // Verbesserungsmaßnahmen für die Studienbedingungen", "Schlangen mit wartenden Menschen"); 354 to 356: "es gibt" asked
        // ("Wie viele … gibt es …?") and a subjunctive auxiliary before a participle read as reported speech; 356 to
        // 355: a province's name is no person to swap in ("Mehrere Distrikte in der Provinz … und Thirayuth Iamtrakul");
        // 355 to 356: "sagte der Kulturminister" is the person the article titled so; 356 to 355 with hand-read set
        // 24: no statement keeps a demonstrative it cannot make definite ("dieses Finanzdebakel"), and no phrase is
        // moved that an infinitive after its comma may belong to; 355 still after hand-read sets 27 to 30: "es kam zu
        // …", reported speech that names its source in its own clause and a placeholder "es" gained sentences, and
        // refusing parses no German sentence has, "in der gleichen Sitzung" and the middle of a quotation lost as many;
        // 361 to 353 with hand-read sets 31 to 33 (Wikinews, train split): answers that count on from the sentence
        // before ("ein weiteres Mitglied", "die andere Hälfte", "ein anderer Fachmann"), a second cause left in a
        // "warum" question, an elliptical "den der Gewalttaten", a genitive read as an object and a body or person
        // read as the object of a thing are no longer asked, while counts in words ("vier Menschen") are; 353 to 352
        // with hand-read set 34: a "zur" phrase after a noun stays the noun's ("das Gesamtprojekt zur Einführung …"),
        // "zuvor" and "die beiden" in a question point back, an ordinal cut from its month is a misparse; 352 to 349
        // with hand-read sets 36 and 37 and ordinals tokenized whole ("22."): "nach dessen Entstehung" and
        // "demgegenüber" point back (a statement and a question), and "Kurz vor seinem 99. Geburtstag hat sich
        // Niemeyer frisch verheiratet." no longer gives a swap; 349 to 348 with hand-read set 39: a number with nothing
        // after it that says what it counts is swapped only for one of as many digits (no "aus einem 64 gegründeten
        // Werk" for 1855); 348 to 347: "Er" is no one whose given name tells no gender where the sentence before names
        // a thing in the masculine ("Was soll Meistgesuchter Terrorist Südostasiens geplant haben?"); 347 to 340 with
        // hand-read sets 40 to 42: "die einzige Hochschule …" without the relative clause that says which, "eine
        // solche Mitgliedschaft" and "eine solche Armee" in statements, "Was drohen denjenigen?" without who they are,
        // a company swapped in for a person ("…, Vertical Air Inc sagte"), and two sentences the parse got wrong
        // ("ebenso eine Reihe von Angeboten …, darunter Facebook", a list after a dash) are no longer asked about; 340
        // to 338 with hand-read sets 43 to 48: an object first read by its article ("Diesen Einwand ließ das Gericht …")
        // and two purposes asked with "wozu" gained three sentences, while five statements or questions that were bad
        // are no longer made ("Zum … Erfolg … hatten gerade jene … beigetragen.", "Den Alltag der Menschen fängt ihre
        // … Fotoserie ein.", "Das zuletzt ein Mitarbeiter … erledigte jedenfalls einmal.", "Was müsste Würde das Objekt
        // aufgeteilt … festgelegt werden?", "Ihrer Meinung belaufen sich die … Kosten nach …"); 338 to 337 with
        // hand-read set 49: an adverb the tagger took for an auxiliary is a misparse ("Auf Dienstag wurde eine
        // Entscheidung des Gerichts unterdessen verschoben." is no longer said); 337 to 341 with the tagging repairs
        // (an adverb tagged as a verb or a preposition, an adverb or adjective opening the sentence tagged as a noun,
        // an active perfect's one noun its subject: "Verbraucher-Staatssekretär Matthias Berninger hat … gefordert, …",
        // "Was verlangte Mussawi vom Wächterrat?") and hand-read sets 50 to 54, which refused as many as they gained;
        // 341 to 340 with hand-read set 55: "nach ihrer Auffassung" says whose view only with the sentence before;
        // 340 to 342 with hand-read set 58: a bare subject before an adjective predicate ("Zahlreiche prominente Gäste
        // … waren anwesend") and a time graded before its preposition ("Erst im Januar 2009") are asked for; 342 to 347
        // with the clause after a colon asked as a main clause ("Zuletzt machte die JI … von sich reden: Bei einem
        // Selbstmordattentat … wurden sieben Menschen getötet"), less one predicate of a subject with "auch"; 347 to 344
        // with hand-read sets 59 to 61: a subject with "auch" kept in a question, "Trong hingegen", "haben … einen
        // entsprechenden Antrag" with its participle cut off, "entsprechender Kraftstoffe" and the verb's "so" left out
        // ("Was ist historisch gewachsen, dass …?") are no longer made, while an inflected participle and a participle's
        // attribute before the subject's noun gained as many as the other refusals lost; 344 to 346 with a clause of
        // time, reason or concession asked as a main clause ("nachdem im September und Oktober 2004 die gesamte
        // Führungsebene der Firma Conradty inhaftiert wurde") and a plural "sie" resolved to the subject before it
        // ("Die Dänen stehen … an der Spitze … Jährlich verkaufen sie …"), less the refusals of hand-read sets 62 to 67;
        // 346 to 349 with reported speech of a body asked with "laut" and the body in the dative ("Was bleibt laut dem
        // Wissenschaftsministerium erhalten?"), the fixes of hand-read sets 69 to 76 changing no sentence's coverage;
        // 349 to 357 with a sentence that cannot be restated falsified by a swap whichever way its coin fell, 357 to 367
        // with a lone count doubled or halved ("bis zu 100 Kilometern pro Stunde" for 200), 367 to 376 with a lone
        // year, weekday or month moved as a last resort, 376 to 377 with "wie lange" for "stundenlang"; the fixes of
        // hand-read sets 77 to 82 lost none, those of set 83 one, rightly: the headline-style opening line "Russischer
        // Botschaft soll ins Außenministerium zitiert werden." is no longer asked (377 to 376); 377 with "zu" before a
        // noun made a preposition, 376 after hand-read sets 86 and 87 ("die Forderung nach …" no longer taken apart),
        // 377 after set 88 (police units are wer), 375 after set 89 (a statement with "hier" and a teaser refused) and
        // 373 after set 91 ("Die übrigen 30.000" counts on from before, and a sentence opening with "Vielmehr" is no
        // longer falsified), and 371 after set 94
        // ("Etwa vier Monate später kommen …" and "Zum anderen bietet …" point back to the sentence before), 369 after
        // set 99 (two answers of art_073's interview are the interviewee's words), 368 after set 100 ("so viele
        // Besucher" points back) and 369 with "vor seinem 99. Geburtstag" asked with "wann" (art_016); 371 with a
        // participle ending a full verb's clause ("Wer überlebte den Absturz schwer verletzt?", art_028 and art_072)
        // and 373 with statements that open with a quotation mark or a number ("„No-Go-Areas“ dürfe es nicht geben,
        // sagte Wolfgang Schäuble.", art_010), and 372 after hand-read set 105 (the headline "Gericht nimmt Klage … an"
        // has a body without its article as subject, art_018), and 370 after hand-read sets 106 to 109 (the teaser before
        // art_071's dateline, which the report tells again, and "Für alle genannten gilt die Unschuldsvermutung", art_078)
        // and 369 after set 110 (both questions of a sentence of art_062 cut "in der ORF" from "ORF-Generalintendanz"),
        // 370 with "auch" on a subject left out of a question about the rest (art_023), and 369 after sets 112 and 113
        // (a statement keeping "demnach" points back, art_071); 366 after hand-read sets 114 and 115 ("die Firma" and
        // "das Unternehmen" by their kind alone point back, art_003 and art_007, and "Wen meint Ostermayer, …?" read a
        // nominative as an object, art_067), 368 with "nach Andrejews Worten" said as "laut Sergej Andrejew" (art_070)
        // and "die Firma" named as the article named it ("die Firma Conradty", art_003), and 367 after hand-read sets 116
        // to 118, rightly: "Die Lage bleibe dennoch weiterhin „kritisch“" keeps a "dennoch" that points back (art_030);
        // the fixes of hand-read sets 119 to 123 changed questions but no sentence's coverage, and 369 with the countries
        // the dictionary does not tag as such ("Simbabwe", "Singapur", "Armenien", "Malta", art_011, art_018); 371 with
        // an adverb or adjective the parse made a main clause's subordinator relabelled ("gab … bekannt", art_023), 369
        // after "Wer kommt hinzu?" (art_010) and a participle's phrase moved inside the clause (art_074) were refused;
        // the fixes of hand-read sets 126 to 129 changed questions but no sentence's coverage; 369 to 367 after
        // hand-read set 146, rightly: statements that keep the possessive opening their sentence ("Nach ihrer Gründung
        // … gelang es ihr", art_001; "Mit seiner Handschrift wurde …", art_016) and "Wer hatte … das Land verlassen? –
        // viele Menschen" (art_018) are no longer made; 368 after hand-read sets 150 and 151; 367 after hand-read
        // set 157, rightly: "Wer ist in den auf der Karte dargestellten Ergebnissen nicht enthalten?" (art_066)
        // points to a map the learner does not see; 361 after hand-read set 164, rightly: a question no longer makes
        // a demonstrative definite where nothing else in its phrase says which ("Wer ließ den Einwand nicht
        // gelten?" of "Diesen Einwand ließ das Gericht …", art_018; "Wer bezeichnet die Maßnahme als …?", art_023;
        // "die Existenz des Papiers", art_067; "in dem Text", art_068; "Was übertrifft der Betrag?", art_014), and
        // "bei den dann entstandenen Auseinandersetzungen" ties the question to the sentence before (art_025); 360
        // with "Wann wurde die Ablehnung … bekräftigt?" of "diese Ablehnung" (art_068) refused likewise; 358 after
        // hand-read set 172, rightly: "Beide Verträge sehen …" (art_021) are the two the sentence before named, and
        // "die Strecke von Jena" swapped into a sentence on "Jena-Burgau" (art_006) is no false statement; 357 after
        // hand-read set 191, rightly: "Wer hat sich entschlossen, …? – die Stadt" (art_006) answers with the town by
        // its kind alone, where the learner answers with its name; 356 after hand-read set 194, rightly: "Der MIF
        // untersucht … seit 2006." and "BYD, das seit 2009 Autos herstellt, …" (art_014, art_021) are as true as the
        // earlier years their sentences give, and no false statements; 357 with an earlier year in their place ("seit
        // 1997", the article's or three years before), which makes art_014's false
        assertThat(share).isGreaterThanOrEqualTo(0.414);
    }

    /** In a default quiz W-questions are at least 40 % of the comprehension questions, statements at most 40 %. */
    @Test
    void aDefaultQuizAsksMostlyWQuestionsAndAboutHalfOnTheText() {
        Map<org.textquiz.core.question.QuestionType, Integer> byType = new TreeMap<>();
        int all = 0;
        for (Made made : MADE) {
            var quiz = GermanAnalysis.QUIZZES.generate(made.article(), new org.textquiz.core.question.QuizRequest(10,
                List.of(org.textquiz.core.question.QuestionType.values()), 13));
            for (Question question : quiz.questions()) {
                all++;
                byType.merge(question.type(), 1, Integer::sum);
            }
        }
        int wh = byType.getOrDefault(org.textquiz.core.question.QuestionType.WH, 0);
        int statements = byType.getOrDefault(org.textquiz.core.question.QuestionType.TRUEFALSE, 0);
        int comprehension = byType.entrySet().stream().filter(e -> !e.getKey().isGap()).mapToInt(Map.Entry::getValue)
            .sum();
        System.out.println("default quizzes (seed 13, 10 questions) over the corpus, by type: " + byType);
        assertThat((double) wh / comprehension).isGreaterThanOrEqualTo(0.4);
        assertThat((double) statements / comprehension).isLessThanOrEqualTo(0.4);
        assertThat((double) comprehension / all).as("about half, on short news articles a little less").isBetween(0.35, 0.7);
    }

    @Test
    void everyKeptQuestionPassesEveryGate() {
        for (Made made : MADE) {
            for (Question question : made.questions()) {
                assertThat(QualityGates.violations(question)).as(made.file() + ": " + question.prompt()).isEmpty();
            }
        }
    }

    @Test
    void everyArticleOf200WordsOrMoreGivesAtLeastThreeQuestions() {
        for (Made made : MADE) {
            long words = made.article().tokens().filter(Token::isWord).count();
            if (words >= 200) {
                assertThat(made.questions()).as(made.file() + " (" + words + " words)").hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void theKeyOfAWQuestionStandsInTheSentenceItAsksAbout() {
        for (Made made : MADE) {
            for (Question question : made.questions()) {
                if (question instanceof WhQuestion) {
                    String sentence = question.sentence().cut(made.article().text());
                    if (Words.containsWord(sentence, "er") || Words.containsWord(sentence, "sie")) {
                        String before = made.article().text().substring(0, question.sentence().start());
                        assertThat(sentence + before).as(question.prompt()).containsIgnoringCase(question.solution());
                    } else {
                        assertThat(sentence).as(question.prompt()).containsIgnoringCase(question.solution());
                    }
                }
            }
        }
    }

    @Test
    void aFalseStatementDiffersFromItsSentenceInOnePlaceAndATrueOneNotAtAll() {
        // a swap puts words of the article in one place; a negation adds "nicht" or makes "ein" "kein"
        for (Made made : MADE) {
            for (Question question : made.questions()) {
                if (question instanceof TrueFalseQuestion statement) {
                    List<String> said = List.of(statement.prompt().split(" "));
                    // a statement says "den Ländern" for the article's "diesen Ländern", and "die Firma Conradty" for
                    // its "die Firma", and leaves out an "aber" or "hingegen" against the sentence before, which
                    // changes no fact
                    String unset = TrueFalseGenerator.withoutConnective(statement.explanation());
                    String definite = TrueFalseGenerator.withoutDemonstratives(unset).orElse(unset);
                    definite = KindNames.named(definite, made.article().text()).orElse(definite);
                    List<String> original = List.of(definite.split(" "));
                    int prefix = 0;
                    while (prefix < said.size() && prefix < original.size() && said.get(prefix).equals(original.get(prefix))) {
                        prefix++;
                    }
                    int suffix = 0;
                    while (suffix < said.size() - prefix && suffix < original.size() - prefix
                        && said.get(said.size() - 1 - suffix).equals(original.get(original.size() - 1 - suffix))) {
                        suffix++;
                    }
                    List<String> removed = original.subList(prefix, original.size() - suffix);
                    List<String> inserted = said.subList(prefix, said.size() - suffix);
                    assertThat(statement.prompt()).as("never a sentence of the article unchanged")
                        .isNotEqualTo(statement.explanation().strip().replaceAll("\\s+", " "));
                    assertThat(made.article().text().replaceAll("\\s+", " ")).doesNotContain(statement.prompt());
                    if (statement.isTrue() || statement.prompt().startsWith("Laut ")) {
                        java.util.Set<String> stated = new java.util.TreeSet<>(words(statement.prompt()));
                        stated.removeAll(java.util.Set.of("ist", "sind"));
                        stated.removeAll(words(made.article().text()));
                        if (statement.prompt().startsWith("Laut ")) {
                            stated.remove("laut");
                            assertThat(stated).as("reported speech said as whose it is (or, false, as another "
                                + "person's of the article) changes only its verb to the indicative: "
                                + statement.prompt()).hasSizeLessThanOrEqualTo(1);
                        } else {
                            // "nach Andrejews Worten" said as "laut Sergej Andrejew"
                            if (original.contains("nach")) {
                                stated.remove("laut");
                            }
                            assertThat(stated).as("a true statement says the article's words in another order (an "
                                + "apposition with 'ist'): " + statement.prompt()).isEmpty();
                        }
                    } else if (!negation(statement.prompt(), definite.strip().replaceAll("\\s+", " "))
                        && !(removed.size() == 1 && inserted.size() == 1 && altered(removed.get(0), inserted.get(0)))) {
                        assertThat(removed).as(statement.prompt()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
                        assertThat(made.article().text()).as(statement.prompt()).contains(String.join(" ", inserted)
                            .replaceAll("^[(„]|[.,;:)“]+$", ""));
                    }
                }
            }
        }
    }

    @Test
    void theSpeakerOfAQuoteIsNamedInTheArticleAndAmongTheChoices() {
        for (Made made : MADE) {
            for (Question question : made.questions()) {
                if (question instanceof QuoteQuestion quote && quote.prompt().startsWith("Wer ")) {
                    assertThat(made.article().text()).contains(quote.answers().get(1));
                    assertThat(quote.choices()).contains(quote.solution()).doesNotHaveDuplicates();
                } else if (question instanceof QuoteQuestion said) {
                    String clause = said.solution().substring(1);
                    assertThat(made.article().text().replaceAll("\\s+", " ")).as(said.prompt()).contains(clause);
                    assertThat(said.choices()).contains(said.solution()).doesNotHaveDuplicates();
                }
                if (question instanceof MultipleChoice choice) {
                    assertThat(choice.choices()).hasSizeGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    /** Whether {@code statement} is {@code sentence} with one "nicht" added, or one "ein…" made "kein…". */
    private static boolean negation(String statement, String sentence) {
        if (statement.replaceFirst(" nicht(?=[ .])", "").equals(sentence)) {
            return true;
        }
        java.util.regex.Matcher kein = java.util.regex.Pattern.compile("\\b([Kk])(ein(?:e|en|em|er|es)?)\\b")
            .matcher(statement);
        while (kein.find()) {
            String article = kein.group(1).equals("K") ? "E" + kein.group(2).substring(1) : kein.group(2);
            if ((statement.substring(0, kein.start()) + article + statement.substring(kein.end())).equals(sentence)) {
                return true;
            }
        }
        return false;
    }
}
