package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Upos;
import org.textquiz.core.question.ChoiceHints;
import org.textquiz.core.question.ComprehensionGenerator;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionIds;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuoteQuestion;
import org.textquiz.core.syntax.DependencyParser;

/** "Wer sagte: „…“?", with the people the article names as choices. */
public final class QuoteGenerator implements ComprehensionGenerator {

    static final int MAX_QUOTE_WORDS = 25;
    /** "… fortzusetzen und betonte, dass …": a second verb of the frame, which no answer on what was said can hold. */
    private static final java.util.regex.Pattern SECOND_FRAME = java.util.regex.Pattern.compile(" und \\p{Ll}+te, ");
    private static final int OPTIONS = 4;

    private final Morphology morphology;
    private final ReportedSpeech reported;

    public QuoteGenerator(Morphology morphology) {
        this(morphology, null);
    }

    /** With a parser, indirect speech too: "Wer erklärte, die Rechte … schützen zu wollen?". */
    public QuoteGenerator(Morphology morphology, DependencyParser parser) {
        this.morphology = morphology;
        this.reported = parser == null ? null : new ReportedSpeech(morphology, parser);
    }

    @Override
    public QuestionType type() {
        return QuestionType.QUOTE;
    }

    @Override
    public List<Question> questions(Article article, Random random) {
        People people = People.of(article, morphology);
        String analysed = article.sentences().map(Sentence::text).collect(java.util.stream.Collectors.joining(" "));
        List<String> everyone = nominative(people.persons().stream().map(People.Person::name).toList(), analysed)
            .stream().filter(this::namesAPerson).toList();
        if (everyone.size() < 2) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Quotations.Quotation quotation : Quotations.of(article, people)) {
            if (opensInsideASentence(quotation.text())) {
                continue;
            }
            String speaker = quotation.speaker().name();
            String prompt = "Wer sagte: „" + shortened(quotation.text()) + "“?";
            List<String> others = new ArrayList<>(everyone);
            others.remove(speaker);
            Collections.shuffle(others, random);
            List<String> choices = new ArrayList<>(others.subList(0, Math.min(OPTIONS - 1, others.size())));
            choices.add(speaker);
            Collections.shuffle(choices, random);
            List<String> answers = List.of(speaker, quotation.speaker().surname());
            List<String> hints = ChoiceHints.rulingOut(others, choices.size());
            String id = QuestionIds.of(article.sha256(), type(), quotation.sentence().span(), quotation.sentence().span(),
                quotation.text());
            candidates.add(new Candidate(new QuoteQuestion(id, prompt, answers, choices, hints,
                quotation.sentence().span(), quotation.sentence().text()), 3.0, 0));
        }
        if (reported != null) {
            List<Quotations.Quotation> framed = Quotations.of(article, people);
            for (ReportedSpeech.Said said : reported.direct(article, people)) {
                String quote = article.text().substring(said.start(), said.end()).replaceAll("\\s+", " ");
                boolean known = framed.stream().anyMatch(q -> q.start() < said.end() && said.start() < q.end());
                if (known || !asksAbout(said, quote, people, morphology) || !everyone.contains(said.person().orElseThrow().name())
                    || opensInsideASentence(quote) || partOfASentence(article.text(), said.start())) {
                    continue;
                }
                People.Person person = said.person().get();
                List<String> others = new ArrayList<>(everyone);
                others.remove(person.name());
                Random order = new Random(random.nextLong());
                Collections.shuffle(others, order);
                List<String> choices = new ArrayList<>(others.subList(0, Math.min(OPTIONS - 1, others.size())));
                choices.add(person.name());
                Collections.shuffle(choices, order);
                String prompt = "Wer sagte: „" + shortened(quote) + "“?";
                String id = QuestionIds.of(article.sha256(), type(), said.sentence().span(), said.sentence().span(),
                    quote);
                candidates.add(new Candidate(new QuoteQuestion(id, prompt, List.of(person.name(), person.surname()),
                    choices, ChoiceHints.rulingOut(others, choices.size()), said.sentence().span(),
                    said.sentence().text()), 2.8, 0));
            }
            Random own = new Random(random.nextLong());
            List<ReportedSpeech.Said> found = reported.in(article, people, WhGenerator.sampleWithoutQuotes(article, own));
            List<ReportedSpeech.Said> askable = found.stream()
                .filter(said -> said.askable() && Words.count(said.text()) <= MAX_QUOTE_WORDS).toList();
            candidates.addAll(whatWasSaid(article, askable, own));
            List<Asking> asking = new ArrayList<>();
            for (ReportedSpeech.Said said : askable) {
                whoSaid(article, said).ifPresent(prompt -> asking.add(new Asking(said, prompt)));
            }
            for (ReportedSpeech.Said said : found) {
                if (!said.askable() && said.person().isPresent() && everyone.contains(said.person().get().name())) {
                    whoSaid(article, said).ifPresent(prompt -> asking.add(new Asking(said, prompt)));
                }
            }
            for (Asking ask : asking) {
                ReportedSpeech.Said said = ask.said();
                People.Person person = said.person().orElseThrow();
                String prompt = ask.prompt();
                List<String> others = new ArrayList<>(everyone);
                others.remove(person.name());
                Collections.shuffle(others, own);
                List<String> choices = new ArrayList<>(others.subList(0, Math.min(OPTIONS - 1, others.size())));
                choices.add(person.name());
                Collections.shuffle(choices, own);
                String id = QuestionIds.of(article.sha256(), type(), said.sentence().span(), said.sentence().span(),
                    prompt);
                candidates.add(new Candidate(new QuoteQuestion(id, prompt, List.of(person.name(), person.surname()),
                    choices, ChoiceHints.rulingOut(others, choices.size()), said.sentence().span(),
                    said.sentence().text()), 2.5, 0));
            }
        }
        return Ranking.best(saidOnce(candidates), random);
    }

    /**
     * "Wer sagte: „Wer eine Arbeitszeitverkürzung will, riskiert …“?" of a summary and "Wer kritisierte, wer eine
     * Arbeitszeitverkürzung will, riskiert …?" of the report: the same words asked twice; the better scored is kept.
     */
    private static List<Candidate> saidOnce(List<Candidate> candidates) {
        java.util.Map<String, Candidate> best = new java.util.LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            best.merge(wordsSaid(candidate.question().prompt()), candidate,
                (kept, other) -> other.score() > kept.score() ? other : kept);
        }
        return candidates.stream().filter(best::containsValue).toList();
    }

    /**
     * The first words of what was said, in small letters without punctuation, after the verb's colon or comma: the
     * same for a quotation shortened in one question and whole in the other.
     */
    private static String wordsSaid(String prompt) {
        int colon = prompt.indexOf(':');
        int comma = prompt.indexOf(',');
        int cut = colon < 0 ? comma : comma < 0 ? colon : Math.min(colon, comma);
        String[] words = prompt.substring(cut + 1).toLowerCase(java.util.Locale.GERMAN)
            .replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, SAME_OPENING)));
    }

    private static final int SAME_OPENING = 8;

    private record Asking(ReportedSpeech.Said said, String prompt) {
    }

    /**
     * "Wer sagte, …?" of reported speech: its frame before it ("X sagte, …") or after it ("…, sagte X"); not with a
     * word in it pointing back ("Wer erklärte, damit solle …?") nor with a verb in the plural ("Wer glaubten, …?").
     */
    Optional<String> whoSaid(Article article, ReportedSpeech.Said said) {
        Optional<String> prompt = said.askable()
            ? Optional.of("Wer " + said.verb() + ", " + said.text().replaceAll("[.;:]+$", "") + "?")
                .filter(p -> Words.count(said.text()) <= MAX_QUOTE_WORDS)
            : said.person().isPresent() ? reportFirst(article, said) : Optional.empty();
        return prompt.filter(p -> !Words.pointsBackAlone(p) && !pluralOnly(said.verb().split(" ")[0])
            && !correlateInTheFrame(said) && !perfectAskedAsAPresent(said) && !deniedInTheFrame(article, said));
    }

    /**
     * "Strache darf demnach nicht mehr behaupten, dass das Foto gestellt sei": a frame that denies the saying, which
     * "Wer darf behaupten, …?" would turn round.
     */
    private static boolean deniedInTheFrame(Article article, ReportedSpeech.Said said) {
        int from = said.sentence().span().start();
        int to = said.sentence().span().end();
        String before = article.text().substring(from, Math.max(from, Math.min(said.start(), to)))
            .replaceAll("[\\s,:]+$", "");
        // "Putin hat … nicht bestritten und argumentiert, dass …": only the clause of the saying verb frames it
        before = before.substring(Math.max(before.lastIndexOf(","), before.lastIndexOf(" und ")) + 1);
        String after = article.text().substring(Math.min(Math.max(said.end(), from), to), to)
            .replaceFirst("^[\\s,]+", "");
        after = after.contains(",") ? after.substring(0, after.indexOf(',')) : after;
        String frame = before + " " + after;
        return java.util.Arrays.stream(frame.split("[^\\p{L}]+"))
            .anyMatch(w -> DENYING.contains(w.toLowerCase(java.util.Locale.GERMAN)));
    }

    private static final java.util.Set<String> DENYING = java.util.Set.of("nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem",
        "keiner", "nichts", "weder");

    /**
     * "Vor kurzem hatte ein Talibanführer …, Baitullah Mehsud, erklärt, …" asked as "Wer erklärt, …?": a participle
     * whose auxiliary the frame has before it, said alone, turns the perfect into the present.
     */
    private boolean perfectAskedAsAPresent(ReportedSpeech.Said said) {
        String verb = said.verb().strip();
        if (verb.contains(" ") || morphology.readings(verb).stream().noneMatch(m -> m.has(Feature.PARTICIPLE))) {
            return false;
        }
        String sentence = said.sentence().text();
        int at = sentence.indexOf(" " + verb);
        String before = at < 0 ? "" : sentence.substring(0, at);
        // "Putin hat … nicht bestritten und argumentiert, dass …": after "und" it may be a present of its own
        boolean coordinated = before.matches("(?s).*\\b(und|oder)");
        return !coordinated && PERFECT_AUXILIARIES.stream().anyMatch(a -> Words.containsWord(before, a));
    }

    private static final java.util.Set<String> PERFECT_AUXILIARIES = java.util.Set.of("hat", "hatte", "hatten", "haben",
        "habe", "hätte", "hätten", "ist", "war", "waren", "sind", "sei", "wäre");

    /**
     * "Jüttner hatte seine Position damit begründet, Schaden … fernhalten zu wollen": a frame whose "damit" or "dafür"
     * points to the report says what the report is to something else, which "Wer begründete, …?" would leave out.
     */
    private static boolean correlateInTheFrame(ReportedSpeech.Said said) {
        String sentence = said.sentence().text().replaceAll("\\s+", " ");
        String report = said.text().replaceAll("\\s+", " ").replaceAll("[.;:]+$", "");
        int at = sentence.indexOf(report);
        String frame = at < 0 ? sentence : sentence.substring(0, at) + sentence.substring(at + report.length());
        return FRAME_CORRELATES.stream().anyMatch(c -> Words.containsWord(frame, c));
    }

    private static final java.util.Set<String> FRAME_CORRELATES = java.util.Set.of("damit", "dafür", "dadurch",
        "darauf", "davon", "darüber", "dazu", "daran", "dagegen",
        // "warnt jedoch davor, diese Entwicklungen zu dramatisieren": "Wer warnt, … zu dramatisieren?" turns it round
        "davor", "darum", "dabei");

    private boolean pluralOnly(String verb) {
        var readings = morphology.readings(verb).stream()
            .filter(m -> m.has(Feature.FINITE)).toList();
        return !readings.isEmpty() && readings.stream().noneMatch(m -> m.has(Feature.SINGULAR));
    }

    /** Words that may open a report only with the sentence before it, or speak for the speaker. */
    private static final java.util.Set<String> NOT_ON_ITS_OWN = java.util.Set.of("es", "er", "sie", "das", "dies",
        "diese", "dieser", "dieses", "man", "dabei", "dazu", "damit", "dort", "hier", "so", "auch", "aber", "doch",
        "und", "denn", "daher", "deshalb", "trotzdem", "zudem", "außerdem");
    private static final java.util.regex.Pattern FRAME_AFTER = java.util.regex.Pattern.compile("^\\s*,\\s*(\\p{L}+)\\s");

    /**
     * "Am schlimmsten hat es den Distrikt Phunphin getroffen, sagte Provinzgouverneur Thirayuth Iamtrakul": the report
     * the whole first part of the sentence, its frame after it, asked as "Wer sagte, am schlimmsten hat es …?"; not one
     * that opens with a word pointing back, speaks in the first person or is longer than a quotation asked about.
     */
    private Optional<String> reportFirst(Article article, ReportedSpeech.Said said) {
        Sentence sentence = said.sentence();
        String text = article.text();
        if (said.start() > sentence.span().start() || said.end() >= sentence.span().end() || said.verb().contains(" ")) {
            return Optional.empty();
        }
        java.util.regex.Matcher frame = FRAME_AFTER.matcher(text.substring(said.end(), sentence.span().end()));
        String report = text.substring(said.start(), said.end()).replaceAll("\\s+", " ").replaceAll("[,;:]+$", "").strip();
        if (!frame.find() || !frame.group(1).equals(said.verb()) || Words.count(report) > MAX_QUOTE_WORDS
            || Words.count(report) < Quotations.MIN_WORDS || report.chars().anyMatch(c -> "„“”\"»«".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        String[] words = report.split(" ");
        String first = words[0].toLowerCase(java.util.Locale.GERMAN);
        boolean firstPerson = java.util.Arrays.stream(report.split("[^\\p{L}]+"))
            .anyMatch(w -> FIRST_PERSON.contains(w.toLowerCase(java.util.Locale.GERMAN)));
        if (NOT_ON_ITS_OWN.contains(first) || Words.BACK_REFERENCES.contains(first) || firstPerson
            || Words.pointsBackAlone(report)) {
            return Optional.empty();
        }
        String[] frameWords = text.substring(said.end(), sentence.span().end()).replaceAll("[.!]+\\s*$", "")
            .replaceFirst("^\\s*,", "").strip().split("[\\s,]+");
        int surname = java.util.Arrays.asList(frameWords).indexOf(said.person().orElseThrow().surname());
        boolean objectBefore = java.util.Arrays.stream(frameWords, 1, Math.max(1, surname))
            .anyMatch(w -> PREPOSITIONS.contains(w));
        if (surname < 1 || surname > MAX_BEFORE_SPEAKER || frameWords.length > surname + 1 + MAX_AFTER_SPEAKER
            || objectBefore) {
            // "…, beschuldigte die Regierung von Amtsinhaber Robert Mugabe der Vorbereitung …": no frame of a speaker
            return Optional.empty();
        }
        String last = frameWords[frameWords.length - 1];
        String verb = said.verb().equals("so") ? "sagte"
            : SEPARABLE_PARTICLES.contains(last) ? said.verb() + " " + last : said.verb();
        var tokens = sentence.tokens();
        Upos tag = tokens.get(0).upos();
        boolean beforeItsNoun = tokens.size() > 1 && tokens.get(1).upos() == Upos.NOUN
            && morphology.readings(first).stream().anyMatch(m -> m.upos() == Upos.ADJ
                || m.upos() == Upos.NUM || m.upos() == Upos.DET);
        boolean noun = (tag == Upos.NOUN || tag == Upos.PROPN)
            && !beforeItsNoun;
        return Optional.of("Wer " + verb + ", " + (noun ? report : Words.decapitalise(report)) + "?");
    }

    /** "sagte der Reporter des Fernsehsenders in Teheran": a frame names its speaker near its verb and ends soon after. */
    private static final int MAX_BEFORE_SPEAKER = 8;
    private static final int MAX_AFTER_SPEAKER = 5;
    /** "beschuldigte die Regierung von Amtsinhaber Robert Mugabe": a preposition before the name, which is no subject. */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("von", "vom", "aus", "mit", "bei", "beim",
        "für", "gegen", "in", "im", "an", "am", "auf", "über", "zu", "zum", "zur", "nach");

    /** "…, teilte der Minister mit": the particle of a verb of saying goes with it ("Wer teilte mit, …?"). */
    private static final java.util.Set<String> SEPARABLE_PARTICLES = java.util.Set.of("mit", "an", "hinzu", "fest",
        "bekannt", "zu", "ein", "vor", "aus", "klar", "heraus", "hervor", "dar", "zurück", "ab",
        // "…, ließ Frontfrau Kate Jackson verlauten": the infinitive that makes "lassen" a verb of saying
        "verlauten", "wissen", "ausrichten");

    private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("ich", "wir", "mich", "mir", "uns",
        "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "unserer");

    /**
     * "Was versprach Olaf Scholz?": what a person said, to be told apart from what others in the article said (at
     * least two of them, each said by someone else); one such question a person, so that no quiz asks the same twice.
     */
    private List<Candidate> whatWasSaid(Article article, List<ReportedSpeech.Said> askable, Random random) {
        List<Candidate> candidates = new ArrayList<>();
        List<ReportedSpeech.Said> inTurn = new ArrayList<>(askable);
        Collections.shuffle(inTurn, random);
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (ReportedSpeech.Said said : inTurn) {
            People.Person person = said.person().orElseThrow();
            String right = clause(said);
            if (SECOND_FRAME.matcher(right).find() || !asked.add(person.surname())) {
                continue;
            }
            List<String> others = new ArrayList<>(askable.stream()
                .filter(other -> !other.person().orElseThrow().surname().equals(person.surname()))
                .map(QuoteGenerator::clause).filter(other -> !other.equals(right) && !SECOND_FRAME.matcher(other).find())
                .distinct().toList());
            if (others.size() < 2) {
                continue;
            }
            Collections.shuffle(others, random);
            List<String> choices = new ArrayList<>(others.subList(0, Math.min(OPTIONS - 1, others.size())));
            choices.add(right);
            Collections.shuffle(choices, random);
            String[] verb = said.verb().split(" ");
            String prompt = "Was " + verb[0] + " " + person.name()
                + (verb.length > 1 ? " " + verb[verb.length - 1] : "") + "?";
            String id = QuestionIds.of(article.sha256(), type(), said.sentence().span(), said.sentence().span(),
                prompt + right);
            candidates.add(new Candidate(new QuoteQuestion(id, prompt, List.of(right), choices,
                ChoiceHints.rulingOut(others.stream().map(o -> "„" + o + "“").toList(), choices.size()),
                said.sentence().span(), said.sentence().text()), 2.4, 0));
        }
        return candidates;
    }

    private static String clause(ReportedSpeech.Said said) {
        String text = said.text().replaceAll("[.;:,]+$", "").strip();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * "die Aktion erinnere „fatal an die Bücherverbrennung …“", "würdigte Ligeti als „großen Österreicher …“": words
     * quoted inside a sentence that goes on around them, which no one said as they stand.
     */
    static boolean partOfASentence(String text, int start) {
        int before = Words.beforeQuotation(text, start);
        return before >= 0 && Character.isLetterOrDigit(text.charAt(before));
    }

    /**
     * "„das die Balance zwischen den Rechten der Bürger … wahre“": a quotation that begins with a relative pronoun or a
     * conjunction is the end of a sentence the frame began, and shown alone it reads as a fragment.
     */
    static boolean opensInsideASentence(String quote) {
        String[] words = quote.strip().split("\\s+");
        if (words.length < 2 || !Character.isLowerCase(words[0].charAt(0))) {
            return false;
        }
        String last = words[words.length - 1].replaceAll("\\p{P}+$", "").toLowerCase(java.util.Locale.GERMAN);
        if (words.length > 4 && VERB_FINAL_ENDINGS.contains(last)) {
            // "„unter diesen lebenserfahrenen Frauen viele … ergreifen wollen“": the rest of a clause after "dass"
            return true;
        }
        String first = words[0].toLowerCase(java.util.Locale.GERMAN);
        boolean relative = Constituents.RELATIVE_PRONOUNS.contains(first) && Character.isLowerCase(words[1].charAt(0));
        return relative || CONJUNCTIONS.contains(first);
    }

    /** Finite auxiliaries and modals that close a subordinate clause. */
    private static final java.util.Set<String> VERB_FINAL_ENDINGS = java.util.Set.of("wollen", "will", "wolle",
        "können", "kann", "könne", "müssen", "muss", "müsse", "sollen", "soll", "solle", "dürfen", "darf", "dürfe",
        "werden", "wird", "werde", "würde", "würden", "hat", "habe", "haben", "hatte", "hatten", "ist", "sei", "sind",
        "seien", "war", "waren");

    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("dass", "und", "oder", "aber", "ob",
        "weil", "wenn", "was", "wo", "sondern", "denn");

    /**
     * Whether a direct quotation the parse attributes is asked about: a person the article names in full, with a given
     * name the dictionary knows ("Santorum Romney", two surnames side by side, is no one), said it, the
     * sentence around the quotation names them and no one else (not only one before it, and no second person who might
     * be the speaker), a verb says so (not a name and a colon alone), and it is a sentence's worth of words, not a
     * phrase set in quotation marks.
     */
    static boolean asksAbout(ReportedSpeech.Said said, String quote, People people, Morphology morphology) {
        if (said.person().isEmpty() || Words.count(quote) < Quotations.MIN_WORDS
            || !said.person().get().name().contains(" ") || said.verb().equals(ReportedSpeech.NO_VERB)) {
            return false;
        }
        String given = said.person().get().name().split(" ")[0];
        if (morphology.readings(given).stream().noneMatch(m -> m.has(Feature.GIVEN_NAME))) {
            return false;
        }
        String frame = said.sentence().text().replace(quote, " ");
        String surname = said.person().get().surname();
        // "Nachdem dieser von Moderator Matthias Keller-May gefragt wurde, …, entgegnete Suttner empört:": someone named
        // in another clause of the frame does not make the speaker uncertain, someone in the speaker's own does
        List<String> speakersClauses = java.util.Arrays.stream(frame.split(","))
            .filter(clause -> Words.containsWord(clause, surname)).toList();
        long named = people.persons().stream()
            .filter(p -> speakersClauses.stream().anyMatch(clause -> Words.containsWord(clause, p.surname()))).count();
        if (named != 1) {
            return false;
        }
        return !Words.containsWord(quote, surname);
    }

    /**
     * Whether a name the article gives can be a person's: no place ("Hong Kong") and, after its first word, no
     * common noun ("Nationale Umwelt Behörde"); a first word may be one ("Mark" is also a noun).
     */
    boolean namesAPerson(String name) {
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            List<org.textquiz.core.analysis.Morph> readings = morphology.readings(words[i]);
            if (readings.stream().anyMatch(m -> m.has(Feature.CITY)
                || m.has(Feature.COUNTRY))) {
                return false;
            }
            boolean commonNoun = readings.stream().anyMatch(m -> m.upos() == Upos.NOUN)
                && readings.stream().noneMatch(m -> m.upos() == Upos.PROPN
                    || m.has(Feature.GIVEN_NAME));
            if (i > 0 && commonNoun) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names as choices: a genitive the article also uses ("Theresa Mays" beside "Theresa May") is the same
     * person and no choice of its own, nor is a noun before another person's name in the genitive ("Unterstützer
     * Mussawis" beside "Mir Hossein Mussawi"), nor a name whose last word stands in the text without its "s"
     * ("Obamas").
     */
    static List<String> nominative(List<String> names, String text) {
        Words.Plain words = Words.plain(text);
        return names.stream().filter(n -> !(n.endsWith("s") && (names.contains(n.substring(0, n.length() - 1))
            || names.stream().anyMatch(other -> !other.equals(n) && surname(other).equals(genitiveOf(n)))
            || genitiveOf(n).length() > 2 && words.containsWord(genitiveOf(n)))))
            .toList();
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String genitiveOf(String name) {
        String last = surname(name);
        return last.substring(0, last.length() - 1);
    }

    /** At most {@value MAX_QUOTE_WORDS} words, cut at a word boundary and marked with "…". */
    static String shortened(String quote) {
        String[] words = quote.strip().replaceAll("\\.$", "").split("\\s+");
        if (words.length <= MAX_QUOTE_WORDS) {
            return String.join(" ", words);
        }
        String cut = String.join(" ", java.util.Arrays.copyOf(words, MAX_QUOTE_WORDS));
        return cut.replaceAll("[,;:.!?–-]+$", "") + " …";
    }
}
