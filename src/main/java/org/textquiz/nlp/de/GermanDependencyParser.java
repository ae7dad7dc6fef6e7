package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.syntax.DependencyParser;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;
import org.textquiz.nlp.ModelLoadingException;
import org.textquiz.nlp.TreebankQuotes;

/**
 * Stanford CoreNLP's neural dependency parser with its Universal Dependencies model for German (trained on UD
 * German GSD), fed with textquiz's own tokens and OpenNLP's UPOS tags. Its table of precomputed hidden-layer
 * products is left out: it takes two of the four seconds of loading and only pays off over thousands of sentences,
 * while a quiz parses a sample of at most sixty. Contractions are split into their two
 * words first, as the model knows them ("zum" → "zu dem"); both words keep the index of their token.
 */
public final class GermanDependencyParser implements DependencyParser {

    static final String MODEL = "edu/stanford/nlp/models/parser/nndep/UD_German.gz";

    static final List<String> TRAINING_HISTORIES = List.of("eg2E", "eg2W1", "eg2W2", "eg2b1");

    private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

    private GermanDependencyParser(edu.stanford.nlp.parser.nndep.DependencyParser parser) {
        this.parser = parser;
    }

    /** Loads the model from the classpath (a few seconds); nothing is downloaded. */
    public static GermanDependencyParser load() {
        if (GermanDependencyParser.class.getClassLoader().getResource(MODEL) == null) {
            throw new ModelLoadingException(MODEL, null);
        }
        RedwoodConfiguration.current().clear().apply();
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("numPreComputed", "0");
        edu.stanford.nlp.parser.nndep.DependencyParser parser =
            edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(MODEL, properties);
        dropTrainingState(parser);
        return new GermanDependencyParser(parser);
    }

    /**
     * CoreNLP's classifier allocates its AdaGrad histories, a double copy of every weight, even when it only parses:
     * 80 MB of the parser's 120 MB, which a quiz from a long text cannot spare (#17). Parsing never reads them, so they
     * are let go; should a CoreNLP version name them differently, they are kept and only the memory is lost.
     */
    static void dropTrainingState(edu.stanford.nlp.parser.nndep.DependencyParser parser) {
        try {
            java.lang.reflect.Field classifierField = parser.getClass().getDeclaredField("classifier");
            classifierField.setAccessible(true);
            Object classifier = classifierField.get(parser);
            for (String history : TRAINING_HISTORIES) {
                java.lang.reflect.Field field = classifier.getClass().getDeclaredField(history);
                field.setAccessible(true);
                field.set(classifier, null);
            }
        } catch (ReflectiveOperationException | RuntimeException notThisVersion) {
            // only memory is lost
        }
    }

    @Override
    public Parse parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<TaggedWord> input = new ArrayList<>();
        List<Integer> tokenOf = new ArrayList<>();
        List<Upos> tags = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> treebank = TreebankQuotes.of(tokens.stream().map(Token::text).toList());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Optional<List<String>> parts = GermanContractions.split(token.text());
            if (parts.isPresent()) {
                add(input, tokenOf, tags, parts.get().get(0), Upos.ADP, i);
                add(input, tokenOf, tags, parts.get().get(1), Upos.DET, i);
                forms.addAll(parts.get());
            } else {
                add(input, tokenOf, tags, treebank.get(i), token.upos(), i);
                forms.add(token.text());
            }
        }
        String[] relations = new String[input.size()];
        int[] heads = new int[input.size()];
        java.util.Arrays.fill(relations, "dep");
        java.util.Arrays.fill(heads, -1);
        if (!input.isEmpty()) {
            GrammaticalStructure structure;
            synchronized (parser) {
                structure = parser.predict(input);
            }
            for (TypedDependency dependency : structure.typedDependencies()) {
                int word = dependency.dep().index() - 1;
                if (word >= 0 && word < input.size()) {
                    heads[word] = dependency.gov().index() - 1;
                    relations[word] = dependency.reln().toString();
                }
            }
        }
        reattachParticles(heads, relations, tags);
        List<Word> words = new ArrayList<>(input.size());
        for (int w = 0; w < input.size(); w++) {
            words.add(new Word(tokenOf.get(w), forms.get(w), tags.get(w), heads[w], relations[w]));
        }
        return new Parse(sentence, words);
    }

    /**
     * A separable particle belongs to a verb ("führe … durch"); the parser sometimes hangs it on the noun before it,
     * which would take it into that noun's phrase. It goes to the nearest verb above instead.
     */
    private static void reattachParticles(int[] heads, String[] relations, List<Upos> tags) {
        for (int w = 0; w < heads.length; w++) {
            if (!"compound:prt".equals(relations[w]) || heads[w] < 0 || isVerb(tags.get(heads[w]))) {
                continue;
            }
            int verb = heads[w];
            for (int steps = 0; verb >= 0 && !isVerb(tags.get(verb)) && steps < heads.length; steps++) {
                verb = heads[verb];
            }
            if (verb >= 0 && isVerb(tags.get(verb))) {
                heads[w] = verb;
            }
        }
    }

    private static boolean isVerb(Upos upos) {
        return upos == Upos.VERB || upos == Upos.AUX;
    }

    private static void add(List<TaggedWord> input, List<Integer> tokenOf, List<Upos> tags, String form, Upos upos,
                            int token) {
        input.add(new TaggedWord(form, upos.name()));
        tokenOf.add(token);
        tags.add(upos);
    }
}
