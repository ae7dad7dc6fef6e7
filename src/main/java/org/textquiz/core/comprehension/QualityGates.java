package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.question.WhQuestion;

/**
 * The checks every comprehension question must pass, since a wrong or ungrammatical question is worse than
 * none: its form (a capital first, "?" at the end, or "." for a statement; no gap marker; at most 30 words; quotation marks in pairs),
 * an answer that is not a pronoun and not given away by the question, no unresolved pronoun in a W-question.
 */
public final class QualityGates {

    public static final int MAX_WORDS = 30;
    /**
     * "man" and the "es" of "gibt es", "kam es zu …", "handelt es sich um …", "geht es um …": pronouns for no one and
     * nothing in particular, which need no resolving.
     */
    private static final java.util.regex.Pattern GENERIC = java.util.regex.Pattern.compile(
        "\\b([Mm]an|(gibt|gab|geben|gäbe) es|es (gibt|gab|geben))\\b"
            + "|\\b(kam|kommt|käme|war|ist|sei|wäre) es\\b(?=.*\\b(zu|zum|zur|gekommen)\\b)|^Wozu (kam|kommt|käme) es\\b"
            + "|\\b(handelt|handelte|handele) es sich\\b"
            + "|\\b(geht|ging|gehe) es\\b(?=.*\\bum\\b)|^Worum (geht|ging|gehe) es\\b");
    /** "Nur so konnte sich Servus TV … leisten": only in the way the sentence before told; not "nur so viel". */
    private static final java.util.regex.Pattern IN_THAT_WAY = java.util.regex.Pattern.compile(
        "\\b(?i:nur|erst|allein) so\\b(?! (?:viel|viele|vielen|lange|weit|groß|gut|wenig|wenige|hoch|schnell|oft|sehr)\\b)");
    /** "Wie viele Wochen hielt die Regierung … die Banken lang geschlossen?": "drei Wochen lang" taken apart. */
    private static final java.util.regex.Pattern STRANDED_MEASURE = java.util.regex.Pattern.compile(
        " (?:lang|hoch|breit|weit|tief|schwer) (?:\\p{Ll}+ )?\\p{Ll}+\\?$");
    /**
     * "Wie viele Monate passieren … alten Kleinkindern?": "sechs Monate alten Kleinkindern" taken apart, the adjective
     * left after a word that is no article of its own ("des alten Vertrags" is another phrase).
     */
    private static final java.util.regex.Pattern STRANDED_MEASURE_BEFORE_A_NOUN = java.util.regex.Pattern.compile(
        "^Wie viele (?:Jahre|Monate|Wochen|Tage|Stunden|Minuten|Meter|Kilometer|Zentimeter|Tonnen|Kilogramm|Kilo) .*"
            + " (?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein\\p{L}*|ihr\\p{L}*|dies\\p{L}*) )"
            + "\\p{L}+ (?:alt|lang|hoh|breit|tief|weit|schwer)(?:e|en|er|es|em) \\p{Lu}");
    /**
     * "Die Neue Mittelschule dominiert in anderen Bundesländern.", "widersprechen auch in einem anderen Punkt": others
     * than the sentence before named.
     */
    private static final java.util.regex.Pattern IN_OTHERS = java.util.regex.Pattern.compile(
        "(?i:\\bin) (?:den |einem |einer )?anderen \\p{Lu}");
    /**
     * "So lange brauchte der Künstler, um …", "So viel Freiheit lässt die Linke", "Was liegt so nahe an der libyschen
     * Küste?", "Wer dachte genauso?": as long, as much, as near or the same as the sentence before told (or the clause
     * the question left out: "Weil Malta so nahe … liegt, kommen …"); not "so lange, bis …", "so viel wie …",
     * "genauso wie …" or "so oft, dass …", which say it themselves.
     */
    private static final java.util.regex.Pattern AS_MUCH_AS_BEFORE = java.util.regex.Pattern.compile(
        "(?i)\\b(?:so (?:lange|viel|viele|vielen|weit|oft|wenig|wenige|nahe|nah|groß|klein|hoch|schnell|stark|schwer|"
            + "früh|spät|teuer|beliebt|bekannt|wichtig|dicht|heiß|kalt|reich|arm)|genauso|ebenso)\\b(?![^.?]*\\b(?:wie|dass|bis|als)\\b)");
    /**
     * "beantworten auch im Krankenstand Laut der Umfrage …": a capitalised article, preposition or pronoun after a
     * lower-case word, where a subheading ran into the sentence; not "Von", which opens names ("der wendige Von
     * Miller").
     */
    private static final java.util.regex.Pattern HEADING_RUN_IN = java.util.regex.Pattern.compile(
        "(?<=[\\p{Ll}\\d]) (?:Laut|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Im|In|Am|An|Auf|Mit|Nach|Bei|Für|Zu|Zum|"
            + "Zur|Auch|Und|Aber|Doch|Es|Er|Wir|Ich|Beim|Vom|Seit|Trotz|Wegen|Gegen|Unter|Vor|Aus|Nun|Dabei|Damit|"
            + "Dazu|Bis) ");
    /** Nouns an infinitive with "zu" after a comma says more of: "die Möglichkeit, zu AOL zu wechseln". */
    private static final java.util.Set<String> NOUNS_TAKING_ZU = java.util.Set.of("Möglichkeit", "Chance", "Gelegenheit", "Recht", "Pflicht",
        "Absicht", "Plan", "Pläne", "Versuch", "Ziel", "Aufgabe", "Auftrag", "Erlaubnis", "Fähigkeit", "Mut", "Zeit",
        "Angebot", "Forderung", "Aufforderung", "Entscheidung", "Beschluss", "Idee", "Wunsch", "Gefahr", "Bereitschaft");
    private static final java.util.regex.Pattern ZU_INFINITIVE_AFTER_A_COMMA = java.util.regex.Pattern.compile(
        ", [^,?]*\\bzu \\p{Ll}+\\?$|, [^,?]*\\p{Ll}zu\\p{Ll}+\\?$");

    private static final java.util.regex.Pattern TORN_FROM_ITS_PHRASE = java.util.regex.Pattern.compile(
        // "An bis zu einer Hochebene steigt die Küste …": the particle of "ansteigen" moved with the phrase after it
        "^(?:Aus|An|Auf|Ab|Ein|Zu|Mit|Vor|Nach|Um|Durch|Über) (?:wie|als|bis)\\b"
            + "| (?:ziemlich|genau|direkt|kurz|knapp|mitten|gleich)\\.$|^(?:Vom|Von) .* her\\b"
            // "Was hat man neben der Restmülltonne noch je?": "je" torn from "je eine Tonne"
            + "| je\\?$");
    private static final java.util.regex.Pattern OTHERS_FIRST = java.util.regex.Pattern.compile(
        "^(?:Beide|Weitere|Auf andere Weise) \\p{L}");
    private static final java.util.regex.Pattern OTHERS_AS_SUBJECT = java.util.regex.Pattern.compile(
        "^(?:Andere \\p{Lu}|(?:Was|Wen|Wem|Wo|Wann|Wie) \\p{Ll}+ andere \\p{Lu})");
    /** "Was sehen wieder andere?": others than those the sentence before told of, standing for them without a noun. */
    private static final java.util.regex.Pattern YET_OTHERS = java.util.regex.Pattern.compile(
        "\\b(?i:wieder|noch) andere\\b(?!\\s+\\p{Lu})");
    /**
     * "Moskau liegt auf etwa 37° O und so weiter.": a list the sentence leaves open, which no question or statement
     * can.
     */
    private static final java.util.regex.Pattern AND_SO_ON = java.util.regex.Pattern.compile(
        "\\b(?:und so weiter|usw\\.|etc\\.)");
    /**
     * "Was muss … einmal ein Gesamtpreis bezahlt werden? – im Monat oder im Jahr": a rate torn from its "einmal", which
     * the answer or the phrase moved first no longer holds.
     */
    private static final java.util.regex.Pattern RATE_TORN = java.util.regex.Pattern.compile(
        "^(?:Im|In der|Am|Pro) (?:Monat|Jahr|Woche|Tag)\\b.*\\b(?:einmal|zweimal|dreimal)\\b");
    private static final java.util.regex.Pattern RATE_ANSWER = java.util.regex.Pattern.compile(
        "^(?:im|in der|am|pro) (?:Monat|Jahr|Woche|Tag)\\b.*");
    private static final java.util.regex.Pattern FORWARD_SO = java.util.regex.Pattern.compile("\\bso\\?$");
    private static final java.util.regex.Pattern ELLIPTICAL_ADJECTIVE = java.util.regex.Pattern.compile(
        // ("den alten Bahnhof neu zu bauen und den alten abzureißen" names the noun before)
        "(?<!\\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|zum) )"
            + "\\b(?:neue|neuen|alte|alten|andere|anderen|weitere|weiteren) \\p{Ll}+\\?$");
    private static final java.util.regex.Pattern THOSE_WITHOUT_WHICH = java.util.regex.Pattern.compile(
        "\\b(?i:der|die|das|den|dem|des)jenige[nmrs]?\\b"
            + "(?![^?.]*,\\s*(?:der|die|das|den|dem|deren|dessen|welche[nmrs]?|wo|was)\\b)");
    private static final java.util.regex.Pattern FLOATING_QUANTIFIER = java.util.regex.Pattern.compile(
        "^(?:Wer|Was) \\p{L}+ (?:alle|beide|allesamt|sämtlich)(?: \\p{Ll}+)*\\?$");
    /** "Was wird wer sich mit Alchemie beschäftigt genannt?": a free relative clause that lost its comma. */
    private static final java.util.regex.Pattern FREE_RELATIVE_INSIDE = java.util.regex.Pattern.compile(
        "(?<!,) (?:wer|wen|wem|wessen) ");
    /** "Was sieht auch oft aus?" of "So sieht dann auch oft die Landschaft aus": how it looks, left out. */
    private static final java.util.regex.Pattern LOOKS_NO_WAY = java.util.regex.Pattern.compile(
        "\\b(?:sieht|sehen|sah|sahen)(?: (?:auch|oft|dann|meist|meistens|immer|heute|noch|ganz|genau|"
            + "der|die|das|\\p{Lu}\\p{Ll}+))* aus[.?]$");
    private static final java.util.regex.Pattern SOME_OF_THEM = java.util.regex.Pattern.compile(
        "\\b(?i:in|an|auf|bei|aus|von|zu|mit|nach) (?:manchen|einigen|vielen|etlichen)"
            + "(?= (?:im|in|am|an|auf|bei|der|die|das|den|dem|des|ein|eine|einen|und|oder|ist|sind|gibt|findet|"
            + "liegt|liegen)\\b|[?.,])");
    private static final java.util.regex.Pattern NAMED_NOTHING = java.util.regex.Pattern.compile(
        "\\b(?:heißt|heißen|hieß|hießen) (?:auf|im|in) \\p{L}+\\.$");
    private static final java.util.regex.Pattern NEGATED_APPROXIMATION = java.util.regex.Pattern.compile(
        "\\bnicht (?:nahezu|fast|beinahe|annähernd|ungefähr|etwa|bei weitem)\\b");

    private static final java.util.regex.Pattern NOUN_AND_ITS_INFINITIVE = java.util.regex.Pattern.compile(
        // "ein Versuch des Körpers, die Schnupfenviren loszuwerden": a genitive may stand between the two
        "\\b(" + String.join("|", NOUNS_TAKING_ZU) + ")(?: (?:des|der|eines|einer) [\\p{L}-]+)?, [^,.;?]*?"
            + "(\\bzu \\p{Ll}+|\\b\\p{Ll}+zu\\p{Ll}*en)\\b");

    private static boolean infinitiveOfItsNounLeftOut(Question question) {
        String kept = question.prompt() + " " + question.solution();
        var matcher = NOUN_AND_ITS_INFINITIVE.matcher(question.explanation());
        while (matcher.find()) {
            if (Words.containsWord(kept, matcher.group(1)) && !kept.contains(matcher.group(2))) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * "Zuerst haben die anderen Kinder gelacht.": others than the ones the sentence before named; so "Eine andere
     * Expedition war …" and "andere Säugetiere wie Dachse".
     */
    private static final java.util.regex.Pattern OTHERS_THAN_BEFORE = java.util.regex.Pattern.compile(
        "(?:^|[^,] )(?:[Dd]ie|[Dd]en|[Dd]er) anderen \\p{Lu}|(?:^|[^,] )(?:[Ee]ine?|[Ee]inen|[Ee]inem|[Ee]iner) "
            // "Was ist eine andere große Stadt?"
            + "andere[nrs]? (?:\\p{Ll}+e[nmrs]? )?\\p{Lu}|(?:^|[^,] )[Aa]ndere \\p{Lu}\\p{L}+ wie "
            + "|(?:^|[^,] )[Aa]uch andere[nm]? \\p{Lu}"
            + "|(?:^|[^,] )andere[nm]? \\p{Lu}\\p{L}+\\? |\\? [Aa]ndere[nm]? \\p{Lu}\\p{L}+$");
    /** "Andere Leute sprechen von anderen Tätern.": a sentence that opens with others than those told of before. */
    private static final java.util.regex.Pattern OPENS_WITH_OTHERS = java.util.regex.Pattern.compile(
        "^(?:Andere|Die anderen|Der andere|Das andere) \\p{L}");
    /**
     * "Schon in den Jahren um 1980 konnte man über Funk Gespräche führen." for 1920: what could be done, or was there,
     * by an earlier year could be done or was there by a later one too, so the later year does not make it false (an
     * event, "bereits 2014 haben die Genossen dafür gestimmt", is another one at another time).
     */
    private static final java.util.regex.Pattern ALREADY_BY_A_YEAR = java.util.regex.Pattern.compile(
        "(?i)\\b(?:schon|bereits|(?<!erst )seit)\\b(?: \\S+){0,4}? (1\\d{3}|20\\d{2})\\b");
    private static final java.util.regex.Pattern STATE_OR_ABILITY = java.util.regex.Pattern.compile(
        "(?i)\\b(?:seit|konnte|konnten|kann|können|gab es|gibt es|kannte|kannten|existierte|existierten)\\b");
    /**
     * Whether the sentence says something was so already by this year ("gibt es seit 2006"), which a later year would
     * not make false, though an earlier one does.
     */
    static boolean soAlreadyBy(String sentence, String year) {
        java.util.regex.Matcher already = ALREADY_BY_A_YEAR.matcher(sentence);
        while (already.find()) {
            if (already.group(1).equals(year)) {
                return STATE_OR_ABILITY.matcher(sentence).find();
            }
        }
        return false;
    }

    /** "Schon vor 100 Jahren kamen Menschen …" for 12.000: what was so longer ago may be so more recently too. */
    private static final java.util.regex.Pattern ALREADY_YEARS_AGO = java.util.regex.Pattern.compile(
        "(?i)\\b(?:schon|bereits) vor (?:etwa |rund |über |mehr als )?(\\d[\\d.]*) Jahren\\b");
    /** "Keine Bäume wachsen … gar.": "gar" of "gar keine", left behind once its phrase went first. */
    private static final java.util.regex.Pattern GAR_LEFT_BEHIND = java.util.regex.Pattern.compile(" gar\\.$");
    /** "Wie viele Amtssprachen, Englisch und Französisch gibt es …?": the ones counted, named in the question. */
    private static final java.util.regex.Pattern COUNTED_NAMED = java.util.regex.Pattern.compile(
        "^Wie viele? \\p{L}+, ");
    /** "Prozente werden vor allem deshalb … benutzt": "vor allem" of a reason the question or statement leaves out. */
    private static final java.util.regex.Pattern FOCUSED_REASON = java.util.regex.Pattern.compile(
        "(?i)\\bvor allem (?:deshalb|darum|daher|deswegen|dadurch)\\b");
    /** "Sechs das Niederländische haben …": a count and the object the parse read as one phrase, put first. */
    private static final java.util.regex.Pattern COUNT_BEFORE_AN_ARTICLE = java.util.regex.Pattern.compile(
        "^(?:Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|Elf|Zwölf) (?:die|das|den|dem) \\p{L}");
    /** "Was war 1945 stark zerstört? – große Teile": parts of what, only the sentence before says. */
    private static final java.util.regex.Pattern PARTS_ALONE = java.util.regex.Pattern.compile(
        "(?i)(?:große|weite|viele|einige|manche)? ?Teile");
    /** "Die Verwandlung gelingt dem Teufel aber nicht ganz.": the words that deny, which a true statement keeps. */
    private static final java.util.regex.Pattern DENYING = java.util.regex.Pattern.compile(
        "(?i)\\b(?:nicht|nie|niemals|kein|keine|keinen|keinem|keiner|keines|nichts|niemand)\\b");
    /** "Sonst muss der Schornsteinfeger … vorbeikommen": otherwise than what the sentence before told. */
    private static final java.util.regex.Pattern OTHERWISE = java.util.regex.Pattern.compile(
        "(?i)\\bsonst\\b(?! noch\\b)");
    /**
     * "Vielleicht ist ein geliebter Mensch gestorben, oder …": a sentence the article opens as a supposition, asked or
     * stated as what happened ("dauert ein Jahr und vielleicht noch zwei Monate länger" hedges an amount only).
     */
    private static final java.util.regex.Pattern SUPPOSED = java.util.regex.Pattern.compile(
        "^(?:Vielleicht|Möglicherweise|Eventuell) ");
    /** "Wie viele Menschen leben heute in Gelsenkirchen nur noch?": what qualifies the count, left behind it. */
    private static final java.util.regex.Pattern COUNT_QUALIFIER_LEFT_BEHIND = java.util.regex.Pattern.compile(
        "^Wie viele? .* (?:nur noch|nur|noch|etwa|rund|fast|knapp|mindestens|höchstens)\\?$");
    /** "Was steht sogar in einer?": "einer" of the caves the sentence before named, without its noun. */
    private static final java.util.regex.Pattern ONE_OF_THOSE_BEFORE = java.util.regex.Pattern.compile(
        "(?iu)\\b(?:in|an|auf|aus|bei|mit|nach|von|vor|zu|unter|über|hinter|neben|zwischen) "
            + "(?:einer|einem|keiner|keinem)(?: davon)?[?.!,]");
    /** "Was lag vor über 100 Millionen Jahren an dem Ort?": the place the sentence before named, as "dem Ort". */
    private static final java.util.regex.Pattern THE_PLACE_BEFORE = java.util.regex.Pattern.compile(
        "(?u)\\b(?:an|in) (?:dem|diesem) Ort\\b(?! (?:der|des|von|namens|\\p{Lu}))"
            + "|\\b[Aa]n (?:der|dieser) Stelle(?! (?:der|des|von))\\b(?=[?.,!]| \\p{Ll})");
    /** "Wozu gehören drei Viertel?": a share of the people the sentence before counted, without them. */
    private static final java.util.regex.Pattern SHARE_WITHOUT_WHOLE = java.util.regex.Pattern.compile(
        "(?iu)\\b(?:ein (?:Drittel|Fünftel|Achtel|Zehntel)|(?:zwei|drei|vier|fünf|sieben|neun|zehn|\\d+) "
            + "(?:Drittel|Viertel|Fünftel|Achtel|Zehntel))\\b"
            + "(?! (?:der|des|von|aller|ihrer|seiner|unserer|\\p{Lu}))");
    /** "Wer wurde bekannt?": being known, which says nothing without what for. */
    private static final java.util.regex.Pattern KNOWN_ALONE = java.util.regex.Pattern.compile(
        "(?:Wer|Was) (?:wurde|wird|ist|war|sind|waren|wurden) (?:bekannt|berühmt|beliebt)\\?");
    /** "Maria wurde bekannt, weil sie die Mutter von Jesus ist": a clause of reason after the main clause. */
    private static final java.util.regex.Pattern REASON_CLAUSE = java.util.regex.Pattern.compile(
        ", (?:weil|da|denn) ");
    /** "Wann findet … statt? – am 3. Oktober der Tag der offenen Moschee": the subject run into the date. */
    private static final java.util.regex.Pattern SUBJECT_AFTER_A_DATE = java.util.regex.Pattern.compile(
        "(?u)\\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|\\d{4}) "
            + "(?:der|die|das) \\p{Lu}");
    /** "Wie viele Drittel der Einwohner sind katholisch? – Zwei": a share asked as a count. */
    private static final java.util.regex.Pattern SHARE_COUNTED = java.util.regex.Pattern.compile(
        "^Wie viele (?:Drittel|Viertel|Fünftel|Achtel|Zehntel)\\b");
    /** "Ein Angebot von zwei Jahren besteht meist.": how often, left at the end once the subject went first. */
    private static final java.util.regex.Pattern HOW_OFTEN_AT_THE_END = java.util.regex.Pattern.compile(
        " (meist|meistens|oft|manchmal|häufig|selten|immer|stets)\\.$");
    /** "Aber auch die Erbsen … gehören zur Ackerbohne.": a link to the sentence before, moved to the front. */
    private static final java.util.regex.Pattern LINK_FIRST = java.util.regex.Pattern.compile(
        "^(Aber|Doch|Jedoch|Allerdings|Dennoch|Trotzdem) ");
    /**
     * "Zumindest sagen die Propheten jeweils, dass …": a hedge over the whole sentence, which moved to the end
     * ("Dass …, sagen die Propheten zumindest jeweils.") hedges only the last words.
     */
    private static final java.util.regex.Pattern HEDGE_FIRST = java.util.regex.Pattern.compile(
        "^(Zumindest|Immerhin|Jedenfalls|Wenigstens|Freilich) ");
    /** "Wer ist eben männlich?": a modal particle that answers what the sentence before said. */
    private static final java.util.regex.Pattern MODAL_PARTICLE = java.util.regex.Pattern.compile(
        "(?u)^(?:Wer|Was|Wen|Wem) \\p{L}+ (?:eben|halt) ");
    /** "Wozu bleibt der Milchzucker zurück? – zum großen Teil …": how much of it, no purpose or place. */
    private static final java.util.regex.Pattern FOR_THE_MOST_PART = java.util.regex.Pattern.compile(
        "(?i)^zum (?:großen |größten |kleinen |überwiegenden )?Teil\\b");

    /**
     * "Wen belastet der Bericht … in der ORF?" of "in der ORF-Generalintendanz": a capitalised word the question has
     * alone, which the sentence has only before a hyphen, as the first part of a compound.
     */
    private static boolean compoundCut(WhQuestion question) {
        String sentence = question.explanation();
        java.util.Set<String> alone = CAPITALISED.matcher(sentence).results().map(java.util.regex.MatchResult::group)
            .collect(java.util.stream.Collectors.toSet());
        return CAPITALISED.matcher(question.prompt()).results().map(java.util.regex.MatchResult::group)
            .anyMatch(word -> !alone.contains(word) && sentence.contains(word + "-"));
    }

    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile(
        "(?<![\\p{L}-])\\p{Lu}[\\p{L}]*(?![\\p{L}-])");

    /** "In Nigeria etwa wurden 2013 …": "etwa" after a name, for instance, not about. */
    private static final java.util.regex.Pattern ETWA = java.util.regex.Pattern.compile("\\betwa\\b");
    private static final java.util.regex.Pattern FOR_INSTANCE = java.util.regex.Pattern.compile(
        "\\p{Lu}\\p{L}+ etwa (?!(?:ein|eine|einen|einem|einer|eines|die|der|das|den|dem|zwei|drei|vier|fünf|sechs|"
            + "sieben|acht|neun|zehn|zwölf|zwanzig|hundert|tausend|halb|doppelt|gleich|so)\\b)(?:\\p{Ll}|,)");

    /**
     * "Wer gab 1,6 % nach und BZ WBK 1,4 %?", "Wer lag … im Minus und Mizuho gaben um 1,9 Prozent nach?": a second
     * share's change, with or without its verb, which the question would ask about as well.
     */
    private static final java.util.regex.Pattern SECOND_SHARE = java.util.regex.Pattern.compile(
        "\\bund (?:\\p{Lu}[\\p{L}-]* ){1,3}(?:(?:gab|gaben|stieg|stiegen|fiel|fielen|legte|legten|verlor|verloren|"
            + "gewann|gewannen|rückte|rückten|sank|sanken)\\b|(?:um )?[\\d,.]+ ?(?:%|Prozent)\\?$)");
    /**
     * "Worüber verfügen 33,47 Prozent der Asylwerber maximal, 56 Prozent über eine mittlere Ausbildung?": a second share
     * whose verb the clause leaves out, which the question would ask about as well.
     */
    private static final java.util.regex.Pattern GAPPED_SHARE = java.util.regex.Pattern.compile(
        ", (?:rund |etwa |knapp |fast |nur )?[\\d.,]+ ?(?:%|Prozent) (?:über|auf|in|im|für|mit|an|am|bei|von|vom|aus|unter"
            + "|nach|zu|zum|zur|gegen)\\b[^,]*\\?$");
    /** "gesteuert, einem Österreicher, und von …": an apposition left behind the verb, away from its noun. */
    private static final java.util.regex.Pattern APPOSITION_BEHIND_THE_VERB = java.util.regex.Pattern.compile(
        "\\p{Ll}, (?:einem|einer|eines|einen) (?:\\p{Ll}+ )?\\p{Lu}\\p{L}+, "
            // "Wer wuchs in Herzogenaurach auf, einem kleinen Ort in Bayern?": behind the verb's particle
            + "| (?:auf|an|ab|aus|ein|mit|vor|zurück|fest|los|weg|hin|her|statt|teil), (?:einem|einer|eines|einen) ");
    /** "der heutige „ Kracher des Tages “": quotation marks with spaces inside, as the source set them. */
    private static final java.util.regex.Pattern SPACED_QUOTES = java.util.regex.Pattern.compile("„\\s|\\s“");
    /** "Wer lässt ja nur eine begrenzte Gewaltenteilung zu?": "ja" says the sentence's speaker takes it as known. */
    private static final java.util.regex.Pattern JA_IN_A_QUESTION = java.util.regex.Pattern.compile(
        "(?<=\\p{L}) ja (?=\\p{Ll})");
    /** "Transocean (-1,8%)": a share's change in brackets, which the answer would have to repeat. */
    private static final java.util.regex.Pattern CHANGE_IN_BRACKETS = java.util.regex.Pattern.compile(
        "\\([-+–]?\\d[\\d,.]*\\s?%\\)");
    /** "Womit war der Waldhof?": "sein" with a "mit" phrase and no predicate left, which says nothing. */
    private static final java.util.regex.Pattern BEING_WITH_NOTHING_LEFT = java.util.regex.Pattern.compile(
        "^(?:Womit|Mit wem) (?:ist|war|sind|waren|sei|wäre) (?:der|die|das|ein|eine) [^ ?]+\\?$");
    /** "fällt ja leider auf alle Demonstranten zurück": a modal particle of speech, someone's words without marks. */
    private static final java.util.regex.Pattern VOICE_PARTICLE = java.util.regex.Pattern.compile(
        "(?<=\\p{Ll}) ja (?:leider|eben|halt|doch|auch|schon|wohl|bekanntlich|nun mal)\\b");
    /** "Dann könnte Österreich gar keine Flüchtlinge mehr ins Land lassen.": if what the sentence before says. */
    private static final java.util.regex.Pattern CONDITION_BEFORE = java.util.regex.Pattern.compile(
        "(?:Dann|Damit|Sonst|Andernfalls) (?:könnte|könnten|würde|würden|müsste|müssten|wäre|wären|hätte|hätten|dürfte|"
            + "dürften|sollte|sollten)\\b");

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d.,]*\\d|\\d");

    /** Whether a number stands in the statement more often than in its sentence, and at least twice. */
    private static boolean numberTwiceWhereOnce(String statement, String sentence) {
        java.util.Map<String, Integer> before = new java.util.HashMap<>();
        NUMBER.matcher(sentence).results().forEach(m -> before.merge(m.group(), 1, Integer::sum));
        java.util.Map<String, Integer> after = new java.util.HashMap<>();
        NUMBER.matcher(statement).results().forEach(m -> after.merge(m.group(), 1, Integer::sum));
        return after.entrySet().stream()
            .anyMatch(e -> e.getValue() >= 2 && e.getValue() > before.getOrDefault(e.getKey(), 0));
    }

    /**
     * "Seine Regierung wollte noch am Donnerstag … entscheiden." asked as "Wann wollte seine Regierung …?" or answered
     * "seine Regierung": the possessive that opened the sentence, whose owner only the sentence before names; so also
     * "Von seinen Büchern wurden … verkauft." and "In ihrer Sprache heißt Nepal …" as statements.
     */
    private static boolean possessiveOfTheSentenceBefore(Question question) {
        java.util.regex.Matcher opening = POSSESSIVE_OPENING.matcher(question.explanation());
        if (!opening.find()) {
            return false;
        }
        String phrase = opening.group(1).toLowerCase(java.util.Locale.GERMAN) + " " + opening.group(2);
        return Words.lower(question.prompt()).contains(Words.lower(phrase))
            || question instanceof WhQuestion && Words.lower(question.solution()).contains(Words.lower(phrase));
    }

    /** "Und sein Mercedes 208 fährt …", "Von seinem „Tor nach Europa“ profitiert …": also after a first small word. */
    private static final java.util.regex.Pattern POSSESSIVE_OPENING = java.util.regex.Pattern.compile(
        "^(?:(?:Und|Auch|Aber|Doch|Von|Mit|Aus|Bei|In|Nach|Zu|Für|Auf|An|Unter|Über|Vor) )?"
            + "((?i:sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)) ([„\"]?\\p{Lu}[\\p{L}\\d]*)");
    /**
     * "Was wird ins Sortiment … aufgenommen, wie zum Beispiel Einfamilienhäuser …?": the examples of the answer left
     * behind at the end of the question.
     */
    private static final java.util.regex.Pattern EXAMPLES_LEFT_BEHIND = java.util.regex.Pattern.compile(
        ", wie (?:zum Beispiel|etwa|beispielsweise|z\\. B\\.) [^?]*\\?$");
    /**
     * "Wozu wurden … ausgespart, laut einem Sprecher des Verkehrsunternehmens?": a source set off by commas, left
     * dangling where the question put it.
     */
    private static final java.util.regex.Pattern SOURCE_SET_OFF = java.util.regex.Pattern.compile(", laut \\p{L}");
    /**
     * "Eine ähnliche Entwicklung zeichnet sich … ab": like one the sentence before told, as what the sentence is about;
     * "bei einer ähnlichen Aktion" only says the circumstances.
     */
    private static final java.util.regex.Pattern A_SIMILAR_ONE = java.util.regex.Pattern.compile(
        "(?<!\\b(?:bei|in|mit|nach|von|aus|zu|an|auf|für|unter|über|wegen|seit) )\\b(?i:ein|eine|einen|einem|einer|eines) "
            + "ähnliche[nmrs]?\\b"
            // "Erstmals wurden auch in entfernten Gebieten ähnliche Zwischenfälle gemeldet": like those told before
            + "|(?<!\\b(?:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des|bei|in|mit|nach|von|aus|zu|an|auf|für|"
            + "unter|über|wegen|seit) )(?<!, )\\b[Ää]hnliche[nmrs]? \\p{Lu}");
    /**
     * "Über das Land gelangen viele …": the country the sentence before named; "des Landes" is often nationwide, and
     * "das Land verlassen" leaves whichever country it is.
     */
    private static final java.util.regex.Pattern THE_COUNTRY = java.util.regex.Pattern.compile(
        "\\b(?:[Dd]as|[Dd]em) Land\\b(?! (?:\\p{Lu}|der\\b|des\\b|(?:zu )?verlassen\\b))");
    /** "Nach Westeuropa reisten fast alle weiter.": all of those the sentence before named. */
    private static final java.util.regex.Pattern ALL_OF_THOSE = java.util.regex.Pattern.compile(
        "\\b(?:[Ff]ast|[Nn]ahezu|[Bb]einahe) alle\\b(?! \\p{Lu})|\\b[Dd]ie meisten\\b(?! (?:\\p{Lu}|davon\\b|der\\b|von\\b|anderen\\b))");
    /** "übernahm Wolfsberg Stück anschließend für Stück": "Stück für Stück", "Schritt für Schritt" taken apart. */
    private static final java.util.regex.Pattern ONE_BY_ONE_TAKEN_APART = java.util.regex.Pattern.compile(
        "\\b(\\p{Lu}\\p{Ll}+) (?!für )\\p{L}+ für \\1\\b");
    /**
     * "Ähnlich liegt die Situation bei …": like something the sentence before told; not "ähnlich wie …", nor "ein
     * ähnlich schweres Beben", whose adjective says what it compares.
     */
    private static final java.util.regex.Pattern LIKE_BEFORE = java.util.regex.Pattern.compile(
        "\\b(?:Ähnliches|ähnliches|Ähnlich|ähnlich|Ebenso|Genauso)\\b(?! (?:wie|hoch|groß|viel|viele|stark|gut)\\b)(?! \\p{Ll}+(?:e|es|er|en|em)\\b)"
            + "(?![^,?.]*\\bwie\\b)");
    /** "Was könnte … bis zu 1 Mrd?": a question whose sentence the reading cut after "Mrd.". */
    private static final java.util.regex.Pattern CUT_BEFORE_THE_QUESTION_MARK = java.util.regex.Pattern.compile(
        "\\b(?:Mio|Mrd|Tsd|Nr|bzw|ca)\\?$");
    /** "Wer zeigt ebenfalls die Fotos?": who else, besides the one the sentence before named. */
    private static final java.util.regex.Pattern TOO = java.util.regex.Pattern.compile("\\bebenfalls\\b");
    /**
     * "Wer kennt viele Substile, vor allem?", "Wer ist angehalten?": a focus particle left after a comma without its
     * phrase (not "Wofür dankte Rutte Scholz insbesondere?"), or a participle that needs the infinitive the sentence
     * gave after it.
     */
    private static final java.util.regex.Pattern LEFT_WITHOUT_ITS_REST = java.util.regex.Pattern.compile(
        "(?:, (?:vor allem|unter anderem|insbesondere|etwa|zum Beispiel)|\\b(?:angehalten|verpflichtet|gezwungen|"
            + "berechtigt|befugt|bereit|imstande))\\?$");
    /**
     * "… auf Seite 3. Unverpixelt?": a second sentence of one word, run into the question; not "am 3. Oktober", nor
     * "Johannes B. Kerner".
     */
    private static final java.util.regex.Pattern A_SECOND_SENTENCE = java.util.regex.Pattern.compile(
        "(?<=[\\p{Ll}\\d])\\. (?!(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\b)"
            + "\\p{Lu}\\p{Ll}+\\?$");
    /**
     * "Was steht … am Tabellen-Ende der Gruppe B. Die Weißrussen?": a second sentence the reading ran on into after a
     * letter it took for an initial.
     */
    private static final java.util.regex.Pattern RUN_ON_SENTENCE = java.util.regex.Pattern.compile(
        "(?<=\\b\\p{Lu})\\. (?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer)\\b");
    /** "Die oben genannten Beispiele", "die obigen Zahlen", "für alle genannten": what the text before named. */
    private static final java.util.regex.Pattern MENTIONED_ABOVE = java.util.regex.Pattern.compile(
        "\\b(?i:(?:oben|eingangs|zuvor|bereits) (?:genannt|erwähnt|beschrieben|geschildert)|obig|letztgenannt|"
            + "erstgenannt|(?:alle|die|den|der) genannten)\\p{L}*");
    /** "Mit dem Thema hat sich der Guardian auseinandergesetzt": the topic the sentence before named. */
    private static final java.util.regex.Pattern THE_TOPIC = java.util.regex.Pattern.compile(
        "\\b(?:[Dd]em|[Dd]as|[Dd]es) (?:Thema|Themas)\\b(?! (?:\\p{Lu}|der\\b|des\\b|von\\b|um\\b|rund\\b))");
    /** "Weil Militär Migranten aus Türkei nicht stoppt.": a subordinate clause standing alone, a headline's. */
    private static final java.util.regex.Pattern SUBORDINATE_ALONE = java.util.regex.Pattern.compile(
        "^(?:Weil|Obwohl|Nachdem|Dass|Wenn|Falls|Sobald|Bevor) [^,]*\\.$");
    /** "Wer sagt, Ja, es ist ein Imagefilm …?": an answer in an interview, whose question it leaves out. */
    private static final java.util.regex.Pattern ANSWERING_YES_OR_NO = java.util.regex.Pattern.compile(
        "^Wer \\p{L}+, (?:Ja|Nein|Doch|Naja|Na ja|Genau),");
    /** "Was können Kunden ab sofort namens B-free Premium in Anspruch nehmen?": a name left behind its noun. */
    private static final java.util.regex.Pattern NAME_LEFT_BEHIND = java.util.regex.Pattern.compile(
        "\\b\\p{Ll}+ namens\\b");
    /** "Laut Riemann sind auch Vielreisende in der Lage.": able, with the infinitive that says to do what cut off. */
    private static final java.util.regex.Pattern ABLE_TO_WHAT = java.util.regex.Pattern.compile(
        "\\b(?:in der Lage|imstande|im Stande)(?: \\p{Ll}+)?[.?]$");
    /** "Wer bestreitet das?": a pointing word as the last thing said, which stands for what the sentence before said. */
    /** "Im Folgenden sind einige weitere … aufgelistet": the text speaking of itself, which no one is asked about. */
    private static final java.util.regex.Pattern THE_TEXT_ITSELF = java.util.regex.Pattern.compile(
        "\\b(?:[Ii]m Folgenden|[Ww]ie folgt|weiter (?:unten|oben))\\b");
    /** "Viele Schriftsteller machen deshalb noch etwas anderes": other than what, only the sentence before says. */
    private static final java.util.regex.Pattern SOMETHING_ELSE = java.util.regex.Pattern.compile(
        "\\betwas [Aa]nderes\\b(?! als)");
    /** "Tatsächlich gibt es in Neapel einiges zu sehen": of Rome, as true. */
    private static final java.util.regex.Pattern SOMETHING_THERE_IS = java.util.regex.Pattern.compile(
        "(?i)\\b(?:gibt es|es gibt|gab es|es gab)\\b.*\\b(?:einiges|vieles|viel|manches|allerlei|etwas|eine Menge)"
            + " zu (?:sehen|entdecken|erleben|besichtigen|bestaunen|bewundern|erkunden|tun|unternehmen)\\b");
    /** "Für den Rest sorgen mehrere Wasserkraftwerke": the rest of what the sentence before counted. */
    private static final java.util.regex.Pattern REST_OF_WHAT = java.util.regex.Pattern.compile(
        "\\b(?i:der|den|dem) Rest\\b(?! (?:der|des|von|vom)\\b)");
    private static final java.util.regex.Pattern POINTING_LAST = java.util.regex.Pattern.compile(
        "\\b(das|dies|dieses)( nicht)?[?.]$");
    /** "feiert … seinen 100.": an ordinal whose noun the sentence splitter cut off. */
    private static final java.util.regex.Pattern CUT_AFTER_AN_ORDINAL = java.util.regex.Pattern.compile(
        "\\b(?i:den|dem|der|des|die|das|am|zum|im|vom|beim|seinen|seinem|seiner|ihren|ihrem|ihrer) \\d+\\.$");
    /**
     * "über eine Internetseite, ein Facebook-Profil, einen Wikipedia-Eintrag, ein Flickr-Fotoalbum": a list of short
     * phrases with their articles and no "und" at all, whose last item the sentence gave after one.
     */
    static boolean listCutBeforeItsLastItem(String text) {
        String[] items = text.replaceAll("[?.]$", "").split(", ");
        int comma = text.indexOf(", ");
        if (items.length < 3 || LIST_CLOSER.matcher(text.substring(comma)).find()) {
            return false;
        }
        return java.util.Arrays.stream(items).skip(1)
            .filter(item -> LISTED_ITEM.matcher(item).lookingAt() && item.split(" ").length <= 3).count() >= 2;
    }

    private static final java.util.regex.Pattern LIST_CLOSER = java.util.regex.Pattern.compile(
        "\\b(?:und|oder|sowie|bzw\\.|noch)\\b");
    private static final java.util.regex.Pattern LISTED_ITEM = java.util.regex.Pattern.compile(
        "(?:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des)\\b");
    /** "Wer bietet Lösungen für Festnetz-?": the first half of a compound whose second half came after "und". */
    private static final java.util.regex.Pattern HALF_A_COMPOUND_AT_THE_END = java.util.regex.Pattern.compile(
        "\\p{L}-[?.!]$");
    /** "– 000 Euro": the thousands of a number whose first digits the text lost. */
    private static final java.util.regex.Pattern THOUSANDS_WITHOUT_THEIR_DIGITS = java.util.regex.Pattern.compile(
        "(?<![\\d.,]|\\d )\\b000\\b");
    /**
     * "Was bestaunten nur nur 34 000 Besucher?": a word the article doubled by mistake ("die die" is a relative's,
     * "sehr sehr" emphasis).
     */
    private static final java.util.regex.Pattern DOUBLED_WORD = java.util.regex.Pattern.compile(
        "(?iu)\\b(?!(?:die|der|das|den|dem|des|sie|es|sehr|ganz)\\b)(\\p{L}+) \\1\\b");
    /** "Was rollt, warum und in welche Richtung auch immer?": a "whatever" clause that a W-question reads as its own. */
    private static final java.util.regex.Pattern WHATEVER = java.util.regex.Pattern.compile(
        ", (?i:warum|wie|wo|wohin|woher|wann|was|wer|welche[mnrs]?)\\b.* auch immer\\b");
    /**
     * "Was hat Thomas Doll getragen, mit Tiger-Motiv?", "…, ohne Hoffnung?": a phrase of what something has or lacks
     * set off after the verb, the afterthought of a noun the question moved away from it ("…, mit den Kindern zu
     * spielen?" is an infinitive, and stays; "…, bei seinem ersten Besuch in Deutschland?" says when).
     */
    private static final java.util.regex.Pattern AFTERTHOUGHT = java.util.regex.Pattern.compile(
        ", (?:mit|ohne)\\b(?![^,?]* zu )[^,?]* \\p{Lu}[^ ,?]*\\?$");
    /** "bei einem der folgenschwersten in Erfurt": one of those the sentence before named, its noun left to that. */
    private static final java.util.regex.Pattern SUPERLATIVE_WITHOUT_ITS_NOUN = java.util.regex.Pattern.compile(
        "\\b(?i:ein|eine|einer|einem|einen|eines) der \\p{Ll}+sten\\b(?! \\p{Lu})");
    /** "das nächste SPD-Bürgerforum in Quickborn, 2. März, …": a date torn from the weekday it followed. */
    private static final java.util.regex.Pattern DATE_WITHOUT_ITS_WEEKDAY = java.util.regex.Pattern.compile(
        "(?<!Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Sonnabend), (?:den |dem )?\\d{1,2}\\. ?"
            + "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember),");
    /** "Berlin (dpa) Der Elektrokonzern …", "San Sicario - Die … Abfahrt": a dateline run into the sentence. */
    private static final java.util.regex.Pattern DATELINE_RUN_IN = java.util.regex.Pattern.compile(
        "\\((?i:dpa|ap|afp|reuters|rtr|sid|ddp|dapd|apa|epd|kna|sda|awp)\\)"
            + "|\\p{L} [-–] (?:Der|Die|Das|Den|Dem|Ein|Eine|Einen|Einem)\\b"
            // "Hannover/Leipzig - Niedersachsens Grünen-Fraktion", and two sentences run together at " .Der"
            + "|\\b\\p{Lu}\\p{L}+/\\p{Lu}\\p{L}+ [-–] \\p{Lu}| \\.\\p{Lu}");
    /** "laut Nachrichten: Juncker": a heading run into the name of a speaker. */
    private static final java.util.regex.Pattern HEADING_IN_A_SPEAKER = java.util.regex.Pattern.compile(
        "\\b(?i:laut) \\p{L}+: ");
    /**
     * "… mit einem Forschungsprojekt für Neutrinos, Im Herbst 2019 konnte …": a capitalised article or preposition after
     * a comma, where the article ran two sentences into one.
     */
    private static final java.util.regex.Pattern RUN_ON_AFTER_A_COMMA = java.util.regex.Pattern.compile(
        ", (Im|Am|Zum|Zur|Vom|Beim|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|In|Mit|Auf|Bei|Nach|Von|Seit|Für) ");
    /**
     * "Fiat 500 BEV Fiat 500 BEV Der Innenraum unterscheidet sich …": a capitalised article right after a word, where
     * the text lost the line break after a caption or a heading; not after the noun that a title's name follows ("die
     * Zeitung Die Welt").
     */
    private static final java.util.regex.Pattern CAPTION_RUN_IN = java.util.regex.Pattern.compile(
        "(?<!(?i:zeitung|zeitschrift|magazin|film|buch|roman|band|gruppe|titel|album|serie|lied|song|stück|blatt|partei|"
            + "sendung|show|oper|kolumne))"
            + "(?<=[\\p{L}\\d]) (?:Der|Die|Das|Den|Dem|Ein|Eine|Einen|Einem) \\p{L}");
    /** "Roland Joff 's \"Vatel\"": a genitive "'s" cut from its name, where the text lost a letter. */
    private static final java.util.regex.Pattern GENITIVE_CUT_OFF = java.util.regex.Pattern.compile(" ['’]s\\b");
    /**
     * "Schnelle Gehaltserhöhungen Angeblich sind nämlich …": an adverb that only opens a sentence, capitalised after a
     * word with no stop between, where the text lost the line break after a subheading.
     */
    private static final java.util.regex.Pattern SUBHEADING_RUN_IN = java.util.regex.Pattern.compile(
        "\\p{Ll}{2,} (?:Angeblich|Offenbar|Allerdings|Außerdem|Jedoch|Zudem|Inzwischen|Bisher|Derzeit|Zuletzt|Deshalb|"
            + "Daher|Trotzdem|Dennoch|Immerhin|Zunächst|Mittlerweile|Unterdessen|Indes|Bislang) \\p{Ll}");
    /**
     * "Was hatte sich eineinhalb Monate zuvor ereignet?", "Was sind die beiden Länder?", "Wann wurde ein weiteres
     * Mitglied … abgeurteilt?", "Wer lehnte die Aufnahme eines solchen Satzes … ab?", "… zur Notwendigkeit solcher
     * Angriffe?", "… die Herausgabe der folgenden Daten?": before what, which two, besides whom, like what, which.
     */
    private static final java.util.regex.Pattern POINTING_WORDS_IN_A_QUESTION = java.util.regex.Pattern.compile(
        "\\b(zuvor|vorher|die beiden|der beiden|den beiden"
            // "in beiden Richtungen", "auf beiden Seiten": both of a pair everyone knows
            + "|(?i:beide[nmrs]?)(?! (?:Richtung|Seite|Hand|Hände|Geschlecht|Weltkrieg|Elternteil|Bein|Aug|Ohr))"
            + "|(?i:ein|eine|einen|einem|einer|eines) weitere[nmrs]?|(?i:solche[nmrs]?)|(?i:folgende[nmrs]?)|(?i:derartige[nmrs]?)"
            // "Was überwacht letzterer?": the last or first of those the sentence before named
            + "|(?i:letztere[nmrs]?|erstere[nmrs]?)"
            // "Wofür wurde ein entsprechender Beschluss erlassen?": one that matches what the sentence before told
            + "|(?i:entsprechende[nmrs]?)(?= \\p{Lu})|in anderen Fällen"
            // "Was kann das alles schon nach oben treiben?": all that the sentences before listed
            + "|(?i:das|dies) alles|(?i:all) (?:das|dies)"
            // "Was trägt nur noch welche an den jüngeren Ästen?", "Was hat keine?": some, or none, of what the sentence
            // before named
            + "|(?<=\\p{L} )welche[nmrs]?(?= \\p{Ll}| ?[,?])|(?<=\\p{L} )keine[nmrs]?(?= ?[,?])"
            // "Was ist mal Papier?": one of the turns "mal …, mal …" takes, which the question cuts off
            + "|(?<=\\p{L} )mal(?= )"
            // "Für wen folgte die zweite fünf Minuten später?": the second of something the sentence before named
            + "|(?i:der|die|das|den|dem) (?:erste|zweite|dritte|vierte|fünfte|letzte|andere)[nmrs]?"
            + "(?! \\p{Lu})(?! \\p{Ll}+(?:e|en|er|es|em) \\p{Lu}))\\b");
    /** "Wer hat ihre Entdeckung … angemeldet?": whose, the question does not say. */
    static final java.util.regex.Pattern HER_OR_THEIR = java.util.regex.Pattern.compile(
        "\\b(?:ihre|ihren|ihrem|ihrer|ihres)\\b");
    /**
     * "Hauptstadt", "Baustil", "Währung": nouns that say nothing without whose they are, the capital of a land, the
     * style of a building, which the sentence before named.
     */
    private static final String OWNERLESS = "Hauptstadt|Währung|Amtssprache|Landessprache|Baustil|Bauweise|Flagge|Wappen"
        + "|Nationalhymne|Staatsoberhaupt|Regierungssitz";
    /** "Was ist die Hauptstadt?": the capital of what, only the sentence before says. */
    private static final java.util.regex.Pattern WITHOUT_ITS_OWNER = java.util.regex.Pattern.compile(
        "^(?:Was|Wer) (?:ist|sind|war|waren) (?:der|die|das) (?:" + OWNERLESS + ")\\?$");
    /**
     * "Was betraf der zweite wichtige Punkt?", "Der dritte Grund war …": one of a list whose start the sentences before
     * gave.
     */
    private static final java.util.regex.Pattern ONE_OF_A_LIST = java.util.regex.Pattern.compile(
        "\\b(?i:der|die|das|den|dem|des) (?:zweite|dritte|vierte|fünfte|letzte)[nmrs]? (?:\\p{Ll}+ )?"
            + "(?:Punkt|Grund|Schritt|Aspekt|Abschnitt|Teil)\\b"
            // "Beim ersten System werden die Beiträge … gesammelt", after "Es gibt drei verschiedene Systeme:"
            + "|\\b(?i:beim|im|am|zum|der|die|das|den|dem) (?:erste|zweite|dritte|vierte|letzte)[nmrs]? "
            + "(?:System|Fall|Variante|Möglichkeit|Methode|Modell)\\b(?! (?:des|der|von)\\b)");
    /** "Ein Teil von Pommern blieb das 150 Jahre lang": "das" for what the sentence before said it became. */
    private static final java.util.regex.Pattern STAYED_THAT = java.util.regex.Pattern.compile(
        "\\b(?:blieb|bleibt|blieben|bleiben|geblieben) das (?!\\p{Lu})(?!\\p{Ll}+e[nmrs]? \\p{Lu})");
    private static final java.util.regex.Pattern ALSO_NAMED_AFTER = java.util.regex.Pattern.compile(
        ", (?:ebenfalls|ebenso) (?:die|der|das) \\p{Lu}");
    private static final java.util.regex.Pattern FIRST_IN_A_SEQUENCE = java.util.regex.Pattern.compile(
        "(?:Zuerst|Zunächst|Als Erstes) ");
    private static final java.util.regex.Pattern PHRASE_WITH_A_PREPOSITION = java.util.regex.Pattern.compile(
        "(?i)(?:mit|in|im|an|am|auf|aus|von|vom|bei|beim|für|zu|zum|zur|über|unter|nach|durch|gegen|um) ");
    /** Nouns for anyone, whom a relative clause after them says which ("für Menschen, die gut sehen können"). */
    private static final java.util.regex.Pattern ANYONE_DEFINED = java.util.regex.Pattern.compile(
        "\\b(Menschen|Leute|Leuten|Personen|Kinder|Kindern|Tiere|Tieren|Dinge|Dingen)(?: \\p{Ll}+){0,2}, "
            + "((?:die|der|denen|deren|welche) \\p{L}+)");

    /**
     * "nur auf Frequenzen senden, auf denen Amateurfunk erlaubt ist": only a plural with no article, which a relative
     * clause after it says which ones ("denen", where "die" may be a singular's before it).
     */
    private static final java.util.regex.Pattern BARE_PLURAL_DEFINED = java.util.regex.Pattern.compile(
        "\\b[Nn]ur (?:auf|in|an|mit|für|von|bei|zu|aus|über|unter|ohne) "
            + "(\\p{Lu}\\p{Ll}+)(?: \\p{Ll}+){0,2}, ((?:(?:auf|in|an|mit|bei|von|zu|für|über|unter|aus) )?denen)\\b");

    /** "das bisher kleinste Land, das je an einer Fußballweltmeisterschaft teilnahm": the smallest of those the clause says. */
    private static final java.util.regex.Pattern SUPERLATIVE_DEFINED = java.util.regex.Pattern.compile(
        "\\b\\p{Ll}+ste[nmrs]? (\\p{Lu}\\p{L}+), ((?:der|die|das|dem|den) (?!\\p{Lu})\\p{L}+)");

    /**
     * "Die Religionen, die man hinduistisch nennt": a noun whose relative clause names which ones it means ("eine
     * Krankheit, die man auch Wundstarrkrampf nennt" only gives it another name).
     */
    private static final java.util.regex.Pattern NAMED_BY_ITS_RELATIVE_CLAUSE = java.util.regex.Pattern.compile(
        "\\b(\\p{Lu}\\p{L}+), ((?:die|der|das|den) man) (?:(?!auch )\\p{L}+ ){0,3}(?:nennt|nannte|bezeichnet|bezeichnete)\\b");

    /** "nur für Menschen gebaut, die gut sehen können": the clause may follow the participle that ends the clause. */
    private static boolean definedByItsRelativeClause(String prompt, String answer, String source) {
        for (java.util.regex.Pattern pattern : List.of(ANYONE_DEFINED, NAMED_BY_ITS_RELATIVE_CLAUSE, BARE_PLURAL_DEFINED,
            SUPERLATIVE_DEFINED)) {
            java.util.regex.Matcher defined = pattern.matcher(source);
            while (defined.find()) {
                String noun = defined.group(1);
                String kept = prompt + " " + answer;
                if (Words.containsWord(kept, noun) && !kept.contains(defined.group(2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ACCUSED = java.util.regex.Pattern.compile(
        "\\b(?:beschuldigt|bezichtigt|verdächtigt|angeklagt|überführt)\\b");
    private static final java.util.regex.Pattern GENITIVE_LAST = java.util.regex.Pattern.compile(
        " (?:der|des) \\p{Lu}\\p{L}+$");
    /** "Worum ging es vor allem? – um den Ablass": what "es" is, only the sentences before say. */
    private static final java.util.regex.Pattern WHAT_IT_WAS_ABOUT = java.util.regex.Pattern.compile(
        "Worum (?:geht|ging|gehe|gehen|gingen) es(?: \\p{Ll}+)*\\?");
    private static final java.util.regex.Pattern ASKED_PREPOSITION = java.util.regex.Pattern.compile(
        "^(?:Wo(?:r)?(mit|für|an|auf|aus|von|bei|in|über|unter|nach|durch|gegen|um)\\b"
            + "|(Mit|Für|An|Auf|Aus|Von|Bei|In|Über|Unter|Nach|Durch|Gegen|Um|Zu) (?:wem|wen|was)\\b)");

    /**
     * "Womit wollen die Menschen den Winter vertreiben, meist mit Feuer?": the preposition asked again in an afterthought
     * after a comma, which gives a second answer.
     */
    private static boolean askedAgainAfterAComma(String prompt) {
        java.util.regex.Matcher asked = ASKED_PREPOSITION.matcher(prompt);
        if (!asked.lookingAt()) {
            return false;
        }
        String preposition = Words.lower(asked.group(1) != null ? asked.group(1) : asked.group(2));
        return java.util.regex.Pattern.compile(", (?:\\p{Ll}+ )?" + preposition + " [^,]*\\?$").matcher(prompt).find();
    }

    private static final java.util.regex.Pattern ONE_OF_THOSE = java.util.regex.Pattern.compile(
        "\\b(?i:eines|einer|eins|keines|keiner) davon\\b");
    /** "Was ist der Norden noch?": "noch" left last reads as "what else", where the sentence said "still". */
    private static final java.util.regex.Pattern STILL_READ_AS_ELSE = java.util.regex.Pattern.compile(
        "^(?:Was|Wer) (?:ist|sind|war|waren) \\p{L}+ \\p{L}+ noch\\?$");
    /** "Gegenüber wem verhinderte … nach ihrer Auffassung …?": whose view, the question does not say. */
    private static final java.util.regex.Pattern WHOSE_VIEW = java.util.regex.Pattern.compile(
        "\\b(?i:nach) (?:ihrer|seiner|deren|dessen) (?:Auffassung|Ansicht|Meinung|Einschätzung|Darstellung|Angaben)\\b"
            + "|\\b(?i:nach) (?:ihren|seinen|deren|dessen) (?:Worten|Angaben|Aussagen)\\b"
            + "|\\b(?:ihrer|seiner) (?:Meinung|Ansicht|Auffassung) nach\\b");
    /** "Seine Erkrankung verschlimmerte sich …": whose, only the sentence before says. */
    private static final java.util.regex.Pattern OWNER_BEFORE = java.util.regex.Pattern.compile(
        "^(?:Sein|Seine|Seinen|Seinem|Seiner|Seines|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres) "
            // "Wer glaubt, sein Interesse an einer Einigung sei also gering?": what was said opens so
            + "|^Wer \\p{Ll}+, (?:sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres) "
            // "Keiner ihrer Anträge erreichte das nötige Quorum": some of those the sentence before named had
            + "|^(?:Keiner|Keine|Keines|Einer|Eine|Eines|Viele|Alle|Einige|Manche|Beide|Jeder|Jede|Jedes) (?:seiner|ihrer) ");
    /** "Wer sagt, wobei grundsätzlich mehr … investiert werden sollte?": the rest of a sentence said before. */
    private static final java.util.regex.Pattern SAID_GOING_ON = java.util.regex.Pattern.compile(
        "^Wer \\p{Ll}+, (?:wobei|zumal|wenngleich|weshalb|weswegen|womit|wodurch|worauf|woraufhin) ");
    /** "Wer hatte in einem Interview gesagt?": a verb of saying whose clause the question lost. */
    private static final java.util.regex.Pattern SAID_WITHOUT_WHAT = java.util.regex.Pattern.compile(
        "^Wer\\b.*\\b(?:gesagt|betont|mitgeteilt|bekräftigt|versichert|hinzugefügt|unterstrichen)\\?$");
    private static final java.util.regex.Pattern WORD_CUT_AT_ITS_HYPHEN = java.util.regex.Pattern.compile(
        "(?:^|\\s)-\\p{L}");
    /** "Wer ist da mutiger?": "da" as an adverb, not opening a clause after a comma. */
    private static final java.util.regex.Pattern POINTING_DA = java.util.regex.Pattern.compile("(?<!,) da\\b");
    /**
     * "das Ergebnis dieser Betrachtung", "ein zweiter Grund", "Beide Produkte": an answer that points back, or counts
     * on from before.
     */
    private static final java.util.regex.Pattern POINTING_ANSWER = java.util.regex.Pattern.compile(
        "\\b(?i:diese[mnrs]?|jene[mnrs]?|solche[mnrs]?|folgende[mnrs]?)\\b|^(?i:derartige[mnrs]?)\\b"
            + "|^(?i:die )?(?i:beide[nmrs]?)\\b"
            + "|^(?i:ein|eine|einen|einem|einer) (?i:weiter|zweit|dritt|viert|ander)(?i:e|er|es|en|em)\\b"
            // "weitere Vorteile", "zahlreiche weitere Politiker": more than those named before
            + "|^(?i:(?:die|der|den|zahlreiche|viele|mehrere|einige|zwei|drei|vier|fünf|\\d+) )?"
            + "(?i:weitere[nmrs]?)\\b(?! \\d)"
            // "Andere Quellen berichten von rund 25 Verletzten", "Viele andere (menschliche) Bedürfnisse": others than
            // those the sentence before named
            + "|^(?i:(?:viele|einige|mehrere|zahlreiche) )?(?i:andere[nmrs]?) (?:\\p{Ll}+ )?\\p{Lu}"
            // "Das extreme Beispiel", "häufige Beispiele": an example of what the sentence before told
            + "|^(?i:das|ein) (?:\\p{Ll}+ )?Beispiel$|^(?:\\p{Ll}+ )?Beispiele$"
            // "Die betroffenen Menschen": those whom what the sentence before told affected
            + "|^(?i:die|den) betroffenen \\p{Lu}\\p{L}+$"

            // "dieselben Besucher": the same as those the sentence before named
            + "|\\b(?i:dieselbe[nmrs]?|derselbe|dasselbe|demselben|denselben|desselben)\\b"
            // "Die Menschen standen … unter Beobachtung": people the sentence before told of, the noun alone
            + "|^(?i:die|den) (?:Menschen|Leute|Leuten|Männer|Männern|Frauen|Personen|Betroffenen|Tiere|Tieren)$"
            // "Wer wurde oft eingesperrt oder gar getötet? – Gegner": whose, the sentence before says
            + "|^(?i:die )?(?:Gegner|Anhänger|Verbündete|Verbündeten)$"
            // "Die Antwort gibt es ab 20.45 Uhr in der ARD", "Die Reaktion ist verständlich": to what, the sentence
            // before said
            + "|^(?i:die|der|den) (?:Antwort|Reaktion|Lösung|Folge|Folgen|Grund|Ursache)$"
            // "Was ist hinten für den Daumen? – Eins": one of those the sentence before named
            + "|^(?i:eins|eines|einer)$"
            // "Was stirbt ab? – Der Teil", "Was erschien in vier Romanen …? – Die Figur": which, the sentence before says;
            // "Was ist gotisch? – Der Baustil": of what, the sentence before says
            + "|^(?i:die|der|den) (?:Teil|Rest|Figur|" + OWNERLESS + ")$"
            // "Das Allermeiste geht … in die Leber": most of what the sentence before named
            + "|^(?i:das) (?i:allermeiste|meiste)$"
            // "eine derartige Maßnahme": one like the one the sentence before told of
            + "|^(?i:ein|eine|einen|einem|einer|die|der|das|den|dem) (?i:derartige[nmrs]?)\\b");
    /**
     * "vom Sprecher", "mit der Freundin", "am Tag": someone known only as speaking for, or as friend of, someone else
     * the answer does not name, or a day known only from another; "die Mutter" in a story of one family, like "die
     * Stadt" in a story of one town, is clear.
     */
    private static final java.util.regex.Pattern SOMEONE_ELSES_ANSWER = java.util.regex.Pattern.compile(
        "^(?:(?i:von|mit|bei|zu|für|an|gegen|über) )?(?i:der|die|das|den|dem|des|vom|zum|zur|beim) (?:Sprecher|Sprecherin"
            + "|Freund|Freundin|Partner|Partnerin|Anwalt|Anwältin|Chef|Chefin)$"
            + "|^(?i:am|im|an dem|in dem|in der|zum|zur) (?:Tag|Jahr|Monat|Woche|Zeitpunkt|Moment)$");
    /** "in diesem Jahr", "diese Woche": a time the reader places without the sentence before. */
    /** "Was kommt daher, dass …?": a pronominal adverb that points ahead to the clause after it, not back. */
    private static final java.util.regex.Pattern CORRELATE = java.util.regex.Pattern.compile(
        // "Wer meint damit, dass …?": by what was said before, what someone means is that …
        "(?<!\\b(?:meint|meinen|meinte|meinten|gemeint|sagt|sagen|sagte|sagten|gesagt) )"
            + "\\b(?:daher|darum|davon|dadurch|damit|darauf|darüber|dafür|daran|darin), (?:dass|ob|weil|wenn)\\b");
    /** "Bild 11 zeigt, wie sich einzelne Ringe ablösen": a picture of the page, which the quiz does not show. */
    private static final java.util.regex.Pattern PICTURE = java.util.regex.Pattern.compile(
        "\\b(?:Bild|Abbildung|Abb\\.|Grafik|Foto) \\d+\\b");
    private static final java.util.regex.Pattern NAMED_AFTER_SOMEONE = java.util.regex.Pattern.compile(
        "\\b(?:trägt|tragen|trug|trugen|getragen)\\b.*\\b(?:seinen|ihren) Namen\\b");
    private static final java.util.regex.Pattern NEXT_BEST = java.util.regex.Pattern.compile(
        "(?i)\\bnächst(?:besser|größer|höher|kleiner|niedriger|stärker|schwächer|schneller)");
    private static final java.util.regex.Pattern LATER_THAN_WHAT = java.util.regex.Pattern.compile(
        ", (?:\\p{L}+|\\d+) (?:Jahre|Monate|Wochen|Tage) (?:später|danach|zuvor|vorher)\\?$");
    private static final java.util.regex.Pattern A_TIME_IN_A_PLACE = java.util.regex.Pattern.compile(
        "^(?:aus|in|im|nach|von) .*, (?:etwa |ungefähr |rund )?(?:aus dem|im|um das|seit dem) Jahr\\b");
    /** "als dritte": an ordinal with no noun after it, which counts on from the sentences before ("als letztes" does not). */
    private static final java.util.regex.Pattern COUNTED_ON = java.util.regex.Pattern.compile(
        "\\b[Aa]ls (?:zweite|dritte|vierte|fünfte|sechste)[rns]?\\b(?! \\p{Lu})");
    /** "mit so einem Nachweis": such a one as the sentence before described. */
    private static final java.util.regex.Pattern SUCH_A = java.util.regex.Pattern.compile(
        "\\b[Ss]o (?:ein|eine|einen|einem|einer|eines)\\b");
    /** "ein so langes Gedicht": as long as the sentence before told, unless "wie" or "dass" after it says how. */
    private static final java.util.regex.Pattern SO_GRADED = java.util.regex.Pattern.compile(
        "\\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Ee]ines) so \\p{Ll}+(?:e|en|er|es|em)\\b(?!.*\\b(?:wie|dass)\\b)");
    /**
     * "dass Hinrichtungen nur noch so vorgenommen werden dürfen": done in the way the sentence before told, unless "wie"
     * or "dass" after it says how ("ein Gericht so genannt" names it by the name the sentence gives).
     */
    private static final java.util.regex.Pattern DONE_SO = java.util.regex.Pattern.compile(
        "\\bso (?!(?:genannt|benannt|geschrieben|ausgesprochen)\\b)(?:ge\\p{Ll}+t|\\p{Ll}+en)"
            + "(?=(?: (?:werden|worden|wird|wurde|wurden|sein|ist|sind|war|waren|haben|hat"
            + "|dürfen|darf|kann|können|muss|müssen|soll|sollen))*[?.,:;])(?!.*\\b(?:wie|dass)\\b)");
    /** "Was erkennt man gut an ihrer Rinde?": with "man" the subject, "ihr" can only be the answer's. */
    private static final java.util.regex.Pattern OWNED_BY_THE_ANSWER = java.util.regex.Pattern.compile(
        "^(?:Was|Wen) \\p{Ll}+ man\\b.*\\b(?:ihre|ihren|ihrem|ihrer|ihres|seine|seinen|seinem|seiner|seines)\\b");
    /** "Was ist oberösterreichisch?" of "… ist ebenfalls oberösterreichisch": one more of what the sentence before named. */
    private static final java.util.regex.Pattern ALSO_SO = java.util.regex.Pattern.compile(
        "\\b(?:ist|sind|war|waren) ebenfalls \\p{Ll}+\\.$");
    /** "Was wachsen die untersten Äste schon? – einen halben Meter über den Boden": how far, read as an object. */
    private static final java.util.regex.Pattern A_MEASURE = java.util.regex.Pattern.compile(
        "^(?i:einen|ein|eine) (?:halben |ganzen |guten )?(?:Meter|Zentimeter|Millimeter|Kilometer|Kilo|Kilogramm|Gramm"
            + "|Liter|Stunde|Minute|Sekunde|Tag|Monat|Jahr)\\b");
    /** "Was sind ein knappes Viertel? – Einwanderer aus Europa": the plural verb of a subject asked with a singular. */
    private static final java.util.regex.Pattern PLURAL_VERB_BEFORE_ONE = java.util.regex.Pattern.compile(
        "^(?:Was|Wer) (?:sind|waren) (?:ein|eine|einer) ");
    /** "Was ist eine der größten Deutschlands?": one of the biggest of what, the answer's own noun told. */
    private static final java.util.regex.Pattern ONE_OF_THE_MOST_OF_WHAT = java.util.regex.Pattern.compile(
        "^(?:Was|Wer) (?:ist|war|sind|waren) (?:\\p{Ll}+ )?(?:einer|eine|eines) der \\p{Ll}+ten(?: \\p{Lu}\\p{L}*s)?\\?$");
    /** "Wer hat herausgefunden?": what was found out, said or discovered, the question left out. */
    private static final java.util.regex.Pattern FOUND_OUT_NOTHING = java.util.regex.Pattern.compile(
        "^(?:Wer|Was) (?:hat|haben|hatte|hatten) (?:herausgefunden|entdeckt|gesagt|erklärt|berichtet|gemeint|festgestellt"
            + "|vermutet|geglaubt|gedacht|behauptet|bewiesen|gezeigt)\\?$");
    /** "Die Ruhr ist der Fluss.": a definite noun alone, which the relative clause after it in the sentence says which. */
    private static final java.util.regex.Pattern THE_NOUN_ALONE = java.util.regex.Pattern.compile(
        "^.+ (?:ist|war|sind|waren) (?:der|die|das) (\\p{Lu}\\p{L}+)\\.$");
    /** "Was liegt in der Nähe?": near what, only the sentence before says. */
    private static final java.util.regex.Pattern NEAR_WHAT = java.util.regex.Pattern.compile(
        "\\b[Ii]n der Nähe(?! (?:von|vom|des|der|eines|einer|seines|seiner|ihres|ihrer|dieser|dieses)\\b)");
    /**
     * "Wozu lief ein Bote nach Athen angeblich?": a word that says how sure the sentence is, left last after a phrase
     * with a preposition, which a misparse read into the subject ("Was plant Thomas Enders angeblich?" is German).
     */
    private static final java.util.regex.Pattern SURENESS_LAST = java.util.regex.Pattern.compile(
        " (?:nach|in|im|ins|aus|von|vom|zu|zum|zur|bei|beim|mit|an|am|auf|über|unter|für|gegen|durch|um) (?:\\p{L}+ ){1,3}"
            + "(?:angeblich|vermutlich|wahrscheinlich|offenbar|offensichtlich|möglicherweise|anscheinend|wohl)\\?$");
    /** "Was liegt so hoch?": as high as the sentence before told, a degree the question does not show. */
    private static final java.util.regex.Pattern SO_MUCH_AT_THE_END = java.util.regex.Pattern.compile(
        "\\bso (?!sehr\\?)\\p{Ll}+\\?$");
    /**
     * "Wer versprach darin, dass …?": in a text the sentence before named, what someone promised, wrote or stated;
     * "darin" is no correlate of these verbs.
     */
    private static final java.util.regex.Pattern IN_A_TEXT_BEFORE = java.util.regex.Pattern.compile(
        "\\b(?:verspricht|versprach|versprachen|versprochen|schreibt|schrieb|schrieben|geschrieben|erklärt|erklärte"
            + "|erklärten|heißt|hieß|betont|betonte|fordert|forderte|warnt|warnte|kündigt|kündigte) darin\\b");
    private static final java.util.regex.Pattern THIS_TIME = java.util.regex.Pattern.compile(
        "\\b(diese[mnrs]?) (Jahr|Jahres|Monat|Monats|Woche|Wochenende|Sommer|Herbst|Winter|Frühjahr|Frühling)\\b");

    /** "Meine Studenten kommen und gehen normal": an interviewee's own words, outside a quotation. */
    private static final java.util.regex.Pattern FIRST_OR_SECOND_PERSON_POSSESSIVE = java.util.regex.Pattern.compile(
        "\\b(?i:mein|unser|dein|euer|eur)(?i:e|er|es|em|en)?\\b");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("„[^“]*“|\"[^\"]*\"");

    /** "Weiter hieß es: Die Tagesschau … gibt es …": words of a source the sentence before named, framed by no one. */
    private static final java.util.regex.Pattern FRAMED_BY_NO_ONE = java.util.regex.Pattern.compile(
        "\\b(?:hieß|heißt) es(?: \\p{Ll}+)?:");
    /**
     * "Was profitierte …? – das Institut", "In den Film kam die Szene.": a company, a sum or a scene the sentence before
     * named, by its kind alone.
     */
    private static final java.util.regex.Pattern KIND_ALONE = java.util.regex.Pattern.compile(
        "\\b(?i:der|die|das|dem|den|des) (?:Unternehmen|Institut|Konzern|Firma|Betrag|Szene|Anbieter|Hersteller|Betreiber"
            + "|Verein"
            + "|Einrichtung|Partei|Gremium|Gerät|Plattform|Portal)s?\\b"
            + "(?! (?:\\p{Lu}|de[rsmn] |eine[rsmn]? |von |vom |aus |mit |für |in |im |„|\")|[\\p{L}-])");
    /**
     * "Wen hatte die Familie?", "Was ist oftmals sanfter Rock? – Die Musik": a family, a trade or a music is
     * someone's, which only the sentence before says. (A role, "die Mutter", is asked as the person it stands for.)
     */
    private static final java.util.regex.Pattern WHOSE_UNSAID = java.util.regex.Pattern.compile(
        "\\b(?i:der|die|das|dem|den|des) (?:Familie|Beruf|Berufs|Musik)\\b"
            + "(?! (?:\\p{Lu}|de[rsmn] |eine[rsmn]? |von |vom |aus |„|\")|[\\p{L}-])");
    private static final java.util.regex.Pattern LEFTOVER_CONNECTIVE = java.util.regex.Pattern.compile(
        "(?<![,;–-]) (?:allerdings|jedoch|hingegen|also)\\b|^[^,]*\\bnoch weitere\\b|\\bdas so:");
    /**
     * "aber" inside the clause before any comma, not joining two ("…, aber …", "…, im Dezember aber nur …"), last
     * before it too ("Wer denkt aber, dass …?").
     */
    private static final java.util.regex.Pattern LEFTOVER_ABER = java.util.regex.Pattern.compile(
        "(?<![,;–-]) aber (?!auch\\b)|(?<![,;–-]) aber$");
    /**
     * "Was verlangten die USA im Jahr 1810? – das Gebiet", "Wer verkaufte … Tonträger? – die Gruppe": the land, group
     * or feast the article is about, by its kind alone, as the whole answer of a question; a town too, "Was liegt am
     * Fluss Mersey? – Die Stadt", "Wo lebten vor allem Albaner und Serben? – In der Stadt", whose name the learner
     * gives and the answer does not.
     */
    private static final java.util.regex.Pattern PLACE_OR_GROUP_ALONE = java.util.regex.Pattern.compile(
        // "Gegen wen ging die Polizei … vor? – gegen die Organisation", "Was veränderte sich immer wieder? – die
        // Sammlung", "Was ist an sich erfunden? – Die Geschichte": the group or work the article names
        "(?:(?i:gegen|von|mit|für|über|an|auf|aus|bei|zu|in) )?(?i:der|die|das|dem|den) (?:Land|Gebiet|Bundesstaat"
            + "|Staat"
            + "|Region|Insel|Dorf|Gemeinde|Gruppe|Band|Verein|Mannschaft|Fest|Festival|Ort|Gebäude|Organisation"
            + "|Bewegung|Sammlung|Sprache|Geschichte|Erzählung|Werk|Roman|Film|Serie|Sendung|Lied|Tier|Pflanze|Fluss"
            + "|Gebirge|Krankheit|Inseln|Wort|Begriff|Kraut|Stadt|Gegend)");
    private static final String COMPARATIVES = "mehr|weniger|besser|schlechter|größer|kleiner|höher|länger|kürzer"
        + "|stärker|schneller|älter|jünger|wichtiger|bekannter|häufiger|öfter";
    /** "von noch mehr Menschen": more than what the sentence before told of, with no "als" to say what. */
    private static final java.util.regex.Pattern MORE_THAN_BEFORE = java.util.regex.Pattern.compile(
        "\\b(?i:noch) (?:" + COMPARATIVES + "|größere[nmrs]?|kleinere[nmrs]?|höhere[nmrs]?)\\b");
    /**
     * "Viele Kantone sind deutlich älter.": a comparison said of the subject, against what the sentence before told of;
     * not "Die nun wesentlich höheren Beiträge", which says which contributions.
     */
    private static final java.util.regex.Pattern MUCH_MORE_THAN_BEFORE = java.util.regex.Pattern.compile(
        "\\b(?i:deutlich|viel|weit|wesentlich|erheblich) (?:" + COMPARATIVES + ")\\b");
    private static final java.util.regex.Pattern OWNED_PHRASE = java.util.regex.Pattern.compile(
        " ((?:mit|von|aus|zu|in|an|auf|bei|für|über|unter|nach) (?:ihre[mnrs]?|seine[mnrs]?|ihr|sein) \\p{L}+)");

    /** "mit ihren zahlreichen Göttern" right after "die alte Religion": a possessive's phrase after the answer. */
    private static java.util.Optional<String> phraseOwnedBy(String answer, String sentence) {
        for (int at = sentence.indexOf(answer + " "); at >= 0; at = sentence.indexOf(answer + " ", at + 1)) {
            java.util.regex.Matcher owned = OWNED_PHRASE.matcher(sentence)
                .region(at + answer.length(), sentence.length());
            if (owned.lookingAt()) {
                return java.util.Optional.of(owned.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    /** "die alte Religion mit ihren Göttern", not "die Anwesenheit der Nordkoreaner in seinen Reihen" (Putin's). */
    private static boolean ownerAgrees(String owner, String possessive) {
        String article = Words.lower(owner.split(" ")[0]);
        return possessive.startsWith("ihr") ? article.equals("die")
            : Set.of("der", "den", "dem", "das", "des", "ein", "einen", "einem", "eines").contains(article);
    }

    /** "Howard Carter, ein britischer Archäologe, Tutanchamuns Grab", not "am Montag, dem 2. Mai, in Berlin". */
    private static final java.util.regex.Pattern RUN_ON_PAST_AN_APPOSITION = java.util.regex.Pattern.compile(
        "[^,]+, (?:ein|eine|der|die|das) [^,]+, (?!(?:und|oder|sowie|Der|Die|Das|Ein|Eine|Den|Dem)\\b)\\p{Lu}.*");
    private static final java.util.regex.Pattern THE_WORD_ALONE = java.util.regex.Pattern.compile(
        "\\b(?i:das|dem|des) Wort(?:es|s)?\\b(?! [„\"»\\p{Lu}])");
    /** "Woher wollten die Revolutionäre ein moderneres Land machen? – aus Frankreich": what was made into what. */
    private static final java.util.regex.Pattern MADE_FROM = java.util.regex.Pattern.compile(
        "^Woher .*\\b(?:machen|macht|machte|machten|gemacht)\\b.*");
    /** "Der Ältere, ein Gastarbeiter aus Jugoslawien, …": the older of two the sentence before named. */
    private static final java.util.regex.Pattern THE_OLDER_ONE = java.util.regex.Pattern.compile(
        "\\b(?i:der|die|das|den|dem) "
            + "(?:Ältere|Jüngere|Größere|Kleinere|Stärkere|Schwächere|Erstere|Letztere)[nmrs]?\\b");
    /** "Womit meint man oft die Großbären? – mit Bären": what a word means, no tool it is done with. */
    private static final java.util.regex.Pattern MEANT_WITH = java.util.regex.Pattern.compile(
        "^Womit (?:meint|meinen|meinte|meinten|bezeichnet|bezeichnen) .*");
    /** "Wofür braucht man …? – Für andere Schäden": others than those the sentence before named. */
    private static final java.util.regex.Pattern OTHERS_AFTER_A_PREPOSITION = java.util.regex.Pattern.compile(
        "(?i:\\b(?:für|mit|von|bei|an|auf|aus|zu|gegen|über|nach|vor)) andere[nmrs]? \\p{Lu}");
    private static final java.util.regex.Pattern PHRASE_OF_A_DEFINITE_NOUN = java.util.regex.Pattern.compile(
        "\\b(?i:mit|von|aus|in|an|auf|bei|für|über|unter|nach|zu) (?:der|die|das|dem|den) (\\p{Lu}\\p{Ll}+)\\b(?!,)");
    /** "festgelegt", "beschlossen", "wissen": a participle or infinitive ending a clause, no particle ("auf"). */
    private static final java.util.regex.Pattern PAIR_AT_THE_END = java.util.regex.Pattern.compile(
        "(\\p{L}+) (?:und|oder) \\p{Ll}+\\.$");
    private static final java.util.regex.Pattern CONTENT_CLAUSE = java.util.regex.Pattern.compile(
        "(\\p{L}+), (wo|wann|wie|ob|dass|was|wer|warum|welche[nmrs]?) ");
    private static final java.util.regex.Pattern RELATIVE_CLAUSE_AFTER = java.util.regex.Pattern.compile(
        "(\\p{L}+), (?:welche[rs]?|die|der|das|den|dem|deren|dessen) (?![^,.]*\\bzu\\b|[^,.]*\\p{Ll}zu\\p{Ll}+en\\b)");
    private static final java.util.regex.Pattern ENDS_IN_A_ZU_INFINITIVE = java.util.regex.Pattern.compile(
        "\\bzu \\p{Ll}+en\\?$|\\p{Ll}zu\\p{Ll}+en\\?$");
    private static final java.util.regex.Pattern ALL_THE_REST = java.util.regex.Pattern.compile(
        "\\b(?i:alle|die|der|den|dem) (?:übrigen|restlichen) \\p{Lu}");
    private static final java.util.regex.Pattern QUALIFIER_LEFT_LAST = java.util.regex.Pattern.compile(
        "^(?:Wer|Was) \\p{Ll}+ (?:fast|etwa|rund|knapp|nur|ungefähr)\\?$"
            // "Womit paart sich das Männchen möglichst? – mit allen Weibchen", "Was gibt es aus der Zeit der
            // spanischen Kolonie etwa?": what qualified the answer, or gave it as an example ("Wie viele … etwa?"
            // asks roughly how many)
            + "|^(?!Wie\\b|Wann\\b).*\\b(?:möglichst|etwa|beispielsweise)\\?$");
    private static final java.util.regex.Pattern THAT_LEFT_LAST = java.util.regex.Pattern.compile(
        "\\b(?:das|dies)(?: \\p{Ll}+)?\\?$");
    private static final java.util.regex.Pattern GAPPED_COUNT_IN_A_PLACE = java.util.regex.Pattern.compile(
        "\\b(?:\\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf), (?:in|im|am|an|auf) ");
    private static final java.util.regex.Pattern NAMED_SO = java.util.regex.Pattern.compile(
        // not "So nannte der Iranexperte … das Beispiel …", an example mentioned
        "So (?:wurde|wird|wurden|werden|heißt|hieß|heißen|hießen|nennt man|nannte man)\\b");
    private static final java.util.regex.Pattern TIME_ADVERB_LAST = java.util.regex.Pattern.compile(
        "\\p{L} (?:heutzutage|heute|damals|früher|jetzt|inzwischen|mittlerweile|derzeit)\\.$");
    private static final java.util.regex.Pattern A_PLACE_PHRASE = java.util.regex.Pattern.compile(
        "^Wo|\\b(?:in|im|am|an|auf|zur|zum|nach|bei|beim) ");
    private static final java.util.regex.Pattern VERB_LAST = java.util.regex.Pattern.compile("\\p{Ll}{3,}(?:t|en)");
    private static final java.util.regex.Pattern DENIED_IDENTITY = java.util.regex.Pattern.compile(
        "(?:Wer|Was) (?:ist|war|sind|waren|wurde|wird) nicht ");
    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile("ge\\p{Ll}+(?:t|en)");
    private static final java.util.regex.Pattern EXAMPLES_AFTER = java.util.regex.Pattern.compile(
        "(\\p{L}+), ((?:unter anderem|darunter|zum Beispiel|etwa|beispielsweise) \\p{Lu}\\p{L}+)");
    /** "Das mit der Krankenkasse hängt oft zusammen.": "das" before a preposition is what the sentence before told. */
    private static final java.util.regex.Pattern THAT_WITH = java.util.regex.Pattern.compile(
        "^Das (?:mit|von|bei|an|auf|aus|zu|über|mit dem|mit der) ");
    private static final java.util.regex.Pattern BECAME_FROM = java.util.regex.Pattern.compile(
        "\\b(?:wurde|wird|wurden|werden) aus (?:\\p{L}+ ){0,3}\\p{Lu}\\p{L}*\\.$");
    private static final java.util.regex.Pattern BARE_COMPARATIVE = java.util.regex.Pattern.compile(
        "\\b(?:besser|schlechter|leichter|schwerer|schneller|langsamer)\\b(?! als\\b)(?! \\p{Lu})");
    private static final java.util.regex.Pattern LAST_NOUN = java.util.regex.Pattern.compile(
        "\\b(?:von|vom|in|im|an|am|auf|aus|mit|zu|zur|zum|bei|nach|über|unter|für|gegen) (?:der|die|das|dem|den) "
            + "(\\p{Lu}\\p{Ll}+)\\?$"
            // "Wer ist der Fahrer? – der Weltmeister" of "Der Fahrer, der am Ende … gesammelt hat, ist der Weltmeister"
            + "|^(?:Wer|Was) (?:ist|war|sind|waren|wird|wurde) (?:der|die|das) (\\p{Lu}\\p{Ll}+)\\?$");
    /**
     * "Wer hat am Ende der Saison die meisten Punkte gesammelt? – Der Fahrer" of "Der Fahrer, der am Ende der Saison
     * die meisten Punkte gesammelt hat, ist der Weltmeister": a definition, whose noun only its relative clause tells
     * which one it is, the question asked back; not "Das Beben, das … dauerte, soll … verursacht haben", the one the
     * article tells of.
     */
    private static final java.util.regex.Pattern BARE_NOUN = java.util.regex.Pattern.compile(
        "(?i:der|die|das) (\\p{Lu}\\p{Ll}+)");
    private static final java.util.regex.Pattern SOME_OF_THESE = java.util.regex.Pattern.compile(
        "\\b(\\p{Ll}+ste[n]?|(?i:einige|viele|meisten|eine[rs]?|keine[rs]?)|Hälfte) dieser (\\p{Lu}\\p{L}+)");
    /** "einen Vorteil:", not "eine untreue Frau:", which says who she is before the colon says more. */
    private static final java.util.regex.Pattern WHAT_THE_COLON_EXPLAINS = java.util.regex.Pattern.compile(
        "(?i:ein|eine|einen|einem|einer) (?:\\p{Ll}+ )?(?:Vorteil|Nachteil|Problem|Grund|Idee|Ziel|Aufgabe|Besonderheit"
            + "|Eigenschaft|Regel|Unterschied|Trick|Plan|Wunsch|Ausnahme|Bedeutung)"
            // "Was zeigte sich bald? – ein Nachteil der Seife"
            + "(?: (?:der|des) \\p{Lu}\\p{L}+)?");
    private static final java.util.regex.Pattern THAT_TIME = java.util.regex.Pattern.compile(
        "\\b(?i:aus|in|zu|seit) der Zeit\\b(?! (?:de[rs]|vo[nm]|als|nach|vor|um|bis)\\b)(?!,)");
    private static final java.util.regex.Pattern THE_NEXT_ONE = java.util.regex.Pattern.compile(
        "^(?i:die|der|das|den|dem) (?:zweite|dritte|vierte|fünfte|nächste)[nmrs]? \\p{Lu}");
    private static final java.util.regex.Pattern RUN_INTO_AN_INFINITIVE = java.util.regex.Pattern.compile(
        "[^,]+, .*\\b(?:\\p{Ll}+zu\\p{Ll}+en|zu \\p{Ll}+en)");
    private static final java.util.regex.Pattern LONE_ARTICLE = java.util.regex.Pattern.compile(
        "(?i)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer)");
    private static final java.util.regex.Pattern STATE_NOT_WAY = java.util.regex.Pattern.compile(
        "\\b(?:spezialisiert|angewiesen|ausgerichtet|eingestellt|konzentriert|stolz|neugierig)\\?$");
    private static final java.util.regex.Pattern DANGLING_CONTRACTION = java.util.regex.Pattern.compile(
        "\\b(?:am|im|zum|zur|beim|vom)[.?]$");
    private static final java.util.regex.Pattern DANGLING_PREPOSITION = java.util.regex.Pattern.compile(
        "\\b(?:am|im|zum|zur|beim|vom|an|in|auf|mit|von|für|über|unter)$");
    private static final java.util.regex.Pattern GAPPED_CONTRAST = java.util.regex.Pattern.compile(
        ", (?:der|die|das|den|dem) \\p{Lu}\\p{L}+ (?:aber|jedoch|dagegen) [^,?]*\\?$");
    private static final java.util.regex.Pattern OTHERS_ALONE = java.util.regex.Pattern.compile(
        // "Andere Leute wiederum sind die Liberalen.": others than those the sentence before named
        "^Andere (?:\\p{Ll}|\\p{Lu}\\p{L}+ (?:wiederum|hingegen|dagegen|aber|jedoch)\\b)");
    private static final java.util.regex.Pattern A_PART_OF_WHAT = java.util.regex.Pattern.compile(
        "\\b(?i:ein|einen|einem|eines) (?:\\p{Ll}+ )?Teil\\b(?! (?:de[rsm]|von|vom|eine[rsm]?|\\p{Lu}))");
    private static final java.util.regex.Pattern CUT_BEFORE_ITS_CLAUSE = java.util.regex.Pattern.compile(
        "\\b(?:von|vor|mit|zu|an|aus|bei|nach) (?:dem|der|den)[.?]$");
    private static final java.util.regex.Pattern A_PICTURE = java.util.regex.Pattern.compile(
        "\\b(?:auf|in) (?:der|dem|diesem|dieser) (?:Zeichnung|Abbildung|Grafik|Karte|Skizze|Bild|Foto)\\b");
    private static final java.util.regex.Pattern THE_TIME_WHEN = java.util.regex.Pattern.compile(
        "\\b(?:in der|zu der|zur|aus der|seit der) Zeit, (?:als|in der|wo|da)\\b");
    private static final java.util.regex.Pattern MOST_WITH_ITS_RELATIVE_CLAUSE = java.util.regex.Pattern.compile(
        "\\b((?:der|die|das) \\p{Ll}+ste[n]? \\p{Lu}\\p{L}+), (?:der|die|das|den|dem|deren|dessen) ");
    /** "Was finden die meisten Menschen? – eine Lüge viel schlimmer als einen Irrtum": what is found so, run in. */
    private static final java.util.regex.Pattern COMPARED_IN_THE_ANSWER = java.util.regex.Pattern.compile(
        "\\p{Lu}\\p{Ll}+ (?:(?:viel|noch|weit|deutlich|sehr) )?\\p{Ll}+er als\\b");
    /**
     * "Was gibt es im Sommer? – öfter kurze, tropische Regenschauer", "Was war ein Minister? – früher ein wichtiger
     * Diener des Königs": how often or when, which is no part of what.
     */
    private static final java.util.regex.Pattern HOW_OFTEN_FIRST = java.util.regex.Pattern.compile(
        "(?i:öfter|oft|manchmal|häufig|selten|meist|meistens|gelegentlich|ab und zu|früher|damals|einst|heute)"
            + " \\p{L}.*");
    /** "Was ist die größte in ganz Europa?": the largest of what, the noun the sentence before named says. */
    private static final java.util.regex.Pattern SUPERLATIVE_ALONE = java.util.regex.Pattern.compile(
        "\\b(?i:der|die|das|den|dem) (?!meiste|erste)\\p{Ll}+(?:st|ßt)e[n]?"
            + "(?= (?:in|im|auf|aller|von|der|seit|weltweit)\\b|[?.,]|$)");
    private static final java.util.regex.Pattern EACH_ALONE = java.util.regex.Pattern.compile(
        "\\b(?i:jede[rs]?)\\b(?= (?:etwa|ungefähr|rund|ist|war|hat|hatte|wird|wurde|kann|muss|\\d))");
    private static final java.util.regex.Pattern NAEMLICH = java.util.regex.Pattern.compile("(?<!, )\\bnämlich\\b");
    /** "Was ist ein Amoklauf? – eine bestimmte Tat", "an etwas Bestimmtes": which, the words left out say. */
    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
        "\\b(?:ein|eine|einen|einem|einer) bestimmte[nmrs]?\\b|\\betwas Bestimmtes\\b");
    /** "über einen Winter", "über drei Jahre": for how long. */
    private static final java.util.regex.Pattern TIME_SPAN = java.util.regex.Pattern.compile(
        "über (?:\\p{L}+ )?(?:Winter|Sommer|Jahre?|Monate?|Wochen?|Tage?|Nächte?|Nacht|Stunden?|Jahrzehnte?"
            + "|Jahrhunderte?)");
    /** "Auf ihrem linken Arm sitzt …": a possessive in the phrase that opens the sentence, whose owner came before. */
    private static final java.util.regex.Pattern OWNER_IN_THE_FIRST_PHRASE = java.util.regex.Pattern.compile(
        "^\\p{Lu}\\p{Ll}* (ihrem|ihren|ihrer|ihres|seinem|seinen|seiner|seines) ");
    private static final java.util.regex.Pattern FULL_NAME = java.util.regex.Pattern.compile(
        "\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+\\b");
    /** "in Erfurt in Thüringen": a place inside another, which two phrases side by side name together. */
    private static final java.util.regex.Pattern PLACE_IN_A_PLACE = java.util.regex.Pattern.compile(
        "^in \\p{Lu}[\\p{L}-]*$");

    private static boolean sideBySideWithAnotherPlace(String place, String sentence) {
        String quoted = java.util.regex.Pattern.quote(place);
        return java.util.regex.Pattern.compile("\\bin \\p{Lu}[\\p{L}-]* " + quoted + "\\b|\\b" + quoted + " in \\p{Lu}")
            .matcher(sentence).find();
    }

    /**
     * "Wozu sollten nur Katholiken begraben sein? – Zum Beispiel auf katholischen Friedhöfen": "zum Beispiel" read as
     * the answer's preposition, for an example of what the sentence before told.
     */
    private static final java.util.regex.Pattern AN_EXAMPLE_AS_THE_ANSWER = java.util.regex.Pattern.compile(
        "^(?i:zum beispiel|beispielsweise)\\b.*"
            // "Was braucht man? – teure Geräte, zum Beispiel in der Chirurgie": an example of where, run into what
            + "|.*, (?:zum Beispiel|beispielsweise|etwa) (?:in|im|bei|beim|auf|an|am)\\b.*");
    /** "Was braucht man?": what someone needs for what, the sentences before say. */
    private static final java.util.regex.Pattern ONLY_MAN = java.util.regex.Pattern.compile(
        "(?:Was|Wen|Wem) \\p{Ll}+ man\\?");
    /**
     * "Was soll für die Flüchtlingshilfe … ausgegeben werden? – Das Geld": the sum the sentence before named, as the
     * whole answer; "Wer sagt, S. habe versucht, …? – Manche": some of those the sentence before named; "Wer genießt
     * den Saft aus rohen Karotten? – Manche Leute": some people, whom no one could name.
     */
    private static final java.util.regex.Pattern SUM_OR_SOME_ALONE = java.util.regex.Pattern.compile(
        "(?i)das Geld|(?:manche|einige|viele|andere|wenige|mehrere)(?: (?:Leute|Menschen|Personen))?");
    /**
     * "Wer beendete im Jahr 1808 die erste französische Übersetzung? – ein Mann": someone whose deed the article tells
     * without his name; not "Wer wurde von einem umstürzenden Baum erschlagen? – Ein Mensch", the news that one was.
     */
    private static final java.util.regex.Pattern SOMEONE_UNNAMED = java.util.regex.Pattern.compile(
        "(?i)(?:ein|eine) (?:Mann|Frau|Mensch|Person)|jemand");
    private static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile(
        "\\b(?:wird|werden|wurde|wurden|worden)\\b");
    /**
     * "Die … Kirche in Amerika gedenkt ihrer alljährlich am 10. März": a pronoun in the genitive, not a possessive before
     * its noun, for someone the sentence before named.
     */
    private static final java.util.regex.Pattern GENITIVE_PRONOUN = java.util.regex.Pattern.compile(
        "\\b(?:ihrer|seiner)\\b(?! (?:\\p{Lu}|[„\"]|\\p{Ll}+(?:e|en|er|es|em) \\p{Lu}|\\p{Ll}+(?:e|en|er|es|em)n? und ))");
    /**
     * "Wer ist auch bekannt? – der Flugzeughersteller Boeing": a question of three words and "auch", which says no
     * more than that the answer is one of several the sentences before named.
     */
    private static final java.util.regex.Pattern ALSO_AND_LITTLE_ELSE = java.util.regex.Pattern.compile(
        "\\p{L}+ \\p{L}+ auch \\p{L}+\\?|\\p{L}+ \\p{L}+ \\p{L}+ auch\\?");
    /**
     * "Was gibt es in der Natur? – verschiedene Arten", "Was gibt es bei den Gewinnen …? – eine Besonderheit": that
     * there are some, which only the sentences after say what they are.
     */
    private static final java.util.regex.Pattern THERE_ARE_SOME = java.util.regex.Pattern.compile(
        "^Was (?:gibt|gab) es\\b");
    /**
     * "Was gibt es für Kulturdenkmäler? – viele Regeln": "was … für" reads as "what kinds of", so the question asks
     * which monuments there are, not what there is for them.
     */
    private static final java.util.regex.Pattern WHAT_KIND_OF = java.util.regex.Pattern.compile(
        "^Was (?:gibt|gab|geben|gaben) es für\\b");
    /**
     * "Was ist sogar für Menschen gefährlich, wie manche Arten von Schlangen und Spinnen? – Manche Tiere": examples
     * of the answer, left behind at the end of the question.
     */
    private static final java.util.regex.Pattern EXAMPLES_OF_THE_ANSWER = java.util.regex.Pattern.compile(
        "^(?:Wer|Was) [^,]+, wie (?:manche|viele|einige|etwa|beispielsweise|zum Beispiel)\\b[^,]*\\?$");
    /**
     * "Was können Kamele in ihrem Körper speichern? – gut Wasser": an adverb of the verb the parse hung on the noun
     * after it, which no adjective before a noun would be without its ending.
     */
    private static final java.util.regex.Pattern ADVERB_BEFORE_THE_ANSWER = java.util.regex.Pattern.compile(
        "^(?:gut|schlecht|besser|schnell|langsam|leicht|schwer|gern|gerne|oft|selten|häufig|sehr|immer|sogar) \\p{Lu}");
    /**
     * "Was nennt man wie bei den Pferden? – die Jungtiere „Fohlen“": the name given, asked with the ones it is given
     * to as one answer.
     */
    private static final java.util.regex.Pattern NAMING_VERB = java.util.regex.Pattern.compile(
        "^(?:Was|Wen) (?:nennt|nennen|nannte|nannten|bezeichnet|bezeichnen|bezeichnete|bezeichneten) ");
    private static final java.util.regex.Pattern NAME_GIVEN_LAST = java.util.regex.Pattern.compile(
        "\\p{L} [„\"][^„\"“]+[“\"]$");
    /** "Von wem wird die Prinzessin … zum Leben erweckt? – vom Prinzen durch einen Kuss": who, and by what means. */
    private static final java.util.regex.Pattern MEANS_AFTER_THE_AGENT = java.util.regex.Pattern.compile(
        " (?:durch|mit) (?:einen|eine|ein|einem|den|die|das|dem|der) ");
    private static final java.util.regex.Pattern SOME_KIND = java.util.regex.Pattern.compile(
        "(?i)(?:eine?|verschiedene|viele|mehrere|einige|zwei|drei)(?: \\p{Ll}+)? (?:Besonderheit|Besonderheiten|Arten"
            + "|Sorten|Formen|Möglichkeiten|Unterschiede|Ausnahmen?|Gründe|Varianten|Typen)");
    /**
     * "Was ist das Material? – ein entscheidender Faktor": what something is, answered with a kind so general that the
     * question asks nothing a reader could know.
     */
    private static final java.util.regex.Pattern WHAT_IT_IS = java.util.regex.Pattern.compile(
        "Was (?:ist|war|sind|waren|wäre|sei) [^,?]+\\?");
    private static final java.util.regex.Pattern GENERAL_KIND = java.util.regex.Pattern.compile(
        "(?i)(?:ein|eine|einer|einen)(?: \\p{Ll}+)? (?:Faktor|Thema|Problem|Teil|Frage|Punkt|Aspekt|Element|Beispiel"
            + "|Grund|Sache|Rolle|Schritt)");
    /**
     * "Wofür sorgt die andere Hälfte?", "Was ist das andere bekannte Werk?": the other one of what the sentence before
     * named.
     */
    private static final java.util.regex.Pattern THE_OTHER_ONE = java.util.regex.Pattern.compile(
        "\\b(?i:die|der|das|den|dem) andere[nrs]? (?:\\p{Ll}+(?:e|en|er|es|em) )?\\p{Lu}");
    /** "Beide genannten Faktoren führten zu …", "die oben genannten Gründe": named in the sentences before. */
    private static final java.util.regex.Pattern THE_NAMED_ONES = java.util.regex.Pattern.compile(
        "\\b(?i:die|der|den|dem|des|das|beide|beiden|alle|allen|oben|zuvor|eingangs|bereits) genannte[nmrs]?\\b");
    /** "Zu den Stoffen", "zur Gruppe": a definite group with no word that says which. */
    private static final java.util.regex.Pattern GROUP_ALONE = java.util.regex.Pattern.compile(
        "(?i:zu (?:den|der|dem)|zur|zum) \\p{Lu}\\p{Ll}+");
    private static final java.util.regex.Pattern IN_THAT_EVENT = java.util.regex.Pattern.compile("^\\s*Dabei\\b");
    private static final int SHORT_WITHOUT_ITS_EVENT = 5;
    private static final java.util.regex.Pattern ADJECTIVE_LAST = java.util.regex.Pattern.compile(
        "(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\\b.* \\p{Ll}+(?:e|en|er|es|em)");
    private static final java.util.regex.Pattern TIME_ANSWER = java.util.regex.Pattern.compile("(?:Wann|Bis wann|Seit wann)\\b");
    private static final java.util.regex.Pattern PURPOSE_IN_A_TIME = java.util.regex.Pattern.compile(
        " (?:für|zur|zum) (?:die|den|das|der|dem|eine|einen|ein)? ?\\p{Lu}");
    private static final java.util.regex.Pattern YEAR_OF_THE_ANSWER_LEFT_BEHIND = java.util.regex.Pattern.compile(
        "^Wann\\b.*\\b(?:dieses|vergangenen|letzten|nächsten|kommenden|vorigen|jenes) (?:Jahres|Jahrs|Monats)\\b");
    private static final java.util.regex.Pattern FOR_THAT_REASON = java.util.regex.Pattern.compile(
        "\\b(?i:aus) (?:diesem|dem|jenem) Grunde?\\b(?!,? (?:dass|weil|da)\\b)");
    private static final java.util.regex.Pattern PASSIVE_IN_THE_ANSWER = java.util.regex.Pattern.compile(
        "\\s(?:worden|geworden)$");
    /** "seit" ends no clause: the preposition or conjunction written for the subjunctive "sei". */
    private static final java.util.regex.Pattern SLIP_OF_SEI = java.util.regex.Pattern.compile("\\bseit[.,;?!]");
    /** "Heute ist das Ganze längst kein Thema mehr.": the whole of what the sentences before told. */
    private static final java.util.regex.Pattern THE_WHOLE_OF_IT = java.util.regex.Pattern.compile(
        "\\b(?i:das|dem|des) Ganzen?\\b");
    /**
     * "Die Grenzkontrollen sollen einerseits verstärkt werden", "Die beiden Länder fordern das Geld von Island ein":
     * one side of two without the other, or a pair the sentence before names.
     */
    private static final java.util.regex.Pattern ONE_SIDE_OR_BOTH = java.util.regex.Pattern.compile(
        "\\b(?i:einerseits|andererseits)\\b|\\b(?i:die|der|den) beiden\\b(?! (?:Seiten|Richtungen|Weltkriege))"
            // "Die zwei Politiker besprachen dabei …": the two the sentence before named
            + "|\\b(?i:die|der|den) zwei (?:Politiker|Männer|Frauen|Präsidenten|Minister|Staaten|Länder|Parteien|Firmen"
            + "|Konzerne|Spieler|Mannschaften|Teams|Brüder|Schwestern|Verdächtigen|Täter|Opfer)\\b");
    /** "Wer besprach …? – Die zwei Politiker": the pair the sentence before named, as the answer. */
    private static final java.util.regex.Pattern THE_PAIR = java.util.regex.Pattern.compile(
        "(?i:die|der|den) (?:beiden|zwei)\\b");
    /**
     * "Beide Präsidenten demonstrierten … Harmonie": the two the sentence before named, which a true statement or a
     * question would have to say; a false one still differs from its sentence where a learner sees it.
     */
    private static final java.util.regex.Pattern BOTH = java.util.regex.Pattern.compile(
        "\\b(?i:beide) (?!Seiten|Richtungen|Weltkriege)\\p{Lu}");

    /** "Die Profile beziehen sich hauptsächlich sich auf die Abspielhardware": the article's slip, copied. */
    private static final java.util.regex.Pattern TWO_SICH = java.util.regex.Pattern.compile(
        "\\bsich\\b[^,;:]*\\bsich\\b");

    /** "kommt das einer Provokation gleich": an article after "das" makes it a pronoun, unless a relative one. */
    private static final java.util.regex.Pattern DAS_BEFORE_AN_ARTICLE = java.util.regex.Pattern.compile(
        "(?<!, )\\b(?:das|dies) (?:ein|eine|einen|einem|einer|eines|der|die|den|dem|des)\\b");
    /** "So glaubte Anaximander …": "so" before the verb, which says the sentence is an example of the one before. */
    private static final java.util.regex.Pattern SO_BEFORE_THE_VERB = java.util.regex.Pattern.compile(
        "^So \\p{Ll}+ ");
    /**
     * "Unter anderem lag das an der Kälte in Russland.": "das" before a preposition is no article but what was told.
     */
    private static final java.util.regex.Pattern DAS_BEFORE_A_PREPOSITION = java.util.regex.Pattern.compile(
        "(?<![,(] )\\b(?:das|dies) (?:an|am|auf|in|im|mit|zu|zum|zur|bei|beim|für|vor|nach|über|unter|von|vom|aus"
            + "|gegen|durch) "
            // "Über 100.000 Menschen schauten sich das an.": "das" last, or before the verb's particle, likewise
            + "|(?<![,(] )\\b(?:das|dies)(?: (?:an|auf|aus|ab|ein|fest|mit|nach|vor|zu|zurück))?[.?]$");

    /** The counts written as words that these patterns tell apart from other words. */
    private static final String SMALL_NUMBERS = "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf";

    /**
     * "Wer kritisierte zum Beispiel, dass …?": "zum Beispiel" before no phrase of its own makes the whole sentence an
     * example of what the sentence before said.
     */
    private static final java.util.regex.Pattern EXAMPLE_OF_WHAT_CAME_BEFORE = java.util.regex.Pattern.compile(
        "^(?:Zum Beispiel|Beispielsweise)\\b|\\b(?:zum Beispiel|beispielsweise)(?=[,?.!])"
            // "Was konnte die AfD beispielsweise abfischen?": an example of what the question does not say
            + "|^(?:Wer|Was|Wen|Wem|Wo|Wann|Wie|Warum|Wozu|Womit|Wofür)\\b.*\\b(?:zum Beispiel|beispielsweise)\\b");

    /**
     * "Etwa vor einiger Zeit sorgte das Unternehmen Tactus für Aufsehen.", "Wer sorgte für Aufsehen etwa vor einiger
     * Zeit?": "etwa" first, or before a phrase with a preposition, means "for example", of what the sentence before
     * said; before a number or an amount it means "about".
     */
    private static final java.util.regex.Pattern FOR_EXAMPLE = java.util.regex.Pattern.compile(
        "^Etwa (?!\\d|(?:ein|eine|einen|einem|einer|" + SMALL_NUMBERS + "|zwanzig|"
            + "dreißig|vierzig|fünfzig|hundert|tausend|die Hälfte|ein Drittel|ein Viertel|doppelt|halb|gleich|genauso|"
            + "\\p{L}+zig|\\p{L}+hundert|\\p{L}+tausend)\\b)|(?<!\\bwie )\\betwa (?:vor|nach|in|am|an|bei|beim|mit|für|seit|"
            + "aus|zu|zum|zur|über|unter|durch|gegen) (?!\\d|Jahr)");

    /** "die anderen etwa 2.400 Menschen": the rest of a count the sentence before gives. */
    static final java.util.regex.Pattern THE_REST = java.util.regex.Pattern.compile(
        "(?i)\\b(?:die|den|der) (?:anderen|übrigen|restlichen|verbleibenden) (?:(?:etwa|rund|knapp|gut|fast|ca\\.) )?\\d");

    /**
     * "Drei weitere wurden … verletzt", "Weitere 60 Länder …", "Wie viele weitere Länder …": more of those the sentence
     * before counted; not "fünf Menschen gestorben, vier weitere überlebten", where the count is the sentence's own.
     */
    private static final java.util.regex.Pattern MORE_OF_THOSE = java.util.regex.Pattern.compile(
        "(?i)\\b(?:[\\d.]*\\d|" + SMALL_NUMBERS + "|wie viele) weitere\\b");
    private static final java.util.regex.Pattern A_COUNT = java.util.regex.Pattern.compile(
        "(?i)\\b(?:\\d+|ein|eine|einen|" + SMALL_NUMBERS + ")\\b");

    private static boolean moreOfThose(String prompt) {
        java.util.regex.Matcher more = MORE_OF_THOSE.matcher(prompt);
        return more.find() && !A_COUNT.matcher(prompt.substring(0, more.start())).find();
    }

    /** "Zwei Beschlüsse … erfolgten rund einen Monat später.": later than an event the sentence before tells of. */
    private static final java.util.regex.Pattern LATER = java.util.regex.Pattern.compile(
        "(?i)\\b(?:\\d+|einen|eine|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|wenige|einige|viele"
            // "Erst über vierhundert Jahre später eroberte Indien …"
            + "|\\p{Ll}+(?:hundert|tausend|zig)) "
            + "(?:Tage?|Wochen?|Monate?|Jahre?|Jahrzehnte?|Jahrhunderte?|Stunden?|Minuten?) "
            + "(?:später|danach|darauf|zuvor|vorher|davor|früher)\\b"
            // "Was gab es bald mit Superman?": soon after what the sentence before told
            + "|^(?:Was|Wer|Wen|Wem|Wo|Wohin|Woher|Wie) \\p{Ll}+ (?:\\p{L}+ ){0,3}?bald\\b|^Bald\\b");
    private static final java.util.regex.Pattern A_DATE = java.util.regex.Pattern.compile(
        "\\b(?:(?:19|20)\\d\\d|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
            + "Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\\b");

    private static boolean laterThanWhatItDoesNotSay(String prompt) {
        java.util.regex.Matcher later = LATER.matcher(prompt);
        return later.find() && !A_DATE.matcher(prompt.substring(0, later.start())).find();
    }

    /** "… hatten rund 10.000 Kleinanleger allein 700 Mio.": a sentence the reading cut after an abbreviation. */
    private static final java.util.regex.Pattern CUT_AT_AN_ABBREVIATION = java.util.regex.Pattern.compile(
        "\\b(?:Mio|Mrd|Tsd|Nr|bzw|ca|etc|Abs|Art|Jh|Str)\\.$"
            // "Seit März 2015 hat der Online-Versandriese die Verkleidung Flüchtling – 1./2.": cut at an ordinal
            + "|\\b\\d{1,2}\\./\\d{1,2}\\.$"
            // "…, wie Obmann Karl L?": a name cut at its initial
            + "|\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\?$");
    /**
     * "Wie viel Prozent der … Autofahrer sehen das Telefonieren und 96 Prozent das Schreiben …?": a second clause with
     * its verb left out, whose count answers as much; "(Zsolt Wilhelm, 5.11.2015) Need for Speed": a byline read into
     * the answer; "Was führt der Spitzenreiter? – einen Punkt vor RB Leipzig": a lead, no object.
     */
    private static final java.util.regex.Pattern GAPPED_COUNT = java.util.regex.Pattern.compile(
        "^Wie viele? .* und \\d+(?:,\\d+)? (?:Prozent|%) "
            // "Wie viele Sekunden gewann der Weltcupleader vor … und mehr als eine Minute vor …?"
            + "|^Wie viele? .* und (?:mehr als |weniger als |rund |knapp |etwa |fast )?(?:\\d[\\d.,]*|eine?|zwei|drei|vier|"
            + "fünf|sechs|sieben|acht|neun|zehn) (?:Sekunden?|Minuten?|Stunden?|Tage?|Prozent|Punkte?|Meter|Kilometer|Euro|"
            + "Dollar) (?:vor|hinter|mehr|weniger)\\b");
    private static final java.util.regex.Pattern BYLINE_ANSWER = java.util.regex.Pattern.compile(
        "^\\([^)]*\\d{4}\\)");
    private static final java.util.regex.Pattern A_LEAD = java.util.regex.Pattern.compile(
        "^(?:einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\\d+) (?:Punkte?|Zähler|Sekunden?|Minuten?|Tore?) "
            + "(?:vor|hinter)\\b");
    private static final java.util.regex.Pattern SAID_AFTER_A_LABEL = java.util.regex.Pattern.compile(
        "^Wer \\p{L}+, \\p{L}+: ");
    /** "Am Dienstag gab Einblick in … es im … Ausschuss.": the "es" of "es gibt" left behind the moved object. */
    private static final java.util.regex.Pattern ES_GIBT_TAKEN_APART = java.util.regex.Pattern.compile(
        "\\b(?:gibt|gab|gäbe|geben|gaben)\\s+(?!es\\b)[^,.:;]*\\bes\\b");

    /** "5) Münchener Biennale startet …": an item of a numbered list run into the text. */
    private static final java.util.regex.Pattern NUMBERED_ITEM = java.util.regex.Pattern.compile("(?:^|\\s)\\d{1,2}\\) ");

    /** "Bis 18.25, Arte 18.00 LIVERock am Ring …": a television programme's listing, no sentence. */
    private static final java.util.regex.Pattern A_LISTING = java.util.regex.Pattern.compile(
        "\\b\\d{1,2}\\.\\d{2}\\s+\\p{Lu}{3,}");

    /** "Wozu wurde der Sohn von Postobersekretär Franz Beckenbauer sen?": an abbreviation the question cut or moved. */
    private static final java.util.regex.Pattern SENIOR = java.util.regex.Pattern.compile("\\b(?:sen|jun)\\b\\.?");

    /**
     * "Was stellt man sich auf Übermedien? – die Frage" of "die Frage, was an diesem Rätsel … anlockt": the clause that
     * says which question, left out of both.
     */
    private static final java.util.regex.Pattern CLAUSE_OF_A_NOUN = java.util.regex.Pattern.compile(
        "^, (?:ob|was|wie|wer|wen|wem|warum|weshalb|wieso|wann|wo|wohin|woher|welche[rsmn]?|dass) (\\S+)");

    /** What the sentence says right after the answer; empty when the sentence does not hold it as written. */
    private static java.util.Optional<String> afterTheAnswer(WhQuestion question) {
        String sentence = question.explanation();
        int at = sentence.indexOf(question.solution());
        return at < 0 ? java.util.Optional.empty()
            : java.util.Optional.of(sentence.substring(at + question.solution().length()));
    }

    private static boolean clauseOfTheAnswerLeftOut(WhQuestion question) {
        java.util.Optional<String> following = afterTheAnswer(question);
        if (following.isEmpty()) {
            return false;
        }
        String after = following.get();
        java.util.regex.Matcher clause = CLAUSE_OF_A_NOUN.matcher(after);
        if (clause.find() && !question.prompt().contains(after.substring(2, clause.end()))) {
            return true;
        }
        // "Worum ging es unterliegen? – um die Festlegung, welche Dateien der … Verschwiegenheitspflicht": the clause
        // the answer opens, whose verb the question kept
        String last = lastWord(question.prompt()).replaceAll("\\?$", "");
        return question.solution().matches(".*, (?:\\p{Ll}+ )?(?:welche[rsmn]?|ob|dass|wie|was|wo|die|der|das|dem|den|"
            + "deren|dessen|weil|wenn|als) .*") && after.matches(" " + java.util.regex.Pattern.quote(last) + "\\b.*");
    }

    /**
     * "Was speichern Wälder Kohlenstoff? – große Mengen": a measure whose stuff the question kept; "Wie viele Personen
     * wurden … mehrere nach Wels gebracht? – Hundert": a count of words taken apart.
     */
    private static final Set<String> MEASURE_NOUNS = Set.of("Menge", "Mengen", "Reihe", "Vielzahl", "Anzahl", "Zahl",
        "Tonnen", "Liter", "Kilo", "Kilogramm", "Paar", "Dutzend", "Dutzende", "Hunderte", "Tausende", "Sack", "Säcke",
        "Flaschen", "Kisten", "Stück", "Portion", "Portionen", "Handvoll");
    private static final java.util.regex.Pattern COUNT_TAKEN_APART = java.util.regex.Pattern.compile(
        "\\b(?:mehrere|einige|etliche|wenige) (?!\\p{Lu}|\\p{Ll}+(?:e|en|er|es|em) )"
            + "|\\b(?:mehrere|einige|etliche|wenige|viele) (?:Hundert|Tausend|Dutzend)\\b(?! \\p{Lu})");

    private static boolean stuffOfAMeasureLeftBehind(WhQuestion question) {
        if (!MEASURE_NOUNS.contains(lastWord(question.solution()))) {
            return false;
        }
        java.util.regex.Matcher stuff = NOUN_NEXT.matcher(afterTheAnswer(question).orElse(""));
        return stuff.find() && Words.containsWord(question.prompt(), stuff.group(1));
    }

    private static final java.util.regex.Pattern NOUN_NEXT = java.util.regex.Pattern.compile("^ (\\p{Lu}\\p{L}+)");

    /** "Nicht ganz so glatt stellt sich die Bundeswettbewerbsbehörde …": less smoothly than someone the sentence before told of. */
    private static final java.util.regex.Pattern AS_BEFORE_BUT_NOT_QUITE = java.util.regex.Pattern.compile(
        "(?i)\\b(?:nicht ganz|nicht mehr ganz|längst nicht|bei weitem nicht|fast|beinahe) so \\p{Ll}+\\b"
            + "(?![^?.]*\\b(?:wie|dass|als)\\b)");
    /**
     * "Was schätzt Kiew? – die Kosten auf noch einmal 500 Millionen Dollar": the amount the verb estimates, in the answer;
     * "Was drehte … das Dringlichkeitsrad weiter? – eine Stufe": a measure of how far, no object.
     */
    private static final java.util.regex.Pattern AMOUNT_OF_THE_VERB_IN_THE_ANSWER = java.util.regex.Pattern.compile(
        "^\\S+ .*\\bauf (?:noch einmal |rund |etwa |knapp |über |mehr als |bis zu )?\\d"
            + "|^(?i:eine|zwei|drei|vier|\\d+) Stufen?$|^(?i:einen|zwei|drei|ein paar) Schritte?$|^(?i:ein) Stück$");

    private static final java.util.regex.Pattern ARTICLE_WITHOUT_ITS_NOUN = java.util.regex.Pattern.compile(
        "(?i:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des)(?: [^\\p{Lu}\\s]+)+");

    /** "Erst dann landet Mama auch den richtigen Haupttreffer": only after what the sentence before told. */
    private static final java.util.regex.Pattern ONLY_THEN = java.util.regex.Pattern.compile(
        "(?i)\\b(?:erst|nur|auch|selbst|gerade|spätestens) dann\\b(?![^?.]*\\b(?:wenn|als|falls|sobald|nachdem)\\b)");

    /**
     * "Was bedeutet für EADS des Großauftrages … einen Tiefschlag? – der Verlust" of "der Verlust dieses
     * Großauftrages": a genitive the question took from the noun it belongs to.
     */
    private static boolean genitiveTakenFromItsNoun(WhQuestion question) {
        java.util.regex.Matcher genitive = GENITIVE_IN_A_QUESTION.matcher(question.prompt());
        String sentence = question.explanation().replaceAll("\\bdieses ", "des ");
        while (genitive.find()) {
            String phrase = "des " + genitive.group(2);
            if (sentence.contains(phrase) && !sentence.contains(genitive.group(1) + " " + phrase)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern GENITIVE_IN_A_QUESTION = java.util.regex.Pattern.compile(
        "(\\S+) des (\\p{Lu}\\p{L}+)");

    private QualityGates() {
    }

    private static boolean speaksAsSomeone(String text) {
        return FIRST_OR_SECOND_PERSON_POSSESSIVE.matcher(QUOTED.matcher(text).replaceAll("")).find();
    }

    /** What is wrong with the question; empty when it may be asked. */
    private static final java.util.regex.Pattern REPEATED_ADVERB = java.util.regex.Pattern.compile(
        "(?i)\\b(insgesamt|zugleich|bereits|ebenfalls|derzeit|zurzeit|bislang|bisher|erstmals)\\b.*\\b\\1\\b");

    private static final List<String> CONCEDING = List.of("aber", "doch", "jedoch", "allerdings", "dennoch", "trotzdem");

    /** Whether the one word that differs is a year in the sentence and a count with a thousands dot in the prompt. */
    private static boolean yearMadeACount(String prompt, String sentence) {
        String[] said = prompt.split(" ");
        String[] was = sentence.strip().split(" ");
        if (said.length != was.length) {
            return false;
        }
        for (int i = 0; i < said.length; i++) {
            if (!said[i].equals(was[i]) && was[i].matches("(?:1\\d{3}|20\\d{2})\\p{P}*")
                && said[i].matches("\\d{1,3}\\.\\d{3}\\p{P}*")) {
                return true;
            }
        }
        return false;
    }

    public static List<String> violations(Question question) {
        List<String> problems = new ArrayList<>();
        String prompt = question.prompt();
        boolean statement = question instanceof TrueFalseQuestion;
        if (!prompt.endsWith(statement ? "." : "?")) {
            problems.add("does not end with " + (statement ? "'.'" : "'?'"));
        }
        // "„No-Go-Areas“ dürfe es nicht geben, sagte …" and "22 Prozent teilen …" begin as German sentences may
        String opening = prompt.replaceFirst("^[„“\"»«]", "");
        if (opening.isEmpty() || !Character.isUpperCase(opening.codePointAt(0))
            && !(statement && Character.isDigit(opening.codePointAt(0)))) {
            problems.add("does not start with a capital letter");
        }
        if (prompt.contains(Question.GAP)) {
            problems.add("contains the gap marker");
        }
        if (Words.count(prompt) > MAX_WORDS) {
            problems.add("has more than " + MAX_WORDS + " words");
        }
        if (!Words.quotesBalanced(prompt)) {
            problems.add("opens a quotation mark it does not close, or closes one it did not open");
        }
        if (!Words.bracketsBalanced(prompt)) {
            problems.add("opens a bracket it does not close, or closes one it did not open");
        }
        if (!statement && prompt.contains(";")) {
            problems.add("runs a second clause after a semicolon into the question");
        }
        if (RUN_ON_AFTER_A_COMMA.matcher(prompt).find()) {
            problems.add("runs two sentences into one after a comma");
        }
        if (SUBHEADING_RUN_IN.matcher(prompt).find()) {
            problems.add("runs a subheading into the sentence");
        }
        if (CAPTION_RUN_IN.matcher(prompt + " | " + question.solution()).find()) {
            problems.add("runs a caption or a heading into the sentence");
        }
        if (GENITIVE_CUT_OFF.matcher(prompt + " | " + question.solution()).find()) {
            problems.add("has a genitive 's' cut from its name");
        }
        if (ABLE_TO_WHAT.matcher(prompt).find()) {
            problems.add("says someone is able without saying to do what");
        }
        if (Words.containsWord(prompt, "weder") && !Words.containsWord(prompt, "noch")) {
            // "darf … seine Macht weder für sich unsachlich ausnutzen.": a coordination split from its second half
            problems.add("has 'weder' without its 'noch'");
        }
        if (CUT_AFTER_AN_ORDINAL.matcher(prompt).find()) {
            problems.add("ends on an ordinal without its noun");
        }
        if (listCutBeforeItsLastItem(prompt) || question instanceof WhQuestion && listCutBeforeItsLastItem(question.solution())) {
            problems.add("lists things with commas and no 'und' before the last, cut before it");
        }
        if (HALF_A_COMPOUND_AT_THE_END.matcher(prompt).find()) {
            problems.add("ends on the first half of a compound without its second");
        }
        if (THOUSANDS_WITHOUT_THEIR_DIGITS.matcher(prompt + " " + question.solution()).find()) {
            problems.add("has a number that begins with '000'");
        }
        if (question instanceof WhQuestion && AFTERTHOUGHT.matcher(prompt).find()) {
            problems.add("leaves a phrase set off after the verb, away from its noun");
        }
        if (DOUBLED_WORD.matcher(prompt).find()) {
            problems.add("repeats a word the article doubled by mistake");
        }
        if (question instanceof WhQuestion && WHATEVER.matcher(prompt).find()) {
            problems.add("asks with a 'whatever' clause in it");
        }
        if (SUPERLATIVE_WITHOUT_ITS_NOUN.matcher(prompt + " " + question.solution()).find()) {
            problems.add("has a superlative whose noun the sentence before gave");
        }
        if (DATE_WITHOUT_ITS_WEEKDAY.matcher(prompt).find()) {
            problems.add("tears a date from the weekday it followed");
        }
        if (DATELINE_RUN_IN.matcher(prompt + " | " + question.solution()).find()) {
            problems.add("runs a dateline, or the next sentence, into the sentence");
        }
        if (HEADING_IN_A_SPEAKER.matcher(prompt).find()) {
            problems.add("runs a heading into the name of a speaker");
        }
        if (POINTING_LAST.matcher(prompt).find()
            || question instanceof WhQuestion && Words.POINTING_DAS.matcher(prompt).find()) {
            problems.add("its last word points to a sentence it does not show");
        }
        java.util.regex.Matcher rest = REST_OF_WHAT.matcher(prompt);
        if (rest.find() && !prompt.substring(0, rest.start()).contains(",")) {
            // ("…, der Rest geht an die Privatsender": the rest of what the same sentence counted)
            problems.add("'der Rest' is the rest of what the sentence before named");
        }
        if (THE_TEXT_ITSELF.matcher(prompt + " " + question.solution()).find()) {
            problems.add("speaks of the text itself ('im Folgenden')");
        }
        if (SOMETHING_ELSE.matcher(prompt + " " + question.solution()).find()) {
            problems.add("says 'etwas anderes' than what the sentence before said");
        }
        if (statement && TrueFalseQuestion.FALSE.equals(question.answers().get(0))
            && SOMETHING_THERE_IS.matcher(prompt).find()) {
            problems.add("says there is something to see or do, which is true of any place swapped in");
        }
        if ((statement || question instanceof WhQuestion) && speaksAsSomeone(prompt + " " + question.solution())) {
            problems.add("says 'mein' or 'unser' for someone it does not name");
        }
        if ((statement || question instanceof WhQuestion) && TWO_SICH.matcher(prompt).find()) {
            problems.add("has 'sich' twice in one clause, as the article's own slip may");
        }
        if (question instanceof WhQuestion && (GAPPED_COUNT.matcher(prompt).find()
            || BYLINE_ANSWER.matcher(question.solution()).find() || A_LEAD.matcher(question.solution()).find())) {
            problems.add("asks a count a gapped clause repeats, a byline, or a lead as an object");
        }
        if (question instanceof WhQuestion wh && (clauseOfTheAnswerLeftOut(wh) || stuffOfAMeasureLeftBehind(wh)
            || COUNT_TAKEN_APART.matcher(prompt).find() || wh.solution().matches("(?i)hundert|tausend"))) {
            problems.add("leaves out the clause of the answer's noun, or takes a measure or a count apart");
        }
        if (question instanceof WhQuestion && question.solution().matches("^[,;:.].*")) {
            // "Was ist der passende Pen? – , wie das Keyboard, ein optionales Accessoir": an aside read into the answer
            problems.add("its answer opens with a comma or a stop");
        }
        if (question instanceof WhQuestion && question.solution().matches("^(?:und|oder|sowie|aber) .*")) {
            // "Was ist auch in Südafrika beliebt? – und den Vetkoek": the second of two, cut at its "und"
            problems.add("its answer opens with a conjunction");
        }
        if (question instanceof WhQuestion wh && genitiveTakenFromItsNoun(wh)) {
            problems.add("a genitive stands apart from the noun it belongs to");
        }
        if ((statement || question instanceof WhQuestion) && AS_BEFORE_BUT_NOT_QUITE.matcher(prompt).find()) {
            problems.add("'nicht ganz so …' compares with what the sentence before told");
        }
        if (question instanceof WhQuestion && ARTICLE_WITHOUT_ITS_NOUN.matcher(question.solution()).matches()) {
            // "Was stellte die SPD-Führung heute so genanntes Manifest vor? – ein 42-seitiges"
            problems.add("its answer is an article and an adjective without their noun");
        }
        if (question instanceof WhQuestion && AMOUNT_OF_THE_VERB_IN_THE_ANSWER.matcher(question.solution()).find()) {
            problems.add("its answer holds the amount the verb gives, or is a measure of how far");
        }
        if (question instanceof org.textquiz.core.question.QuoteQuestion && HEADING_RUN_IN.matcher(prompt).find()) {
            problems.add("a subheading runs into the words said");
        }
        if ((statement || question instanceof WhQuestion) && ONLY_THEN.matcher(prompt).find()) {
            problems.add("'erst dann' is after what the sentence before told");
        }
        if ((statement || question instanceof WhQuestion) && FRAMED_BY_NO_ONE.matcher(prompt).find()) {
            problems.add("keeps 'hieß es:', which says the words are a source's the sentence before named");
        }
        if (question instanceof WhQuestion && KIND_ALONE.matcher(question.solution()).matches()
            || statement && KIND_ALONE.matcher(prompt).find()) {
            problems.add("names a company, a sum or a scene the sentence before told of by its kind alone");
        }
        if ((statement || question instanceof WhQuestion) && WHOSE_UNSAID.matcher(prompt + " – "
            + (statement ? "" : question.solution())).find()) {
            problems.add("a family, a trade or a music is someone's the sentence before named");
        }
        if ((statement || question instanceof WhQuestion) && GENITIVE_PRONOUN.matcher(prompt).find()) {
            problems.add("a pronoun in the genitive stands for someone the sentence before named");
        }
        if (question instanceof WhQuestion && THERE_ARE_SOME.matcher(prompt).find()
            && SOME_KIND.matcher(question.solution()).matches()) {
            problems.add("asks only that there are some kinds or a peculiarity, which the sentences after tell");
        }
        if (question instanceof WhQuestion && NAMING_VERB.matcher(prompt).find()
            && NAME_GIVEN_LAST.matcher(question.solution()).find()) {
            problems.add("asks the ones a name is given to together with the name");
        }
        if (question instanceof WhQuestion && prompt.startsWith("Von wem ")
            && MEANS_AFTER_THE_AGENT.matcher(question.solution()).find()) {
            problems.add("its answer holds the means beside the one who acts, two phrases the parse joined");
        }
        if (statement && TrueFalseQuestion.FALSE.equals(question.answers().get(0))) {
            java.util.regex.Matcher said = ALREADY_BY_A_YEAR.matcher(prompt);
            java.util.regex.Matcher was = ALREADY_BY_A_YEAR.matcher(question.explanation());
            if (said.find() && was.find() && Integer.parseInt(said.group(1)) > Integer.parseInt(was.group(1))
                && STATE_OR_ABILITY.matcher(prompt).find()) {
                problems.add("'schon' by a later year is as true as by the earlier one");
            }
            java.util.regex.Matcher saidAgo = ALREADY_YEARS_AGO.matcher(prompt);
            java.util.regex.Matcher wasAgo = ALREADY_YEARS_AGO.matcher(question.explanation());
            if (saidAgo.find() && wasAgo.find() && Long.parseLong(saidAgo.group(1).replace(".", ""))
                < Long.parseLong(wasAgo.group(1).replace(".", ""))) {
                problems.add("'schon vor' fewer years is as true as the more years ago");
            }
            if (yearMadeACount(prompt, question.explanation())) {
                problems.add("a year swapped for a count ('1.600' for 1546)");
            }
        }
        if (statement && TrueFalseQuestion.TRUE.equals(question.answers().get(0))
            && !question.explanation().contains(",") && DENYING.matcher(question.explanation()).results().count()
                > DENYING.matcher(prompt).results().count()) {
            problems.add("leaves out a word that denies, and says the opposite of its sentence");
        }
        if ((statement || question instanceof WhQuestion) && OTHERWISE.matcher(prompt).find()) {
            problems.add("'sonst' is otherwise than what the sentence before told");
        }
        if (statement && GAR_LEFT_BEHIND.matcher(prompt).find()) {
            problems.add("'gar' left at the end, away from the 'kein' it strengthens");
        }
        if (question instanceof WhQuestion && COUNTED_NAMED.matcher(prompt).find()) {
            problems.add("names the ones it asks to count");
        }
        if ((statement || question instanceof WhQuestion) && FOCUSED_REASON.matcher(question.explanation()).find()
            && !FOCUSED_REASON.matcher(prompt).find() && Words.containsWord(prompt, "allem")) {
            problems.add("keeps 'vor allem' of a reason it leaves out");
        }
        if (statement && COUNT_BEFORE_AN_ARTICLE.matcher(prompt).find()) {
            problems.add("a count and the article after it read as one phrase");
        }
        if (question instanceof WhQuestion && PARTS_ALONE.matcher(question.solution()).matches()) {
            problems.add("its answer is parts of what only the sentence before says");
        }
        if ((statement || question instanceof WhQuestion) && SUPPOSED.matcher(question.explanation().strip()).find()) {
            problems.add("asks or states what the article only supposes");
        }
        if (question instanceof WhQuestion && ADVERB_BEFORE_THE_ANSWER.matcher(question.solution()).find()) {
            problems.add("its answer opens with an adverb of the verb, not of its noun");
        }
        if (question instanceof WhQuestion && EXAMPLES_OF_THE_ANSWER.matcher(prompt).matches()) {
            problems.add("leaves the examples of its answer ('wie manche …') at its end");
        }
        if (question instanceof WhQuestion && (prompt.startsWith("Wer gibt es ") || prompt.startsWith("Wer gab es "))) {
            // "Wer gibt es nur in Schottland? – ihre eigene Partei": what there is, asked as someone who gives
            problems.add("asks 'wer' of what 'es gibt' tells of");
        }
        if (question instanceof WhQuestion && WHAT_KIND_OF.matcher(prompt).find()) {
            problems.add("'Was gibt es für …?' asks what kinds there are, not what there is for them");
        }
        if (question instanceof WhQuestion && WHAT_IT_IS.matcher(prompt).matches()
            && GENERAL_KIND.matcher(question.solution()).matches()) {
            problems.add("asks what something is and answers with a kind too general to tell it");
        }
        if ((statement || question instanceof WhQuestion) && ONE_OF_THOSE_BEFORE.matcher(prompt).find()) {
            problems.add("'in einer' is one of those the sentence before named, without its noun");
        }
        if ((statement || question instanceof WhQuestion) && THE_PLACE_BEFORE.matcher(prompt).find()) {
            problems.add("'an dem Ort' is the place the sentence before named");
        }
        if ((statement || question instanceof WhQuestion) && SHARE_WITHOUT_WHOLE.matcher(prompt + " "
            + (statement ? "" : question.solution())).find()) {
            problems.add("a share ('drei Viertel') of a whole the sentence before named");
        }
        if (question instanceof WhQuestion && KNOWN_ALONE.matcher(prompt).matches()
            && REASON_CLAUSE.matcher(question.explanation()).find()) {
            problems.add("asks only who became known, which the sentence tells to say why");
        }
        if (question instanceof WhQuestion && (SUBJECT_AFTER_A_DATE.matcher(question.solution()).find()
            || SHARE_COUNTED.matcher(prompt).find())) {
            problems.add("the subject runs into the date, or a share is counted");
        }
        if (statement) {
            java.util.regex.Matcher often = HOW_OFTEN_AT_THE_END.matcher(prompt);
            if (often.find() && !question.explanation().strip().endsWith(" " + often.group(1) + ".")) {
                problems.add("'" + often.group(1) + "' left at the end, once the subject went first");
            }
            java.util.regex.Matcher hedge = HEDGE_FIRST.matcher(question.explanation().strip());
            if (hedge.find() && java.util.regex.Pattern.compile("(?i)\\b" + hedge.group(1) + "(?: \\p{L}+)?\\.$")
                .matcher(prompt).find()) {
                problems.add("'" + hedge.group(1) + "' hedges the whole sentence, and moved to its end only the last"
                    + " words");
            }
            java.util.regex.Matcher link = LINK_FIRST.matcher(prompt);
            if (link.find() && !question.explanation().strip().startsWith(link.group(1) + " ")) {
                problems.add("'" + link.group(1) + "' moved to the front ties it to the sentence before");
            }
        }
        if ((statement || question instanceof WhQuestion) && MODAL_PARTICLE.matcher(prompt).find()) {
            problems.add("'eben' or 'halt' answers what the sentence before said");
        }
        if (question instanceof WhQuestion && COUNT_QUALIFIER_LEFT_BEHIND.matcher(prompt).matches()) {
            problems.add("leaves what qualifies its count ('nur noch') behind at the end");
        }
        if (question instanceof WhQuestion && FOR_THE_MOST_PART.matcher(question.solution()).find()) {
            problems.add("its answer 'zum großen Teil' says how much, which its W-word does not ask");
        }
        if (question instanceof WhQuestion && ALSO_AND_LITTLE_ELSE.matcher(prompt).matches()) {
            problems.add("asks in three words and 'auch' for one of several the sentences before named");
        }
        if (question instanceof WhQuestion && PLACE_OR_GROUP_ALONE.matcher(question.solution()).matches()) {
            problems.add("its answer is the place or group the article is about, by its kind alone");
        }
        if ((statement || question instanceof WhQuestion)
            && (MORE_THAN_BEFORE.matcher(prompt + " " + question.solution()).find()
                || MUCH_MORE_THAN_BEFORE.matcher(prompt).find())
            && !Words.containsWord(question.explanation(), "als")) {
            problems.add("'noch mehr' and the like compare with what the sentence before told");
        }
        if (statement && question.explanation().strip().startsWith("Nur ") && !prompt.startsWith("Nur ")) {
            // "Von noch mehr Menschen werden nur die chinesischen Sprachen gesprochen.": moved after the verb, "nur"
            // may bound what else is said
            problems.add("'nur' moved from the front may bound something else");
        }
        if (question instanceof WhQuestion && PLACE_IN_A_PLACE.matcher(question.solution()).matches()
            && sideBySideWithAnotherPlace(question.solution(), question.explanation())) {
            // "Wo steht das Gebäude … in Erfurt? – in Thüringen": one place asked, the other left in the question
            problems.add("its answer is one of two places side by side that name one place together");
        }
        if ((statement || question instanceof WhQuestion) && THE_WORD_ALONE.matcher(prompt).find()) {
            // "Aus dem Lateinischen kommt das Wort.": the word the article is about, unnamed
            problems.add("'das Wort' alone does not say which word");
        }
        if (question instanceof WhQuestion && prompt.matches("Woher (?:wurde|wird|wurden|werden) .*")
            || statement && BECAME_FROM.matcher(prompt).find()) {
            // "Woher wurde ein Stadtviertel? – Aus dem früheren Dorf": what something became, not where from
            problems.add("'werden aus' says what became of something, not where it came from");
        }
        if ((statement || question instanceof WhQuestion) && BARE_COMPARATIVE.matcher(prompt).find()
            && !Words.containsWord(question.explanation(), "als")) {
            // "Wer kann besser atmen? – Der Kranke": better than before what the sentence before told
            problems.add("a comparative without 'als' compares with what the sentence before told");
        }
        java.util.regex.Matcher last = LAST_NOUN.matcher(prompt);
        if (question instanceof WhQuestion && last.find() && java.util.regex.Pattern.compile("\\b"
                + java.util.regex.Pattern.quote(last.group(1) != null ? last.group(1) : last.group(2))
                + ", (?:welche[rs]?|die|der|das|den|dem|deren|dessen) ")
            .matcher(question.explanation()).find()) {
            // "Was kommt von der Sprache?" of "… von der Sprache, welche die Eingeborenen hier sprechen": which one,
            // the relative clause the question cut off says
            problems.add("its last noun needs the relative clause the question cut off");
        }
        java.util.regex.Matcher bare = BARE_NOUN.matcher(question.solution());
        if (question instanceof WhQuestion && bare.matches() && java.util.regex.Pattern.compile("^"
                + java.util.regex.Pattern.quote(question.solution()) + ", (?:welche[rs]?|die|der|das|deren|dessen) "
                + "[^,]*, (?:ist|sind|war|waren|heißt|heißen|gilt|gelten) ",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(question.explanation()).find()
            && !Words.containsWord(prompt, bare.group(1))) {
            problems.add("its answer is a noun that only its relative clause tells which one it is");
        }
        if (question instanceof WhQuestion && RUN_ON_PAST_AN_APPOSITION.matcher(question.solution()).matches()) {
            // "Wer fand im Jahr 1922? – Howard Carter, ein britischer Archäologe, Tutanchamuns Grab": the object run
            // into the subject's apposition
            problems.add("its answer runs on past an apposition");
        }
        java.util.Optional<String> owned = question instanceof WhQuestion
            ? phraseOwnedBy(question.solution(), question.explanation()) : java.util.Optional.empty();
        if (owned.isPresent() && prompt.contains(owned.get())
            && ownerAgrees(question.solution(), owned.get().split(" ")[1])) {
            // "Was brachte Tutanchamun mit ihren zahlreichen Göttern wieder zurück? – die alte Religion": the
            // possessive's owner is the answer taken out
            problems.add("a possessive left in the question belongs to its answer");
        }
        java.util.regex.Matcher some = SOME_OF_THESE.matcher(question.explanation());
        while ((statement || question instanceof WhQuestion) && some.find()) {
            if (Words.lower(prompt).contains(Words.lower(some.group(1) + " der " + some.group(2)))) {
                // "Die älteste der Städte war nicht Indraprastha." of "Die älteste dieser Städte …": which cities, only
                // the sentence before says
                problems.add("'" + some.group(1) + " der " + some.group(2) + "' of those the sentence before named");
            }
        }
        if (question instanceof WhQuestion && THE_NEXT_ONE.matcher(question.solution()).find()) {
            // "Was war, dass auch Längen nicht immer gleich lang sind? – Die zweite Idee": the second after the first
            // the sentence before told of
            problems.add("its answer counts on from what the sentence before told");
        }
        if (question instanceof WhQuestion && RUN_INTO_AN_INFINITIVE.matcher(question.solution()).matches()) {
            // "Wer begann im Mittelalter? – Bergmänner, das Erz abzubauen": the verb's infinitive read into the answer
            problems.add("its answer runs on into the verb's infinitive");
        }
        if (question instanceof WhQuestion && LONE_ARTICLE.matcher(question.solution()).matches()) {
            // "Was gibt es im Kalk? – Den": an article alone, its noun lost
            problems.add("its answer is an article alone");
        }
        if (question instanceof WhQuestion && prompt.startsWith("Wohin ") && STATE_NOT_WAY.matcher(prompt).find()) {
            // "Wohin sind Ärzte meist spezialisiert? – auf ein Fachgebiet": on what, no way to go
            problems.add("'wohin' asks for a way, and the verb names a state");
        }
        if (statement && prompt.matches("(?:Der|Die|Das|Den|Dem) entsprechende[nmrs]? .*")) {
            // "Der entsprechende Fachmann ist nicht der Informatiker.": the subject matching what the sentence before
            // told ("die Förderung entsprechender Kraftstoffe" is kept: which fuels, the statement still says enough)
            problems.add("'entsprechend' matches what the sentence before told");
        }
        if ((statement || question instanceof WhQuestion) && (DANGLING_CONTRACTION.matcher(prompt).find()
            || question instanceof WhQuestion && DANGLING_PREPOSITION.matcher(question.solution()).find())) {
            // "Gruppen von Menschen am": a preposition whose phrase the parse cut off
            problems.add("a preposition cut from its phrase");
        }
        if ((statement || question instanceof WhQuestion)
            && THAT_TIME.matcher(prompt + " " + question.solution()).find()) {
            // "Was stammt wohl aus der Zeit? – Kobolde": the time the sentence before told of
            problems.add("'aus der Zeit' of the time the sentence before told of");
        }
        if ((statement || question instanceof WhQuestion) && Words.lower(prompt).contains("trotz allem")) {
            // "Trotz allem gibt es in Japan … das meiste Falschgeld": despite all that the sentence before told
            problems.add("'trotz allem' answers what the sentence before told");
        }
        if (question instanceof WhQuestion && GAPPED_CONTRAST.matcher(prompt).find()) {
            // "Was siedet schon, das Wasser aber noch nicht? – Der Alkohol": a second subject with its verb left out
            problems.add("a contrast with its verb left out gives the question a second subject");
        }
        if (question instanceof WhQuestion
            && (MADE_FROM.matcher(prompt).matches() || MEANT_WITH.matcher(prompt).matches())) {
            problems.add("asks 'woher' or 'womit' for what something is made into or what a word means");
        }
        if ((statement || question instanceof WhQuestion) && THE_OLDER_ONE.matcher(prompt + " " + question.solution())
            .find()
            || question instanceof WhQuestion && OTHERS_AFTER_A_PREPOSITION.matcher(question.solution()).find()) {
            problems.add("'der Ältere' or 'für andere …' is one of those the sentence before named");
        }
        String lastOfPrompt = lastWord(prompt.replaceAll("[?.]+$", ""));
        java.util.regex.Matcher pair = PAIR_AT_THE_END.matcher(question.explanation().strip());
        if (question instanceof WhQuestion && Character.isLowerCase(lastOfPrompt.codePointAt(0))
            && !PARTICIPLE.matcher(lastOfPrompt).matches() && pair.find() && pair.group(1).equals(lastOfPrompt)) {
            // "Was ist meistens braun? – Die Fellfarbe" of "… braun oder schwarz.": one of two the question cut off;
            // not "Wann wurde Dulmatin … gestellt?" of "… gestellt und getötet.", what was done to him first
            problems.add("its last word is one of two joined by 'und' or 'oder', the other cut off");
        }
        if (question instanceof WhQuestion && DENIED_IDENTITY.matcher(prompt).lookingAt()) {
            // "Wer war nicht der erste Superheld in Comics? – Superman": anyone else was not either
            problems.add("asks who is not something, which many are not");
        }
        java.util.regex.Matcher content = CONTENT_CLAUSE.matcher(question.explanation());
        boolean contentCut = false;
        while (question instanceof WhQuestion && !contentCut && content.find()) {
            contentCut = content.group(1).equals(lastOfPrompt);
        }
        if (contentCut && !prompt.contains(",") && VERB_LAST.matcher(lastOfPrompt).matches()
            // "Wohin könnte das Objekt … geschleudert werden?" of "…, wo es schmelzen würde": "wo" of the place asked
            // or named
            && !(content.group(2).equals("wo") && A_PLACE_PHRASE.matcher(prompt).find())) {
            // "Wann hat man genau festgelegt? – Im Jahr 1987" of "…festgelegt, wo der Jakobsweg verläuft": what
            // was laid down, the clause cut off says
            problems.add("cuts off the clause that says what its verb is about");
        }
        java.util.regex.Matcher cut = PHRASE_OF_A_DEFINITE_NOUN.matcher(prompt + " " + question.solution());
        java.util.Set<String> describedNouns = new java.util.HashSet<>();
        if (question instanceof WhQuestion) {
            RELATIVE_CLAUSE_AFTER.matcher(question.explanation()).results()
                .forEach(r -> describedNouns.add(r.group(1)));
        }
        while (!describedNouns.isEmpty() && cut.find()) {
            if (describedNouns.contains(cut.group(1))) {
                // "Womit werden die Kosten bezahlt? – Mit dem Geld" of "Mit dem Geld, das dabei zusammen kommt, …":
                // which money, the relative clause the question cut off says
                problems.add("a noun in it needs the relative clause the question cut off");
                break;
            }
        }
        java.util.regex.Matcher example = EXAMPLES_AFTER.matcher(question.explanation());
        while (question instanceof WhQuestion && example.find()) {
            if (question.solution().endsWith(example.group(1)) && prompt.contains(example.group(2))) {
                // "Was hat Reutlingen, unter anderem Aarau in der Schweiz? – viele Partnerstädte": the examples of the
                // answer left in the question
                problems.add("leaves in the question the examples of its answer");
                break;
            }
        }
        if ((statement || question instanceof WhQuestion)
            && ALL_THE_REST.matcher(prompt + " " + question.solution()).find()) {
            // "Was verbringen alle übrigen Lachse im Meer?": all but those the sentence before named
            problems.add("'alle übrigen' are all but those the sentence before named");
        }
        if (question instanceof WhQuestion && (QUALIFIER_LEFT_LAST.matcher(prompt).find()
            || THAT_LEFT_LAST.matcher(prompt).find() || GAPPED_COUNT_IN_A_PLACE.matcher(prompt).find())) {
            // "Wer glaubt fast? – die Hälfte …", "Wer erforschte das genauer?", "Wo gibt es neun, in Österreich sechs
            // Verkehrsflughäfen?"
            problems.add("leaves behind what qualifies its answer, a pointing 'das' or a gapped second count");
        }
        if (question instanceof WhQuestion && question.solution().contains(", ")
            && ENDS_IN_A_ZU_INFINITIVE.matcher(prompt).find()) {
            // "Was begann … aufzustellen? – die Katholische Kirche, Regeln für die Ehe": the infinitive's object run in
            problems.add("its answer runs on into the object of the infinitive the question ends with");
        }
        if (statement || question instanceof WhQuestion) {
            java.util.regex.Matcher named = NAMED_SO.matcher(question.explanation());
            if (named.lookingAt() && !Words.containsWord(prompt, "so")) {
                // "Wer wurde genannt?" of "So wurde der König … genannt.": what he was called, the "so" said
                problems.add("drops the 'so' that says what the name was");
            }
        }
        if (statement && TIME_ADVERB_LAST.matcher(prompt).find()) {
            // "Anstelle von Briefen schreiben viele Menschen E-Mails heutzutage.": a time moved to the very end
            problems.add("ends in an adverb of time that belongs before the object");
        }
        if (statement && THAT_WITH.matcher(prompt).find()) {
            problems.add("'Das mit …' is what the sentence before told");
        }
        if (statement && OTHERS_ALONE.matcher(prompt).find()) {
            // "Andere flüchteten nach Wales und Schottland.": others than those the sentence before told of
            problems.add("'Andere' alone stands for others than those the sentence before told of");
        }
        if (statement && Words.containsWord(prompt, "eben")) {
            // "In unterschiedlichen Gegenden können Fliegen eben gut überleben.": as the sentence before made plain
            problems.add("'eben' answers what the sentence before said");
        }
        if ((statement || question instanceof WhQuestion) && A_PART_OF_WHAT.matcher(prompt + " " + question.solution())
            .find()) {
            // "Wozu gehört nur ein kleiner Teil? – zu Osteuropa": a part of what the sentence before named
            problems.add("'ein Teil' without what it is a part of");
        }
        if ((statement || question instanceof WhQuestion) && CUT_BEFORE_ITS_CLAUSE.matcher(prompt).find()) {
            // "Von Urlaubern kommt ein Drittel von dem.": "von dem, was …" with its clause cut off
            problems.add("ends in a pronoun whose clause is cut off");
        }
        if ((statement || question instanceof WhQuestion) && NAMED_AFTER_SOMEONE.matcher(prompt).find()) {
            // "Wer trägt seinen Namen? – das chemische Element Einsteinium": whose name, the sentence before says
            problems.add("'seinen Namen tragen' is named after someone the question does not show");
        }
        if ((statement || question instanceof WhQuestion) && NEXT_BEST.matcher(prompt).find()) {
            // "Was ist die nächstbessere Lösung? – ein Vieleck": better than what the sentence before named
            problems.add("'nächstbesser' compares with what the question does not show");
        }
        if (question instanceof WhQuestion && LATER_THAN_WHAT.matcher(prompt).find()) {
            // "Warum gründeten die Belgier ihren eigenen Staat, fünfzehn Jahre später?": later than what was told before
            problems.add("'… Jahre später' after a comma counts from what the question does not show");
        }
        if (question instanceof WhQuestion && A_TIME_IN_A_PLACE.matcher(question.solution()).find()) {
            // "Woher stammen die ältesten Funde von Dinkel? – aus Asien, etwa aus dem Jahr 5.000 vor Christus"
            problems.add("the answer holds a time beside what is asked");
        }
        if ((statement || question instanceof WhQuestion) && COUNTED_ON.matcher(prompt).find()) {
            // "Was gibt es als dritte bei Blütenpflanzen …?": the third of the kinds the sentences before counted
            problems.add("an ordinal without its noun counts on from sentences the question does not show");
        }
        if ((statement || question instanceof WhQuestion) && A_PICTURE.matcher(prompt + " " + question.solution())
            .find()) {
            // "Was ist auf der Zeichnung grün zu sehen?": a picture the learner does not see
            problems.add("points to a picture the learner does not see");
        }
        if (question instanceof WhQuestion && question.explanation().strip().endsWith(":")
            && WHAT_THE_COLON_EXPLAINS.matcher(question.solution()).matches()) {
            // "Was hatten die Giraffen mit den langen Hälsen? – einen Vorteil": which, the words after the colon say
            problems.add("its answer is what the sentence after the colon explains");
        }
        if ((statement || question instanceof WhQuestion) && THE_TIME_WHEN.matcher(question.explanation()).find()
            && !(prompt + " " + question.solution()).contains("Zeit, ")) {
            // "Wann lebte Peter Tschaikowski? – in der Zeit": the time the clause after it says, cut off
            problems.add("'in der Zeit' without the clause that says which");
        }
        if (question instanceof WhQuestion && (COMPARED_IN_THE_ANSWER.matcher(question.solution()).find()
            || HOW_OFTEN_FIRST.matcher(question.solution()).matches())) {
            problems.add("its answer runs on into how the thing is judged or how often it comes");
        }
        if ((statement || question instanceof WhQuestion)
            && SUPERLATIVE_ALONE.matcher(prompt + " " + question.solution()).find()) {
            problems.add("a superlative without its noun is the most of what the sentence before named");
        }
        java.util.regex.Matcher most = MOST_WITH_ITS_RELATIVE_CLAUSE.matcher(question.explanation());
        if ((statement || question instanceof WhQuestion) && most.find()
            && (prompt + " " + question.solution()).contains(most.group(1))
            && !(prompt + " " + question.solution()).contains(most.group(1) + ",")) {
            // "Wer gilt als der berühmteste Schriftsteller?" of "…, der auf Spanisch geschrieben hat": most among
            // those the relative clause says
            problems.add("a superlative without the relative clause that says among whom");
        }
        if ((statement || question instanceof WhQuestion) && EACH_ALONE.matcher(prompt).find()) {
            // "Bei der Geburt ist jedes etwa 100 Gramm schwer": each of those the sentence before told of
            problems.add("'jedes' alone stands for those the sentence before told of");
        }
        if (question instanceof WhQuestion && prompt.startsWith("Worum ") && (question.solution().endsWith(" herum")
            || prompt.matches("Worum (?:liegt|liegen|lag|lagen|steht|stehen|stand|standen) .*"))) {
            // "Worum liegt der Kilimandscharo-Nationalpark? – Um das Bergmassiv": where, around it
            problems.add("'um … herum' is where, not 'worum'");
        }
        if (question instanceof WhQuestion && prompt.startsWith("Wie viel") && Words.containsWord(prompt, "immerhin")) {
            // "Wie viele Mitglieder hatte die Hitlerjugend im Jahr 1932 immerhin schon?": the writer's judgement
            problems.add("'immerhin' judges the answer the question asks for");
        }
        if (question instanceof WhQuestion && NAEMLICH.matcher(prompt).find()) {
            // "Wer ist nämlich zugleich einer der beliebtesten Promis der Welt?": the reason for what the sentence
            // before said
            problems.add("'nämlich' explains what the sentence before said");
        }
        if ((statement || question instanceof WhQuestion) && VAGUE.matcher(prompt + " " + question.solution()).find()) {
            problems.add("'bestimmt' or 'etwas Bestimmtes' says which only with what the question leaves out");
        }
        if ((statement || question instanceof WhQuestion) && question.explanation().matches(".*, (?:bevor|ehe) .*")
            && Words.containsWord(prompt, "erst") && !prompt.matches(".*\\b(?:bevor|ehe)\\b.*")) {
            // "Was wird erst gekocht? – Kartoffeln" of "…, bevor man sie isst": before what, the question left out
            problems.add("'erst' without the 'bevor' it comes before");
        }
        if (question instanceof WhQuestion && prompt.startsWith("Worüber ")
            && TIME_SPAN.matcher(question.solution()).matches()) {
            problems.add("'über' a time is how long, not 'worüber'");
        }
        if ((statement || question instanceof WhQuestion)
            && question.explanation().matches(".*\\b(?:muss|müssen|musste|mussten)\\b[^:;]*, (?:damit|um) .*")
            && prompt.matches(".*\\b(?:muss|müssen|musste|mussten)\\b.*")
            && !prompt.matches(".*\\b(?:damit|um)\\b.*") && !prompt.startsWith("Wozu ")) {
            // "Eisen muss also mit Luft in Berührung kommen, damit es rostet": a must only for what the purpose says
            problems.add("'muss' without the purpose it serves");
        }
        java.util.regex.Matcher owner = OWNER_IN_THE_FIRST_PHRASE.matcher(question.explanation());
        if ((statement || question instanceof WhQuestion) && owner.find()
            && Words.containsWord(prompt + " " + question.solution(), owner.group(1))
            // "In seinem jüngsten Haushalt … bezeichnete der … Finanzminister George Osborne …": the owner follows
            && !FULL_NAME.matcher(question.explanation()).find()) {
            // "Auf ihrem linken Arm sitzt eine Eule": whose arm, only the sentence before says
            problems.add("'" + owner.group(1) + "' has its owner in the sentence before");
        }
        if (question instanceof WhQuestion && AN_EXAMPLE_AS_THE_ANSWER.matcher(question.solution()).matches()) {
            problems.add("its answer is an example ('zum Beispiel …'), not what the question asks for");
        }
        if (question instanceof WhQuestion && ONLY_MAN.matcher(prompt).matches()) {
            problems.add("asks what anyone does, with nothing to say when or what for");
        }
        if (question instanceof WhQuestion && SOMEONE_UNNAMED.matcher(question.solution()).matches()
            && !PASSIVE.matcher(prompt).find()) {
            problems.add("its answer is someone the article does not name, who did what the question asks");
        }
        if (question instanceof WhQuestion && SUM_OR_SOME_ALONE.matcher(question.solution()).matches()) {
            problems.add("its answer is a sum or some of those the sentence before named, by no more than that");
        }
        if ((statement || question instanceof WhQuestion)
            && THE_WHOLE_OF_IT.matcher(prompt + " " + question.solution()).find()) {
            problems.add("'das Ganze' stands for what the sentences before told");
        }
        if ((statement || question instanceof WhQuestion) && ONE_SIDE_OR_BOTH.matcher(prompt).find()
            || question instanceof WhQuestion && THE_PAIR.matcher(question.solution()).lookingAt()) {
            problems.add("'einerseits', 'andererseits' or 'die beiden' stands for a side or a pair the sentence before"
                + " names");
        }
        if ((question instanceof TrueFalseQuestion tf && tf.isTrue() || question instanceof WhQuestion)
            && BOTH.matcher(prompt + " " + question.solution()).find()) {
            problems.add("'beide' stands for a pair the sentence before names");
        }
        if ((statement || question instanceof WhQuestion)
            && THE_NAMED_ONES.matcher(prompt + " " + question.solution()).find()) {
            problems.add("'die genannten …' are the ones the sentences before named");
        }
        if ((statement || question instanceof WhQuestion)
            && THE_OTHER_ONE.matcher(prompt + " " + question.solution()).find()) {
            problems.add("'die andere …' is the other one of what the sentence before named");
        }
        if ((statement || question instanceof WhQuestion) && LEFTOVER_CONNECTIVE.matcher(prompt).find()
            || question instanceof WhQuestion && Words.containsWord(prompt, "dann")
                && !Words.containsWord(prompt, "wenn") && !Words.containsWord(prompt, "falls")) {
            // "Mit seiner Armee erlitt Napoleon in Russland allerdings eine Niederlage.", "Was ist das Lesen dann
            // zugleich?": against, or after, what the sentence before told
            problems.add("keeps 'allerdings', 'jedoch', 'noch weitere' or 'dann', which tie it to the sentence before");
        }
        if ((statement || question instanceof WhQuestion) && LEFTOVER_ABER.matcher(prompt.split(",")[0]).find()) {
            // "Mit wem war der Kaiser aber nicht immer zufrieden?", "Das Wort App kam aber erst im Jahr 2005 in die
            // deutsche Sprache.": "aber" of the sentence, against the one before
            problems.add("keeps an 'aber' that sets the sentence against the one before");
        }
        if (question instanceof WhQuestion && FLOATING_QUANTIFIER.matcher(prompt).find()) {
            // "Wer war alle liberal?": "alle" of the plural the singular "wer" stands for
            problems.add("keeps a floating 'alle' or 'beide' of the plural the singular 'wer' or 'was' asks for");
        }
        if ((statement || question instanceof WhQuestion) && FREE_RELATIVE_INSIDE.matcher(
            prompt.replaceFirst("^(?:\\p{L}+ )?(?i:wer|wen|wem|wessen) ", "")).find()) {
            problems.add("holds a clause 'wer …' without the commas that set it off");
        }
        if ((statement || question instanceof WhQuestion) && LOOKS_NO_WAY.matcher(prompt).find()
            && !prompt.startsWith("Wie ")) {
            problems.add("says something looks without saying how");
        }
        if (question instanceof WhQuestion && question.answers().stream()
            .anyMatch(answer -> answer.matches("(?:Oder|Und|Aber|Sondern) .*"))) {
            // "Was wird vom Seil über Schienen gezogen? – Oder die Fahrzeuge": the conjunction of the sentence
            problems.add("has an answer that opens with the conjunction of its sentence");
        }
        if ((statement || question instanceof WhQuestion) && SOME_OF_THEM.matcher(prompt).find()) {
            // "Was findet man in manchen im deutschen Stil?": some of the places the sentence before named
            problems.add("'in manchen' stands for what the sentence before named");
        }
        if (statement && NAMED_NOTHING.matcher(prompt).find()) {
            // "Der Ort Delemont heißt auf Französisch.": the name read into the subject, nothing left to be called
            problems.add("says what something is called without the name");
        }
        if (statement && NEGATED_APPROXIMATION.matcher(prompt).find()) {
            // "Die Altstadt blieb nicht nahezu verschont": "nicht" before "nahezu" denies nothing a reader can tell
            problems.add("negates an approximation ('nicht nahezu')");
        }
        if ((statement || question instanceof WhQuestion) && TORN_FROM_ITS_PHRASE.matcher(prompt).find()) {
            // "Aus wie ein trichterförmiger Schlauch sieht der Luftwirbel.", "In der Mitte Polens liegt Lodz
            // ziemlich.", "Vom Stil wirken … her orientalisch.": a word moved away from the phrase it belongs to
            problems.add("moves a phrase without a word of it ('aussehen wie', 'ziemlich in', 'vom Stil her')");
        }
        if ((statement || question instanceof WhQuestion) && AND_SO_ON.matcher(prompt).find()) {
            problems.add("keeps 'und so weiter', a list left open");
        }
        if (statement && RATE_TORN.matcher(prompt).find() || question instanceof WhQuestion
            && RATE_ANSWER.matcher(question.solution()).matches() && Words.containsWord(prompt, "einmal")) {
            problems.add("tears 'einmal' from the month or year it counts in");
        }
        if ((statement || question instanceof WhQuestion) && OTHERS_AS_SUBJECT.matcher(prompt).find()) {
            // "Was mögen andere Frauen eher?", "Andere Stoffe verlassen …": others than those the sentence before named
            problems.add("'andere' as its subject are others than those the sentence before named");
        }
        if ((statement || question instanceof WhQuestion) && YET_OTHERS.matcher(prompt).find()) {
            problems.add("'wieder andere' are others than those the sentence before named");
        }
        if (statement && OTHERS_FIRST.matcher(prompt).find()) {
            // "Beide Gruppen lösten sich im Jahr 1935 auf.", "Weitere Bauwerke …": the ones the sentence before named
            problems.add("opens with 'Beide' or 'Weitere', which the sentence before says which");
        }
        if (question instanceof WhQuestion && (prompt.contains(", also ") || FORWARD_SO.matcher(prompt).find()
            && question.explanation().contains(" so:") || ELLIPTICAL_ADJECTIVE.matcher(prompt).find())) {
            // "Was ist die Milchstraße, also eine Ansammlung …?": the question says the answer again; "Was funktioniert
            // ungefähr so?": how, only what follows the colon says; "Was muss neue einbauen?": new ones of what
            problems.add("keeps what gives the answer away, points to what follows, or an adjective without its noun");
        }
        if ((statement || question instanceof WhQuestion) && (THOSE_WITHOUT_WHICH.matcher(prompt).find()
            || THOSE_WITHOUT_WHICH.matcher(question.solution()).find())) {
            // "Wann erschien ein Film mit Gesprächen derjenigen Mitglieder?": "derjenigen" of a relative clause
            // left out
            problems.add("keeps 'derjenige' without the relative clause that says which");
        }
        if ((statement || question instanceof WhQuestion) && Words.containsWord(prompt, "entweder")
            && !Words.containsWord(prompt + " " + question.solution(), "oder")) {
            // "Was wurde entweder gar nicht erst in Büchern aufgeschrieben?": the "oder" half left out
            problems.add("keeps 'entweder' without its 'oder'");
        }
        if (statement && prompt.startsWith("Einander ")) {
            // "Einander einmal im Jahr … treffen sich die Regierungen.": "einander" goes with "sich", never first
            problems.add("opens with 'einander', which stays beside the verb's 'sich'");
        }
        if (question instanceof WhQuestion && prompt.matches("(?:Wozu|Zu wem) .*")
            && question.solution().matches("(?i)zu (?:viel|wenig)\\p{L}* .*")) {
            // "Wozu nehmen viele Menschen ungewollt zu sich? – zu wenige Vitamine": "zu" of how many, no preposition
            problems.add("asks 'wozu' of 'zu viele' or 'zu wenige', whose 'zu' says how many");
        }
        if (question instanceof WhQuestion && prompt.startsWith("Wozu gehör")
            && GROUP_ALONE.matcher(question.solution()).matches()) {
            // "Wozu gehören neben DDT … Lindan? – Zu den Stoffen": the group the sentence before said which
            problems.add("its answer is a group by its kind alone, the one the sentence before named");
        }
        if ((statement || question instanceof WhQuestion) && FOR_THAT_REASON.matcher(prompt).find()) {
            // "Im UN-Hauptquartier werden Möglichkeiten aus dem Grunde geprüft, …" for "Aus diesem Grunde …"
            problems.add("'aus diesem Grund' is the reason the sentence before gave");
        }
        if ((statement || question instanceof WhQuestion) && !question.explanation().isBlank()
            && Character.isLowerCase(question.explanation().strip().codePointAt(0))) {
            // "unter Einbeziehung der Umlandgemeinden, liegt die Leistungsdichte …": the rest of a sentence cut in two
            problems.add("is made from a sentence that opens in small letters, the rest of one cut in two");
        }
        if ((statement || question instanceof WhQuestion) && IN_THAT_EVENT.matcher(question.explanation()).find()
            && !Words.containsWord(prompt, "dabei") && Words.count(prompt) <= SHORT_WITHOUT_ITS_EVENT) {
            // "Wer war gestorben? – ein Mensch" for "Dabei war ein Mensch gestorben": which event, only "dabei" said
            problems.add("leaves out the 'dabei' that alone says which event it asks about");
        }
        if (question instanceof WhQuestion && ADJECTIVE_LAST.matcher(question.solution()).matches()) {
            // "Was soll Teilchendetektoren der Sonde Teilchen auffangen? – die vom Mond ausgehenden Wasser- und sonstigen"
            problems.add("its answer ends on an adjective whose noun the question kept");
        }
        if (question instanceof WhQuestion && TIME_ANSWER.matcher(prompt).lookingAt()
            && PURPOSE_IN_A_TIME.matcher(question.solution()).find()) {
            // "Bis wann wurde das Tanklager … betrieben? – bis vor einigen Jahren für die Vorratshaltung"
            problems.add("its answer to when holds what for");
        }
        if (question instanceof WhQuestion && question.solution().endsWith(" bei weitem")) {
            // "Was übertreffen die Daten? – die anfängliche Erwartung bei weitem": how far, read into the object
            problems.add("its answer holds how far the verb goes");
        }
        if (question instanceof WhQuestion && YEAR_OF_THE_ANSWER_LEFT_BEHIND.matcher(prompt).find()) {
            // "Wann hatte … dieses Jahres eine … Freiheitsstrafe erhalten? – im Mai"
            problems.add("asks when and keeps the year of the time it asks for");
        }
        if (question instanceof WhQuestion && PASSIVE_IN_THE_ANSWER.matcher(question.solution()).find()) {
            // "Was war für die geschockten Zuschauer? – eine psychologische Betreuung … eingerichtet worden"
            problems.add("its answer holds the verbs of the clause");
        }
        if (SLIP_OF_SEI.matcher(prompt).find()) {
            // "dass die Zeit … bis zum G-20-Gipfel befristet seit.": the article's slip, which a learner would copy
            problems.add("copies the article's slip 'seit' for 'sei'");
        }
        if (question instanceof WhQuestion && prompt.matches(".*, (?:etwa|zum Beispiel|beispielsweise|darunter) (?!\\d).*")) {
            // "Was wird bereits als Phablet bezeichnet, etwa Samsungs Galaxy Note 4 …?": examples of the answer
            problems.add("keeps examples of what it asks for");
        }
        if ((statement || question instanceof WhQuestion) && EXAMPLE_OF_WHAT_CAME_BEFORE.matcher(prompt).find()) {
            problems.add("'zum Beispiel' makes it an example of what the sentence before said");
        }
        if ((statement || question instanceof WhQuestion) && (Words.THE_OTHER_OF_TWO.matcher(prompt).find()
            // "Wann hatte Pjöngjang … und einen Monat später …? – im Jänner": the answer gives the date
            || laterThanWhatItDoesNotSay(prompt) && !A_DATE.matcher(question.solution()).find())) {
            problems.add("points to a time or a reason the sentence before gives ('einen Monat später', 'zum anderen')");
        }
        if ((statement || question instanceof WhQuestion) && (CUT_AT_AN_ABBREVIATION.matcher(prompt).find()
            || A_LISTING.matcher(prompt + " " + question.explanation()).find() || NUMBERED_ITEM.matcher(prompt + " " + question.solution()).find())) {
            problems.add("is a sentence the reading cut at an abbreviation, or a programme listing");
        }
        if ((statement || question instanceof WhQuestion) && Words.containsWord(prompt, "nur")
            && prompt.matches("(?i).*\\bnicht nur\\b.*") && !Words.containsWord(prompt, "sondern")) {
            // "Was liegt nicht nur in der Zehn-Prozent-Hürde?": the first of two, without the "sondern auch" of the other
            problems.add("keeps 'nicht nur' without the 'sondern auch' that gives the rest");
        }
        if (statement && Words.containsWord(prompt, "zwar") && CONCEDING.stream().noneMatch(w -> Words.containsWord(prompt, w))) {
            // "Lugner konnte … zwar ebenfalls Boden wettmachen.": the first half of a concession whose "aber" the next
            // sentence gives
            problems.add("keeps 'zwar' without the 'aber' that follows it");
        }
        if ((statement || question instanceof WhQuestion) && Words.containsWord(prompt, "anders")
            && !Words.containsWord(prompt, "als")) {
            // "In Österreich sieht die Situation anders aus.": other than what the sentence before told
            problems.add("says 'anders' without saying than what");
        }
        if ((statement || question instanceof WhQuestion) && REPEATED_ADVERB.matcher(prompt).find()) {
            // "Insgesamt stellte die Polizei … insgesamt 13.846 rechte Straftaten fest": the article's slip, copied
            problems.add("says the same adverb twice");
        }
        if (SAID_AFTER_A_LABEL.matcher(prompt).find()) {
            // "Wer sagte, allerdings: Der Westbahnhof ist kein Flughafen …?": the speaker's connective and colon kept
            problems.add("keeps a connective and its colon at the start of what was said");
        }
        if (statement && ES_GIBT_TAKEN_APART.matcher(prompt).find()) {
            problems.add("takes 'es gibt' apart ('gab Einblick … es')");
        }
        if ((statement || question instanceof WhQuestion) && SENIOR.matcher(prompt).find()) {
            problems.add("cuts or moves the 'sen.' or 'jun.' of a name, whose point the sentence split at");
        }
        if ((statement || question instanceof WhQuestion) && (THE_REST.matcher(prompt).find() || moreOfThose(prompt))) {
            problems.add("counts on from a number the sentence before gives ('die anderen 2.400')");
        }
        if ((statement || question instanceof WhQuestion) && FOR_EXAMPLE.matcher(prompt).find()) {
            problems.add("keeps 'etwa' that says the sentence is an example of one it leaves out");
        }
        if ((statement || question instanceof WhQuestion) && AS_MUCH_AS_BEFORE.matcher(prompt).find()) {
            problems.add("'so lange', 'so viel' or 'genauso' is as long, as much or the same as the sentence before told");
        }
        if ((statement || question instanceof WhQuestion) && (HEADING_RUN_IN.matcher(prompt).find()
            || ONE_BY_ONE_TAKEN_APART.matcher(prompt).find() || CUT_BEFORE_THE_QUESTION_MARK.matcher(prompt).find())) {
            problems.add("a subheading runs into it, 'Stück für Stück' is taken apart, or the sentence was cut short");
        }
        if (question instanceof WhQuestion wh && FOR_INSTANCE.matcher(wh.explanation()).find()
            && ETWA.matcher(prompt).find()) {
            problems.add("'In Nigeria etwa' gives an example, which 'etwa' elsewhere makes a guess");
        }
        if ((statement || question instanceof WhQuestion) && VOICE_PARTICLE.matcher(prompt).find()) {
            problems.add("'ja leider' speaks in someone's voice, whose the question does not say");
        }
        if (question instanceof WhQuestion wh && CONDITION_BEFORE.matcher(wh.explanation()).lookingAt()
            || question instanceof TrueFalseQuestion tf && CONDITION_BEFORE.matcher(tf.explanation()).lookingAt()) {
            problems.add("'Dann könnte …' holds under a condition only the sentence before says");
        }
        if ((statement || question instanceof WhQuestion) && infinitiveOfItsNounLeftOut(question)) {
            // "Die Aborigines holten sich in langen Kämpfen das Recht." of "… das Recht, so zu leben wie die Weißen":
            // the right, without what it is a right to
            problems.add("keeps a noun ('das Recht') and leaves out the infinitive with 'zu' that says what it is");
        }
        if (question instanceof WhQuestion && NOUNS_TAKING_ZU.contains(lastWord(question.solution()))
            && ZU_INFINITIVE_AFTER_A_COMMA.matcher(prompt).find()) {
            problems.add("the infinitive with 'zu' left in the question belongs to the answer's noun ('die Möglichkeit, "
                + "… zu wechseln')");
        }
        if ((statement || question instanceof WhQuestion)
            && (OTHERS_THAN_BEFORE.matcher(prompt + " " + question.solution()).find()
                || OPENS_WITH_OTHERS.matcher(question.explanation().strip()).find())) {
            problems.add("'die anderen Kinder' are others than those the sentence before named");
        }
        if (question instanceof WhQuestion wh && compoundCut(wh)) {
            problems.add("a word stands alone that the sentence has only as the first part of a compound "
                + "('ORF-Generalintendanz')");
        }
        if ((statement || question instanceof WhQuestion) && possessiveOfTheSentenceBefore(question)) {
            problems.add("'seine Regierung' opened the sentence: whose, only the sentence before says");
        }
        if (question instanceof WhQuestion && EXAMPLES_LEFT_BEHIND.matcher(prompt).find()) {
            problems.add("examples are left at the end without what they are examples of");
        }
        if (question instanceof WhQuestion && SOURCE_SET_OFF.matcher(prompt).find()) {
            problems.add("leaves a source set off by commas dangling ('…, laut einem Sprecher?')");
        }
        if ((statement || question instanceof WhQuestion) && (A_SIMILAR_ONE.matcher(prompt + " " + question.solution()).find()
            || THE_COUNTRY.matcher(prompt).find() || ALL_OF_THOSE.matcher(prompt).find())) {
            problems.add("'eine ähnliche', 'das Land' or 'fast alle' points to what the sentence before named");
        }
        if ((statement || question instanceof WhQuestion) && LIKE_BEFORE.matcher(prompt).find()) {
            problems.add("'ähnlich' or 'ebenso' is like something the sentence before told");
        }
        if (question instanceof WhQuestion && (TOO.matcher(prompt).find() || LEFT_WITHOUT_ITS_REST.matcher(prompt).find()
            || A_SECOND_SENTENCE.matcher(prompt).find())) {
            problems.add("'ebenfalls' asks who else, a particle or participle lacks its phrase, or a second sentence runs in");
        }
        if ((statement || question instanceof WhQuestion) && (RUN_ON_SENTENCE.matcher(prompt).find()
            || MENTIONED_ABOVE.matcher(prompt + " " + question.solution()).find()
            || THE_TOPIC.matcher(prompt + " " + question.solution()).find())) {
            problems.add("a second sentence runs on into it, or 'oben genannt' or 'das Thema' points to the text before");
        }
        if (statement && SUBORDINATE_ALONE.matcher(prompt).find() || ANSWERING_YES_OR_NO.matcher(prompt).find()) {
            problems.add("a subordinate clause standing alone, or an interview's answer without its question");
        }
        if (question instanceof WhQuestion && NAME_LEFT_BEHIND.matcher(prompt).find()) {
            problems.add("leaves 'namens …' behind the noun it names");
        }
        if ((statement || question instanceof WhQuestion) && IN_THAT_WAY.matcher(prompt).find()) {
            problems.add("'nur so' means the way the sentence before told");
        }
        if ((statement || question instanceof WhQuestion) && IN_OTHERS.matcher(prompt + " " + question.solution()).find()) {
            problems.add("'in anderen …' means others than the sentence before named");
        }
        if (SAID_GOING_ON.matcher(prompt).find()) {
            problems.add("asks who said the rest of a sentence said before");
        }
        if (question instanceof WhQuestion && (JA_IN_A_QUESTION.matcher(prompt).find()
            || BEING_WITH_NOTHING_LEFT.matcher(prompt).find())) {
            problems.add("keeps a speaker's 'ja', or asks 'womit' of 'sein' with nothing else said");
        }
        if (question instanceof WhQuestion
            && (SECOND_SHARE.matcher(prompt).find() || GAPPED_SHARE.matcher(prompt).find())) {
            problems.add("asks about one share and leaves a second one's change in the question");
        }
        if (APPOSITION_BEHIND_THE_VERB.matcher(prompt).find()
            || SPACED_QUOTES.matcher(prompt + " | " + question.solution()).find()) {
            problems.add("leaves an apposition behind the verb, or has quotation marks with spaces inside");
        }
        if (question.explanation().strip().matches("(?s).*(?:\\.\\.\\.|…)$")) {
            problems.add("comes from a sentence the article broke off");
        }
        if (question instanceof WhQuestion && CHANGE_IN_BRACKETS.matcher(question.solution()).find()) {
            problems.add("answers with a share's change in brackets");
        }
        if (OWNER_BEFORE.matcher(prompt).find()) {
            problems.add("opens with 'sein' or 'ihr' for someone the sentence before names");
        }
        if (!statement && SAID_WITHOUT_WHAT.matcher(prompt).find()) {
            problems.add("asks who said something and leaves out what");
        }
        if ((statement || question instanceof WhQuestion) && SO_BEFORE_THE_VERB.matcher(question.explanation()).find()
            && Words.containsWord(prompt, "so")) {
            problems.add("keeps the 'so' that makes its sentence an example of the one before");
        }
        if (statement && TrueFalseQuestion.FALSE.equals(question.answers().get(0))
            && numberTwiceWhereOnce(prompt, question.explanation())) {
            // "Seegurken können 10 Jahre, manchmal sogar bis zu 10 Jahre alt werden.": the other number of its sentence
            problems.add("swaps in the number its sentence already has");
        }
        if ((statement || question instanceof WhQuestion) && DAS_BEFORE_A_PREPOSITION.matcher(prompt).find()) {
            problems.add("'das' before a preposition stands for what the sentences before told");
        }
        if (ONE_OF_THOSE.matcher(prompt).find()) {
            // "Dass der Wolf böse ist …, sagt eines davon.": one of what the sentence before named
            problems.add("'eines davon' is one of what the sentence before named");
        }
        if (prompt.matches(".*\\beine Zeit\\b.*\\blang\\?") && !prompt.contains("eine Zeit lang")) {
            // "Wo lebte eine Zeit auch der Dichter Friedrich Schiller lang?": "eine Zeit lang" torn apart
            problems.add("tears 'eine Zeit lang' apart");
        }
        if (statement && SUCH_A.matcher(prompt).find()) {
            // "Die wichtigsten Regeln für ein Land stehen in so einem Text.": such as the sentence before told of
            problems.add("'so ein' refers to something the statement does not show");
        }
        if (DONE_SO.matcher(prompt).find()) {
            problems.add("'so' before the verb says how by the sentence before");
        }
        if (NEAR_WHAT.matcher(prompt).find()) {
            problems.add("'in der Nähe' is near what the sentence before named");
        }
        String kept = statement ? prompt : prompt + " " + question.solution();
        if (SO_GRADED.matcher(kept).find()) {
            // "Was erzählt eine Geschichte? – Ein so langes Gedicht": as long as the sentence before told
            problems.add("'ein so …' grades by what the sentence before told");
        }
        if (STAYED_THAT.matcher(prompt).find()) {
            problems.add("'blieb das' stays what the sentence before told");
        }
        if (ONE_OF_A_LIST.matcher(prompt).find()) {
            problems.add("'der zweite Punkt' is one of a list the sentences before gave");
        }
        if (statement) {
            java.util.regex.Matcher alone = THE_NOUN_ALONE.matcher(prompt);
            if (alone.matches() && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(alone.group(1))
                + ", (?:\\p{Ll}+ )?(?:der|die|das|dem|den|denen|deren|dessen) ").matcher(question.explanation()).find()) {
                // "Die Ruhr ist der Fluss." of "die Ruhr, der Fluss, nach dem das Ruhrgebiet benannt ist"
                problems.add("says it is 'the' noun without the relative clause that says which");
            }
            if (definedByItsRelativeClause(prompt, "", question.explanation())) {
                // "Von den Völkern der Dravidas und Harappa stammen die Religionen vermutlich." without "die man
                // hinduistisch nennt"
                problems.add("keeps a noun whose relative clause says which, without it");
            }
            return problems;
        }
        String answer = question.solution();
        if (answer.startsWith("-")) {
            // "-in-Hybrid" of "Plug-in-Hybrid": the end of a word the tokens cut
            problems.add("its answer '" + answer + "' is part of a word");
        }
        if (Words.PRONOUNS.contains(Words.lower(answer))) {
            problems.add("its answer '" + answer + "' is a pronoun");
        }
        if (answer.matches(".+ [\\d.]+ Mal")) {
            // "Was erscheint im Koran? – der Ausdruck „Allah“ 2.699 Mal": how often, read into the answer
            problems.add("its answer '" + answer + "' ends in how often");
        }
        if (answer.matches("(?i)nicht \\p{L}.*")) {
            // "Was ist politisch verdächtig? – Nicht jeder Bart": an answer that denies, which no W-word asks for
            problems.add("its answer '" + answer + "' says what is not so");
        }
        if (prompt.matches("Wie viele? .* (?:viel|viele|wenig|wenige|zu viel|zu viele)\\?")) {
            // "Wie viele Antworten sind aber selbst für bekannte Persönlichkeiten viel?": a count judged, not told
            problems.add("asks how many of a count the sentence judges");
        }
        if (prompt.startsWith("Wie viele ") && (STRANDED_MEASURE.matcher(prompt).find()
            || STRANDED_MEASURE_BEFORE_A_NOUN.matcher(prompt).find())) {
            problems.add("leaves the measure of its count behind");
        }
        for (String accepted : question.answers()) {
            if (accepted.matches(".*\\p{L}-,?")) {
                // "Bauern-," of "die Bauern-, Gewerbe- und Bürgerpartei": the first half of a compound cut short
                problems.add("accepts '" + accepted + "', a word cut short");
            }
            if (Words.containsWord(prompt, accepted)) {
                problems.add("the question gives its answer '" + accepted + "' away");
            }
        }
        if (question instanceof WhQuestion && WORD_CUT_AT_ITS_HYPHEN.matcher(prompt).find()) {
            // "die General insgesamt -Motors-Tochter": a compound the question took apart
            problems.add("a word is cut at its hyphen");
        }
        if (question instanceof WhQuestion) {
            String resolvable = CORRELATE.matcher(GENERIC.matcher(THIS_TIME.matcher(prompt).replaceAll(""))
                .replaceAll("")).replaceAll("");
            for (String word : resolvable.split("[^\\p{L}]+")) {
                if (Words.PRONOUNS.contains(Words.lower(word))) {
                    problems.add("unresolved pronoun '" + word + "'");
                }
                if (Words.BACK_REFERENCES.contains(Words.lower(word))) {
                    problems.add("'" + word + "' refers to a sentence the question does not show");
                }
            }
            if (IN_A_TEXT_BEFORE.matcher(prompt).find()) {
                problems.add("'darin' refers to a text the question does not show");
            }
            if (PICTURE.matcher(prompt).find() || question.answers().stream().anyMatch(a -> PICTURE.matcher(a).find())) {
                problems.add("a picture the quiz does not show");
            }
            if (SUCH_A.matcher(prompt).find()) {
                problems.add("'so ein' refers to something the question does not show");
            }
            if (OWNED_BY_THE_ANSWER.matcher(prompt).find()) {
                problems.add("'ihr' or 'sein' can only be the answer's");
            }
            if (prompt.matches("(?:Was|Wer) (?:ist|sind|war|waren) \\p{Ll}+\\?") && ALSO_SO.matcher(question.explanation()).find()) {
                // "Was ist oberösterreichisch? – Ein Stück des Böhmerwaldes", which is so as well as what came before
                problems.add("'ebenfalls' of its sentence makes it one more of many");
            }
            if (prompt.startsWith("Was ") && A_MEASURE.matcher(answer).find()) {
                problems.add("its answer '" + answer + "' is a measure, no thing");
            }
            if (PLURAL_VERB_BEFORE_ONE.matcher(prompt).find()) {
                problems.add("asks a plural subject with a singular left in the question");
            }
            if (FOUND_OUT_NOTHING.matcher(prompt).matches()) {
                problems.add("asks who found out or said, without what");
            }
            if (ONE_OF_THE_MOST_OF_WHAT.matcher(prompt).matches()) {
                problems.add("'eine der größten' leaves out of what, which the answer's noun said");
            }
            if (SURENESS_LAST.matcher(prompt).find()) {
                problems.add("a word for how sure it is stands last");
            }
            if (!prompt.matches("(?:Warum|Wieso|Weshalb) .*") && SO_MUCH_AT_THE_END.matcher(prompt).find()) {
                problems.add("'so' grades by what the question does not show");
            }
            if (DAS_BEFORE_AN_ARTICLE.matcher(prompt).find()) {
                // "Wofür kommt das einer Provokation gleich?": "das" before an article stands for what was said before
                problems.add("'das' stands for something the question does not show");
            }
            if (prompt.matches(".*, (?:ebenso|ebenfalls|genauso) .*\\?")) {
                // "Wo traten besondere Probleme auf, ebenso bei der Beladung der Flugzeuge?": a second answer in the question
                problems.add("an afterthought with 'ebenso' gives the question a second answer");
            }
            if (WHOSE_VIEW.matcher(prompt).find()) {
                problems.add("'nach ihrer Auffassung' and the like say whose view only with the sentence before");
            }
            if (prompt.startsWith("Wer ") && HER_OR_THEIR.matcher(prompt).find()) {
                problems.add("'ihr' in a question for the subject points to the answer or to someone not named");
            }
            String source = question.explanation();
            if (prompt.contains(", wie ") && PHRASE_WITH_A_PREPOSITION.matcher(answer).lookingAt()
                && java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(answer)
                + "(?: \\p{Ll}+)?, wie ").matcher(source).find()) {
                // "Womit kennen sich Betriebswirte aus, wie einem Unternehmen …? – mit einem Betrieb", the verb's
                // particle between the answer and its examples
                problems.add("the examples of its answer stay in the question");
            }
            if (ALSO_NAMED_AFTER.matcher(source).find() && !prompt.contains("ebenfalls")
                && Words.lower(source).startsWith(Words.lower(answer) + " ")) {
                // "Was ist wichtig? – Die Landwirtschaft" of "Die Landwirtschaft ist wichtig, ebenfalls die Fischerei."
                problems.add("its sentence names a second answer after 'ebenfalls'");
            }
            if (prompt.startsWith("Wer ") && FIRST_IN_A_SEQUENCE.matcher(source).lookingAt()
                && java.util.regex.Pattern.compile("\\b(?:zuerst|zunächst)\\b").matcher(prompt).find()) {
                // "Wer schrieb zuerst ein Buch …?" of "Zuerst schrieb er ein Buch …": first of what he did, not the first
                // to do it
                problems.add("'zuerst' reads as the first to do it, where the sentence told what came first");
            }
            if (definedByItsRelativeClause(prompt, answer, source)) {
                // "Was ist häufig nur für Menschen gebaut?" of "… nur für Menschen gebaut, die gut sehen können"
                problems.add("keeps or answers with a noun whose relative clause says which, without it");
            }
            if (ACCUSED.matcher(prompt).find() && GENITIVE_LAST.matcher(answer).find()) {
                // "Wer ist auch beschuldigt worden? – Männer der Zauberei": what they were accused of, in the answer
                problems.add("its answer holds the genitive object of its verb");
            }
            if (prompt.startsWith("Woran ") && answer.matches("(?i)am (?:Anfang|Ende|Beginn|Morgen|Abend|\\d+\\.).*")) {
                // "Woran starb Friedrich Ebert? – am Anfang des Jahres 1925": a time, which no "woran" asks
                problems.add("asks 'woran' for a time");
            }
            if (answer.matches("(?i)zum (?:Glück|Beispiel|Teil|Schluss)\\b.*")) {
                // "Wohin waren die Kunstwerke … gebracht worden? – zum Glück vor dem Krieg": an idiom, no place
                problems.add("its answer opens with an idiom that is no phrase of place or aim");
            }
            if (answer.matches("(?i)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer) .* wegen .*")) {
                // "Was förderten viele Menschen? – das Kloster wegen Hildegard": why, read into the answer
                problems.add("its answer holds the reason 'wegen …'");
            }
            if (prompt.startsWith("Wo ") && prompt.endsWith(" nahe?")) {
                // "Wo liegt Wladiwostok nahe? – an China, Japan und Korea": "nahe an" asks "Woran"
                problems.add("asks 'Wo' for what something lies near");
            }
            if (WHAT_IT_WAS_ABOUT.matcher(prompt).matches()) {
                problems.add("'es' in 'Worum ging es' is what the sentences before told of");
            }
            if (askedAgainAfterAComma(prompt)) {
                problems.add("an afterthought with the asked preposition gives the question a second answer");
            }
            if (WITHOUT_ITS_OWNER.matcher(prompt).matches()) {
                problems.add("asks for a capital, a currency or a style without saying whose");
            }
            if (STILL_READ_AS_ELSE.matcher(prompt).matches()) {
                problems.add("'noch' at its end reads as 'what else'");
            }
            if (POINTING_DA.matcher(prompt).find() || POINTING_WORDS_IN_A_QUESTION.matcher(prompt).find()) {
                problems.add("'da', 'zuvor' or 'die beiden' refers to a sentence the question does not show");
            }
            if (POINTING_ANSWER.matcher(answer).find() && !THIS_TIME.matcher(answer).find()
                || SOMEONE_ELSES_ANSWER.matcher(answer).find()) {
                problems.add("its answer '" + answer + "' points to a sentence the question does not show");
            }
        }
        return problems;
    }
}
