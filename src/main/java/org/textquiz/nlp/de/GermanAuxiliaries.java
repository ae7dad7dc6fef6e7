package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.textquiz.core.article.Upos;

/**
 * Auxiliaries the tagger takes for full verbs. Universal Dependencies tags "haben", "sein", "werden" and the modal
 * verbs AUX when a participle or an infinitive goes with them (in the gold German GSD sample 138 of 145 such
 * forms with a verb after them in the same clause); OpenNLP's German model now and then tags them VERB
 * ("Niemeyers Aktivitäten haben/VERB auch in Deutschland Spuren hinterlassen"), and the parser, trained on gold
 * tags, then makes the participle a complement of "haben" with the objects under it, so the clause seems to have
 * no object. The other way round, a participle closing a perfect or a passive clause that the tagger took for an
 * adjective ("wurden ersatzlos gestrichen/ADJ") is a verb, as in the treebank.
 */
final class GermanAuxiliaries {

    /** Finite forms of haben, sein, werden and the modal verbs. */
    static final Set<String> FINITE_FORMS = Set.of("bin", "bist", "ist", "sind", "seid", "war", "warst", "waren",
        "wart", "sei", "seiest", "seien", "wäre", "wärst", "wären", "wäret", "werde", "wirst", "wird", "werden",
        "werdet", "wurde", "wurdest", "wurden", "wurdet", "würde", "würdest", "würden", "würdet",
        "habe", "hast", "hat", "haben", "habt", "hatte", "hattest", "hatten", "hattet", "hätte", "hättest", "hätten",
        "hättet",
        "kann", "kannst", "können", "könnt", "konnte", "konnten", "könne", "könnte", "könnten",
        "muss", "musst", "müssen", "müsst", "musste", "mussten", "müsse", "müsste", "müssten",
        "soll", "sollst", "sollen", "sollt", "sollte", "sollten", "solle",
        "will", "willst", "wollen", "wollt", "wollte", "wollten", "wolle",
        "darf", "darfst", "dürfen", "dürft", "durfte", "durften", "dürfe", "dürfte", "dürften");

    /**
     * Every form the treebank tags AUX: the finite ones, the infinitives and participles of haben, sein, werden and the
     * modal verbs, "mögen" and the spellings before the 1996 reform ("muß", "mußte").
     */
    static final Set<String> FORMS = java.util.stream.Stream.concat(FINITE_FORMS.stream(), Set.of("sein", "haben",
        "werden", "gewesen", "geworden", "worden", "gehabt", "hab", "werd", "mögen", "mag", "magst", "mögt", "mochte",
        "mochten", "möge", "mögest", "möchte", "möchtest", "möchten", "möchtet", "muß", "mußt", "mußte", "mußten",
        "müßte", "müßten", "dürfte", "dürfe", "sollten", "solltest", "wolltest", "konntest", "musstest", "gekonnt",
        "gemusst", "gesollt", "gewollt", "gedurft", "gemocht").stream()).collect(java.util.stream.Collectors.toSet());

    /** Word classes the tagger gives a finite auxiliary or modal verb now and then ("mussten/ADJ"). */
    private static final Set<Upos> MISTAKEN = Set.of(Upos.ADJ, Upos.ADV, Upos.NOUN, Upos.PROPN, Upos.X);

    /** Where a clause of its own may begin, so a verb beyond it is not this auxiliary's. */
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of(",", ";", ":", "–", "-", "(", ")", "und", "oder",
        "aber", "sowie", "sondern", "denn");

    private GermanAuxiliaries() {
    }

    /**
     * The tags with these auxiliaries tagged AUX, a full verb the tagger took for one ("würdigte/AUX", read like
     * "würde") tagged VERB, and one of them taken for an adjective ("mussten/ADJ") tagged as a verb too.
     */
    static List<Upos> retagged(List<String> forms, List<Upos> tags) {
        List<Upos> result = new ArrayList<>(tags);
        for (int i = 0; i < forms.size(); i++) {
            String form = forms.get(i).toLowerCase(Locale.GERMAN);
            if (tags.get(i) == Upos.AUX && !FORMS.contains(form)) {
                result.set(i, Upos.VERB);
            }
            if (MISTAKEN.contains(tags.get(i)) && FINITE_FORMS.contains(forms.get(i))) {
                // "Die 450 Passagiere mussten/ADJ warten": a finite form in small letters is no other word class
                result.set(i, Upos.VERB);
            }
            if (PERFECT_OR_PASSIVE.contains(form) && (tags.get(i) == Upos.VERB || tags.get(i) == Upos.AUX)) {
                participleAtTheEnd(forms, tags, i).ifPresent(p -> result.set(p, Upos.VERB));
            }
        }
        for (int i = 0; i < forms.size(); i++) {
            if (result.get(i) != Upos.VERB) {
                continue;
            }
            String form = forms.get(i).toLowerCase(Locale.GERMAN);
            if (FINITE_FORMS.contains(form) && verbFollows(forms, result, i)) {
                result.set(i, Upos.AUX);
            }
        }
        return result;
    }

    static final Set<String> PERFECT_OR_PASSIVE = Set.of("habe", "hast", "hat", "haben", "habt", "hatte",
        "hattest", "hatten", "hattet", "hätte", "hätten", "werde", "wirst", "wird", "werden", "werdet", "wurde",
        "wurden", "würde", "würden", "worden");

    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
        "\\p{L}*ge\\p{L}+(t|en)|\\p{L}+iert|(be|ver|er|ent|zer|miss)\\p{L}+t");

    /** "wurden ersatzlos gestrichen/ADJ": the participle closing the clause of a perfect or a passive. */
    private static java.util.Optional<Integer> participleAtTheEnd(List<String> forms, List<Upos> tags, int auxiliary) {
        int last = -1;
        for (int i = auxiliary + 1; i < forms.size(); i++) {
            if (CLAUSE_BOUNDARIES.contains(forms.get(i).toLowerCase(Locale.GERMAN)) || tags.get(i) == Upos.PUNCT) {
                break;
            }
            last = i;
        }
        return last > auxiliary + 1 && tags.get(last) == Upos.ADJ && PARTICIPLE.matcher(forms.get(last)).matches()
            ? java.util.Optional.of(last) : java.util.Optional.empty();
    }

    private static boolean verbFollows(List<String> forms, List<Upos> tags, int auxiliary) {
        for (int i = auxiliary + 1; i < forms.size(); i++) {
            String form = forms.get(i).toLowerCase(Locale.GERMAN);
            if (CLAUSE_BOUNDARIES.contains(form)) {
                return false;
            }
            if (tags.get(i) == Upos.VERB) {
                return !"zu".equalsIgnoreCase(forms.get(i - 1));
            }
        }
        return false;
    }
}
