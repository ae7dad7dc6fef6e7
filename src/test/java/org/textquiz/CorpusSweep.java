package org.textquiz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test over the shared development corpus ({@code ../shared/corpus}), which a clone of the repository alone
 * does not have. Such tests run in the Maven profile {@code corpus}, active wherever the corpus lies beside the
 * checkout; run there without it (or in CI, where it must be), they fail with a line saying so.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("corpus")
@ExtendWith(CorpusPresent.class)
public @interface CorpusSweep {
}
