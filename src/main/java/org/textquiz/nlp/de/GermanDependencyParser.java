package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import edu.stanford.nlp.ling.TaggedWord;
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
 * products is left out: making it would take seconds and only pays off over thousands of sentences, while a quiz
 * parses a sample of at most sixty. Contractions are split into their two
 * words first, as the model knows them ("zum" → "zu dem"); both words keep the index of their token.
 * One engine per core shares the weights, so that {@link #parseAll} parses on every core.
 */
public final class GermanDependencyParser implements DependencyParser {

    private final BlockingQueue<CoreNlpEngine> idle;
    private final int engines;

    private GermanDependencyParser(List<CoreNlpEngine> engines) {
        this.idle = new LinkedBlockingQueue<>(engines);
        this.engines = engines.size();
    }

    /** Loads the model from the classpath (a few tenths of a second); nothing is downloaded. */
    public static GermanDependencyParser load() {
        return load(Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The parser with {@code engines} engines: as many sentences at once. */
    static GermanDependencyParser load(int engines) {
        ParserWeights weights = weights();
        CoreNlpEngine.SharedProducts products = new CoreNlpEngine.SharedProducts();
        List<CoreNlpEngine> all = new ArrayList<>();
        for (int e = 0; e < Math.max(1, engines); e++) {
            all.add(CoreNlpEngine.over(weights, products));
        }
        return new GermanDependencyParser(all);
    }

    static ParserWeights weights() {
        try (java.io.InputStream in = GermanDependencyParser.class.getClassLoader()
            .getResourceAsStream(ParserWeights.RESOURCE)) {
            if (in == null) {
                throw new ModelLoadingException(ParserWeights.RESOURCE, null);
            }
            return ParserWeights.read(in);
        } catch (java.io.IOException e) {
            throw new ModelLoadingException(ParserWeights.RESOURCE, e);
        }
    }

    /** The parses of these sentences in their order, made on as many cores as the parser has engines. */
    public List<Parse> parseAll(List<Sentence> sentences) {
        return (engines < 2 ? sentences.stream() : sentences.parallelStream()).map(this::parse).toList();
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
        if (input.isEmpty()) {
            return new Parse(sentence, List.of());
        }
        tags = GermanPrepositions.retagged(forms, GermanAuxiliaries.retagged(forms, tags));
        for (int w = 0; w < input.size(); w++) {
            input.get(w).setTag(tags.get(w).name());
        }
        CoreNlpEngine.Parsed parsed = withEngine(engine -> engine.predict(input));
        int[] heads = parsed.heads();
        String[] relations = parsed.relations();
        reattachParticles(heads, relations, tags);
        List<Word> words = new ArrayList<>(input.size());
        for (int w = 0; w < input.size(); w++) {
            words.add(new Word(tokenOf.get(w), forms.get(w), tags.get(w), heads[w], relations[w]));
        }
        return new Parse(sentence, words);
    }

    private <T> T withEngine(java.util.function.Function<CoreNlpEngine, T> work) {
        CoreNlpEngine engine;
        try {
            engine = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while waiting for the parser");
        }
        try {
            return work.apply(engine);
        } finally {
            idle.add(engine);
        }
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
