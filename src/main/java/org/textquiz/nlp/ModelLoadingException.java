package org.textquiz.nlp;

/** A bundled language model or dictionary is missing from the classpath or cannot be read. */
public class ModelLoadingException extends RuntimeException {

    public ModelLoadingException(String resource, Throwable cause) {
        super("cannot load the language resource '" + resource + "' from the classpath; rebuild textquiz with "
            + "'./mvnw -B package'", cause);
    }
}
