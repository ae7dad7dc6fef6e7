package org.textquiz.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import org.textquiz.core.analysis.Tagger;
import org.textquiz.core.article.Upos;

public final class OpenNlpTagger implements Tagger {

    private final ThreadSafePOSTaggerME tagger = new ThreadSafePOSTaggerME(GermanModels.pos(), POSTagFormat.UD);

    @Override
    public List<Tag> tag(List<String> tokens) {
        String[] labels = tagger.tag(TreebankQuotes.of(tokens).toArray(String[]::new));
        double[] probs = tagger.probs();
        List<Tag> tags = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            tags.add(new Tag(Upos.of(labels[i]), Math.max(0, Math.min(1, probs[i]))));
        }
        return tags;
    }
}
