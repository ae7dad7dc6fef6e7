package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.textquiz.core.article.Upos;

/**
 * Subject and object by the case their article shows, where the parser went by word order: German may put the
 * object first ("Diesen Betrag schulden die ärmsten Länder dem IWF"), and the parser, which has no case, then takes
 * the first phrase for the subject. When the phrase it made the subject opens with an article that is never
 * nominative and the verb's one object opens with one that may be, the two change roles; and a verb in the active
 * perfect with an object and no subject has its object for a subject ("Stundenlang hatte Unklarheit … geherrscht");
 * beside "man", a second subject is the object.
 */
final class GermanCaseRoles {

    /** Articles and pronouns used as articles that are never nominative ("den", "einem", "diesen", "seinen" …). */
    private static final Set<String> NEVER_NOMINATIVE = Set.of("den", "dem", "des", "einen", "einem", "eines",
        "diesen", "diesem", "jenen", "jenem", "keinen", "keinem", "welchen", "welchem", "jeden", "jedem", "allen",
        "allem", "meinen", "meinem", "deinen", "deinem", "seinen", "seinem", "ihren", "ihrem", "unseren", "unserem",
        "euren", "eurem");
    /** Articles that may open a nominative ("der Präsident", "die Länder", "ein Sprecher" …). */
    private static final Set<String> MAYBE_NOMINATIVE = Set.of("der", "die", "das", "ein", "eine", "dieser", "diese",
        "dieses", "kein", "keine", "jeder", "jede", "jedes", "alle", "mein", "meine", "sein", "seine", "ihr", "ihre",
        "unser", "unsere", "beide", "viele", "einige", "mehrere", "manche");

    /** Pronouns that are only ever nominative. */
    private static final Set<String> ONLY_NOMINATIVE = Set.of("man", "ich", "du", "wir");

    private GermanCaseRoles() {
    }

    /** The relations with subject and object swapped where the articles show the parser took one for the other. */
    static String[] corrected(List<String> forms, List<Upos> tags, int[] heads, String[] relations) {
        String[] result = relations.clone();
        for (int verb = 0; verb < heads.length; verb++) {
            List<Integer> subjects = children(heads, relations, verb, "nsubj");
            List<Integer> objects = children(heads, relations, verb, "obj");
            if (subjects.isEmpty() && objects.size() == 1 && withoutASubject(forms, heads, relations, verb)
                && nominal(tags.get(objects.get(0)))
                && (MAYBE_NOMINATIVE.contains(article(forms, heads, relations, objects.get(0)))
                    || article(forms, heads, relations, objects.get(0)).isEmpty())) {
                // "Stundenlang hatte Unklarheit … geherrscht": an active perfect has a subject, and its one noun is it
                result[objects.get(0)] = "nsubj";
                continue;
            }
            if (subjects.size() == 2 && objects.isEmpty()) {
                // "Die Energie, welche … entsteht, nützt man zur Erzeugung …": beside "man", which is only ever the
                // subject, the other noun the parser made one is the object
                for (int s = 0; s < 2; s++) {
                    int other = subjects.get(1 - s);
                    if (ONLY_NOMINATIVE.contains(forms.get(subjects.get(s)).toLowerCase(Locale.GERMAN))
                        && nominal(tags.get(other))) {
                        result[other] = "obj";
                    }
                }
                continue;
            }
            if (subjects.size() != 1 || objects.size() != 1) {
                continue;
            }
            int subject = subjects.get(0);
            int object = objects.get(0);
            if (nominal(tags.get(subject)) && nominal(tags.get(object))
                && NEVER_NOMINATIVE.contains(article(forms, heads, relations, subject))
                && MAYBE_NOMINATIVE.contains(article(forms, heads, relations, object))) {
                result[subject] = "obj";
                result[object] = "nsubj";
            }
        }
        return result;
    }

    /**
     * The root verb in the active perfect ("hatte … geherrscht") with no subject, expletive or clause as its subject.
     */
    private static boolean withoutASubject(List<String> forms, int[] heads, String[] relations, int verb) {
        if (heads[verb] >= 0) {
            // a conjunct or a clause inside another may share its subject or have it outside
            return false;
        }
        boolean perfect = false;
        for (int w = 0; w < heads.length; w++) {
            if (heads[w] != verb) {
                continue;
            }
            if (relations[w].startsWith("nsubj") || relations[w].startsWith("csubj") || relations[w].equals("expl")
                || relations[w].equals("aux:pass")) {
                return false;
            }
            // not "Habe meine Küche dort gekauft", a review that leaves out "ich"
            perfect |= relations[w].equals("aux") && w > 0 && HABEN.contains(forms.get(w).toLowerCase(Locale.GERMAN));
        }
        return perfect;
    }

    private static final Set<String> HABEN = Set.of("hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten");

    private static List<Integer> children(int[] heads, String[] relations, int head, String relation) {
        List<Integer> children = new ArrayList<>();
        for (int w = 0; w < heads.length; w++) {
            if (heads[w] == head && relation.equals(relations[w])) {
                children.add(w);
            }
        }
        return children;
    }

    /** The first article of the phrase, in small letters; "" when it has none. */
    private static String article(List<String> forms, int[] heads, String[] relations, int noun) {
        for (int w = 0; w < noun; w++) {
            if (heads[w] == noun && relations[w].startsWith("det")) {
                return forms.get(w).toLowerCase(Locale.GERMAN);
            }
        }
        return "";
    }

    private static boolean nominal(Upos upos) {
        return upos == Upos.NOUN || upos == Upos.PROPN;
    }
}
