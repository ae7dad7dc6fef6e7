package org.textquiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.HeadlineQuestion;
import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuizRequest;
import org.textquiz.core.question.WhQuestion;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.files.OutputFiles;

/** Worksheets, Markdown, Moodle XML and GIFT as a teacher hands them out or imports them. */
class ClassroomMaterialsTest {

    private static final String ARTICLE = "Stadtfest in Mainz trotz Hitze ein Erfolg\n"
        + "Beim Stadtfest in Mainz kamen am Samstag mehr als 20.000 Menschen in die Altstadt.\n\n"
        + "Das Fest begann um 11 Uhr mit einem Konzert auf dem Marktplatz.\n";

    private final Quiz mixed = GermanAnalysis.QUIZZES.generate(GermanAnalysis.bundled(),
        new QuizRequest(16, List.of(QuestionType.values()), 5));

    private static Quiz withTeachersSpelling() {
        ClozeQuestion cloze = new ClozeQuestion("cloze-1", "Das Fest begann um 11 Uhr mit einem _____.",
            List.of("Konzert", "Konzertabend"), List.of("(Konzert)"), new Span(0, 20), new Span(5, 10));
        ChoiceQuestion choice = new ChoiceQuestion("choice-2", "_____ Fest begann um 11 Uhr.", List.of("Das"),
            List.of("Der", "Das", "%50% Die"), List.of(), new Span(21, 40), new Span(21, 24), "DET", Focus.ARTICLES,
            "Nominativ, neutral, Singular");
        ClozeQuestion verb = new ClozeQuestion("cloze-3", "Das Fest _____ (beginnen, Präteritum) um 11 Uhr.",
            List.of("begann"), List.of("3. Person Singular"), new Span(41, 60), new Span(50, 56), "VERB", Focus.VERBS,
            "3. Person Singular Präteritum");
        HeadlineQuestion headline = new HeadlineQuestion("headline-4", "Welche Zwischenüberschrift gehört zu dem "
            + "Absatz, der so beginnt: „Beim Stadtfest …“?", List.of("Stadtfest in Mainz trotz Hitze ein Erfolg"),
            List.of("Stadtfest in Mainz trotz Hitze ein Erfolg", "EU/NATO: Gipfel 50/50"), List.of(), new Span(0, 20));
        return new Quiz(Quiz.SCHEMA, new ArticleRef("EU/NATO: Gipfel 50/50", "/home/lehrerin/geheim/stadtfest.txt",
            "0".repeat(64)), "de", 3, List.of(cloze, choice, verb, headline));
    }

    @Test
    void theWorksheetPrintsTheArticleWithNumberedParagraphsAndItsHeadlineAsTitle() {
        String html = new HtmlWorksheetExporter().export(withTeachersSpelling(), Optional.of(ARTICLE));

        assertThat(html).contains("<h1>Stadtfest in Mainz trotz Hitze ein Erfolg</h1>")
            .contains("<span class=\"para\">1</span><span class=\"text\">Beim Stadtfest in Mainz")
            .contains("<span class=\"para\">2</span><span class=\"text\">Das Fest begann")
            .contains("Text: stadtfest.txt").doesNotContain("/home/lehrerin").doesNotContain("Lückentext");
        assertThat(new HtmlWorksheetExporter().export(withTeachersSpelling(), Optional.empty()))
            .as("--no-text").doesNotContain("class=\"para\"");
    }

    @Test
    void tasksAreGroupedUnderGermanInstructionsAndNumberedThroughAllSections() {
        Worksheet sheet = Worksheet.of(mixed);

        assertThat(sheet.sections()).extracting(Worksheet.Section::instruction)
            .doesNotHaveDuplicates()
            .allMatch(i -> i.endsWith(".") && !i.isBlank());
        List<Integer> numbers = sheet.tasks().stream().map(Worksheet.Task::number).toList();
        assertThat(numbers).isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        assertThat(sheet.sections()).extracting(Worksheet.Section::instruction)
            .contains("Beantworte die Fragen zum Text.", "Richtig oder falsch? Kreuze an.", "Ergänze die Lücken.");
    }

    @Test
    void theKeyListsEveryAcceptedAnswerAndATypedGapKeepsItsBaseForm() {
        String html = new HtmlWorksheetExporter().export(withTeachersSpelling(), Optional.empty());

        assertThat(html).contains("Konzert / Konzertabend").contains("<span class=\"hint\">(Konzert)</span>");
        assertThat(html).as("options lettered a), b) on the sheet as in the key")
            .contains("content: counter(option, lower-alpha) \") \"");
    }

    @Test
    void aPatternOfKeyWordsIsAcceptedInMoodleButNotPrintedInTheKey() {
        WhQuestion why = new WhQuestion("wh-1", "Warum hatten Hunderte Touristen auf der Insel festgesessen?",
            List.of("weil die Flugverbindungen eingestellt werden mussten", "*Flugverbindungen*eingestellt*"),
            List.of(), new Span(0, 20), "");
        Quiz quiz = new Quiz(Quiz.SCHEMA, new ArticleRef("Insel", "insel.txt", "0".repeat(64)), "de", 3, List.of(why));

        assertThat(new HtmlWorksheetExporter().export(quiz, Optional.empty()))
            .contains("weil die Flugverbindungen eingestellt werden mussten").doesNotContain("*Flugverbindungen");
        assertThat(new MoodleXmlExporter().export(quiz)).contains("<text>*Flugverbindungen*eingestellt*</text>");
        assertThat(new GiftExporter().export(quiz)).contains("=*Flugverbindungen*eingestellt*");
    }

    @Test
    void markdownKeepsEveryOptionInsideItsTaskAlsoFromTaskTenOn() {
        String markdown = new MarkdownExporter().export(mixed, Optional.empty());
        Node document = Parser.builder().build().parse(markdown);
        List<ListItem> tasks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof OrderedList list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    tasks.add((ListItem) item);
                }
            }
        }
        long choiceQuestions = mixed.questions().stream().filter(q -> q instanceof MultipleChoice
            || q.type() == QuestionType.TRUEFALSE).count();
        List<ListItem> withOptions = tasks.stream().filter(t -> hasChild(t, BulletList.class)).toList();

        assertThat(mixed.questions()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(withOptions).as("one list item per task, its options inside it").hasSize((int) choiceQuestions);
        assertThat(document.getLastChild()).isInstanceOf(OrderedList.class);
    }

    @Test
    void moodleXmlIsCaseInsensitiveWithMoodlesPenaltyReadableNamesAndNoHintInTheFeedback() {
        String xml = new MoodleXmlExporter().export(withTeachersSpelling());

        assertThat(xml).contains("<usecase>0</usecase>").doesNotContain("<usecase>1</usecase>")
            .contains("<penalty>0.3333333</penalty>").doesNotContain("<penalty>0</penalty>")
            .contains("$course$/textquiz/EU//NATO: Gipfel 50//50")
            .contains("<name><text>gap-fill: Das Fest begann um 11 Uhr mit einem …</text></name>")
            .contains("<idnumber>cloze-1</idnumber>")
            .contains("Das Fest begann um 11 Uhr.&lt;/p&gt;</text></generalfeedback>")
            .doesNotContain("(beginnen, Präteritum) um 11 Uhr.&lt;/p&gt;</text></generalfeedback>")
            .contains("Die Zwischenüberschrift dieses Absatzes ist");
        assertThat(xml).doesNotContain("&lt;p&gt;Welche Zwischenüberschrift gehört zu dem Absatz, der so beginnt: "
            + "„Beim Stadtfest …“?&lt;/p&gt;</text></generalfeedback>");
    }

    @Test
    void giftNeverOpensAQuestionWithItsAnswersAndNeverReadsAnOptionAsPartialCredit() {
        String gift = new GiftExporter().export(withTeachersSpelling());

        assertThat(gift).doesNotContain("[html]{").contains("::[html]_____ Fest begann um 11 Uhr. {")
            .contains("&#37;50&#37; Die").doesNotContain("~%50%");
    }

    @Test
    void filesAreWrittenWithThePermissionsTheUsersUmaskGives(@TempDir Path dir) throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path written = dir.resolve("quiz.html");

        OutputFiles.write(written, "<p>x</p>", false);

        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(expected);
        assertThat(expected).as("a normal umask lets the group read").contains(PosixFilePermission.GROUP_READ);
    }

    private static boolean hasChild(Node node, Class<? extends Node> kind) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (kind.isInstance(child)) {
                return true;
            }
        }
        return false;
    }
}
