package org.textquiz.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.textquiz.core.article.Sentence;

/** The dependency parse of one sentence: its syntactic words, each with its head and relation. */
public record Parse(Sentence sentence, List<Word> words) {

    public Parse {
        Objects.requireNonNull(sentence, "sentence");
        words = List.copyOf(words);
        for (Word word : words) {
            if (word.head() >= words.size() || word.token() >= sentence.tokens().size()) {
                throw new IllegalArgumentException("a word points outside its sentence: " + word);
            }
        }
    }

    public Word word(int i) {
        return words.get(i);
    }

    /** The words that depend on word {@code i}, in sentence order. */
    public List<Integer> children(int i) {
        return IntStream.range(0, words.size()).filter(w -> words.get(w).head() == i).boxed().toList();
    }

    /** The children of {@code i} with the relation {@code relation} (its base or its full name). */
    public List<Integer> children(int i, String relation) {
        return children(i).stream().filter(c -> relation.equals(words.get(c).relation())
            || relation.equals(words.get(c).baseRelation())).toList();
    }

    /** The root word: the one that depends on no other. */
    public int root() {
        return IntStream.range(0, words.size()).filter(w -> words.get(w).head() < 0).findFirst().orElse(-1);
    }

    /** Word {@code i} and every word below it, in sentence order. */
    public List<Integer> subtree(int i) {
        List<Integer> all = new ArrayList<>();
        collect(i, all, 0);
        all.sort(Integer::compareTo);
        return all;
    }

    private void collect(int i, List<Integer> into, int depth) {
        if (depth > words.size()) {
            return;
        }
        into.add(i);
        for (int child : children(i)) {
            collect(child, into, depth + 1);
        }
    }

    /** Whether the subtree of {@code i} covers one unbroken run of words. */
    public boolean contiguous(int i) {
        List<Integer> tree = subtree(i);
        return tree.get(tree.size() - 1) - tree.get(0) + 1 == tree.size();
    }
}
