package org.textquiz.files;

import org.textquiz.core.TextquizException;

/** An article file that cannot be used, with what to do about it. */
public class ArticleFileException extends TextquizException {

    public ArticleFileException(String message) {
        super(message);
    }
}
