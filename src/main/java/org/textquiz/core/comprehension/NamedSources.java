package org.textquiz.core.comprehension;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;

/**
 * Reported speech named by its source rather than by a verb of saying: "Laut Spiegel Online …", "Der Polizei zufolge
 * …", "gemäß einem Augenzeugen", "nach Angaben der Polizei", "nach einer Studie der UNO", "Dem Vernehmen nach …".
 */
final class NamedSources {

    private static final Set<String> ATTRIBUTING = Set.of("laut", "zufolge", "gemäß");
    /** "nach Angaben der Polizei", "nach Ansicht von Experten": the nouns that make "nach" attribute. */
    private static final Set<String> SOURCES = Set.of("Angaben", "Ansicht", "Meinung", "Auffassung", "Aussage",
        "Aussagen", "Einschätzung", "Informationen", "Berichten", "Worten", "Darstellung", "Schätzungen",
        "Erkenntnissen", "Angabe", "Auskunft", "Einschätzungen", "Bericht", "Berichte", "Studie", "Meldung",
        "Meldungen", "Untersuchungen", "Umfrage", "Vorstellungen", "Recherchen", "Stellungnahme", "Analyse", "Vernehmen",
        "Medien", "Darstellungen", "Ansichten", "Schätzung", "Berechnungen", "Studien", "Erklärung", "Mitteilung");

    private NamedSources() {
    }

    /** "Laut Spiegel Online …", "Der Polizei zufolge …": the rest of the sentence, said by X. */
    static Optional<ReportedSpeech.Said> attributed(Parse parse, People people) {
        for (int w = 0; w < parse.words().size(); w++) {
            Word word = parse.word(w);
            boolean nach = word.form().equalsIgnoreCase("nach") && word.head() >= 0
                && source(parse.word(word.head()).form());
            boolean attributing = ATTRIBUTING.contains(word.form().toLowerCase(Locale.GERMAN));
            boolean zufolgeAfterItsNoun = word.form().equalsIgnoreCase("zufolge") && word.head() > w;
            int[] misread = attributing && (!"case".equals(word.relation()) || zufolgeAfterItsNoun)
                ? misreadSource(parse, w) : null;
            if (misread == null && (!"case".equals(word.relation()) || !attributing && !nach)) {
                continue;
            }
            int source = word.head();
            if (misread == null && (source < 0 || !parse.contiguous(source))) {
                continue;
            }
            int from = misread != null ? misread[0] : parse.subtree(source).get(0);
            int to = misread != null ? misread[1] : parse.subtree(source).get(parse.subtree(source).size() - 1);
            while (to > from && parse.word(to).upos() == Upos.PUNCT) {
                to--;
            }
            // "…, sei gegen den Rektor gerichtet; nach Behördenangaben stecke …": a source speaks for its own clause
            int clauseFrom = semicolonBefore(parse, from) + 1;
            int clauseTo = semicolonAfter(parse, to) - 1;
            int restFrom = to + 1;
            int restTo = clauseTo;
            if (from > clauseFrom) {
                restFrom = clauseFrom;
                restTo = to + 1 < clauseTo ? clauseTo : from - 1;
            }
            int[] rest = ReportedSpeech.trimmed(parse, restFrom, restTo);
            if (rest.length == 0) {
                continue;
            }
            restFrom = rest[0];
            restTo = rest[1];
            int speakerFrom = Set.of("laut", "gemäß").contains(word.form().toLowerCase(Locale.GERMAN)) ? w + 1 : from;
            int speakerTo = word.form().equalsIgnoreCase("zufolge") ? w - 1 : to;
            if (nach && !SOURCES.contains(parse.word(word.head()).form())) {
                speakerFrom = word.head();
                speakerTo = word.head();
            } else if (nach) {
                speakerFrom = word.head() + 1;
                while (speakerFrom <= to && parse.word(speakerFrom).upos() == Upos.ADP) {
                    speakerFrom++;
                }
                speakerTo = to;
                int after = word.head() + 1;
                if (after <= to && !Set.of(Upos.DET, Upos.ADP, Upos.PROPN, Upos.NOUN).contains(parse.word(after).upos())) {
                    speakerFrom = to + 1;
                    to = word.head();
                }
                if (speakerFrom > speakerTo) {
                    int[] named = namingItself(parse, w, word.head(), from, to);
                    if (named == null) {
                        continue;
                    }
                    speakerFrom = named[0];
                    speakerTo = named[1];
                }
            }
            if (speakerFrom > speakerTo) {
                continue;
            }
            String speaker = Words.text(parse, speakerFrom, speakerTo);
            Optional<People.Person> person = ReportedSpeech.personIn(parse, speakerFrom, speakerTo, people);
            return Optional.of(new ReportedSpeech.Said(Words.text(parse, restFrom, restTo),
                ReportedSpeech.start(parse, restFrom), ReportedSpeech.end(parse, restTo), parse.sentence(),
                person.map(People.Person::name).orElse(speaker), person, word.form()));
        }
        return Optional.empty();
    }

    private static int semicolonBefore(Parse parse, int w) {
        int at = w - 1;
        while (at >= 0 && !parse.word(at).form().equals(";")) {
            at--;
        }
        return at;
    }

    private static int semicolonAfter(Parse parse, int w) {
        int at = w + 1;
        while (at < parse.words().size() && !parse.word(at).form().equals(";")) {
            at++;
        }
        return at;
    }

    /**
     * The words {from, to} that name the source of "nach einer norwegischen Studie" or "dem Vernehmen nach" when no
     * one follows the noun: the phrase without "nach"; for "nach eigenen Angaben" the subject of the verb it belongs
     * to; null for "nach deren Angaben", "seiner Meinung nach", whose owner a pronoun names.
     */
    private static int[] namingItself(Parse parse, int nach, int noun, int from, int to) {
        for (int modifier : parse.children(noun)) {
            String form = parse.word(modifier).form().toLowerCase(Locale.GERMAN);
            if (parse.word(modifier).relation().equals("det:poss") || Set.of("deren", "dessen").contains(form)
                || form.matches("(mein|dein|sein|ihr|unser|euer|eur)(e|er|em|en|es)?")) {
                return null;
            }
            if (form.startsWith("eigene")) {
                int verb = parse.word(noun).head();
                List<Integer> subjects = verb < 0 ? List.of() : parse.children(verb, "nsubj");
                if (subjects.isEmpty() || parse.word(subjects.get(0)).upos() == Upos.PRON) {
                    return null;
                }
                List<Integer> subject = parse.subtree(subjects.get(0));
                return new int[] {subject.get(0), subject.get(subject.size() - 1)};
            }
        }
        return nach == from ? new int[] {from + 1, to} : nach == to ? new int[] {from, to - 1} : null;
    }

    /**
     * "laut Automobilwoche" read as an adjective, "Berichten zufolge" with "zufolge" hung on another noun: the words
     * {from, to} of "laut" and the name after it, or of the noun before "zufolge" and "zufolge"; null when no noun
     * stands there.
     */
    private static int[] misreadSource(Parse parse, int w) {
        boolean laut = Set.of("laut", "gemäß").contains(parse.word(w).form().toLowerCase(Locale.GERMAN));
        int noun = laut ? w + 1 : w - 1;
        if (noun < 0 || noun >= parse.words().size() || !Set.of(Upos.NOUN, Upos.PROPN).contains(parse.word(noun).upos())
            || laut && !Words.capitalised(parse.word(noun).form())) {
            return null;
        }
        if (!laut) {
            return new int[] {noun, w};
        }
        int end = noun;
        while (end + 1 < parse.words().size() && parse.word(end + 1).upos() == Upos.PROPN
            && Set.of("flat", "appos").contains(parse.word(end + 1).relation())) {
            end++;
        }
        return new int[] {w, end};
    }

    /**
     * "ersten Angaben zufolge", "Berichten zufolge": a source that names no one ("Polizeiangaben" and "Medien" do), so
     * that "laut Angaben" would tell the learner nothing about whose words they are.
     */
    static boolean namesNoOne(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        String last = words[words.length - 1];
        return SOURCES.contains(last) && !last.equals("Medien")
            && java.util.Arrays.stream(words).limit(words.length - 1L).noneMatch(Words::capitalised);
    }

    /** "Angaben", "Polizeiangaben", "Expertenmeinung": a noun that names where a statement comes from. */
    private static boolean source(String noun) {
        return SOURCES.contains(noun) || SOURCES.stream().anyMatch(s -> noun.length() > s.length() + 2
            && noun.endsWith(s.toLowerCase(Locale.GERMAN)));
    }
}
