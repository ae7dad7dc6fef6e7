package org.textquiz.quizfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.core.TextquizException;
import org.textquiz.core.classroom.ResultSheet;
import org.textquiz.core.quiz.Verdict;

class ResultFilesTest {

    final ResultFiles files = new ResultFiles();

    final ResultSheet sheet = new ResultSheet("Jürgen \"Jü\" Groß", "cb07619b1fda-3B", "f".repeat(64), List.of(
        new ResultSheet.Item("cloze-1", "Verteidigungsausgaben, \"höher\"", Verdict.Kind.ALMOST, 3, 1, 12_345),
        new ResultSheet.Item("truefalse-2", "", Verdict.Kind.WRONG, 0, 0, 800)));

    @Test
    void aResultFileReadsBackAsWritten() {
        assertThat(files.parse(files.write(sheet))).isEqualTo(sheet);
    }

    @Test
    void filesThatAreNotResultFilesOrAreDamagedAreRefusedWithTheReason() {
        String written = files.write(sheet);
        assertThatThrownBy(() -> files.parse("{\"schema\": 1, \"questions\": []}"))
            .isInstanceOf(TextquizException.class).hasMessageContaining("not a textquiz result file");
        assertThatThrownBy(() -> files.parse(written.replace("\"points\" : 3", "\"points\" : -3")))
            .isInstanceOf(TextquizException.class).hasMessageContaining("damaged: points, hints and time cannot be negative");
        assertThatThrownBy(() -> files.parse(written.replace("\"verdict\" : \"almost\"", "\"verdict\" : \"fast\"")))
            .isInstanceOf(TextquizException.class).hasMessage("damaged: unknown verdict \"fast\"");
        assertThatThrownBy(() -> files.parse(written.replace("\"learner\"", "\"name\"")))
            .isInstanceOf(TextquizException.class).hasMessage("damaged: \"learner\" is missing or not text");
        assertThatThrownBy(() -> files.parse(written.replace("\"version\" : 1", "\"version\" : 7")))
            .isInstanceOf(TextquizException.class).hasMessageContaining("version 7");
    }
}
