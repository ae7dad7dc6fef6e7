package org.textquiz.core.quiz;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.textquiz.core.question.Gapped;
import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;

/**
 * Judges typed answers fairly: white space, Unicode composition and the style of quotation marks
 * never matter; letter case, umlauts written as ae/oe/ue/ss, and one slip of the keyboard in a
 * long word make an answer almost right. Leaving the dots off an umlaut changes the word
 * ("Droge" is not "dröge") and is wrong.
 */
public final class AnswerChecker {

    static final int TYPO_TOLERANT_LENGTH = 6;

    /**
     * The verdict on an answer to any kind of question; empty when a choice or true-or-false input names no
     * option, so the learner can be asked again.
     */
    public Optional<Verdict> judge(String given, Question question) {
        if (question instanceof MultipleChoice choice) {
            return checkChoice(given, choice);
        }
        if (question instanceof TrueFalseQuestion statement) {
            return checkTrueFalse(given, statement);
        }
        return Optional.of(check(given, question.answers(), opensSentence(question)));
    }

    public Verdict check(String given, List<String> accepted) {
        return check(given, accepted, false);
    }

    /**
     * With {@code sentenceStart}, the gap opens its sentence, where a word is capitalised for its place alone:
     * "Die" and "die" are then both right.
     */
    public Verdict check(String given, List<String> accepted, boolean sentenceStart) {
        Verdict best = null;
        for (String answer : accepted) {
            Verdict verdict = checkOne(given, answer);
            if (sentenceStart && verdict.kind() != Verdict.Kind.CORRECT && sameButFirstLetterCase(given, answer)) {
                verdict = Verdict.correct();
            }
            if (best == null || verdict.kind().ordinal() < best.kind().ordinal()) {
                best = verdict;
            }
        }
        return best == null ? Verdict.wrong("") : best;
    }

    /**
     * A multiple-choice answer is the option's number or its text, or any accepted answer (a surname, a teacher's
     * added spelling) typed out; empty when the input names no option, so the learner can be asked again.
     */
    public Optional<Verdict> checkChoice(String given, MultipleChoice question) {
        String input = normalize(given);
        List<String> choices = question.choices();
        int picked = -1;
        if (input.matches("\\d{1,3}")) {
            picked = Integer.parseInt(input) - 1;
        } else {
            for (int i = 0; i < choices.size(); i++) {
                if (sameIgnoringCase(input, choices.get(i))) {
                    picked = i;
                }
            }
        }
        if (picked < 0 && !input.matches("\\d{1,3}")) {
            Verdict typed = check(given, question.answers());
            if (typed.kind() != Verdict.Kind.WRONG) {
                return Optional.of(typed);
            }
        }
        if (picked < 0 || picked >= choices.size()) {
            return Optional.empty();
        }
        return Optional.of(picked == question.answerNumber() - 1 ? Verdict.correct() : Verdict.wrong(""));
    }

    /**
     * A true-or-false answer in German or English (r, richtig, w, wahr, t, true / f, falsch, false); empty when
     * the input is neither, so the learner can be asked again.
     */
    public Optional<Verdict> checkTrueFalse(String given, TrueFalseQuestion question) {
        String input = lower(normalize(given));
        Boolean said = switch (input) {
            case "r", "richtig", "w", "wahr", "t", "true", "j", "ja" -> Boolean.TRUE;
            case "f", "falsch", "false", "n", "nein" -> Boolean.FALSE;
            default -> null;
        };
        if (said == null) {
            return Optional.empty();
        }
        return Optional.of(said == question.isTrue() ? Verdict.correct() : Verdict.wrong(""));
    }

    private static Verdict checkOne(String given, String answer) {
        String g = normalize(given);
        String a = normalize(answer);
        if (g.equals(a)) {
            return Verdict.correct();
        }
        if (g.isEmpty()) {
            return Verdict.wrong("");
        }
        if (a.indexOf(WILDCARD) >= 0 && a.chars().anyMatch(Character::isLetterOrDigit) && matchesWildcards(g, a)) {
            return Verdict.correct();
        }
        String gl = lower(g);
        String al = lower(a);
        if (gl.equals(al)) {
            return Verdict.almost("mind the capital letters");
        }
        if (transliterate(gl).equals(transliterate(al)) && !gl.equals(al)) {
            return Verdict.almost("write ä, ö, ü and ß as such");
        }
        if (a.codePointCount(0, a.length()) >= TYPO_TOLERANT_LENGTH && Edits.isOneEdit(gl, al)) {
            if (Edits.dropsUmlautDots(gl, al)) {
                return Verdict.wrong("mind the umlaut: the dots change the word");
            }
            return Verdict.almost("one letter is off");
        }
        return Verdict.wrong("");
    }

    /**
     * Moodle's short-answer wildcard: "*" in an accepted answer stands for any text, so "*Flugverbindungen*eingestellt*"
     * takes any answer that says those words in that order, whatever the case.
     */
    private static boolean matchesWildcards(String given, String pattern) {
        String regex = java.util.Arrays.stream(pattern.split("\\*", -1)).map(java.util.regex.Pattern::quote)
            .collect(java.util.stream.Collectors.joining(".*"));
        return java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE
            | java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.DOTALL).matcher(given).matches();
    }

    private static final char WILDCARD = '*';

    /** Whether the gap of a question stands where its sentence begins, before any letter or digit of the prompt. */
    static boolean opensSentence(Question question) {
        if (!(question instanceof Gapped)) {
            return false;
        }
        String prompt = question.prompt();
        int gap = prompt.indexOf(Question.GAP);
        return gap >= 0 && prompt.substring(0, gap).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean sameButFirstLetterCase(String given, String answer) {
        String g = normalize(given);
        String a = normalize(answer);
        return !g.isEmpty() && g.length() == a.length() && g.substring(1).equals(a.substring(1))
            && lower(g.substring(0, 1)).equals(lower(a.substring(0, 1)));
    }

    /** NFC, trimmed, runs of white space as one space, and every quotation mark in its plain form. */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(plainQuote(c));
        }
        return out.toString();
    }

    public static boolean sameIgnoringCase(String a, String b) {
        return lower(normalize(a)).equals(lower(normalize(b)));
    }

    private static char plainQuote(char c) {
        return switch (c) {
            case '„', '“', '”', '‟', '«', '»', '″' -> '"';
            case '‚', '‘', '’', '‛', '‹', '›', '′', '`', '´' -> '\'';
            default -> c;
        };
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }

    private static String transliterate(String s) {
        return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    }
}
