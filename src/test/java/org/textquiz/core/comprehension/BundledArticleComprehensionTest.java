package org.textquiz.core.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.question.ComprehensionGenerator;
import org.textquiz.core.question.Question;

/**
 * The comprehension questions of the bundled article against the lists a reviewer made after reading the
 * article: every approved question is still made, and nothing is made that nobody has reviewed.
 */
class BundledArticleComprehensionTest {

    private static List<String> produced;

    @BeforeAll
    static void generate() {
        var morphology = GermanAnalysis.MORPHOLOGY;
        List<ComprehensionGenerator> generators = List.of(
            new WhGenerator(morphology, GermanAnalysis.FIELDS, GermanAnalysis.PARSER),
            new QuoteGenerator(morphology, GermanAnalysis.PARSER),
            new TrueFalseGenerator(morphology, GermanAnalysis.FIELDS, GermanAnalysis.PARSER), new HeadlineGenerator());
        produced = new ArrayList<>();
        for (ComprehensionGenerator generator : generators) {
            for (Question question : generator.questions(GermanAnalysis.bundled(), new Random(1))) {
                produced.add(line(question));
            }
        }
    }

    private static String line(Question question) {
        return question.type().id() + "\t" + question.prompt() + "\t" + question.solution();
    }

    private static List<String> reviewed(String name) throws IOException {
        try (InputStream in = BundledArticleComprehensionTest.class.getResourceAsStream("/comprehension/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank())
                .map(l -> String.join("\t", List.of(l.split("\t")).subList(0, 3)))
                .toList();
        }
    }

    @Test
    void everyApprovedQuestionIsStillMade() throws IOException {
        List<String> approved = reviewed("rutte-scholz-berlin.approved.tsv");

        assertThat(approved).hasSizeGreaterThanOrEqualTo(8);
        assertThat(produced).containsAll(approved);
    }

    @Test
    void nothingIsMadeThatWasNotReviewed() throws IOException {
        Set<String> reviewed = new java.util.HashSet<>(reviewed("rutte-scholz-berlin.approved.tsv"));
        reviewed.addAll(reviewed("rutte-scholz-berlin.rejected.tsv"));

        assertThat(produced.stream().filter(q -> !reviewed.contains(q)).collect(Collectors.toList()))
            .as("new questions: read them, then add each to the approved or the rejected list")
            .isEmpty();
    }

    @Test
    void theIssueExamplesAreAmongThem() {
        assertThat(produced).contains(
            "wh\tWann traf NATO-Generalsekretär Mark Rutte in Berlin mit Bundeskanzler Olaf Scholz zusammen?\tam Montag",
            "wh\tWer traf am Montag in Berlin mit Bundeskanzler Olaf Scholz zusammen?\tMark Rutte");
    }
}
