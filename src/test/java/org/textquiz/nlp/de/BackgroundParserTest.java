package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.syntax.Parse;

class BackgroundParserTest {

    @Test
    void parsesAsTheParserDoesAndRemembersTheParse() {
        Sentence sentence = GermanAnalysis.analyze("Mark Rutte traf am Montag in Berlin Olaf Scholz.").sentences()
            .findFirst().orElseThrow();
        BackgroundParser parser = new BackgroundParser();
        Parse first = parser.parse(sentence);
        assertThat(first).isEqualTo(GermanAnalysis.PARSER.parse(sentence));
        assertThat(parser.parse(sentence)).isSameAs(first);
    }
}
