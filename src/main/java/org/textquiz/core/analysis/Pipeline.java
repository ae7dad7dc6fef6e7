package org.textquiz.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * The analysis pipeline: lines, then sentences within a line, then tokens, tags and lemmas.
 * Every span it produces is an offset into the original text, so cutting the text by it gives
 * back exactly what was there.
 */
public final class Pipeline implements Analyzer {

    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final Tagger tagger;
    private final Lemmatizer lemmatizer;

    private final boolean parallel;

    /** A pipeline that analyses one line after another. */
    public Pipeline(SentenceSplitter splitter, Tokenizer tokenizer, Tagger tagger, Lemmatizer lemmatizer) {
        this(splitter, tokenizer, tagger, lemmatizer, false);
    }

    /**
     * @param parallel whether lines are analysed on all cores; the parts must then be thread-safe. The
     *                 result is the same either way: lines are independent, and kept in text order.
     */
    public Pipeline(SentenceSplitter splitter, Tokenizer tokenizer, Tagger tagger, Lemmatizer lemmatizer,
                    boolean parallel) {
        this.splitter = splitter;
        this.tokenizer = tokenizer;
        this.tagger = tagger;
        this.lemmatizer = lemmatizer;
        this.parallel = parallel;
    }

    @Override
    public Article analyze(ArticleText source, LineSelection selection, DoubleConsumer progress) {
        String text = source.text();
        List<Span> lines = Lines.of(text);
        AtomicInteger done = new AtomicInteger();
        IntStream indexes = IntStream.range(0, lines.size());
        List<Paragraph> paragraphs = (parallel && lines.size() > 1 ? indexes.parallel() : indexes)
            .mapToObj(i -> {
                Paragraph paragraph = paragraph(text, lines.get(i), selection.analyses(i));
                progress.accept((double) done.incrementAndGet() / lines.size());
                return paragraph;
            })
            .toList();
        return new Article(source.title(), source.source(), source.sha256(), text, source.encoding(), paragraphs);
    }

    private Paragraph paragraph(String text, Span line, boolean analysed) {
        String lineText = line.cut(text);
        if (Headlines.isHeadline(lineText)) {
            return new Paragraph(line, List.of(analysed ? sentence(text, line, true)
                : new Sentence(line, lineText, List.of(), true)));
        }
        if (!analysed) {
            return new Paragraph(line, List.of());
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Span relative : splitter.split(lineText)) {
            Span span = trim(text, relative.shift(line.start()));
            if (span.length() > 0) {
                // a piece the splitter ends with a dash and no full stop ("Wien –") heads the text, like a headline
                String piece = span.cut(text).strip();
                sentences.add(sentence(text, span, piece.endsWith("–") || piece.endsWith("—")));
            }
        }
        return new Paragraph(line, sentences);
    }

    private Sentence sentence(String text, Span span, boolean headline) {
        String sentenceText = span.cut(text);
        List<Span> spans = tokenizer.tokenize(sentenceText).stream()
            .filter(s -> s.length() > 0)
            .toList();
        List<String> words = spans.stream().map(s -> s.cut(sentenceText)).toList();
        List<Tagger.Tag> tags = words.isEmpty() ? List.of() : tagger.tag(words);
        List<Upos> upos = tags.stream().map(Tagger.Tag::upos).toList();
        List<Lemmatizer.Lemma> lemmas = words.isEmpty() ? List.of() : lemmatizer.lemmatize(words, upos);
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Lemmatizer.Lemma lemma = lemmas.get(i);
            tokens.add(new Token(spans.get(i).shift(span.start()), words.get(i), upos.get(i),
                tags.get(i).probability(), lemma.form(), lemma.known()));
        }
        return new Sentence(span, sentenceText, tokens, headline);
    }

    private static Span trim(String text, Span span) {
        return Lines.trim(text, span.start(), span.end());
    }
}
