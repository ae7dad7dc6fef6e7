package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.textquiz.core.analysis.Feature;

/**
 * German verbs that take an object with a preposition, and the case the preposition governs there: "hält an ihrer
 * Forderung fest" (an + dative), "wartet auf den Zug" (auf + accusative). With such a verb the phrase is what is held
 * to or waited for, asked "woran" or "worauf"; with another verb the same preposition says where or when ("an der
 * Küste", "auf dem Platz"), which no "wo(r)-" question asks.
 */
final class PrepositionalObjects {

    /** A preposition a verb takes its object with, the case it governs then, and whether the verb hardly goes without it. */
    record Taken(String preposition, Feature grammaticalCase, boolean obligatory) {
        Taken {
            if (grammaticalCase != Feature.DATIVE && grammaticalCase != Feature.ACCUSATIVE) {
                throw new IllegalArgumentException("a preposition governs the dative or the accusative here, not "
                    + grammaticalCase);
            }
        }
    }

    /**
     * Lemma, then preposition and case, "D" or "A"; a "!" marks an object the verb hardly goes without, which the parse
     * of "geht nach der Auffindesituation von einem Verbrechen aus" hung on the phrase before it.
     */
    private static final String[] LEXICON = {
        // an
        "festhalten an D", "denken an A", "glauben an A", "teilnehmen an D!", "arbeiten an D", "leiden an D",
        "erinnern an A", "zweifeln an D", "scheitern an D", "sterben an D", "erkranken an D", "beteiligen an D",
        "mangeln an D", "fehlen an D", "gewöhnen an A", "orientieren an D", "anknüpfen an A", "mitwirken an D",
        "mitarbeiten an D", "appellieren an A", "forschen an D", "verdienen an D",
        // auf
        "verzichten auf A!", "hinweisen auf A!", "hoffen auf A!", "setzen auf A!", "reagieren auf A!", "verweisen auf A!",
        "warten auf A", "achten auf A", "bestehen auf D", "einigen auf A", "konzentrieren auf A", "abzielen auf A",
        "zielen auf A", "beziehen auf A", "berufen auf A", "beschränken auf A", "verlassen auf A", "freuen auf A",
        "vorbereiten auf A", "antworten auf A", "drängen auf A", "pochen auf A", "beharren auf D", "zurückgreifen auf A",
        "auswirken auf A", "anspielen auf A", "hindeuten auf A", "beruhen auf D", "basieren auf D",
        "einstellen auf A", "verständigen auf A", "hinauslaufen auf A",
        // aus
        "bestehen aus D", "resultieren aus D", "austreten aus D", "aussteigen aus D", "lernen aus D", "hervorgehen aus D",
        "zitieren aus D", "folgern aus D",
        // nach
        "fragen nach D!", "suchen nach D", "streben nach D", "sehnen nach D", "verlangen nach D", "rufen nach D",
        "forschen nach D", "greifen nach D", "fahnden nach D", "graben nach D", "bohren nach D",
        // von
        "ausgehen von D!", "abhängen von D!", "abstammen von D!",
        "profitieren von D", "träumen von D", "überzeugen von D", "handeln von D",
        "leben von D", "ernähren von D!", "abraten von D", "befreien von D", "trennen von D", "distanzieren von D",
        "abweichen von D", "absehen von D", "abbringen von D", "zeugen von D", "erzählen von D", "abrücken von D",
        "abkehren von D", "abwenden von D!", "lossagen von D!",
        // vor
        "warnen vor D!", "schützen vor D!", "fliehen vor D", "flüchten vor D", "retten vor D", "bewahren vor D",
        "zurückschrecken vor D", "kapitulieren vor D", "fürchten vor D", "hüten vor D",
        // in
        "investieren in A", "einwilligen in A", "eingreifen in A", "einmischen in A", "verwandeln in A!",
        "umwandeln in A!", "unterteilen in A!", "gliedern in A!", "einteilen in A!", "einspeisen in A!",
        // unter
        "leiden unter D",
        // um: asked "worum" only with these verbs; "Um die Wasserstelle wachsen Pflanzen" says where
        "gehen um A", "handeln um A", "drehen um A", "kümmern um A", "bitten um A", "kämpfen um A", "streiten um A",
        "sorgen um A", "bewerben um A", "ringen um A", "werben um A", "wetten um A", "trauern um A", "beneiden um A",
        "bemühen um A", "ersuchen um A", "feilschen um A", "konkurrieren um A", "rangeln um A", "buhlen um A",
        // mit
        "befassen mit D!", "beschäftigen mit D!", "auseinandersetzen mit D!",
        // für, zu, gegen: asked "wofür", "wozu", "wogegen" with any verb; listed for the misparse they show
        "sorgen für A!", "führen zu D!", "beitragen zu D!", "richten gegen A!", "protestieren gegen A!",
        "demonstrieren gegen A!", "schützen gegen A!", "wehren gegen A!"};

    private static final Map<String, List<Taken>> BY_LEMMA = new HashMap<>();

    static {
        for (String entry : LEXICON) {
            String[] fields = entry.split(" ");
            boolean obligatory = fields[2].endsWith("!");
            Feature grammaticalCase = fields[2].startsWith("D") ? Feature.DATIVE : Feature.ACCUSATIVE;
            BY_LEMMA.computeIfAbsent(fields[0], lemma -> new ArrayList<>())
                .add(new Taken(fields[1], grammaticalCase, obligatory));
        }
    }

    private PrepositionalObjects() {
    }

    /** The case {@code preposition} governs when the verb {@code lemma} takes its object with it. */
    static Optional<Feature> caseOf(String lemma, String preposition) {
        return BY_LEMMA.getOrDefault(lemma, List.of()).stream().filter(t -> t.preposition().equals(preposition))
            .map(Taken::grammaticalCase).findFirst();
    }

    /** The prepositions of the object the verb {@code lemma} hardly goes without ("sorgte für", "warnte vor"). */
    static List<String> obligatory(String lemma) {
        return BY_LEMMA.getOrDefault(lemma, List.of()).stream().filter(Taken::obligatory).map(Taken::preposition)
            .toList();
    }

    /** "woran", "worauf", "wovon": the W-word of a preposition, with "r" before a vowel. */
    static String whWord(String preposition) {
        return "Wo" + (preposition.matches("[aeiouäöü].*") ? "r" : "") + preposition;
    }
}
