package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;

class GermanDependencyParserTest {

    @Test
    void keepsNoneOfTheClassifiersTrainingHistories() throws ReflectiveOperationException {
        Field parserField = GermanDependencyParser.class.getDeclaredField("parser");
        parserField.setAccessible(true);
        Object coreNlp = parserField.get(GermanAnalysis.PARSER);
        Field classifierField = coreNlp.getClass().getDeclaredField("classifier");
        classifierField.setAccessible(true);
        Object classifier = classifierField.get(coreNlp);

        for (String history : GermanDependencyParser.TRAINING_HISTORIES) {
            Field field = classifier.getClass().getDeclaredField(history);
            field.setAccessible(true);
            assertThat(field.get(classifier)).as(history).isNull();
        }
    }
}
