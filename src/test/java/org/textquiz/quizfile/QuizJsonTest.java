package org.textquiz.quizfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuizRequest;
import org.textquiz.core.quiz.Quiz;

class QuizJsonTest {

    private final QuizJson json = new QuizJson();

    private static final String VALID = """
        {
          "schema" : 1,
          "article" : { "title" : "T", "source" : "t.txt", "sha256" : "ab" },
          "language" : "de",
          "seed" : 7,
          "questions" : [ {
            "id" : "cloze-1",
            "type" : "cloze",
            "prompt" : "Rutte _____ Scholz.",
            "answers" : [ "traf" ],
            "hints" : [ "(treffen)" ],
            "sentence" : { "start" : 0, "end" : 17 },
            "gap" : { "start" : 6, "end" : 10 }
          }, {
            "id" : "choice-1",
            "type" : "choice",
            "prompt" : "Er _____ Scholz.",
            "answers" : [ "dankte" ],
            "choices" : [ "zeigte", "dankte", "warnte", "betonte" ],
            "hints" : [ ],
            "sentence" : { "start" : 18, "end" : 34 },
            "gap" : { "start" : 21, "end" : 27 }
          } ]
        }
        """;

    @Test
    void aGeneratedQuizSurvivesTheRoundTrip() {
        Quiz quiz = GermanAnalysis.QUIZZES.generate(GermanAnalysis.bundled(),
            new QuizRequest(10, List.of(QuestionType.CLOZE, QuestionType.CHOICE), 7));

        String written = json.write(quiz);

        assertThat(json.read(written, "q.json")).isEqualTo(quiz);
        assertThat(json.write(json.read(written, "q.json"))).isEqualTo(written);
    }

    @Test
    void aMixedQuizWithEveryTypeSurvivesTheRoundTrip() {
        Quiz quiz = GermanAnalysis.QUIZZES.generate(GermanAnalysis.bundled(),
            new QuizRequest(12, List.of(QuestionType.values()), 3));

        String written = json.write(quiz);

        assertThat(quiz.questions()).extracting(q -> q.type()).contains(QuestionType.WH, QuestionType.QUOTE,
            QuestionType.TRUEFALSE, QuestionType.HEADLINE);
        assertThat(json.read(written, "q.json")).isEqualTo(quiz);
        assertThat(written).contains("\"type\" : \"truefalse\"", "\"explanation\" : ", "\"choices\" : [ ");
    }

    @Test
    void aGrammarQuizKeepsItsFocusAndNotes() {
        Quiz quiz = GermanAnalysis.QUIZZES.generate(GermanAnalysis.bundled(), new QuizRequest(10,
            List.of(QuestionType.CHOICE, QuestionType.CLOZE), 2, List.of(Focus.ARTICLES, Focus.ADJECTIVES, Focus.GENDERS)));

        Quiz read = json.read(json.write(quiz), "q.json");

        assertThat(read).isEqualTo(quiz);
        assertThat(read.questions()).extracting(q -> q.focus()).containsOnly(Focus.ARTICLES, Focus.ADJECTIVES,
            Focus.GENDERS);
        assertThat(read.questions()).allSatisfy(q -> assertThat(q.note()).isNotEmpty());
    }

    @Test
    void refusesAnUnknownFocus() {
        String bad = VALID.replace("\"type\" : \"cloze\",", "\"type\" : \"cloze\", \"focus\" : \"tenses\",");

        assertThatThrownBy(() -> json.read(bad, "q.json"))
            .hasMessageContaining("q.json").hasMessageContaining("cloze-1").hasMessageContaining("unknown focus 'tenses'");
    }

    @Test
    void refusesATrueOrFalseQuestionWhoseAnswerIsNeither() {
        String bad = VALID.replace("\"type\" : \"cloze\"", "\"type\" : \"truefalse\"")
            .replace("[ \"traf\" ]", "[ \"traf\" ]");

        assertThatThrownBy(() -> json.read(bad, "q.json"))
            .hasMessageContaining("q.json").hasMessageContaining("[\"true\"] or [\"false\"]");
    }

    @Test
    void readsAHandWrittenQuiz() {
        Quiz quiz = json.read(VALID, "q.json");

        assertThat(quiz.seed()).isEqualTo(7);
        assertThat(quiz.questions()).extracting(q -> q.type().id()).containsExactly("cloze", "choice");
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> json.read("{ \"schema\": 1, ", "broken.json"))
            .isInstanceOf(InvalidQuizFileException.class)
            .hasMessageStartingWith("invalid quiz file broken.json: not valid JSON");
    }

    @Test
    void refusesAMissingFieldNamingTheQuestionAndField() {
        assertThatThrownBy(() -> json.read(VALID.replace("\"prompt\" : \"Rutte _____ Scholz.\",", ""), "q.json"))
            .hasMessage("invalid quiz file q.json: question cloze-1: field 'prompt' is missing");
    }

    @Test
    void refusesAGapOutsideItsSentence() {
        assertThatThrownBy(() -> json.read(VALID.replace("\"start\" : 6, \"end\" : 10", "\"start\" : 6, \"end\" : 40"),
            "q.json"))
            .hasMessageContaining("q.json").hasMessageContaining("cloze-1").hasMessageContaining("gap");
    }

    @Test
    void refusesAChoiceWhoseAnswerIsNotAmongItsChoices() {
        assertThatThrownBy(() -> json.read(VALID.replace("[ \"dankte\" ]", "[ \"traf\" ]"), "q.json"))
            .hasMessageContaining("choice-1").hasMessageContaining("not among its choices");
    }

    @Test
    void refusesAnUnknownSchemaVersion() {
        assertThatThrownBy(() -> json.read(VALID.replace("\"schema\" : 1", "\"schema\" : 2"), "q.json"))
            .hasMessage("invalid quiz file q.json: unknown schema version 2 (this textquiz reads 1)");
    }

    @Test
    void refusesAnUnknownQuestionType() {
        assertThatThrownBy(() -> json.read(VALID.replace("\"type\" : \"cloze\"", "\"type\" : \"essay\""), "q.json"))
            .hasMessageContaining("cloze-1").hasMessageContaining("unknown question type 'essay'");
    }

    @Test
    void refusesDuplicateIds() {
        assertThatThrownBy(() -> json.read(VALID.replace("\"choice-1\"", "\"cloze-1\""), "q.json"))
            .hasMessageContaining("cloze-1 appears twice");
    }
}
