package org.textquiz;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Fails a corpus sweep loudly, before it starts, when the corpus it sweeps is not there. */
final class CorpusPresent implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isRegularFile(GermanAnalysis.CORPUS.resolve("index.tsv"))) {
            throw new IllegalStateException("the corpus sweeps need the shared corpus at "
                + GermanAnalysis.CORPUS.toAbsolutePath().normalize() + " (CI lays it beside the checkout)");
        }
    }
}
