package org.textquiz.nlp;

import java.util.HashMap;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The German Universal Dependencies models of OpenNLP, read from the
 * {@code opennlp-models-*-de} jars on the classpath. Each is read at most once per process.
 */
public final class GermanModels {

    static final String SENTENCES = "opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin";

    private GermanModels() {
    }

    /**
     * Starts reading the models a quiz's analysis needs on a background thread, for a one-shot command that
     * analyses at once: they are then read while Spring starts on the other core, and the analysis, which
     * asks for them as usual, finds them read or waits for the rest.
     */
    public static void loadEarly() {
        Thread loading = new Thread(() -> {
            try {
                sentences();
                wholeWordTokens();
                pos();
            } catch (RuntimeException reportedWhenUsed) {
                // the analysis asks again and reports it
            }
        }, "textquiz-models-load");
        loading.setDaemon(true);
        loading.start();
    }

    public static SentenceModel sentences() {
        return Holder.SENTENCE_MODEL;
    }

    public static TokenizerModel tokens() {
        return Holder.TOKENIZER_MODEL;
    }

    /**
     * The tokenizer model set to keep a run of letters and digits whole without asking the model about
     * every character in it. The model as published asks; on the 48 corpus articles and the treebank sample
     * both give the same tokens (a test keeps it so), and this one is about eight times faster.
     */
    public static TokenizerModel wholeWordTokens() {
        return Holder.WHOLE_WORD_TOKENIZER_MODEL;
    }

    public static POSModel pos() {
        return PosHolder.MODEL;
    }

    public static LemmatizerModel lemmas() {
        return LemmaHolder.MODEL;
    }

    private static final class Holder {
        static final SentenceModel SENTENCE_MODEL = ClasspathResource.read(SENTENCES, SentenceModel::new);
        static final TokenizerModel TOKENIZER_MODEL = ClasspathResource.read(TOKENS, TokenizerModel::new);
        static final TokenizerModel WHOLE_WORD_TOKENIZER_MODEL = new TokenizerModel(TOKENIZER_MODEL.getMaxentModel(),
            new HashMap<>(), new TokenizerFactory(TOKENIZER_MODEL.getLanguage(), null, true, null));
    }

    private static final class PosHolder {
        static final POSModel MODEL = ClasspathResource.read(POS, POSModel::new);
    }

    private static final class LemmaHolder {
        static final LemmatizerModel MODEL = ClasspathResource.read(LEMMAS, LemmatizerModel::new);
    }
}
