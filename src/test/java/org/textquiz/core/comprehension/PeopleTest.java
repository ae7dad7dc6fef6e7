package org.textquiz.core.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;

class PeopleTest {

    @Test
    void twoSurnamesSideBySideAreTwoPeople() {
        People people = People.of(GermanAnalysis.analyze("Außenminister Frank-Walter Steinmeier sprach am Montag in Berlin. "
            + "Wörtlich bezeichnete Steinmeier Schröder als den schlechtesten Kanzler. Der frühere Kanzler Gerhard Schröder "
            + "schwieg dazu."), GermanAnalysis.MORPHOLOGY);
        assertThat(people.persons()).extracting(People.Person::name)
            .contains("Frank-Walter Steinmeier", "Gerhard Schröder")
            .doesNotContain("Steinmeier Schröder");
    }
}
