package org.textquiz.core.comprehension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The German verbs that introduce what someone said or wrote, as data: {@code cue-verbs.txt} and its source. */
final class CueVerbs {

    private static final Set<String> LEMMAS = read();

    private CueVerbs() {
    }

    static boolean contains(String lemma) {
        return LEMMAS.contains(lemma) || Words.SPEECH_VERBS.contains(lemma);
    }

    private static Set<String> read() {
        try (InputStream in = CueVerbs.class.getResourceAsStream("cue-verbs.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource cue-verbs.txt beside " + CueVerbs.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("#"))
                .flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
