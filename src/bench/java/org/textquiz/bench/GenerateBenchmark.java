package org.textquiz.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.textquiz.core.analysis.Analyzer;
import org.textquiz.core.analysis.Pipeline;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.comprehension.HeadlineGenerator;
import org.textquiz.core.comprehension.QuoteGenerator;
import org.textquiz.core.comprehension.TrueFalseGenerator;
import org.textquiz.core.comprehension.WhGenerator;
import org.textquiz.core.question.ChoiceGenerator;
import org.textquiz.core.question.ClozeGenerator;
import org.textquiz.core.question.GapFinder;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuizGenerator;
import org.textquiz.core.question.QuizRequest;
import org.textquiz.files.ArticleFiles;
import org.textquiz.nlp.OpenNlpLemmatizer;
import org.textquiz.nlp.OpenNlpSentenceSplitter;
import org.textquiz.nlp.OpenNlpTagger;
import org.textquiz.nlp.de.GermanAdverbTags;
import org.textquiz.nlp.de.GermanVerbTags;
import org.textquiz.nlp.OpenNlpTokenizer;
import org.textquiz.nlp.de.GermanDependencyParser;
import org.textquiz.nlp.de.GermanDictionary;
import org.textquiz.nlp.de.GermanLemmaGuesser;
import org.textquiz.nlp.de.GermanLemmatizer;
import org.textquiz.nlp.de.GermanLexicon;
import org.textquiz.nlp.de.GermanWordFields;
import org.textquiz.nlp.de.GermanMorphology;
import org.textquiz.nlp.de.GermanAbbreviations;
import org.textquiz.nlp.de.GermanOrdinals;
import org.textquiz.nlp.de.GermanSentenceSplitter;
import org.textquiz.quizfile.QuizJson;

/**
 * (d) What {@code generate} does for the bundled article once the models are loaded: read the file, analyse
 * it on all cores, make the default quiz of ten mixed questions and write it as JSON.
 * Run: ./mvnw -B -q -Pbench test-compile exec:exec -Dbench=Generate
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgs = {"-Xmx1g"})
public class GenerateBenchmark {

    private static final Path BUNDLED = Path.of("quizzes/rutte-scholz-berlin.txt");

    private Analyzer analyzer;
    private QuizGenerator generator;
    private QuizJson json;

    @Setup
    public void load() throws IOException {
        GermanDictionary dictionary = GermanDictionary.load();
        GermanMorphology morphology = GermanMorphology.load(dictionary);
        analyzer = new Pipeline(new GermanSentenceSplitter(new OpenNlpSentenceSplitter(), dictionary),
            new GermanAbbreviations(new GermanOrdinals(new OpenNlpTokenizer())),
            new GermanAdverbTags(new GermanVerbTags(new OpenNlpTagger(), dictionary), dictionary),
            new GermanLemmatizer(dictionary),
            true);
        GermanWordFields fields = new GermanWordFields(dictionary);
        GermanDependencyParser parser = GermanDependencyParser.load();
        generator = new QuizGenerator(new GapFinder(new GermanLexicon(dictionary),
            new GermanLemmaGuesser(OpenNlpLemmatizer::new)),
            List.of(new ClozeGenerator(), new ChoiceGenerator(new GermanLexicon(dictionary), fields)),
            List.of(new WhGenerator(morphology, fields, parser), new QuoteGenerator(morphology, parser),
                new TrueFalseGenerator(morphology, fields, parser), new HeadlineGenerator()), List.of());
        json = new QuizJson();
    }

    @Benchmark
    public String d_generateBundled() {
        ArticleText text = ArticleFiles.read(BUNDLED, BUNDLED.toString());
        return json.write(generator.generate(analyzer.analyze(text), new QuizRequest(10,
            List.of(QuestionType.values()), 1)));
    }
}
