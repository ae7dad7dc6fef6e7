package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.DependencyParser;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;

/**
 * Indirect and reported speech read from the dependency parse: a verb of saying with a clause it reports
 * ("Johnson erklärte, die Rechte … schützen zu wollen"; "Der Minister sagte, die Renten seien sicher"; "…, dass
 * …"), and statements attributed with "laut X", "X zufolge" or "nach Angaben von X". The speaker is the verb's
 * subject, the person the article names in it when there is one, or the phrase itself ("ein Sprecher der
 * Polizei", "die Zeitung The Guardian").
 */
final class ReportedSpeech {

    /** What was said, where (offsets into the article text), the speaker as the article names them, and the cue. */
    record Said(String text, int start, int end, Sentence sentence, String speaker, Optional<People.Person> person,
                String verb, boolean askable) {

        Said(String text, int start, int end, Sentence sentence, String speaker, Optional<People.Person> person,
             String verb) {
            this(text, start, end, sentence, speaker, person, verb, false);
        }

        /**
         * "Scholz sagte, …" with a person named as the subject before a plain verb of saying and the clause after
         * it: "Wer sagte, …?" can be asked of it.
         */
        Said asking() {
            return new Said(text, start, end, sentence, speaker, person, verb, person.isPresent());
        }
    }

    /** The cue of a quotation no verb of saying frames ("Merkel: „…“", "warnte vor einem „…“"). */
    static final String NO_VERB = ":";
    /** "Wir hoffen, …" inside a quotation speaks for the speaker, and is never the speaker's name. */
    private static final Set<String> FIRST_PERSON = Set.of("ich", "wir");
    /** "„…“, so Bader", "…, so der Minister": "so" names a speaker after a comma or a quotation, not "und so das …". */
    private static final Set<String> FRAME_OPENERS = Set.of(",", "“", "”", "\"", "«", "»", "''");

    private static final Set<String> REPORTING = Set.of("ccomp", "parataxis", "xcomp");

    /** "sagte weiter": an adverb the parse takes for a separable particle ("weitersagen") of a verb of saying. */
    private static final Set<String> ADVERB_PARTICLES = Set.of("weiter");
    /** "gab … bekannt" with "bekannt" read as a marker, modifier or complement instead of the verb's particle. */
    private static final Set<String> MISREAD_PARTICLES = Set.of("mark", "advmod", "xcomp", "compound", "obl", "obj");

    /** A quotation without a frame of its own continues the one before only when it is a sentence or more. */
    private static final int CONTINUED_WORDS = 5;
    /** The longest title taken for a name when it follows the noun it names ("das Gesetz „…“"). */
    private static final int MAX_NAME_WORDS = 5;

    private final Morphology morphology;
    private final DependencyParser parser;

    ReportedSpeech(Morphology morphology, DependencyParser parser) {
        this.morphology = morphology;
        this.parser = parser;
    }

    private static final java.util.regex.Pattern QUOTE = java.util.regex.Pattern.compile(
        "„([^“”\"]+)[“”\"]|»([^«]+)«|«([^»]+)»|\"([^\"]+)\"");

    /**
     * Direct quotations with their frame read from the parse: a verb of saying outside the quotation whose
     * subject is outside it too, in the sentence that closes the quotation, the one that opens it, or the one
     * before ending with a colon; "…“, so X." as well.
     */
    List<Said> direct(Article article, People people) {
        List<Said> found = new ArrayList<>();
        String text = article.text();
        java.util.regex.Matcher matcher = QUOTE.matcher(text);
        List<Sentence> sentences = article.sentences().toList();
        parser.parseAhead(aroundQuotations(text, sentences));
        while (matcher.find()) {
            int group = 1;
            while (matcher.group(group) == null) {
                group++;
            }
            int start = matcher.start(group);
            int end = matcher.end(group);
            List<Sentence> frames = new ArrayList<>();
            Optional<Sentence> opening = Optional.empty();
            int last = -1;
            for (int s = firstEndingFrom(sentences, start - 3); s < sentences.size()
                    && sentences.get(s).span().start() <= end + 1; s++) {
                Sentence sentence = sentences.get(s);
                if (sentence.span().end() > start - 1) {
                    frames.add(sentence);
                    last = s;
                }
                if (sentence.span().end() <= start && sentence.text().endsWith(":")) {
                    frames.add(sentence);
                    last = s;
                }
                if (opening.isEmpty() && sentence.span().start() <= start && sentence.span().end() > start) {
                    opening = Optional.of(sentence);
                }
            }
            java.util.Collections.reverse(frames);
            Optional<Parse> openingParse = opening.map(parser::parse);
            if (openingParse.isPresent() && (quotesAName(openingParse.get(), start, end)
                    || namesASpeaker(openingParse.get(), start, end)) && !characterises(openingParse.get(), start, end)) {
                continue;
            }
            Optional<Said> said = sourceInParentheses(text, matcher.group(group), matcher.end())
                .filter(source -> !frames.isEmpty())
                .map(source -> new Said(frames.get(0).text(), start, end, frames.get(0), source, Optional.empty(),
                    NO_VERB));
            for (int f = 0; f < frames.size() && said.isEmpty(); f++) {
                Sentence frame = frames.get(f);
                said = frame(parser.parse(frame), start, end, people);
            }
            for (int f = 0; f < frames.size() && said.isEmpty(); f++) {
                said = colonFrame(parser.parse(frames.get(f)), text, start, end, people);
            }
            for (int f = 0; f < frames.size() && said.isEmpty(); f++) {
                Sentence frame = frames.get(f);
                said = speakerOf(article, people, frame).filter(s -> s.sentence() != frame
                        || s.end() > start && s.start() < end && !whollyQuoted(frame, start, end))
                    .filter(ReportedSpeech::namesSomeone)
                    .map(s -> new Said(frame.text(), start, end, frame, s.speaker(), s.person(), NO_VERB));
            }
            for (int f = 0; f < frames.size() && said.isEmpty(); f++) {
                said = within(parser.parse(frames.get(f)), start, end, people);
            }
            if (said.isEmpty() && !frames.isEmpty()) {
                if (last + 1 < sentences.size() && sentences.get(last).span().end() <= end + 3) {
                    Sentence next = sentences.get(last + 1);
                    Parse after = parser.parse(next);
                    said = saidBefore(article, next, after, people)
                        .map(s -> new Said(s.text(), start, end, s.sentence(), s.speaker(), s.person(), s.verb()))
                        .or(() -> frameSplitOff(after, start, end, people));
                }
            }
            if (said.isEmpty() && opening.isPresent()) {
                Sentence opens = opening.get();
                said = introduced(article, opens, start, people)
                    .map(s -> new Said(opens.text(), start, end, opens, s.speaker(), s.person(), NO_VERB));
            }
            said = said.flatMap(this::withSpeakerRepaired);
            if (said.isEmpty() && !found.isEmpty() && !frames.isEmpty()
                && sameParagraph(article, found.get(found.size() - 1).sentence(), frames.get(0))
                && Words.count(matcher.group(group)) >= CONTINUED_WORDS) {
                Said previous = found.get(found.size() - 1);
                said = Optional.of(new Said(matcher.group(group), start, end, frames.get(0), previous.speaker(),
                    previous.person(), previous.verb()));
            }
            said.ifPresent(found::add);
        }
        return found;
    }

    /**
     * "„Die Wahlen sind frei und fair abgelaufen.“ (Konrad-Adenauer-Stiftung).": the source named in parentheses
     * that end the sentence right after a quotation of a few words or more, a sentence or a phrase in small letters;
     * not a year, an acronym or a translation ("„Woche des verbotenen Buches“ (Banned Books Week)", "„Partij voor de
     * Vrijheid“ (PVV)").
     */
    static Optional<String> sourceInParentheses(String text, String quotation, int after) {
        java.util.regex.Matcher source = SOURCE_IN_PARENTHESES.matcher(text).region(after, text.length());
        String quoted = quotation.strip();
        boolean aTitle = Character.isUpperCase(quoted.codePointAt(0)) && !quoted.matches("(?s).*[.!?…]$");
        if (!source.lookingAt() || Words.count(quotation) < SOURCED_WORDS || aTitle) {
            return Optional.empty();
        }
        String named = source.group(1).strip();
        boolean acronym = named.matches("[\\p{Lu}\\d&-]{2,8}");
        return acronym || !named.matches(".*\\p{L}.*") ? Optional.empty() : Optional.of(named);
    }

    private static final java.util.regex.Pattern SOURCE_IN_PARENTHESES = java.util.regex.Pattern.compile(
        "\\s?\\((\\p{Lu}[^()\\n.,;:!?]{1,60})\\)\\s*\\.");
    /** The fewest words a quotation has that a source in parentheses after it names the speaker of. */
    private static final int SOURCED_WORDS = 4;

    /**
     * "„… und wir hoffen, dass …“": a sentence that is all quotation has no frame of its own; what its words seem to
     * report ("wir hoffen, dass") is what the speaker said, not who said it.
     */
    private static boolean whollyQuoted(Sentence sentence, int start, int end) {
        return sentence.tokens().stream().filter(Token::isWord)
            .allMatch(t -> t.span().start() >= start && t.span().end() <= end);
    }

    /**
     * The speaker as a reader would name it, when the parse's phrase ran into the quotation ("einem Jury-Mitglied eine
     * „kluge …" → "einem Jury-Mitglied", "„BBC News" → "BBC News") or took in the words before "so" ("… gekostet
     * hätten, so die FIFA" → "die FIFA"); empty when what is left is no speaker.
     */
    private Optional<Said> withSpeakerRepaired(Said said) {
        String given = said.speaker().strip().replaceFirst("^(.*,\\s)?so\\s+(?=\\S)", "");
        String speaker = given;
        boolean unclosed = quotationMarksOpenedLessClosed(given) > 0;
        if (unclosed && (given.startsWith("„") || given.startsWith("»"))) {
            speaker = given.substring(1).strip();
        } else if (unclosed) {
            int quote = java.util.stream.IntStream.range(0, given.length())
                .filter(i -> given.charAt(i) == '„' || given.charAt(i) == '»').min().orElseThrow();
            String before = given.substring(0, quote).replaceAll("[\\s,:;–-]+$", "");
            speaker = before.replaceAll("(\\s+\\p{Ll}+)+$", "").strip();
        }
        if (speaker.equals(said.speaker())) {
            return nameLike(speaker) ? Optional.of(said) : Optional.empty();
        }
        return nameLike(speaker) ? Optional.of(new Said(said.text(), said.start(), said.end(), said.sentence(), speaker,
            said.person(), said.verb(), said.askable())) : Optional.empty();
    }

    /**
     * Whether a speaker the parse gave can be one: not a phrase with part of a quotation in it ("„Jeder Dritte"), nor a
     * relative or empty pronoun ("welche", "es", "man"), nor a phrase opening with a preposition ("angesichts der
     * Entführung") or with a punctuation mark (", was wir Mädchen …", a clause the parser hung on the verb), nor
     * words with no letter.
     */
    private boolean nameLike(String speaker) {
        String first = speaker.strip().split("\\s+")[0];
        boolean preposition = Words.lower(first).equals(first) && !ARTICLES.contains(first)
            && morphology.readings(first).stream().anyMatch(m -> m.upos() == Upos.ADP);
        int opening = speaker.strip().isEmpty() ? ',' : speaker.strip().codePointAt(0);
        boolean opensAsAName = Character.isLetterOrDigit(opening) || "„»\"".indexOf(opening) >= 0;
        return quotationMarksOpenedLessClosed(speaker) == 0 && speaker.chars().anyMatch(Character::isLetter)
            && opensAsAName && !preposition && !NO_SPEAKERS.contains(Words.lower(speaker.strip()));
    }

    private static long quotationMarksOpenedLessClosed(String text) {
        return text.chars().filter(c -> c == '„' || c == '»').count() - text.chars().filter(c -> c == '“' || c == '«')
            .count();
    }

    private static final Set<String> NO_SPEAKERS = Set.of("es", "man", "welche", "welcher", "welches", "der", "die",
        "das", "dem", "den", "was", "wer", "wonach", "so");

    /** The first of the sentences, in text order, that ends at or after {@code offset}; their size if none does. */
    private static int firstEndingFrom(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).span().end() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * "Sadiq Khan kritisierte die Haltung der Regierung. „Diese Regierung hat …“": a quotation that opens its sentence
     * with no frame of its own, right after a sentence in the same paragraph whose verb of saying has a person the
     * article names as its subject, or that reports someone's words or view ("Nach Ansicht von Christian Wulff ist
     * …").
     */
    private Optional<Said> introduced(Article article, Sentence opening, int start, People people) {
        List<Sentence> sentences = article.sentences().toList();
        int at = sentences.indexOf(opening);
        if (at < 1 || start - opening.span().start() > 1 || !sameParagraph(article, sentences.get(at - 1), opening)) {
            return Optional.empty();
        }
        Parse before = parser.parse(sentences.get(at - 1));
        return speaking(before, people).filter(s -> s.person().isPresent())
            .or(() -> reported(before, people).or(() -> NamedSources.attributed(before, people))
                .flatMap(this::withSpeakerRepaired).filter(ReportedSpeech::namesSomeone))
            .or(() -> personActing(before, people).map(s -> new Said(s.text(), s.start(), s.end(), s.sentence(),
                s.speaker(), s.person(), NO_VERB)));
    }

    /**
     * "Um die Zeit dafür zu gewinnen, will Oettinger die Naturwissenschaften straffen. „Nicht jede Formel …“": a
     * sentence whose subject is a person the article names, with no quotation of its own, which a quotation with no
     * frame goes on from; no question asks who said it, for nothing but the order of the sentences says so.
     */
    private Optional<Said> personActing(Parse parse, People people) {
        int root = parse.root();
        String text = parse.sentence().text();
        if (root < 0 || parse.word(root).upos() != Upos.VERB && parse.word(root).upos() != Upos.AUX
            || text.contains("„") || text.contains("»") || text.contains("\"")) {
            return Optional.empty();
        }
        List<Integer> subjects = parse.children(root, "nsubj");
        if (subjects.size() != 1 || parse.word(subjects.get(0)).upos() == Upos.PRON) {
            return Optional.empty();
        }
        Said said = said(parse, root, root, subjects.get(0), people, NO_VERB);
        return said.person().isPresent() ? Optional.of(said) : Optional.empty();
    }

    /**
     * "Annette Widmann-Mauz brachte es so zum Ausdruck: „…“", "Dazu gab das Außenministerium bekannt: „…“": a clause
     * ending with a colon right before the quotation, whatever its verb, gives it to its subject.
     */
    private Optional<Said> colonFrame(Parse parse, String text, int start, int end, People people) {
        int before = Words.beforeQuotation(text, start);
        if (before < 0 || text.charAt(before) != ':') {
            return Optional.empty();
        }
        int root = parse.root();
        if (root >= 0 && start(parse, root) >= start) {
            root = verbBefore(parse, start);
        }
        if (root < 0 || parse.word(root).upos() != Upos.VERB) {
            return namedBeforeColon(parse, start, end, people);
        }
        List<Integer> candidates = new ArrayList<>();
        int verb = root;
        if (parse.word(root).relation().startsWith("acl") && parse.word(root).head() >= 0
            && parse.word(root).head() < root) {
            candidates.add(parse.word(root).head());
        }
        for (int child : parse.children(root)) {
            Word word = parse.word(child);
            boolean nominal = word.upos() == Upos.NOUN || word.upos() == Upos.PROPN;
            boolean opening = word.relation().equals("dep") && parse.subtree(child).get(0) == 0;
            if (start(parse, child) < start && nominal
                && (word.relation().startsWith("nsubj") || word.relation().equals("obj") || opening
                    || word.relation().equals("obl:arg") && parse.children(child, "case").isEmpty())
                && parse.contiguous(child) && !possessive(parse, child)) {
                candidates.add(child);
            }
        }
        if (candidates.isEmpty()) {
            java.util.stream.IntStream.range(0, parse.words().size())
                .filter(w -> parse.word(w).relation().startsWith("nsubj") && parse.subtree(w).get(0) == 0
                    && (parse.word(w).upos() == Upos.NOUN || parse.word(w).upos() == Upos.PROPN) && start(parse, w) < start)
                .findFirst().ifPresent(candidates::add);
        }
        if (quotes(parse, root)) {
            candidates.sort(java.util.Comparator.comparing(c -> !parse.word(c).relation().equals("obj")));
        }
        Optional<Integer> person = candidates.stream()
            .filter(c -> personIn(parse, parse.subtree(c).get(0), parse.subtree(c).get(parse.subtree(c).size() - 1),
                people).isPresent()).findFirst();
        // "Die Kritik des Datenschutzbeauftragten wies die Landesregierung zurück: „…“": a body that can speak before
        // a thing the parser took for the subject
        Optional<Integer> speaker = person.or(() -> candidates.stream().filter(c -> agentLike(parse.word(c)))
                .min(java.util.Comparator.comparing(c -> !parse.word(c).relation().startsWith("nsubj"))))
            .or(() -> candidates.stream()
            .filter(c -> parse.word(c).relation().startsWith("nsubj") || c == parse.word(verb).head()).findFirst());
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        Said said = said(parse, 0, 0, speaker.get(), people, parse.word(root).form());
        return Optional.of(new Said(parse.sentence().text(), start, end, parse.sentence(), said.speaker(), said.person(),
            parse.word(root).form()));
    }

    /** "Die Agentur zitiert den Minister mit den Worten: „…“": the one quoted is the object, not the one quoting. */
    private boolean quotes(Parse parse, int verb) {
        return parse.children(verb, "aux:pass").isEmpty() && morphology.readings(parse.word(verb).form()).stream()
            .anyMatch(m -> m.lemma().equals("zitieren"));
    }

    /**
     * The last verb before a quotation that the parse made the root of its sentence ("X äußerte sich zufrieden: „Wir
     * haben … erreicht.“"), or -1.
     */
    private static int verbBefore(Parse parse, int start) {
        int verb = -1;
        for (int w = 0; w < parse.words().size() && start(parse, w) < start; w++) {
            if (parse.word(w).upos() == Upos.VERB) {
                verb = w;
            }
        }
        return verb;
    }

    /**
     * "Zitat von Schröder: „…“", "Merkel: „…“": no verb before the colon, and one person named there, who said it.
     */
    private Optional<Said> namedBeforeColon(Parse parse, int start, int end, People people) {
        List<People.Person> named = people.in(parse.sentence()).stream().filter(m -> m.start() < start)
            .map(People.Mention::person).distinct().toList();
        boolean verbBefore = java.util.stream.IntStream.range(0, parse.words().size())
            .anyMatch(w -> start(parse, w) < start && (parse.word(w).upos() == Upos.VERB
                || parse.word(w).upos() == Upos.AUX));
        if (verbBefore || named.size() > 1) {
            return Optional.empty();
        }
        if (named.isEmpty()) {
            String text = parse.sentence().text();
            int until = Math.min(text.length(), Math.max(0, start - parse.sentence().span().start()));
            for (int w = 1; w < parse.words().size() && start(parse, w) < start; w++) {
                if (parse.word(w).upos() == Upos.ADP) {
                    until = Math.min(until, start(parse, w) - parse.sentence().span().start());
                    break;
                }
            }
            String before = text.substring(0, until).replaceAll("[\\s„“\"»«:]+$", "").strip();
            String[] words = before.split("\\s+");
            boolean name = words.length >= 1 && words.length <= 3 && java.util.Arrays.stream(words).allMatch(Words::capitalised)
                && !before.isEmpty() && !ARTICLES.contains(Words.lower(words[0]))
                || words.length >= 2 && words.length <= 5 && ARTICLES.contains(Words.lower(words[0]))
                && java.util.Arrays.stream(words).skip(1).filter(Words::capitalised).findFirst()
                    .filter(ReportedSpeech::personNoun).isPresent();
            return name ? Optional.of(new Said(parse.sentence().text(), start, end, parse.sentence(), before,
                Optional.empty(), NO_VERB)) : Optional.empty();
        }
        People.Person person = named.get(0);
        return Optional.of(new Said(parse.sentence().text(), start, end, parse.sentence(), person.name(),
            Optional.of(person), NO_VERB));
    }

    /**
     * "Sprecher", "Beamter", "Hauptkommissar", "Präsident", "Sprecherin": a noun whose ending names a person, for a
     * frame with no verb and no name ("Ein Beamter der Nationalpolizei: „…“").
     */
    private static boolean personNoun(String noun) {
        return Words.capitalised(noun) && noun.matches("\\p{L}+(er|in|ent|ant|ist|eur|or|at|ar|te)")
            && !NOT_PERSONS.contains(noun);
    }

    private static final Set<String> NOT_PERSONS = Set.of("Kommentar", "Wetter", "Motor", "Sektor", "Faktor",
        "Theater", "Zimmer", "Staat", "Resultat", "Zitat", "Termin", "Plakat");

    /**
     * "Scherf warnte die CDU vor einem „populistischen Wahlkampf“", "sieht Osterloh einen „Angriff gegen die
     * Belegschaft“": words quoted inside a sentence that goes on around them are the words of the person the
     * sentence is about, the subject of the verb the quotation depends on when the article names that person, or
     * else the one person the sentence names before the quotation.
     */
    private Optional<Said> within(Parse parse, int start, int end, People people) {
        List<Integer> outside = java.util.stream.IntStream.range(0, parse.words().size())
            .filter(w -> !isPunctuation(parse.word(w)) && !inside(parse, w, start, end)).boxed().toList();
        Sentence sentence = parse.sentence();
        if (start < sentence.span().start() || start >= sentence.span().end()) {
            return Optional.empty();
        }
        String before = sentence.text().substring(0, start - sentence.span().start())
            .replaceAll("[\\s„“”\"»«‚‘]+$", "");
        if (outside.isEmpty() || outside.stream().noneMatch(w -> start(parse, w) < start) || before.endsWith(":")
            || quotesAName(parse, start, end) && !characterises(parse, start, end)) {
            return Optional.empty();
        }
        int top = java.util.stream.IntStream.range(0, parse.words().size())
            .filter(w -> inside(parse, w, start, end) && parse.word(w).head() >= 0
                && outside.contains(parse.word(w).head())).findFirst().orElse(-1);
        boolean characterised = afterCharacterisingWords(parse, start);
        Optional<Said> bySubject = subjectGoverning(parse, top, start, end).flatMap(subject -> {
            Said said = said(parse, 0, 0, subject, people, NO_VERB);
            Said named = said.person().isPresent() ? said : titledPerson(parse, subject, people, NO_VERB).orElse(said);
            return named.person().isPresent() || characterised && agentLike(parse.word(subject))
                ? Optional.of(named) : Optional.empty();
        });
        if (bySubject.isPresent()) {
            return bySubject.map(s -> new Said(parse.sentence().text(), start, end, parse.sentence(), s.speaker(),
                s.person(), NO_VERB));
        }
        List<People.Person> named = people.in(parse.sentence()).stream()
            .filter(m -> parse.sentence().tokens().get(m.from()).span().start() < start && !governed(parse, m))
            .map(People.Mention::person).distinct().toList();
        boolean namedAfter = people.in(parse.sentence()).stream()
            .anyMatch(m -> parse.sentence().tokens().get(m.from()).span().start() >= end);
        if (named.size() != 1 || namedAfter) {
            return Optional.empty();
        }
        return Optional.of(new Said(parse.sentence().text(), start, end, parse.sentence(), named.get(0).name(),
            Optional.of(named.get(0)), NO_VERB));
    }

    /**
     * "Eine ultranationalistische Organisation feierte die Absage als „großen Erfolg“": a subject that can judge, a
     * name or a noun naming people or a body of them.
     */
    private static boolean agentLike(Word subject) {
        String lower = Words.lower(subject.form());
        return subject.upos() == Upos.PROPN || personNoun(subject.form())
            || WhPhrases.agent(lower);
    }

    /** A speaker that is not "ich" or "wir", which inside a quotation speak for the speaker. */
    private static boolean namesSomeone(Said said) {
        return !FIRST_PERSON.contains(Words.lower(said.speaker()));
    }

    /**
     * "Die Kritik des Datenschutzbeauftragten wies die Landesregierung zurück": the parser took the thing in the
     * Vorfeld for the subject; a person or a body after the verb, with no preposition, is who speaks.
     */
    private static Optional<Integer> agentObjectAfter(Parse parse, int verb, int start, int end) {
        return parse.children(verb).stream()
            .filter(a -> a > verb && Set.of("obj", "obl:arg").contains(parse.word(a).relation())
                && parse.children(a, "case").isEmpty() && !quoted(parse, a, start, end) && agentLike(parse.word(a)))
            .findFirst();
    }

    /** "für den Andreas Türck …": a person named after a preposition is not who the sentence is about. */
    private static boolean governed(Parse parse, People.Mention mention) {
        List<Token> tokens = parse.sentence().tokens();
        int before = mention.from() - 1;
        if (before >= 0 && tokens.get(before).upos() == Upos.DET) {
            before--;
        }
        return before >= 0 && tokens.get(before).upos() == Upos.ADP;
    }

    /**
     * The subject, a noun or a name outside the quotation, of the nearest verb above the quotation's words (or of
     * the verb that one completes, "will „… prüfen“").
     */
    private static Optional<Integer> subjectGoverning(Parse parse, int quoted, int start, int end) {
        int verb = quoted < 0 ? -1 : parse.word(quoted).head();
        while (verb >= 0 && parse.word(verb).upos() != Upos.VERB) {
            verb = parse.word(verb).head();
        }
        if (verb < 0) {
            return Optional.empty();
        }
        List<Integer> subjects = parse.children(verb, "nsubj");
        if (subjects.isEmpty() && Set.of("xcomp", "conj").contains(parse.word(verb).relation())) {
            subjects = parse.children(parse.word(verb).head(), "nsubj");
        }
        return subjects.stream().filter(subject -> !inside(parse, subject, start, end)
            && (parse.word(subject).upos() == Upos.NOUN || parse.word(subject).upos() == Upos.PROPN)).findFirst();
    }

    /**
     * "…“, schreibt die „Computerwoche“", "…“, zitiert die „Computerwoche“ Lynch": one quoted word that is, or names,
     * who speaks: a newspaper's name, not a quotation.
     */
    private boolean namesASpeaker(Parse parse, int start, int end) {
        List<Integer> quoted = java.util.stream.IntStream.range(0, parse.words().size())
            .filter(w -> inside(parse, w, start, end) && !isPunctuation(parse.word(w))).boxed().toList();
        if (quoted.size() != 1) {
            return false;
        }
        int at = quoted.get(0);
        if (!Words.capitalised(parse.word(at).form())) {
            return false;
        }
        if (Set.of("amod", "compound", "nmod", "appos").contains(parse.word(at).baseRelation())
                && parse.word(at).head() >= 0) {
            at = parse.word(at).head();
        }
        Word speaker = parse.word(at);
        return speaker.head() >= 0 && isSpeechVerb(parse, speaker.head())
            && Set.of("nsubj", "obj").contains(speaker.baseRelation());
    }

    /**
     * "nannte die Absage einen „Vertrauensbruch“", "bezeichnete Stratfor als „Schatten-CIA“", "warnte vor den
     * „Lohnverzichtstheorien“": words someone chose for a thing, quoted after "als", an indefinite article, "von" or
     * "vor" in a sentence with a verb of saying, which a name or a title never follows that way.
     */
    private boolean characterises(Parse parse, int start, int end) {
        return afterCharacterisingWords(parse, start) && java.util.stream.IntStream.range(0, parse.words().size())
            .anyMatch(w -> !inside(parse, w, start, end) && isSpeechVerb(parse, w));
    }

    private static boolean afterCharacterisingWords(Parse parse, int start) {
        int before = -1;
        for (int w = 0; w < parse.words().size() && start(parse, w) < start; w++) {
            if (!isPunctuation(parse.word(w))) {
                before = w;
            }
        }
        if (before > 0 && DEFINITE.contains(Words.lower(parse.word(before).form()))) {
            before--;
            if (!Set.of("von", "vor").contains(Words.lower(parse.word(before).form()))) {
                return false;
            }
        }
        return before >= 0 && CHARACTERISING.contains(Words.lower(parse.word(before).form()));
    }

    /** The words before a quotation that make it a characterisation, not a name: "als", "einen", "vor den". */
    private static final Set<String> CHARACTERISING = java.util.stream.Stream.concat(
        java.util.stream.Stream.of("als", "von", "vor"), Words.INDEFINITE_ARTICLES.stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "den", "dem", "des");

    /**
     * „Netzeitung“, „BILD am Sonntag“, der Kneipe „Zur Ritze“: a name or title in quotation marks, which no one is
     * quoted as saying. German capitalises every noun, so capitals alone do not make a name („Versuchen einer
     * Eskalation“): it must hold a proper noun or stand right after the noun it names.
     */
    private static boolean quotesAName(Parse parse, int start, int end) {
        List<Integer> quoted = java.util.stream.IntStream.range(0, parse.words().size())
            .filter(w -> inside(parse, w, start, end) && !isPunctuation(parse.word(w))).boxed().toList();
        if (quoted.isEmpty()) {
            return true;
        }
        boolean capitalised = quoted.stream().map(parse::word).allMatch(w -> {
            String form = w.form().replaceAll("^[„“”\"»«‚‘]+", "");
            return form.isEmpty() || Words.capitalised(form) || Character.isDigit(form.charAt(0))
                || Set.of(Upos.ADP, Upos.DET, Upos.CCONJ).contains(w.upos());
        });
        boolean named = quoted.stream().map(parse::word).anyMatch(w -> w.upos() == Upos.PROPN || w.upos() == Upos.X);
        int before = quoted.get(0) - 1;
        while (before >= 0 && (isPunctuation(parse.word(before)) || parse.word(before).upos() == Upos.DET)) {
            before--;
        }
        boolean afterNoun = before >= 0 && parse.word(before).upos() == Upos.NOUN;
        boolean capitalFirst = Words.capitalised(parse.word(quoted.get(0)).form());
        return capitalised && capitalFirst && quoted.size() <= MAX_NAME_WORDS && (named || afterNoun && quoted.size() > 1)
            || quoted.stream().allMatch(w -> parse.word(w).upos() == Upos.PROPN || parse.word(w).upos() == Upos.X);
    }

    /** "Seine Zuversicht begründete er …": a phrase with a possessive names what someone said, not who. */
    private boolean possessive(Parse parse, int noun) {
        return parse.children(noun, "det:poss").size() > 0 || parse.children(noun, "det").stream()
            .anyMatch(d -> morphology.readings(parse.word(d).form()).stream().anyMatch(m -> m.has(Feature.POSSESSIVE)));
    }

    private Optional<Said> frame(Parse parse, int start, int end, People people) {
        List<Token> tokens = parse.sentence().tokens();
        // "„…“, betont sie" beside "Halima Jouini sagte: „…“": the frame that names the speaker comes first
        Optional<Said> pronounOnly = Optional.empty();
        for (int w : nearestFirst(parse, start, end)) {
            Word word = parse.word(w);
            int at = tokens.get(word.token()).span().start();
            if (at >= start && at < end) {
                continue;
            }
            boolean so = word.form().equals("so") && at > end && w > 0 && FRAME_OPENERS.contains(parse.word(w - 1).form());
            if (!isSpeechVerb(parse, w) && !so || !so && subordinateElsewhere(parse, w, start, end)) {
                continue;
            }
            List<Integer> subjects = so ? List.of() : parse.children(w, "nsubj");
            if (!so && quotes(parse, w) && !parse.children(w, "obj").isEmpty()) {
                subjects = parse.children(w, "obj");
            }
            if (!so && subjects.isEmpty()) {
                subjects = agentBefore(parse, w).map(List::of).orElse(List.of());
            }
            if (!so && subjects.isEmpty() && word.head() >= 0 && parse.word(word.head()).upos() != Upos.NOUN) {
                subjects = parse.children(word.head(), "nsubj");
            }
            int subject = -1;
            for (int candidate : subjects) {
                if (parse.word(candidate).relation().equals("nsubj:pass")) {
                    candidate = agent(parse, parse.word(candidate).head());
                    if (candidate < 0) {
                        continue;
                    }
                }
                int s = tokens.get(parse.word(candidate).token()).span().start();
                if (s < start || s >= end) {
                    subject = candidate;
                }
            }
            if (subject >= 0 && parse.word(w).relation().startsWith("acl") && parse.word(w).head() >= 0
                && Constituents.RELATIVE_PRONOUNS.contains(Words.lower(parse.word(subject).form()))) {
                subject = parse.word(w).head();
            }
            if (!so && subject < 0) {
                int verb = w;
                boolean afterQuotation = at >= end;
                subject = parse.children(w, "obj").stream().filter(o -> o > verb && (parse.word(o).upos() == Upos.PROPN
                    || afterQuotation && parse.word(o).upos() == Upos.NOUN)).findFirst().orElse(-1);
            }
            if (so && w + 1 < parse.words().size()) {
                subject = w + 1;
                while (subject < parse.words().size() && (parse.word(subject).upos() == Upos.PUNCT
                    || parse.word(subject).head() >= 0
                    && parse.word(parse.word(subject).head()).token() > parse.word(subject).token()
                    && parse.word(subject).upos() != Upos.PROPN && parse.word(subject).upos() != Upos.NOUN)) {
                    subject++;
                }
                if (subject >= parse.words().size()) {
                    subject = -1;
                }
            }
            if (subject < 0 && !so && at >= end) {
                Optional<People.Person> named = personRightAfter(parse, w, people);
                if (named.isPresent()) {
                    return Optional.of(new Said(parse.sentence().text(), start, end, parse.sentence(),
                        named.get().name(), named, word.form()));
                }
            }
            if (subject < 0) {
                continue;
            }
            if (!so && parse.word(subject).upos() == Upos.NOUN && !agentLike(parse.word(subject))) {
                subject = agentObjectAfter(parse, w, start, end).orElse(subject);
            }
            if (parse.word(subject).relation().equals("obl:agent") || !parse.children(subject, "case").isEmpty()) {
                int from = parse.subtree(subject).stream().filter(a -> !parse.word(a).relation().equals("case"))
                    .findFirst().orElse(subject);
                Optional<People.Person> person = personIn(parse, from, subject, people);
                return Optional.of(new Said(parse.sentence().text(), start, end, parse.sentence(),
                    person.map(People.Person::name).orElse(Words.text(parse, from, subject)), person, word.form()));
            }
            Said said = said(parse, 0, 0, subject, people, word.form());
            if (said.person().isEmpty()) {
                said = titledPerson(parse, subject, people, word.form()).orElse(said);
            }
            Said found = new Said(parse.sentence().text(), start, end, parse.sentence(), said.speaker(), said.person(),
                word.form());
            if (parse.word(subject).upos() != Upos.PRON || said.person().isPresent()) {
                return Optional.of(found);
            }
            pronounOnly = pronounOnly.or(() -> Optional.of(found));
        }
        return pronounOnly;
    }

    /**
     * "Nachdem dieser von Moderator Keller-May gefragt wurde, entgegnete Suttner: „…“": a verb of saying in a
     * subordinate or relative clause frames only a quotation inside that clause.
     */
    private static boolean subordinateElsewhere(Parse parse, int verb, int start, int end) {
        String relation = parse.word(verb).baseRelation();
        boolean marked = parse.children(verb, "mark").stream().anyMatch(m -> parse.word(m).upos() == Upos.SCONJ);
        if (marked) {
            // the parse may make a subordinate clause the root: it ends at the first comma after its verb
            int comma = verb + 1;
            while (comma < parse.words().size() && !parse.word(comma).form().equals(",")) {
                comma++;
            }
            if (comma < parse.words().size() && start >= end(parse, comma)) {
                return true;
            }
        }
        if (!Set.of("advcl", "acl", "ccomp", "csubj").contains(relation) || quoted(parse, parse.word(verb).head(), start,
            end)) {
            return false;
        }
        List<Integer> clause = parse.subtree(verb);
        int from = start(parse, clause.get(0));
        int to = end(parse, clause.get(clause.size() - 1));
        return start < from || end > to;
    }

    /**
     * The sentence's words, the nearest to the quotation first: of two frames ("Eisenmann wies diese Behauptung zurück,
     * Sandra Boser erklärte: „…“"), the one beside the quotation is its own.
     */
    private static List<Integer> nearestFirst(Parse parse, int start, int end) {
        return java.util.stream.IntStream.range(0, parse.words().size()).boxed()
            .sorted(java.util.Comparator.comparingInt(w -> {
                int at = start(parse, w);
                return at < start ? start - at : Math.max(0, at - end);
            })).toList();
    }

    /**
     * "Eisenmann wies diese Behauptung zurück, die bildungspolitische Sprecherin …, Sandra Boser, erklärte: „…“": a verb
     * the parser gave no subject, in a clause after another verb, speaks through the person or body named between the
     * two verbs, not through the subject of the first.
     */
    private static Optional<Integer> agentBefore(Parse parse, int verb) {
        int from = verb - 1;
        while (from >= 0 && !isFiniteVerb(parse.word(from)) && !parse.word(from).form().equals("und")) {
            from--;
        }
        if (from < 0) {
            return Optional.empty();
        }
        for (int w = from + 1; w < verb; w++) {
            Word word = parse.word(w);
            if ((word.upos() == Upos.PROPN || word.upos() == Upos.NOUN) && agentLike(word)
                && parse.children(w, "case").isEmpty() && !Set.of("nmod", "obl", "flat").contains(word.baseRelation())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private static boolean isFiniteVerb(Word word) {
        return word.upos() == Upos.VERB || word.upos() == Upos.AUX;
    }

    /**
     * Whether the word stands inside the quotation: the parser often hangs the frame after a quotation ("„Ich bin mir
     * bewusst, dass das unentschuldbar ist“, sagte der Student") under the quotation's own verb.
     */
    private static boolean quoted(Parse parse, int word, int start, int end) {
        return word >= 0 && start(parse, word) >= start && start(parse, word) < end;
    }

    /**
     * "Seine Werke werden von Musikkennern als „Meilensteine“ bezeichnet": who speaks in a passive clause is its agent,
     * the phrase with "von" or "durch", not its subject; -1 when the clause names none.
     */
    private static int agent(Parse parse, int verb) {
        return parse.children(verb, "obl").stream().filter(o -> parse.children(o, "case").stream()
            .anyMatch(c -> Set.of("von", "vom", "durch").contains(Words.lower(parse.word(c).form())))).findFirst()
            .orElse(-1);
    }

    /**
     * "„…“, erinnerte sich Trotnow später": the person the article names right after a verb of saying that follows the
     * quotation, when the parse gave that verb no subject; only "sich" may stand between.
     */
    private static Optional<People.Person> personRightAfter(Parse parse, int verb, People people) {
        int token = parse.word(verb).token() + 1;
        List<Token> tokens = parse.sentence().tokens();
        if (token < tokens.size() && tokens.get(token).text().equals("sich")) {
            token++;
        }
        int first = token;
        return people.in(parse.sentence()).stream().filter(m -> m.from() == first).map(People.Mention::person)
            .findFirst();
    }

    /** The sentences that a quotation overlaps, and the one after each: those {@link #direct} reads. */
    private static List<Sentence> aroundQuotations(String text, List<Sentence> sentences) {
        java.util.BitSet around = new java.util.BitSet(sentences.size());
        java.util.regex.Matcher matcher = QUOTE.matcher(text);
        int from = 0;
        while (matcher.find()) {
            while (from < sentences.size() && sentences.get(from).span().end() < matcher.start() - 3) {
                from++;
            }
            for (int s = from; s < sentences.size() && sentences.get(s).span().start() <= matcher.end() + 1; s++) {
                around.set(s);
                around.set(Math.min(s + 1, sentences.size() - 1));
            }
        }
        return around.stream().mapToObj(sentences::get).filter(s -> !s.headline()).toList();
    }

    List<Said> in(Article article, People people, List<Sentence> sentences) {
        List<Said> found = new ArrayList<>();
        Said last = null;
        parser.parseAhead(sentences.stream().filter(s -> !s.headline()).toList());
        for (Sentence sentence : sentences) {
            if (sentence.headline()) {
                last = null;
                continue;
            }
            Parse parse = parser.parse(sentence);
            Optional<Said> said = reported(parse, people).or(() -> NamedSources.attributed(parse, people))
                .or(() -> asReported(parse, people)).or(() -> asReportedByItsWords(parse, people))
                .or(() -> framedAfter(parse, people))
                .or(() -> writtenIn(parse, people)).or(() -> wonach(parse, people))
                .flatMap(this::withSpeakerRepaired).filter(ReportedSpeech::namesSomeone);
            if (said.isEmpty() && last != null && sameParagraph(article, last.sentence(), sentence)) {
                said = continued(parse, last);
            }
            if (said.isEmpty()) {
                said = saidBefore(article, sentence, parse, people);
            }
            said.ifPresent(found::add);
            if (said.isPresent()) {
                last = said.get();
            }
        }
        return found;
    }

    /**
     * The frame that a missing comma left as a sentence of its own after the quotation's closing full stop:
     * "„… etabliert.“ erklärte Kultusministerin Eisenmann." (a verb of saying first, then only its subject).
     */
    private Optional<Said> frameSplitOff(Parse parse, int start, int end, People people) {
        int root = parse.root();
        if (root != 0 || !isSpeechVerb(parse, root)) {
            return Optional.empty();
        }
        List<Integer> subjects = parse.children(root, "nsubj").stream()
            .filter(s -> parse.word(s).upos() == Upos.PROPN || parse.word(s).upos() == Upos.NOUN).toList();
        boolean onlyTheSubject = parse.children(root).stream().allMatch(c -> subjects.contains(c)
            || parse.word(c).upos() == Upos.PUNCT || parse.word(c).upos() == Upos.ADV);
        if (subjects.size() != 1 || !onlyTheSubject) {
            return Optional.empty();
        }
        Said said = said(parse, 0, 0, subjects.get(0), people, parse.word(root).form());
        return Optional.of(new Said(parse.sentence().text(), start, end, parse.sentence(), said.speaker(),
            said.person(), parse.word(root).form()));
    }

    /**
     * "Das bestätigte Stoiber heute in München.", "Dies erklärte ein Sprecher.": a verb of saying whose object is a
     * pointing "das" or "dies", and whose subject names the speaker of the sentence before it.
     */
    private Optional<Said> saidBefore(Article article, Sentence sentence, Parse parse, People people) {
        int root = parse.root();
        if (root < 0 || !isSpeechVerb(parse, root) || parse.words().isEmpty()
            || !Set.of("das", "dies").contains(parse.word(0).form().toLowerCase(Locale.GERMAN))
            || parse.word(0).head() != root && !parse.children(root).contains(parse.word(0).head())) {
            return Optional.empty();
        }
        List<Integer> subjects = parse.children(root).stream().filter(s -> s > 0
            && (parse.word(s).relation().equals("nsubj") || parse.word(s).relation().equals("obj"))
            && (parse.word(s).upos() == Upos.PROPN || parse.word(s).upos() == Upos.NOUN)).toList();
        List<Sentence> sentences = article.sentences().toList();
        int at = sentences.indexOf(sentence);
        if (subjects.isEmpty() || at < 1 || sentences.get(at - 1).headline()
            || parse.word(subjects.get(0)).upos() == Upos.PRON) {
            return Optional.empty();
        }
        Sentence before = sentences.get(at - 1);
        Said said = said(parse, 0, 0, subjects.get(0), people, parse.word(root).form());
        String text = before.text().strip();
        return Optional.of(new Said(text, before.span().start(), before.span().end(), before, said.speaker(),
            said.person(), parse.word(root).form()));
    }

    private static boolean holdsTheRoot(Parse parse, Said said) {
        return parse.root() >= 0 && start(parse, parse.root()) >= said.start() && end(parse, parse.root()) <= said.end();
    }

    /** How many sentences back the frame of reported speech may stand that a subjunctive sentence continues. */
    private static final int CONTINUED_FROM = 3;

    /**
     * Whose words a sentence reports: its own frame ("…, sagte X", "…, so X", "X sagte, …", "laut X …"), or the frame
     * of the reported speech it continues in the subjunctive from at most {@value #CONTINUED_FROM} sentences before
     * it, each of those between in the subjunctive too, with no headline between.
     */
    Optional<Said> speakerOf(Article article, People people, Sentence sentence) {
        List<Sentence> sentences = article.sentences().toList();
        int at = sentences.indexOf(sentence);
        for (int back = at; back >= 0 && back >= at - CONTINUED_FROM; back--) {
            Sentence before = sentences.get(back);
            if (before.headline()) {
                return Optional.empty();
            }
            Parse parse = parser.parse(before);
            // "…, sei gegen den Rektor gerichtet; nach Behördenangaben stecke …": a source names whose words its own
            // clause is, not the main clause's before the semicolon
            Optional<Said> own = reported(parse, people)
                .or(() -> NamedSources.attributed(parse, people).filter(said -> holdsTheRoot(parse, said)))
                .or(() -> asReported(parse, people)).or(() -> asReportedByItsWords(parse, people))
                .or(() -> framedAfter(parse, people));
            if (own.isEmpty() && back < at) {
                own = speaking(parse, people);
            }
            if (own.isPresent()) {
                return own;
            }
            if (!subjunctiveRoot(parse)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whose words a sentence reports ({@link #speakerOf}), as "laut" names them: a person, as the article names them
     * when no article stands before the name ("Vizeregierungssprecher Thomas Steg", "Greenpeace"); or a body or a role
     * the article names with an article, put in the dative ("laut der Bahnpolizei", "laut dem britischen
     * Fernsehsender", "laut Angaben des Innenministeriums"), whose name is what "laut" goes before and whose surname
     * the noun the phrase is about.
     */
    Optional<Source> source(Article article, People people, Sentence sentence) {
        Optional<Said> said = speakerOf(article, people, sentence);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        Optional<People.Person> person = said.get().person().or(() -> named(said.get().speaker()));
        if (person.isPresent()) {
            return Optional.of(new Source(person.get(), false));
        }
        List<Sentence> sentences = article.sentences().toList();
        if (sentences.indexOf(sentence) - sentences.indexOf(said.get().sentence()) > 1) {
            // a body's words reported on over more sentences are as likely another's who spoke of it
            return Optional.empty();
        }
        String speaker = SO_BEFORE.matcher(said.get().speaker().strip()).replaceFirst("");
        if (speaker.startsWith("Angaben ") && !speaker.contains(",")) {
            return Optional.of(new Source(new People.Person(speaker, "Angaben", Optional.empty()), true));
        }
        if (speaker.matches(".*[,;:()„“\"].*")) {
            return Optional.empty();
        }
        return DativePhrase.of(speaker, morphology)
            .map(dative -> new Source(new People.Person(dative[0], dative[1], Optional.empty()), true));
    }

    /** Who said it, named as "laut" needs, and whether that is a body or a role rather than a person. */
    record Source(People.Person names, boolean body) {
    }

    /** ", so der britische Fernsehsender": the frame's opening the speaker's text may keep. */
    private static final java.util.regex.Pattern SO_BEFORE = java.util.regex.Pattern.compile("^[,\\s]*so\\s+");

    private Optional<People.Person> named(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        // "Lokale Medien berichteten": an adjective and a noun that opened the sentence, no name ("laut Lokale Medien")
        boolean adjectiveFirst = words.length > 1 && morphology.readings(Words.lower(words[0])).stream()
            .anyMatch(m -> m.upos() == Upos.ADJ) && morphology.readings(words[1]).stream().anyMatch(m -> m.upos() == Upos.NOUN);
        boolean name = words.length <= 4 && java.util.Arrays.stream(words).allMatch(Words::capitalised)
            && !Words.PRONOUNS.contains(Words.lower(words[0])) && !ARTICLES.contains(Words.lower(words[0]))
            && !NamedSources.namesNoOne(speaker) && !adjectiveFirst;
        return name ? Optional.of(new People.Person(speaker.strip(), words[words.length - 1], Optional.empty()))
            : Optional.empty();
    }

    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
        "einer", "eines", "einem", "einen", "dieser", "diese", "dieses", "sein", "seine", "ihr", "ihre");

    /**
     * "Vertreter aller Parteien warnten vor den Gefahren.": a verb of saying with its subject and no clause of what was
     * said, which the subjunctive sentences after it go on to report.
     */
    private Optional<Said> speaking(Parse parse, People people) {
        int root = parse.root();
        if (root < 0 || !isSpeechVerb(parse, root) || parse.word(root).upos() != Upos.VERB
            || !parse.children(root, "aux:pass").isEmpty()) {
            return Optional.empty();
        }
        List<Integer> subjects = parse.children(root, "nsubj");
        if (subjects.size() != 1 || parse.word(subjects.get(0)).upos() == Upos.PRON) {
            return Optional.empty();
        }
        return Optional.of(said(parse, root, root, subjects.get(0), people, parse.word(root).form()));
    }

    /**
     * "Die Lage sei ernst, sagte Scholz." / "…, so Scholz.": the frame after a reported clause in the subjunctive, a
     * verb of saying or "so" right after its comma; a quotation before it (more than a few words in quotation marks) is
     * left to {@link #direct}.
     */
    private Optional<Said> framedAfter(Parse parse, People people) {
        int start = start(parse, 0);
        for (int w = 1; w < parse.words().size() - 1; w++) {
            Word next = parse.word(w + 1);
            boolean frameVerb = isSpeechVerb(parse, w + 1) || next.upos() == Upos.VERB && particleEndsTheSentence(parse, w + 1);
            if (!parse.word(w).form().equals(",") || !frameVerb && !next.form().equals("so")) {
                continue;
            }
            String before = parse.sentence().text().substring(0, start(parse, w) - parse.sentence().span().start());
            int[] closing = frameVerb ? closingFrame(parse, w + 1) : null;
            if (!Words.quotesOnlyNames(before)
                || !subjunctive(parse, wordsBefore(w)) && !closingSo(parse, w + 1) && closing == null) {
                return Optional.empty();
            }
            Optional<Said> said = frame(parse, start, start(parse, w), people);
            int[] rest = trimmed(parse, 0, w - 1);
            if (said.isEmpty() && closing != null && rest.length > 0) {
                Optional<People.Person> person = personIn(parse, closing[0], closing[1], people);
                said = Optional.of(new Said(Words.text(parse, rest[0], rest[1]), start(parse, rest[0]), end(parse, rest[1]),
                    parse.sentence(), person.map(People.Person::name).orElse(Words.text(parse, closing[0], closing[1])),
                    person, parse.word(w + 1).form()));
            }
            if (said.isPresent()) {
                return said;
            }
        }
        return Optional.empty();
    }

    /** "…, teilte ein Polizeisprecher gestern mit.": the last word makes the verb one of saying, whatever it hangs on. */
    private boolean particleEndsTheSentence(Parse parse, int verb) {
        int last = parse.words().size() - 1;
        while (last > verb && isPunctuation(parse.word(last))) {
            last--;
        }
        String particle = parse.word(last).form().toLowerCase(Locale.GERMAN);
        return last > verb + 1 && Set.of(Upos.ADP, Upos.ADV, Upos.PART, Upos.ADJ).contains(parse.word(last).upos())
            && morphology.readings(parse.word(verb).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && CueVerbs.contains(particle + m.lemma()));
    }

    /**
     * "…, teilte ein Polizeisprecher gestern mit.", "…, sagte Provinzgouverneur Thirayuth Iamtrakul.": a verb of saying
     * after the comma followed only by a noun phrase, adverbs and its particle to the end of the sentence, whatever
     * the parse made of them; the words {from, to} of the noun phrase, or null.
     */
    private int[] closingFrame(Parse parse, int verb) {
        int to = parse.words().size() - 1;
        while (to > verb && isPunctuation(parse.word(to))) {
            to--;
        }
        if (to > verb && (parse.children(verb, "compound:prt").contains(to) || particleEndsTheSentence(parse, verb))) {
            to--;
        }
        while (to > verb && adverb(parse.word(to))) {
            to--;
        }
        int from = verb + 1;
        while (from < to && adverb(parse.word(from))) {
            from++;
        }
        if (from > to || !Set.of(Upos.DET, Upos.NOUN, Upos.PROPN).contains(parse.word(from).upos())) {
            return null;
        }
        boolean named = false;
        for (int w = from; w <= to; w++) {
            Upos upos = parse.word(w).upos();
            if (upos == Upos.VERB || upos == Upos.AUX || upos == Upos.PRON || upos == Upos.CCONJ && w == from + 1) {
                return null;
            }
            named |= upos == Upos.NOUN || upos == Upos.PROPN;
        }
        return named ? new int[] {from, to} : null;
    }

    /** "…, so Kongress- und Verteidigungskreise.": "so" and a noun phrase ending the sentence name its source. */
    private static boolean closingSo(Parse parse, int so) {
        if (!parse.word(so).form().equals("so")) {
            return false;
        }
        boolean named = false;
        for (int w = so + 1; w < parse.words().size(); w++) {
            Upos upos = parse.word(w).upos();
            if (upos == Upos.VERB || upos == Upos.AUX || parse.word(w).form().equals(",")) {
                return false;
            }
            named |= upos == Upos.NOUN || upos == Upos.PROPN;
        }
        return named;
    }

    private static List<Integer> wordsBefore(int w) {
        return java.util.stream.IntStream.range(0, w).boxed().toList();
    }

    private boolean subjunctiveRoot(Parse parse) {
        int root = parse.root();
        if (root < 0) {
            return false;
        }
        List<Integer> verbs = new ArrayList<>(List.of(root));
        verbs.addAll(parse.children(root, "aux"));
        verbs.addAll(parse.children(root, "cop"));
        return verbs.stream().anyMatch(v -> onlySubjunctive(morphology, parse.word(v).form())
            || onlySubjunctive2(parse.word(v).form()));
    }

    /**
     * "würde", "wäre", "hätte": the subjunctive II of an auxiliary, which reported speech takes where the subjunctive
     * I would read as the indicative ("In dieser Form würde ein Schritt zum Schnüffelstaat vollzogen"); not the
     * modals' "könnte" or "müsste", with which the article speculates in its own voice more often than it reports.
     */
    private boolean onlySubjunctive2(String form) {
        List<org.textquiz.core.analysis.Morph> readings = morphology.readings(form);
        return readings.stream().anyMatch(m -> m.has(Feature.SUBJUNCTIVE_2)
                && Set.of("werden", "sein", "haben").contains(m.lemma())) && readings.stream()
            .noneMatch(m -> m.has(Feature.PAST) && !m.has(Feature.SUBJUNCTIVE_2) && m.has(Feature.THIRD_PERSON));
    }

    /**
     * A sentence in the subjunctive right after reported speech, with no frame of its own ("Die Gefahr sei real."),
     * goes on reporting the same speaker.
     */
    private Optional<Said> continued(Parse parse, Said last) {
        int root = parse.root();
        if (root < 0) {
            return Optional.empty();
        }
        if (!subjunctiveRoot(parse)) {
            return Optional.empty();
        }
        int from = 0;
        int to = parse.words().size() - 1;
        while (to > from && isPunctuation(parse.word(to))) {
            to--;
        }
        return Optional.of(new Said(Words.text(parse, from, to), start(parse, from), end(parse, to), parse.sentence(),
            last.speaker(), last.person(), last.verb()));
    }

    /** "sei", "habe", "werde": a subjunctive I that is no present indicative of the third person too ("gehe"). */
    static boolean onlySubjunctive(Morphology morphology, String form) {
        List<org.textquiz.core.analysis.Morph> readings = morphology.readings(form);
        return readings.stream().anyMatch(m -> m.has(Feature.SUBJUNCTIVE_1)) && readings.stream()
            .noneMatch(m -> m.has(Feature.PRESENT) && !m.has(Feature.SUBJUNCTIVE_1) && m.has(Feature.THIRD_PERSON));
    }

    private static boolean sameParagraph(Article article, Sentence a, Sentence b) {
        return article.paragraphs().stream().anyMatch(p -> p.sentences().contains(a) && p.sentences().contains(b));
    }

    /** "X sagte, …" / "…, sagte X." with a reported clause in the subjunctive, an infinitive or after "dass". */
    private Optional<Said> reported(Parse parse, People people) {
        if (parse.root() < 0) {
            return Optional.empty();
        }
        List<Integer> subjects = parse.children(parse.root(), "nsubj");
        int root = participleUnderItsAuxiliary(parse, parse.root());
        Optional<Said> said = reportedBy(parse, root, subjects.isEmpty() ? parse.children(root, "nsubj") : subjects, people);
        for (int verb : parse.children(root, "conj")) {
            if (said.isEmpty() && parse.word(verb).upos() == Upos.VERB) {
                List<Integer> own = parse.children(verb, "nsubj");
                said = reportedBy(parse, verb, own.isEmpty() ? subjects : own, people);
            }
        }
        return said;
    }

    /**
     * The clause a verb of saying reports ("X sagte, dass …", "X kündigte an, zurückzutreten", "X sagte, die Lage sei
     * ernst"), said by the subject given.
     */
    private Optional<Said> reportedBy(Parse parse, int root, List<Integer> candidates, People people) {
        List<Integer> subjects = candidates.stream().filter(s -> !adverb(parse.word(s))).toList();
        if (subjects.isEmpty() && !candidates.isEmpty() && candidates.get(0) == 0 && root == 1) {
            subjects = parse.children(root, "obj").stream().filter(o -> o == 2 || o == 3).toList();
        }
        if (!isSpeechVerb(parse, root) || subjects.isEmpty() || !parse.children(root, "aux:pass").isEmpty()) {
            return Optional.empty();
        }
        List<Integer> clauses = new ArrayList<>(parse.children(root));
        parse.children(subjects.get(0), "ccomp").stream().filter(c -> c > root).forEach(clauses::add);
        for (int clause : clauses) {
            if (!REPORTING.contains(parse.word(clause).relation()) || !parse.contiguous(clause)) {
                continue;
            }
            List<Integer> tree = parse.subtree(clause);
            boolean dass = parse.children(clause, "mark").stream()
                .anyMatch(m -> parse.word(m).form().equalsIgnoreCase("dass"));
            boolean infinitive = parse.children(clause, "mark").stream()
                .anyMatch(m -> parse.word(m).form().equalsIgnoreCase("zu")) || zuInfinitive(parse.word(clause).form());
            if (!dass && !infinitive && !subjunctive(parse, tree) && !indicativeAfterItsFrame(parse, root, clause, tree)) {
                continue;
            }
            int[] words = trimmed(parse, tree.get(0), tree.get(tree.size() - 1));
            if (words.length == 0) {
                continue;
            }
            int from = openingAfterItsComma(parse, root, words[0]);
            int to = words[1];
            Upos opening = parse.word(from).upos();
            if (opening == Upos.VERB || opening == Upos.AUX) {
                continue;
            }
            int subject = subjects.get(0);
            List<Integer> auxiliaries = parse.children(root, "aux");
            String verb = (auxiliaries.isEmpty() ? parse.word(root).form()
                : parse.word(auxiliaries.get(0)).form() + " " + parse.word(root).form())
                + misreadParticle(parse, root).map(p -> " " + p).orElse("");
            boolean askable = auxiliaries.size() <= 1 && parse.children(root, "compound:prt").isEmpty()
                && subject < root && (auxiliaries.isEmpty() || subject < auxiliaries.get(0))
                && tree.get(0) > root && followsItsFrame(parse, root, from)
                && parse.children(clause, "mark").stream().allMatch(m -> Set.of("dass", "zu")
                    .contains(parse.word(m).form().toLowerCase(Locale.GERMAN)));
            Said said = said(parse, from, to, subject, people, verb);
            return Optional.of(askable ? said.asking() : said);
        }
        return Optional.empty();
    }

    /**
     * "Die Zeitung hatte berichtet, 200 Mitarbeiter sollen entlassen werden.": a main clause in the indicative that
     * opens right after the comma behind its verb of saying reports what was said too.
     */
    private static boolean indicativeAfterItsFrame(Parse parse, int verb, int clause, List<Integer> tree) {
        int opening = tree.stream().filter(w -> parse.word(w).upos() != Upos.PUNCT).findFirst().orElse(tree.get(0));
        if (opening <= verb || !parse.word(clause).relation().equals("ccomp") || !followsItsFrame(parse, verb, opening)) {
            return false;
        }
        int finite = parse.children(clause).stream()
            .filter(a -> parse.word(a).relation().startsWith("aux") || parse.word(a).relation().equals("cop"))
            .findFirst().orElse(clause);
        List<Integer> beforeFinite = tree.stream().filter(w -> w < finite && parse.word(w).upos() != Upos.PUNCT).toList();
        if (beforeFinite.isEmpty()) {
            return false;
        }
        return parse.children(clause).stream().filter(c -> parse.subtree(c).contains(beforeFinite.get(0))).findFirst()
            .filter(first -> parse.subtree(first).containsAll(beforeFinite)).isPresent();
    }

    /**
     * "sagte Rice, die USA hielten sich …" with "die USA" hung on "Rice": a reported clause the parse starts at its
     * verb starts after the comma before it, when that comma follows the verb of saying.
     */
    private static int openingAfterItsComma(Parse parse, int verb, int from) {
        if (!Set.of(Upos.VERB, Upos.AUX).contains(parse.word(from).upos())) {
            return from;
        }
        for (int w = from - 1; w > verb; w--) {
            if (parse.word(w).form().equals(",")) {
                return w + 1 < from && Set.of(Upos.DET, Upos.NOUN, Upos.PROPN, Upos.PRON).contains(parse.word(w + 1).upos())
                    ? w + 1 : from;
            }
        }
        return from;
    }

    /** "Unterdessen" read as a noun: a word the dictionary knows as an adverb and never as a noun or pronoun. */
    private boolean adverb(Word word) {
        List<Morph> readings = morphology.readings(word.form());
        return word.upos() == Upos.ADV || readings.stream().anyMatch(m -> m.upos() == Upos.ADV)
            && readings.stream().noneMatch(m -> Set.of(Upos.NOUN, Upos.PROPN, Upos.PRON).contains(m.upos()));
    }

    /**
     * "Der Besitzer hatte festgestellt, dass …" parsed with "hatte" as the root and the participle below it: the
     * participle, which is the verb that says; else the root itself.
     */
    private static int participleUnderItsAuxiliary(Parse parse, int root) {
        if (root < 0 || !Set.of(Upos.AUX, Upos.VERB).contains(parse.word(root).upos())
            || !parse.word(root).form().toLowerCase(Locale.GERMAN).matches("ha(t|tte|ttest|tten|ttet|be|ben|bt|st)")) {
            return root;
        }
        return parse.children(root, "xcomp").stream().filter(v -> parse.word(v).upos() == Upos.VERB).findFirst()
            .orElse(root);
    }

    /** "zurückzutreten", "anzunehmen": an infinitive with its "zu" inside, which the tokens do not split off. */
    private boolean zuInfinitive(String form) {
        for (int at = form.indexOf("zu", 2); at > 0; at = form.indexOf("zu", at + 1)) {
            String verb = form.substring(0, at) + form.substring(at + 2);
            if (morphology.readings(verb).stream().anyMatch(m -> m.upos() == Upos.VERB && m.lemma().equals(verb))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Steinmeier sagte vor der Presse, die Bundesregierung …": the reported clause opens right after a comma, with no
     * object or pointing word of the verb between ("forderte Aufklärung darüber, ob …", "bezeichnet diese Maßnahme
     * als …, … zu hindern"), so that "Wer sagte, …?" asks what the verb says.
     */
    private static boolean followsItsFrame(Parse parse, int verb, int clauseStart) {
        if (clauseStart < 1 || !parse.word(clauseStart - 1).form().equals(",")) {
            return false;
        }
        for (int w = verb + 1; w < clauseStart; w++) {
            Word word = parse.word(w);
            if (Set.of("obj", "iobj").contains(word.relation()) || word.form().toLowerCase(Locale.GERMAN).startsWith("dar")
                && (word.upos() == Upos.ADV || word.upos() == Upos.PRON)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "In der Pressemitteilung des WWF heißt es, dass …": the clause, said by the text it stands in; "Als Begründung
     * heißt es, …" names no one and is left out.
     */
    private Optional<Said> writtenIn(Parse parse, People people) {
        int root = parse.root();
        if (root < 0 || !Set.of("heißt", "hieß").contains(parse.word(root).form().toLowerCase(Locale.GERMAN))
            || parse.children(root).stream().noneMatch(c -> parse.word(c).form().equalsIgnoreCase("es"))) {
            return Optional.empty();
        }
        Optional<Integer> text = parse.children(root, "obl").stream().filter(o -> o < root && parse.contiguous(o)
            && parse.children(o, "case").stream().anyMatch(c -> parse.word(c).form().equalsIgnoreCase("in"))).findFirst();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (int clause : parse.children(root)) {
            List<Integer> tree = parse.subtree(clause);
            boolean dass = parse.children(clause, "mark").stream().anyMatch(m -> parse.word(m).form().equalsIgnoreCase("dass"));
            if (clause < root || !REPORTING.contains(parse.word(clause).relation()) || !parse.contiguous(clause)
                || !dass && !subjunctive(parse, tree)) {
                continue;
            }
            int[] words = trimmed(parse, tree.get(0), tree.get(tree.size() - 1));
            List<Integer> source = parse.subtree(text.get());
            int from = source.get(0) + 1;
            while (from < text.get() && (parse.word(from).upos() == Upos.ADP
                || parse.word(from).token() == parse.word(from - 1).token())) {
                from++;
            }
            if (words.length > 0) {
                String speaker = Words.text(parse, from, source.get(source.size() - 1));
                return Optional.of(new Said(Words.text(parse, words[0], words[1]), start(parse, words[0]),
                    end(parse, words[1]), parse.sentence(), speaker, Optional.empty(), parse.word(root).form()));
            }
        }
        return Optional.empty();
    }

    /**
     * "Ein Bericht der Agentur Interfax, wonach der Oppositionsführer festgenommen worden sein soll, …", "hat Meldungen
     * der Times zurückgewiesen, wonach …": the clause after "wonach", said by the noun before it or the verb's object.
     */
    private Optional<Said> wonach(Parse parse, People people) {
        for (int at = 1; at < parse.words().size(); at++) {
            int w = at;
            int verb = parse.word(w).head();
            if (!parse.word(w).form().equalsIgnoreCase("wonach") || !parse.word(w - 1).form().equals(",") || verb <= w) {
                continue;
            }
            int before = w - 1;
            while (before > 0 && isPunctuation(parse.word(before))) {
                before--;
            }
            int source = before;
            while (Set.of("flat", "appos", "nmod", "compound").contains(parse.word(source).relation())
                && parse.word(source).head() >= 0 && parse.word(source).head() < source) {
                source = parse.word(source).head();
            }
            if (parse.word(source).upos() == Upos.VERB && !isSpeechVerb(parse, source)) {
                continue;
            }
            if (parse.word(source).upos() == Upos.VERB) {
                int head = parse.word(source).head();
                source = java.util.stream.Stream.concat(parse.children(source, "obj").stream(),
                        head >= 0 ? parse.children(head, "obj").stream() : java.util.stream.Stream.<Integer>empty())
                    .filter(o -> o < w).findFirst().orElse(-1);
            }
            List<Integer> tree = parse.subtree(verb);
            int[] words = trimmed(parse, w + 1, tree.get(tree.size() - 1));
            if (source < 0 || words.length == 0 || !Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(source).upos())) {
                continue;
            }
            return Optional.of(said(parse, words[0], words[1], source, people, "wonach"));
        }
        return Optional.empty();
    }

    private static final Set<String> OPENING_MARKS = Set.of("„", "»", "\"", "‚");
    /** "Wie der Zeitung von der Gruppe berichtet wird": in the passive the speaker is not the phrase after "wie". */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("wird", "werden", "wurde", "wurden");
    /** The words of "der Sprecher des Ministeriums", up to an adverb or verb ("Wie der Betonbauer nie müde wurde …"). */
    private static final Set<Upos> NOUN_PHRASE = java.util.EnumSet.of(Upos.DET, Upos.ADJ, Upos.NOUN, Upos.PROPN,
        Upos.NUM);

    /**
     * "Wie der Spiegel berichtet, wurden …", "Wie die Banca d'Italia in Rom bekannt gab, soll …": a sentence opening with
     * "wie", a noun phrase and a verb of saying before its comma, read from the words whatever the parse made of them;
     * the main clause after the comma, in quotation marks or not, is said by the noun phrase ("Wie der Betonbauer nie
     * müde wurde zu betonen, „seien ihm …“": "der Betonbauer").
     */
    private Optional<Said> asReportedByItsWords(Parse parse, People people) {
        if (parse.words().size() < 5 || !parse.word(0).form().equals("Wie")) {
            return Optional.empty();
        }
        for (int comma = 3; comma < parse.words().size() - 1; comma++) {
            if (!parse.word(comma).form().equals(",")) {
                continue;
            }
            int verb = parse.word(comma - 1).upos() == Upos.AUX ? comma - 2 : comma - 1;
            int opening = comma + 1;
            while (opening < parse.words().size() - 1 && OPENING_MARKS.contains(parse.word(opening).form())) {
                opening++;
            }
            if (!isSpeechVerb(parse, verb) || !Set.of(Upos.VERB, Upos.AUX).contains(parse.word(opening).upos())) {
                continue;
            }
            int to = verb - 1;
            while (to > 1 && (parse.word(to).upos() == Upos.ADV || parse.children(verb).contains(to)
                && !parse.word(to).relation().startsWith("nsubj") && parse.word(to).upos() != Upos.NOUN
                && parse.word(to).upos() != Upos.PROPN)) {
                to--;
            }
            boolean passive = verb == comma - 2 && PASSIVE_AUXILIARIES.contains(Words.lower(parse.word(comma - 1).form()));
            int nounPhrase = 1;
            while (!passive && nounPhrase < to && NOUN_PHRASE.contains(parse.word(nounPhrase + 1).upos())) {
                nounPhrase++;
            }
            to = passive ? to : nounPhrase;
            int[] rest = trimmed(parse, comma + 1, parse.words().size() - 1);
            if (!Set.of(Upos.DET, Upos.NOUN, Upos.PROPN).contains(parse.word(1).upos()) || rest.length == 0) {
                return Optional.empty();
            }
            Optional<People.Person> person = personIn(parse, 1, to, people);
            return Optional.of(new Said(Words.text(parse, rest[0], rest[1]), start(parse, rest[0]), end(parse, rest[1]),
                parse.sentence(), person.map(People.Person::name).orElse(Words.text(parse, 1, to)), person,
                parse.word(verb).form()));
        }
        return Optional.empty();
    }

    /** "Wie der Bundeswahlleiter mitteilte, lag die Wahlbeteiligung …": the main clause, said by the subject of "wie …". */
    private Optional<Said> asReported(Parse parse, People people) {
        int root = parse.root();
        if (root < 0) {
            return Optional.empty();
        }
        List<Integer> clauses = new ArrayList<>(parse.children(root, "advcl"));
        clauses.addAll(parse.children(root, "csubj"));
        for (int clause : clauses) {
            boolean wie = parse.children(clause).stream().anyMatch(m -> parse.word(m).form().equalsIgnoreCase("wie")
                && (parse.word(m).relation().equals("mark") || m == parse.subtree(clause).get(0)));
            List<Integer> subjects = parse.children(clause, "nsubj");
            if (!wie || subjects.isEmpty() || !isSpeechVerb(parse, clause) || !parse.contiguous(clause)) {
                continue;
            }
            List<Integer> tree = parse.subtree(clause);
            int from = tree.get(tree.size() - 1) + 1;
            int to = parse.words().size() - 1;
            if (tree.get(0) > 0) {
                from = 0;
                to = tree.get(0) - 1;
            }
            int[] words = trimmed(parse, from, to);
            if (words.length > 0) {
                return Optional.of(said(parse, words[0], words[1], subjects.get(0), people, parse.word(clause).form()));
            }
        }
        return Optional.empty();
    }

    /**
     * "sagte NATO-Generalsekretär Mark Rutte", which the parse may split into a subject "NATO" and a name beside it:
     * the person named right after the subject's words, when the subject names no one.
     */
    private Optional<Said> titledPerson(Parse parse, int subject, People people, String verb) {
        List<Integer> tree = parse.subtree(subject);
        int after = parse.word(tree.get(tree.size() - 1)).token() + 1;
        for (People.Mention mention : people.in(parse.sentence())) {
            if (mention.from() >= after && mention.from() <= after + 2) {
                return Optional.of(new Said(parse.sentence().text(), 0, 0, parse.sentence(), mention.person().name(),
                    Optional.of(mention.person()), verb));
            }
        }
        return Optional.empty();
    }

    private Said said(Parse parse, int from, int to, int subject, People people, String verb) {
        List<Integer> tree = parse.subtree(subject);
        int speakerFrom = tree.get(0);
        int speakerTo = tree.get(tree.size() - 1);
        for (int clause : tree) {
            boolean withWords = parse.word(clause).form().equals("Worten") && clause > subject;
            if (withWords) {
                speakerTo = Math.min(speakerTo, parse.subtree(clause).get(0) - 1);
            }
            if ((parse.word(clause).relation().startsWith("acl") || parse.word(clause).relation().equals("ccomp"))
                && clause > subject) {
                speakerTo = Math.min(speakerTo, parse.subtree(clause).get(0) - 1);
            }
        }
        if (from > subject) {
            speakerTo = Math.min(speakerTo, from - 1);
        }
        while (speakerTo > speakerFrom && isPunctuation(parse.word(speakerTo))
               && !closesAQuotation(parse, speakerFrom, speakerTo)) {
            speakerTo--;
        }
        int lastOfSpeaker = speakerTo;
        Optional<People.Person> named = personOutsideAttributes(parse, subject, speakerFrom, lastOfSpeaker, people)
            .or(() -> personIn(parse, speakerFrom, lastOfSpeaker, people));
        Optional<People.Person> person = named.or(() -> byTitle(parse, subject, speakerFrom, lastOfSpeaker, people));
        String speaker = named.map(People.Person::name).orElse(Words.text(parse, speakerFrom, speakerTo));
        return new Said(Words.text(parse, from, to), start(parse, from), end(parse, to), parse.sentence(), speaker, person,
            verb);
    }

    /**
     * "sagte der Kanzler" after "Bundeskanzler Olaf Scholz": a speaker named only by a definite article, adjectives
     * and a title is the one person the article gave that title to.
     */
    private static Optional<People.Person> byTitle(Parse parse, int subject, int from, int to, People people) {
        Word head = parse.word(subject);
        boolean onlyATitle = head.upos() == Upos.NOUN && to == subject && from < subject
            && DEFINITE.contains(Words.lower(parse.word(from).form()))
            && java.util.stream.IntStream.range(from + 1, subject).allMatch(w -> parse.word(w).upos() == Upos.ADJ);
        return onlyATitle ? people.byRole(head.form()) : Optional.empty();
    }

    /**
     * "Der Nachfolger des zurückgetretenen Airbus-Chefs Christian Streiff, Louis Gallois, hat angekündigt …": the
     * person the subject names, not one named in its genitive or prepositional attribute.
     */
    private static Optional<People.Person> personOutsideAttributes(Parse parse, int subject, int from, int to,
                                                                   People people) {
        java.util.Set<Integer> attributes = new java.util.HashSet<>();
        for (int child : parse.children(subject, "nmod")) {
            for (int w : parse.subtree(child)) {
                attributes.add(parse.word(w).token());
            }
        }
        return personIn(parse, from, to, people, m -> !attributes.contains(m.from()));
    }

    /** Whether word {@code to} closes a quotation opened within the words from {@code from}: "die „Computerwoche“". */
    private static boolean closesAQuotation(Parse parse, int from, int to) {
        String closing = parse.word(to).form();
        if (!closing.equals("“") && !closing.equals("«") && !closing.equals("\"")) {
            return false;
        }
        return java.util.stream.IntStream.range(from, to).mapToObj(w -> parse.word(w).form())
            .anyMatch(form -> form.startsWith("„") || form.startsWith("»") || form.equals("\""));
    }

    static Optional<People.Person> personIn(Parse parse, int from, int to, People people) {
        return personIn(parse, from, to, people, m -> true);
    }

    private static Optional<People.Person> personIn(Parse parse, int from, int to, People people,
                                                    java.util.function.Predicate<People.Mention> wanted) {
        int fromToken = parse.word(from).token();
        int toToken = parse.word(to).token() + 1;
        return people.in(parse.sentence()).stream().filter(m -> m.from() >= fromToken && m.to() <= toToken)
            .filter(wanted).map(People.Mention::person).findFirst();
    }

    private boolean subjunctive(Parse parse, List<Integer> words) {
        for (int w : words) {
            Word word = parse.word(w);
            if ((word.upos() == Upos.VERB || word.upos() == Upos.AUX) && morphology.readings(word.form()).stream()
                .anyMatch(m -> m.has(Feature.SUBJUNCTIVE_1) || m.has(Feature.SUBJUNCTIVE_2))) {
                return true;
            }
        }
        return false;
    }

    /** A verb of saying, also a separable one with its particle elsewhere ("teilte … mit"). */
    private boolean isSpeechVerb(Parse parse, int w) {
        Word word = parse.word(w);
        if (word.upos() != Upos.VERB && word.upos() != Upos.ADJ) {
            return false;
        }
        if (lettingSay(parse, w)) {
            return true;
        }
        String particle = parse.children(w, "compound:prt").stream().filter(p -> clauseFinal(parse, p))
            .map(p -> parse.word(p).form().toLowerCase(Locale.GERMAN)).findFirst().orElse("");
        List<String> misreadParticles = parse.children(w).stream()
            .filter(c -> (c > w || c == w - 1) && MISREAD_PARTICLES.contains(parse.word(c).relation())
                && clauseFinal(parse, c))
            .map(c -> parse.word(c).form().toLowerCase(Locale.GERMAN)).toList();
        return morphology.readings(word.form()).stream()
            .filter(m -> m.upos() == Upos.VERB || m.upos() == Upos.ADJ)
            .anyMatch(m -> CueVerbs.contains(particle + m.lemma()) || particle.isEmpty() && CueVerbs.contains(m.lemma())
                || CueVerbs.contains(particle + infinitiveOf(m.lemma()))
                || ADVERB_PARTICLES.contains(particle) && CueVerbs.contains(m.lemma())
                || particle.isEmpty() && misreadParticles.stream().anyMatch(p -> CueVerbs.contains(p + m.lemma())));
    }

    /** "gab zu, …" with "zu" read as a marker: the particle that makes the verb one of saying ("zugeben"). */
    private Optional<String> misreadParticle(Parse parse, int w) {
        if (!parse.children(w, "compound:prt").isEmpty()) {
            return Optional.empty();
        }
        return parse.children(w).stream()
            .filter(c -> c > w && MISREAD_PARTICLES.contains(parse.word(c).relation()) && clauseFinal(parse, c))
            .map(c -> parse.word(c).form().toLowerCase(Locale.GERMAN))
            .filter(p -> morphology.readings(parse.word(w).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && !CueVerbs.contains(m.lemma()) && CueVerbs.contains(p + m.lemma())))
            .findFirst();
    }

    /**
     * "„…“, ließ ein IWF-Sprecher kurz verlauten", "ließ die Ministerin mitteilen": "lassen" with the infinitive of a
     * verb of saying last in its clause, whatever the parse made of that infinitive.
     */
    private boolean lettingSay(Parse parse, int w) {
        return morphology.readings(parse.word(w).form()).stream().anyMatch(m -> m.lemma().equals("lassen"))
            && parse.children(w).stream().anyMatch(c -> c > w && clauseFinal(parse, c)
                && (SAID_BY_LETTING.contains(Words.lower(parse.word(c).form()))
                    || CueVerbs.contains(Words.lower(parse.word(c).form()))));
    }

    /** Infinitives that say something only after "lassen": "verlauten lassen", "wissen lassen". */
    private static final Set<String> SAID_BY_LETTING = Set.of("verlauten", "wissen", "ausrichten");

    /**
     * Whether a separable particle stands where German puts it, last in its clause ("teilte … mit."); "riet zu
     * „Gelassenheit“" has a preposition the parse took for one.
     */
    private static boolean clauseFinal(Parse parse, int particle) {
        for (int next = particle + 1; next < parse.words().size(); next++) {
            Word word = parse.word(next);
            if (word.upos() == Upos.PUNCT) {
                return word.form().matches("[.,;:!?–-].*");
            }
            if (word.upos() != Upos.VERB && word.upos() != Upos.AUX) {
                return false;
            }
        }
        return true;
    }

    /** "betont" as an adjective has the lemma "betont"; its verb is "betonen". */
    private static String infinitiveOf(String lemma) {
        return lemma.endsWith("t") ? lemma.substring(0, lemma.length() - 1) + "en" : lemma;
    }

    /** Words {@code from}–{@code to} without punctuation at either end, as {from, to}; empty when nothing is left. */
    static int[] trimmed(Parse parse, int from, int to) {
        while (from <= to && isPunctuation(parse.word(from))) {
            from++;
        }
        while (to >= from && isPunctuation(parse.word(to))) {
            to--;
        }
        return from > to ? new int[0] : new int[] {from, to};
    }

    private static boolean isPunctuation(Word word) {
        return word.upos() == Upos.PUNCT;
    }

    /** Whether a word lies in the quotation at {@code start}–{@code end}, its quotation marks being part of it. */
    private static boolean inside(Parse parse, int word, int start, int end) {
        return start(parse, word) < end && end(parse, word) > start;
    }

    static int start(Parse parse, int word) {
        return parse.sentence().tokens().get(parse.word(word).token()).span().start();
    }

    static int end(Parse parse, int word) {
        return parse.sentence().tokens().get(parse.word(word).token()).span().end();
    }
}
