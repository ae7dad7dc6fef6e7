package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;

class GermanCaseRolesTest {

    private static final List<String> FORMS = List.of("Diesen", "Einwand", "ließ", "das", "Gericht", "nicht", "gelten",
        ".");
    private static final List<Upos> TAGS = List.of(Upos.DET, Upos.NOUN, Upos.VERB, Upos.DET, Upos.NOUN, Upos.PART,
        Upos.VERB, Upos.PUNCT);
    private static final int[] HEADS = {1, 2, -1, 4, 2, 2, 2, 2};

    @Test
    void anObjectFirstThatTheParserTookForTheSubjectChangesRolesWithTheSubjectAfterTheVerb() {
        String[] parsed = {"det", "nsubj", "root", "det", "obj", "advmod", "xcomp", "punct"};

        String[] corrected = GermanCaseRoles.corrected(FORMS, TAGS, HEADS, parsed);

        assertThat(corrected[1]).isEqualTo("obj");
        assertThat(corrected[4]).isEqualTo("nsubj");
    }

    @Test
    void aSubjectWhoseArticleMayBeNominativeKeepsItsRole() {
        List<String> forms = List.of("Der", "Einwand", "ließ", "das", "Gericht", "nicht", "gelten", ".");
        String[] parsed = {"det", "nsubj", "root", "det", "obj", "advmod", "xcomp", "punct"};

        assertThat(GermanCaseRoles.corrected(forms, TAGS, HEADS, parsed)).containsExactly(parsed);
    }

    /** From the corpus (art_030): "Stundenlang hatte Unklarheit über die Identität der Opfer geherrscht." */
    @Test
    void theOneNounOfAnActivePerfectWithoutASubjectIsItsSubject() {
        List<String> forms = List.of("Stundenlang", "hatte", "Unklarheit", "geherrscht", ".");
        List<Upos> tags = List.of(Upos.ADJ, Upos.AUX, Upos.NOUN, Upos.VERB, Upos.PUNCT);
        int[] heads = {3, 3, 3, -1, 3};
        String[] parsed = {"advmod", "aux", "obj", "root", "punct"};

        assertThat(GermanCaseRoles.corrected(forms, tags, heads, parsed)[2]).isEqualTo("nsubj");

        String[] passive = {"advmod", "aux:pass", "obj", "root", "punct"};
        assertThat(GermanCaseRoles.corrected(List.of("Stundenlang", "wurde", "Unklarheit", "geherrscht", "."), tags,
            heads, passive)[2]).as("a passive needs no subject").isEqualTo("obj");
        List<String> review = List.of("Habe", "meine", "Küche", "gekauft", ".");
        assertThat(GermanCaseRoles.corrected(review, List.of(Upos.AUX, Upos.DET, Upos.NOUN, Upos.VERB, Upos.PUNCT),
            new int[] {3, 2, 3, -1, 3}, new String[] {"aux", "det:poss", "obj", "root", "punct"})[2])
            .as("the gold sample's review that leaves out \"ich\"").isEqualTo("obj");
    }

    @Test
    void anObjectWithoutAnArticleIsNotMadeTheSubject() {
        // "Den Ausschlag gaben Tore": a bare plural may be either case, and the parse is left as it is
        List<String> forms = List.of("Den", "Ausschlag", "gaben", "zwei", "Tore", "nicht", "gelten", ".");
        String[] parsed = {"det", "nsubj", "root", "nummod", "obj", "advmod", "xcomp", "punct"};

        assertThat(GermanCaseRoles.corrected(forms, TAGS, HEADS, parsed)).containsExactly(parsed);
    }

    @Test
    void theRealParseOfAnObjectFirstSentenceHasTheSubjectTheArticlesShow() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze(
            "Diesen Betrag schulden die ärmsten Länder dem IWF und der Weltbank.").sentences().findFirst().orElseThrow());

        assertThat(relation(parse, "Betrag")).isEqualTo("obj");
        assertThat(relation(parse, "Länder")).isEqualTo("nsubj");
    }

    private static String relation(Parse parse, String form) {
        return parse.words().stream().filter(w -> w.form().equals(form)).map(Word::relation).findFirst().orElseThrow();
    }
}
