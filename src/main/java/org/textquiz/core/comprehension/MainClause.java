package org.textquiz.core.comprehension;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * The main clause a German declarative sentence opens with: the part before the finite verb (Vorfeld),
 * the finite verb in second place, and the rest up to the first comma, semicolon, colon or dash; what follows
 * that (a subordinate clause, an added phrase) is left out of questions.
 *
 * @param start index of the clause's first token (after a leading "und", "aber", "doch" …)
 * @param verb index of the finite verb
 * @param end index after the clause's last token
 */
record MainClause(Sentence sentence, int start, int verb, int end, boolean thirdSingular, boolean startsWithNoun) {

    /** Prepositions of a phrase the verb takes ("zur Polizei gehen", "als Geschenk bezeichnen", "für Aufsehen sorgen"). */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("zu", "zur", "zum", "als", "für", "fürs", "gegen",
        "um", "über", "auf", "an", "ans", "mit");
    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("und", "aber", "doch", "denn", "sondern", "oder");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", "–", "—", "-", "/");
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("dass", "ob", "wie", "was", "wer", "wo", "warum",
        "weshalb", "wann", "welche", "welcher", "welches");
    /** "Schumacher wird 38 Jahre alt sein, wenn …": a condition the clause holds only under, which it may not lose. */
    private static final Set<String> CONDITION_OPENERS = Set.of("wenn", "falls", "sofern", "sobald", "solange");
    private static final Set<String> POINTING = Set.of("darum", "damit", "dafür", "dazu", "davon", "daran", "darauf",
        "darüber", "dabei", "dagegen", "daraus", "danach", "es", "so");
    private static final String QUOTE_MARKS = "„“”\"»«‚‘’";

    static Optional<MainClause> of(Sentence sentence, Morphology morphology) {
        List<Token> tokens = sentence.tokens();
        if (sentence.headline() || tokens.size() < 4 || !tokens.get(tokens.size() - 1).text().equals(".")
            || sentence.text().chars().anyMatch(c -> QUOTE_MARKS.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        int start = LEADING_CONJUNCTIONS.contains(tokens.get(0).text().toLowerCase()) ? 1 : 0;
        Token opening = tokens.get(start);
        Upos afterOpening = start + 1 < tokens.size() ? tokens.get(start + 1).upos() : Upos.X;
        if (opening.upos() == Upos.NOUN && WhPhrases.bodyThatTakesAnArticle(opening.text(), morphology)
            && Set.of(Upos.ADP, Upos.VERB, Upos.AUX).contains(afterOpening)) {
            // "Team von Arsene Wenger kämpft …": a body without its article, as a teaser writes ("Bundeskanzlerin
            // Angela Merkel besuchte …" is a title before a name)
            return Optional.empty();
        }
        int verb = -1;
        for (int i = start + 1; i < tokens.size() && verb < 0; i++) {
            Token token = tokens.get(i);
            if (!token.isWord() && !Words.isCompoundPart(tokens, i)) {
                return Optional.empty();
            }
            if ((token.upos() == Upos.VERB || token.upos() == Upos.AUX) && Words.lower(token.text()).equals(token.text())
                && morphology.readings(token.text()).stream().anyMatch(m -> m.has(Feature.FINITE))) {
                verb = i;
            }
        }
        if (verb < 0 || Words.SPEECH_VERBS.contains(tokens.get(verb).lemma())) {
            return Optional.empty();
        }
        if (tokens.get(verb - 1).upos() == Upos.CCONJ) {
            // "Die Republikaner eroberten/ADJ den Senat … und erlangten 34 Sitze …": the verb of a second clause, the
            // first's verb tagged as something else
            return Optional.empty();
        }
        if (attributeBeforeItsNoun(tokens, start, verb, morphology) || placeBeforeAPluralVerb(tokens, start, verb, morphology)) {
            return Optional.empty();
        }
        if (verb + 1 < tokens.size() && tokens.get(verb + 1).upos() == Upos.AUX) {
            // "Besonders kritisiert wurde …": a participle first, the finite auxiliary after it
            return Optional.empty();
        }
        int end = verb + 1;
        while (end < tokens.size() - 1 && !isBreak(tokens, end) && !secondClause(tokens, end)) {
            end++;
        }
        if (end < tokens.size() - 1 && (COMPLEMENT_OPENERS.contains(Words.lower(tokens.get(end + 1).text()))
            || CONDITION_OPENERS.contains(Words.lower(tokens.get(end + 1).text()))
            || tokens.get(end).text().equals("(") || infinitiveClauseFollows(tokens, end)
            || reportedClauseFollows(tokens, end, morphology) || frameFollows(tokens, end, morphology)
            || frameFollows(tokens, lastComma(tokens), morphology)
            || FrameAfter.IT_IS_SAID.matcher(sentence.text()).find())) {
            return Optional.empty();
        }
        if (end < tokens.size() - 1 && secondClause(tokens, end)
            && Constituents.ALTERNATIVES.contains(Words.lower(tokens.get(end).text()))) {
            // "überquerten die Übergänge … oder kamen mit dem Zug … an": one or the other, neither said of them all
            return Optional.empty();
        }
        boolean cut = end < tokens.size() - 1;
        String lastWord = Words.lower(tokens.get(end - 1).text());
        if (verb > 0 && tokens.get(verb - 1).upos() == Upos.PROPN && (verb < 2 || tokens.get(verb - 2).upos() != Upos.DET)
            && morphology.readings(tokens.get(verb).text()).stream().anyMatch(m -> m.upos() == Upos.VERB
                && (Words.HAPPENING_TO_SOMEONE.contains(m.lemma())
                    || Words.HAPPENING_TO_SOMEONE.contains(lastWord + m.lemma())))) {
            // "Österreich steht ein extremes Wochenende bevor": the name first is whom it happens to, not the subject
            return Optional.empty();
        }
        if (cut && Set.of(Upos.DET, Upos.ADP).contains(tokens.get(end - 1).upos())) {
            // "Karadžić gehörte mit dem – immer noch gesuchten – früheren Militärchef …" cut at the dash
            return Optional.empty();
        }
        if (cut && tokens.get(end - 1).upos() == Upos.ADJ && java.util.stream.IntStream.range(verb + 1, end - 1)
            .filter(i -> tokens.get(i).upos() == Upos.DET).max()
            .orElse(-1) > java.util.stream.IntStream.range(verb + 1, end - 1)
                .filter(i -> Set.of(Upos.NOUN, Upos.PROPN).contains(tokens.get(i).upos())).max().orElse(-1)) {
            // "für den nominell etwas schwächeren, aber … hitzköpfigen, Snapdragon-808": an article and its adjective,
            // whose noun comes after the comma
            return Optional.empty();
        }
        if (cut && end + 2 < tokens.size() && Set.of("dem", "den").contains(tokens.get(end + 1).text())
            && tokens.get(end + 2).text().matches("\\d{1,2}\\.?")
            && (java.util.stream.IntStream.range(end + 3, Math.min(end + 8, tokens.size() - 1))
                .anyMatch(i -> tokens.get(i).text().equals(","))
                // "am Freitag, den 11. August mit einer Pressenotiz eine Liste": the clause goes on without a comma
                || java.util.stream.IntStream.range(end + 3, tokens.size() - 1).anyMatch(i -> !Words.MONTHS
                    .contains(tokens.get(i).text()) && !tokens.get(i).text().matches("\\d+\\.?")))) {
            // "gab am Montag, dem 27. März, die Einstellung … bekannt": a date in apposition, and the clause goes on
            return Optional.empty();
        }
        if (cut && (enumerationGoesOn(tokens, end) || clauseGoesOn(tokens, verb, end, morphology)
            || particleFurtherOn(tokens, verb, end, morphology))) {
            return Optional.empty();
        }
        if (java.util.stream.IntStream.range(verb + 1, end).anyMatch(i -> onlyFinite(tokens.get(i), morphology))) {
            // "Der kurz nach der Tat verhaftete … Junge wurde … angeklagt": the verb found first was no finite one
            return Optional.empty();
        }
        if (end - verb < 2 || !complete(tokens, verb, end, morphology)
            || cut && Words.THINKING_VERBS.contains(tokens.get(verb).lemma())) {
            return Optional.empty();
        }
        List<Morph> verbReadings = morphology.readings(tokens.get(verb).text());
        boolean indicative = verbReadings.stream().anyMatch(m -> m.has(Feature.THIRD_PERSON)
            && (m.has(Feature.PRESENT) || m.has(Feature.PAST)));
        if (!indicative) {
            return Optional.empty();
        }
        boolean thirdSingular = verbReadings.stream().anyMatch(m -> m.has(Feature.THIRD_PERSON)
            && m.has(Feature.SINGULAR) && (m.has(Feature.PRESENT) || m.has(Feature.PAST)));
        Token first = tokens.get(start);
        List<Morph> firstReadings = morphology.readings(first.text());
        boolean taggedNoun = first.upos() == Upos.NOUN || first.upos() == Upos.PROPN;
        // "Pressesprecher Steven McNamara": a word the dictionary knows neither capitalised nor small is a noun
        boolean noun = firstReadings.isEmpty() ? taggedNoun || morphology.readings(Words.lower(first.text())).isEmpty()
            : taggedNoun ? firstReadings.stream().anyMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN)
                || first.upos() == Upos.PROPN && firstReadings.stream().noneMatch(m -> FUNCTION_WORDS.contains(m.upos()))
            : firstReadings.stream().allMatch(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN);
        boolean beforeItsNoun = start + 1 < end && Words.adjectiveBeforeItsNoun(first.text(),
            tokens.get(start + 1).text(), tokens.get(start + 1).upos() == Upos.NOUN, morphology);
        noun = noun && !beforeItsNoun && !(start + 1 < end
            && Words.adjectiveBeforeAnIndefiniteArticle(first.text(), tokens.get(start + 1).text(), morphology))
            // "Zurzeit befinden sich …", with "Zurzeit" tagged a noun the dictionary does not know
            && !(verb == start + 1 && Words.TIME_ADVERBS.contains(Words.lower(first.text())))
            // "Eins der weltweit größten Silvesterfeste": one of them, before the genitive's article
            && !(start + 1 < end && Words.ONE_OF_THEM.contains(Words.lower(first.text()))
                && Set.of("der", "des").contains(tokens.get(start + 1).text()));
        return Optional.of(new MainClause(sentence, start, verb, end, thirdSingular, noun || isAcronym(first.text())));
    }

    /** "wurde", "hatte": a verb the dictionary knows only in a finite form. */
    private static boolean onlyFinite(Token token, Morphology morphology) {
        List<Morph> readings = morphology.readings(token.text());
        return (token.upos() == Upos.VERB || token.upos() == Upos.AUX) && !readings.isEmpty()
            && readings.stream().allMatch(m -> m.has(Feature.FINITE));
    }

    /**
     * "Die von Ingrid Thurnher geleitete Elefantenrunde … findet … statt": an article, a phrase, and a participle that
     * is also a finite form ("geleitete" of "geleiten") before the noun it describes.
     */
    private static boolean attributeBeforeItsNoun(List<Token> tokens, int start, int verb, Morphology morphology) {
        return verb + 1 < tokens.size() && verb > start + 1 && tokens.get(start).upos() == Upos.DET
            && Set.of(Upos.ADP, Upos.ADV).contains(tokens.get(start + 1).upos())
            && Set.of(Upos.NOUN, Upos.PROPN).contains(tokens.get(verb + 1).upos())
            && morphology.readings(tokens.get(verb).text()).stream().anyMatch(m -> m.upos() == Upos.ADJ
                || m.has(Feature.PARTICIPLE));
    }

    /**
     * "Ankara ereilen weitere schlechte Nachrichten": a town or a country alone before a verb in the plural is whom it
     * happens to, not the subject "wer" would ask for.
     */
    private static boolean placeBeforeAPluralVerb(List<Token> tokens, int start, int verb, Morphology morphology) {
        List<Morph> verbs = morphology.readings(tokens.get(verb).text()).stream().filter(m -> m.has(Feature.FINITE))
            .toList();
        return verb == start + 1 && !verbs.isEmpty() && verbs.stream().allMatch(m -> m.has(Feature.PLURAL))
            && morphology.readings(tokens.get(start).text()).stream()
                .anyMatch(m -> m.has(Feature.CITY) || m.has(Feature.COUNTRY));
    }

    /** "Hu engagierte sich …": a name tagged PROPN is one unless the dictionary knows it only as a small word. */
    private static final Set<Upos> FUNCTION_WORDS = Set.of(Upos.ADP, Upos.DET, Upos.PRON, Upos.ADV, Upos.CCONJ,
        Upos.SCONJ, Upos.PART, Upos.AUX);

    /**
     * "belegte neben Algerien, Frankreich II und der Schweiz einen fünften Platz": a comma between the names of a list
     * ends no clause, and a question cut there would lose the rest of the sentence.
     */
    private static boolean enumerationGoesOn(List<Token> tokens, int comma) {
        if (!tokens.get(comma).text().equals(",") || comma + 1 >= tokens.size()
            || tokens.get(comma + 1).upos() != Upos.PROPN && tokens.get(comma + 1).upos() != Upos.NOUN) {
            return false;
        }
        for (int i = comma + 2; i < Math.min(tokens.size(), comma + 8); i++) {
            Token token = tokens.get(i);
            if (token.text().equals(",")) {
                continue;
            }
            if (token.upos() == Upos.VERB || token.upos() == Upos.AUX || !token.isWord()) {
                return false;
            }
            if (Set.of("und", "oder", "sowie").contains(token.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause goes on after the comma it would be cut at: its separable particle stands there ("geht nach
     * einem Treffen mit X, Y, davon aus, dass …"), or the participle or infinitive its auxiliary needs ("sind am
     * Freitag, den 22. September gegen 14.20 Uhr zwei Flugzeuge kollidiert"), or an adverbial after an apposition
     * ("gelang einem Häftling am Donnerstag, dem 1. Dezember, in einem Gefängnis …").
     */
    /**
     * "Google weist während der Einrichtung übrigens – zurecht – darauf hin, dass …" cut at the dash: the verb's
     * separable particle stands further on, before the next comma, and the clause without it says another thing.
     */
    private static boolean particleFurtherOn(List<Token> tokens, int verb, int end, Morphology morphology) {
        for (int i = end + 1; i < tokens.size() - 1 && !tokens.get(i).text().equals(","); i++) {
            String word = Words.lower(tokens.get(i).text());
            if ((tokens.get(i).upos() == Upos.ADV || tokens.get(i).upos() == Upos.ADP)
                && morphology.readings(word + tokens.get(verb).lemma()).stream().anyMatch(m -> m.upos() == Upos.VERB)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseGoesOn(List<Token> tokens, int verb, int comma, Morphology morphology) {
        if (!tokens.get(comma).text().equals(",")) {
            return false;
        }
        int segmentStart = comma + 1;
        for (int segment = 0; segment < SEGMENTS_AHEAD && segmentStart < tokens.size() - 1; segment++) {
            if (opensAClauseOfItsOwn(tokens, segmentStart)) {
                return false;
            }
            int next = segmentStart;
            while (next < tokens.size() - 1 && !isBreak(tokens, next)) {
                Token token = tokens.get(next);
                boolean closes = next + 1 >= tokens.size() - 1 || isBreak(tokens, next + 1);
                if (token.upos() == Upos.VERB || token.upos() == Upos.AUX) {
                    return closes && AUXILIARIES.contains(tokens.get(verb).lemma()) && nonFinite(token, morphology);
                }
                if (token.upos() == Upos.ADP && closes) {
                    return true;
                }
                if (token.upos() == Upos.ADV && next + 1 == tokens.size() - 1
                    && (ADVERB_PARTICLES.contains(Words.lower(token.text())) || morphology.readings(Words.lower(token.text())
                        + tokens.get(verb).lemma()).stream().anyMatch(m -> m.upos() == Upos.VERB))) {
                    // "schrammte mit 24 Punkten, 13 Rebounds und 9 Blocks nur knapp am Triple Double vorbei"
                    return true;
                }
                next++;
            }
            boolean adverbialAfterAnApposition = segment == 0 && next + 1 < tokens.size()
                && tokens.get(next + 1).upos() == Upos.ADP && next - segmentStart <= APPOSITION_WORDS;
            // "kaufte 1869 in Stadthagen, der Heimat seiner Ehefrau, acht Morgen Land am Bahnhof": the object after it
            boolean phraseAfterAnApposition = segment == 0 && next + 1 < tokens.size() - 1
                && next - segmentStart <= APPOSITION_WORDS && tokens.get(segmentStart).upos() != Upos.ADP && Set.of(Upos.DET, Upos.NUM, Upos.NOUN, Upos.PROPN, Upos.ADJ).contains(tokens.get(next + 1).upos())
                && tokens.subList(next + 1, tokens.size()).stream()
                    .noneMatch(t -> t.upos() == Upos.VERB || t.upos() == Upos.AUX || t.upos() == Upos.SCONJ);
            if (adverbialAfterAnApposition || phraseAfterAnApposition) {
                return true;
            }
            segmentStart = next + 1;
        }
        return false;
    }

    /** "…, der …", "…, dass …", "…, wo …": a relative or subordinate clause, which has verbs of its own. */
    private static boolean opensAClauseOfItsOwn(List<Token> tokens, int at) {
        Token first = tokens.get(at);
        boolean relative = Constituents.RELATIVE_PRONOUNS.contains(Words.lower(first.text())) && at + 1 < tokens.size()
            && !Set.of(Upos.NOUN, Upos.ADJ, Upos.NUM, Upos.PROPN).contains(tokens.get(at + 1).upos());
        return first.upos() == Upos.SCONJ || first.upos() == Upos.PRON || relative
            || COMPLEMENT_OPENERS.contains(Words.lower(first.text()));
    }

    /** Separable particles tagged as adverbs, which close the sentence as the verb's ("vorbeischrammen"). */
    private static final Set<String> ADVERB_PARTICLES = Set.of("vorbei", "zurück", "heraus", "hinaus", "herum",
        "weg", "fort", "hinzu", "voran", "entgegen", "los", "fest", "zusammen", "weiter", "hervor");
    private static final int SEGMENTS_AHEAD = 3;
    private static final int APPOSITION_WORDS = 6;
    private static final Set<String> AUXILIARIES = Set.of("sein", "haben", "werden", "sollen", "wollen", "müssen",
        "können", "dürfen");

    private static boolean nonFinite(Token token, Morphology morphology) {
        return morphology.readings(token.text()).stream()
            .anyMatch(m -> m.has(Feature.PARTICIPLE) || m.has(Feature.INFINITIVE));
    }

    /** A comma, semicolon, colon, bracket or a dash standing between spaces; not the hyphen of "US-Dollar". */
    private static boolean isBreak(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!CLAUSE_BREAKS.contains(token.text())) {
            return false;
        }
        boolean dash = token.text().equals("-");
        return !dash || (i > 0 && tokens.get(i - 1).span().end() < token.span().start());
    }

    /**
     * ", eine Berufung prüfen zu lassen", "das Recht, in den Bereichen Telekommunikation, Militär und innerer
     * Sicherheit Gesetze zu ändern": what the verb or its object announces follows the comma; "um … zu" and the like
     * only add a purpose.
     */
    private static boolean infinitiveClauseFollows(List<Token> tokens, int comma) {
        if (Set.of("um", "ohne", "statt", "anstatt").contains(Words.lower(tokens.get(comma + 1).text()))) {
            return false;
        }
        for (int i = comma + 1; i < tokens.size() - 1; i++) {
            if (Set.of(";", ":").contains(tokens.get(i).text())) {
                return false;
            }
            if (tokens.get(i).text().equals("(")) {
                // "im Falle des (geplanten) Scheiterns … aufzusuchen": an aside in brackets, and the clause goes on
                while (i < tokens.size() - 1 && !tokens.get(i).text().equals(")")) {
                    i++;
                }
                continue;
            }
            if (tokens.get(i).text().equals("zu")
                && (tokens.get(i + 1).upos() == Upos.VERB || tokens.get(i + 1).upos() == Upos.AUX)
                || tokens.get(i).text().matches("\\p{Ll}+zu\\p{Ll}+en")) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", urteilte Theurer.", ", so der Landeshauptmann.": whose words the clause before is, which a question from the
     * words alone would give as a fact.
     */
    private static boolean frameFollows(List<Token> tokens, int comma, Morphology morphology) {
        Token next = tokens.get(comma + 1);
        boolean cue = next.upos() == Upos.VERB && morphology.readings(next.text()).stream()
            .anyMatch(m -> m.upos() == Upos.VERB && CueVerbs.contains(m.lemma()));
        // "…, hielt Klug in Anspielung auf Ungarns Premier Viktor Orban fest.": the particle at the end makes it one
        String particle = Words.lower(tokens.get(tokens.size() - 2).text());
        boolean closedByItsParticle = next.upos() == Upos.VERB && tokens.size() - comma <= 2 * FRAME_LENGTH
            && morphology.readings(next.text()).stream().anyMatch(m -> m.upos() == Upos.VERB
                && (CueVerbs.contains(particle + m.lemma()) || FrameAfter.FRAMING.contains(particle + m.lemma())));
        // "…, fordert aber einen umfangreicheren Schuldenerlass" goes on; "…, so dass …" gives a consequence
        // "…, sagt er zum STANDARD.": a pronoun speaks as much as a name
        boolean speakerNext = comma + 2 < tokens.size()
            && (Set.of(Upos.PROPN, Upos.DET, Upos.NOUN).contains(tokens.get(comma + 2).upos())
                || Words.PERSONAL_SPEAKERS.contains(Words.lower(tokens.get(comma + 2).text())));
        // "…, meinte der 69-jährige Niederländer, der national sogar einen Rekord aufstellte.": the frame ends where a
        // clause about its speaker begins
        int frameEnd = comma + 1;
        while (frameEnd < tokens.size() - 1 && !tokens.get(frameEnd).text().equals(",")) {
            frameEnd++;
        }
        boolean aboutTheSpeaker = frameEnd + 1 < tokens.size()
            && Constituents.RELATIVE_PRONOUNS.contains(Words.lower(tokens.get(frameEnd + 1).text()));
        int length = (aboutTheSpeaker ? frameEnd + 1 : tokens.size()) - comma;
        return tokens.get(comma).text().equals(",") && speakerNext
            && (Words.lower(next.text()).equals("so") || cue && length <= FRAME_LENGTH || closedByItsParticle);
    }

    private static final int FRAME_LENGTH = 8;

    /** "…, obwohl …, erklärte Giegold.": the last comma, before which a frame at the sentence's end begins. */
    private static int lastComma(List<Token> tokens) {
        for (int i = tokens.size() - 2; i > 0; i--) {
            if (tokens.get(i).text().equals(",")) {
                return i;
            }
        }
        return tokens.size() - 2;
    }

    /**
     * "gab als Grund an, das Finanzsystem sei nicht mehr in der Lage …": a clause in the subjunctive after the comma
     * is what the main clause reports, and a question on the main clause alone would leave it out.
     */
    private static boolean reportedClauseFollows(List<Token> tokens, int comma, Morphology morphology) {
        for (int i = comma + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if ((token.upos() == Upos.VERB || token.upos() == Upos.AUX)
                && ReportedSpeech.onlySubjunctive(morphology, token.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause says something whole: an auxiliary or modal verb needs its participle or infinitive at the
     * end, the clause does not end in a word pointing at what follows ("darum", "damit"), and no "zwar" waits for its
     * "aber".
     */
    private static boolean complete(List<Token> tokens, int verb, int end, Morphology morphology) {
        Token last = tokens.get(end - 1);
        String lastWord = Words.lower(last.text());
        boolean onlyParticle = end - verb == 2 && (last.upos() == Upos.ADP || last.upos() == Upos.ADV);
        // "Und die Lösung des Problems ist auch immer: Geld.": "sein" with adverbs only, its predicate after the colon
        boolean predicateMissing = morphology.readings(tokens.get(verb).text()).stream().anyMatch(m -> m.lemma().equals("sein"))
            && tokens.subList(verb + 1, end).stream().allMatch(t -> t.upos() == Upos.ADV);
        if (onlyParticle || predicateMissing || POINTING.contains(lastWord) || tokens.subList(0, end).stream().anyMatch(t -> Words.lower(t.text()).equals("zwar"))) {
            return false;
        }
        if (tokens.get(verb).upos() != Upos.AUX) {
            return true;
        }
        boolean copula = Set.of("sein", "werden", "bleiben").contains(tokens.get(verb).lemma());
        boolean modal = Set.of("sollen", "wollen", "müssen", "können", "dürfen", "mögen").contains(tokens.get(verb).lemma());
        if (modal) {
            return morphology.readings(last.text()).stream().anyMatch(m -> m.has(Feature.INFINITIVE));
        }
        boolean nonFinite = morphology.readings(last.text()).stream()
            .anyMatch(m -> m.has(Feature.PARTICIPLE) || m.has(Feature.INFINITIVE) || m.has(Feature.ZU_INFINITIVE));
        if (nonFinite) {
            return true;
        }
        return copula && (last.upos() == Upos.ADJ || last.upos() == Upos.ADV)
            && morphology.readings(last.text()).stream().noneMatch(m -> m.upos() == Upos.VERB || m.upos() == Upos.AUX);
    }

    /** "… nicht bestritten und argumentiert, dass …": a conjunction that joins a second verb to the clause. */
    private static boolean secondClause(List<Token> tokens, int i) {
        return tokens.get(i).upos() == Upos.CCONJ && i + 1 < tokens.size()
            && (tokens.get(i + 1).upos() == Upos.VERB || tokens.get(i + 1).upos() == Upos.AUX);
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    /**
     * "Die Staatsanwaltschaft hegt den Verdacht, Ertel könnte …": the clause ends on a noun whose content follows,
     * which a question on the clause would leave out, as {@link Constituents} refuses for a parsed one.
     */
    private boolean contentCutOff() {
        return end > start && end < tokens().size() && token(end).text().equals(",")
            && (Constituents.CONTENT_NOUNS.contains(token(end - 1).text()) || endsInAZuInfinitive() || saidAfterTheComma()
                || verbOfWhatFollows());
    }

    /**
     * "Die Eltern müssen lernen, daß …", "haben vorgerechnet, was das kosten würde": the clause ends in its verb, whose
     * clause after the comma says what it is about.
     */
    private boolean verbOfWhatFollows() {
        return end + 1 < tokens().size() && token(end - 1).upos() == Upos.VERB
            && Words.OPENS_WHAT_IT_IS_ABOUT.contains(Words.lower(token(end + 1).text()));
    }

    /**
     * "Hunt hatte auf einer Fachkonferenz erklärt, Frauen sollten …": a verb of saying whose words follow the comma,
     * which the question would leave out; not a relative clause or one of time or reason after it.
     */
    private boolean saidAfterTheComma() {
        if (end + 1 >= tokens().size() || !CueVerbs.contains(token(verb).lemma()) && !CueVerbs.contains(token(end - 1).lemma())) {
            return false;
        }
        Token next = token(end + 1);
        String word = Words.lower(next.text());
        return Set.of("dass", "ob").contains(word) || next.upos() != Upos.SCONJ && next.upos() != Upos.CCONJ
            && !Constituents.RELATIVE_PRONOUNS.contains(word) && next.upos() != Upos.ADP;
    }

    /**
     * "Colomer empfahl dem Gericht, der … Klage … stattzugeben": the sentence after the clause's comma ends in a
     * zu-infinitive, what was recommended, planned or asked, which the question would leave out.
     */
    private boolean endsInAZuInfinitive() {
        int last = tokens().size() - 1;
        while (last > end && tokens().get(last).upos() == Upos.PUNCT) {
            last--;
        }
        if (last <= end + 1) {
            return false;
        }
        String verb = token(last).text();
        return Constituents.isZuInfinitive(verb) || Words.lower(token(last - 1).text()).equals("zu")
            && (token(last).upos() == Upos.VERB || token(last).upos() == Upos.AUX);
    }

    Token token(int index) {
        return sentence.tokens().get(index);
    }

    String text(int from, int to) {
        return Words.text(sentence, sentence.tokens(), from, to);
    }

    boolean inVorfeld(int index) {
        return index >= start && index < verb;
    }

    /**
     * The question that asks for tokens {@code from}–{@code to} with {@code asking} ("Wann", "Wie viele Soldaten"):
     * the W-phrase, the finite verb, then the rest of the clause without the phrase asked for; empty when the
     * phrase is only part of the Vorfeld, or the Vorfeld cannot move behind the verb.
     */
    Optional<String> ask(WhPhrase phrase) {
        String asking = phrase.asking();
        int from = phrase.from();
        int to = phrase.to();
        if (to < end && token(to).upos() == Upos.CCONJ || from > start && token(from - 1).upos() == Upos.CCONJ
            || indefiniteBeforeARelativeClause(from) || contentCutOff()
            // "sank allein in Frankreich der Stromverbrauch": "Wo sank allein …?" leaves the particle without its phrase
            || from > start && ClauseQuestions.SINGLING_OUT.contains(Words.lower(token(from - 1).text()))
                && java.util.stream.IntStream.range(to, end).mapToObj(this::token)
                    .anyMatch(t -> t.upos() == Upos.NOUN || t.upos() == Upos.PROPN)) {
            return Optional.empty();
        }
        String verbText = phrase.verb().isEmpty() ? token(verb).text() : phrase.verb();
        StringBuilder question = new StringBuilder(asking).append(' ').append(verbText);
        if (from < verb) {
            if (from != start || to != verb) {
                return Optional.empty();
            }
            append(question, text(verb + 1, end));
        } else {
            Token first = token(start);
            if (verb - start == 1 && Words.CONNECTIVES.contains(Words.lower(first.text()))) {
                return Optional.empty();
            }
            if (verb - start > 1 && VERB_PARTICLES.contains(Words.lower(token(verb - 1).text()))) {
                // "Neu hinzu kommt am 1. Januar …": the verb's particle in the Vorfeld, which "Wann kommt neu hinzu …?"
                // would leave behind the verb
                return Optional.empty();
            }
            String vorfeld = text(start, verb);
            if (!startsWithNoun) {
                vorfeld = Words.decapitalise(vorfeld);
            }
            int subjectEnd = !startsWithNoun && first.upos() != Upos.DET && first.upos() != Upos.PRON
                ? nounPhraseEnd(verb + 1) : verb + 1;
            if (subjectEnd > from) {
                subjectEnd = verb + 1;
            }
            boolean phraseLeft = java.util.stream.IntStream.concat(java.util.stream.IntStream.range(verb + 1, from),
                java.util.stream.IntStream.range(to, end)).mapToObj(this::token)
                .anyMatch(t -> t.upos() == Upos.NOUN || t.upos() == Upos.PROPN || t.upos() == Upos.PRON);
            if (subjectEnd == verb + 1 && COMPLEMENT_PREPOSITIONS.contains(Words.lower(first.text())) && phraseLeft) {
                // "Zur Polizei ging am Freitagmorgen ein Mann": "Wann ging zur Polizei ein Mann?" puts the verb's
                // own phrase before the subject or the object, where only its circumstances go
                return Optional.empty();
            }
            // "Wie viele Passagiere befanden sich im Airbus?": "sich" stays right after the verb and the subject
            while (subjectEnd < from && Words.lower(token(subjectEnd).text()).equals("sich")) {
                subjectEnd++;
            }
            append(question, text(verb + 1, subjectEnd));
            // "Auf der Liste stehen auch vier Tschechen": "auch" of the phrase asked for goes before the Vorfeld put back
            int adding = from - 1 >= subjectEnd && ADDING.contains(Words.lower(token(from - 1).text())) ? from - 1 : from;
            append(question, text(adding, from));
            append(question, vorfeld);
            append(question, text(subjectEnd, adding));
            append(question, text(to, end));
        }
        // "Wer bestritt jedoch jede Mitwisserschaft?": what ties the sentence to the one before says nothing here
        return Optional.of(MIDDLE_CONNECTIVE.matcher(question.append('?')).replaceAll(""));
    }

    private static final Set<String> ADDING = Set.of("auch", "ebenfalls");
    /** Separable particles that are adverbs as well, and so may close a Vorfeld of their own. */
    private static final Set<String> VERB_PARTICLES = Set.of("hinzu", "zurück", "vorbei", "voran", "voraus", "heraus",
        "hinaus", "herein", "hinein", "herum", "weiter", "zusammen", "entgegen", "fort", "dazu");

    private static final java.util.regex.Pattern MIDDLE_CONNECTIVE = java.util.regex.Pattern.compile(
        " (?:jedoch|allerdings|dennoch|trotzdem|hingegen|indes|indessen|freilich|übrigens|jedenfalls)(?= |\\?$)");

    /**
     * "hatte einen Mann verteidigt, der wegen Gotteslästerung angeklagt worden war": a phrase with an indefinite
     * article, which the relative clause after the comma may be all that says who or what it is.
     */
    private boolean indefiniteBeforeARelativeClause(int from) {
        List<Token> tokens = tokens();
        int opening = end + 1 < tokens.size() && tokens.get(end + 1).upos() == Upos.ADP ? end + 2 : end + 1;
        // "…, um die Armut zu bekämpfen": an article before its noun opens no relative clause
        boolean relativeFollows = opening + 1 < tokens.size() && tokens.get(end).text().equals(",")
            && Constituents.RELATIVE_PRONOUNS.contains(Words.lower(tokens.get(opening).text()))
            && !Set.of(Upos.NOUN, Upos.ADJ, Upos.PROPN).contains(tokens.get(opening + 1).upos());
        // "Frankreich verfolgt eine Politik, durch die …": asked for or not, the phrase before says nothing alone
        boolean lastPhraseIndefinite = java.util.stream.IntStream.range(verb + 1, end)
            .anyMatch(i -> Words.INDEFINITE_ARTICLES.contains(Words.lower(token(i).text())) && nounPhraseEnd(i) == end);
        return relativeFollows && (Words.INDEFINITE_ARTICLES.contains(Words.lower(token(from).text()))
            || lastPhraseIndefinite);
    }

    /** Where a noun phrase starting at {@code from} ends ("die thailändische Armee", "BYD"); {@code from} if none. */
    private int nounPhraseEnd(int from) {
        int i = from;
        if (i < end && token(i).upos() == Upos.DET) {
            i++;
        }
        while (i < end && token(i).upos() == Upos.ADJ) {
            i++;
        }
        int nouns = i;
        while (i < end && (token(i).upos() == Upos.NOUN || token(i).upos() == Upos.PROPN
            || Words.isCompoundPart(tokens(), i))) {
            i++;
        }
        return i > nouns ? i : from;
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.chars().anyMatch(Character::isLetter)
            && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static void append(StringBuilder question, String part) {
        if (!part.isEmpty()) {
            question.append(' ').append(part);
        }
    }
}
