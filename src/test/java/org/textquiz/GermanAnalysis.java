package org.textquiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.textquiz.core.analysis.Analyzer;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.comprehension.HeadlineGenerator;
import org.textquiz.core.comprehension.QuoteGenerator;
import org.textquiz.core.comprehension.TrueFalseGenerator;
import org.textquiz.core.comprehension.WhGenerator;
import org.textquiz.core.grammar.AdjectiveExercises;
import org.textquiz.core.grammar.ArticleExercises;
import org.textquiz.core.grammar.GenderExercises;
import org.textquiz.core.grammar.PrepositionExercises;
import org.textquiz.core.grammar.VerbExercises;
import org.textquiz.core.analysis.Pipeline;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.question.ChoiceGenerator;
import org.textquiz.core.question.ClozeGenerator;
import org.textquiz.core.question.GapFinder;
import org.textquiz.core.question.QuizGenerator;
import org.textquiz.files.ArticleFiles;
import org.textquiz.nlp.OpenNlpLemmatizer;
import org.textquiz.nlp.OpenNlpSentenceSplitter;
import org.textquiz.nlp.OpenNlpTagger;
import org.textquiz.nlp.OpenNlpTokenizer;
import org.textquiz.nlp.de.BackgroundParser;
import org.textquiz.nlp.de.GermanAdverbTags;
import org.textquiz.nlp.de.GermanDictionary;
import org.textquiz.nlp.de.GermanLemmaGuesser;
import org.textquiz.nlp.de.GermanLemmatizer;
import org.textquiz.nlp.de.GermanLexicon;
import org.textquiz.nlp.de.GermanWordFields;
import org.textquiz.nlp.de.GermanMorphology;
import org.textquiz.nlp.de.GermanAbbreviations;
import org.textquiz.nlp.de.GermanOrdinals;
import org.textquiz.nlp.de.GermanSentenceSplitter;
import org.textquiz.nlp.de.GermanVerbTags;

/** The real German pipeline, built once per test JVM, and the texts tests run it on. */
public final class GermanAnalysis {

    public static final Path BUNDLED = Path.of("quizzes/rutte-scholz-berlin.txt");
    public static final Path CORPUS = Path.of("../shared/corpus/articles");

    public static final GermanDictionary DICTIONARY = GermanDictionary.load();
    public static final Analyzer ANALYZER = new Pipeline(
            new GermanSentenceSplitter(new OpenNlpSentenceSplitter(), DICTIONARY),
        new GermanAbbreviations(new GermanOrdinals(new OpenNlpTokenizer())),
        new GermanAdverbTags(new GermanVerbTags(new OpenNlpTagger(), DICTIONARY), DICTIONARY),
        new GermanLemmatizer(DICTIONARY));
    public static final Morphology MORPHOLOGY = GermanMorphology.load(DICTIONARY);
    public static final BackgroundParser PARSER = new BackgroundParser();
    public static final GermanWordFields FIELDS = new GermanWordFields(DICTIONARY);
    public static final QuizGenerator QUIZZES = new QuizGenerator(new GapFinder(new GermanLexicon(DICTIONARY),
        new GermanLemmaGuesser(OpenNlpLemmatizer::new)),
        List.of(new ClozeGenerator(), new ChoiceGenerator(new GermanLexicon(DICTIONARY), new GermanWordFields(DICTIONARY))),
        List.of(new WhGenerator(MORPHOLOGY, FIELDS, PARSER), new QuoteGenerator(MORPHOLOGY, PARSER),
            new TrueFalseGenerator(MORPHOLOGY, FIELDS, PARSER), new HeadlineGenerator()),
            List.of(new ArticleExercises(MORPHOLOGY), new PrepositionExercises(MORPHOLOGY), new VerbExercises(MORPHOLOGY),
                new AdjectiveExercises(MORPHOLOGY), new GenderExercises(MORPHOLOGY)));

    private static Article bundled;

    private GermanAnalysis() {
    }

    public static synchronized Article bundled() {
        if (bundled == null) {
            bundled = ANALYZER.analyze(ArticleFiles.read(BUNDLED, BUNDLED.toString()));
        }
        return bundled;
    }

    public static Article analyze(String text) {
        return ANALYZER.analyze(ArticleText.of("test", text));
    }

    /** Every article of the shared development corpus; the corpus lies beside every checkout and CI clone. */
    public static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> articles = files.filter(p -> p.getFileName().toString().matches("art_\\d+\\.txt"))
                .sorted().toList();
            if (articles.isEmpty()) {
                throw new IllegalStateException("no articles in " + CORPUS.toAbsolutePath());
            }
            return articles;
        }
    }
}
