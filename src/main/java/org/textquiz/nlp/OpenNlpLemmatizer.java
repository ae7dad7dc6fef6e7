package org.textquiz.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import org.textquiz.core.analysis.Lemmatizer;
import org.textquiz.core.article.Upos;

/** OpenNLP's statistical lemmatizer: slow, and used only for words the dictionary does not know. */
public final class OpenNlpLemmatizer implements Lemmatizer {

    private final ThreadSafeLemmatizerME lemmatizer = new ThreadSafeLemmatizerME(GermanModels.lemmas());

    @Override
    public List<Lemma> lemmatize(List<String> tokens, List<Upos> tags) {
        String[] lemmas = lemmatizer.lemmatize(tokens.toArray(String[]::new),
            tags.stream().map(Upos::name).toArray(String[]::new));
        List<Lemma> result = new ArrayList<>(lemmas.length);
        for (int i = 0; i < lemmas.length; i++) {
            String lemma = lemmas[i];
            boolean usable = lemma != null && !lemma.isBlank() && !"O".equals(lemma);
            result.add(new Lemma(usable ? lemma : tokens.get(i), false));
        }
        return result;
    }
}
