package org.textquiz.core.comprehension;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.Parse;

/**
 * Names of sports clubs, which play, host and beat like people and are asked for with "wer" and "wen": "Borussia
 * Dortmund empfing den SC Freiburg", "1899 Hoffenheim", "Der 1. FSV Mainz 05 spielte daheim".
 */
final class Clubs {
    /** Abbreviations and words that only clubs carry in their names. */
    private static final Set<String> MARKERS = Set.of("FC", "SV", "VfB", "VfL", "FSV", "SC", "TSV", "TSG", "SpVgg",
        "BV", "BVB", "HSV", "KSC", "SG", "SSV", "FK", "AC", "AS", "SSC", "RB", "Borussia", "Eintracht", "Hertha", "Werder",
        "Fortuna", "Arminia", "Alemannia", "Dynamo", "Kickers", "Juventus", "Olympique", "Ajax", "PSV", "Feyenoord",
        "Benfica", "Galatasaray", "Fenerbahçe",
        // "gegen den SD Huesca", "Real Sociedad", "Atlético Madrid": Spanish and Portuguese clubs ("CD" is a disc)
        "SD", "UD", "CF", "RCD", "Real", "Atlético", "Sporting",
        // Vienna's clubs, which Austrian papers name alone ("gegen die Austria", "Rapid siegte")
        "Austria", "Rapid", "Admira",
        // "West Ham United", "Tottenham Hotspur"
        "United", "Albion", "Hotspur", "Rovers", "Wanderers", "Rangers", "Celtic");
    /** "Hannover 96", "Darmstadt 98": clubs known by their town and year, which a number alone does not tell. */
    private static final Set<String> NUMBERED = Set.of("Hannover 96", "Darmstadt 98");

    private Clubs() {
    }

    /**
     * The town a club's name ends in, which a learner may give for the whole name: "Freiburg" for "den SC Freiburg",
     * "Mainz" for "der 1. FSV Mainz 05"; none when the name ends in a marker ("der Hamburger SV").
     */
    static Optional<String> town(Parse parse, int from, int to) {
        String last = null;
        for (int w = from; w <= to && parse.word(w).upos() != Upos.ADP; w++) {
            String form = parse.word(w).form();
            if (form.matches("\\d+")) {
                continue;
            }
            boolean afterAHyphen = w > from && parse.word(w - 1).form().equals("-");
            last = parse.word(w).upos() == Upos.PROPN && !MARKERS.contains(form) && form.matches("\\p{Lu}\\p{L}+")
                && !afterAHyphen ? form : null;
        }
        return names(parse, from, to) ? Optional.ofNullable(last) : Optional.empty();
    }

    /**
     * Whether the words from {@code from} up to the first preposition name a club: a marker word, a founding year
     * before a name ("1899 Hoffenheim"), a year's last two digits after one ("Mainz 05", "Bayer 04").
     */
    static boolean names(Parse parse, int from, int to) {
        for (int w = from; w <= to; w++) {
            var word = parse.word(w);
            if (word.upos() == Upos.ADP) {
                return false;
            }
            String next = w + 1 <= to ? parse.word(w + 1).form() : "";
            boolean name = word.upos() == Upos.PROPN || word.upos() == Upos.NOUN || word.upos() == Upos.X;
            String lower = word.form().toLowerCase(Locale.GERMAN);
            boolean afterAHyphen = w > from && parse.word(w - 1).form().equals("-");
            boolean clubWord = name && (lower.endsWith("sportverein") || lower.endsWith("fußballclub")
                || afterAHyphen && Set.of("verein", "club", "klub").contains(lower));
            // "Eine SD-Karte": a marker joined to the noun after it by a hyphen makes a compound, no club
            if (clubWord || name && MARKERS.contains(word.form()) && !next.equals("-")
                || word.upos() == Upos.NUM && word.form().matches("18\\d\\d|19[0-2]\\d") && w + 1 <= to
                    && parse.word(w + 1).upos() == Upos.PROPN
                || name && next.matches("0\\d") || NUMBERED.contains(word.form() + " " + next)) {
                return true;
            }
        }
        return false;
    }
}
