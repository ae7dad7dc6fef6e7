package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;

/** Which sentences of an article hold a word: a long text is searched through this index, not read again for every fact. */
final class SentenceWords {

    private final List<Sentence> sentences;
    private final Map<String, List<Integer>> where = new HashMap<>();

    SentenceWords(List<Sentence> sentences) {
        this.sentences = sentences;
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> own = new HashSet<>();
            for (Token token : sentences.get(i).tokens()) {
                own.add(Words.lower(token.text()));
            }
            for (String word : own) {
                where.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The sentences holding {@code word} as a token, in text order. */
    List<Sentence> with(String word) {
        List<Sentence> found = new ArrayList<>();
        for (int i : where.getOrDefault(Words.lower(word), List.of())) {
            found.add(sentences.get(i));
        }
        return found;
    }
}
