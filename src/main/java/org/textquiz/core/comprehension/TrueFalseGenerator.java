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

/**
 * Statements from the article, true as written or made false by swapping one fact for another of the same
 * kind the article names; a swap is refused when the article says the new fact with the same verb elsewhere,
 * since the statement might then be true.
 */
public final class TrueFalseGenerator implements ComprehensionGenerator {

    private static final int MIN_WORDS = 6;
    /**
     * How often a sentence with a fact to swap becomes a false statement; since many sentences have none,
     * this, with false statements ranked a little higher, keeps "richtig" from being the safe guess.
     */
    private static final double FALSE_SHARE = 0.75;
    private static final String QUOTE_MARKS = "„“”\"»«";

    private final Morphology morphology;
    private final Facts facts;

    public TrueFalseGenerator(Morphology morphology) {
        this.morphology = morphology;
        this.facts = new Facts(morphology);
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
            factsOf.put(sentence.span(), facts.in(sentence, people));
        }
        List<Fact> everyFact = sentences.stream().flatMap(s -> factsOf.get(s.span()).stream()).toList();
        Map<Fact.Kind, List<String>> kinds = new EnumMap<>(Fact.Kind.class);
        for (Fact.Kind kind : Fact.Kind.values()) {
            kinds.put(kind, sameKind(kind, everyFact, people).stream().distinct().toList());
        }
        List<Fact> counts = everyFact.stream().filter(Fact::isCount).toList();
        SentenceWords index = new SentenceWords(sentences);
        List<Candidate> candidates = new ArrayList<>();
        long base = random.nextLong();
        for (Paragraph paragraph : article.paragraphs()) {
            for (int s = 0; s < paragraph.sentences().size(); s++) {
                Sentence sentence = paragraph.sentences().get(s);
                if (!standsAlone(sentence) || !indicativeMainVerb(sentence)) {
                    continue;
                }
                String original = sentence.text().strip().replaceAll("\\s+", " ");
                Random own = new Random(base ^ sentence.span().start());
                boolean makeFalse = own.nextDouble() < FALSE_SHARE;
                List<Fact> sentenceFacts = factsOf.get(sentence.span());
                Optional<String> falsified = makeFalse
                    ? falsify(sentence, sentenceFacts, kinds, counts, index, own) : Optional.empty();
                String statement = falsified.orElse(original);
                String answer = falsified.isPresent() ? TrueFalseQuestion.FALSE : TrueFalseQuestion.TRUE;
                String id = QuestionIds.of(article.sha256(), type(), sentence.span(), sentence.span(), statement);
                double score = (sentenceFacts.isEmpty() ? 1.0 : 2.0) + (falsified.isPresent() ? 0.5 : 0);
                candidates.add(new Candidate(new TrueFalseQuestion(id, statement, List.of(answer), List.of(),
                    sentence.span(), original), score, s));
            }
        }
        return Ranking.best(candidates, random);
    }

    /** A whole sentence a reader understands without the one before it. */
    private static boolean standsAlone(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (sentence.headline() || tokens.isEmpty() || sentence.wordCount() < MIN_WORDS
            || !tokens.get(tokens.size() - 1).text().equals(".")
            || sentence.text().chars().anyMatch(c -> QUOTE_MARKS.indexOf(c) >= 0)) {
            return false;
        }
        if (tokens.stream().anyMatch(t -> Words.UNCLEAR_IN_STATEMENT.contains(Words.lower(t.text())))) {
            return false;
        }
        if (tokens.size() > 1 && (tokens.get(1).text().equals("–") || tokens.get(1).text().equals("-"))) {
            return false;
        }
        Token first = tokens.get(0);
        Upos next = tokens.get(1).upos();
        boolean article = first.upos() == Upos.DET && (next == Upos.NOUN || next == Upos.ADJ || next == Upos.PROPN);
        return (article || !Words.CONNECTIVES.contains(Words.lower(first.text()))) && first.upos() != Upos.PRON
            && !Words.PRONOUNS.contains(Words.lower(first.text()));
    }

    /**
     * A sentence with an indicative finite verb; a sentence whose first finite verb is only a subjunctive
     * ("Heutige Fahrzeuge seien …") reports someone's words, which a statement would pass off as fact.
     */
    private boolean indicativeMainVerb(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.upos() != Upos.VERB && token.upos() != Upos.AUX) {
                continue;
            }
            List<Morph> readings = morphology.readings(token.text());
            if (readings.stream().anyMatch(m -> m.has(Feature.FINITE))) {
                return readings.stream().anyMatch(m -> m.has(Feature.FINITE) && (m.has(Feature.PRESENT)
                    || m.has(Feature.PAST)) && !m.has(Feature.FIRST_PERSON) && !m.has(Feature.SECOND_PERSON));
            }
        }
        return false;
    }

    private static Optional<String> falsify(Sentence sentence, List<Fact> sentenceFacts,
                                            Map<Fact.Kind, List<String>> kinds, List<Fact> counts,
                                            SentenceWords index, Random random) {
        List<Fact> own = new ArrayList<>(sentenceFacts);
        Collections.shuffle(own, random);
        Words.Plain plain = Words.plain(sentence.text());
        for (Fact fact : own) {
            Set<String> others = new LinkedHashSet<>();
            for (String other : kinds.get(fact.kind())) {
                if (fact.isCount() && counts.stream().noneMatch(c -> c.text().equals(other) && fact.falseWith(c))) {
                    continue;
                }
                boolean sameEnding = other.endsWith("s") == fact.text().endsWith("s");
                if (!other.equals(fact.text()) && sameEnding && !plain.containsWord(lastWord(other))) {
                    others.add(other);
                }
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

    private static List<String> sameKind(Fact.Kind kind, List<Fact> everyFact, People people) {
        return switch (kind) {
            case PERSON -> people.persons().stream().map(People.Person::name).filter(n -> n.contains(" ")).toList();
            case SURNAME -> people.persons().stream().map(People.Person::surname).toList();
            default -> everyFact.stream().filter(f -> f.kind() == kind).map(Fact::text).toList();
        };
    }

    /** Whether another sentence names {@code fact} with one of the verbs of {@code sentence}. */
    private static String lastWord(String fact) {
        String[] words = fact.split(" ");
        return words[words.length - 1];
    }

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
