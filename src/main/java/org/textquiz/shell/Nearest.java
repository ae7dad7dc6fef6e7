package org.textquiz.shell;

import java.util.Collection;
import java.util.Locale;

/** The known word nearest to a mistyped one ("plya" → "play"), by edits with swapped letters counting as one. */
final class Nearest {

    private static final int MOST_EDITS = 2;

    private Nearest() {
    }

    /** The nearest of {@code known} within two edits; empty when none is that near. */
    static String of(String typed, Collection<String> known) {
        String best = "";
        int bestDistance = MOST_EDITS + 1;
        String word = typed.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int d = distance(word, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
