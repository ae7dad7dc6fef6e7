package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.textquiz.core.analysis.Tagger;
import org.textquiz.core.article.Upos;

/**
 * Finite verbs the statistical tagger takes for adjectives or nouns, mostly after a comma ("…, entgegnete/ADJ
 * Suttner", "was seine Partei unterscheide/ADJ"), or for prepositions ("biss/ADP der Randalierer", read like "bis"):
 * a word in small letters that LanguageTool's dictionary knows only as a finite or imperative form of a full verb, or
 * that follows a comma and may be one (not a preposition: ", dank"), is tagged VERB, so that the parser finds the
 * clause's verb; so is a participle that opens the sentence before its auxiliary ("Kritisiert/NOUN wird die
 * Stiftung"). Auxiliaries and modal verbs are left to {@link GermanAuxiliaries}.
 */
public final class GermanVerbTags implements Tagger {

    /** A finite form of a full verb: person and number after the category ("VER:3:SIN:PRT:SFT"). */
    private static final Pattern FINITE = Pattern.compile("VER:[123]:");
    /**
     * "…“, entgegnete Suttner", ", sagte er": after a comma, a colon or a closing quotation mark, a word that may be
     * a finite verb or an inflected participle ("entgegnete") is the verb of a frame.
     */
    private static final Set<String> AFTER_A_FRAME = Set.of(",", ":", "“", "”", "\"", "«", "»");
    private static final Set<Upos> MISTAKEN = Set.of(Upos.ADJ, Upos.NOUN, Upos.PROPN, Upos.ADV, Upos.X);

    private static final int NO_VERB = 0;
    private static final int ALSO_A_VERB = 1;
    private static final int ONLY_A_VERB = 2;
    /** Enough for the distinct word forms of a long book; past it the cache starts again. */
    private static final int CACHE_LIMIT = 200_000;

    private final Tagger tagger;
    private final GermanDictionary dictionary;
    /** Forms already looked up: a text uses most of its words again and again. */
    private final java.util.Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();

    public GermanVerbTags(Tagger tagger, GermanDictionary dictionary) {
        this.tagger = tagger;
        this.dictionary = dictionary;
    }

    @Override
    public List<Tag> tag(List<String> tokens) {
        List<Tag> tags = tagger.tag(tokens);
        List<Tag> result = new ArrayList<>(tags);
        if (frontedParticiple(tokens, tags)) {
            result.set(0, new Tag(Upos.VERB, tags.get(0).probability()));
        }
        for (int i = 0; i < tags.size(); i++) {
            String form = tokens.get(i);
            Upos upos = tags.get(i).upos();
            if (!MISTAKEN.contains(upos) && upos != Upos.ADP || form.isEmpty()
                || !Character.isLowerCase(form.charAt(0))) {
                continue;
            }
            int verb = verbReadings(form);
            boolean afterAComma = i > 0 && AFTER_A_FRAME.contains(tokens.get(i - 1)) && upos != Upos.ADP;
            if (verb == ONLY_A_VERB || afterAComma && verb == ALSO_A_VERB) {
                result.set(i, new Tag(Upos.VERB, tags.get(i).probability()));
            }
        }
        return result;
    }

    /**
     * "Kritisiert wird die Stiftung …", "Vereinbart wurden monatliche Ratenzahlungen …": a participle first in the
     * sentence, capitalised there, before a finite auxiliary, is no noun when the dictionary knows it as no noun but
     * in small letters as a participle.
     */
    private boolean frontedParticiple(List<String> tokens, List<Tag> tags) {
        if (tokens.size() < 2 || !MISTAKEN.contains(tags.get(0).upos()) || !AUXILIARY_AFTER.contains(tokens.get(1))) {
            return false;
        }
        String form = tokens.get(0);
        if (form.length() < 2 || !Character.isUpperCase(form.charAt(0)) || !dictionary.exact(form).isEmpty()) {
            return false;
        }
        String lower = Character.toLowerCase(form.charAt(0)) + form.substring(1);
        return dictionary.exact(lower).stream().anyMatch(r -> r.tag().startsWith("VER:PA2") || r.tag().startsWith("PA2:"));
    }

    private static final Set<String> AUXILIARY_AFTER = Set.of("wird", "wurde", "wurden", "werden", "hat", "haben",
        "hatte", "hatten", "ist", "sind", "war", "waren", "sei", "seien", "habe");

    /** What the dictionary says of a form: {@link #ONLY_A_VERB}, {@link #ALSO_A_VERB} or {@link #NO_VERB}. */
    private int verbReadings(String form) {
        Integer known = seen.get(form);
        if (known != null) {
            return known;
        }
        List<Reading> readings = dictionary.exact(form);
        int verb = readings.isEmpty() ? NO_VERB : readings.stream().allMatch(GermanVerbTags::fullVerb) ? ONLY_A_VERB
            : readings.stream().anyMatch(r -> FINITE.matcher(r.tag()).lookingAt()) ? ALSO_A_VERB : NO_VERB;
        if (seen.size() >= CACHE_LIMIT) {
            seen.clear();
        }
        seen.put(form, verb);
        return verb;
    }

    /** A finite or imperative form of a full verb, not an auxiliary's or a modal's, nor a participle. */
    private static boolean fullVerb(Reading reading) {
        return FINITE.matcher(reading.tag()).lookingAt() || reading.tag().startsWith("VER:IMP:");
    }
}
