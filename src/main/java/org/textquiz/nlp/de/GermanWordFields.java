package org.textquiz.nlp.de;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.textquiz.core.analysis.WordFields;
import org.textquiz.core.article.Upos;

/**
 * German fields of meaning from {@code word-fields.txt}, a noun also through its last part, and people found
 * with LanguageTool's dictionary: a noun with a feminine form in -in ("Besucher", "Besucherin"; "Experte",
 * "Expertin") names a person, and so does that feminine form.
 */
public final class GermanWordFields implements WordFields {

    static final String PERSON = "person";
    private static final String RESOURCE = "/org/textquiz/nlp/de/word-fields.txt";
    private static final int SHORTEST_PART = 3;
    /** The last part of a compound is read from four letters on: "Ahn" in "Bahn" is no ancestor. */
    private static final int SHORTEST_LAST_PART = 4;
    private static final int SHORTEST_DECIDING_PART = 5;

    private final GermanDictionary dictionary;
    private final Map<String, String> listed;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public GermanWordFields(GermanDictionary dictionary) {
        this.dictionary = dictionary;
        this.listed = read();
    }

    @Override
    public String fieldOf(String lemma, Upos upos) {
        if (lemma.isBlank()) {
            return "";
        }
        return cache.computeIfAbsent(upos.name() + " " + lemma, k -> lookUp(lemma, upos));
    }

    private String lookUp(String lemma, Upos upos) {
        if (upos != Upos.NOUN && upos != Upos.PROPN) {
            return listed.getOrDefault(upos.name() + " " + lemma.toLowerCase(Locale.GERMAN), "");
        }
        String lower = lemma.toLowerCase(Locale.GERMAN);
        if (LADDERS_AND_CONDUCTORS.matcher(lower).matches() || NO_ONE_FOR_THEIR_LAST_PART.matcher(lower).matches()) {
            // "Oberschenkel": "Enkel" ends "Schenkel", a thigh, no grandchild; "Gebärmutter", an organ, no mother;
            // "Die Legende erzählt, dass …": a story, which the field of its famous heroes does not make one; "die
            // Herdplatte": a plate, which a dictionary's rare masculine "der Platte" does not make a person
            return "";
        }
        if (lemma.length() > SHORT_LAST_PARTS_AFTER && SHORT_LAST_PARTS.stream().anyMatch(lower::endsWith)) {
            // "Kinofan", "Fußballfan": a part too short to look for in every word, but no other word ends so
            return PERSON;
        }
        for (int from = 0; from <= lemma.length() - SHORTEST_PART; from++) {
            if (from > 0 && lemma.length() - from < SHORTEST_LAST_PART) {
                break;
            }
            if (from == 1) {
                // "Trichter": one letter is no first part of a compound, "Richter" no last part of it
                continue;
            }
            String part = capitalised(lemma.substring(from));
            String field = listed.get("NOUN " + part.toLowerCase(Locale.GERMAN));
            boolean anotherWord = from > 0 && neverMasculine(lemma) && isMasculineNoun(part);
            if (field != null && !(anotherWord && PERSON.equals(field))) {
                return field;
            }
            // "Franzose" as a whole word only: "Recke" (a warrior) ends "Bahnstrecke"
            if (namesPerson(part) && !anotherWord || from == 0 && (unknownInIst(part) || weakMasculineInE(part))) {
                return PERSON;
            }
            if (from > 0 && part.length() >= SHORTEST_DECIDING_PART && isNoun(part)) {
                // "Schalltrichter": the longest known noun it ends in decides, not "Richter" inside "Trichter"
                return "";
            }
        }
        return "";
    }

    /**
     * "Besucher" (Besucherin), "Experte" (Expertin), "Kanzlerin" (Kanzler): a noun with a feminine in -in; and an
     * adjective or participle used as a noun ("Reisende", "Verletzte", "Angehörige", "Bedienstete", "Gefangene").
     */
    private boolean namesPerson(String noun) {
        String lower = noun.toLowerCase(Locale.GERMAN);
        boolean adjectival = lower.matches(".*(nde|nden|te|ten|ige|igen|ene|enen)") && !ADJECTIVE_LOOKALIKES.contains(lower)
            // "Gutachten" ends in "Achten", the eighth ones
            && !lower.matches("(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)e[nmrs]?");
        // the one nationality declined as an adjective ("die Deutschen", "Ostdeutsche"); "Sächsische" names no one
        boolean nationality = lower.matches(".*deutschen?") && masculineAdjectivalNoun(noun);
        // "Bedienstete": a masculine declined as an adjective names someone even where no adjective "bedienstet" is
        // "die Liberalen", "die Radikalen": the followers of a creed, declined as an adjective
        boolean follower = lower.matches(".*alen?") && masculineAdjectivalNoun(noun)
            // "das Finale", "die Lokale": a noun of its own as well
            && dictionary.exact(noun).stream().filter(r -> r.tag().startsWith("SUB"))
                .allMatch(r -> r.tag().endsWith(":ADJ"));
        if (adjectival && (isAdjective(lower) || masculineAdjectivalNoun(noun)) && declinedAsAnAdjective(noun)
            || nationality || follower) {
            return true;
        }
        if (noun.endsWith("in") && isNoun(noun.substring(0, noun.length() - 2)) && isNoun(noun)) {
            return isFeminineNoun(noun);
        }
        if (noun.endsWith("in") && noun.length() > SHORTEST_FEMININE && !isNoun(noun)
            && weakMasculine(noun.substring(0, noun.length() - 2))) {
            // "Demokratin", which the dictionary lacks: the feminine of "Demokrat", declined like "der Student"
            return true;
        }
        if (noun.endsWith("in") && isMasculineNoun(noun.substring(0, noun.length() - 2) + "e")) {
            // "Schwedin" (Schwede), "Finnin" (Finne), "Kollegin" (Kollege)
            return isFeminineNoun(noun);
        }
        if (noun.endsWith("erer") && isMasculineNoun(noun)) {
            // "Wanderer" (Wanderin), "Belagerer" (belagern): one who does what a verb in -ern says, whose feminine
            // drops an "er"
            String verbStem = noun.substring(0, noun.length() - 2);
            return isFeminineNoun(verbStem + "in") || isInfinitive(verbStem.toLowerCase(Locale.GERMAN) + "n");
        }
        String stem = noun.endsWith("e") ? noun.substring(0, noun.length() - 1) : noun;
        // "Sachse" (Sächsin), "Franzose" (Französin): the feminine of a masculine in -e may take an umlaut; "Schutz"
        // is no one, though "Schützin" is; "der Zeuge" names a person, "das Zeug" does not, though both meet "Zeugin"
        return isMasculineNoun(noun) && (isFeminineNoun(stem + "in")
            || noun.endsWith("e") && masculineLemma(noun) && isFeminineNoun(umlauted(stem) + "in"));
    }

    /**
     * "die Drehleiter", "der Halbleiter": the ladder or the conductor "Leiter" also is, whom no one is; "der Paragraf",
     * "der Telegraf": a text and a device, whom the count "Graf" at their end does not make anyone.
     */
    private static final java.util.regex.Pattern NO_ONE_FOR_THEIR_LAST_PART = java.util.regex.Pattern.compile(
        ".*(?:schenkel[ns]?|gebärmutter|legenden?|platten?"
            + "|(?:para|tele|seismo|baro|thermo|tacho|spektro|oszillo)graf(?:en|s)?"
            // "Die Wolkenkunde gilt als eigener Teilbereich der Wetterkunde": a field of knowledge, no customer
            + "|(?:wolken|wetter|erd|heimat|natur|pflanzen|tier|völker|volks|länder|stern|himmels|sach|welt|gesellschafts"
            + "|sozial|religions|münz|wappen|pilz|vogel|insekten|gesteins|boden|gewässer|meeres|zahn|heil|kräuter|ur)kunde)");
    private static final java.util.regex.Pattern LADDERS_AND_CONDUCTORS = java.util.regex.Pattern.compile(
        ".*(dreh|feuer|strick|hühner|halb|ab|wärme|steh|trag|sprossen|klapp|bock|anlege|schiebe|seil"
            + "|harn|strom)leiter[n]?");

    /**
     * "die Drehleiter": a compound the dictionary knows only as feminine or neuter, whose last part names a man only
     * in another gender ("der Leiter"), is another word (the ladder).
     */
    private boolean neverMasculine(String noun) {
        var nouns = dictionary.exact(noun).stream().filter(r -> r.tag().startsWith("SUB")).toList();
        return !nouns.isEmpty() && nouns.stream().noneMatch(r -> r.tag().contains(":MAS"));
    }

    /** "der Sachse", not "Rate", which the dictionary reads as an old dative of "Rat" and as "die Rate". */
    private boolean masculineLemma(String noun) {
        return dictionary.exact(noun).stream().anyMatch(r -> r.tag().startsWith("SUB") && r.tag().contains(":MAS")
            && r.lemma().equals(noun));
    }

    /** The stem with its last a, o or u made ä, ö or ü ("Sachs" → "Sächs"). */
    private static String umlauted(String stem) {
        for (int i = stem.length() - 1; i >= 0; i--) {
            int at = "aou".indexOf(stem.charAt(i));
            if (at >= 0) {
                return stem.substring(0, i) + "äöü".charAt(at) + stem.substring(i + 1);
            }
        }
        return stem;
    }

    /**
     * "Salafist", "Dschihadist": a noun in -ist that the dictionary does not know names a follower or a practitioner;
     * the things in -ist ("Frist", "List", "Zwist") are all old words it knows.
     */
    private boolean unknownInIst(String noun) {
        String lower = noun.toLowerCase(Locale.GERMAN);
        // "Widerspruchsfrist", "Galgenfrist", "Bestsellerlisten": a compound of one of those old words is no follower
        // either; but "Kriminalist", "Finalisten" are people, as the words in -alist are
        boolean oldWord = lower.matches(".*(frist|fristen|zwist|mist)")
            || lower.matches(".*(list|listen)") && !lower.matches(".*alist(en)?");
        return noun.length() >= UNKNOWN_IST_LENGTH && (noun.endsWith("ist") || noun.endsWith("isten")) && !oldWord
            && dictionary.exact(noun).isEmpty();
    }

    private static final int UNKNOWN_IST_LENGTH = 6;
    private static final int SHORTEST_FEMININE = 6;
    /** Last parts of three letters that name people, which the search by parts leaves out as too short. */
    private static final java.util.Set<String> SHORT_LAST_PARTS = java.util.Set.of("fan", "fans");
    private static final int SHORT_LAST_PARTS_AFTER = 5;

    /** Nouns the dictionary also reads as adjectives used as nouns that name no one ("in kleinerer Runde"). */
    private static final java.util.Set<String> ADJECTIVE_LOOKALIKES = java.util.Set.of("runde", "runden", "weite",
        "breite", "mitte", "rechte", "rechten", "gerade", "geraden", "konstante", "konstanten", "variable", "ebene", "ebenen",
        "wunde", "wunden",
        // "die Wüste": a desert, though "der Wüste" may be a wild man
        "wüste", "wüsten",
        // "Erdfalten": the last part "Alten", the old, is rarely anyone in a compound
        "alte", "alten");

    /** "der Deutsche", "die Deutschen": a noun the dictionary declines as an adjective, in the masculine too. */
    private boolean masculineAdjectivalNoun(String noun) {
        return dictionary.exact(noun).stream()
            .anyMatch(r -> r.tag().startsWith("SUB") && r.tag().contains(":MAS") && r.tag().endsWith(":ADJ"));
    }

    /**
     * "die Verletzten", "Reisende": a noun the dictionary declines as an adjective; "Lichten", the end of
     * "Offenlegungspflichten", is a noun and an adjective's form but no such noun.
     */
    private boolean declinedAsAnAdjective(String noun) {
        return dictionary.exact(noun).stream().anyMatch(r -> r.tag().startsWith("SUB") && r.tag().endsWith(":ADJ"));
    }

    private boolean isAdjective(String word) {
        return dictionary.exact(word).stream().anyMatch(r -> r.tag().startsWith("ADJ") || r.tag().startsWith("PA1")
            || r.tag().startsWith("PA2"));
    }

    private boolean isNoun(String word) {
        return word.length() >= SHORTEST_PART && dictionary.exact(word).stream().anyMatch(r -> r.tag().startsWith("SUB"));
    }

    /**
     * "der Franzose, des Franzosen", "der Däne, des Dänen": a masculine in -e with "-n" in every other case names a
     * person or an animal; the things among them take "-ns" ("des Namens", "des Gedankens") and the animals are
     * listed.
     */
    private boolean weakMasculineInE(String noun) {
        return noun.length() > SHORTEST_LAST_PART && noun.endsWith("e") && !ANIMALS.contains(noun)
            // "der Ebene", an adjective used as a noun, is declined so too
            && dictionary.exact(noun).stream().anyMatch(r -> r.tag().startsWith("SUB:NOM:SIN:MAS")
                && !r.tag().contains("ADJ"))
            && dictionary.exact(noun + "n").stream().anyMatch(r -> r.tag().startsWith("SUB:GEN:SIN:MAS")
                && !r.tag().contains("ADJ"))
            && dictionary.exact(noun + "ns").stream().noneMatch(r -> r.tag().startsWith("SUB:GEN:SIN"));
    }

    /** "der Demokrat, des Demokraten": a masculine declined so names someone, but for the animals listed. */
    private boolean weakMasculine(String noun) {
        return !ANIMALS.contains(noun)
            && dictionary.exact(noun).stream().anyMatch(r -> r.tag().startsWith("SUB:NOM:SIN:MAS") && !r.tag().contains("ADJ"))
            && dictionary.exact(noun + "en").stream().anyMatch(r -> r.tag().startsWith("SUB:GEN:SIN:MAS")
                && !r.tag().contains("ADJ"));
    }

    /** Animals declined like "der Franzose". */
    private static final java.util.Set<String> ANIMALS = java.util.Set.of("Löwe", "Affe", "Hase", "Rabe", "Falke",
        "Ochse", "Bulle", "Drache", "Fasane", "Schimpanse", "Gorilla", "Pinguine", "Kojote", "Lemure", "Husky",
        "Elefante", "Leopard", "Bär", "Spatze", "Schwane", "Kranich", "Geiere");

    private boolean isMasculineNoun(String word) {
        return dictionary.exact(word).stream().anyMatch(r -> r.tag().startsWith("SUB") && r.tag().contains(":MAS"));
    }

    private boolean isInfinitive(String word) {
        return dictionary.exact(word).stream().anyMatch(r -> r.tag().startsWith("VER:INF"));
    }

    private boolean isFeminineNoun(String word) {
        return dictionary.exact(word).stream().anyMatch(r -> r.tag().startsWith("SUB") && r.tag().contains(":FEM"));
    }

    private static String capitalised(String part) {
        return part.substring(0, 1).toUpperCase(Locale.GERMAN) + part.substring(1);
    }

    private static Map<String, String> read() {
        Map<String, String> fields = new HashMap<>();
        try (InputStream in = GermanWordFields.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] head = line.substring(0, line.indexOf(':')).trim().split(" ");
                for (String lemma : line.substring(line.indexOf(':') + 1).trim().split("\\s+")) {
                    fields.put(head[1] + " " + lemma.toLowerCase(Locale.GERMAN), head[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }
}
