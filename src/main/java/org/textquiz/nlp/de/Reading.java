package org.textquiz.nlp.de;

/**
 * One reading of a German word form in LanguageTool's morphology dictionary,
 * for example lemma {@code treffen} with tag {@code VER:3:SIN:PRT:NON} for "traf".
 */
public record Reading(String lemma, String tag) {

    public String category() {
        int colon = tag.indexOf(':');
        return colon < 0 ? tag : tag.substring(0, colon);
    }

    public boolean hasFeature(String feature) {
        for (String part : tag.split("[:+]")) {
            if (part.equals(feature)) {
                return true;
            }
        }
        return false;
    }
}
