package org.textquiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuizRequest;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.Quiz;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What each export says the answers and choices are, read back the way the importing tool reads it. */
class ExportRoundTripTest {

    private final Quiz special = SpecialCharactersQuiz.quiz();
    private final Quiz generated = GermanAnalysis.QUIZZES.generate(GermanAnalysis.bundled(),
        new QuizRequest(12, List.of(QuestionType.CLOZE, QuestionType.CHOICE), 5));
    private final Quiz mixed = GermanAnalysis.QUIZZES.generate(GermanAnalysis.bundled(),
        new QuizRequest(12, List.of(QuestionType.values()), 3));
    private final Quiz grammar = everyFocus();

    /** Two questions of each focus, typed and with choices, in one quiz. */
    private static Quiz everyFocus() {
        List<Question> questions = new ArrayList<>();
        for (Focus focus : Focus.values()) {
            questions.addAll(GermanAnalysis.QUIZZES.generate(GermanAnalysis.bundled(), new QuizRequest(2,
                List.of(QuestionType.CHOICE, QuestionType.CLOZE), focus.ordinal(), List.of(focus))).questions());
        }
        Quiz any = GermanAnalysis.QUIZZES.generate(GermanAnalysis.bundled(), new QuizRequest(1,
            List.of(QuestionType.CLOZE), 1));
        return new Quiz(any.schema(), any.article(), any.language(), 1,
            questions.stream().collect(java.util.stream.Collectors.toMap(Question::id, q -> q, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList());
    }

    /** One question as read back: the right answers, and all options for multiple choice. */
    record ReadBack(List<String> answers, List<String> choices) {
    }

    private static ReadBack expected(Question question) {
        if (question instanceof MultipleChoice choice) {
            return new ReadBack(List.of(choice.solution()), choice.choices());
        }
        if (question instanceof TrueFalseQuestion statement) {
            return new ReadBack(List.of(statement.solution()), List.of("true", "false"));
        }
        return new ReadBack(question.answers(), List.of());
    }

    @Test
    void giftAnswersAndChoicesAreTheQuizs() {
        for (Quiz quiz : List.of(special, generated, mixed, grammar)) {
            List<ReadBack> read = readGift(new GiftExporter().export(quiz));
            assertThat(read).containsExactlyElementsOf(quiz.questions().stream().map(ExportRoundTripTest::expected)
                .toList());
        }
    }

    @Test
    void moodleXmlAnswersAndChoicesAreTheQuizs() throws Exception {
        for (Quiz quiz : List.of(special, generated, mixed, grammar)) {
            List<ReadBack> read = readMoodleXml(new MoodleXmlExporter().export(quiz));
            assertThat(read).containsExactlyElementsOf(quiz.questions().stream().map(ExportRoundTripTest::expected)
                .toList());
        }
    }

    @Test
    void ankiClozesHoldTheSolutions() {
        for (Quiz quiz : List.of(special, generated, mixed, grammar)) {
            String anki = new AnkiExporter().export(quiz);
            List<String> read = new ArrayList<>();
            Matcher cloze = Pattern.compile("\\{\\{c1::(.*?)(::.*?)?}}").matcher(anki);
            while (cloze.find()) {
                read.add(unescapeHtml(cloze.group(1)));
            }
            assertThat(read).containsExactlyElementsOf(quiz.questions().stream().map(ExportRoundTripTest::shown).toList());
            assertThat(anki.lines().filter(l -> !l.startsWith("#"))).allSatisfy(l ->
                assertThat(l.split("\t", -1)).hasSize(3));
        }
    }

    @Test
    void theWorksheetKeysHoldTheSolutions() {
        for (Quiz quiz : List.of(special, generated, mixed, grammar)) {
            String html = new HtmlWorksheetExporter().export(quiz);
            String key = html.substring(html.indexOf("<section class=\"key\">"));
            List<String> read = new ArrayList<>();
            Matcher item = Pattern.compile("<li>(.*?)</li>").matcher(key);
            while (item.find()) {
                read.add(firstAnswer(unescapeHtml(item.group(1)).replaceFirst("^[a-d]\\) ", "")));
            }
            assertThat(read).as("the key, in the worksheet's order of sections")
                .containsExactlyInAnyOrderElementsOf(quiz.questions().stream().map(ExportRoundTripTest::shown).toList());
            assertThat(html).doesNotContain("src=", "href=", "@import", "url(");
        }
    }

    @Test
    void theMarkdownKeyHoldsTheSolutionsAndTheOptionsAreTheChoices() {
        for (Quiz quiz : List.of(special, generated, mixed, grammar)) {
            String markdown = new MarkdownExporter().export(quiz);
            String key = markdown.substring(markdown.indexOf("## Lösungen"));
            List<String> read = key.lines().filter(l -> l.matches("\\d+\\. .*"))
                .map(l -> firstAnswer(unescapeMarkdown(l.replaceFirst("^\\d+\\. ([a-d]\\) )?", "")))).toList();
            assertThat(read).containsExactlyInAnyOrderElementsOf(quiz.questions().stream().map(ExportRoundTripTest::shown)
                .toList());
            List<String> options = markdown.lines().filter(l -> l.matches("    - [a-d]\\) .*"))
                .map(l -> unescapeMarkdown(l.substring("    - a) ".length()))).toList();
            assertThat(options).containsExactlyInAnyOrderElementsOf(quiz.questions().stream()
                .flatMap(q -> q instanceof MultipleChoice choice ? choice.choices().stream()
                    : q instanceof TrueFalseQuestion ? java.util.stream.Stream.of("richtig", "falsch")
                    : java.util.stream.Stream.empty())
                .toList());
        }
    }

    /** The first of the accepted answers a key lists ("traf / Traf", "b) Olaf Scholz (auch: Scholz)"). */
    private static String firstAnswer(String line) {
        return line.replaceFirst(" \\(auch: .*\\)$", "").split(" / ")[0];
    }

    /** The solution as a printed key or flash card shows it: a true-or-false key in German. */
    private static String shown(Question question) {
        return question instanceof TrueFalseQuestion statement ? statement.inGerman() : question.solution();
    }

    @Test
    void theGrammarQuizHasEveryFocusToExport() {
        assertThat(grammar.questions()).extracting(Question::focus).contains(Focus.values());
    }

    @Test
    void theMixedQuizHasEveryKindOfQuestionToExport() {
        assertThat(mixed.questions()).extracting(Question::type).contains(QuestionType.CLOZE, QuestionType.CHOICE,
            QuestionType.WH, QuestionType.QUOTE, QuestionType.TRUEFALSE, QuestionType.HEADLINE);
    }

    private static String unescapeMarkdown(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }

    private static List<ReadBack> readGift(String gift) {
        List<ReadBack> questions = new ArrayList<>();
        for (String block : gift.split("\n\n")) {
            if (!block.startsWith("::")) {
                continue;
            }
            int open = unescapedIndex(block, '{', 0);
            int close = unescapedIndex(block, '}', open);
            String inside = block.substring(open + 1, close);
            int feedback = inside.indexOf("####");
            if (feedback >= 0) {
                inside = inside.substring(0, feedback);
            }
            if (inside.equals("TRUE") || inside.equals("FALSE")) {
                questions.add(new ReadBack(List.of(inside.toLowerCase()), List.of("true", "false")));
                continue;
            }
            List<String> right = new ArrayList<>();
            List<String> all = new ArrayList<>();
            boolean multipleChoice = false;
            Matcher part = Pattern.compile("([=~])((?:\\\\.|[^=~\\\\])*)").matcher(inside);
            while (part.find()) {
                String text = unescapeGift(part.group(2)).strip();
                multipleChoice |= part.group(1).equals("~");
                all.add(text);
                if (part.group(1).equals("=")) {
                    right.add(text);
                }
            }
            if (multipleChoice) {
                questions.add(new ReadBack(right.stream().map(ExportRoundTripTest::unescapeHtml).toList(),
                    all.stream().map(ExportRoundTripTest::unescapeHtml).toList()));
            } else {
                questions.add(new ReadBack(right, List.of()));
            }
        }
        return questions;
    }

    private static List<ReadBack> readMoodleXml(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<ReadBack> questions = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName("question");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element question = (Element) nodes.item(i);
            String type = question.getAttribute("type");
            if (type.equals("category")) {
                continue;
            }
            List<String> right = new ArrayList<>();
            List<String> all = new ArrayList<>();
            NodeList answers = question.getElementsByTagName("answer");
            for (int a = 0; a < answers.getLength(); a++) {
                Element answer = (Element) answers.item(a);
                String text = answer.getElementsByTagName("text").item(0).getTextContent();
                all.add(text);
                if (answer.getAttribute("fraction").equals("100")) {
                    right.add(text);
                }
            }
            questions.add(type.equals("multichoice") || type.equals("truefalse") ? new ReadBack(right, all)
                : new ReadBack(right, List.of()));
        }
        return questions;
    }

    private static int unescapedIndex(String text, char wanted, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == wanted) {
                return i;
            }
        }
        throw new AssertionError("no unescaped " + wanted + " in " + text);
    }

    private static String unescapeGift(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }

    private static String unescapeHtml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
            .replace("&#58;", ":").replace("&#123;", "{").replace("&#125;", "}").replace("&amp;", "&");
    }
}
