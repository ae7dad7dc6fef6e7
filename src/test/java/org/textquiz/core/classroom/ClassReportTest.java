package org.textquiz.core.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Verdict;

class ClassReportTest {

    static Question question(String id) {
        return new TrueFalseQuestion(id, "Satz " + id, List.of(TrueFalseQuestion.TRUE), List.of(), new Span(0, 1), "");
    }

    static final Quiz QUIZ = new Quiz(Quiz.SCHEMA, new ArticleRef("Titel", "a.txt", "ab".repeat(32)), "de", 1,
        List.of(question("q1"), question("q2"), question("q3")));

    static ResultSheet.Item right(String id) {
        return new ResultSheet.Item(id, "richtig", Verdict.Kind.CORRECT, 10, 0, 1000);
    }

    static ResultSheet.Item wrong(String id, String given) {
        return new ResultSheet.Item(id, given, Verdict.Kind.WRONG, 0, 0, 1000);
    }

    @Test
    void pointBiserialIsPearsonOfTheItemWithTheRest() {
        // item 1,1,0,0 against rest 3,2,1,0: r = 0.894
        assertThat(ClassReport.pointBiserial(new double[] {1, 1, 0, 0}, new double[] {3, 2, 1, 0}).getAsDouble())
            .isCloseTo(0.894, within(0.001));
        assertThat(ClassReport.pointBiserial(new double[] {1, 1, 1}, new double[] {3, 2, 1})).isEmpty();
    }

    @Test
    void questionsStrongStudentsMissAndQuestionsMostMissAreFlagged() {
        List<ResultSheet> sheets = List.of(
            new ResultSheet("Anna", "id", "sha", List.of(right("q1"), right("q2"), wrong("q3", "falsch"))),
            new ResultSheet("Ben", "id", "sha", List.of(right("q1"), right("q2"), wrong("q3", "falsch"))),
            new ResultSheet("Cem", "id", "sha", List.of(wrong("q1", "falsch"), wrong("q2", "falsch"), right("q3"))));

        ClassReport report = ClassReport.of(QUIZ, sheets);

        assertThat(report.learners()).extracting(ClassReport.LearnerRow::learner).containsExactly("Anna", "Ben", "Cem");
        assertThat(report.learners().get(0).points()).isEqualTo(20);
        ClassReport.QuestionRow q3 = report.questions().get(2);
        assertThat(q3.shareCorrect()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(q3.flags()).containsExactlyInAnyOrder(ClassReport.Flag.MOSTLY_MISSED, ClassReport.Flag.STRONG_MISSED);
        assertThat(q3.commonWrong()).isEqualTo("falsch");
        assertThat(q3.commonWrongCount()).isEqualTo(2);
        assertThat(report.questions().get(0).flags()).isEmpty();
        assertThat(q3.discrimination().getAsDouble()).isCloseTo(-1, within(1e-9));
        assertThat(report.questions().get(0).discrimination()).as("every learner has the same rest score").isEmpty();
    }

    @Test
    void sheetsOfAnotherQuizOrVersionDuplicatesAndEditedPointsAreRefusedByName() {
        List<HandedIn> handedIn = List.of(
            new HandedIn("a.json", new ResultSheet("Anna", "id", "sha", List.of(right("q1")))),
            new HandedIn("b.json", new ResultSheet("Anna", "id", "sha", List.of(right("q2")))),
            new HandedIn("c.json", new ResultSheet("Cem", "other", "sha", List.of(right("q1")))),
            new HandedIn("d.json", new ResultSheet("Dora", "id", "old", List.of(right("q1")))),
            new HandedIn("e.json", new ResultSheet("Emil", "id", "sha",
                List.of(new ResultSheet.Item("q1", "falsch", Verdict.Kind.WRONG, 10, 0, 0)))),
            new HandedIn("f.json", new ResultSheet("Fritz", "id", "sha", List.of(right("q9")))),
            new HandedIn("g.json", new ResultSheet("Gina", "id", "sha", List.of(right("q1"), right("q1")))));

        Admission.Outcome outcome = Admission.of(QUIZ, "id", "sha", handedIn);

        assertThat(outcome.admitted()).extracting(ResultSheet::learner).containsExactly("Anna");
        assertThat(outcome.refusals()).containsExactly(
            "refused b.json (Anna): a second result file of Anna (the first is a.json)",
            "refused c.json (Cem): it is for another quiz (other, not id)",
            "refused d.json (Dora): it is for another version of this quiz (the quiz file changed after the student "
                + "played it)",
            "refused e.json (Emil): its points for question q1 (10) do not match its verdict wrong with 0 hint(s); "
                + "was it edited?",
            "refused f.json (Fritz): it answers question q9, which this quiz does not have",
            "refused g.json (Gina): it answers question q1 twice");
    }
}
