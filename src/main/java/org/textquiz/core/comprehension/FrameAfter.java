package org.textquiz.core.comprehension;

import java.util.List;
import java.util.Set;

import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.Parse;

/**
 * A frame after the words that says whose they are (", urteilte Theurer", ", so der Landeshauptmann", ", heißt es in
 * der BAT-Analyse"): a question or statement from the words alone would give someone's view as a fact.
 */
final class FrameAfter {

    /**
     * "festhalten" says what someone stated only in a frame after the words ("…, hielt Klug fest"); elsewhere it is
     * holding on to something, which is why it is not among the cue verbs.
     */
    static final Set<String> FRAMING = Set.of("festhalten");

    /** "…, so ÖVGW-Präsident Wolfgang Zerobin.": a few words after "so" closing the sentence name its speaker. */
    private static final java.util.regex.Pattern SO_SAYS = java.util.regex.Pattern.compile(
        ", so (?:der |die |das )?\\p{Lu}[^,;:]{0,60}[.!]\\s*$");
    /** "…, heißt es in der BAT-Analyse.": a frame after the words that says they are someone's, wherever it hangs. */
    static final java.util.regex.Pattern IT_IS_SAID = java.util.regex.Pattern.compile(
        ", (?:heißt|hieß) es\\b[^,]*[.!]\\s*$");

    private FrameAfter() {
    }

    /** Whether the clause headed by {@code head} has a frame after it. */
    static boolean of(Parse parse, int head, Morphology morphology) {
        if (IT_IS_SAID.matcher(parse.sentence().text()).find() || SO_SAYS.matcher(parse.sentence().text()).find()) {
            return true;
        }
        for (int child : parse.children(head)) {
            List<Integer> tree = parse.subtree(child).stream().filter(w -> !parse.word(w).form().equals(",")).toList();
            int first = tree.isEmpty() ? 0 : tree.get(0);
            // "…, sprich Dong Ki-Chote": how the name before is said, no one saying it
            if (child < head || first == 0 || !parse.word(first - 1).form().equals(",")
                || Words.lower(parse.word(first).form()).equals("sprich")) {
                continue;
            }
            // "…, hielt Klug in Anspielung auf … fest": the particle makes the verb one of saying
            List<String> particles = parse.children(child, "compound:prt").stream()
                .map(p -> Words.lower(parse.word(p).form())).toList();
            boolean cue = parse.word(child).upos() == Upos.VERB && morphology.readings(parse.word(child).form()).stream()
                .anyMatch(m -> m.upos() == Upos.VERB && (CueVerbs.contains(m.lemma())
                    || particles.stream().anyMatch(p -> CueVerbs.contains(p + m.lemma()) || FRAMING.contains(p + m.lemma()))));
            // "…, fordert aber einen umfangreicheren Schuldenerlass" goes on; "…, so dass …" gives a consequence
            // "…, sagte auch ein Sprecher der Landespolizeidirektion": an adverb may stand before the speaker
            int speaker = first + 2 < parse.words().size() && parse.word(first + 1).upos() == Upos.ADV
                && !Words.lower(parse.word(first).form()).equals("so") ? first + 2 : first + 1;
            // "…, fordert aber einen umfangreicheren Schuldenerlass": after an adverb, only the verb's subject speaks
            boolean speakerNext = speaker < parse.words().size()
                // "…, sagten 38 Prozent der Briten …": a share of people, who speak as one
                && (Set.of(Upos.PROPN, Upos.DET, Upos.NOUN, Upos.NUM).contains(parse.word(speaker).upos())
                    || Words.PERSONAL_SPEAKERS.contains(Words.lower(parse.word(speaker).form())))
                && (speaker == first + 1 || parse.children(child).stream().anyMatch(c -> parse.word(c).relation()
                    .startsWith("nsubj") && parse.subtree(c).get(0) == speaker));
            boolean so = Words.lower(parse.word(first).form()).equals("so")
                && tree.get(tree.size() - 1) >= Constituents.lastWord(parse);
            // "…, erklärte der SPD-Politiker am Freitag in Berlin": longer, but only who and when and where
            // (the speaker right after the verb, which the parse may read as its object: "hielt Klug/obj … fest")
            boolean onlyItsSpeaker = cue && parse.children(child).stream()
                .filter(c -> Set.of("obj", "ccomp", "xcomp", "iobj").contains(parse.word(c).relation()))
                .allMatch(c -> parse.word(c).relation().equals("obj") && parse.subtree(c).get(0) == speaker)
                && parse.children(child).stream().filter(c -> parse.word(c).relation().startsWith("nsubj")
                    || parse.word(c).relation().equals("obj")).anyMatch(c -> parse.subtree(c).get(0) == speaker);
            if ((cue || so) && speakerNext && (so || tree.size() <= 6 || onlyItsSpeaker)) {
                return true;
            }
        }
        return false;
    }
}
