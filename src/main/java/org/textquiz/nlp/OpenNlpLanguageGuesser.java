package org.textquiz.nlp;

import java.util.Locale;
import java.util.Optional;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.textquiz.core.analysis.LanguageGuesser;

/** OpenNLP's language detector (103 languages), its model read from the classpath on first use. */
public final class OpenNlpLanguageGuesser implements LanguageGuesser {

    static final String MODEL = "langdetect-183.bin";
    private static final double CONFIDENT = 0.5;

    private volatile LanguageDetectorME detector;

    @Override
    public synchronized Optional<String> guess(String text) {
        Language best = detector().predictLanguage(text);
        if (best == null || best.getConfidence() < CONFIDENT) {
            return Optional.empty();
        }
        String name = Locale.forLanguageTag(best.getLang()).getDisplayLanguage(Locale.ENGLISH);
        return Optional.of(name.isEmpty() ? best.getLang() : name);
    }

    private LanguageDetectorME detector() {
        LanguageDetectorME result = detector;
        if (result == null) {
            synchronized (this) {
                result = detector;
                if (result == null) {
                    result = new LanguageDetectorME(ClasspathResource.read(MODEL, LanguageDetectorModel::new));
                    detector = result;
                }
            }
        }
        return result;
    }
}
