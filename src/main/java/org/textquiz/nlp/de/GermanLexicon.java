package org.textquiz.nlp.de;

import java.util.EnumSet;
import java.util.Set;

import org.textquiz.core.analysis.Lexicon;
import org.textquiz.core.article.Upos;

/** The word classes a German word form can have, according to the morphology dictionary. */
public final class GermanLexicon implements Lexicon {

    private final GermanDictionary dictionary;

    public GermanLexicon(GermanDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public Set<Upos> wordClasses(String form) {
        Set<Upos> classes = EnumSet.noneOf(Upos.class);
        for (Reading reading : dictionary.readings(form)) {
            classes.addAll(GermanWordClasses.of(reading));
        }
        if (form.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',') && form.chars().anyMatch(Character::isDigit)) {
            classes.add(Upos.NUM);
        }
        return classes;
    }

    @Override
    public Set<String> grammaticalReadings(String form) {
        Set<String> tags = new java.util.HashSet<>();
        for (Reading reading : dictionary.readings(form)) {
            tags.add(reading.tag());
        }
        return tags;
    }
}
