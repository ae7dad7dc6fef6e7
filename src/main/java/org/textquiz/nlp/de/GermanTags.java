package org.textquiz.nlp.de;

import java.util.EnumSet;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.article.Upos;

/**
 * Reads LanguageTool's German tags ({@code VER:3:SIN:PRT:NON}, {@code ART:DEF:DAT:SIN:MAS},
 * {@code EIG:DAT:SIN:NEU:NOA:COU}) as a word class and Universal-Dependencies-style features.
 */
final class GermanTags {

    private GermanTags() {
    }

    static Morph morph(Reading reading) {
        String category = reading.category();
        return new Morph(reading.lemma(), upos(reading), features(category, reading.tag()));
    }

    private static Upos upos(Reading reading) {
        return switch (reading.category()) {
            case "VER" -> reading.hasFeature("AUX") || reading.hasFeature("MOD") ? Upos.AUX : Upos.VERB;
            case "PRO" -> reading.hasFeature("BEG") ? Upos.DET : Upos.PRON;
            case "KON" -> reading.hasFeature("NEB") ? Upos.SCONJ : Upos.CCONJ;
            case "ZUS" -> Upos.ADP;
            case "ABK" -> Upos.NOUN;
            default -> GermanWordClasses.of(reading).stream().findFirst().orElse(Upos.X);
        };
    }

    static Set<Feature> features(String category, String tag) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        boolean adjectival = category.equals("ADJ") || category.equals("PA1") || category.equals("PA2");
        boolean verb = category.equals("VER");
        for (String part : tag.split("[:+]")) {
            switch (part) {
                case "NOM" -> features.add(Feature.NOMINATIVE);
                case "GEN" -> features.add(Feature.GENITIVE);
                case "DAT" -> features.add(Feature.DATIVE);
                case "AKK" -> features.add(Feature.ACCUSATIVE);
                case "SIN" -> features.add(Feature.SINGULAR);
                case "PLU" -> features.add(Feature.PLURAL);
                case "MAS" -> features.add(Feature.MASCULINE);
                case "FEM" -> features.add(Feature.FEMININE);
                case "NEU" -> features.add(Feature.NEUTER);
                case "1" -> features.add(Feature.FIRST_PERSON);
                case "2" -> features.add(Feature.SECOND_PERSON);
                case "3" -> features.add(Feature.THIRD_PERSON);
                case "PRÄ" -> features.addAll(EnumSet.of(Feature.PRESENT, Feature.FINITE));
                case "PRT" -> features.addAll(EnumSet.of(Feature.PAST, Feature.FINITE));
                case "KJ1" -> features.addAll(EnumSet.of(Feature.SUBJUNCTIVE_1, Feature.FINITE));
                case "KJ2" -> features.addAll(EnumSet.of(Feature.SUBJUNCTIVE_2, Feature.FINITE));
                case "IMP" -> features.add(Feature.IMPERATIVE);
                case "INF" -> {
                    if (verb) {
                        features.add(Feature.INFINITIVE);
                    }
                }
                case "PA2" -> features.add(Feature.PARTICIPLE);
                case "EIZ" -> features.add(Feature.ZU_INFINITIVE);
                case "AUX" -> features.add(Feature.AUXILIARY);
                case "MOD" -> {
                    if (verb) {
                        features.add(Feature.MODAL);
                    }
                }
                case "NEB" -> {
                    if (verb) {
                        features.add(Feature.SEPARABLE_JOINED);
                    }
                }
                case "DEF" -> features.add(adjectival ? Feature.WEAK : Feature.DEFINITE);
                case "IND" -> features.add(adjectival ? Feature.MIXED : Feature.INDEFINITE);
                case "SOL" -> features.add(Feature.STRONG);
                case "POS" -> features.add(Feature.POSSESSIVE);
                case "DEM" -> features.add(Feature.DEMONSTRATIVE);
                case "VOR" -> features.add(Feature.GIVEN_NAME);
                case "NAC" -> features.add(Feature.SURNAME);
                case "COU" -> features.add(Feature.COUNTRY);
                case "STD" -> features.add(Feature.CITY);
                case "GEB" -> features.add(Feature.REGION);
                case "NOA" -> features.add(Feature.WITHOUT_ARTICLE);
                case "ZUS" -> features.add(Feature.VERB_PARTICLE);
                default -> {
                }
            }
        }
        return features;
    }
}
