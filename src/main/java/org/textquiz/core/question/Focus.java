package org.textquiz.core.question;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a gap practises: the words of the article (vocabulary), or one point of grammar. Named as in the
 * quiz JSON's {@code focus} field and the {@code --focus} option.
 */
public enum Focus {
    VOCABULARY("vocabulary", "vocabulary"),
    ARTICLES("articles", "articles and case"),
    PREPOSITIONS("prepositions", "prepositions"),
    VERBS("verbs", "verb forms"),
    ADJECTIVES("adjectives", "adjective endings"),
    GENDERS("genders", "noun genders");

    private final String id;
    private final String label;

    Focus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isGrammar() {
        return this != VOCABULARY;
    }

    public static Focus of(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
            .filter(f -> f.id.equals(wanted))
            .findFirst()
            .orElseThrow(() -> new UnknownFocusException(id));
    }
}
