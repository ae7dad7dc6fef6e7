package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.textquiz.core.analysis.Tagger;
import org.textquiz.core.article.Upos;

/**
 * Adverbs and adjectives the statistical tagger takes for verbs or prepositions or, capitalised first in a sentence,
 * for nouns, a place's adjective between an article and its noun taken for a noun, and prepositions it takes for pronouns ("Bezüglich/PRON des Startortes …"): "ist unterdessen/VERB auf Kritik gestoßen", "erwog unterdessen/ADP die Unterbrechung …",
 * and an article before a count it takes for a pronoun ("mussten die/PRON 3.000 Einwohner …"),
 * "Stundenlang/NOUN hatte Unklarheit … geherrscht". A word LanguageTool's
 * dictionary knows only as an adverb (or only as an adjective) is tagged so, and the parser no longer makes it the
 * clause's verb or subject.
 */
public final class GermanAdverbTags implements Tagger {

    private static final Set<Upos> TAKEN_FOR_A_VERB = Set.of(Upos.VERB, Upos.AUX, Upos.ADP);
    private static final Set<Upos> TAKEN_FOR_A_NOUN = Set.of(Upos.NOUN, Upos.PROPN);
    /** Where a sentence or a quotation opens, after which a word is capitalised whatever it is. */
    private static final Set<String> OPENINGS = Set.of("„", "\"", "»", "(", ":", "–", "-");
    private static final Set<String> ROUGH_COUNTS = Set.of("Dutzende", "Hunderte", "Tausende", "Zehntausende",
        "Hunderttausende");
    /** "VAG bzw./PUNCT VGN": abbreviated conjunctions, kept whole with their full stop by the tokenizer. */
    private static final Set<String> ABBREVIATED_CONJUNCTIONS = Set.of("bzw.", "resp.");

    private static final Set<String> DEFINITE_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");

    /** Not "Menschen, die 3.000 Euro verdienen", where the pronoun after the comma opens a relative clause. */
    private static boolean articleBeforeACount(List<String> tokens, List<Tag> tags, int i) {
        return DEFINITE_ARTICLES.contains(tokens.get(i)) && i > 0
            && !Set.of(",", "(", "–", ":").contains(tokens.get(i - 1)) && i + 2 < tags.size() && tags.get(i + 1).upos() == Upos.NUM && tags.get(i + 2).upos() == Upos.NOUN;
    }

    private final Tagger tagger;
    private final GermanDictionary dictionary;

    public GermanAdverbTags(Tagger tagger, GermanDictionary dictionary) {
        this.tagger = tagger;
        this.dictionary = dictionary;
    }

    @Override
    public List<Tag> tag(List<String> tokens) {
        List<Tag> tags = tagger.tag(tokens);
        List<Tag> result = new ArrayList<>(tags);
        for (int i = 0; i < tags.size(); i++) {
            String form = tokens.get(i);
            Upos upos = tags.get(i).upos();
            if (form.length() < 2) {
                continue;
            }
            boolean small = Character.isLowerCase(form.charAt(0));
            boolean opening = i == 0 || OPENINGS.contains(tokens.get(i - 1));
            // "Human Rights Watch": before a capitalised word the dictionary does not know, the first of a name
            boolean nameGoesOn = i + 1 < tokens.size() && !tokens.get(i + 1).isEmpty()
                && Character.isUpperCase(tokens.get(i + 1).charAt(0)) && dictionary.exact(tokens.get(i + 1)).isEmpty();
            Upos only = null;
            String lower = Character.toLowerCase(form.charAt(0)) + form.substring(1);
            if (upos == Upos.PUNCT && ABBREVIATED_CONJUNCTIONS.contains(form)) {
                only = Upos.CCONJ;
            } else if (upos == Upos.PRON && onlyAPreposition(lower)) {
                // "Bezüglich/PRON des Startortes meldet …": a preposition the tagger took for a pronoun
                only = Upos.ADP;
            } else if (upos == Upos.PRON && articleBeforeACount(tokens, tags, i)) {
                // "mussten die/PRON 3.000 Einwohner die Insel verlassen": the article of the noun the number counts
                only = Upos.DET;
            } else if (small && (TAKEN_FOR_A_VERB.contains(upos) || upos == Upos.PUNCT)) {
                // "entwickelte sich das Tätowieren derweil/PUNCT zur Kunstform": a word is no punctuation
                only = onlyAdverbOrAdjective(form);
            } else if (!small && opening && TAKEN_FOR_A_VERB.contains(upos)) {
                // "Zurzeit/ADP läuft in London ein Flottenversuch": the same first in the sentence
                only = onlyAdverbOrAdjective(lower);
            } else if (!small && opening && !nameGoesOn && TAKEN_FOR_A_NOUN.contains(upos)
                && dictionary.exact(form).isEmpty()) {
                // "Ganz/PROPN im Norden … leben die Samen": an adverb, which the dictionary also knows as an adjective
                only = adverbOrAdjective(lower);
            }
            if (only == null && !small && !opening && TAKEN_FOR_A_NOUN.contains(upos) && i > 0 && i + 1 < tags.size()
                && tags.get(i - 1).upos() == Upos.DET && tags.get(i + 1).upos() == Upos.NOUN
                && (placeAdjective(form) || unknownPlaceAdjective(form))) {
                // "aus einer Kieler/NOUN Bundeswehreinheit": between an article and its noun, a town's adjective
                only = Upos.ADJ;
            }
            if (only == null && !small && upos == Upos.NOUN && i + 1 < tags.size() && tags.get(i + 1).upos() == Upos.PROPN
                // (only first in its clause: after a comma, "…, Karen/NOUN Persyn aus Belgien schaffte …" parses better
                // as it is)
                && (i == 0 || tags.get(i - 1).upos() == Upos.SCONJ)
                && dictionary.exact(form).stream().anyMatch(r -> r.tag().contains(":VOR"))) {
                // "Nachdem Kirsten/NOUN Boie ihr erstes Kind adoptiert hatte": a given name before a surname, which the
                // dictionary also knows as the plural of a noun
                only = Upos.PROPN;
            }
            // not "Tausende Wildpferde", where the word counts the noun after it
            boolean beforeANoun = i + 1 < tags.size() && TAKEN_FOR_A_NOUN.contains(tags.get(i + 1).upos());
            if (only == null && beforeANoun && upos == Upos.PROPN && ROUGH_COUNTS.contains(form)) {
                // "der USA Tausende/PROPN Wildpferde": a rough count before its noun, no name run on from the one before
                only = Upos.ADJ;
            }
            if (only == null && !small && (upos == Upos.ADJ || upos == Upos.ADV) && !beforeANoun
                && dictionary.exact(lower).isEmpty()
                && !dictionary.exact(form).isEmpty()
                && dictionary.exact(form).stream().allMatch(r -> r.category().equals("SUB"))) {
                // "Zehntausende/ADJ schrieben Wut-Mails", "Wiederkäuer/ADV sind eine bestimmte Gruppe": a capitalised
                // word the dictionary knows only as a noun
                only = Upos.NOUN;
            }
            if (only != null) {
                result.set(i, new Tag(only, tags.get(i).probability()));
            }
        }
        return result;
    }

    private boolean onlyAPreposition(String form) {
        List<Reading> readings = dictionary.exact(form);
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("PRP"));
    }

    /** "die Belmer Ausschussmitglieder": a small place's adjective, which the dictionary does not list. */
    private boolean unknownPlaceAdjective(String form) {
        return form.matches("\\p{Lu}\\p{Ll}+er") && dictionary.exact(form).isEmpty()
            && dictionary.exact(Character.toLowerCase(form.charAt(0)) + form.substring(1)).isEmpty();
    }

    /** "Kieler", "Hamburger": the adjective of a place, which keeps its "-er" whatever noun follows. */
    private boolean placeAdjective(String form) {
        return form.endsWith("er")
            && dictionary.exact(form).stream().anyMatch(r -> r.category().equals("ADJ") && r.lemma().equals(form));
    }

    /** {@link Upos#ADV} when the dictionary knows the form as an adverb and an adjective and nothing else. */
    private Upos adverbOrAdjective(String form) {
        Upos only = onlyAdverbOrAdjective(form);
        List<Reading> readings = dictionary.exact(form);
        boolean either = !readings.isEmpty()
            && readings.stream().allMatch(r -> r.tag().startsWith("ADV") || r.tag().startsWith("ADJ"));
        return only == null && either ? Upos.ADV : only;
    }

    /** {@link Upos#ADV} or {@link Upos#ADJ} when the dictionary knows the form as that and nothing else, else null. */
    private Upos onlyAdverbOrAdjective(String form) {
        List<Reading> readings = dictionary.exact(form);
        if (readings.isEmpty()) {
            return null;
        }
        if (readings.stream().allMatch(r -> r.tag().startsWith("ADV"))) {
            return Upos.ADV;
        }
        return readings.stream().allMatch(r -> r.tag().startsWith("ADJ")) ? Upos.ADJ : null;
    }
}
