package org.textquiz.core.analysis;

import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;

/** Turns an article's raw text into paragraphs, sentences and tagged, lemmatised tokens. */
public interface Analyzer {

    Article analyze(ArticleText text);
}
