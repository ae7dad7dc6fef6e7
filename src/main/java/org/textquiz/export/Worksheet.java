package org.textquiz.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.textquiz.core.article.NumberedParagraphs;
import org.textquiz.core.question.AcceptedAnswers;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.Quiz;

/**
 * What a printed worksheet shows, whatever it is printed with: the article with numbered paragraphs (unless left
 * out), the tasks grouped by kind under a German instruction and numbered through all sections, and an answer key
 * with every accepted answer.
 *
 * @param title the article's headline; without one, the quiz's title, unless that is only its first sentence cut
 *              short ("Arbeitsblatt zum Text" then)
 * @param source the article's file name, without the folder it lies in on the teacher's machine
 * @param article the article's lines, empty when it is left out or not at hand
 */
record Worksheet(String title, String source, String version, List<NumberedParagraphs.Line> article,
                 List<Section> sections) {

    /** Tasks of one kind under the instruction that tells the student what to do. */
    record Section(String instruction, List<Task> tasks) {
    }

    /**
     * One numbered task.
     *
     * @param hint shown after a typed gap, as in {@code play}: the base form ("(treffen)"); empty when none
     * @param shortGap the gap is for an ending, right after the stem
     */
    record Task(int number, String before, String after, boolean hasGap, List<String> options, String answer,
                boolean shortGap, String hint) {

        /** A question answered in words of one's own: it needs a line to write on. */
        boolean needsAnswerLine() {
            return !hasGap && options.isEmpty();
        }
    }

    static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    /** The title of a sheet on an article without a headline, rather than its first sentence cut short. */
    static final String UNTITLED = "Arbeitsblatt zum Text";

    static Worksheet of(Quiz quiz) {
        return of(quiz, Optional.empty());
    }

    static Worksheet of(Quiz quiz, Optional<String> articleText) {
        Map<String, List<Question>> byKind = new LinkedHashMap<>();
        for (String kind : ORDER) {
            byKind.put(kind, new ArrayList<>());
        }
        for (Question question : quiz.questions()) {
            byKind.get(kind(question)).add(question);
        }
        List<Section> sections = new ArrayList<>();
        int number = 1;
        for (Map.Entry<String, List<Question>> entry : byKind.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            List<Task> tasks = new ArrayList<>();
            for (Question question : entry.getValue()) {
                tasks.add(task(number++, question));
            }
            sections.add(new Section(instruction(entry.getKey()), tasks));
        }
        List<NumberedParagraphs.Line> lines = articleText.map(t -> NumberedParagraphs.of(t).lines()).orElse(List.of());
        String title = quiz.article().title().endsWith("…") ? UNTITLED : quiz.article().title();
        if (!lines.isEmpty() && lines.get(0).headline()) {
            title = lines.get(0).text();
            lines = lines.subList(1, lines.size());
        }
        String version = quiz.seed() + (quiz.variant().isEmpty() ? "" : "-" + quiz.variant());
        Path source = Path.of(quiz.article().source()).getFileName();
        return new Worksheet(title, source == null ? "" : source.toString(), version, lines, sections);
    }

    List<Task> tasks() {
        return sections.stream().flatMap(s -> s.tasks().stream()).toList();
    }

    private static Task task(int number, Question question) {
        Optional<GapPrompt> gap = GapPrompt.of(question);
        List<String> options = List.of();
        String answer = String.join(" / ", question.answers().stream().filter(a -> !AcceptedAnswers.isPattern(a))
            .toList());
        if (question instanceof MultipleChoice choice) {
            options = choice.choices();
            List<String> also = question.answers().stream().filter(a -> !choice.choices().contains(a)).toList();
            answer = LETTERS.charAt(choice.answerNumber() - 1) + ") " + question.solution()
                + (also.isEmpty() ? "" : " (auch: " + String.join(" / ", also) + ")");
        } else if (question instanceof TrueFalseQuestion statement) {
            options = List.of("richtig", "falsch");
            answer = (statement.isTrue() ? "a) " : "b) ") + statement.inGerman();
        }
        String hint = question instanceof ClozeQuestion && !question.hints().isEmpty()
            && question.hints().get(0).startsWith("(") && !question.prompt().contains(question.hints().get(0))
            ? question.hints().get(0) : "";
        return new Task(number, gap.map(GapPrompt::before).orElse(question.prompt()),
            gap.map(GapPrompt::after).orElse(""), gap.isPresent(), options, answer,
            question.focus() == Focus.ADJECTIVES, hint);
    }

    /** The kinds of task in the order a worksheet asks them: the text first, then its words, then grammar. */
    private static final List<String> ORDER = List.of("headline", "wh", "truefalse", "quote", "cloze", "choice",
        "articles", "prepositions", "verbs", "adjectives", "genders");

    private static String kind(Question question) {
        if (question.focus().isGrammar()) {
            return question.focus().id();
        }
        return question.type().id();
    }

    private static String instruction(String kind) {
        return switch (kind) {
            case "headline" -> "Welche Zwischenüberschrift passt zu dem Absatz? Kreuze an.";
            case "wh" -> "Beantworte die Fragen zum Text.";
            case "truefalse" -> "Richtig oder falsch? Kreuze an.";
            case "quote" -> "Wer hat das gesagt? Kreuze an.";
            case "cloze" -> "Ergänze die Lücken.";
            case "choice" -> "Kreuze die richtige Antwort an.";
            case "articles" -> "Setze den richtigen Artikel ein.";
            case "prepositions" -> "Setze die richtige Präposition ein.";
            case "verbs" -> "Setze das Verb in der richtigen Form ein.";
            case "adjectives" -> "Ergänze die Adjektivendungen.";
            case "genders" -> "Setze der, die oder das ein.";
            default -> QuestionType.of(kind).label();
        };
    }

    static String letter(int index) {
        return String.valueOf(LETTERS.charAt(index));
    }
}
