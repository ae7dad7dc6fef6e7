package org.textquiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.textquiz.core.analysis.Pipeline;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;
import org.textquiz.nlp.OpenNlpSentenceSplitter;
import org.textquiz.nlp.OpenNlpTagger;
import org.textquiz.nlp.de.GermanAdverbTags;
import org.textquiz.nlp.de.GermanVerbTags;
import org.textquiz.nlp.OpenNlpTokenizer;
import org.textquiz.nlp.de.GermanDictionary;
import org.textquiz.nlp.de.GermanLemmatizer;
import org.textquiz.nlp.de.GermanAbbreviations;
import org.textquiz.nlp.de.GermanOrdinals;
import org.textquiz.nlp.de.GermanSentenceSplitter;

/**
 * Analysis throughput, in one run: (a) plain OpenNLP on one thread with LemmatizerME on every token,
 * (b) textquiz's analysis on one thread, (c) textquiz's analysis on all cores. Texts: the bundled
 * article, and about 100,000 tokens made from the corpus articles.
 * Run: ./mvnw -B -q -Pbench test-compile exec:exec -Dbench=Analysis
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgs = {"-Xmx2g"})
public class AnalysisBenchmark {

    private static final int CORPUS_TOKENS = 100_000;

    @Param({"bundled", "corpus100k"})
    public String textName;

    private String text;
    private SentenceDetectorME sentences;
    private TokenizerME tokenizer;
    private POSTaggerME tagger;
    private LemmatizerME lemmatizer;
    private Pipeline sequential;
    private Pipeline parallel;

    @Setup
    public void load() throws IOException {
        text = textName.equals("bundled") ? Files.readString(Path.of("quizzes/rutte-scholz-berlin.txt")) : corpus();
        ClassLoader loader = getClass().getClassLoader();
        sentences = new SentenceDetectorME(new SentenceModel(loader.getResourceAsStream(
            "opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin")));
        tokenizer = new TokenizerME(new TokenizerModel(loader.getResourceAsStream(
            "opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin")));
        tagger = new POSTaggerME(new POSModel(loader.getResourceAsStream("opennlp-de-ud-gsd-pos-1.3-2.5.4.bin")),
            POSTagFormat.UD);
        lemmatizer = new LemmatizerME(new LemmatizerModel(loader.getResourceAsStream(
            "opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin")));
        GermanDictionary dictionary = GermanDictionary.load();
        sequential = new Pipeline(new GermanSentenceSplitter(new OpenNlpSentenceSplitter(), dictionary),
            new GermanAbbreviations(new GermanOrdinals(new OpenNlpTokenizer())),
            new GermanAdverbTags(new GermanVerbTags(new OpenNlpTagger(), dictionary), dictionary),
            new GermanLemmatizer(dictionary),
            false);
        parallel = new Pipeline(new GermanSentenceSplitter(new OpenNlpSentenceSplitter(), dictionary),
            new GermanAbbreviations(new GermanOrdinals(new OpenNlpTokenizer())),
            new GermanAdverbTags(new GermanVerbTags(new OpenNlpTagger(), dictionary), dictionary),
            new GermanLemmatizer(dictionary),
            true);
    }

    /** Corpus articles one after another until about 100,000 tokens (words and punctuation). */
    static String corpus() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("../shared/corpus/articles"))) {
            articles = files.filter(p -> p.getFileName().toString().matches("art_\\d+\\.txt")).sorted().toList();
        }
        StringBuilder text = new StringBuilder();
        long tokens = 0;
        while (tokens < CORPUS_TOKENS) {
            for (Path article : articles) {
                String body = Files.readString(article);
                text.append(body).append("\n\n");
                tokens += body.split("\\s+|(?=[.,;:!?„“\"()])").length;
                if (tokens >= CORPUS_TOKENS) {
                    break;
                }
            }
        }
        return text.toString();
    }

    @Benchmark
    public void a_plainOpenNlp(Blackhole sink) {
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            for (Span sentence : sentences.sentPosDetect(line)) {
                String[] tokens = tokenizer.tokenize(sentence.getCoveredText(line).toString());
                String[] tags = tagger.tag(tokens);
                sink.consume(tagger.probs());
                sink.consume(lemmatizer.lemmatize(tokens, tags));
            }
        }
    }

    @Benchmark
    public Article b_textquizOneThread() {
        return sequential.analyze(ArticleText.of("bench", text));
    }

    @Benchmark
    public Article c_textquizAllCores() {
        return parallel.analyze(ArticleText.of("bench", text));
    }
}
