package org.textquiz.nlp;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import org.textquiz.core.analysis.SentenceSplitter;
import org.textquiz.core.article.Span;

public final class OpenNlpSentenceSplitter implements SentenceSplitter {

    private final ThreadSafeSentenceDetectorME detector = new ThreadSafeSentenceDetectorME(GermanModels.sentences());

    @Override
    public List<Span> split(String line) {
        return Arrays.stream(detector.sentPosDetect(line))
            .map(s -> new Span(s.getStart(), s.getEnd()))
            .toList();
    }
}
