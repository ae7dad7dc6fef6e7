package org.textquiz.core.analysis;

import java.util.Optional;

/** Names the language a text is written in. */
public interface LanguageGuesser {

    /** The language's English name, such as "English"; empty when it cannot tell. */
    Optional<String> guess(String text);
}
