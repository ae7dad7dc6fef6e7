package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.textquiz.core.analysis.SentenceSplitter;
import org.textquiz.core.article.Span;

/**
 * Mends German habits the statistical splitter gets wrong: an ordinal number ends with a full stop
 * ("am 20. Dezember", "zum 3. Geburtstag", "nach dem 1.000.000. Artikel"), which is no sentence end when a noun or
 * a lower-case word follows; and a Roman number's full stop may end a sentence as well ("Thailand I. Die …").
 */
public final class GermanSentenceSplitter implements SentenceSplitter {

    private static final Pattern ORDINAL_AT_END = Pattern.compile("(?<![\\d.])\\d{1,2}\\.$");
    /** "nach dem 1.000.000. Artikel", "Der 100.000. Artikel": a large ordinal, told from a count by its article. */
    private static final Pattern LARGE_ORDINAL_AT_END = Pattern.compile(
        "(?iu)(?:^|\\s)(?:der|die|das|dem|den|des|zum|zur|am|im|vom|beim)\\s+\\d{1,3}(?:\\.\\d{3})+\\.$");
    /** "des 3. Bataillons, des 1. Regiments": an article before the number makes it an ordinal, whatever follows. */
    private static final Pattern ORDINAL_AFTER_ITS_ARTICLE = Pattern.compile(
        "(?u)(?:^|\\s)(?:des|dem|den|am|im|zum|zur|vom|beim)\\s+\\d{1,2}\\.$");
    /**
     * "in der 44. Spielminute", "in die 88. Oscar-Verleihung", "(1. FCK)": a preposition and its article, or an opening bracket, before the number make
     * it an ordinal, whatever word the dictionary does not know follows.
     */
    private static final Pattern ORDINAL_AFTER_A_PREPOSITION = Pattern.compile(
        "(?iu)(?:(?:^|\\s)(?:in|an|auf|nach|vor|bei|seit|aus|mit|von|zu|unter|über|ab|bis|gegen)\\s+(?:der|dem|den|die|das)\\s+"
            + "|\\()\\d{1,2}\\.$");
    /** "ein volles 13.": an adjective's ending before the number, which only an ordinal's noun can follow. */
    private static final Pattern ORDINAL_AFTER_AN_ADJECTIVE = Pattern.compile(
        "(?u)(?:^|\\s)\\p{Ll}+(?:es|en|er|em|e)\\s+\\d{1,2}\\.$");
    /** "seit ca. 8 Uhr", "bzw. die", "Dr. Müller": abbreviations that never end a sentence. */
    private static final Pattern ABBREVIATION_AT_END = Pattern.compile(
        "(?:^|[\\s(])(?:ca|bzw|vgl|Nr|Dr|Prof|inkl|ggf|sog|evtl|zzgl|bspw|Hrsg|Bd|Jh)\\.$");
    /** "auf bis zu 400 Mio. Euro an": a number's abbreviated million or billion before what it counts. */
    private static final Pattern AMOUNT_ABBREVIATION_AT_END = Pattern.compile("\\d\\s*(?:Mio|Mrd|Tsd)\\.$");
    private static final java.util.Set<String> CURRENCIES = java.util.Set.of("Euro", "Dollar", "US-Dollar", "Franken",
        "Pfund", "Yen", "Rubel", "Yuan", "Kronen");
    private static final Pattern ROMAN_NUMBER_ENDING = Pattern.compile("\\p{Lu}\\p{L}+ [IVX]{1,4}\\.$");
    /** The first word of what follows, after any quotation mark or bracket that opens it ("„ist und bleibt …“"). */
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\s„‚»\"(]*(\\p{L}+)");

    private final SentenceSplitter splitter;
    private final GermanDictionary dictionary;

    public GermanSentenceSplitter(SentenceSplitter splitter, GermanDictionary dictionary) {
        this.splitter = splitter;
        this.dictionary = dictionary;
    }

    /** "… Madagaskar und Thailand I. Die deutschen Damen …": a team's or a ruler's Roman number ending a sentence. */
    private static final Pattern ROMAN_NUMBER_AT_END = Pattern.compile("\\p{Lu}\\p{L}+ [IVX]{1,4}\\.(\\s+)(\\p{Lu}\\p{L}*)");

    /**
     * "Wien – Andrea Fraser ist …", "Berlin (dpa) – …", "Wien –Der Nationalrat …": the place a news report was
     * written in, before a dash at the start of its first paragraph, which is no part of the first sentence.
     */
    private static final Pattern DATELINE = Pattern.compile(
        "(\\p{Lu}[\\p{L}.]*(?:[ -]\\p{Lu}[\\p{L}.]*){0,2}(?:(?: \\([^()]{1,30}\\))? [–—]"
            // "Barcelona (DPA) Zivile Balciunaite ist …": an agency's name in brackets closes the dateline alone
            + "| \\((?i:dpa|ap|afp|reuters|rtr|sid|ddp|dapd|apa|epd|kna|sda|awp)(?:/[^()]{1,20})?\\)))\\s*(?=\\p{Lu})");
    private static final java.util.Set<String> NO_PLACES = java.util.Set.of("Der", "Die", "Das", "Den", "Dem", "Des",
        "Ein", "Eine", "Einer", "Er", "Sie", "Es", "Wir", "Ich", "Man", "Doch", "Aber", "Und");

    @Override
    public List<Span> split(String line) {
        List<Span> merged = new ArrayList<>();
        Matcher dateline = DATELINE.matcher(line);
        if (dateline.lookingAt() && !NO_PLACES.contains(line.substring(0, line.indexOf(' ') < 0 ? 0 : line.indexOf(' ')))) {
            merged.add(new Span(0, dateline.end(1)));
            for (Span span : splitRest(line.substring(dateline.end()))) {
                merged.add(new Span(span.start() + dateline.end(), span.end() + dateline.end()));
            }
            return merged;
        }
        return splitRest(line);
    }

    private List<Span> splitRest(String line) {
        List<Span> merged = new ArrayList<>();
        for (Span whole : splitter.split(line)) {
            for (Span joined : atMissingSpaces(line, whole)) {
                for (Span roman : atRomanNumbers(line, joined)) {
                    for (Span lettered : atLettersAfterANoun(line, roman)) {
                        for (Span span : atNumbersBeforeAnArticle(line, lettered)) {
                            add(line, merged, span);
                        }
                    }
                }
            }
        }
        return merged;
    }

    private void add(String line, List<Span> merged, Span span) {
        if (!merged.isEmpty() && continuesOrdinal(line, merged.get(merged.size() - 1), span)) {
            Span previous = merged.remove(merged.size() - 1);
            merged.add(new Span(previous.start(), span.end()));
        } else {
            merged.add(span);
        }
    }

    /**
     * "…, betonte Struck.Gleichzeitig legten …": two sentences whose paragraphs lost the break between them, a word
     * of two small letters or more, its full stop (or quotation mark) and a capitalised word right after, which is no
     * part of an address ("www.Tagesschau.de").
     */
    private static final Pattern MISSING_SPACE = Pattern.compile(
        "(?<=\\p{Ll}{2}[.!?][“”]?)(?=\\p{Lu}\\p{Ll}{2}\\p{L}*+(?![.]\\p{L}))");

    private static List<Span> atMissingSpaces(String line, Span span) {
        return cut(line, span, MISSING_SPACE);
    }

    /** The span cut where {@code boundary} matches, what it matches (a space, or nothing) left out between the parts. */
    private static List<Span> cut(String line, Span span, Pattern boundary) {
        List<Span> parts = new ArrayList<>();
        Matcher at = boundary.matcher(span.cut(line));
        int from = 0;
        while (at.find()) {
            parts.add(new Span(span.start() + from, span.start() + at.start()));
            from = at.end();
        }
        parts.add(new Span(span.start() + from, span.end()));
        return parts;
    }

    /**
     * "…, Chef vom Dienst Robert Friess von 3. Das Ergebnis des Votums …": a number's full stop before an article or
     * a pronoun, which no ordinal stands before, ends the sentence the statistical splitter ran on.
     */
    private static final Pattern NUMBER_BEFORE_AN_ARTICLE = Pattern.compile(
        "(?<=\\s\\d{1,4}\\.)\\s+(?=(?:Der|Die|Das|Ein|Eine|Er|Sie|Es|Wir|Ich) \\p{L})");

    private static List<Span> atNumbersBeforeAnArticle(String line, Span span) {
        return cut(line, span, NUMBER_BEFORE_AN_ARTICLE);
    }

    /**
     * The statistical splitter reads the full stop after a Roman number as an abbreviation's; before a capitalised
     * word that is no noun ("Die", "Am", "Er") it ends the sentence too.
     */
    private List<Span> atRomanNumbers(String line, Span span) {
        List<Span> parts = new ArrayList<>();
        String text = span.cut(line);
        Matcher roman = ROMAN_NUMBER_AT_END.matcher(text);
        int from = 0;
        while (roman.find()) {
            String next = roman.group(2);
            boolean noun = dictionary.exact(next).stream().anyMatch(r -> r.category().equals("SUB"));
            if (noun || dictionary.exact(next.toLowerCase(java.util.Locale.GERMAN)).isEmpty()) {
                continue;
            }
            parts.add(new Span(span.start() + from, span.start() + roman.start(1)));
            from = roman.end(1);
        }
        parts.add(new Span(span.start() + from, span.end()));
        return parts;
    }

    /** "… enthält Vitamin E. Vitamin E heißt …": a thing's letter ending a sentence, not a person's initial. */
    private static final Pattern LETTER_AFTER_A_NOUN = Pattern.compile(
        "(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+) \\p{Lu}\\.(\\s+)(\\p{Lu}\\p{Ll}+)");
    private static final java.util.Set<String> ADDRESSES = java.util.Set.of("Herr", "Herrn", "Frau", "Fräulein");

    /**
     * The statistical splitter reads a capital letter and its full stop as a person's initial; after a common noun
     * ("Vitamin", "Gruppe") and before a word the dictionary knows, it is a thing's letter ending the sentence.
     */
    private List<Span> atLettersAfterANoun(String line, Span span) {
        List<Span> parts = new ArrayList<>();
        Matcher letter = LETTER_AFTER_A_NOUN.matcher(span.cut(line));
        int from = 0;
        while (letter.find()) {
            String noun = letter.group(1);
            String next = letter.group(3);
            boolean commonNoun = !ADDRESSES.contains(noun) && dictionary.exact(noun).stream()
                .anyMatch(r -> r.category().equals("SUB")) && dictionary.exact(noun).stream()
                    .noneMatch(r -> r.category().equals("EIG"));
            boolean known = !dictionary.exact(next).isEmpty()
                || !dictionary.exact(next.toLowerCase(java.util.Locale.GERMAN)).isEmpty();
            boolean nextAName = dictionary.exact(next).stream().anyMatch(r -> r.category().equals("EIG"));
            if (commonNoun && known && !nextAName) {
                parts.add(new Span(span.start() + from, span.start() + letter.start(2)));
                from = letter.end(2);
            }
        }
        parts.add(new Span(span.start() + from, span.end()));
        return parts;
    }

    private boolean continuesOrdinal(String line, Span previous, Span next) {
        String before = previous.cut(line);
        if (ABBREVIATION_AT_END.matcher(before).find()) {
            return true;
        }
        Matcher firstOfNext = FIRST_WORD.matcher(next.cut(line));
        if (AMOUNT_ABBREVIATION_AT_END.matcher(before).find() && firstOfNext.find()
            && (CURRENCIES.contains(firstOfNext.group(1)) || Character.isLowerCase(firstOfNext.group(1).charAt(0)))) {
            return true;
        }
        firstOfNext.reset();
        if (ROMAN_NUMBER_ENDING.matcher(before).find() && firstOfNext.find()
            && Character.isLowerCase(firstOfNext.group(1).charAt(0))) {
            // "Benedikt XVI. habe …", "trat Papst Gregor XII. zurück": a ruler's number inside the sentence
            return true;
        }
        if (!ORDINAL_AT_END.matcher(before).find() && !LARGE_ORDINAL_AT_END.matcher(before).find()) {
            return false;
        }
        if (ORDINAL_AFTER_ITS_ARTICLE.matcher(before).find() || ORDINAL_AFTER_A_PREPOSITION.matcher(before).find()) {
            return true;
        }
        Matcher word = FIRST_WORD.matcher(next.cut(line));
        if (!word.find()) {
            return false;
        }
        String first = word.group(1);
        if (Character.isLowerCase(first.charAt(0))) {
            return true;
        }
        List<Reading> readings = dictionary.exact(first);
        if (readings.isEmpty() && ORDINAL_AFTER_AN_ADJECTIVE.matcher(before).find()) {
            // "ein volles 13. Monatsgehalt": a compound the dictionary does not list, after an adjective's ending
            return true;
        }
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.category().equals("SUB"));
    }
}
