package org.textquiz.nlp.de;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.textquiz.nlp.ModelLoadingException;

/**
 * CoreNLP's own neural dependency parser over the application's weights, the reference that textquiz's
 * {@link TransitionNetwork} is held to. One CoreNLP parser over weights that several may share.
 * CoreNLP has no public way to do either: its loader reads only its text model, and its classifier keeps a cache of
 * hidden-layer products that is not thread-safe. So the parser is set up field by field as CoreNLP's
 * {@code loadModelFile} sets it up, and read through its {@code predictInner}: its public {@code predict} adds every
 * relation it makes to a shared, unsynchronised list ({@code GrammaticalRelation.DEPENDENT}'s children), which two
 * threads would corrupt. Any change in CoreNLP that breaks this fails {@code ParserWeightsTest} and
 * {@code CoreNlpEngineTest} and shows as a {@link ModelLoadingException}, never as a wrong parse.
 */
final class CoreNlpEngine {

    /** The classifier's training state, which its constructor allocates and parsing never reads. */
    static final List<String> TRAINING_HISTORIES = List.of("eg2E", "eg2W1", "eg2W2", "eg2b1");
    private static final String ROOT = "root";

    private final DependencyParser parser;
    private final Method predictInner;
    private final Field heads;
    private final Field labels;

    private CoreNlpEngine(DependencyParser parser) throws ReflectiveOperationException {
        this.parser = parser;
        this.predictInner = DependencyParser.class.getDeclaredMethod("predictInner",
            edu.stanford.nlp.util.CoreMap.class);
        predictInner.setAccessible(true);
        Class<?> tree = Class.forName("edu.stanford.nlp.parser.nndep.DependencyTree");
        this.heads = accessible(tree.getDeclaredField("head"));
        this.labels = accessible(tree.getDeclaredField("label"));
    }

    /** The weights the application reads, as CoreNLP's parser takes them. */
    static ParserWeights weights() {
        try (java.io.InputStream in = CoreNlpEngine.class.getClassLoader().getResourceAsStream(ParserWeights.RESOURCE)) {
            return ParserWeights.read(in);
        } catch (java.io.IOException e) {
            throw new ModelLoadingException(ParserWeights.RESOURCE, e);
        }
    }

    /** A parser over these weights; its vocabulary, classifier cache and transition system are its own. */
    static CoreNlpEngine over(ParserWeights weights) {
        return over(weights, new SharedProducts());
    }

    /**
     * A parser over these weights that keeps its hidden-layer products in {@code products}, which engines parsing on
     * other cores may share; its vocabulary and transition system are its own.
     */
    static CoreNlpEngine over(ParserWeights weights, SharedProducts products) {
        RedwoodConfiguration.current().clear().apply();
        Properties properties = new Properties();
        properties.setProperty("numPreComputed", "0");
        DependencyParser parser = new DependencyParser(properties);
        try {
            set(parser, "knownWords", new ArrayList<>(weights.words()));
            set(parser, "knownPos", new ArrayList<>(weights.tags()));
            set(parser, "knownLabels", new ArrayList<>(weights.labels()));
            call(parser, "generateIDs");
            Config config = (Config) accessible(DependencyParser.class.getDeclaredField("config")).get(parser);
            config.embeddingSize = weights.embeddingSize();
            config.hiddenSize = weights.hiddenBias().length;
            set(parser, "preComputed", new ArrayList<Integer>());
            set(parser, "classifier", classifier(config, weights, products));
            Method initialize = DependencyParser.class.getDeclaredMethod("initialize", boolean.class);
            initialize.setAccessible(true);
            initialize.invoke(parser, false);
            return new CoreNlpEngine(parser);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ModelLoadingException(ParserWeights.RESOURCE + " (CoreNLP's parser is not as expected)", e);
        }
    }

    /**
     * The classifier's constructor allocates training histories as large as the weights, 80 MB of doubles; made
     * over stand-in embeddings and hidden weights of one number each, it allocates almost nothing, and then gets
     * the real ones. Its histories are dropped all the same.
     */
    private static Classifier classifier(Config config, ParserWeights weights, SharedProducts products)
            throws ReflectiveOperationException {
        Classifier classifier = new Classifier(config, new float[1][1], new float[1][1], weights.hiddenBias(),
            weights.output(), List.of());
        set(classifier, "E", weights.embeddings());
        set(classifier, "W1", weights.hidden());
        set(classifier, "cache", products);
        for (String history : TRAINING_HISTORIES) {
            set(classifier, history, null);
        }
        return classifier;
    }

    /** Heads (-1 for the root) and relations of the tagged words, in their order. */
    Parsed predict(List<TaggedWord> words) {
        CoreLabel sentence = new CoreLabel();
        List<CoreLabel> tokens = new ArrayList<>(words.size());
        for (TaggedWord word : words) {
            CoreLabel token = new CoreLabel();
            token.setValue(word.word());
            token.setWord(word.word());
            token.setTag(word.tag());
            tokens.add(token);
        }
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        try {
            Object tree = predictInner.invoke(parser, sentence);
            List<?> headList = (List<?>) heads.get(tree);
            List<?> labelList = (List<?>) labels.get(tree);
            int[] head = new int[words.size()];
            String[] relation = new String[words.size()];
            for (int w = 0; w < words.size(); w++) {
                head[w] = (Integer) headList.get(w + 1) - 1;
                relation[w] = head[w] < 0 ? ROOT : (String) labelList.get(w + 1);
            }
            return new Parsed(head, relation);
        } catch (ReflectiveOperationException e) {
            throw new ModelLoadingException(ParserWeights.RESOURCE + " (CoreNLP's parser is not as expected)", e);
        }
    }

    /** CoreNLP's own parser, for tests that compare against its public API. */
    DependencyParser coreNlp() {
        return parser;
    }

    /**
     * The classifier's cache of one input's product with the hidden layer (a word at a position of the parser's
     * window), made thread-safe, so that engines on two cores share it: a word's products, once made on one core,
     * serve the other, and most of the time a parse takes goes into making them.
     */
    static final class SharedProducts extends LeastRecentlyUsedCache<Integer, float[]> {

        /** CoreNLP's own size: 20 MB of products; larger ones were measured no faster on a quiz's sample. */
        static final int SIZE = 5000;

        SharedProducts() {
            super(SIZE);
        }

        @Override
        public synchronized float[] getOrDefault(Integer input, float[] otherwise) {
            return super.getOrDefault(input, otherwise);
        }

        @Override
        public synchronized void add(Integer input, float[] product) {
            super.add(input, product);
        }

        @Override
        public synchronized int size() {
            return super.size();
        }
    }

    /** @param heads the word each word depends on, -1 for the root */
    record Parsed(int[] heads, String[] relations) {
    }

    private static Field accessible(Field field) {
        field.setAccessible(true);
        return field;
    }

    private static void set(Object owner, String name, Object value) throws ReflectiveOperationException {
        accessible(owner.getClass().getDeclaredField(name)).set(owner, value);
    }

    private static void call(Object owner, String name) throws ReflectiveOperationException {
        Method method = owner.getClass().getDeclaredMethod(name);
        method.setAccessible(true);
        method.invoke(owner);
    }
}
