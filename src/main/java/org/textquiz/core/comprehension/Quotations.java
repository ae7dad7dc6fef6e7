package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * The quotations of an article with their speakers. A speaker is named next to a speech verb in the
 * sentence that closes or opens the quotation ("…“, sagte Rutte", "Scholz betonte: „…"), or is a pronoun
 * there ("…“, fügte er hinzu") standing for the nearest person named before it as a speaker, in this paragraph
 * or the one before; or the next sentence attributes it ("Das sagte Scholz am Montag."). A quotation that
 * follows an attributed one with nothing but space between continues it.
 */
final class Quotations {

    /** A quotation, where it starts and ends in the article text, and who said it. */
    record Quotation(String text, int start, int end, Sentence sentence, People.Person speaker) {
    }

    private static final Pattern QUOTE = Pattern.compile("„([^“”\"]+)[“”\"]|»([^«]+)«|«([^»]+)»|\"([^\"]+)\"");
    static final int MIN_WORDS = 5;

    private final Article article;
    private final People people;
    private final List<People.Mention> speakers;

    private Quotations(Article article, People people) {
        this.article = article;
        this.people = people;
        this.speakers = people.mentions().stream().filter(Quotations::isSpeaker).toList();
    }

    /** The quotations a question can be made from: attributed, of five words or more, opening with a capital. */
    static List<Quotation> of(Article article, People people) {
        return new Quotations(article, people).find(true);
    }

    /** Every attributed quotation, also a short or partial one ("„weit hinter der Aufsetzzone“"). */
    static List<Quotation> all(Article article, People people) {
        return new Quotations(article, people).find(false);
    }

    private List<Quotation> find(boolean askable) {
        List<Quotation> quotations = new ArrayList<>();
        List<Paragraph> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            if (paragraph.sentences().isEmpty()) {
                continue;
            }
            int searchFrom = p > 0 ? paragraphs.get(p - 1).span().start() : paragraph.span().start();
            Matcher matcher = QUOTE.matcher(article.text().substring(paragraph.span().start(), paragraph.span().end()));
            People.Person previous = null;
            int previousEnd = -1;
            while (matcher.find()) {
                int group = firstGroup(matcher);
                int start = paragraph.span().start() + matcher.start(group);
                int end = paragraph.span().start() + matcher.end(group);
                Optional<Sentence> opening = sentenceAt(paragraph, start);
                Optional<Sentence> closing = sentenceAt(paragraph, end);
                if (opening.isEmpty() || closing.isEmpty()) {
                    continue;
                }
                Optional<People.Person> speaker = after(closing.get(), end + 1, searchFrom)
                    .or(() -> before(opening.get(), start - 1, searchFrom))
                    .or(() -> inNextSentence(paragraph, closing.get(), end));
                if (speaker.isEmpty() && previous != null && onlySpaceBetween(previousEnd, start - 1)) {
                    speaker = Optional.of(previous);
                }
                previous = speaker.orElse(null);
                previousEnd = speaker.isPresent() ? attributionEnd(closing.get(), end) : -1;
                String text = matcher.group(group).strip().replaceAll("\\s+", " ");
                if (speaker.isPresent() && (!askable || Words.count(text) >= MIN_WORDS && Words.capitalised(text))) {
                    quotations.add(new Quotation(text, start, end, opening.get(), speaker.get()));
                }
            }
        }
        return quotations;
    }

    private static int attributionEnd(Sentence closing, int quoteEnd) {
        return Math.max(closing.span().end(), quoteEnd + 1);
    }

    private boolean onlySpaceBetween(int from, int to) {
        return from >= 0 && from <= to && article.text().substring(from, to).isBlank();
    }

    private static int firstGroup(Matcher matcher) {
        for (int g = 1; g <= matcher.groupCount(); g++) {
            if (matcher.group(g) != null) {
                return g;
            }
        }
        return 0;
    }

    private static Optional<Sentence> sentenceAt(Paragraph paragraph, int offset) {
        return paragraph.sentences().stream()
            .filter(s -> s.span().start() <= offset && offset <= s.span().end())
            .findFirst();
    }

    /** "…“, sagte Rutte." / "…“, fügte er hinzu." / "…“, so Scholz." */
    private Optional<People.Person> after(Sentence sentence, int from, int searchFrom) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size() && (tokens.get(i).span().start() < from || !tokens.get(i).isWord())) {
            i++;
        }
        if (i >= tokens.size() || !(tokens.get(i).text().equals("so") || isSpeechVerb(tokens.get(i), tokens))) {
            return Optional.empty();
        }
        int subject = i + 1 < tokens.size() && tokens.get(i + 1).text().equals("auch") ? i + 2 : i + 1;
        if (subject >= tokens.size()) {
            return Optional.empty();
        }
        Token token = tokens.get(subject);
        String word = Words.lower(token.text());
        if (word.equals("er") || word.equals("sie")) {
            return resolve(word.equals("er") ? Feature.MASCULINE : Feature.FEMININE, token.span().start(), searchFrom);
        }
        return people.in(sentence).stream()
            .filter(m -> m.from() == subject)
            .map(People.Mention::person)
            .findFirst();
    }

    /**
     * A quotation that ends its sentence, followed by "Das sagte Scholz am Montag." or "So Rutte.": the next
     * sentence opens with "das", "dies" or "so" and names the speaker at its speech verb.
     */
    private Optional<People.Person> inNextSentence(Paragraph paragraph, Sentence closing, int quoteEnd) {
        boolean endsSentence = closing.tokens().stream().noneMatch(t -> t.span().start() > quoteEnd && t.isWord());
        int index = paragraph.sentences().indexOf(closing);
        if (!endsSentence || index < 0 || index + 1 >= paragraph.sentences().size()) {
            return Optional.empty();
        }
        Sentence next = paragraph.sentences().get(index + 1);
        List<Token> tokens = next.tokens();
        if (tokens.size() < 3 || !Set.of("das", "dies", "so").contains(Words.lower(tokens.get(0).text()))) {
            return Optional.empty();
        }
        int verb = Words.lower(tokens.get(0).text()).equals("so") ? 0 : 1;
        if (verb == 1 && !isSpeechVerb(tokens.get(1), tokens)) {
            return Optional.empty();
        }
        return people.in(next).stream().filter(m -> m.from() == verb + 1).map(People.Mention::person).findFirst();
    }

    /**
     * "Scholz betonte: „…", "So sagte Olli Rehn, EU-Erweiterungskommissar: „…", "…, erklärt er: „…" and
     * "Erkki Tuomioja, Präsident des Rats: „…".
     */
    private Optional<People.Person> before(Sentence sentence, int until, int searchFrom) {
        List<Token> all = sentence.tokens();
        List<Token> tokens = all.stream().filter(t -> t.span().end() <= until).toList();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(":")) {
            return Optional.empty();
        }
        List<People.Mention> mentions = people.in(sentence).stream().filter(m -> m.to() < tokens.size()).toList();
        for (int v = tokens.size() - 2; v >= 0; v--) {
            if (!isSpeechVerb(all.get(v), all)) {
                continue;
            }
            int verb = v;
            if (clauseBetween(tokens, verb)) {
                // "Nachdem dieser von Moderator Keller-May gefragt wurde, …, entgegnete Suttner:": a clause before
                return Optional.empty();
            }
            Token after = all.get(v + 1);
            String word = Words.lower(after.text());
            if (word.equals("er") || word.equals("sie")) {
                return resolve(word.equals("er") ? Feature.MASCULINE : Feature.FEMININE, after.span().start(),
                    searchFrom);
            }
            // "Über Steve Fossett sagte Branson:": the name after the verb speaks; one before it only when no
            // preposition makes it what the words are about
            return mentions.stream().filter(m -> m.from() == verb + 1).map(People.Mention::person).findFirst()
                .or(() -> mentions.stream()
                    .filter(m -> m.to() == verb && (m.from() == 0 || all.get(m.from() - 1).upos() != Upos.ADP))
                    .map(People.Mention::person).findFirst());
        }
        boolean noVerb = tokens.stream().noneMatch(t -> t.upos() == Upos.VERB || t.upos() == Upos.AUX);
        return mentions.stream()
            .filter(m -> m.from() == 0 && noVerb)
            .map(People.Mention::person)
            .findFirst();
    }

    /** Whether a clause of its own, a comma and a verb after it, stands between the verb and the colon. */
    private static boolean clauseBetween(List<Token> tokens, int verb) {
        for (int comma = verb + 1; comma < tokens.size(); comma++) {
            if (tokens.get(comma).text().equals(",") && tokens.subList(comma + 1, tokens.size()).stream()
                .anyMatch(t -> t.upos() == Upos.VERB || t.upos() == Upos.AUX)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest person before {@code position} named as a speaker, whose given name does not contradict the pronoun. */
    private Optional<People.Person> resolve(Feature gender, int position, int searchFrom) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            People.Mention mention = speakers.get(i);
            if (mention.start() < position && mention.start() >= searchFrom) {
                boolean fits = mention.person().gender().map(g -> g == gender).orElse(true);
                return fits ? Optional.of(mention.person()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A mention right before a speech verb ("Rutte sagte") or right after one ("sagte Rutte", ", so Rutte"). */
    private static boolean isSpeaker(People.Mention mention) {
        List<Token> tokens = mention.sentence().tokens();
        boolean verbAfter = mention.to() < tokens.size() && isSpeechVerb(tokens.get(mention.to()), tokens);
        int before = mention.from() - 1;
        if (before >= 0 && tokens.get(before).text().equals("auch")) {
            before--;
        }
        boolean verbBefore = before >= 0 && (isSpeechVerb(tokens.get(before), tokens)
            || tokens.get(before).text().equals("so"));
        return verbAfter || verbBefore;
    }

    private static boolean isSpeechVerb(Token token, List<Token> sentence) {
        if (token.upos() != Upos.VERB && token.upos() != Upos.AUX) {
            return false;
        }
        if (token.lemma().equals("fügen")) {
            return sentence.stream().anyMatch(t -> t.text().equals("hinzu"));
        }
        return Words.SPEECH_VERBS.contains(token.lemma());
    }
}
