package org.textquiz.core.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KindNamesTest {

    private static final String CONRADTY = "Die Führungsebene der Firma Conradty wurde inhaftiert. Im Jahr 2002 wurde die "
        + "Firma zahlungsunfähig.";

    /** From the corpus (art_003): the firm the article named once beside its kind. */
    @Test
    void aKindAloneIsGivenTheOneNameTheArticleGaveIt() {
        assertThat(KindNames.named("Im Jahr 2002 wurde die Firma zahlungsunfähig.", CONRADTY))
            .contains("Im Jahr 2002 wurde die Firma Conradty zahlungsunfähig.");
        assertThat(KindNames.named("Von den 500 Mitarbeitern der Firma wurden 200 übernommen.", CONRADTY))
            .contains("Von den 500 Mitarbeitern der Firma Conradty wurden 200 übernommen.");
    }

    @Test
    void aKindWithTwoNamesOrNoneOrANameAlreadyIsLeftAlone() {
        String two = CONRADTY + " Später kaufte die Firma Sigri das Werk.";
        assertThat(KindNames.named("Im Jahr 2002 wurde die Firma zahlungsunfähig.", two)).isEmpty();
        assertThat(KindNames.named("Im Jahr 2002 wurde das Unternehmen zahlungsunfähig.", CONRADTY)).isEmpty();
        assertThat(KindNames.named("Die Firma Conradty war alt.", CONRADTY)).isEmpty();
    }
}
