package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.textquiz.core.question.Question;

/**
 * Keeps the candidates that pass every quality gate, one of each question (none of one that two sentences answer
 * differently), and orders them best first: a higher generator score
 * (a name or number as the answer), a shorter question, a sentence earlier in its paragraph. Ties fall in an
 * order fixed by the seed.
 */
final class Ranking {

    private static final double PER_WORD = 0.04;
    private static final double EARLY = 0.3;

    private Ranking() {
    }

    static List<Question> best(List<Candidate> candidates, Random random) {
        Map<String, Candidate> unique = new LinkedHashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Candidate candidate : candidates) {
            if (!QualityGates.violations(candidate.question()).isEmpty()) {
                continue;
            }
            // a sentence the article repeats gives the same question twice; two sentences may give one question two
            // answers, and then neither is fair
            String prompt = Words.lower(candidate.question().prompt());
            Candidate same = unique.putIfAbsent(prompt, candidate);
            if (same != null && !same.question().sentence().equals(candidate.question().sentence())
                && !Words.lower(same.question().solution()).equals(Words.lower(candidate.question().solution()))) {
                ambiguous.add(prompt);
            }
        }
        ambiguous.forEach(unique::remove);
        List<Candidate> kept = new ArrayList<>(unique.values());
        Collections.shuffle(kept, random);
        Map<Candidate, Double> ranks = new java.util.IdentityHashMap<>();
        kept.forEach(c -> ranks.put(c, rank(c)));
        kept.sort(Comparator.comparingDouble((Candidate c) -> ranks.get(c)).reversed());
        return kept.stream().map(Candidate::question).toList();
    }

    private static double rank(Candidate candidate) {
        int words = Words.count(candidate.question().prompt());
        double early = candidate.positionInParagraph() == 0 ? EARLY : candidate.positionInParagraph() == 1 ? EARLY / 2 : 0;
        return candidate.score() - PER_WORD * words + early;
    }
}
