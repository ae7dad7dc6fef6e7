package org.textquiz.core.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.textquiz.core.article.Span;

/**
 * Which lines of a long text are analysed for a quiz: a seeded sample of passages (runs of consecutive
 * lines, so that a pronoun still finds its person and a quotation its speaker), as many as make up the
 * budget of characters. A text within {@link #WHOLE_TEXT} characters is always analysed whole, so the
 * quiz of a news article does not depend on any of this.
 */
public final class Passages {

    /** About 30,000 tokens: longer texts are sampled. */
    public static final int WHOLE_TEXT = 200_000;
    static final int LINES_PER_PASSAGE = 12;
    private static final int MIN_BUDGET = 24_000;
    private static final int BUDGET_PER_QUESTION = 2_400;

    private Passages() {
    }

    public static boolean sampled(String text) {
        return text.length() > WHOLE_TEXT;
    }

    /** The characters of text a first sample for {@code questions} questions takes. */
    public static int budget(int questions) {
        return Math.max(MIN_BUDGET, questions * BUDGET_PER_QUESTION);
    }

    /** Every line: the whole text. */
    public static LineSelection all() {
        return line -> true;
    }

    /** The first lines of the text up to {@code chars} characters: a preview, to tell its language. */
    public static LineSelection opening(String text, int chars) {
        List<Span> lines = Lines.of(text);
        BitSet chosen = new BitSet(lines.size());
        int total = 0;
        for (int line = 0; line < lines.size() && total < chars; line++) {
            chosen.set(line);
            total += lines.get(line).length();
        }
        return chosen::get;
    }

    /**
     * Passages of the text chosen by the seed until they hold {@code budget} characters; the same seed and
     * budget always choose the same, and a larger budget chooses everything a smaller one did and more.
     */
    public static LineSelection sample(String text, long seed, int budget) {
        List<Span> lines = Lines.of(text);
        int passages = (lines.size() + LINES_PER_PASSAGE - 1) / LINES_PER_PASSAGE;
        List<Integer> order = new ArrayList<>(passages);
        for (int passage = 0; passage < passages; passage++) {
            order.add(passage);
        }
        Collections.shuffle(order, new Random(seed ^ 0x5DEECE66DL));
        BitSet chosen = new BitSet(lines.size());
        long total = 0;
        for (int passage : order) {
            if (total >= budget) {
                break;
            }
            int first = passage * LINES_PER_PASSAGE;
            int end = Math.min(lines.size(), first + LINES_PER_PASSAGE);
            for (int line = first; line < end; line++) {
                chosen.set(line);
                total += lines.get(line).length();
            }
        }
        return chosen::get;
    }
}
