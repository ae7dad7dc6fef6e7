package org.textquiz.nlp.de;

import java.util.EnumSet;
import java.util.Set;

import org.textquiz.core.article.Upos;

/** Maps LanguageTool's German tags to the Universal Dependencies word classes they can stand for. */
final class GermanWordClasses {

    private GermanWordClasses() {
    }

    static Set<Upos> of(Reading reading) {
        return switch (reading.category()) {
            case "SUB" -> EnumSet.of(Upos.NOUN);
            case "EIG" -> EnumSet.of(Upos.PROPN);
            case "VER" -> reading.hasFeature("AUX") || reading.hasFeature("MOD")
                ? EnumSet.of(Upos.AUX, Upos.VERB)
                : EnumSet.of(Upos.VERB);
            case "ADJ" -> reading.hasFeature("PRD")
                ? EnumSet.of(Upos.ADJ, Upos.ADV)
                : EnumSet.of(Upos.ADJ);
            case "PA1", "PA2" -> EnumSet.of(Upos.ADJ, Upos.ADV);
            case "ADV" -> EnumSet.of(Upos.ADV);
            case "ART" -> EnumSet.of(Upos.DET);
            case "PRO" -> EnumSet.of(Upos.PRON, Upos.DET);
            case "PRP" -> EnumSet.of(Upos.ADP);
            case "KON" -> reading.hasFeature("NEB") ? EnumSet.of(Upos.CCONJ)
                : reading.hasFeature("INF") ? EnumSet.of(Upos.PART)
                : EnumSet.of(Upos.SCONJ, Upos.CCONJ);
            case "ZAL" -> EnumSet.of(Upos.NUM);
            case "NEG" -> EnumSet.of(Upos.PART);
            case "ZUS" -> EnumSet.of(Upos.ADP, Upos.ADV, Upos.PART);
            case "INJ" -> EnumSet.of(Upos.INTJ);
            case "ABK" -> EnumSet.of(Upos.NOUN, Upos.PROPN, Upos.X);
            default -> EnumSet.noneOf(Upos.class);
        };
    }
}
