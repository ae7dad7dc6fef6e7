package org.textquiz.core.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;

class InterviewsTest {

    /** From DER STANDARD (10kGNAD test split, hand-read set 99 for #13): the turns of an interview. */
    @Test
    void theIntervieweesTurnsAreAnswersAndTheReportAndTheQuestionsAreNot() {
        Article article = GermanAnalysis.analyze("Im Interview spricht der Polizeiwissenschafter Rafael Behr über die "
            + "Polizei. STANDARD: Wer hat Ihrer Meinung nach recht? Behr: Meines Wissens war das ein Oberkommissar. "
            + "Videoüberwachung ist hilfreich. STANDARD: Was folgt daraus? Behr: Mehr Präsenz.");
        List<Sentence> sentences = article.sentences().toList();
        Set<Span> answers = Interviews.answers(article);

        assertThat(sentences).filteredOn(s -> answers.contains(s.span())).extracting(s -> s.text().strip())
            .containsExactly("Behr: Meines Wissens war das ein Oberkommissar.", "Videoüberwachung ist hilfreich.",
                "Behr: Mehr Präsenz.");
    }

    /** From DER STANDARD (10kGNAD test split, hand-read set 114 for #13): a full name over the first answer only. */
    @Test
    void aFullNameOverTheFirstAnswerAndTheSurnameOverTheOthersLabelTheSameOneWhoAnswers() {
        Article article = GermanAnalysis.analyze("Die Grünen-Chefin über die Gender-Perspektive von Peter Pilz. STANDARD: "
            + "Bei welchem Ergebnis treten Sie zurück? Eva Glawischnig: Bei meiner ersten Wahl haben mir die Grünen ein "
            + "großes Geschenk überreicht. STANDARD: Pilz sagt, viele müssten nie ums Mandat zittern. Glawischnig: Nur bei "
            + "Männern beklagt er sich. Peter Pilz sollte einmal an seiner Gender-Perspektive arbeiten.");
        List<Sentence> sentences = article.sentences().toList();
        Set<Span> answers = Interviews.answers(article);

        assertThat(sentences).filteredOn(s -> answers.contains(s.span())).extracting(s -> s.text().strip())
            .containsExactly("Eva Glawischnig: Bei meiner ersten Wahl haben mir die Grünen ein großes Geschenk überreicht.",
                "Glawischnig: Nur bei Männern beklagt er sich.",
                "Peter Pilz sollte einmal an seiner Gender-Perspektive arbeiten.");
    }

    /** From DER STANDARD (corpus art_066): a map's caption with a town and a colon is no interview. */
    @Test
    void aLabelWithNoOneAskingIsNoInterview() {
        Article article = GermanAnalysis.analyze("In Salzburg pendelte der Stimmenanteil zwischen 64 und 50 Prozent. "
            + "Salzburg: Für Linz sind Visualisierungen nicht möglich. Gezeigt werden kann aber die Aufteilung.");

        assertThat(Interviews.answers(article)).isEmpty();
    }
}
